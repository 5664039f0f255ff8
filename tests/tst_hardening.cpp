// Issue 13's findings, reproduced as a careless operator or an attacker with write access to
// the file would, through orchardctl, and what must hold instead: foreign files untouched,
// read-only ledgers leave nothing behind, only init creates, --now within range, text that has
// a UTF-8 form, and verify naming every tampering the audit chain can prove.
#include "consolesession.h"
#include "store/database.h"
#include "ledger/ledger.h"
#include "testledger.h"
#include "journal/verifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QCoroTask>

using namespace orchard;

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray stdoutText;
};

Run orchardctlBytes(const QList<QByteArray> &arguments)
{
    QStringList decoded;
    for (const QByteArray &argument : arguments)
        decoded << QString::fromLocal8Bit(argument);
    QProcess process;
    // QProcess takes QStrings; bytes that are not UTF-8 go through a shell's printf instead.
    bool raw = false;
    for (const QByteArray &argument : arguments)
        raw = raw || QString::fromUtf8(argument).toUtf8() != argument;
    if (raw) {
        QString script = QStringLiteral("exec \"$ORCHARDCTL\"");
        for (const QByteArray &argument : arguments) {
            QString escaped;
            for (const char c : argument)
                escaped += QStringLiteral("\\%1").arg(uint(uchar(c)), 3, 8, QLatin1Char('0'));
            script += QStringLiteral(" \"$(printf '%1')\"").arg(escaped);
        }
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    } else {
        process.start(qEnvironmentVariable("ORCHARDCTL"), decoded);
    }
    if (!process.waitForFinished(60'000))
        qFatal("orchardctl did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stdoutText = process.readAllStandardOutput();
    run.json = QJsonDocument::fromJson(run.stdoutText).object();
    return run;
}

Run orchardctl(const QString &db, const QStringList &arguments)
{
    QList<QByteArray> bytes{QByteArrayLiteral("--db"), db.toUtf8(), QByteArrayLiteral("--json")};
    for (const QString &argument : arguments)
        bytes << argument.toUtf8();
    return orchardctlBytes(bytes);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What someone with write access to the file does, outside Orchard.
void tamper(const QString &db, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(db);
        if (!raw.open())
            qFatal("cannot open %s", qPrintable(db));
        for (const QString &sql : statements) {
            QSqlQuery query(raw);
            if (!query.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

QStringList violationChecks(const Run &verify)
{
    QStringList checks;
    for (const QJsonValue &violation : verify.json.value(QStringLiteral("violations")).toArray())
        checks << violation.toObject().value(QStringLiteral("check")).toString();
    return checks;
}

}  // namespace

class HardeningTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_ledgers = 0;

    // A ledger made as an operator makes one: init, a member with points, a source key, a hold.
    QString freshLedger(bool simulatedClock = false)
    {
        const QString db = m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++m_ledgers));
        QStringList init{QStringLiteral("init")};
        if (simulatedClock)
            init << QStringLiteral("--simulated-clock");
        if (orchardctl(db, init).exitCode != 0)
            qFatal("init failed");
        orchardctl(db, {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m1")});
        orchardctl(db, {QStringLiteral("issue"), QStringLiteral("m1"), QStringLiteral("1000"), QStringLiteral("--key"), QStringLiteral("issue-1")});
        return db;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Finding 5: a foreign SQLite file is refused with its bytes unchanged and no -wal or -shm.
    void foreignFilesAreRefusedUnchanged()
    {
        const QString app = m_dir.filePath(QStringLiteral("app.db"));
        tamper(app, {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                     QStringLiteral("INSERT INTO customers (name) VALUES ('Asha')")});
        const QByteArray before = fileBytes(app);
        QCOMPARE(before.at(18), char(1));  // rollback journal, as SQLite made it
        const QList<QStringList> commands{
            {QStringLiteral("verify")},
            {QStringLiteral("balance"), QStringLiteral("m1")},
            {QStringLiteral("summary")},
            {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m1")},
            {QStringLiteral("init")},
            {QStringLiteral("report"), QStringLiteral("point-state")},
        };
        for (const QStringList &command : commands) {
            const Run run = orchardctl(app, command);
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_a_ledger"));
            QCOMPARE(run.json.value(QStringLiteral("field")).toString(), QStringLiteral("db"));
            QVERIFY2(fileBytes(app) == before, qPrintable(command.join(QLatin1Char(' '))));
            QVERIFY(!QFileInfo::exists(app + QStringLiteral("-wal")));
            QVERIFY(!QFileInfo::exists(app + QStringLiteral("-shm")));
        }
        // The console refuses it the same way.
        LedgerLocation location;
        location.sqlitePath = app;
        const auto console = ui::ConsoleSession::open(location, ui::Role::Admin);
        QVERIFY(!console);
        QCOMPARE(console.error().code, errors::notALedger);
        QVERIFY(fileBytes(app) == before);
        QVERIFY(!QFileInfo::exists(app + QStringLiteral("-wal")) && !QFileInfo::exists(app + QStringLiteral("-shm")));
        // And the service.
        QProcess service;
        service.start(qEnvironmentVariable("ORCHARD_LEDGERD"), {QStringLiteral("--db"), app, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(service.waitForFinished(20'000));
        QVERIFY(service.exitCode() != 0);
        QVERIFY(fileBytes(app) == before);
        QVERIFY(!QFileInfo::exists(app + QStringLiteral("-wal")) && !QFileInfo::exists(app + QStringLiteral("-shm")));
        // Text is not a database either.
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a ledger\n");
        text.close();
        QCOMPARE(orchardctl(notes, {QStringLiteral("verify")}).json.value(QStringLiteral("error")).toString(), QStringLiteral("not_a_ledger"));
        QCOMPARE(fileBytes(notes), QByteArray("not a ledger\n"));
    }

    // Finding 6: a read-only ledger is read without leaving -wal or -shm behind; writes are refused.
    void readOnlyLedgersLeaveNothingBehind()
    {
        const QString db = freshLedger();
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const Run balance = orchardctl(db, {QStringLiteral("balance"), QStringLiteral("m1")});
        QCOMPARE(balance.exitCode, 0);
        QCOMPARE(balance.json.value(QStringLiteral("available")).toInteger(), 1000);
        QCOMPARE(orchardctl(db, {QStringLiteral("verify")}).exitCode, 0);
        QVERIFY2(!QFileInfo::exists(db + QStringLiteral("-wal")), "reading a read-only ledger left a -wal behind");
        QVERIFY2(!QFileInfo::exists(db + QStringLiteral("-shm")), "reading a read-only ledger left a -shm behind");
        const Run write = orchardctl(db, {QStringLiteral("issue"), QStringLiteral("m1"), QStringLiteral("5")});
        QCOMPARE(write.exitCode, 2);
        QCOMPARE(write.json.value(QStringLiteral("error")).toString(), QStringLiteral("read_only"));
        // The console opens it read-only and says so.
        LedgerLocation location;
        location.sqlitePath = db;
        {
            auto console = ui::ConsoleSession::open(location, ui::Role::Admin);
            QVERIFY(console);
            QVERIFY(console.value()->isReadOnly());
            IssueRequest issue;
            issue.memberId = QStringLiteral("m1");
            issue.points = 5;
            issue.idempotencyKey = QStringLiteral("console-5");
            const Result<IssueReceipt> refused = QCoro::waitFor(console.value()->service().issue(issue, console.value()->actor()));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, errors::readOnly);
        }
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")) && !QFileInfo::exists(db + QStringLiteral("-shm")));
        // Made writable again, it is written as before.
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(orchardctl(db, {QStringLiteral("issue"), QStringLiteral("m1"), QStringLiteral("5")}).exitCode, 0);
        QCOMPARE(orchardctl(db, {QStringLiteral("balance"), QStringLiteral("m1")}).json.value(QStringLiteral("available")).toInteger(), 1005);
    }

    // Finding 9: only init and demo create a ledger.
    void readCommandsDoNotCreateLedgers()
    {
        const QString missing = m_dir.filePath(QStringLiteral("typo/x.db"));
        for (const QStringList &command : QList<QStringList>{{QStringLiteral("verify")},
                                                              {QStringLiteral("balance"), QStringLiteral("m1")},
                                                              {QStringLiteral("log")},
                                                              {QStringLiteral("summary")},
                                                              {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m1")},
                                                              {QStringLiteral("issue"), QStringLiteral("m1"), QStringLiteral("5")}}) {
            const Run run = orchardctl(missing, command);
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.json.value(QStringLiteral("field")).toString(), QStringLiteral("db"));
            QVERIFY2(!QFileInfo::exists(m_dir.filePath(QStringLiteral("typo"))), qPrintable(command.join(QLatin1Char(' '))));
        }
        const QString made = m_dir.filePath(QStringLiteral("new/ledger.sqlite"));
        const Run init = orchardctl(made, {QStringLiteral("init")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(QFileInfo::exists(made));
    }

    // Finding 11: init names the schema it made.
    void initPrintsTheSchemaVersion()
    {
        const QString db = m_dir.filePath(QStringLiteral("version.sqlite"));
        const Run init = orchardctl(db, {QStringLiteral("init")});
        QCOMPARE(init.json.value(QStringLiteral("schema_version")).toInt(), 17);
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        {
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("SELECT value FROM orchard_meta WHERE key = 'schema_version'")) && query.next());
            QCOMPARE(query.value(0).toInt(), 17);
        }
        raw = {};
        QSqlDatabase::removeDatabase(QStringLiteral("version"));
    }

    // Finding 10: --now may not run a live ledger into the future or back before its newest entry.
    void nowStaysWithinTheRealClock()
    {
        const QString db = freshLedger();
        QCOMPARE(orchardctl(db, {QStringLiteral("reserve"), QStringLiteral("m1"), QStringLiteral("100"), QStringLiteral("--source"),
                                 QStringLiteral("marketplace"), QStringLiteral("--ref"), QStringLiteral("r1"), QStringLiteral("--timeout"),
                                 QStringLiteral("120")})
                     .exitCode,
                 0);
        const Run future = orchardctl(db, {QStringLiteral("--now"), QStringLiteral("2030-01-01T00:00:00Z"), QStringLiteral("reserve"),
                                           QStringLiteral("m1"), QStringLiteral("10"), QStringLiteral("--source"),
                                           QStringLiteral("marketplace"), QStringLiteral("--ref"), QStringLiteral("r2")});
        QCOMPARE(future.exitCode, 2);
        QCOMPARE(future.json.value(QStringLiteral("error")).toString(), QStringLiteral("clock_out_of_range"));
        QCOMPARE(future.json.value(QStringLiteral("field")).toString(), QStringLiteral("now"));
        const Run past = orchardctl(db, {QStringLiteral("--now"), QStringLiteral("2020-01-01T00:00:00Z"), QStringLiteral("issue"),
                                         QStringLiteral("m1"), QStringLiteral("5")});
        QCOMPARE(past.json.value(QStringLiteral("error")).toString(), QStringLiteral("clock_out_of_range"));
        // The live hold is still held: nothing timed it out as of 2030.
        const Run balance = orchardctl(db, {QStringLiteral("balance"), QStringLiteral("m1")});
        QCOMPARE(balance.json.value(QStringLiteral("held")).toInteger(), 100);
        // Reads as of any time are fine.
        QCOMPARE(orchardctl(db, {QStringLiteral("--now"), QStringLiteral("2030-01-01T00:00:00Z"), QStringLiteral("balance"), QStringLiteral("m1")})
                     .exitCode,
                 0);

        const QString simulated = m_dir.filePath(QStringLiteral("simulated.sqlite"));
        QCOMPARE(orchardctl(simulated, {QStringLiteral("init"), QStringLiteral("--simulated-clock")}).json.value(QStringLiteral("clock")).toString(),
                 QStringLiteral("simulated"));
        QCOMPARE(orchardctl(simulated, {QStringLiteral("--now"), QStringLiteral("2030-01-01T00:00:00Z"), QStringLiteral("member"),
                                        QStringLiteral("add"), QStringLiteral("m1")})
                     .exitCode,
                 0);
        QCOMPARE(orchardctl(simulated, {QStringLiteral("--now"), QStringLiteral("2030-01-01T00:00:00Z"), QStringLiteral("issue"),
                                        QStringLiteral("m1"), QStringLiteral("5")})
                     .exitCode,
                 0);
        // A ledger with entries written at real times cannot become simulated afterwards.
        QCOMPARE(orchardctl(db, {QStringLiteral("init"), QStringLiteral("--simulated-clock")}).exitCode, 2);
    }

    // Finding 1: text with no UTF-8 form, or bytes that are not UTF-8, is refused naming the
    // field, nothing is stored, and verify stays clean.
    void malformedTextIsRefusedNamingTheField()
    {
        const QString db = freshLedger();
        const Run badRef = orchardctlBytes({QByteArrayLiteral("--db"), db.toUtf8(), QByteArrayLiteral("--json"), QByteArrayLiteral("redeem"),
                                            QByteArrayLiteral("m1"), QByteArrayLiteral("5"), QByteArrayLiteral("--source"),
                                            QByteArrayLiteral("marketplace"), QByteArrayLiteral("--ref"), QByteArray("x\xff", 2)});
        QCOMPARE(badRef.exitCode, 2);
        QCOMPARE(badRef.json.value(QStringLiteral("field")).toString(), QStringLiteral("ref"));
        const Run badReason = orchardctlBytes({QByteArrayLiteral("--db"), db.toUtf8(), QByteArrayLiteral("--json"), QByteArrayLiteral("issue"),
                                               QByteArrayLiteral("m1"), QByteArrayLiteral("5"),
                                               QByteArray("--reason=caf\xc3", 13)});
        QCOMPARE(badReason.exitCode, 2);
        QCOMPARE(badReason.json.value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
        // An encoded surrogate (ED A0 80) is not UTF-8 either.
        const Run surrogate = orchardctlBytes({QByteArrayLiteral("--db"), db.toUtf8(), QByteArrayLiteral("--json"), QByteArrayLiteral("member"),
                                               QByteArrayLiteral("add"), QByteArray("m\xed\xa0\x80", 4)});
        QCOMPARE(surrogate.exitCode, 2);
        QCOMPARE(surrogate.json.value(QStringLiteral("field")).toString(), QStringLiteral("argument 6"));  // argv[6]: --db PATH --json member add ID

        // Through the library (the console and the API decode JSON into QString first).
        test::TestLedger t;
        t.addMember(QStringLiteral("m1"));
        t.issue(QStringLiteral("m1"), 100);
        const QString loneHigh = QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b");
        const QString loneLow = QString(QChar(0xdfff));
        RedeemRequest redeem{QStringLiteral("m1"), 5, sourceMarketplace, loneHigh, QStringLiteral("k1")};
        Result<ReservationView> refused = t.ledger().redeem(redeem);
        QVERIFY(!refused);
        QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("ref"));
        const qint64 reservation = t.reserve(QStringLiteral("m1"), 10, sourceLoyalife);
        const Result<ReservationView> release = t.ledger().release({reservation, loneLow, QStringLiteral("k2"), std::nullopt});
        QVERIFY(!release);
        QCOMPARE(release.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
        const Result<MemberView> member = t.ledger().addMember({loneLow, {}, QStringLiteral("other"), {}});
        QVERIFY(!member);
        QCOMPARE(member.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("member"));
        const Result<MemberView> named = t.ledger().addMember({QStringLiteral("m2"), loneHigh, QStringLiteral("other"), {}});
        QVERIFY(!named);
        QCOMPARE(named.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("name"));
        // A valid astral character is fine and verifies.
        redeem.reference = QStringLiteral("gift-") + QString::fromUcs4(U"\U0001F381");
        QVERIFY(t.ledger().redeem(redeem));
        QVERIFY(Verifier(t.database()).run().value().ok());
        QCOMPARE(orchardctl(db, {QStringLiteral("verify")}).exitCode, 0);
    }

    // Finding 7: verify names each tampering the chain can prove; with an anchor, also a rewind.
    void verifyCoversEveryRecordOfLedgerMeaning()
    {
        const QString db = freshLedger();
        const Run key = orchardctl(db, {QStringLiteral("source"), QStringLiteral("key"), QStringLiteral("marketplace")});
        const QString keyId = key.json.value(QStringLiteral("key_id")).toString();
        QCOMPARE(orchardctl(db, {QStringLiteral("source"), QStringLiteral("revoke"), QStringLiteral("marketplace"), keyId}).exitCode, 0);
        QCOMPARE(orchardctl(db, {QStringLiteral("reserve"), QStringLiteral("m1"), QStringLiteral("100"), QStringLiteral("--source"),
                                 QStringLiteral("marketplace"), QStringLiteral("--ref"), QStringLiteral("hold-1"), QStringLiteral("--key"),
                                 QStringLiteral("hold-1")})
                     .exitCode,
                 0);
        QCOMPARE(orchardctl(db, {QStringLiteral("redeem"), QStringLiteral("m1"), QStringLiteral("50"), QStringLiteral("--source"),
                                 QStringLiteral("loyalife"), QStringLiteral("--ref"), QStringLiteral("order-1")})
                     .exitCode,
                 0);
        const QString anchorFile = m_dir.filePath(QStringLiteral("anchor-%1.json").arg(m_ledgers));
        const Run anchor = orchardctl(db, {QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("-o"), anchorFile});
        QCOMPARE(anchor.exitCode, 0);
        const QJsonObject written = QJsonDocument::fromJson(fileBytes(anchorFile)).object();
        QCOMPARE(written, anchor.json);
        QVERIFY(written.value(QStringLiteral("records")).toInteger() >= 6);
        QCOMPARE(written.value(QStringLiteral("head")).toString().size(), 64);
        QCOMPARE(orchardctl(db, {QStringLiteral("verify"), QStringLiteral("--anchor"), anchorFile}).exitCode, 0);

        const QString copy = db + QStringLiteral(".pristine");
        QVERIFY(QFile::copy(db, copy));
        const auto restore = [&] {
            QFile::remove(db);
            QVERIFY(QFile::copy(copy, db));
        };
        struct Tampering
        {
            QString what;
            QStringList sql;
            QString check;  // what verify must name
            bool needsAnchor = false;
        };
        const QList<Tampering> tamperings{
            {QStringLiteral("un-revoke a key by cutting its audit record and rewinding the head"),
             {QStringLiteral("UPDATE api_keys SET revoked_at_ms = NULL"),
              QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT id FROM audit_log WHERE action = 'source.revoke')"),
              QStringLiteral("UPDATE orchard_meta SET value = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) WHERE key = 'audit_head'")},
             QStringLiteral("audit_truncated"), true},
            {QStringLiteral("remove the last entry with its postings, movements and audit row"),
             {QStringLiteral("DELETE FROM postings WHERE entry_id = (SELECT MAX(id) FROM entries)"),
              QStringLiteral("DELETE FROM lot_movements WHERE entry_id = (SELECT MAX(id) FROM entries)"),
              QStringLiteral("DELETE FROM audit_log WHERE id >= (SELECT id FROM audit_log WHERE entry_id = (SELECT MAX(id) FROM entries))"),
              QStringLiteral("DELETE FROM entries WHERE id = (SELECT MAX(id) FROM entries)"),
              QStringLiteral("UPDATE orchard_meta SET value = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) WHERE key = 'audit_head'")},
             QStringLiteral("audit_truncated"), true},
            {QStringLiteral("un-revoke a key in place"), {QStringLiteral("UPDATE api_keys SET revoked_at_ms = NULL")}, QStringLiteral("api_key")},
            {QStringLiteral("slip a key into the table"),
             {QStringLiteral("INSERT INTO api_keys (source_id, key_id, secret_sha256, created_at_ms) "
                             "SELECT id, 'aaaaaaaaaaaa', '%1', 0 FROM sources WHERE name = 'loyalife'")
                  .arg(QString(64, QLatin1Char('a')))},
             QStringLiteral("api_key")},
            {QStringLiteral("hand a hold to another platform"),
             {QStringLiteral("UPDATE reservations SET source_id = (SELECT id FROM sources WHERE name = 'loyalife') WHERE status = 'reserved'")},
             QStringLiteral("reservation_record")},
            {QStringLiteral("make a hold last a year"),
             {QStringLiteral("UPDATE reservations SET expires_at_ms = expires_at_ms + 31536000000 WHERE status = 'reserved'")},
             QStringLiteral("reservation_record")},
            {QStringLiteral("change a hold's points"), {QStringLiteral("UPDATE reservations SET points = 1 WHERE status = 'reserved'")},
             QStringLiteral("reservation_record")},
            {QStringLiteral("move a lot's expiry"), {QStringLiteral("UPDATE lots SET expires_at_ms = 1, lapses_at_ms = 1")}, QStringLiteral("lot_record")},
            {QStringLiteral("change a stored answer"),
             {QStringLiteral("UPDATE idempotency_keys SET response = replace(response, '\"points\":100', '\"points\":900')")},
             QStringLiteral("idempotency")},
            {QStringLiteral("plant an answer for a key never used"),
             {QStringLiteral("INSERT INTO idempotency_keys (source_id, key, operation, request_digest, succeeded, response, created_at_ms) "
                             "VALUES (1, 'planted', 'redeem', 'x', 1, '{}', 0)")},
             QStringLiteral("idempotency")},
        };
        for (const Tampering &tampering : tamperings) {
            restore();
            tamper(db, tampering.sql);
            QStringList arguments{QStringLiteral("verify")};
            if (tampering.needsAnchor)
                arguments << QStringLiteral("--anchor") << anchorFile;
            const Run verify = orchardctl(db, arguments);
            QVERIFY2(verify.exitCode == 1, qPrintable(tampering.what));
            QVERIFY2(violationChecks(verify).contains(tampering.check),
                     qPrintable(tampering.what + QStringLiteral(": ") + QString::fromUtf8(verify.stdoutText)));
        }
        restore();
        QCOMPARE(orchardctl(db, {QStringLiteral("verify"), QStringLiteral("--anchor"), anchorFile}).exitCode, 0);
        // An anchor from another ledger does not lie on this chain.
        const QString other = freshLedger();
        orchardctl(other, {QStringLiteral("issue"), QStringLiteral("m1"), QStringLiteral("1")});
        orchardctl(other, {QStringLiteral("issue"), QStringLiteral("m1"), QStringLiteral("2")});
        orchardctl(other, {QStringLiteral("issue"), QStringLiteral("m1"), QStringLiteral("3")});
        orchardctl(other, {QStringLiteral("issue"), QStringLiteral("m1"), QStringLiteral("4")});
        orchardctl(other, {QStringLiteral("issue"), QStringLiteral("m1"), QStringLiteral("5")});
        const Run elsewhere = orchardctl(other, {QStringLiteral("verify"), QStringLiteral("--anchor"), anchorFile});
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY(violationChecks(elsewhere).contains(QStringLiteral("audit_truncated")));
        // The anchor file is never the ledger.
        QCOMPARE(orchardctl(db, {QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("-o"), db}).exitCode, 2);
        QCOMPARE(orchardctl(db, {QStringLiteral("verify")}).exitCode, 0);
    }

    // Finding 11: a quote belongs to the platform that asked for it.
    void aQuoteIsPaidOnlyByItsSource()
    {
        test::TestLedger t;
        t.addMember(QStringLiteral("m1"));
        t.issue(QStringLiteral("m1"), 1000);
        const Result<QuoteView> quote = t.ledger().quote({QStringLiteral("m1"), 10000, std::nullopt, sourceMarketplace});
        QVERIFY(quote);
        CheckoutRequest pay;
        pay.memberId = QStringLiteral("m1");
        pay.orderMinor = 10000;
        pay.source = sourceLoyalife;
        pay.reference = QStringLiteral("order-1");
        pay.idempotencyKey = QStringLiteral("pay-1");
        pay.quoteId = quote.value().quoteId;
        const Result<CheckoutReceipt> stolen = t.ledger().checkout(pay);
        QVERIFY(!stolen);
        QCOMPARE(stolen.error().code, errors::invalidArgument);
        QCOMPARE(stolen.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("quote"));
        QCOMPARE(t.ledger().balance(QStringLiteral("m1")).value().available, 1000);
        pay.source = sourceMarketplace;
        QVERIFY(t.ledger().checkout(pay));
    }
};

QTEST_MAIN(HardeningTest)
#include "tst_hardening.moc"
