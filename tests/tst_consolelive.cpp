// The console follows the ledger while another process writes it (issue 20): orchardctl redeems
// and reserves on the same SQLite file while the console shows Transactions, Reservations, the
// funding wallet and the Overview, and each screen shows the change within 2 s without F5. A
// hold's time left counts down between reads.
#include "consolesession.h"
#include "holdspage.h"
#include "mainwindow.h"
#include "testledger.h"
#include "overviewpage.h"
#include "transactionsmodel.h"
#include "transactionspage.h"
#include "walletpage.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace orchard;
using namespace orchard::test;
using namespace orchard::ui;

namespace {

int orchardctl(const QString &db, const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("ORCHARDCTL"), QStringList{QStringLiteral("--db"), db} + arguments);
    if (!process.waitForFinished(60'000))
        qFatal("orchardctl did not finish");
    if (process.exitCode() != 0)
        qWarning("orchardctl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), process.readAllStandardError().constData());
    return process.exitCode();
}

// How long `shown` took to become true, from now; -1 when it did not within 5 s.
qint64 msUntil(const std::function<bool()> &shown)
{
    QElapsedTimer since;
    since.start();
    if (!QTest::qWaitFor(shown, 5'000))
        return -1;
    return since.elapsed();
}

}  // namespace

class ConsoleLiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("orchard-tests"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));  // "10,000 available" whatever the machine's
    }
    void screensFollowAnotherProcessWithinTwoSeconds();
};

// m1 has 10,000 points and the wallet ₹1,000.00 (point value 100/1: a point is ₹1). orchardctl
// redeems 250 (m1 9,750; the wallet ₹750.00), then reserves 40 (a live hold of 40).
void ConsoleLiveTest::screensFollowAnotherProcessWithinTwoSeconds()
{
    // A SQLite file, or a PostgreSQL database when the suite runs as tst_consolelive_postgresql:
    // the watch reads the same change mark on both.
    const TestDatabase where;
    const QString db = where.text();
    QCOMPARE(orchardctl(db, {QStringLiteral("init")}), 0);
    QCOMPARE(orchardctl(db, {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m1")}), 0);
    QCOMPARE(orchardctl(db, {QStringLiteral("issue"), QStringLiteral("m1"), QStringLiteral("10000"), QStringLiteral("--reason"), QStringLiteral("start")}), 0);
    QCOMPARE(orchardctl(db, {QStringLiteral("wallet"), QStringLiteral("fund"), QStringLiteral("1000.00"), QStringLiteral("--ref"), QStringLiteral("NEFT-1")}), 0);

    auto session = ConsoleSession::open(where.location(), Role::Admin);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    MainWindow window(*session.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TransactionsModel *transactions = window.transactions()->model();
    QVERIFY(QTest::qWaitFor([&] { return transactions->rowCount() == 2 && window.wallet()->wallet(); }, 10'000));  // the issue and the funding
    QVERIFY(QTest::qWaitFor([&] { return window.overview()->pointsLabel()->text().startsWith(QStringLiteral("10,000 available")); }, 10'000));
    QCOMPARE(window.wallet()->wallet()->balanceMinor, 100'000);
    QTest::qWait(1500);  // the watch has read the ledger's mark at least once

    QCOMPARE(orchardctl(db, {QStringLiteral("redeem"), QStringLiteral("m1"), QStringLiteral("250"), QStringLiteral("--source"),
                             QStringLiteral("marketplace"), QStringLiteral("--ref"), QStringLiteral("order-1")}),
             0);
    const qint64 rowsMs = msUntil([&] { return transactions->rowCount() == 3; });
    const qint64 overviewMs = msUntil([&] { return window.overview()->pointsLabel()->text().startsWith(QStringLiteral("9,750 available")); });
    const qint64 walletMs = msUntil([&] { return window.wallet()->wallet() && window.wallet()->wallet()->balanceMinor == 75'000; });
    qInfo("after the redemption: transactions %lld ms, overview %lld ms, wallet %lld ms", rowsMs, overviewMs, walletMs);
    // Each wait starts after the previous one ended, so every figure is at most the time from the write.
    QVERIFY2(rowsMs >= 0 && rowsMs <= 2000, qPrintable(QString::number(rowsMs)));
    QVERIFY2(overviewMs >= 0 && rowsMs + overviewMs <= 2000, qPrintable(QString::number(overviewMs)));
    QVERIFY2(walletMs >= 0 && rowsMs + overviewMs + walletMs <= 2000, qPrintable(QString::number(walletMs)));
    QVERIFY(window.overview()->walletLabel()->text().contains(QStringLiteral("750.00 INR available")));
    // ₹750.00 backs 9,750 points worth ₹9,750.00: 75,000 × 100 ÷ 975,000 = 7 %.
    QVERIFY2(window.overview()->coverLabel()->text().contains(QStringLiteral("Warning: the wallet covers only 7 % of the 9,750.00 INR")),
             qPrintable(window.overview()->coverLabel()->text()));
    QVERIFY2(window.overview()->lifecycleLabel()->text().contains(QStringLiteral("10,000 issued · 250 redeemed · 0 expired")),
             qPrintable(window.overview()->lifecycleLabel()->text()));

    QCOMPARE(orchardctl(db, {QStringLiteral("reserve"), QStringLiteral("m1"), QStringLiteral("40"), QStringLiteral("--source"),
                             QStringLiteral("loyalife"), QStringLiteral("--ref"), QStringLiteral("voucher-1"), QStringLiteral("--timeout"),
                             QStringLiteral("900")}),
             0);
    QStandardItemModel *holds = window.holds()->openModel();
    const qint64 holdMs = msUntil([&] { return holds->rowCount() == 1; });
    qInfo("after the reservation: reservations %lld ms", holdMs);
    QVERIFY2(holdMs >= 0 && holdMs <= 2000, qPrintable(QString::number(holdMs)));
    QCOMPARE(holds->index(0, 3).data().toString(), QStringLiteral("voucher-1"));
    QVERIFY(QTest::qWaitFor([&] { return window.overview()->holdsLabel()->text().contains(QStringLiteral("1 live, 0 due")); }, 2'000));
    QCOMPARE(holds->index(0, 4).data().toString(), QStringLiteral("40"));
    // 900 s: "14 min 5x s", and a second later less.
    const QString left = holds->index(0, 5).data().toString();
    QVERIFY2(left.startsWith(QStringLiteral("14 min ")), qPrintable(left));
    QVERIFY(QTest::qWaitFor([&] { return holds->index(0, 5).data().toString() != left; }, 2'500));
    QCOMPARE(HoldsPage::timeLeft(86'399'000), HoldsPage::tr("%1 h %2 min").arg(23).arg(59));
    QCOMPARE(HoldsPage::timeLeft(-5), HoldsPage::tr("due now"));
}

QTEST_MAIN(ConsoleLiveTest)
#include "tst_consolelive.moc"
