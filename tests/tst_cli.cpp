// orchardctl as scripts use it: JSON results, exit codes, and clear errors that change nothing.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString stdoutText;
    QString stderrText;
};

}  // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run orchardctl(const QStringList &arguments, const QString &db = QString())
    {
        QProcess process;
        process.setProgram(qEnvironmentVariable("ORCHARDCTL"));
        process.setArguments(QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db,
                                         QStringLiteral("--now"), QStringLiteral("2026-03-01T10:00:00Z"),
                                         QStringLiteral("--json")}
                             + arguments);
        process.start();
        if (!process.waitForFinished(60'000))
            qFatal("orchardctl did not finish: %s", qPrintable(arguments.join(QLatin1Char(' '))));
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.stdoutText = QString::fromUtf8(process.readAllStandardOutput());
        run.stderrText = QString::fromUtf8(process.readAllStandardError());
        run.json = QJsonDocument::fromJson(run.stdoutText.toUtf8()).object();
        return run;
    }

    qint64 entryCount()
    {
        const Run log = orchardctl({QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("100000")});
        return log.json.value(QStringLiteral("count")).toInteger(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("ORCHARDCTL").isEmpty(), "ORCHARDCTL must name the orchardctl binary");
    }

    void init()
    {
        static int counter = 0;
        m_db = m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++counter));
        QCOMPARE(orchardctl({QStringLiteral("init")}).exitCode, 0);
    }

    void seedExampleEndToEnd()
    {
        QCOMPARE(orchardctl({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("emp-1"),
                             QStringLiteral("--hris"), QStringLiteral("darwinbox")}).exitCode, 0);
        const Run issued = orchardctl({QStringLiteral("issue"), QStringLiteral("emp-1"), QStringLiteral("500")});
        QCOMPARE(issued.exitCode, 0);
        QCOMPARE(issued.json.value(QStringLiteral("points")).toInteger(), 500);
        const Run redeemed = orchardctl({QStringLiteral("redeem"), QStringLiteral("emp-1"), QStringLiteral("200"),
                                         QStringLiteral("--source"), QStringLiteral("marketplace"),
                                         QStringLiteral("--ref"), QStringLiteral("gift-card-1")});
        QCOMPARE(redeemed.exitCode, 0);
        QCOMPARE(redeemed.json.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));

        const Run balance = orchardctl({QStringLiteral("balance"), QStringLiteral("emp-1")});
        QCOMPARE(balance.json, (QJsonObject{{QStringLiteral("member"), QStringLiteral("emp-1")},
                                            {QStringLiteral("available"), 300},
                                            {QStringLiteral("held"), 0},
                                            {QStringLiteral("posted"), 300},
                                            {QStringLiteral("wallet"), 0}}));

        const Run refused = orchardctl({QStringLiteral("reserve"), QStringLiteral("emp-1"), QStringLiteral("301"),
                                        QStringLiteral("--source"), QStringLiteral("loyalife"), QStringLiteral("--ref"), QStringLiteral("v-1")});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(), QStringLiteral("insufficient_points"));
        QCOMPARE(refused.json.value(QStringLiteral("available")).toInteger(), 300);

        const Run held = orchardctl({QStringLiteral("reserve"), QStringLiteral("emp-1"), QStringLiteral("300"),
                                     QStringLiteral("--source"), QStringLiteral("loyalife"), QStringLiteral("--ref"), QStringLiteral("v-2")});
        QCOMPARE(held.exitCode, 0);
        QCOMPARE(held.json.value(QStringLiteral("status")).toString(), QStringLiteral("reserved"));
        // --now is 10:00; the default 15-minute timeout ends at 10:15.
        QCOMPARE(held.json.value(QStringLiteral("expires_at")).toString(), QStringLiteral("2026-03-01T10:15:00Z"));
        const QString reservation = held.json.value(QStringLiteral("reservation")).toString();

        const Run confirmed = orchardctl({QStringLiteral("confirm"), reservation, QStringLiteral("--points"), QStringLiteral("250")});
        QCOMPARE(confirmed.exitCode, 0);
        QCOMPARE(confirmed.json.value(QStringLiteral("points")).toInteger(), 250);
        const Run again = orchardctl({QStringLiteral("confirm"), reservation});
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(again.json.value(QStringLiteral("error")).toString(), QStringLiteral("already_confirmed"));
        // 500 − 200 − 250 = 50.
        QCOMPARE(orchardctl({QStringLiteral("balance"), QStringLiteral("emp-1")}).json.value(QStringLiteral("available")).toInteger(), 50);

        const Run verified = orchardctl({QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json.value(QStringLiteral("ok")).toBool(), true);
    }

    void idempotentKeyOnTheCommandLine()
    {
        orchardctl({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m")});
        const QStringList issue{QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("100"), QStringLiteral("--key"), QStringLiteral("bonus-1")};
        const Run first = orchardctl(issue);
        const Run retry = orchardctl(issue);
        QCOMPARE(retry.exitCode, 0);
        QCOMPARE(retry.json, first.json);
        QCOMPARE(orchardctl({QStringLiteral("balance"), QStringLiteral("m")}).json.value(QStringLiteral("posted")).toInteger(), 100);
        const Run conflict = orchardctl({QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("101"),
                                         QStringLiteral("--key"), QStringLiteral("bonus-1")});
        QCOMPARE(conflict.exitCode, 3);
        QCOMPARE(conflict.json.value(QStringLiteral("error")).toString(), QStringLiteral("idempotency_conflict"));
    }

    void timeoutWithFixedClock()
    {
        orchardctl({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m")});
        orchardctl({QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("100")});
        const Run held = orchardctl({QStringLiteral("reserve"), QStringLiteral("m"), QStringLiteral("80"), QStringLiteral("--source"),
                                     QStringLiteral("loyalife"), QStringLiteral("--ref"), QStringLiteral("x"),
                                     QStringLiteral("--timeout"), QStringLiteral("60")});
        const QString id = held.json.value(QStringLiteral("reservation")).toString();
        QProcess later;
        const auto at = [&](const char *now, const QStringList &arguments) {
            QProcess process;
            process.start(qEnvironmentVariable("ORCHARDCTL"),
                          QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), QString::fromLatin1(now),
                                      QStringLiteral("--json")} + arguments);
            process.waitForFinished(60'000);
            return std::pair{process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object()};
        };
        QCOMPARE(at("2026-03-01T10:00:59Z", {QStringLiteral("balance"), QStringLiteral("m")}).second.value(QStringLiteral("available")).toInteger(), 20);
        QCOMPARE(at("2026-03-01T10:01:00Z", {QStringLiteral("balance"), QStringLiteral("m")}).second.value(QStringLiteral("available")).toInteger(), 100);
        const auto confirm = at("2026-03-01T10:01:00Z", {QStringLiteral("confirm"), id});
        QCOMPARE(confirm.first, 3);
        QCOMPARE(confirm.second.value(QStringLiteral("error")).toString(), QStringLiteral("reservation_timed_out"));
        const auto state = at("2026-03-01T10:02:00Z", {QStringLiteral("reservation"), id});
        QCOMPARE(state.second.value(QStringLiteral("status")).toString(), QStringLiteral("timed_out"));
        const auto log = at("2026-03-01T10:02:00Z", {QStringLiteral("log"), QStringLiteral("--kind"), QStringLiteral("timeout")});
        QCOMPARE(log.second.value(QStringLiteral("count")).toInteger(), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, QStringList arguments, const char *field) {
            QTest::newRow(name) << arguments << QString::fromLatin1(field);
        };
        const QString m = QStringLiteral("m");
        const QString issue = QStringLiteral("issue");
        row("zero points", {issue, m, QStringLiteral("0")}, "points");
        row("negative points", {issue, m, QStringLiteral("-5")}, "points");
        row("fractional points", {issue, m, QStringLiteral("1.5")}, "points");
        row("text points", {issue, m, QStringLiteral("abc")}, "points");
        row("overflowing points", {issue, m, QStringLiteral("99999999999999999999")}, "points");
        row("above the limit", {issue, m, QStringLiteral("1000000000001")}, "points");
        row("unknown member", {issue, QStringLiteral("nobody"), QStringLiteral("5")}, "member");
        row("malformed expiry", {issue, m, QStringLiteral("5"), QStringLiteral("--expires-at"), QStringLiteral("tomorrow")}, "expires-at");
        row("expiry without zone", {issue, m, QStringLiteral("5"), QStringLiteral("--expires-at"), QStringLiteral("2026-05-01T00:00:00")}, "expires-at");
        row("expiry in the past", {issue, m, QStringLiteral("5"), QStringLiteral("--expires-at"), QStringLiteral("2026-01-01T00:00:00Z")}, "expires_at");
        row("unknown source", {QStringLiteral("reserve"), m, QStringLiteral("5"), QStringLiteral("--source"), QStringLiteral("shop"), QStringLiteral("--ref"), QStringLiteral("r")}, "source");
        row("missing ref", {QStringLiteral("reserve"), m, QStringLiteral("5"), QStringLiteral("--source"), QStringLiteral("loyalife")}, "ref");
        row("timeout zero", {QStringLiteral("reserve"), m, QStringLiteral("5"), QStringLiteral("--source"), QStringLiteral("loyalife"), QStringLiteral("--ref"), QStringLiteral("r"), QStringLiteral("--timeout"), QStringLiteral("0")}, "timeout");
        row("unknown reservation", {QStringLiteral("confirm"), QStringLiteral("rsv_999")}, "reservation");
        row("malformed reservation", {QStringLiteral("confirm"), QStringLiteral("abc")}, "reservation");
        row("malformed now", {QStringLiteral("--now"), QStringLiteral("yesterday"), QStringLiteral("balance"), m}, "now");
        row("unknown kind", {QStringLiteral("log"), QStringLiteral("--kind"), QStringLiteral("gift")}, "kind");
        row("unknown command", {QStringLiteral("frobnicate")}, "command");
        row("unknown option", {issue, m, QStringLiteral("5"), QStringLiteral("--colour"), QStringLiteral("red")}, "arguments");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, field);
        orchardctl({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m")});
        orchardctl({QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("10")});
        const qint64 before = entryCount();
        const Run run = orchardctl(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json.value(QStringLiteral("field")).toString(), field);
        QVERIFY(!run.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(entryCount(), before);
        QCOMPARE(orchardctl({QStringLiteral("balance"), QStringLiteral("m")}).json.value(QStringLiteral("posted")).toInteger(), 10);
    }

    void notALedger()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Run run = orchardctl({QStringLiteral("balance"), QStringLiteral("m")}, garbage);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_a_ledger"));
        QFile unchanged(garbage);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), QByteArray(4096, 'x'));

        const QString otherDatabase = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(otherDatabase);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const Run other = orchardctl({QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("5")}, otherDatabase);
        QCOMPARE(other.exitCode, 2);
        QCOMPARE(other.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_a_ledger"));
    }

    void newerSchemaIsRefused()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE orchard_meta SET value = '99' WHERE key = 'schema_version'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const Run run = orchardctl({QStringLiteral("balance"), QStringLiteral("m")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("schema_too_new"));
    }

    void readOnlyLedger()
    {
        orchardctl({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m")});
        orchardctl({QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("10")});
        QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const Run write = orchardctl({QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("5")});
        QCOMPARE(write.exitCode, 2);
        QCOMPARE(write.json.value(QStringLiteral("error")).toString(), QStringLiteral("read_only"));
        const Run read = orchardctl({QStringLiteral("balance"), QStringLiteral("m")});
        QCOMPARE(read.exitCode, 0);
        QCOMPARE(read.json.value(QStringLiteral("posted")).toInteger(), 10);
        QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void verifyNamesAHandEditedRow()
    {
        orchardctl({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m")});
        orchardctl({QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("10")});
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE postings SET amount = 1000 WHERE amount = 10")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        const Run run = orchardctl({QStringLiteral("verify")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(run.stdoutText.contains(QStringLiteral("entry 1 (issue) does not balance")));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
