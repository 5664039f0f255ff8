// orchardctl as scripts use it: JSON results, exit codes, and clear errors that change nothing.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSize>
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

    struct Balance
    {
        qint64 points = 0;
        qint64 wallet = 0;
    };
    Balance balanceOf(const QString &member)
    {
        const Run run = orchardctl({QStringLiteral("balance"), member});
        return {run.json.value(QStringLiteral("available")).toInteger(), run.json.value(QStringLiteral("wallet")).toInteger()};
    }

    static qint64 money(const QString &major)  // "1000.00" → 100000 (test data always has 2 decimals)
    {
        return QString(major).remove(QLatin1Char('.')).toLongLong();
    }

    // The size of the PDF's first page as pdftoppm (poppler-utils) renders it at 30 dpi; an
    // invalid size when it cannot.
    QSize firstPageAt30Dpi(const QString &pdfPath)
    {
        const QString prefix = pdfPath + QStringLiteral("-page");
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-f"),
                                                    QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdfPath, prefix});
        if (!pdftoppm.waitForFinished(30'000) || pdftoppm.exitCode() != 0)
            return {};
        QFile png(prefix + QStringLiteral("-1.png"));
        if (!png.open(QIODevice::ReadOnly))
            return {};
        const QByteArray header = png.read(24);
        if (!header.startsWith("\x89PNG") || header.size() < 24)
            return {};
        const auto bigEndian = [&](int offset) {
            return int((quint32(quint8(header.at(offset))) << 24) | (quint32(quint8(header.at(offset + 1))) << 16)
                       | (quint32(quint8(header.at(offset + 2))) << 8) | quint32(quint8(header.at(offset + 3))));
        };
        return {bigEndian(16), bigEndian(20)};
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

    void benchRunsTheFixedWorkloadAndRefusesUnknownScenarios()
    {
        // The callgrind guard's workload, small: 250 redemptions, one row that says so.
        const Run fixed = orchardctl({QStringLiteral("bench"), QStringLiteral("--scenario"), QStringLiteral("fixed"),
                                      QStringLiteral("--redemptions"), QStringLiteral("250")});
        QCOMPARE(fixed.exitCode, 0);
        const QJsonArray rows = fixed.json.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[QStringLiteral("scenario")].toString(), QStringLiteral("fixed"));
        QCOMPARE(rows.at(0)[QStringLiteral("operations")].toInteger(), 250);
        QVERIFY(rows.at(0)[QStringLiteral("ops_per_second")].toDouble() > 0);
        // Without a server the postgresql scenario says why it did not run, in its row.
        const Run postgres = orchardctl({QStringLiteral("bench"), QStringLiteral("--scenario"), QStringLiteral("postgresql")});
        QCOMPARE(postgres.exitCode, 0);
        QVERIFY(postgres.json.value(QStringLiteral("rows")).toArray().at(0)[QStringLiteral("note")].toString().startsWith(QStringLiteral("not run: give --pg")));
        const Run unknown = orchardctl({QStringLiteral("bench"), QStringLiteral("--scenario"), QStringLiteral("fastest")});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.json.value(QStringLiteral("field")).toString(), QStringLiteral("scenario"));
        const Run zero = orchardctl({QStringLiteral("bench"), QStringLiteral("--scenario"), QStringLiteral("fixed"),
                                     QStringLiteral("--redemptions"), QStringLiteral("0")});
        QCOMPARE(zero.exitCode, 2);
        QCOMPARE(zero.json.value(QStringLiteral("field")).toString(), QStringLiteral("redemptions"));
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

    // `member update` changes only what it is given, refuses an unknown member (exit 2) and an empty
    // change, and setting the same details again is a harmless retry.
    void memberUpdateChangesOnlyWhatItIsGiven()
    {
        QCOMPARE(orchardctl({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("emp-9"), QStringLiteral("--name"),
                             QStringLiteral("Asha"), QStringLiteral("--department"), QStringLiteral("Sales")}).exitCode, 0);
        const auto records = [this] { return orchardctl({QStringLiteral("audit"), QStringLiteral("anchor")}).json.value(QStringLiteral("records")).toInteger(); };
        const qint64 recordsBefore = records();
        const Run moved = orchardctl({QStringLiteral("member"), QStringLiteral("update"), QStringLiteral("emp-9"), QStringLiteral("--department"),
                                      QStringLiteral("Finance")});
        QCOMPARE(moved.exitCode, 0);
        QCOMPARE(moved.json.value(QStringLiteral("name")).toString(), QStringLiteral("Asha"));
        QCOMPARE(moved.json.value(QStringLiteral("hris")).toString(), QStringLiteral("other"));
        QCOMPARE(moved.json.value(QStringLiteral("department")).toString(), QStringLiteral("Finance"));
        QCOMPARE(orchardctl({QStringLiteral("member"), QStringLiteral("update"), QStringLiteral("emp-9"), QStringLiteral("--department"),
                             QStringLiteral("Finance")}).exitCode, 0);
        const Run unknown = orchardctl({QStringLiteral("member"), QStringLiteral("update"), QStringLiteral("emp-404"), QStringLiteral("--name"),
                                        QStringLiteral("X")});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.json.value(QStringLiteral("error")).toString(), QStringLiteral("unknown_member"));
        const Run nothing = orchardctl({QStringLiteral("member"), QStringLiteral("update"), QStringLiteral("emp-9")});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY2(nothing.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("nothing to change")), qPrintable(nothing.stdoutText));
        // One audit record (the member.update): the retry and the refusals added none.
        QCOMPARE(records(), recordsBefore + 1);
    }

    // `report lots`: one CSV row per lot after the header comments, -o writes the file and says how
    // many, a table or PDF of every lot is refused naming --format, --from does not apply.
    void reportLotsExportsEveryLot()
    {
        QCOMPARE(orchardctl({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("lot-m"), QStringLiteral("--department"), QStringLiteral("Ops")}).exitCode, 0);
        QCOMPARE(orchardctl({QStringLiteral("issue"), QStringLiteral("lot-m"), QStringLiteral("300")}).exitCode, 0);
        QCOMPARE(orchardctl({QStringLiteral("issue"), QStringLiteral("lot-m"), QStringLiteral("200")}).exitCode, 0);
        QCOMPARE(orchardctl({QStringLiteral("redeem"), QStringLiteral("lot-m"), QStringLiteral("350"), QStringLiteral("--source"),
                             QStringLiteral("marketplace"), QStringLiteral("--ref"), QStringLiteral("lots-1")}).exitCode, 0);
        const Run csv = orchardctl({QStringLiteral("report"), QStringLiteral("lots"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QStringList rows;
        for (const QString &line : csv.stdoutText.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            if (!line.startsWith(QLatin1Char('#')) && line.contains(QStringLiteral("lot-m")))
                rows << line.section(QLatin1Char(','), 8, 16);
        // Oldest lot first: 300 all redeemed; the second gave 50 of its 200.
        QCOMPARE(rows, (QStringList{QStringLiteral("300,0,0,300,0,0,0,0,redeemed"), QStringLiteral("200,0,0,50,0,0,150,0,mixed")}));
        const QString file = m_dir.filePath(QStringLiteral("lots.json"));
        const Run written = orchardctl({QStringLiteral("report"), QStringLiteral("lots"), QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("-o"), file});
        QCOMPARE(written.exitCode, 0);
        QVERIFY(written.json.value(QStringLiteral("rows")).toInteger() >= 2);
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(exported.value(QStringLiteral("lots")).toArray().size(), written.json.value(QStringLiteral("rows")).toInteger());
        const Run table = orchardctl({QStringLiteral("report"), QStringLiteral("lots"), QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(table.exitCode, 2);
        QCOMPARE(table.json.value(QStringLiteral("field")).toString(), QStringLiteral("format"));
        const Run period = orchardctl({QStringLiteral("report"), QStringLiteral("lots"), QStringLiteral("--from"), QStringLiteral("2026-01-01T00:00:00Z")});
        QCOMPARE(period.exitCode, 2);
        QCOMPARE(period.json.value(QStringLiteral("field")).toString(), QStringLiteral("from"));
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
        // Money is written in major units with at most the currency's decimals (INR: 2).
        const QString wallet = QStringLiteral("wallet");
        const QString fund = QStringLiteral("fund");
        const QString ref = QStringLiteral("--ref");
        const QString bank = QStringLiteral("NEFT-1");
        row("amount with too many decimals", {wallet, fund, QStringLiteral("1.234"), ref, bank}, "amount");
        row("negative amount", {wallet, fund, QStringLiteral("-5"), ref, bank}, "amount");
        row("amount above 10^15 minor units", {wallet, fund, QStringLiteral("10000000000000.01"), ref, bank}, "amount");
        row("non-numeric amount", {wallet, fund, QStringLiteral("ten"), ref, bank}, "amount");
        row("zero amount", {wallet, fund, QStringLiteral("0"), ref, bank}, "amount");
        row("fund without a bank reference", {wallet, fund, QStringLiteral("100.00")}, "ref");
        row("credit with a separator", {QStringLiteral("member-wallet"), QStringLiteral("credit"), m, QStringLiteral("1,000"), ref, QStringLiteral("r")}, "amount");
        row("credit to an unknown member", {QStringLiteral("member-wallet"), QStringLiteral("credit"), QStringLiteral("nobody"), QStringLiteral("5"), ref, QStringLiteral("r")}, "member");
        row("unknown currency", {QStringLiteral("programme"), QStringLiteral("set"), QStringLiteral("--currency"), QStringLiteral("XYZ"), QStringLiteral("--reason"), QStringLiteral("r")}, "currency");
        row("malformed point value", {QStringLiteral("programme"), QStringLiteral("set"), QStringLiteral("--point-value"), QStringLiteral("0/1"), QStringLiteral("--reason"), QStringLiteral("r")}, "point-value");
        row("programme change without reason", {QStringLiteral("programme"), QStringLiteral("set"), QStringLiteral("--funding"), QStringLiteral("none")}, "reason");
        row("quote with too many decimals", {QStringLiteral("checkout"), QStringLiteral("quote"), m, QStringLiteral("10.001")}, "amount");
        row("checkout without a ref", {QStringLiteral("checkout"), QStringLiteral("pay"), m, QStringLiteral("10.00"), QStringLiteral("--source"), QStringLiteral("marketplace")}, "ref");
        row("checkout with negative points", {QStringLiteral("checkout"), QStringLiteral("pay"), m, QStringLiteral("10.00"), QStringLiteral("--source"), QStringLiteral("marketplace"), ref, QStringLiteral("o"), QStringLiteral("--points"), QStringLiteral("-1")}, "points");
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

    // The split-payment issue's worked cases through orchardctl --json (1 point = ₹1; m = 500,
    // partial yes, remainder yes, fallback wallet_only).
    void checkoutWorkedCases_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("points");
        QTest::addColumn<QString>("wallet");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<qint64>("paidPoints");
        QTest::addColumn<qint64>("paidWallet");  // minor units
        QTest::newRow("1,000 points") << "1000.00" << "1200" << "" << "" << "" << qint64(1000) << qint64(0);
        QTest::newRow("800 points + ₹200") << "1000.00" << "800" << "500.00" << "" << "" << qint64(800) << qint64(20000);
        QTest::newRow("insufficient_funds") << "1000.00" << "800" << "100.00" << "" << "insufficient_funds" << qint64(0) << qint64(0);
        QTest::newRow("wallet only below the minimum") << "1000.00" << "300" << "1000.00" << "" << "" << qint64(0) << qint64(100000);
        QTest::newRow("200 points") << "200.00" << "600" << "" << "" << "" << qint64(200) << qint64(0);
        QTest::newRow("points_below_minimum") << "1000.00" << "800" << "500.00" << "400" << "points_below_minimum" << qint64(0) << qint64(0);
    }

    void checkoutWorkedCases()
    {
        QFETCH(QString, order);
        QFETCH(QString, points);
        QFETCH(QString, wallet);
        QFETCH(QString, chosen);
        QFETCH(QString, refusal);
        QFETCH(qint64, paidPoints);
        QFETCH(qint64, paidWallet);
        const QString member = QStringLiteral("emp-1");
        QCOMPARE(orchardctl({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--min-points"), QStringLiteral("500"),
                             QStringLiteral("--reason"), QStringLiteral("worked cases")}).exitCode, 0);
        QCOMPARE(orchardctl({QStringLiteral("wallet"), QStringLiteral("fund"), QStringLiteral("100000.00"), QStringLiteral("--ref"),
                             QStringLiteral("NEFT-1")}).exitCode, 0);
        QCOMPARE(orchardctl({QStringLiteral("member"), QStringLiteral("add"), member}).exitCode, 0);
        QCOMPARE(orchardctl({QStringLiteral("issue"), member, points}).exitCode, 0);
        if (!wallet.isEmpty())
            QCOMPARE(orchardctl({QStringLiteral("member-wallet"), QStringLiteral("credit"), member, wallet, QStringLiteral("--ref"),
                                 QStringLiteral("top-up")}).exitCode, 0);
        const Balance before = balanceOf(member);

        // The quote shows the member's points and wallet before anything moves.
        QStringList quote{QStringLiteral("checkout"), QStringLiteral("quote"), member, order};
        QStringList pay{QStringLiteral("checkout"), QStringLiteral("pay"), member, order, QStringLiteral("--source"),
                        QStringLiteral("marketplace"), QStringLiteral("--ref"), QStringLiteral("order-1")};
        if (!chosen.isEmpty()) {
            quote << QStringLiteral("--points") << chosen;
            pay << QStringLiteral("--points") << chosen;
        }
        const Run quoted = orchardctl(quote);
        const Run paid = orchardctl(pay);
        const Balance after = balanceOf(member);
        if (!refusal.isEmpty()) {
            QCOMPARE(quoted.exitCode, 3);
            QCOMPARE(quoted.json.value(QStringLiteral("error")).toString(), refusal);
            QCOMPARE(paid.exitCode, 3);
            QCOMPARE(paid.json.value(QStringLiteral("error")).toString(), refusal);
            QCOMPARE(after.points, before.points);
            QCOMPARE(after.wallet, before.wallet);
            return;
        }
        QCOMPARE(quoted.exitCode, 0);
        QCOMPARE(quoted.json.value(QStringLiteral("order")).toInteger(), money(order));
        QCOMPARE(quoted.json.value(QStringLiteral("points")).toInteger(), paidPoints);
        QCOMPARE(quoted.json.value(QStringLiteral("points_value")).toInteger(), paidPoints * 100);
        QCOMPARE(quoted.json.value(QStringLiteral("wallet")).toInteger(), paidWallet);
        QCOMPARE(quoted.json.value(QStringLiteral("rule_version")).toInt(), 1);
        QCOMPARE(quoted.json.value(QStringLiteral("member_points")).toInteger(), before.points);
        QCOMPARE(quoted.json.value(QStringLiteral("member_wallet")).toInteger(), before.wallet);
        QCOMPARE(paid.exitCode, 0);
        const QJsonObject split = paid.json.value(QStringLiteral("checkout")).toObject();
        QCOMPARE(split.value(QStringLiteral("points")).toInteger(), paidPoints);
        QCOMPARE(split.value(QStringLiteral("wallet")).toInteger(), paidWallet);
        QCOMPARE(paid.json.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(after.points, before.points - paidPoints);
        QCOMPARE(after.wallet, before.wallet - paidWallet);
        QCOMPARE(orchardctl({QStringLiteral("verify")}).exitCode, 0);
    }

    void walletAndProgrammeCommands()
    {
        Run shown = orchardctl({QStringLiteral("programme"), QStringLiteral("show")});
        QCOMPARE(shown.json.value(QStringLiteral("currency")).toString(), QStringLiteral("INR"));
        QCOMPARE(shown.json.value(QStringLiteral("point_value")).toString(), QStringLiteral("100/1"));
        QCOMPARE(shown.json.value(QStringLiteral("funding")).toString(), QStringLiteral("prepaid"));
        const Run set = orchardctl({QStringLiteral("programme"), QStringLiteral("set"), QStringLiteral("--point-value"),
                                    QStringLiteral("25/1"), QStringLiteral("--reason"), QStringLiteral("25 paise a point")});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(orchardctl({QStringLiteral("programme"), QStringLiteral("history")}).json.value(QStringLiteral("versions")).toArray().size(), 2);

        const Run funded = orchardctl({QStringLiteral("wallet"), QStringLiteral("fund"), QStringLiteral("250000.00"),
                                       QStringLiteral("--ref"), QStringLiteral("NEFT-7"), QStringLiteral("--key"), QStringLiteral("f1")});
        QCOMPARE(funded.exitCode, 0);
        QCOMPARE(funded.json.value(QStringLiteral("amount")).toInteger(), 25'000'000);
        QCOMPARE(funded.json.value(QStringLiteral("balance")).toInteger(), 25'000'000);
        // A retry with the same key returns the first result and funds nothing more.
        QCOMPARE(orchardctl({QStringLiteral("wallet"), QStringLiteral("fund"), QStringLiteral("250000.00"), QStringLiteral("--ref"),
                             QStringLiteral("NEFT-7"), QStringLiteral("--key"), QStringLiteral("f1")}).json,
                 funded.json);
        QCOMPARE(orchardctl({QStringLiteral("wallet"), QStringLiteral("threshold"), QStringLiteral("300000")}).exitCode, 0);
        Run wallet = orchardctl({QStringLiteral("wallet"), QStringLiteral("balance")});
        QCOMPARE(wallet.json.value(QStringLiteral("balance")).toInteger(), 25'000'000);
        QCOMPARE(wallet.json.value(QStringLiteral("threshold")).toInteger(), 30'000'000);
        QCOMPARE(wallet.json.value(QStringLiteral("below_threshold")).toBool(), true);

        // 25 paise a point: reserving 1,000 points holds ₹250 = 25,000 paise of funding.
        orchardctl({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m")});
        orchardctl({QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("1000")});
        const Run reserved = orchardctl({QStringLiteral("reserve"), QStringLiteral("m"), QStringLiteral("1000"), QStringLiteral("--source"),
                                         QStringLiteral("loyalife"), QStringLiteral("--ref"), QStringLiteral("r1")});
        QCOMPARE(reserved.json.value(QStringLiteral("funding")).toInteger(), 25'000);
        wallet = orchardctl({QStringLiteral("wallet"), QStringLiteral("balance")});
        QCOMPARE(wallet.json.value(QStringLiteral("balance")).toInteger(), 25'000'000 - 25'000);
        QCOMPARE(wallet.json.value(QStringLiteral("held")).toInteger(), 25'000);
        const Run history = orchardctl({QStringLiteral("wallet"), QStringLiteral("history")});
        QCOMPARE(history.json.value(QStringLiteral("count")).toInt(), 2);  // the funding and the hold
        const QJsonObject newest = history.json.value(QStringLiteral("movements")).toArray().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("amount")).toInteger(), -25'000);
        QCOMPARE(newest.value(QStringLiteral("balance")).toInteger(), 25'000'000 - 25'000);

        QCOMPARE(orchardctl({QStringLiteral("member-wallet"), QStringLiteral("credit"), QStringLiteral("m"), QStringLiteral("99.99"),
                             QStringLiteral("--ref"), QStringLiteral("cashback")}).exitCode, 0);
        QCOMPARE(orchardctl({QStringLiteral("member-wallet"), QStringLiteral("balance"), QStringLiteral("m")}).json.value(QStringLiteral("wallet")).toInteger(),
                 9999);
        QCOMPARE(orchardctl({QStringLiteral("balance"), QStringLiteral("m")}).json.value(QStringLiteral("wallet")).toInteger(), 9999);
        QCOMPARE(orchardctl({QStringLiteral("verify")}).exitCode, 0);
    }

    // Reports through orchardctl: JSON figures, RFC 4180 CSV to a file, and an A4 PDF that
    // pdftoppm renders (landscape for the nine-column liability table).
    void reportsThroughTheCommandLine()
    {
        const QStringList day0{QStringLiteral("--now"), QStringLiteral("2026-01-01T00:00:00Z")};
        QCOMPARE(orchardctl(day0 + QStringList{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--expiry-days"),
                                               QStringLiteral("365"), QStringLiteral("--grace-days"), QStringLiteral("0"),
                                               QStringLiteral("--reason"), QStringLiteral("one year")}).exitCode, 0);
        orchardctl(day0 + QStringList{QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m")});
        const Run issued = orchardctl(day0 + QStringList{QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("1200")});
        QCOMPARE(issued.json.value(QStringLiteral("expires_at")).toString(), QStringLiteral("2027-01-01T00:00:00Z"));
        orchardctl({QStringLiteral("--now"), QStringLiteral("2026-02-01T00:00:00Z"), QStringLiteral("redeem"), QStringLiteral("m"),
                    QStringLiteral("200"), QStringLiteral("--source"), QStringLiteral("marketplace"), QStringLiteral("--ref"), QStringLiteral("o")});

        // As of April 1st: 1,000 points, 90 days old (bucket 0-90), ₹1,000.00; rates 0.05, 0.2, 0.45 → ₹50.00.
        const QStringList liability{QStringLiteral("report"), QStringLiteral("liability"), QStringLiteral("--as-of"),
                                    QStringLiteral("2026-04-01T00:00:00Z"), QStringLiteral("--breakage"), QStringLiteral("0.05,0.2,0.45")};
        const Run json = orchardctl(liability + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject first = json.json.value(QStringLiteral("buckets")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("outstanding")).toInteger(), 1000);
        QCOMPARE(first.value(QStringLiteral("value")).toInteger(), 100000);
        QCOMPARE(first.value(QStringLiteral("expected_breakage")).toInteger(), 5000);
        QCOMPARE(json.json.value(QStringLiteral("total")).toObject().value(QStringLiteral("net_liability")).toInteger(), 95000);

        const QString csvPath = m_dir.filePath(QStringLiteral("liability.csv"));
        const Run csv = orchardctl(liability + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csvPath});
        QCOMPARE(csv.exitCode, 0);
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        // What the figures are first (issue 20: the as-of and parameters in every CSV), then the table.
        QCOMPARE(csvFile.readAll(),
                 QByteArray("# Liability by ageing bucket\r\n# as_of: 2026-04-01T00:00:00Z\r\n"
                            "# breakage: 0.050000,0.200000,0.450000\r\n# breakage_applied: 0.050000,0.200000,0.450000\r\n"
                            "# buckets: 0-90,91-180,181+\r\n# currency: INR\r\n# point_value: 100/1\r\n"
                            "# rounding: value = floor(points x point value); breakage half to even per bucket; totals are sums of the "
                            "rounded buckets\r\n"
                            "bucket_days,outstanding_points,value_INR,breakage_rate,rate_basis,history_outstanding_D,history_expired_X,"
                            "expected_breakage_INR,net_liability_INR\r\n"
                            "0-90,1000,1000.00,0.0500,manual,,,50.00,950.00\r\n"
                            "91-180,0,0.00,0.2000,manual,,,0.00,0.00\r\n"
                            "181+,0,0.00,0.4500,manual,,,0.00,0.00\r\n"
                            "total,1000,1000.00,,,,,50.00,950.00\r\n"));

        const QString pdfPath = m_dir.filePath(QStringLiteral("liability.pdf"));
        QCOMPARE(orchardctl(liability + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdfPath}).exitCode, 0);
        // A4 landscape at 30 dpi: 297 mm × 210 mm → 351 × 248 pixels.
        QCOMPARE(firstPageAt30Dpi(pdfPath), QSize(351, 248));

        const Run badRate = orchardctl({QStringLiteral("report"), QStringLiteral("liability"), QStringLiteral("--breakage"), QStringLiteral("0.05,0.2")});
        QCOMPARE(badRate.exitCode, 2);
        QCOMPARE(badRate.json.value(QStringLiteral("field")).toString(), QStringLiteral("breakage"));
        const Run unknown = orchardctl({QStringLiteral("report"), QStringLiteral("balance-sheet")});
        QCOMPARE(unknown.json.value(QStringLiteral("field")).toString(), QStringLiteral("report"));
    }

    // The issue's adjustments and a quarter's statement through orchardctl: a negative POINTS
    // argument, the statement's figures to the point, its CSV byte for byte, its lines against the
    // journal's, and its A4 PDF rendered by pdftoppm.
    void correctionsAndStatementThroughTheCommandLine()
    {
        const auto at = [](const char *iso) { return QStringList{QStringLiteral("--now"), QString::fromLatin1(iso)}; };
        QCOMPARE(orchardctl(at("2026-01-01T00:00:00Z") + QStringList{QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m"),
                                                                     QStringLiteral("--name"), QStringLiteral("Asha Rao")}).exitCode, 0);
        // 200 expiring in June, then 100 expiring in March (entries 1 and 2).
        QCOMPARE(orchardctl(at("2026-01-02T00:00:00Z") + QStringList{QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("200"),
                                                                     QStringLiteral("--expires-at"), QStringLiteral("2026-06-30T00:00:00Z"),
                                                                     QStringLiteral("--key"), QStringLiteral("award-1")}).exitCode, 0);
        const Run march = orchardctl(at("2026-01-03T00:00:00Z") + QStringList{QStringLiteral("issue"), QStringLiteral("m"), QStringLiteral("100"),
                                                                             QStringLiteral("--expires-at"), QStringLiteral("2026-03-31T00:00:00Z"),
                                                                             QStringLiteral("--key"), QStringLiteral("award-2")});
        // 250 redeemed on 1 February: all of March's 100, then 150 of June's.
        QCOMPARE(orchardctl(at("2026-02-01T00:00:00Z") + QStringList{QStringLiteral("redeem"), QStringLiteral("m"), QStringLiteral("250"),
                                                                     QStringLiteral("--source"), QStringLiteral("marketplace"), QStringLiteral("--ref"),
                                                                     QStringLiteral("order-1")}).exitCode, 0);
        // 50 available: −150 is refused, −20 taken from June's lot (March's is empty).
        const QStringList adjust{QStringLiteral("adjust"), QStringLiteral("m")};
        const Run refused = orchardctl(at("2026-02-02T00:00:00Z") + adjust + QStringList{QStringLiteral("-150"), QStringLiteral("--reason"), QStringLiteral("dup")});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(), QStringLiteral("insufficient_points"));
        QCOMPARE(refused.json.value(QStringLiteral("available")).toInteger(), 50);
        const Run debit = orchardctl(at("2026-02-02T00:00:00Z") + adjust + QStringList{QStringLiteral("-20"), QStringLiteral("--reason"),
                                                                                        QStringLiteral("duplicate award"), QStringLiteral("--key"),
                                                                                        QStringLiteral("fix-1")});
        QCOMPARE(debit.exitCode, 0);
        QCOMPARE(debit.json.value(QStringLiteral("points")).toInteger(), -20);
        QCOMPARE(debit.json.value(QStringLiteral("available")).toInteger(), 30);
        QCOMPARE(debit.json.value(QStringLiteral("lots")).toArray().at(0).toObject().value(QStringLiteral("lot")).toInteger(), 1);
        const Run credit = orchardctl(at("2026-02-03T00:00:00Z") + adjust + QStringList{QStringLiteral("40"), QStringLiteral("--reason"),
                                                                                         QStringLiteral("goodwill"), QStringLiteral("--key"),
                                                                                         QStringLiteral("fix-2")});
        QCOMPARE(credit.json.value(QStringLiteral("lot")).toInteger(), 3);
        // March's lot is empty, so it cannot be cancelled; the credit lot can be extended.
        QCOMPARE(orchardctl(at("2026-02-04T00:00:00Z") + QStringList{QStringLiteral("lot"), QStringLiteral("cancel"),
                                                                     QString::number(march.json.value(QStringLiteral("lot")).toInteger()),
                                                                     QStringLiteral("--reason"), QStringLiteral("x")}).json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("lot_not_open"));

        // Q1: 0 + 300 earned − 250 redeemed − 20 + 40 adjusted = 70. June's lot keeps 30, expiring
        // 30 June, exactly 90 days after 1 April; the credit never expires.
        const QStringList statement{QStringLiteral("statement"), QStringLiteral("m"), QStringLiteral("--from"), QStringLiteral("2026-01-01T00:00:00Z"),
                                    QStringLiteral("--to"), QStringLiteral("2026-04-01T00:00:00Z")};
        const Run quarter = orchardctl(at("2026-04-02T00:00:00Z") + statement + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(quarter.exitCode, 0);
        QCOMPARE(quarter.json.value(QStringLiteral("opening")).toInteger(), 0);
        QCOMPARE(quarter.json.value(QStringLiteral("closing")).toInteger(), 70);
        QCOMPARE(quarter.json.value(QStringLiteral("held")).toInteger(), 0);
        const QJsonObject totals = quarter.json.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("earned")).toInteger(), 300);
        QCOMPARE(totals.value(QStringLiteral("redeemed")).toInteger(), -250);
        QCOMPARE(totals.value(QStringLiteral("adjusted")).toInteger(), 20);
        QVERIFY(quarter.json.value(QStringLiteral("ties")).toBool());
        QCOMPARE(quarter.json.value(QStringLiteral("expiring")).toObject().value(QStringLiteral("within_60_days")).toInteger(), 0);
        QCOMPARE(quarter.json.value(QStringLiteral("expiring")).toObject().value(QStringLiteral("within_90_days")).toInteger(), 30);
        QCOMPARE(orchardctl(at("2026-04-02T00:00:00Z") + QStringList{QStringLiteral("balance"), QStringLiteral("m")}).json.value(QStringLiteral("posted")).toInteger(), 70);

        // Its lines are the journal's entries for the member that moved points, in order.
        const Run journal = orchardctl(at("2026-04-02T00:00:00Z") + QStringList{QStringLiteral("log"), QStringLiteral("--member"), QStringLiteral("m"),
                                                                               QStringLiteral("--from"), QStringLiteral("2026-01-01T00:00:00Z"),
                                                                               QStringLiteral("--to"), QStringLiteral("2026-04-01T00:00:00Z")});
        QList<qint64> journalIds;
        for (const QJsonValue &entry : journal.json.value(QStringLiteral("entries")).toArray())
            journalIds.prepend(entry.toObject().value(QStringLiteral("entry")).toInteger());  // the log is newest first
        QList<qint64> statementIds;
        for (const QJsonValue &line : quarter.json.value(QStringLiteral("lines")).toArray())
            statementIds.append(line.toObject().value(QStringLiteral("entry")).toInteger());
        QCOMPARE(statementIds, journalIds);
        QCOMPARE(statementIds.size(), 5);

        const QString csvPath = m_dir.filePath(QStringLiteral("statement.csv"));
        QCOMPARE(orchardctl(at("2026-04-02T00:00:00Z") + statement + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csvPath}).exitCode, 0);
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll(), QByteArray("# Statement for m (Asha Rao)\r\n# from: 2026-01-01T00:00:00Z\r\n# member: m\r\n"
                                               "# to: 2026-04-01T00:00:00Z\r\n"
                                               "posted_at,type,source,reference,reason,points,balance_points\r\n"
                                               "2026-01-01T00:00:00Z,opening balance,,,,,0\r\n"
                                               "2026-01-02T00:00:00Z,earned,admin,award-1,,200,200\r\n"
                                               "2026-01-03T00:00:00Z,earned,admin,award-2,,100,300\r\n"
                                               "2026-02-01T00:00:00Z,redeemed,marketplace,order-1,redeem,-250,50\r\n"
                                               "2026-02-02T00:00:00Z,adjusted,admin,fix-1,duplicate award,-20,30\r\n"
                                               "2026-02-03T00:00:00Z,adjusted,admin,fix-2,goodwill,40,70\r\n"
                                               "2026-04-01T00:00:00Z,closing balance,,,,70,70\r\n"));

        const QString pdfPath = m_dir.filePath(QStringLiteral("statement.pdf"));
        QCOMPARE(orchardctl(at("2026-04-02T00:00:00Z") + statement + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdfPath}).exitCode, 0);
        // A4 landscape (seven columns) at 30 dpi: 351 × 248 pixels.
        QCOMPARE(firstPageAt30Dpi(pdfPath), QSize(351, 248));

        const Run unknown = orchardctl(at("2026-04-02T00:00:00Z") + QStringList{QStringLiteral("statement"), QStringLiteral("nobody"), QStringLiteral("--from"),
                                                                               QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("--to"),
                                                                               QStringLiteral("2026-04-01T00:00:00Z")});
        QCOMPARE(unknown.json.value(QStringLiteral("error")).toString(), QStringLiteral("unknown_member"));
        QCOMPARE(orchardctl(at("2026-04-02T00:00:00Z") + QStringList{QStringLiteral("verify")}).exitCode, 0);
    }

    void importEarningsFromAFile()
    {
        // The issue's ten rows with three bad (row 3 points -40, row 6 an unknown event type, row
        // 9 a date that is not ISO 8601); the seven good award 500+250+500+100+500+75+500 = 2,425.
        const QString file = m_dir.filePath(QStringLiteral("earnings.csv"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("employee_id;event_id;event_type;points;occurred_at;name;department\r\n"
                  "e1;ev1;milestone;;2026-02-01;Asha Rao;Ops\r\ne2;ev2;;250;2026-02-02;Ben Okoro;Sales\r\n"
                  "e3;ev3;;-40;2026-02-03;Cara;Ops\r\ne1;ev4;milestone;;2026-02-04;Asha Rao;Finance\r\n"
                  "e4;ev5;;100;2026-02-05;\"Chen; Li\";Ops\r\ne5;ev6;onboarding;;2026-02-06;Dev;Ops\r\n"
                  "e2;ev7;milestone;;2026-02-07;Ben Okoro;Sales\r\ne6;ev8;;75;2026-02-08;Dana;Ops\r\n"
                  "e7;ev9;milestone;;03/02/2026;Eli;Ops\r\ne8;ev10;milestone;;2026-02-10;Eve;HR\r\n");
        csv.close();
        // The rule is in force from 1 January (a global option after the command wins).
        const auto addRule = [&](const QString &db) {
            return orchardctl({QStringLiteral("earn-rule"), QStringLiteral("add"), QStringLiteral("milestone"), QStringLiteral("--points"),
                               QStringLiteral("500"), QStringLiteral("--reason"), QStringLiteral("policy"), QStringLiteral("--now"),
                               QStringLiteral("2026-01-01T00:00:00Z")},
                              db)
                .exitCode;
        };
        QCOMPARE(addRule(m_db), 0);
        const qint64 entriesBefore = entryCount();
        const auto importing = [&](const QStringList &flags) {
            return orchardctl(QStringList{QStringLiteral("import"), QStringLiteral("earnings"), file} + flags);
        };

        const Run dryRun = importing({QStringLiteral("--dry-run")});
        QCOMPARE(dryRun.exitCode, 0);
        QCOMPARE(dryRun.json.value(QStringLiteral("imported")).toInteger(), 7);
        QCOMPARE(dryRun.json.value(QStringLiteral("refused")).toInteger(), 3);
        const QJsonArray listed = dryRun.json.value(QStringLiteral("errors")).toArray();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0)[QStringLiteral("row")].toInteger(), 3);
        QCOMPARE(listed.at(0)[QStringLiteral("column")].toString(), QStringLiteral("points"));
        QCOMPARE(listed.at(1)[QStringLiteral("row")].toInteger(), 6);
        QCOMPARE(listed.at(1)[QStringLiteral("column")].toString(), QStringLiteral("event_type"));
        QCOMPARE(listed.at(2)[QStringLiteral("row")].toInteger(), 9);
        QCOMPARE(listed.at(2)[QStringLiteral("column")].toString(), QStringLiteral("occurred_at"));
        QCOMPARE(entryCount(), entriesBefore);

        const QString errors = m_dir.filePath(QStringLiteral("refused.csv"));
        const Run first = importing({QStringLiteral("--errors"), errors});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json.value(QStringLiteral("imported")).toInteger(), 7);
        QCOMPARE(first.json.value(QStringLiteral("points")).toInteger(), 2425);
        QCOMPARE(balanceOf(QStringLiteral("e1")).points, 1000);
        QCOMPARE(balanceOf(QStringLiteral("e2")).points, 750);
        QFile refused(errors);
        QVERIFY(refused.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = refused.readAll().split('\n');
        QCOMPARE(lines.size(), 5);  // the header, three rows and the empty rest after the last CRLF
        QCOMPARE(lines.at(0), QByteArray("row,column,code,message\r"));
        QVERIFY2(lines.at(1).startsWith("3,points,invalid_argument,"), lines.at(1).constData());
        QVERIFY2(lines.at(2).startsWith("6,event_type,unknown_event_type,"), lines.at(2).constData());
        QVERIFY2(lines.at(3).startsWith("9,occurred_at,invalid_argument,"), lines.at(3).constData());

        const Run again = importing({});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json.value(QStringLiteral("imported")).toInteger(), 0);
        QCOMPARE(again.json.value(QStringLiteral("already_in")).toInteger(), 7);
        QVERIFY2(orchardctl({QStringLiteral("import"), QStringLiteral("earnings"), file}).exitCode == 0, "plain text output");

        // --atomic on a fresh ledger: nothing goes in, exit 3, the counts and errors in the JSON.
        const QString fresh = m_dir.filePath(QStringLiteral("atomic.sqlite"));
        QCOMPARE(orchardctl({QStringLiteral("init")}, fresh).exitCode, 0);
        QCOMPARE(addRule(fresh), 0);
        const Run atomic = orchardctl({QStringLiteral("import"), QStringLiteral("earnings"), file, QStringLiteral("--atomic")}, fresh);
        QCOMPARE(atomic.exitCode, 3);
        QCOMPARE(atomic.json.value(QStringLiteral("error")).toString(), QStringLiteral("import_refused"));
        QCOMPARE(atomic.json.value(QStringLiteral("refused")).toInteger(), 3);
        QCOMPARE(atomic.json.value(QStringLiteral("imported")).toInteger(), 0);
        QCOMPARE(orchardctl({QStringLiteral("log")}, fresh).json.value(QStringLiteral("count")).toInteger(), 0);

        // The errors file may not be the ledger (nor its -wal): refused before a row is read, the ledger intact.
        for (const QString &target : {m_db, m_db + QStringLiteral("-wal"), fresh}) {
            const Run overLedger = importing({QStringLiteral("--errors"), target});
            QCOMPARE(overLedger.exitCode, 2);
            QCOMPARE(overLedger.json.value(QStringLiteral("field")).toString(), QStringLiteral("errors"));
        }
        QCOMPARE(orchardctl({QStringLiteral("verify")}).exitCode, 0);
        QCOMPARE(orchardctl({QStringLiteral("verify")}, fresh).exitCode, 0);

        const Run badMap = importing({QStringLiteral("--map"), QStringLiteral("employee_id=Emp No")});
        QCOMPARE(badMap.exitCode, 2);
        QCOMPARE(badMap.json.value(QStringLiteral("field")).toString(), QStringLiteral("map"));
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
