// The admin console on the offscreen platform: each screen opens on a fixed ledger, filters give
// hand-checked rows and sums, keyset paging returns every row once while entries keep arriving,
// roles hide what they may not do, releasing a hold is audited; screenshots of every screen.
#include "auditpage.h"
#include "connectdialog.h"
#include "connectionhistory.h"
#include "consolelauncher.h"
#include "consolesession.h"
#include "demo/demogenerator.h"
#include "expirypolicypage.h"
#include "holdspage.h"
#include "issuepointsdialog.h"
#include "ledger/ledger.h"
#include "mainwindow.h"
#include "memberdialog.h"
#include "memberspage.h"
#include "money/money.h"
#include "overviewpage.h"
#include "passwordvault.h"
#include "settings/programmebook.h"
#include "reportpage.h"
#include "reportpdf.h"
#include "rulespage.h"
#include "schedulespage.h"
#include "settings/splitrulesbook.h"
#include "walletpage.h"
#include "webhookspage.h"
#include "webhooks/webhookstore.h"
#include "testledger.h"
#include "transactionsmodel.h"
#include "transactionspage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSpinBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

#include "approvals/approvaldesk.h"
#include "approvalspage.h"
#include "reports/reportformat.h"
#include "statementdialog.h"
#include "importearningswizard.h"
#include "sourcespage.h"
#include "ledger/sourceregistry.h"
#include "earning/earnrulebook.h"
#include <QSpinBox>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTextDocument>
#include <QTranslator>
#include <QScopeGuard>

using namespace orchard;
using namespace orchard::test;
using namespace orchard::ui;

namespace {

std::unique_ptr<ConsoleSession> sessionOn(const TestDatabase &where, Role role, const Clock *clock = nullptr)
{
    auto session = ConsoleSession::open(where.location(), role, clock);
    if (!session)
        qFatal("cannot open the console session: %s", qPrintable(session.error().message));
    return std::move(session.value());
}

// The figures a test spells out ("6,000") are in this locale, whatever the machine's.
struct EnglishNumbers
{
    QLocale saved;
    EnglishNumbers() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishNumbers() { QLocale::setDefault(saved); }
};

// The demo ledger the screenshots and the split-preview comparison use: 80 members, 60 days up to
// now, seed 7.
bool fillDemoLedger(Database &database)
{
    DemoGenerator::Options demo;
    demo.members = 80;
    demo.days = 60;
    demo.seed = 7;
    demo.endMs = QDateTime::currentMSecsSinceEpoch();
    return bool(DemoGenerator::run(database, demo));
}

// Waits for the first page and the totals after a filter change (an answer may come before a
// signal spy could see it: a fast read can finish before its continuation is attached).
void settle(TransactionsModel *model)
{
    if (!QTest::qWaitFor([model] { return model->isSettled(); }, 10'000))
        qFatal("the transactions model did not settle");
}

}  // namespace

class ConsoleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void transactionsFilters();
    void transactionsSumPerKindAndRefuseImpossibleFilters();
    void entryDetailReadsAsMoneyAndTime();
    void keysetPagingReturnsEveryRowOnceWhileEntriesArrive();
    void referenceSearchFindsEveryMatchThroughTheIndex();
    void rolesHideWhatTheyMayNotDo();
    void releasingAHoldIsAudited();
    void membersAndAuditScreens();
    void recentConnectionsAreKeptInOrder();
    void connectDialogRefusesIncompleteInput();
    void openingAnotherLedgerReplacesTheWindow();
    void numbersFollowTheLocale();
    void reportScreensShowTheEnginesTables();
    void liabilityScreenSharesByDepartmentAsTheCliDoes();
    void liabilityScreenWritesTheQuartersEvidencePack();
    void reportScreenNamesAWrongField();
    void aReportPdfNeverCutsANumber();
    void liabilityScreenWorksOnAYoungLedgerAndNeverShowsStaleFigures();
    void issuePointsDialogRefusesWhatWouldBeAMistake();
    void aSearchWithoutTheMemberLeavesNobodyToIssueTo();
    void reportScreensFollowTheRole();
    void fundingThroughTheWalletScreen();
    void ruleEditorPreviewsTheWorkedCasesAndSavesOneVersion();
    void expiryPolicyShowsItsWhatIfBeforeSave();
    void splitPreviewQuotesWhatCheckoutQuoteQuotes();
    void overviewShowsTheProgrammeAndOpensItsScreens();
    void theViewMenuListsEveryScreenWithItsShortcutAndFinds();
    void schedulesAreAddedAndRemoved();
    void webhooksScreenShowsDeliveriesAndReplays();
    void correctionsAndApprovalsThroughTheConsole();
    void refundFromTheTransactionsScreen();
    void importWizardMapsPreviewsDryRunsImportsAndCancels();
    void sourcesScreenChangesWhatASourceMayDo();
    void issuePointsByAnEarningRule();
    void transactionsSortInSqlAndPageEveryRowOnce();
    void oneMembersEntriesCarryTheirRunningBalance();
    void aRowsMenuOffersWhatTheRowAndTheRoleAllow();
    void membersAreAddedAndEditedWithAnAuditRecord();
    void theLiabilityScreenIsTheEnginesReportNowAndAtEachQuarterEnd();
    void screenshotsOfEveryScreen_data();
    void screenshotsOfEveryScreen();

private:
    // A fixed ledger (clock 2026-01-01): alice 1,000, bob 500 and carol 200 points issued;
    // alice redeems 300 on marketplace (ref MP-1), bob 120 on loyalife (LL-1); carol holds 50 on
    // marketplace (MP-2, open).
    std::unique_ptr<TestLedger> m_ledger;
    qint64 m_openHold = 0;
};

void ConsoleTest::initTestCase()
{
    // Saved filters and column widths must not leak in from a developer's own console.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("orchard-tests"));
    QSettings().clear();
}

void ConsoleTest::init()
{
    m_ledger = std::make_unique<TestLedger>();
    TestLedger &t = *m_ledger;
    for (const auto &[member, points] : {std::pair{"alice", 1000}, std::pair{"bob", 500}, std::pair{"carol", 200}}) {
        t.addMember(QString::fromLatin1(member));
        t.issue(QString::fromLatin1(member), points);
    }
    t.clock().advanceMs(60'000);
    QVERIFY(t.ledger().redeem({QStringLiteral("alice"), 300, QStringLiteral("marketplace"), QStringLiteral("MP-1"), t.nextKey()}));
    QVERIFY(t.ledger().redeem({QStringLiteral("bob"), 120, QStringLiteral("loyalife"), QStringLiteral("LL-1"), t.nextKey()}));
    const Result<ReservationView> held =
        t.ledger().reserve({QStringLiteral("carol"), 50, QStringLiteral("marketplace"), QStringLiteral("MP-2"), t.nextKey(), 86'400});
    QVERIFY(held);
    m_openHold = held.value().reservationId;
}

void ConsoleTest::cleanup()
{
    m_ledger.reset();
}

void ConsoleTest::transactionsFilters()
{
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    TransactionsPage page(*session);
    TransactionsModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    settle(model);
    // Six entries: three issues (1,700 points), two redemptions (420), one reserve (50).
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->totals().count, 6);
    QCOMPARE(model->totals().points, 2170);

    const auto check = [&](const TransactionFilter &filter, qint64 count, Points points, const QString &firstReference) {
        page.applyFilter(filter);
        settle(model);
        QCOMPARE(model->rowCount(), int(count));
        QCOMPARE(model->totals().count, count);
        QCOMPARE(model->totals().points, points);
        if (!firstReference.isEmpty())
            QCOMPARE(model->index(0, TransactionsModel::Reference).data().toString(), firstReference);
    };
    TransactionFilter marketplace;
    marketplace.source = QStringLiteral("marketplace");
    check(marketplace, 2, 350, QStringLiteral("MP-2"));  // the hold (newest) and alice's 300
    TransactionFilter issues;
    issues.kind = QStringLiteral("issue");
    check(issues, 3, 1700, {});
    TransactionFilter bob;
    bob.memberId = QStringLiteral("bob");
    check(bob, 2, 620, QStringLiteral("LL-1"));
    TransactionFilter reserved;
    reserved.status = QStringLiteral("reserved");
    check(reserved, 1, 50, QStringLiteral("MP-2"));
    TransactionFilter range;
    range.minPoints = 120;
    range.maxPoints = 500;
    check(range, 4, 1120, {});  // 500 (bob's issue), 200 (carol's), 300, 120
    TransactionFilter reference;
    reference.referenceContains = QStringLiteral("LL");
    check(reference, 1, 120, QStringLiteral("LL-1"));
    TransactionFilter later;
    later.fromMs = TestLedger::startMs + 1;
    check(later, 3, 470, {});  // the two redemptions and the hold, a minute after the issues
    QCOMPARE(model->index(0, 0).data(TransactionsModel::PointsRole).toLongLong(), 50);
}

// The footer once added an issue's points to a redemption's. Per kind on the fixed ledger:
// three issues 1,700 points, two redemptions 420, one reserve 50. A minimum above the maximum is
// said to match nothing instead of quietly showing nothing; "Between" starts from whole days as of
// the session's clock (2026-01-01), so every entry of that morning is in; filters apply as typed.
void ConsoleTest::transactionsSumPerKindAndRefuseImpossibleFilters()
{
    const EnglishNumbers english;
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    TransactionsPage page(*session);
    TransactionsModel *model = page.model();
    settle(model);
    QCOMPARE(model->totals().byKind.size(), 3);
    QCOMPARE(model->totals().byKind.value(QStringLiteral("issue")).points, 1'700);
    QCOMPARE(model->totals().byKind.value(QStringLiteral("issue")).count, 3);
    QCOMPARE(model->totals().byKind.value(QStringLiteral("reserve")).points, 50);
    QCOMPARE(model->totals().byKind.value(QStringLiteral("confirm")).points, 420);  // a one-step redemption is a confirm
    // Kinds in words (LedgerWords), in the order of their identifiers: confirm, issue, reserve.
    const QString expected = QStringLiteral("6 entries (2 redemption: 420 points, 3 issue: 1,700 points, 1 hold: 50 points) · 0.00 INR in money");
    QVERIFY2(QTest::qWaitFor([&] { return page.totalsLabel()->text() == expected; }, 5'000), qPrintable(page.totalsLabel()->text()));

    page.minPointsBox()->setValue(500);
    page.maxPointsBox()->setValue(100);
    page.applyControls();
    QCOMPARE(page.totalsLabel()->text(), QStringLiteral("Points: the minimum 500 is above the maximum 100, so no entry could match."));
    QCOMPARE(model->rowCount(), 6);  // the list shown is still the last one that could match
    // A maximum that makes sense applies by itself after the typing pauses: 500 to 1,000 points.
    page.maxPointsBox()->setValue(1'000);
    QVERIFY(QTest::qWaitFor([&] { return model->isSettled() && model->rowCount() == 2; }, 5'000));  // alice's 1,000 and bob's 500
    page.minPointsBox()->setValue(0);
    page.maxPointsBox()->setValue(0);
    page.findChild<QCheckBox *>()->setChecked(true);  // Between
    QVERIFY(QTest::qWaitFor([&] { return model->isSettled() && model->rowCount() == 6 && model->filter().fromMs.has_value(); }, 5'000));
}

// The detail pane showed "-40000 INR" for ₹400.00, epoch milliseconds and raw JSON. A checkout
// of ₹700.00 paid with 300 points and ₹400.00 from the wallet, at 2026-01-01T00:01:00Z.
void ConsoleTest::entryDetailReadsAsMoneyAndTime()
{
    const EnglishNumbers english;
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    TransactionsPage page(*session);
    settle(page.model());
    TransactionDetail detail;
    detail.row.entryId = 41;
    detail.row.postedAtMs = QDateTime::fromString(QStringLiteral("2026-01-01T00:01:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    detail.row.memberId = QStringLiteral("alice");
    detail.row.kind = QStringLiteral("checkout");
    detail.row.source = QStringLiteral("marketplace");
    detail.row.reference = QStringLiteral("MP-9");
    detail.row.points = 300;
    detail.row.moneyMinor = 40'000;
    detail.row.status = QStringLiteral("confirmed");
    detail.actor = QStringLiteral("marketplace");
    detail.postings = {{{QStringLiteral("account"), QStringLiteral("member:alice")}, {QStringLiteral("amount"), -300}, {QStringLiteral("unit"), QStringLiteral("points")}},
                       {{QStringLiteral("account"), QStringLiteral("wallet:alice")}, {QStringLiteral("amount"), -40'000}, {QStringLiteral("unit"), QStringLiteral("INR")}}};
    detail.audit = {{QStringLiteral("record"), 12}, {QStringLiteral("action"), QStringLiteral("checkout.pay")},
                    {QStringLiteral("actor"), QStringLiteral("marketplace")}, {QStringLiteral("at_ms"), detail.row.postedAtMs},
                    {QStringLiteral("details"), QJsonObject{{QStringLiteral("wallet_paid"), 40'000}, {QStringLiteral("points"), 300}}},
                    {QStringLiteral("hash"), QStringLiteral("7a3632a8")}};
    QTextDocument document;
    document.setHtml(page.detailHtml(detail));
    const QString text = document.toPlainText();
    for (const char *expected : {"Entry 41: checkout", "2026-01-01 00:01:00 UTC", "−300 points", "−400.00 INR", "400.00 INR",
                                 "Wallet paid", "Audit record 12", "checkout.pay", "7a3632a8"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(QString::fromUtf8(expected) + QStringLiteral(" missing in:\n") + text));
    QVERIFY2(!text.contains(QStringLiteral("40000")) && !text.contains(QLatin1Char('{')), qPrintable(text));
}

void ConsoleTest::keysetPagingReturnsEveryRowOnceWhileEntriesArrive()
{
    TestLedger &t = *m_ledger;
    for (int i = 0; i < 1234 - 6; ++i) {
        t.clock().advanceMs(1000);
        t.issue(QStringLiteral("alice"), 1 + i % 7);
    }
    auto session = sessionOn(t.where(), Role::Admin, &t.clock());
    TransactionsModel model(session->service());  // no model tester here: it would fetch every page itself
    model.refresh();
    QVERIFY(QTest::qWaitFor([&model] { return !model.isLoading(); }, 10'000));
    QCOMPARE(model.rowCount(), 500);
    // Entries keep arriving between pages; they are newer than the first page, so never inside.
    // (The model tester may ask for the next page itself; whoever asks, each page comes once.)
    int added = 0;
    for (;;) {
        QVERIFY(QTest::qWaitFor([&model] { return !model.isLoading(); }, 10'000));
        if (!model.canFetchMore({}))
            break;
        t.clock().advanceMs(1000);
        t.issue(QStringLiteral("bob"), 1);
        ++added;
        model.fetchMore({});
    }
    QVERIFY(added >= 1);
    QCOMPARE(model.rowCount(), 1234);
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen.insert(model.index(row, 0).data(TransactionsModel::EntryIdRole).toLongLong());
    QCOMPARE(seen.size(), 1234);
    for (qint64 later = 1235; later <= 1234 + added; ++later)
        QVERIFY(!seen.contains(later));  // the entries that arrived after the first page
}

void ConsoleTest::referenceSearchFindsEveryMatchThroughTheIndex()
{
    TestLedger &t = *m_ledger;
    t.addMember(QStringLiteral("dora"));
    t.issue(QStringLiteral("dora"), 100'000);
    for (int i = 0; i < 1234; ++i) {
        t.clock().advanceMs(1000);
        QVERIFY(t.ledger().reserve({QStringLiteral("dora"), 1, QStringLiteral("marketplace"), QStringLiteral("ord-%1").arg(i), t.nextKey(), 86'400}));
    }
    JournalQuery query(t.database());
    query.setScanWindow(100);  // so that pages beyond the newest 100 entries come through the trigram index
    const auto everyPage = [&query](const QString &text) {
        TransactionFilter filter;
        filter.referenceContains = text;
        QStringList references;
        std::optional<TransactionKey> after;
        for (;;) {
            const QList<TransactionRow> page = query.page(filter, after, 10);
            if (page.isEmpty())
                break;
            for (const TransactionRow &row : page)
                references << row.reference;
            after = TransactionKey{page.last().postedAtMs, page.last().entryId, {}};
        }
        return std::pair{references, query.totals(filter).count};
    };
    // ord-12, ord-120…129, ord-1200…1233: 1 + 10 + 34 = 45 reservations, newest first.
    const auto [found, count] = everyPage(QStringLiteral("ord-12"));
    QCOMPARE(found.size(), 45);
    QCOMPARE(count, 45);
    QCOMPARE(found.first(), QStringLiteral("ord-1233"));
    QCOMPARE(found.last(), QStringLiteral("ord-12"));
    // As SQLite's LIKE: ASCII letters in either case.
    QCOMPARE(everyPage(QStringLiteral("ORD-12")).first.size(), 45);
    // rd-123: ord-123 and ord-1230…1233.
    QCOMPARE(everyPage(QStringLiteral("rd-123")).first,
             (QStringList{QStringLiteral("ord-1233"), QStringLiteral("ord-1232"), QStringLiteral("ord-1231"), QStringLiteral("ord-1230"),
                          QStringLiteral("ord-123")}));
    // LIKE's wildcards are plain characters in the filter (no index then): nothing has a '%'.
    QCOMPARE(everyPage(QStringLiteral("d-1%")).second, 0);
    // Two characters: fewer than a trigram, so the journal is scanned.
    QCOMPARE(everyPage(QStringLiteral("-9")).second, 1 + 10 + 100);  // ord-9, ord-90…99, ord-900…999
}

void ConsoleTest::rolesHideWhatTheyMayNotDo()
{
    auto hr = sessionOn(m_ledger->where(), Role::Hr, &m_ledger->clock());
    MainWindow hrWindow(*hr);
    QVERIFY(hrWindow.hasScreen(MainWindow::Screen::Overview));
    QVERIFY(hrWindow.hasScreen(MainWindow::Screen::Members));
    QVERIFY(!hrWindow.hasScreen(MainWindow::Screen::Transactions));
    QVERIFY(!hrWindow.hasScreen(MainWindow::Screen::Holds));
    QVERIFY(!hrWindow.hasScreen(MainWindow::Screen::Audit));
    QVERIFY(hrWindow.windowTitle().contains(QStringLiteral("hr")));

    auto finance = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    MainWindow financeWindow(*finance);
    QVERIFY(financeWindow.hasScreen(MainWindow::Screen::Transactions));
    const auto disabledWithReason = [](QWidget *page, const QString &text) {
        for (QPushButton *button : page->findChildren<QPushButton *>())
            if (button->text() == text)
                return !button->isEnabled() && !button->toolTip().isEmpty();
        return false;
    };
    QVERIFY(disabledWithReason(financeWindow.members(), MembersPage::tr("&Issue points…")));
    QVERIFY(disabledWithReason(financeWindow.holds(), HoldsPage::tr("&Release hold…")));
    // And the page refuses even when called directly.
    QSignalSpy released(financeWindow.holds(), &HoldsPage::released);
    financeWindow.holds()->releaseHold(m_openHold, QStringLiteral("not allowed"));
    QCOMPARE(released.size(), 1);
    QCOMPARE(released.first().at(1).toBool(), false);
    QCOMPARE(m_ledger->ledger().reservation(m_openHold).value().status, reservationstatus::reserved);
}

void ConsoleTest::releasingAHoldIsAudited()
{
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    HoldsPage page(*session);
    QAbstractItemModelTester openTester(page.openModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester closedTester(page.closedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QTest::qWaitFor([&page] { return page.openModel()->rowCount() == 1; }, 10'000));
    QCOMPARE(page.openModel()->index(0, 0).data(HoldsPage::ReservationIdRole).toLongLong(), m_openHold);
    QSignalSpy released(&page, &HoldsPage::released);
    page.releaseHold(m_openHold, QStringLiteral("stuck at the partner"));
    // (A spy's wait() waits for the next emission; the answer may already be in.)
    QVERIFY(QTest::qWaitFor([&released] { return released.size() == 1; }, 10'000));
    QVERIFY2(released.first().at(1).toBool(), qPrintable(released.first().at(2).toString()));
    QVERIFY(QTest::qWaitFor([&page] { return page.openModel()->rowCount() == 0; }, 10'000));
    QCOMPARE(page.closedModel()->rowCount(), 1);
    QCOMPARE(m_ledger->ledger().reservation(m_openHold).value().status, reservationstatus::released);
    QCOMPARE(m_ledger->ledger().balance(QStringLiteral("carol")).value().available, 200);
    QSqlQuery audit(m_ledger->database().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*), MAX(actor), MAX(details) FROM audit_log WHERE action = 'reservation.release'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
    QVERIFY(audit.value(1).toString().startsWith(QStringLiteral("console:")));
    QVERIFY(audit.value(2).toString().contains(QStringLiteral("admin: stuck at the partner")));
}

void ConsoleTest::membersAndAuditScreens()
{
    // State, not signals: a read that finishes before its continuation is attached answers at once.
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    MembersPage members(*session);
    QAbstractItemModelTester membersTester(members.membersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester lotsTester(members.lotsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QTest::qWaitFor([&members] { return members.membersModel()->rowCount() == 3; }, 10'000));
    members.search(QStringLiteral("bo"));
    QVERIFY(QTest::qWaitFor([&members] { return members.membersModel()->rowCount() == 1; }, 10'000));
    QCOMPARE(members.membersModel()->index(0, 0).data(MembersPage::MemberIdRole).toString(), QStringLiteral("bob"));
    members.showMember(QStringLiteral("bob"));
    QVERIFY(QTest::qWaitFor([&members] { return members.lotsModel()->rowCount() == 1; }, 10'000));
    QVERIFY(members.balanceLabel()->text().contains(QStringLiteral("380")));  // 500 − 120

    AuditPage audit(*session);
    QAbstractItemModelTester auditTester(audit.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 3 members, 3 issues, 2 redemptions and 1 hold, plus the programme's default-free set-up.
    QVERIFY(QTest::qWaitFor([&audit] { return audit.model()->rowCount() >= 9; }, 10'000));
    audit.verify();
    QVERIFY(QTest::qWaitFor([&audit] { return audit.verdict()->text().startsWith(QStringLiteral("✔")); }, 20'000));
}

void ConsoleTest::recentConnectionsAreKeptInOrder()
{
    QSettings().remove(QStringLiteral("connections"));
    for (int i = 0; i < 10; ++i) {
        LedgerLocation location;
        location.sqlitePath = QStringLiteral("/ledgers/%1.sqlite").arg(i);
        ConnectionHistory::remember(location);
    }
    LedgerLocation again;
    again.sqlitePath = QStringLiteral("/ledgers/5.sqlite");
    ConnectionHistory::remember(again);
    LedgerLocation server = LedgerLocation::parse(QStringLiteral("postgresql://ana@db.example:5433/orchard")).value();
    server.password = QStringLiteral("s3cret");
    ConnectionHistory::remember(server);
    // Newest first, 5 moved up rather than repeated, at most 8: 0, 1 and 2 have dropped off.
    QStringList names;
    for (const LedgerLocation &location : ConnectionHistory::recent())
        names << location.displayName();
    QCOMPARE(names, (QStringList{QStringLiteral("postgresql://ana@db.example:5433/orchard"), QStringLiteral("/ledgers/5.sqlite"),
                                 QStringLiteral("/ledgers/9.sqlite"), QStringLiteral("/ledgers/8.sqlite"), QStringLiteral("/ledgers/7.sqlite"),
                                 QStringLiteral("/ledgers/6.sqlite"), QStringLiteral("/ledgers/4.sqlite"), QStringLiteral("/ledgers/3.sqlite")}));
    QVERIFY(!QSettings().value(QStringLiteral("connections/recent")).toStringList().join(QLatin1Char(' ')).contains(QStringLiteral("s3cret")));
    QSettings().remove(QStringLiteral("connections"));
}

void ConsoleTest::connectDialogRefusesIncompleteInput()
{
    PasswordVault vault;
    ConnectDialog dialog(vault, LedgerLocation::parse(QStringLiteral("postgresql://ana@db.example:5433/orchard")).value());
    QPushButton *connectButton = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(dialog.problem(), QString());
    QVERIFY(connectButton->isEnabled());
    dialog.databaseEdit()->clear();
    QCOMPARE(dialog.problem(), ConnectDialog::tr("Enter the ledger's database name."));
    QVERIFY(!connectButton->isEnabled());
    dialog.hostEdit()->clear();
    QCOMPARE(dialog.problem(), ConnectDialog::tr("Enter the server's host name."));
    dialog.hostEdit()->setText(QStringLiteral(" db2.example "));
    dialog.databaseEdit()->setText(QStringLiteral("ledger2"));
    dialog.userEdit()->clear();
    QCOMPARE(dialog.problem(), ConnectDialog::tr("Enter the database user."));
    QVERIFY(!connectButton->isEnabled());
    dialog.userEdit()->setText(QStringLiteral("ben"));
    dialog.portEdit()->setValue(6543);
    dialog.passwordEdit()->setText(QStringLiteral("pw"));
    QVERIFY(connectButton->isEnabled());
    const LedgerLocation chosen = dialog.location();
    QCOMPARE(chosen.displayName(), QStringLiteral("postgresql://ben@db2.example:6543/ledger2"));  // no password in it
    QCOMPARE(chosen.password, QStringLiteral("pw"));
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
}

void ConsoleTest::openingAnotherLedgerReplacesTheWindow()
{
    QSettings().remove(QStringLiteral("connections"));
    TestLedger second;
    second.addMember(QStringLiteral("zed"));
    ConsoleLauncher launcher(Role::Finance, &m_ledger->clock());
    QVERIFY(launcher.open(m_ledger->where().location()));
    QPointer<MainWindow> first = launcher.window();
    QCOMPARE(first->windowTitle(), MainWindow::tr("Orchard — %1 (%2, local)").arg(m_ledger->path(), QStringLiteral("finance")));

    Q_EMIT first->ledgerChosen(second.where().location(), false);  // what File ▸ Open does with the chosen file
    QVERIFY(QTest::qWaitFor([&first] { return first.isNull(); }, 10'000));
    QCOMPARE(launcher.window()->windowTitle(), MainWindow::tr("Orchard — %1 (%2, local)").arg(second.path(), QStringLiteral("finance")));
    QVERIFY(launcher.window()->isVisible());
    const QList<LedgerLocation> recent = ConnectionHistory::recent();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0).displayName(), second.path());
    QCOMPARE(recent.at(1).displayName(), m_ledger->path());

    // Not a ledger: refused with the reason, the open window stays.
    QTemporaryFile junk;
    QVERIFY(junk.open());
    junk.write("this is not an Orchard ledger, nor any SQLite database at all\n");
    junk.close();
    LedgerLocation junkLocation;
    junkLocation.sqlitePath = junk.fileName();
    MainWindow *current = launcher.window();
    const Result<bool> refused = launcher.open(junkLocation);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("not a database")), qPrintable(refused.error().message));
    QCOMPARE(launcher.window(), current);
    QCOMPARE(ConnectionHistory::recent().size(), 2);
    QSettings().remove(QStringLiteral("connections"));
}

void ConsoleTest::numbersFollowTheLocale()
{
    // Lakh and crore grouping under en_IN, thousands under en_US, Devanagari digits not forced under hi.
    TestLedger big;
    big.addMember(QStringLiteral("dev"));
    big.issue(QStringLiteral("dev"), 12'345'678);
    auto session = sessionOn(big.where(), Role::Admin, &big.clock());
    const QLocale saved;
    for (const auto &[name, expected] : {std::pair{"en_IN", "1,23,45,678"}, std::pair{"en_US", "12,345,678"}}) {
        QLocale::setDefault(QLocale(QString::fromLatin1(name)));
        TransactionsModel model(session->service());
        model.setFilter({});
        settle(&model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TransactionsModel::Points).data().toString(), QString::fromLatin1(expected));
    }
    QLocale::setDefault(saved);
    // Money likewise, exactly (no floating point): 12,345,678,901 paise; 1,234,567 yen (no minor unit).
    const money::Currency rupee{QStringLiteral("INR"), 2};
    QCOMPARE(money::formatAmount(12'345'678'901, rupee, QLocale(QStringLiteral("en_IN"))), QStringLiteral("12,34,56,789.01"));
    QCOMPARE(money::formatAmount(12'345'678'901, rupee, QLocale(QStringLiteral("de_DE"))), QStringLiteral("123.456.789,01"));
    QCOMPARE(money::formatAmount(-5, rupee, QLocale(QStringLiteral("en_IN"))), QStringLiteral("-0.05"));
    QCOMPARE(money::formatAmount(1'234'567, {QStringLiteral("JPY"), 0}, QLocale(QStringLiteral("en_US"))), QStringLiteral("1,234,567"));
}

namespace {

// The same report through orchardctl, as CSV rows (header first), for the screen to be compared with.
QList<QStringList> cliReport(const QString &db, const QStringList &arguments)
{
    QProcess cli;
    cli.start(qEnvironmentVariable("ORCHARDCTL"), QStringList{QStringLiteral("--db"), db, QStringLiteral("report")} + arguments
                                                     + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    if (!cli.waitForFinished(60'000) || cli.exitCode() != 0)
        qFatal("orchardctl report failed: %s", cli.readAllStandardError().constData());
    QList<QStringList> rows;
    for (const QByteArray &line : cli.readAllStandardOutput().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1Char('#')))  // the title and parameters
            rows.append(text.split(QLatin1Char(',')));  // these reports have no quoted cells
    }
    return rows;
}

QList<QStringList> screenRows(const QStandardItemModel *model)
{
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << model->horizontalHeaderItem(c)->data(ReportPage::ColumnNameRole).toString();
    rows.append(header);
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model->columnCount(); ++c)
            row << model->index(r, c).data(ReportPage::RawValueRole).toString();
        rows.append(row);
    }
    return rows;
}

// The PDF's words in reading order (poppler's pdftotext, installed with pdftoppm).
QString pdfText(const QString &pdf)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60'000) || pdftotext.exitCode() != 0)
        qFatal("pdftotext failed: %s", pdftotext.readAllStandardError().constData());
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

void waitForReport(ReportPage &page)
{
    if (!QTest::qWaitFor([&page] { return !page.isRunning() && (page.report() || page.problemLabel()->isVisibleTo(&page)); }, 20'000))
        qFatal("the report did not finish");
}

}  // namespace

// alice (700 left) in Sales, bob (380) in Ops, carol (200, 50 of them held) in none: the screen's
// "Share by: Department" shows what `report liability --by department` prints, row for row, and
// each group's "all" row is its members' outstanding points.
void ConsoleTest::liabilityScreenSharesByDepartmentAsTheCliDoes()
{
    QVERIFY(m_ledger->ledger().updateMember({QStringLiteral("alice"), {}, {}, QStringLiteral("Sales")}));
    QVERIFY(m_ledger->ledger().updateMember({QStringLiteral("bob"), {}, {}, QStringLiteral("Ops")}));
    m_ledger->clock().advanceMs(60'000);
    auto session = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    const QString asOf = QStringLiteral("2026-01-01T00:05:00Z");
    ReportPage liability(*session, ReportPage::Kind::Liability);
    ReportPage::Parameters parameters;
    parameters.asOfMs = QDateTime::fromString(asOf, Qt::ISODate).toMSecsSinceEpoch();
    parameters.breakage = QStringLiteral("0.05,0.2,0.45");
    parameters.liabilityBy = LiabilityGroup::Department;
    liability.setParameters(parameters);
    QCOMPARE(liability.liabilityByBox()->currentData().toInt(), int(LiabilityGroup::Department));
    liability.run();
    waitForReport(liability);
    QVERIFY(liability.report());
    const QList<QStringList> shown = screenRows(liability.tableModel());
    QCOMPARE(shown, cliReport(m_ledger->path(), {QStringLiteral("liability"), QStringLiteral("--as-of"), asOf, QStringLiteral("--breakage"),
                                                 QStringLiteral("0.05,0.2,0.45"), QStringLiteral("--by"), QStringLiteral("department")}));
    QStringList groups;
    for (const QStringList &row : shown)
        if (row.size() > 2 && row.at(1) == QLatin1String("all"))
            groups << row.at(0) + QLatin1Char(' ') + row.at(2);
    QCOMPARE(groups, (QStringList{QStringLiteral("(none) 200"), QStringLiteral("Ops 380"), QStringLiteral("Sales 700")}));
    // Total only again: the buckets alone, as before.
    liability.liabilityByBox()->setCurrentIndex(liability.liabilityByBox()->findData(-1));
    liability.run();
    waitForReport(liability);
    QVERIFY(!liability.report()->parameters.contains(QStringLiteral("by")));
}

// On 2 April the Liability screen offers the end of Q1 2026; the pack it writes is the one
// `evidence check` accepts against this ledger (its anchor on the chain). "Now" offers none.
void ConsoleTest::liabilityScreenWritesTheQuartersEvidencePack()
{
    m_ledger->clock().setNowMs(QDateTime::fromString(QStringLiteral("2026-04-02T09:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    auto session = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    ReportPage liability(*session, ReportPage::Kind::Liability);
    QVERIFY(!liability.evidenceButton()->isEnabled());  // "Now" is no quarter end
    ReportPage::Parameters parameters;
    parameters.asOfMs = QDateTime::fromString(QStringLiteral("2026-04-01T00:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    parameters.breakage = QStringLiteral("0.05,0.2,0.45");
    liability.setParameters(parameters);
    QCOMPARE(liability.quarterEnds()->currentText(), QStringLiteral("End of Q1 2026"));
    QVERIFY(liability.evidenceButton()->isEnabled());
    QTemporaryDir folder;
    const QString zip = folder.filePath(QStringLiteral("q1.zip"));
    QSignalSpy written(&liability, &ReportPage::evidenceWritten);
    liability.makeEvidencePack(zip);
    QVERIFY(QTest::qWaitFor([&written] { return written.size() == 1; }, 60'000));
    QVERIFY2(written.first().at(0).toBool(), qPrintable(liability.problemLabel()->text()));
    QVERIFY2(liability.summaryLabel()->text().contains(QStringLiteral("2026Q1")), qPrintable(liability.summaryLabel()->text()));
    const Result<EvidenceCheck> checked = EvidencePack::check(zip, &m_ledger->database());
    QVERIFY(checked);
    QVERIFY2(checked.value().ok(), qPrintable(checked.value().toText()));
    QCOMPARE(checked.value().anchorOnLedger, std::optional<bool>(true));
    QCOMPARE(checked.value().manifest.value(QStringLiteral("quarter")).toString(), QStringLiteral("2026Q1"));
    QVERIFY(checked.value().filesChecked >= 13);  // six reports as CSV and PDF, and the verify transcript
}

void ConsoleTest::reportScreensShowTheEnginesTables()
{
    auto session = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    const QString asOf = QStringLiteral("2026-01-01T00:05:00Z");  // after the fixed ledger's activity
    const qint64 asOfMs = QDateTime::fromString(asOf, Qt::ISODate).toMSecsSinceEpoch();

    ReportPage liability(*session, ReportPage::Kind::Liability);
    new QAbstractItemModelTester(liability.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &liability);
    new QAbstractItemModelTester(liability.rollForwardModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &liability);
    ReportPage::Parameters parameters;
    parameters.asOfMs = asOfMs;
    parameters.breakage = QStringLiteral("0.05,0.2,0.45");
    liability.setParameters(parameters);
    liability.run();
    waitForReport(liability);
    QVERIFY(liability.report());
    const QList<QStringList> shown = screenRows(liability.tableModel());
    // Figure by figure what orchardctl prints for the same inputs (CSV: the engine's own plain values).
    QCOMPARE(shown, cliReport(m_ledger->path(), {QStringLiteral("liability"), QStringLiteral("--as-of"), asOf,
                                                 QStringLiteral("--breakage"), QStringLiteral("0.05,0.2,0.45")}));
    // By hand: 1,700 issued − 420 redeemed = 1,280 points outstanding (carol's 50 on hold still
    // are), all under 90 days old; at ₹1 a point ₹1,280.00; 5% breakage ₹64.00; net ₹1,216.00.
    QCOMPARE(shown.at(1).at(0), QStringLiteral("0-90"));
    QCOMPARE(shown.at(1).at(1), QStringLiteral("1280"));
    QCOMPARE(shown.at(1).at(2), QStringLiteral("1280.00"));
    QCOMPARE(shown.last().last(), QStringLiteral("1216.00"));
    QVERIFY(liability.rollForwardModel()->rowCount() > 0);
    QCOMPARE(liability.chartView()->chart()->series().size(), 1);
    // And against --format json, bucket by bucket: points as integers, money in minor units.
    QProcess json;
    json.start(qEnvironmentVariable("ORCHARDCTL"), {QStringLiteral("--db"), m_ledger->path(), QStringLiteral("report"), QStringLiteral("liability"),
                                                   QStringLiteral("--as-of"), asOf, QStringLiteral("--breakage"), QStringLiteral("0.05,0.2,0.45"),
                                                   QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(json.waitForFinished(60'000));
    const QJsonArray buckets = QJsonDocument::fromJson(json.readAllStandardOutput()).object().value(QStringLiteral("buckets")).toArray();
    QCOMPARE(buckets.size(), 3);
    const money::Currency rupee{QStringLiteral("INR"), 2};
    for (int b = 0; b < 3; ++b) {
        const QJsonObject bucket = buckets.at(b).toObject();
        const QStringList &row = shown.at(b + 1);
        QCOMPARE(row.at(0), bucket.value(QStringLiteral("bucket")).toString());
        QCOMPARE(row.at(1), QString::number(bucket.value(QStringLiteral("outstanding")).toInteger()));
        QCOMPARE(row.at(2), money::formatAmount(bucket.value(QStringLiteral("value")).toInteger(), rupee));
        QCOMPARE(row.at(3), bucket.value(QStringLiteral("breakage_rate")).toObject().value(QStringLiteral("decimal")).toString());
        QCOMPARE(row.at(7), money::formatAmount(bucket.value(QStringLiteral("expected_breakage")).toInteger(), rupee));
        QCOMPARE(row.at(8), money::formatAmount(bucket.value(QStringLiteral("net_liability")).toInteger(), rupee));
    }
    // The A4 PDF from the screen, looked at as an image: landscape pages (351 × 248 px at 30 dpi).
    QTemporaryDir pdfFolder;
    const QString pdf = pdfFolder.filePath(QStringLiteral("liability.pdf"));
    QVERIFY(liability.rollForwardReport());
    QVERIFY(liability.exportPdfTo(pdf));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), pdf, pdfFolder.filePath(QStringLiteral("page"))});
    QVERIFY(pdftoppm.waitForFinished(60'000) && pdftoppm.exitCode() == 0);
    const QImage firstPage(pdfFolder.filePath(QStringLiteral("page-1.png")));
    QCOMPARE(firstPage.size(), QSize(351, 248));
    // And read as text: human column titles, the totals whole, the quarter's roll-forward after the table.
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Expected")) && text.contains(QStringLiteral("breakage (INR)")), qPrintable(text));  // a title wraps
    QVERIFY2(text.contains(QStringLiteral("1216.00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Roll-forward of outstanding points")), qPrintable(text));
    QVERIFY2(text.indexOf(QStringLiteral("Roll-forward")) > text.indexOf(QStringLiteral("1216.00")), qPrintable(text));

    for (const auto &[kind, name] : {std::pair{ReportPage::Kind::Cohorts, "cohorts"}, std::pair{ReportPage::Kind::Reconciliation, "reconciliation"}}) {
        ReportPage page(*session, kind);
        new QAbstractItemModelTester(page.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        ReportPage::Parameters period;
        period.fromMs = TestLedger::startMs;
        period.toMs = asOfMs;
        page.setParameters(period);
        page.run();
        waitForReport(page);
        QVERIFY(page.report());
        QCOMPARE(screenRows(page.tableModel()),
                 cliReport(m_ledger->path(), {QString::fromLatin1(name), QStringLiteral("--from"), QStringLiteral("2026-01-01T00:00:00Z"),
                                              QStringLiteral("--to"), asOf}));
        if (kind == ReportPage::Kind::Cohorts) {
            // Three members, every department under five: all folded into one "other" cohort.
            QCOMPARE(page.tableModel()->rowCount(), 1);
            QCOMPARE(page.tableModel()->index(0, 0).data(ReportPage::RawValueRole).toString(), QStringLiteral("other"));
        }
    }
}

// The liability PDF once cut its totals ("472942.…") when the table was wider than the page. A
// nine-column table of crore-sized figures and a long text column: every figure is whole on the
// page, the text column gives way first.
void ConsoleTest::aReportPdfNeverCutsANumber()
{
    Report report;
    report.name = QStringLiteral("liability");
    report.title = QStringLiteral("Liability by ageing bucket");
    report.parameters = {{QStringLiteral("as_of"), QStringLiteral("2026-09-30T23:59:59Z")}};
    const money::Currency rupee{QStringLiteral("INR"), 2};
    report.table.columns = {QStringLiteral("bucket_days"),           QStringLiteral("outstanding_points"), QStringLiteral("value_INR"),
                            QStringLiteral("breakage_rate"),         QStringLiteral("rate_basis"),         QStringLiteral("history_outstanding_D"),
                            QStringLiteral("history_expired_X"),     QStringLiteral("expected_breakage_INR"), QStringLiteral("net_liability_INR")};
    for (int bucket = 0; bucket < 3; ++bucket)
        report.table.rows.append({ReportCell::ofText(QStringLiteral("a bucket with a very long label that can give way %1").arg(bucket)),
                                  ReportCell::ofPoints(4'729'421'234'567), ReportCell::ofMoney(472'942'123'456'789, rupee),
                                  ReportCell::ofRate(Rate{1, 3}), ReportCell::ofText(QStringLiteral("estimated")),
                                  ReportCell::ofPoints(9'876'543'210'987), ReportCell::ofPoints(1'234'567'890'123),
                                  ReportCell::ofMoney(157'647'374'485'596, rupee), ReportCell::ofMoney(315'294'748'971'193, rupee)});
    report.table.total = {ReportCell::ofText(QStringLiteral("total")), ReportCell::ofPoints(14'188'263'703'701),
                          ReportCell::ofMoney(1'418'826'370'370'367, rupee), ReportCell::empty(), ReportCell::empty(),
                          ReportCell::empty(), ReportCell::empty(), ReportCell::ofMoney(472'942'123'456'788, rupee),
                          ReportCell::ofMoney(945'884'246'913'579, rupee)};
    const Result<QByteArray> drawn = reportpdf::render(report);
    QVERIFY(drawn);
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("wide.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(drawn.value()) == drawn.value().size());
    file.close();
    const QString text = pdfText(pdf);
    for (const char *figure : {"4729421234567", "4729421234567.89", "9876543210987", "1576473744855.96", "3152947489711.93",
                               "14188263703701", "14188263703703.67", "4729421234567.88", "9458842469135.79"})
        QVERIFY2(text.contains(QLatin1String(figure)), qPrintable(QLatin1String(figure) + QStringLiteral(" not whole in:\n") + text));
}

void ConsoleTest::reportScreenNamesAWrongField()
{
    auto session = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    ReportPage liability(*session, ReportPage::Kind::Liability);
    ReportPage::Parameters parameters = liability.parameters();
    parameters.breakage = QStringLiteral("0.05,lots");
    liability.setParameters(parameters);
    liability.run();
    waitForReport(liability);
    QVERIFY(!liability.report());
    QVERIFY2(liability.problemLabel()->text().startsWith(QStringLiteral("breakage: ")), qPrintable(liability.problemLabel()->text()));
}

// The fixed ledger is minutes old: no lot's fate is known, so "auto" could estimate nothing. The
// screen's default still computes (no breakage without history, said in the heading), exactly as
// `orchardctl report liability` computes by default; a failed computation then clears every
// figure; and "Now" is the moment of each computation, not of the screen's opening.
void ConsoleTest::liabilityScreenWorksOnAYoungLedgerAndNeverShowsStaleFigures()
{
    QSettings().remove(QStringLiteral("reports"));
    auto session = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    ReportPage liability(*session, ReportPage::Kind::Liability);
    QCOMPARE(liability.parameters().breakage, QStringLiteral("default"));
    QCOMPARE(liability.quarterEnds()->currentIndex(), 0);  // Now
    m_ledger->clock().advanceMs(5 * 60'000);  // 2026-01-01T00:06:00Z, after the screen opened
    liability.run();
    waitForReport(liability);
    QVERIFY2(liability.report(), qPrintable(liability.problemLabel()->text()));
    const qint64 nowMs = m_ledger->clock().nowMs();
    QCOMPARE(liability.parameters().asOfMs, nowMs);
    QCOMPARE(liability.report()->parameters.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-01-01T00:06:00Z"));
    const QString heading = liability.summaryLabel()->text();
    QVERIFY2(heading.contains(QStringLiteral("as of 2026-01-01 00:06 UTC")), qPrintable(heading));
    QVERIFY2(heading.contains(QStringLiteral("No history yet for 0-90, 91-180, 181+")), qPrintable(heading));
    const QList<QStringList> shown = screenRows(liability.tableModel());
    QCOMPARE(shown, cliReport(m_ledger->path(), {QStringLiteral("liability"), QStringLiteral("--as-of"), QStringLiteral("2026-01-01T00:06:00Z")}));
    // 1,280 points outstanding at ₹1: no breakage assumed, so ₹1,280.00 net.
    QCOMPARE(shown.at(1).at(1), QStringLiteral("1280"));
    QCOMPARE(shown.at(1).at(4), QStringLiteral("no_history"));
    QCOMPARE(shown.last().last(), QStringLiteral("1280.00"));
    QVERIFY(liability.rollForwardModel()->rowCount() > 0);

    ReportPage::Parameters wrong = liability.parameters();
    wrong.breakage = QStringLiteral("auto");  // estimated only: refused, no history
    liability.setParameters(wrong);
    liability.run();
    waitForReport(liability);
    QVERIFY(!liability.report());
    QCOMPARE(liability.tableModel()->rowCount(), 0);
    QCOMPARE(liability.rollForwardModel()->rowCount(), 0);
    QVERIFY(liability.chartView()->chart()->series().isEmpty());
    QVERIFY2(liability.summaryLabel()->text().startsWith(QStringLiteral("No figures")), qPrintable(liability.summaryLabel()->text()));
    QVERIFY2(liability.problemLabel()->text().contains(QStringLiteral("bucket 0-90 has no history")), qPrintable(liability.problemLabel()->text()));
}

// Issue points as a prepaid programme with a ₹1,000.00 wallet and a 5,000-point cap sees it: bob
// has 380 available, 1,330 points are outstanding (1,280 available + carol's 50 held).
void ConsoleTest::issuePointsDialogRefusesWhatWouldBeAMistake()
{
    const EnglishNumbers english;
    AwardContext context;
    context.memberId = QStringLiteral("bob");
    context.memberName = QStringLiteral("Bob Rao");
    context.memberAvailable = 380;
    context.programme.maxPointsPerAward = 5'000;
    context.wallet.opened = true;
    context.wallet.balanceMinor = 100'000;
    context.outstanding = 1'330;
    const qint64 nowMs = m_ledger->clock().nowMs();
    IssuePointsDialog dialog(context, nowMs);
    const auto problemWith = [&dialog](const char *points, const char *reason) {
        dialog.pointsEdit()->setText(QString::fromLatin1(points));
        dialog.reasonEdit()->setText(QString::fromLatin1(reason));
        return dialog.problem();
    };
    QVERIFY(problemWith("-500", "bonus").startsWith(QStringLiteral("Points: -500 is negative")));
    QVERIFY(problemWith("5e2", "bonus").contains(QStringLiteral("is not a whole number")));
    QVERIFY(problemWith("0", "bonus").contains(QStringLiteral("at least 1")));
    QCOMPARE(problemWith("6000", "bonus"), QStringLiteral("Points: 6,000 is above the programme's maximum of 5,000 points per award."));
    // 1,500 points at ₹1 are worth ₹1,500.00: more than the wallet's ₹1,000.00.
    QCOMPARE(problemWith("1500", "bonus"),
             QStringLiteral("Points: 1,500 points are worth 1,500.00 INR, more than the 1,000.00 INR the funding wallet holds. Fund the wallet first."));
    QCOMPARE(problemWith("800", "  "), QStringLiteral("Reason: required; it is kept in the audit trail."));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(problemWith("800", "long service"), QString());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    // After the award 2,130 points are outstanding, worth ₹2,130.00: the wallet covers 100,000 × 100 ÷ 213,000 = 46 %.
    QVERIFY2(dialog.coverLabel()->text().contains(QStringLiteral("2,130, worth 2,130.00 INR (the wallet covers 46 %)")),
             qPrintable(dialog.coverLabel()->text()));
    const QString question = dialog.confirmation();
    QVERIFY2(question.contains(QStringLiteral("Issue 800 points to bob? Their available points go from 380 to 1,180.")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("worth 2,130.00 INR, more than the 1,000.00 INR")), qPrintable(question));
    IssueRequest request = dialog.request();
    QCOMPARE(request.memberId, QStringLiteral("bob"));
    QCOMPARE(request.points, 800);
    QCOMPARE(request.reason, QStringLiteral("long service"));
    QVERIFY(!request.expiresAtMs);
    QCOMPARE(request.idempotencyKey.size(), 36);  // a fresh UUID without a reference
    dialog.referenceEdit()->setText(QStringLiteral("HR-1234"));
    dialog.expiryBox()->setChecked(true);
    dialog.expiryDate()->setDate(QDate(2027, 1, 1));
    request = dialog.request();
    QCOMPARE(request.idempotencyKey, QStringLiteral("HR-1234"));  // the same ticket cannot be awarded twice
    QCOMPARE(*request.expiresAtMs, QDateTime::fromString(QStringLiteral("2027-01-01T00:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    dialog.referenceEdit()->setText(QString(129, QLatin1Char('r')));
    QCOMPARE(dialog.problem(), QStringLiteral("Reference: is 129 characters long; at most 128 are allowed"));
}

// A search that no longer lists bob leaves no member to issue to (the dialog used to target him);
// the engine refuses an award above the programme's cap whichever way it arrives.
void ConsoleTest::aSearchWithoutTheMemberLeavesNobodyToIssueTo()
{
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    MembersPage members(*session);
    members.showMember(QStringLiteral("bob"));
    QVERIFY(QTest::qWaitFor([&members] { return members.balanceLabel()->text().contains(QStringLiteral("bob")); }, 10'000));
    QVERIFY(members.issueButton()->isEnabled());
    // The list shows each member's balance now: bob 500 issued − 120 redeemed = 380; carol 200 − 50 held.
    QVERIFY(QTest::qWaitFor([&members] { return members.membersModel()->rowCount() == 3; }, 10'000));
    QStringList balances;
    for (int row = 0; row < 3; ++row)
        balances << QStringLiteral("%1 %2 %3 %4").arg(members.membersModel()->index(row, 0).data().toString(),
                                                      members.membersModel()->index(row, 4).data(MembersPage::BalanceRole).toString(),
                                                      members.membersModel()->index(row, 5).data(MembersPage::BalanceRole).toString(),
                                                      members.membersModel()->index(row, 6).data().toString());
    QCOMPARE(balances, (QStringList{QStringLiteral("alice 700 0 0.00"), QStringLiteral("bob 380 0 0.00"), QStringLiteral("carol 150 50 0.00")}));
    QSignalSpy searched(&members, &MembersPage::searched);
    members.search(QStringLiteral("nobody-by-that-name"));
    QVERIFY(QTest::qWaitFor([&] { return searched.size() >= 1 && members.membersModel()->rowCount() == 0; }, 10'000));
    QCOMPARE(members.currentMember(), QString());
    QVERIFY(!members.issueButton()->isEnabled());
    QCOMPARE(members.issueButton()->toolTip(), MembersPage::tr("Select a member first."));

    ProgrammeChange cap;
    cap.maxPointsPerAward = 5'000;
    cap.reason = QStringLiteral("a guard rail");
    QVERIFY(ProgrammeBook(m_ledger->database(), m_ledger->clock(), Actor{QStringLiteral("cli:asha"), sourceAdmin}).change(cap));
    QSignalSpy issued(&members, &MembersPage::issuedAmount);
    members.issue({QStringLiteral("bob"), 5'001, std::nullopt, QStringLiteral("typo"), QStringLiteral("award-1")});
    QVERIFY(QTest::qWaitFor([&] { return issued.size() == 1; }, 10'000));
    QVERIFY(!issued.first().at(0).toBool());
    QVERIFY2(members.messageLabel()->text().contains(QStringLiteral("maximum of 5000 points per award")), qPrintable(members.messageLabel()->text()));
    QCOMPARE(m_ledger->ledger().balance(QStringLiteral("bob")).value().available, 380);
}

void ConsoleTest::reportScreensFollowTheRole()
{
    auto hr = sessionOn(m_ledger->where(), Role::Hr, &m_ledger->clock());
    MainWindow hrWindow(*hr);
    QVERIFY(hrWindow.hasScreen(MainWindow::Screen::Cohorts));
    QVERIFY(!hrWindow.hasScreen(MainWindow::Screen::Liability));
    QVERIFY(!hrWindow.hasScreen(MainWindow::Screen::Reconciliation));
    auto finance = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    MainWindow financeWindow(*finance);
    for (const MainWindow::Screen screen : {MainWindow::Screen::Liability, MainWindow::Screen::Cohorts, MainWindow::Screen::Reconciliation})
        QVERIFY(financeWindow.hasScreen(screen));
}

void ConsoleTest::fundingThroughTheWalletScreen()
{
    TestLedger &t = *m_ledger;  // programmes are pre-paid unless set otherwise
    QCOMPARE(ProgrammeBook::currentIn(t.database()).funding, FundingMode::Prepaid);
    const auto fundEntries = [&t] {
        QSqlQuery count(t.database().connection());
        count.exec(QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'fund'"));
        count.next();
        return count.value(0).toInt();
    };
    auto session = sessionOn(t.where(), Role::Finance, &t.clock());
    WalletPage page(*session);
    QAbstractItemModelTester tester(page.movementsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QTest::qWaitFor([&page] { return page.wallet().has_value() && !page.isBusy(); }, 10'000));
    QVERIFY(!page.wallet()->opened);

    const auto yes = [](const QString &question) {
        // The confirmation shows the balance after: 0 + ₹2,500.00.
        return question.contains(QStringLiteral("2,500.00 INR")) || question.contains(QStringLiteral("2,600.50 INR"));
    };
    const auto fundAndWait = [&page](const QString &amount, const QString &reference, const std::function<bool(const QString &)> &confirm) {
        QSignalSpy done(&page, &WalletPage::funded);
        page.fund(amount, reference, confirm);
        if (!QTest::qWaitFor([&] { return done.size() == 1 && !page.isBusy(); }, 10'000))
            qFatal("the funding did not finish");
        return done.first().at(0).toBool();
    };
    QVERIFY(fundAndWait(QStringLiteral("2500.00"), QStringLiteral("NEFT-001"), yes));
    QCOMPARE(fundEntries(), 1);
    QCOMPARE(page.wallet()->balanceMinor, 250'000);
    QCOMPARE(page.movementsModel()->index(0, 6).data(Qt::UserRole).toLongLong(), 250'000);
    auto *line = qobject_cast<QLineSeries *>(page.chartView()->chart()->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->points().last().y(), 2500.0);

    // ₹100.50 more: exactly one more entry, and the chart's last point moves by 100.50.
    QVERIFY(fundAndWait(QStringLiteral("100.50"), QStringLiteral("NEFT-002"), yes));
    QCOMPARE(fundEntries(), 2);
    line = qobject_cast<QLineSeries *>(page.chartView()->chart()->series().value(0));
    QCOMPARE(line->points().last().y() - 2500.0, 100.5);
    // By day and source: both fundings on 2026-01-01, ₹2,600.50 in, nothing drawn yet.
    QCOMPARE(page.perDayModel()->rowCount(), 1);
    QCOMPARE(page.perDayModel()->index(0, 0).data().toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(page.perDayModel()->index(0, 2).data(Qt::UserRole).toLongLong(), 260'050);
    QCOMPARE(page.perDayModel()->index(0, 3).data(Qt::UserRole).toLongLong(), 0);

    // Refused before anything moves: too many decimals, no reference, a declined confirmation.
    QVERIFY(!fundAndWait(QStringLiteral("12.345"), QStringLiteral("NEFT-003"), yes));
    QVERIFY2(page.message()->text().startsWith(QStringLiteral("amount")), qPrintable(page.message()->text()));
    QVERIFY(!fundAndWait(QStringLiteral("10.00"), QStringLiteral(" "), yes));
    QVERIFY(!fundAndWait(QStringLiteral("10.00"), QStringLiteral("NEFT-004"), [](const QString &) { return false; }));
    QCOMPARE(fundEntries(), 2);

    // Days of cover: ₹2,600.50 with ₹300 drawn over the last 30 days → 2,600.50 × 30 / 300 = 260 days.
    const qint64 now = t.clock().nowMs();
    QCOMPARE(WalletPage::daysOfCover(260'050, {FundingMovement{1, now - 1000, QStringLiteral("reserve"), {}, {}, {}, -30'000, 0}}, now), 260);
    QCOMPARE(WalletPage::daysOfCover(260'050, {}, now), std::nullopt);

    auto hr = sessionOn(t.where(), Role::Hr, &t.clock());
    MainWindow hrWindow(*hr);
    QVERIFY(!hrWindow.hasScreen(MainWindow::Screen::Wallet));
}

// The fixture's lots (alice 700 left of 1,000, bob 380 of 500, carol 200, her hold timed out
// after a day) were issued under the default policy, no expiry. Forty days on, a 30-day window
// without grace would have lapsed all three on day 30: outstanding 1,280 → 0, expired 0 → 1,280,
// net liability ₹1,280.00 → 0 (a point is worth ₹1; no history, so no breakage). Save waits for
// that what-if, and its confirmation says it.
void ConsoleTest::expiryPolicyShowsItsWhatIfBeforeSave()
{
    m_ledger->clock().advanceMs(40LL * 86'400'000);
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    ExpiryPolicyPage page(*session);
    QAbstractItemModelTester tester(page.comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QTest::qWaitFor([&page] { return page.current().has_value() && !page.isBusy(); }, 10'000));
    QCOMPARE(page.current()->version, 0);
    QVERIFY(!page.saveButton()->isEnabled());  // nothing changed yet

    page.windowBox()->setCurrentIndex(page.windowBox()->findData(int(ExpiryPolicy::Window::Days)));
    page.countBox()->setValue(30);
    page.graceBox()->setValue(0);
    QVERIFY2(!page.saveButton()->isEnabled(), "Save waits for the what-if of what is being saved");
    page.bucketsEdit()->setText(QStringLiteral("0-90,91+x"));
    QVERIFY(!page.whatIfButton()->isEnabled());
    QVERIFY2(page.problemLabel()->text().contains(QStringLiteral("91+x")), qPrintable(page.problemLabel()->text()));
    page.bucketsEdit()->setText(QStringLiteral("0-90,91-180,181+"));

    QSignalSpy shown(&page, &ExpiryPolicyPage::whatIfShown);
    page.runWhatIf();
    QVERIFY(QTest::qWaitFor([&] { return shown.size() == 1 && !page.isBusy(); }, 10'000));
    QVERIFY(shown.first().at(0).toBool());
    const auto cell = [&page](int row, int column) { return page.comparisonModel()->index(row, column).data(ReportPage::RawValueRole).toString(); };
    QCOMPARE(page.comparisonModel()->rowCount(), 12);  // outstanding, held, expired, 3 expiring, 3 buckets, value, breakage, net
    QCOMPARE(QStringList({cell(0, 1), cell(0, 2), cell(0, 3)}), QStringList({QStringLiteral("1280"), QStringLiteral("0"), QStringLiteral("-1280")}));
    QCOMPARE(QStringList({cell(2, 1), cell(2, 2)}), QStringList({QStringLiteral("0"), QStringLiteral("1280")}));
    QCOMPARE(QStringList({cell(11, 1), cell(11, 2), cell(11, 3)}), QStringList({QStringLiteral("1280.00"), QStringLiteral("0.00"), QStringLiteral("-1280.00")}));
    QVERIFY2(page.whatIfSummary()->text().contains(QStringLiteral("3 of 3 lots would move")), qPrintable(page.whatIfSummary()->text()));
    QVERIFY(page.saveButton()->isEnabled());
    // Changing the proposal takes the what-if's leave to save away until it is run again.
    page.graceBox()->setValue(5);
    QVERIFY(!page.saveButton()->isEnabled());
    page.graceBox()->setValue(0);
    QVERIFY(page.saveButton()->isEnabled());

    QString summary;
    QSignalSpy saved(&page, &ExpiryPolicyPage::saved);
    page.save([&summary](const QString &text) {
        summary = text;
        return std::optional<QString>(QStringLiteral("a 30-day window from the next issue"));
    });
    QVERIFY(QTest::qWaitFor([&] { return saved.size() == 1 && !page.isBusy() && page.current()->version == 1; }, 10'000));
    QVERIFY(saved.first().at(0).toBool());
    QVERIFY2(summary.contains(QStringLiteral("expiry never → 30 days after issue")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("3 of 3 lots would move")), qPrintable(summary));
    const ExpiryPolicy now = ExpiryPolicyBook::currentIn(m_ledger->database());
    QCOMPARE(now.window, ExpiryPolicy::Window::Days);
    QCOMPARE(now.windowCount, 30);
    QCOMPARE(now.graceDays, 0);
    QCOMPARE(now.reason, QStringLiteral("a 30-day window from the next issue"));
    QCOMPARE(page.historyModel()->rowCount(), 2);
    QVERIFY(!page.saveButton()->isEnabled());

    // finance asks what-ifs but does not save; hr has no such screen.
    auto finance = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    MainWindow financeWindow(*finance);
    QVERIFY(financeWindow.hasScreen(MainWindow::Screen::ExpiryPolicy));
    QVERIFY(!financeWindow.expiryPolicy()->saveButton()->isEnabled());
    auto hr = sessionOn(m_ledger->where(), Role::Hr, &m_ledger->clock());
    MainWindow hrWindow(*hr);
    QVERIFY(!hrWindow.hasScreen(MainWindow::Screen::ExpiryPolicy));
}

void ConsoleTest::ruleEditorPreviewsTheWorkedCasesAndSavesOneVersion()
{
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    RulesPage page(*session);
    QAbstractItemModelTester tester(page.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QTest::qWaitFor([&page] { return page.current().has_value() && !page.isBusy(); }, 10'000));
    QCOMPARE(page.current()->rules.version, 0);  // the defaults: nothing set yet

    page.minPointsEdit()->setText(QStringLiteral("five hundred"));
    QVERIFY(!page.saveButton()->isEnabled());
    QVERIFY2(page.problemLabel()->text().startsWith(QStringLiteral("minimum points")), qPrintable(page.problemLabel()->text()));

    // The split-payment issue's worked cases: m = 500, partial points, wallet remainder, wallet
    // only below the minimum; a point is worth ₹1 (the programme's default 100/1 paise).
    page.minPointsEdit()->setText(QStringLiteral("500"));
    page.partialPointsBox()->setChecked(true);
    page.walletRemainderBox()->setChecked(true);
    page.fallbackBox()->setCurrentIndex(page.fallbackBox()->findData(int(SplitRules::Fallback::WalletOnly)));
    struct Case
    {
        const char *order, *points, *wallet, *chosen;
        QString refusal;
        qint64 paidPoints, paidWalletMinor;
    };
    const QList<Case> cases{{"1000.00", "1200", "0", "", {}, 1000, 0},
                            {"1000.00", "800", "500.00", "", {}, 800, 20'000},
                            {"1000.00", "800", "100.00", "", errors::insufficientFunds, 0, 0},
                            {"1000.00", "300", "1000.00", "", {}, 0, 100'000},
                            {"200.00", "600", "0", "", {}, 200, 0},
                            {"1000.00", "800", "500.00", "400", errors::pointsBelowMinimum, 0, 0}};
    for (const Case &c : cases) {
        page.setPreviewInput(QLatin1String(c.order), QLatin1String(c.points), QLatin1String(c.wallet), QLatin1String(c.chosen));
        const Result<CheckoutQuote> quote = page.previewQuote();
        const QByteArray which = QByteArray(c.order) + " " + c.points + " " + c.wallet + " " + c.chosen;
        if (!c.refusal.isEmpty()) {
            QVERIFY2(!quote, which.constData());
            QCOMPARE(quote.error().code, c.refusal);
            QVERIFY(page.previewLabel()->text().contains(c.refusal));
            continue;
        }
        QVERIFY2(quote, which.constData());
        QCOMPARE(quote.value().points, c.paidPoints);
        QCOMPARE(quote.value().walletMinor, c.paidWalletMinor);
    }

    // On a chosen member: alice has 1,000 − 300 = 700 points and an empty wallet.
    page.useMember(QStringLiteral("alice"));
    QVERIFY(QTest::qWaitFor([&page] { return page.availablePointsEdit()->text() == QLatin1String("700"); }, 10'000));
    QCOMPARE(page.walletEdit()->text(), QStringLiteral("0.00"));
    // Save: the summary names the change, and exactly one new version is written.
    QString shown;
    QSignalSpy saved(&page, &RulesPage::saved);
    page.save([&shown](const QString &changes) {
        shown = changes;
        return std::optional<QString>(QStringLiteral("Diwali campaign"));
    });
    QVERIFY(QTest::qWaitFor([&] { return saved.size() == 1 && !page.isBusy() && page.current()->rules.version == 1; }, 10'000));
    QVERIFY(saved.first().at(0).toBool());
    QCOMPARE(shown, QStringLiteral("minimum points 0 → 500"));
    const Result<QList<SplitRulesVersion>> versions =
        SplitRulesBook(m_ledger->database(), m_ledger->clock(), Actor{QStringLiteral("test"), sourceAdmin}).history();
    QCOMPARE(versions.value().size(), 2);  // the defaults and version 1
    QCOMPARE(versions.value().last().rules.minPoints, 500);
    QCOMPARE(versions.value().last().reason, QStringLiteral("Diwali campaign"));
    QCOMPARE(page.historyModel()->rowCount(), 2);
    QVERIFY(!page.saveButton()->isEnabled());  // nothing left to change

    // finance reads the rules and may fund the wallet, but not edit the rules; hr sees neither.
    auto finance = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    MainWindow financeWindow(*finance);
    QVERIFY(financeWindow.hasScreen(MainWindow::Screen::Rules));
    QVERIFY(financeWindow.hasScreen(MainWindow::Screen::Wallet));
    QVERIFY(!financeWindow.rules()->saveButton()->isEnabled());
    QVERIFY(!financeWindow.rules()->minPointsEdit()->isEnabled());
    QVERIFY(!financeWindow.rules()->saveButton()->toolTip().isEmpty());
    auto hr = sessionOn(m_ledger->where(), Role::Hr, &m_ledger->clock());
    MainWindow hrWindow(*hr);
    QVERIFY(!hrWindow.hasScreen(MainWindow::Screen::Rules));
}

// For every member of a demo ledger (80 members, seed 7), "try a checkout" with the member's
// balance quotes what `orchardctl checkout quote` quotes, or refuses with the same code: most
// members have an empty wallet ("0.00"), which the preview once refused. Two orders: one most
// members' points cover and one the points of none do (₹25,000.00), so refusals are compared too.
void ConsoleTest::splitPreviewQuotesWhatCheckoutQuoteQuotes()
{
    const EnglishNumbers english;
    TestDatabase where;
    {
        auto database = Database::open(where.location(), Database::Options{});
        QVERIFY(database);
        QVERIFY(fillDemoLedger(*database.value()));
    }
    auto session = sessionOn(where, Role::Finance);
    RulesPage page(*session);
    QVERIFY(QTest::qWaitFor([&page] { return page.current().has_value() && !page.isBusy(); }, 10'000));
    int quoted = 0;
    int refused = 0;
    for (int n = 1; n <= 80; ++n) {
        const QString member = QStringLiteral("EMP%1").arg(n, 5, 10, QLatin1Char('0'));
        page.availablePointsEdit()->clear();
        page.useMember(member);
        QVERIFY(QTest::qWaitFor([&page] { return !page.availablePointsEdit()->text().isEmpty(); }, 10'000));
        for (const char *order : {"250.00", "25000.00"}) {
            page.setPreviewInput(QString::fromLatin1(order), page.availablePointsEdit()->text(), page.walletEdit()->text(), QString());
            const Result<CheckoutQuote> preview = page.previewQuote();
            QProcess cli;
            cli.start(qEnvironmentVariable("ORCHARDCTL"), {QStringLiteral("--db"), where.location().sqlitePath, QStringLiteral("--json"),
                                                          QStringLiteral("checkout"), QStringLiteral("quote"), member, QString::fromLatin1(order)});
            QVERIFY(cli.waitForFinished(30'000));
            const QJsonObject answer = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
            const QString what = member + QLatin1Char(' ') + QLatin1String(order);
            if (answer.contains(QStringLiteral("error"))) {
                QVERIFY2(!preview, qPrintable(what));
                QCOMPARE(preview.error().code, answer.value(QStringLiteral("error")).toString());
                ++refused;
                continue;
            }
            QVERIFY2(preview, qPrintable(what + QStringLiteral(": ") + (preview ? QString() : preview.error().message)));
            QCOMPARE(preview.value().points, answer.value(QStringLiteral("points")).toInteger());
            QCOMPARE(preview.value().walletMinor, answer.value(QStringLiteral("wallet")).toInteger());
            QCOMPARE(preview.value().pointsValueMinor, answer.value(QStringLiteral("points_value")).toInteger());
            ++quoted;
        }
    }
    qInfo("%d quotes and %d refusals compared", quoted, refused);
    QVERIFY(quoted >= 40);
    QVERIFY(refused >= 1);
    // A refusal names money as money: "… leave 24,148.00 INR to pay …", never paise.
    page.setPreviewInput(QStringLiteral("25000.00"), QStringLiteral("852"), QStringLiteral("0.00"), QString());
    page.minPointsEdit()->setText(QStringLiteral("0"));
    page.partialPointsBox()->setChecked(true);
    page.walletRemainderBox()->setChecked(true);
    QVERIFY2(page.previewLabel()->text().contains(QStringLiteral("852 points leave 24,148.00 INR to pay and the wallet holds 0.00 INR")),
             qPrintable(page.previewLabel()->text()));
}

// The fixed ledger: 1,700 issued, 420 redeemed, carol's 50 held, so 1,280 outstanding, worth
// ₹1,280.00 at ₹1 a point; no history yet, so the default books no breakage (net ₹1,280.00); the
// wallet was never funded, so it covers 0 %. Carol's hold times out in a day: not due soon.
void ConsoleTest::overviewShowsTheProgrammeAndOpensItsScreens()
{
    const EnglishNumbers english;
    auto session = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    MainWindow window(*session);
    OverviewPage *overview = window.overview();
    QVERIFY(QTest::qWaitFor([overview] { return !overview->liabilityLabel()->text().isEmpty(); }, 10'000));
    QVERIFY2(overview->lifecycleLabel()->text().contains(
                 QStringLiteral("1,700 issued · 420 redeemed · 0 expired · 0 taken by corrections · 1,280 outstanding")),
             qPrintable(overview->lifecycleLabel()->text()));
    QVERIFY2(overview->liabilityLabel()->text().contains(
                 QStringLiteral("1,280.00 INR net of 0.00 INR expected breakage (value 1,280.00 INR)")),
             qPrintable(overview->liabilityLabel()->text()));
    QVERIFY2(overview->coverLabel()->text().contains(QStringLiteral("Warning: the wallet covers only 0 % of the 1,280.00 INR")),
             qPrintable(overview->coverLabel()->text()));
    QVERIFY2(overview->holdsLabel()->text().contains(QStringLiteral("1 live, 0 due to time out within 10 minutes")),
             qPrintable(overview->holdsLabel()->text()));
    Q_EMIT overview->liabilityLabel()->linkActivated(QStringLiteral("liability"));
    QCOMPARE(window.currentScreen(), MainWindow::Screen::Liability);
    Q_EMIT overview->holdsLabel()->linkActivated(QStringLiteral("reservations"));
    QCOMPARE(window.currentScreen(), MainWindow::Screen::Holds);
}

// Desktop habits: every screen is in the View menu with its shortcut (Ctrl+1 Overview … Ctrl+9
// Funding wallet), Find (Ctrl+F) goes to the screen's search field, and Print is disabled with the
// reason where there is nothing to print.
void ConsoleTest::theViewMenuListsEveryScreenWithItsShortcutAndFinds()
{
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    MainWindow window(*session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *view = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == MainWindow::tr("&View"))
            view = menu->menu();
    QVERIFY(view);
    QStringList listed;
    for (QAction *action : view->actions())
        if (!action->shortcut().isEmpty())
            listed << action->text() + QLatin1Char('=') + action->shortcut().toString(QKeySequence::PortableText);
    for (const char *expected : {"Overview=Ctrl+1", "Transactions=Ctrl+2", "Reservations=Ctrl+3", "Members=Ctrl+4", "Audit=Ctrl+5",
                                 "Liability=Ctrl+6", "Funding wallet=Ctrl+9", "&Find=Ctrl+F", "&Refresh=F5"})
        QVERIFY2(listed.contains(QLatin1String(expected)), qPrintable(listed.join(QStringLiteral(", "))));
    window.showScreen(MainWindow::Screen::Members);
    QAction *print = window.findChild<QAction *>(QStringLiteral("print"));
    QVERIFY(!print->isEnabled());
    QVERIFY(print->toolTip().contains(QStringLiteral("Liability")));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([&window] { return QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QLatin1String("memberSearch"); }, 2'000));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), MainWindow::Screen::Liability);
    QVERIFY(print->isEnabled());
}

void ConsoleTest::schedulesAreAddedAndRemoved()
{
    auto session = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    SchedulesPage page(*session);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QTest::qWaitFor([&page] { return !page.isBusy(); }, 10'000));
    QCOMPARE(page.model()->rowCount(), 0);
    QTemporaryDir folder;
    const auto changeAndWait = [&page](const std::function<void()> &change) {
        QSignalSpy changed(&page, &SchedulesPage::changed);
        change();
        if (!QTest::qWaitFor([&] { return changed.size() == 1 && !page.isBusy(); }, 10'000))
            qFatal("the schedule change did not finish");
        return changed.first().at(0).toBool();
    };
    QVERIFY(changeAndWait([&] { page.add(QStringLiteral("quarter-close"), QStringLiteral("liability"), QStringLiteral("quarter"), QStringLiteral("pdf"), folder.path()); }));
    QVERIFY(QTest::qWaitFor([&page] { return page.model()->rowCount() == 1; }, 10'000));
    QCOMPARE(page.model()->index(0, 0).data().toString(), QStringLiteral("quarter-close"));
    QCOMPARE(page.model()->index(0, 2).data().toString(), QStringLiteral("quarter"));
    // The fixed clock is 2026-01-01T00:01Z: the next quarter boundary is 1 April.
    QCOMPARE(page.model()->index(0, 6).data().toString(), QStringLiteral("2026-04-01T00:00:00Z"));
    // A relative folder is refused with the field named, and nothing is added.
    QVERIFY(!changeAndWait([&] { page.add(QStringLiteral("daily"), QStringLiteral("cohorts"), QStringLiteral("day"), QStringLiteral("csv"), QStringLiteral("exports")); }));
    QVERIFY2(page.message()->text().startsWith(QStringLiteral("to:")), qPrintable(page.message()->text()));
    // So is a folder that is not there (it used to be accepted, and the first export failed).
    const QString missing = folder.filePath(QStringLiteral("not-made-yet"));
    QVERIFY(!changeAndWait([&] { page.add(QStringLiteral("daily"), QStringLiteral("cohorts"), QStringLiteral("day"), QStringLiteral("csv"), missing); }));
    QCOMPARE(page.message()->text(), QStringLiteral("to: the folder %1 does not exist; create it first").arg(missing));
    QCOMPARE(page.model()->rowCount(), 1);
    // Run now: the liability as of now (2026-01-01T00:01:00Z) into the folder, named with the time;
    // the calendar still says 1 April.
    QVERIFY(changeAndWait([&] { page.runNow(QStringLiteral("quarter-close")); }));
    const QString written = folder.filePath(QStringLiteral("quarter-close-2026-01-01T000100Z.pdf"));
    QVERIFY2(page.message()->text().startsWith(QStringLiteral("Wrote %1").arg(written)), qPrintable(page.message()->text()));
    QVERIFY(QFile::exists(written));
    QVERIFY(QFile::exists(folder.filePath(QStringLiteral("quarter-close-2026-01-01T000100Z.manifest.json"))));
    QVERIFY(QTest::qWaitFor([&page] { return !page.isBusy() && page.model()->index(0, 5).data().toString() != SchedulesPage::tr("not yet"); }, 10'000));
    QCOMPARE(page.model()->index(0, 6).data().toString(), QStringLiteral("2026-04-01T00:00:00Z"));
    QVERIFY(!changeAndWait([&] { page.runNow(QStringLiteral("no-such-schedule")); }));
    QVERIFY(changeAndWait([&] { page.remove(QStringLiteral("quarter-close")); }));
    QVERIFY(QTest::qWaitFor([&page] { return page.model()->rowCount() == 0; }, 10'000));
}

namespace {

// A subscription to balance.changed from the first event on, its first delivery answered 200 and
// its second 500 (as the dispatcher records them), the rest not yet sent.
void subscribeAndRecordTwoAttempts(Database &database, const Clock &clock)
{
    WebhookStore store(database, clock, Actor{QStringLiteral("cli:test"), sourceAdmin});
    QVERIFY(store.add(QStringLiteral("loyalife-balances"), QStringLiteral("https://loyalife.example/orchard"),
                      {QStringLiteral("balance.changed")}, QStringLiteral("loyalife"), QStringLiteral("whsec_console_test_0001")));
    QVERIFY(store.replay(QStringLiteral("loyalife-balances"), 1));
    const WebhookSubscription subscription = store.list().value().at(0);
    const QList<OutgoingEvent> pending = store.pending(subscription.id, 2).value();
    QCOMPARE(pending.size(), 2);
    DeliveryOutcome ok;
    ok.eventId = pending.at(0).eventId;
    ok.eventAtMs = pending.at(0).atMs;
    ok.httpStatus = 200;
    ok.attemptedAtMs = clock.nowMs();
    ok.latencyMs = 12;
    DeliveryOutcome refused = ok;
    refused.eventId = pending.at(1).eventId;
    refused.eventAtMs = pending.at(1).atMs;
    refused.httpStatus = 500;
    refused.error = QStringLiteral("HTTP 500");
    refused.latencyMs = 30;
    QVERIFY(store.record(subscription, {ok, refused}, clock.nowMs(), 0.5));
}

}  // namespace

void ConsoleTest::webhooksScreenShowsDeliveriesAndReplays()
{
    subscribeAndRecordTwoAttempts(m_ledger->database(), m_ledger->clock());
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    WebhooksPage page(*session);
    QSignalSpy shown(&page, &WebhooksPage::deliveriesShown);
    QVERIFY(shown.wait(10'000));
    QCOMPARE(page.subscriptions()->rowCount(), 1);
    QCOMPARE(page.subscriptions()->index(0, WebhooksPage::Platform).data().toString(), QStringLiteral("loyalife"));
    QVERIFY(page.subscriptions()->index(0, WebhooksPage::State).data().toString().startsWith(QStringLiteral("failing: 1 attempt")));
    // Six balance changes in the fixture (three issues, two redemptions, one hold), newest first:
    // four not sent, the second refused with 500, the first delivered in 12 ms.
    QStandardItemModel *deliveries = page.deliveries();
    QCOMPARE(deliveries->rowCount(), 6);
    QCOMPARE(deliveries->index(5, WebhooksPage::Status).data().toString(), QStringLiteral("delivered"));
    QCOMPARE(deliveries->index(5, WebhooksPage::LastAnswer).data().toString(), QStringLiteral("HTTP 200"));
    QCOMPARE(deliveries->index(5, WebhooksPage::Latency).data().toString(), QStringLiteral("12 ms"));
    QCOMPARE(deliveries->index(4, WebhooksPage::Status).data().toString(), QStringLiteral("pending"));
    QCOMPARE(deliveries->index(4, WebhooksPage::Attempts).data().toString(), QStringLiteral("1"));
    QCOMPARE(deliveries->index(4, WebhooksPage::LastAnswer).data().toString(), QStringLiteral("HTTP 500"));
    QCOMPARE(deliveries->index(0, WebhooksPage::Attempts).data().toString(), QStringLiteral("0"));

    // Replay from the first: all six are pending again, none with an attempt.
    QSignalSpy replayed(&page, &WebhooksPage::replayed);
    page.replay(QStringLiteral("loyalife-balances"), deliveries->index(5, WebhooksPage::Event).data().toLongLong());
    QVERIFY(replayed.wait(10'000));
    QCOMPARE(replayed.at(0).at(0).toBool(), true);
    QVERIFY2(page.message()->text().startsWith(QStringLiteral("6 delivery")), qPrintable(page.message()->text()));
    // The reload after the replay may already have been shown while the replay's answer was
    // awaited (wait() would then wait for a third showing that never comes): count, do not wait.
    QVERIFY(QTest::qWaitFor([&shown] { return shown.size() >= 2; }, 10'000));
    // The list reloaded after the replay leaves its answer in view.
    QVERIFY2(page.message()->text().startsWith(QStringLiteral("6 delivery")), qPrintable(page.message()->text()));
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(deliveries->index(row, WebhooksPage::Status).data().toString(), QStringLiteral("pending"));
        QCOMPARE(deliveries->index(row, WebhooksPage::Attempts).data().toString(), QStringLiteral("0"));
    }

    // Finance and HR do not see the screen.
    auto finance = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    MainWindow financeWindow(*finance);
    QVERIFY(!financeWindow.hasScreen(MainWindow::Screen::Webhooks));
}

// With a threshold of 100 points, the console's adjustment of −150 on alice is filed, not applied;
// the Approvals screen lists it (and the sidebar counts it); the console's admin (not its maker)
// approves it and alice's 700 become 550. A lot cancelled from the member screen debits its rest.
void ConsoleTest::correctionsAndApprovalsThroughTheConsole()
{
    const Actor maker{QStringLiteral("cli:maker"), sourceAdmin};
    QVERIFY(ApprovalBook(m_ledger->database(), m_ledger->clock(), maker).setPolicy(100, 1'000'000, QStringLiteral("two-person rule")));
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    MembersPage members(*session);
    members.showMember(QStringLiteral("alice"));
    QVERIFY(QTest::qWaitFor([&members] { return members.lotsModel()->rowCount() == 1; }, 10'000));
    QSignalSpy corrected(&members, &MembersPage::corrected);
    // Filed under the console's own person: its admin could not approve it, so the maker here is
    // another admin (cli:maker) through the library, as orchardctl would file it.
    AdjustRequest request;
    request.memberId = QStringLiteral("alice");
    request.points = -150;
    request.reason = QStringLiteral("duplicate award");
    request.idempotencyKey = m_ledger->nextKey();
    QVERIFY(ApprovalBook(m_ledger->database(), m_ledger->clock(), maker)
                .request(QStringLiteral("adjust"), approvalrequest::of(request), QStringLiteral("adjust alice by -150"), 150, 0));
    // The console's own adjustment above the threshold is filed too, and says so.
    members.adjust(-120, QStringLiteral("typo"));
    QVERIFY(QTest::qWaitFor([&corrected] { return corrected.size() == 1; }, 10'000));
    QVERIFY(!corrected.first().at(0).toBool());
    QVERIFY2(members.messageLabel()->text().contains(QStringLiteral("waits for another admin")), qPrintable(members.messageLabel()->text()));
    QCOMPARE(m_ledger->ledger().balance(QStringLiteral("alice")).value().available, 700);

    ApprovalsPage approvals(*session);
    QAbstractItemModelTester tester(approvals.pending(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QTest::qWaitFor([&approvals] { return approvals.pending()->rowCount() == 2; }, 10'000));
    QCOMPARE(approvals.pending()->index(0, ApprovalsPage::RequestedBy).data().toString(), QStringLiteral("cli:maker"));
    QSignalSpy decided(&approvals, &ApprovalsPage::decided);
    approvals.approve(approvals.pending()->index(0, ApprovalsPage::Id).data(ApprovalsPage::ApprovalIdRole).toLongLong());
    QVERIFY(QTest::qWaitFor([&decided] { return decided.size() == 1; }, 10'000));
    QVERIFY2(decided.first().at(0).toBool(), qPrintable(approvals.message()->text()));
    QCOMPARE(m_ledger->ledger().balance(QStringLiteral("alice")).value().available, 550);  // 1,000 − 300 − 150
    // The console's own request: its maker (this console's person) may not approve it.
    QVERIFY(QTest::qWaitFor([&approvals] { return approvals.pending()->rowCount() == 1; }, 10'000));
    approvals.approve(approvals.pending()->index(0, ApprovalsPage::Id).data(ApprovalsPage::ApprovalIdRole).toLongLong());
    QVERIFY(QTest::qWaitFor([&decided] { return decided.size() == 2; }, 10'000));
    QVERIFY(!decided.last().at(0).toBool());
    QVERIFY2(approvals.message()->text().contains(QStringLiteral("another admin")), qPrintable(approvals.message()->text()));

    // Bob's lot (380 left, none held) is cancelled: 380 is more than the threshold, but a
    // cancellation is bounded by the lot and is not held for approval.
    members.showMember(QStringLiteral("bob"));
    QVERIFY(QTest::qWaitFor([&members] { return members.lotsModel()->rowCount() == 1 && members.balanceLabel()->text().contains(QStringLiteral("bob")); }, 10'000));
    members.cancelLot(members.lotsModel()->index(0, 0).data(MembersPage::LotIdRole).toLongLong(), QStringLiteral("left the company"));
    QVERIFY(QTest::qWaitFor([&corrected] { return corrected.size() == 2; }, 10'000));
    QVERIFY2(corrected.last().at(0).toBool(), qPrintable(members.messageLabel()->text()));
    QCOMPARE(m_ledger->ledger().balance(QStringLiteral("bob")).value().available, 0);

    // Bob's statement since the start: earned 500, redeemed 120, adjusted (the cancellation) 380;
    // the opening row, three lines and the closing row of 0; its CSV is the engine's.
    StatementDialog statement(*session, QStringLiteral("bob"));
    QSignalSpy previewed(&statement, &StatementDialog::previewed);
    statement.setPeriod(TestLedger::startMs - 86'400'000, m_ledger->clock().nowMs() + 86'400'000);
    QVERIFY(QTest::qWaitFor([&previewed] { return previewed.size() == 1; }, 10'000));
    QVERIFY2(previewed.last().at(0).toBool(), qPrintable(statement.notes()->text()));
    QCOMPARE(statement.preview()->rowCount(), 5);
    QCOMPARE(statement.statement()->figures.value(QStringLiteral("closing")).toInteger(), 0);
    QVERIFY(statement.notes()->text().contains(QStringLiteral("earned 500 + redeemed -120 + refunded 0 + adjusted -380")));
    QTemporaryDir saved;
    const QString csv = saved.filePath(QStringLiteral("bob.csv"));
    QVERIFY(statement.saveTo(csv));
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), reportformat::csv(*statement.statement()));
}

// Alice's MP-1 redemption (300 confirmed): 100 refunded from the transactions screen, then the
// rest; a third refund is refused with what is left (0). Her 700 available become 800, then 1,000.
void ConsoleTest::refundFromTheTransactionsScreen()
{
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    TransactionsPage page(*session);
    QSqlQuery find(m_ledger->database().connection());
    QVERIFY(find.exec(QStringLiteral("SELECT id FROM reservations WHERE reference = 'MP-1'")) && find.next());
    const qint64 reservation = find.value(0).toLongLong();
    find.finish();  // an open statement would hold this connection's read snapshot
    QSignalSpy refunded(&page, &TransactionsPage::refunded);
    page.refund(reservation, 100, QStringLiteral("item returned"));
    QVERIFY(QTest::qWaitFor([&refunded] { return refunded.size() == 1; }, 10'000));
    QVERIFY2(refunded.first().at(0).toBool(), qPrintable(refunded.first().at(1).toString()));
    QVERIFY(refunded.first().at(1).toString().contains(QStringLiteral("200 left")));
    QCOMPARE(m_ledger->ledger().balance(QStringLiteral("alice")).value().available, 800);
    page.refund(reservation, std::nullopt, QStringLiteral("order cancelled"));
    QVERIFY(QTest::qWaitFor([&refunded] { return refunded.size() == 2; }, 10'000));
    QVERIFY(refunded.last().at(0).toBool());
    QCOMPARE(m_ledger->ledger().balance(QStringLiteral("alice")).value().available, 1000);
    page.refund(reservation, 1, QStringLiteral("again"));
    QVERIFY(QTest::qWaitFor([&refunded] { return refunded.size() == 3; }, 10'000));
    QVERIFY(!refunded.last().at(0).toBool());
    QSqlQuery audit(m_ledger->database().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'reversal' AND actor LIKE 'console:%'")) && audit.next());
    QCOMPARE(audit.value(0).toInt(), 2);
}

namespace {

// A milestone earns 500 by the rule in force since 1 December 2025 (the fixture's clock is 1 January).
void addMilestoneRule(TestLedger &t)
{
    FixedClock december(TestLedger::startMs - 31LL * 86'400'000);
    EarnRuleChange milestone;
    milestone.eventType = QStringLiteral("milestone");
    milestone.points = 500;
    milestone.reason = QStringLiteral("2026 policy");
    if (!EarnRuleBook(t.database(), december, Actor{QStringLiteral("cli:admin"), sourceAdmin}).add(milestone))
        qFatal("cannot add the milestone rule");
}

// A Darwinbox export: its own headers, one row of an unknown event type (row 3) and one with a
// date that is not ISO 8601 (row 5). The rule in force since 1 December awards a milestone 500.
void writeDarwinboxExport(const QString &path, int extraRows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("Employee Code,Milestone ID,Milestone Type,Achieved On,Employee Name,Department\r\n"
               "alice,MS-1,milestone,2025-12-15,Alice Rao,Ops\r\n"
               "dan,MS-2,milestone,2025-12-16,Dan Li,Sales\r\n"
               "bob,MS-3,onboarding_buddy,2025-12-17,Bob Iyer,Ops\r\n"
               "erin,MS-4,milestone,2025-12-18,Erin Shah,Finance\r\n"
               "carol,MS-5,milestone,17/12/2025,Carol Nair,Ops\r\n");
    for (int i = 0; i < extraRows; ++i)
        file.write(QStringLiteral("hire-%1,MS-X%2,milestone,2025-12-20,Hire %1,Ops\r\n").arg(i % 300).arg(i).toUtf8());
}

}  // namespace

void ConsoleTest::importWizardMapsPreviewsDryRunsImportsAndCancels()
{
    addMilestoneRule(*m_ledger);
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("darwinbox.csv"));
    writeDarwinboxExport(path, 0);
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    ImportEarningsWizard wizard(*session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.setFile(path));

    // The mapping guessed from the header; the preview reads each row with it.
    const auto header = [&](EarningCsvLayout::Column column) {
        return wizard.mappingCombo(column)->currentText();
    };
    QCOMPARE(header(EarningCsvLayout::EmployeeId), QStringLiteral("Employee Code"));
    QCOMPARE(header(EarningCsvLayout::EventId), QStringLiteral("Milestone ID"));
    QCOMPARE(header(EarningCsvLayout::OccurredAt), QStringLiteral("Achieved On"));
    QCOMPARE(header(EarningCsvLayout::Department), QStringLiteral("Department"));
    QVERIFY(wizard.mappingIsValid());
    QCOMPARE(wizard.preview()->rowCount(), 5);
    const int check = wizard.preview()->columnCount() - 1;
    QCOMPARE(wizard.preview()->index(0, check).data().toString(), QStringLiteral("ok"));
    QVERIFY2(wizard.preview()->index(4, check).data().toString().contains(QStringLiteral("'17/12/2025' is not an ISO 8601 date")),
             qPrintable(wizard.preview()->index(4, check).data().toString()));
    // Without an event id column the import cannot go on, and the page says which is missing.
    wizard.setMapping(EarningCsvLayout::EventId, QString());
    QVERIFY(!wizard.mappingIsValid());
    QVERIFY2(wizard.mappingStatus()->text().contains(QStringLiteral("no column for event_id")), qPrintable(wizard.mappingStatus()->text()));
    wizard.setMapping(EarningCsvLayout::EventId, QStringLiteral("Milestone ID"));
    QVERIFY(wizard.mappingIsValid());

    // The dry run: 3 would go in (1,500 points), rows 3 and 5 refused, nothing written.
    const auto entries = [&] {
        QSqlQuery count(m_ledger->database().connection());
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM entries")) || !count.next())
            qFatal("cannot count entries");
        const qint64 value = count.value(0).toLongLong();
        count.finish();
        return value;
    };
    const qint64 entriesBefore = entries();
    QSignalSpy dryRun(&wizard, &ImportEarningsWizard::dryRunFinished);
    const QString folder = qEnvironmentVariable("ORCHARD_SCREENSHOTS", QDir::temp().filePath(QStringLiteral("orchard-screenshots")));
    QVERIFY(QDir().mkpath(folder));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportEarningsWizard::MappingPage));
    QTest::qWait(100);
    QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("console-import-mapping.png"))));
    wizard.next();
    QVERIFY(QTest::qWaitFor([&] { return dryRun.size() == 1; }, 10'000));
    QVERIFY2(dryRun.first().at(0).toBool(), qPrintable(wizard.dryRunSummary()->text()));
    QCOMPARE(wizard.dryRun()->totals.imported, 3);
    QCOMPARE(wizard.dryRun()->totals.points, 1500);
    QCOMPARE(wizard.dryRun()->totals.refused, 2);
    QCOMPARE(wizard.dryRunErrors()->count(), 2);
    QVERIFY(wizard.dryRunErrors()->item(0)->text().startsWith(QStringLiteral("Row 3, Milestone Type:")));
    QVERIFY(wizard.dryRunErrors()->item(1)->text().startsWith(QStringLiteral("Row 5, Achieved On:")));
    QCOMPARE(entries(), entriesBefore);
    QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("console-import-dry-run.png"))));

    // The import: alice 700 (1,000 less 300 redeemed) → 1,200; dan and erin enrolled with 500; the
    // errors file has rows 3 and 5.
    QSignalSpy imported(&wizard, &ImportEarningsWizard::importFinished);
    wizard.next();
    QVERIFY(QTest::qWaitFor([&] { return imported.size() == 1; }, 10'000));
    QVERIFY2(imported.first().at(0).toBool(), qPrintable(wizard.importSummary()->text()));
    QCOMPARE(wizard.imported()->totals.imported, 3);
    QCOMPARE(m_ledger->ledger().balance(QStringLiteral("alice")).value().available, 1200);
    QCOMPARE(m_ledger->ledger().balance(QStringLiteral("dan")).value().available, 500);
    QVERIFY(wizard.importSummary()->text().contains(QStringLiteral("darwinbox-refused.csv")));
    QFile refused(wizard.errorsPath()->text());
    QVERIFY(refused.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = refused.readAll().split('\n');
    QCOMPARE(lines.size(), 4);  // header, two rows, the empty rest
    QVERIFY(lines.at(1).startsWith("3,Milestone Type,unknown_event_type,"));
    QVERIFY(lines.at(2).startsWith("5,Achieved On,invalid_argument,"));

    // 3,000 more rows, cancelled while the first transaction runs: it commits (1,000 rows, the 5
    // of before among them already in), the rest do not; a rerun carries on.
    const QString bigger = files.filePath(QStringLiteral("darwinbox-big.csv"));
    writeDarwinboxExport(bigger, 2995);
    ImportEarningsWizard again(*session);
    QVERIFY(again.setFile(bigger));
    QSignalSpy againDry(&again, &ImportEarningsWizard::dryRunFinished);
    QSignalSpy againImported(&again, &ImportEarningsWizard::importFinished);
    again.show();
    again.next();
    again.next();
    QVERIFY(QTest::qWaitFor([&] { return againDry.size() == 1; }, 20'000));
    QCOMPARE(again.dryRun()->totals.imported, 2995);
    again.next();
    again.cancelImport();
    QVERIFY(QTest::qWaitFor([&] { return againImported.size() == 1; }, 20'000));
    QVERIFY(again.imported()->totals.cancelled);
    QCOMPARE(again.imported()->totals.rows, 1000);
    QCOMPARE(again.imported()->totals.alreadyIn, 3);
    QCOMPARE(again.imported()->totals.imported, 995);
    again.restart();
    QVERIFY(again.setFile(bigger));
    again.next();
    again.next();
    QVERIFY(QTest::qWaitFor([&] { return againDry.size() == 2; }, 20'000));
    again.next();
    QVERIFY(QTest::qWaitFor([&] { return againImported.size() == 2; }, 20'000));
    QCOMPARE(again.imported()->totals.alreadyIn, 998);
    QCOMPARE(again.imported()->totals.imported, 2000);
    QVERIFY(!again.imported()->totals.cancelled);
}

// darwinbox (earn only) is given free amounts up to 2,000 points: one audited change, and the
// registry holds it; hr sees the screen but cannot save.
void ConsoleTest::sourcesScreenChangesWhatASourceMayDo()
{
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    SourcesPage page(*session);
    QSignalSpy refreshed(&page, &SourcesPage::refreshed);
    QVERIFY(QTest::qWaitFor([&] { return refreshed.size() >= 1; }, 10'000));
    int darwinbox = -1;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        if (page.model()->item(row, SourcesPage::Name)->text() == QLatin1String("darwinbox"))
            darwinbox = row;
    QVERIFY(darwinbox >= 0);
    QCOMPARE(page.model()->item(darwinbox, SourcesPage::CanEarn)->checkState(), Qt::Checked);
    QCOMPARE(page.model()->item(darwinbox, SourcesPage::CanRedeem)->checkState(), Qt::Unchecked);
    page.model()->item(darwinbox, SourcesPage::FreeAmounts)->setCheckState(Qt::Checked);
    page.model()->item(darwinbox, SourcesPage::MaxPoints)->setData(2000, Qt::EditRole);
    QSignalSpy saved(&page, &SourcesPage::saved);
    page.save();
    QVERIFY(QTest::qWaitFor([&] { return saved.size() == 1; }, 10'000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(page.message()->text()));
    const Result<QList<SourcePermissions>> sources =
        SourceRegistry(m_ledger->database(), m_ledger->clock(), Actor{QStringLiteral("test"), sourceAdmin}).sources();
    QVERIFY(sources);
    const auto found = std::find_if(sources.value().begin(), sources.value().end(),
                                    [](const SourcePermissions &source) { return source.source == QLatin1String("darwinbox"); });
    QVERIFY(found != sources.value().end());
    QVERIFY(found->canEarn && !found->canRedeem && found->freeAmounts);
    QCOMPARE(found->maxPoints.value_or(0), 2000);
    QSqlQuery audit(m_ledger->database().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'source.permissions' AND actor LIKE 'console:%'")) && audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
    audit.finish();

    auto hr = sessionOn(m_ledger->where(), Role::Hr, &m_ledger->clock());
    SourcesPage readOnly(*hr);
    QVERIFY(!readOnly.findChild<QPushButton *>()->isEnabled());
}

// Members ▸ Issue points by the milestone rule (500, version 1): bob's 380 become 880, and the
// earning is the admin source's, with the rule version in the message.
void ConsoleTest::issuePointsByAnEarningRule()
{
    addMilestoneRule(*m_ledger);
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    MembersPage members(*session);
    members.showMember(QStringLiteral("bob"));
    QVERIFY(QTest::qWaitFor([&members] { return members.balanceLabel()->text().contains(QStringLiteral("bob")); }, 10'000));
    QSignalSpy issued(&members, &MembersPage::issuedByRule);
    members.issueByRule(QStringLiteral("milestone"), QStringLiteral("five years"));
    QVERIFY(QTest::qWaitFor([&] { return issued.size() == 1; }, 10'000));
    QVERIFY2(issued.first().at(0).toBool(), qPrintable(issued.first().at(1).toString()));
    QVERIFY(issued.first().at(1).toString().contains(QStringLiteral("(version 1)")));
    QCOMPARE(m_ledger->ledger().balance(QStringLiteral("bob")).value().available, 880);
    members.issueByRule(QStringLiteral("no_such_rule"), QStringLiteral("typo"));
    QVERIFY(QTest::qWaitFor([&] { return issued.size() == 2; }, 10'000));
    QVERIFY(!issued.last().at(0).toBool());
    QCOMPARE(m_ledger->ledger().balance(QStringLiteral("bob")).value().available, 880);
}

// Sorting is done in SQL by keyset: on the fixed ledger by points, largest first, the six entries
// read 1,000 (alice's issue), 500 (bob's), 300 (alice's redemption), 200 (carol's issue), 120
// (bob's redemption), 50 (carol's hold); by member, A to Z, alice's two entries come first. On a
// journal of 1,234 entries paged 500 at a time, every entry comes once and in order.
void ConsoleTest::transactionsSortInSqlAndPageEveryRowOnce()
{
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    TransactionsPage page(*session);
    TransactionsModel *model = page.model();
    settle(model);
    QVERIFY(page.view()->isSortingEnabled());
    model->sort(TransactionsModel::Points, Qt::DescendingOrder);
    settle(model);
    QList<qint64> points;
    for (int row = 0; row < model->rowCount(); ++row)
        points << model->index(row, 0).data(TransactionsModel::PointsRole).toLongLong();
    QCOMPARE(points, (QList<qint64>{1000, 500, 300, 200, 120, 50}));
    model->sort(TransactionsModel::Member, Qt::AscendingOrder);
    settle(model);
    QStringList members;
    for (int row = 0; row < model->rowCount(); ++row)
        members << model->index(row, TransactionsModel::Member).data().toString();
    QCOMPARE(members, (QStringList{QStringLiteral("alice"), QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("bob"),
                                   QStringLiteral("carol"), QStringLiteral("carol")}));
    // A filter typed afterwards keeps the order the header chose.
    page.applyFilter([&] { TransactionFilter f = page.filterFromControls(); f.kind = QStringLiteral("issue"); return f; }());
    settle(model);
    QCOMPARE(model->filter().order, TransactionOrder::ByMember);
    QCOMPARE(model->index(0, TransactionsModel::Member).data().toString(), QStringLiteral("alice"));
    QCOMPARE(page.view()->horizontalHeader()->sortIndicatorSection(), int(TransactionsModel::Member));

    TestLedger &t = *m_ledger;
    for (int i = 0; i < 1234 - 6; ++i) {
        t.clock().advanceMs(1000);
        t.issue(QStringLiteral("bob"), 1 + (i * 7919) % 97);  // many equal amounts: the entry id breaks each tie
    }
    TransactionsModel paged(session->service());
    TransactionFilter ascending;
    ascending.order = TransactionOrder::ByPoints;
    ascending.descending = false;
    paged.setFilter(ascending);
    for (;;) {
        QVERIFY(QTest::qWaitFor([&paged] { return !paged.isLoading(); }, 10'000));
        if (!paged.canFetchMore({}))
            break;
        paged.fetchMore({});
    }
    QCOMPARE(paged.rowCount(), 1234);
    QSet<qint64> seen;
    for (int row = 0; row < paged.rowCount(); ++row) {
        seen.insert(paged.rowAt(row).entryId);
        if (row > 0) {
            const TransactionRow &before = paged.rowAt(row - 1);
            const TransactionRow &now = paged.rowAt(row);
            QVERIFY2(before.points < now.points || (before.points == now.points && before.entryId < now.entryId),
                     qPrintable(QStringLiteral("row %1 out of order").arg(row)));
        }
    }
    QCOMPARE(seen.size(), 1234);
}

// Filtered to one member the register shows what they had available after each entry: alice was
// issued 1,000 and redeemed 300, so 700 after the redemption and 1,000 after the issue; carol's
// hold of 50 leaves 150 of her 200 available. Without a member the column is not shown.
void ConsoleTest::oneMembersEntriesCarryTheirRunningBalance()
{
    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    TransactionsPage page(*session);
    TransactionsModel *model = page.model();
    settle(model);
    QVERIFY(page.view()->isColumnHidden(TransactionsModel::AvailableAfter));
    const auto balances = [&](const QString &member) {
        TransactionFilter filter;
        filter.memberId = member;
        page.applyFilter(filter);
        settle(model);
        QList<qint64> after;
        for (int row = 0; row < model->rowCount(); ++row)
            after << model->index(row, 0).data(TransactionsModel::AvailableAfterRole).toLongLong();
        return after;
    };
    QCOMPARE(balances(QStringLiteral("alice")), (QList<qint64>{700, 1000}));
    QVERIFY(!page.view()->isColumnHidden(TransactionsModel::AvailableAfter));
    QCOMPARE(model->index(0, TransactionsModel::AvailableAfter).data().toString(), QLocale().toString(700));
    QCOMPARE(balances(QStringLiteral("carol")), (QList<qint64>{150, 200}));
    // Sorted oldest first, each entry keeps its own balance.
    model->sort(TransactionsModel::Time, Qt::AscendingOrder);
    settle(model);
    QCOMPARE(model->index(0, 0).data(TransactionsModel::AvailableAfterRole).toLongLong(), 200);
    QCOMPARE(model->index(1, 0).data(TransactionsModel::AvailableAfterRole).toLongLong(), 150);
    // Confirming carol's hold moves only her held account: her available stays 150 after it.
    QVERIFY(m_ledger->ledger().confirm({m_openHold, std::nullopt, m_ledger->nextKey(), std::nullopt}));
    model->sort(TransactionsModel::Time, Qt::DescendingOrder);
    QCOMPARE(balances(QStringLiteral("carol")), (QList<qint64>{150, 150, 200}));
    page.applyFilter(TransactionFilter{});
    settle(model);
    QVERIFY(page.view()->isColumnHidden(TransactionsModel::AvailableAfter));
}

// Right-click on a row: alice's redemption may be refunded and not released; carol's open hold
// may be released and not refunded; each disabled action says why; the reference is copied and
// "Open member" asks for alice. Finance may copy and look, never refund or release.
void ConsoleTest::aRowsMenuOffersWhatTheRowAndTheRoleAllow()
{
    const auto actionsOf = [](QMenu *menu) {
        QHash<QString, QAction *> byText;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                byText.insert(action->text().remove(QLatin1Char('&')), action);
        return byText;
    };
    const auto rowOf = [](TransactionsModel *model, const QString &reference) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->rowAt(row).reference == reference)
                return row;
        return -1;
    };
    auto admin = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    TransactionsPage page(*admin);
    settle(page.model());
    QMenu *redemption = page.rowMenu(rowOf(page.model(), QStringLiteral("MP-1")));
    QHash<QString, QAction *> actions = actionsOf(redemption);
    QVERIFY(actions.value(QStringLiteral("Refund…"))->isEnabled());
    QVERIFY(!actions.value(QStringLiteral("Release hold…"))->isEnabled());
    QCOMPARE(actions.value(QStringLiteral("Release hold…"))->toolTip(), QStringLiteral("Only a hold still reserved can be released; this one is confirmed."));
    actions.value(QStringLiteral("Copy reference"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("MP-1"));
    QSignalSpy opened(&page, &TransactionsPage::memberRequested);
    actions.value(QStringLiteral("Open member"))->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("alice"));

    QMenu *hold = page.rowMenu(rowOf(page.model(), QStringLiteral("MP-2")));
    actions = actionsOf(hold);
    QVERIFY(actions.value(QStringLiteral("Release hold…"))->isEnabled());
    QVERIFY(!actions.value(QStringLiteral("Refund…"))->isEnabled());
    QCOMPARE(actions.value(QStringLiteral("Refund…"))->toolTip(),
             QStringLiteral("Only a confirmed redemption or a checkout can be refunded; this entry is a hold."));
    QSignalSpy release(&page, &TransactionsPage::holdReleaseRequested);
    actions.value(QStringLiteral("Release hold…"))->trigger();
    QCOMPARE(release.size(), 1);
    QCOMPARE(release.first().first().toLongLong(), m_openHold);
    QCOMPARE(release.first().at(1).toLongLong(), 50);  // carol's hold, for the reason's question
    actions.value(QStringLiteral("Only this member's entries"))->trigger();
    settle(page.model());
    QCOMPARE(page.model()->filter().memberId.value_or(QString()), QStringLiteral("carol"));
    QCOMPARE(page.model()->rowCount(), 2);

    auto finance = sessionOn(m_ledger->where(), Role::Finance, &m_ledger->clock());
    TransactionsPage looking(*finance);
    settle(looking.model());
    actions = actionsOf(looking.rowMenu(rowOf(looking.model(), QStringLiteral("MP-1"))));
    QVERIFY(!actions.value(QStringLiteral("Refund…"))->isEnabled());
    QCOMPARE(actions.value(QStringLiteral("Refund…"))->toolTip(), QStringLiteral("Only the admin role may refund."));
    QVERIFY(!actions.value(QStringLiteral("Release hold…"))->isEnabled());
    QVERIFY(actions.value(QStringLiteral("Copy reference"))->isEnabled());
}

// An admin enrols dave by hand and then moves him to Finance: the list shows him, the audit trail
// holds member.add and a member.update with the details before and after, and the department's
// history starts at the change. The dialog says what is missing before it saves.
void ConsoleTest::membersAreAddedAndEditedWithAnAuditRecord()
{
    MemberDialog empty;
    QCOMPARE(empty.problem(), QStringLiteral("Member id: required."));
    empty.idEdit()->setText(QStringLiteral("dave rao"));
    QCOMPARE(empty.problem(), QStringLiteral("Member id: \"dave rao\" has a space; an id is one word."));
    empty.idEdit()->setText(QStringLiteral("dave"));
    QCOMPARE(empty.problem(), QStringLiteral("Name: required, so that people find the member."));

    auto session = sessionOn(m_ledger->where(), Role::Admin, &m_ledger->clock());
    MembersPage page(*session);
    QVERIFY(page.addMemberButton()->isEnabled());
    QSignalSpy saved(&page, &MembersPage::memberSaved);
    page.addMember({QStringLiteral("dave"), QStringLiteral("Dave Rao"), QStringLiteral("successfactors"), QStringLiteral("Sales")});
    QVERIFY(saved.wait(10'000));
    QVERIFY2(saved.last().at(0).toBool(), qPrintable(saved.last().at(1).toString()));
    QVERIFY(QTest::qWaitFor([&] { return page.currentMember() == QStringLiteral("dave") && page.membersModel()->rowCount() == 1; }, 10'000));
    QCOMPARE(page.membersModel()->index(0, 2).data().toString(), QStringLiteral("SuccessFactors"));
    // The member's actions come on once their file (balance, lots) has been read.
    QVERIFY(QTest::qWaitFor([&] { return page.editMemberButton()->isEnabled(); }, 10'000));

    MemberDialog edit(MemberView{QStringLiteral("dave"), QStringLiteral("Dave Rao"), QStringLiteral("successfactors"), QStringLiteral("Sales"), 0});
    QVERIFY(edit.idEdit()->isReadOnly());
    QCOMPARE(edit.problem(), QStringLiteral("Nothing changed yet."));
    edit.departmentEdit()->setText(QStringLiteral("Finance"));
    QCOMPARE(edit.problem(), QString());
    page.updateMember(edit.updateRequest());
    QVERIFY(saved.wait(10'000));
    QVERIFY2(saved.last().at(0).toBool(), qPrintable(saved.last().at(1).toString()));
    QCOMPARE(saved.last().at(1).toString(), QStringLiteral("Member dave now reads: Dave Rao, successfactors, Finance."));
    page.updateMember({QStringLiteral("nobody"), QStringLiteral("X"), {}, {}});
    QVERIFY(saved.wait(10'000));
    QVERIFY(!saved.last().at(0).toBool());
    QCOMPARE(saved.last().at(1).toString(), QStringLiteral("member: there is no member 'nobody'"));

    QSqlQuery audit(m_ledger->database().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT action, details FROM audit_log WHERE subject = 'dave' ORDER BY id")));
    QStringList actions;
    QJsonObject update;
    while (audit.next()) {
        actions << audit.value(0).toString();
        if (audit.value(0).toString() == QLatin1String("member.update"))
            update = QJsonDocument::fromJson(audit.value(1).toString().toUtf8()).object();
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("member.add"), QStringLiteral("member.update")}));
    QCOMPARE(update.value(QStringLiteral("before")).toObject().value(QStringLiteral("department")).toString(), QStringLiteral("Sales"));
    QCOMPARE(update.value(QStringLiteral("after")).toObject().value(QStringLiteral("department")).toString(), QStringLiteral("Finance"));
}

// The done-means comparison: on the demo ledger `./scripts/run` makes (200 members, 120 days,
// seed 7), the Liability screen's table, bucket by bucket, is `orchardctl report liability
// --format json` for the same moment: now, and each of the last four quarter ends.
void ConsoleTest::theLiabilityScreenIsTheEnginesReportNowAndAtEachQuarterEnd()
{
    QSettings().remove(QStringLiteral("reports"));
    TestDatabase where;
    const auto cli = [&](const QStringList &arguments) {
        QProcess process;
        process.start(qEnvironmentVariable("ORCHARDCTL"), QStringList{QStringLiteral("--db"), where.text()} + arguments);
        if (!process.waitForFinished(120'000) || process.exitCode() != 0)
            qFatal("orchardctl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))), process.readAllStandardError().constData());
        return process.readAllStandardOutput();
    };
    cli({QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("200"), QStringLiteral("--days"), QStringLiteral("120"),
         QStringLiteral("--seed"), QStringLiteral("7")});
    auto session = sessionOn(where, Role::Finance);
    ReportPage liability(*session, ReportPage::Kind::Liability);
    QCOMPARE(liability.quarterEnds()->count(), 5);  // Now and four quarter ends
    int withOutstanding = 0;
    for (int choice = 0; choice < 5; ++choice) {
        liability.quarterEnds()->setCurrentIndex(choice);
        Q_EMIT liability.quarterEnds()->activated(choice);
        liability.run();
        waitForReport(liability);
        QVERIFY2(liability.report(), qPrintable(liability.problemLabel()->text()));
        const QString asOf = liability.report()->parameters.value(QStringLiteral("as_of")).toString();
        const QJsonObject engine = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("liability"),
                                                                QStringLiteral("--as-of"), asOf}))
                                       .object();
        const QJsonArray buckets = engine.value(QStringLiteral("buckets")).toArray();
        const QList<QStringList> shown = screenRows(liability.tableModel());
        const QStringList header = shown.first();
        QCOMPARE(shown.size(), buckets.size() + 2);  // the header, a row per bucket, the total
        const auto cell = [&](int row, const QString &column) { return shown.at(row).at(int(header.indexOf(column))); };
        const auto rupees = [](qint64 paise) { return QStringLiteral("%1.%2").arg(paise / 100).arg(paise % 100, 2, 10, QLatin1Char('0')); };
        for (int b = 0; b < buckets.size(); ++b) {
            const QJsonObject bucket = buckets.at(b).toObject();
            const QString context = QStringLiteral("%1 as of %2").arg(bucket.value(QStringLiteral("bucket")).toString(), asOf);
            QVERIFY2(cell(b + 1, QStringLiteral("bucket_days")) == bucket.value(QStringLiteral("bucket")).toString(), qPrintable(context));
            QVERIFY2(cell(b + 1, QStringLiteral("outstanding_points")) == QString::number(bucket.value(QStringLiteral("outstanding")).toInteger()),
                     qPrintable(context));
            QVERIFY2(cell(b + 1, QStringLiteral("value_INR")) == rupees(bucket.value(QStringLiteral("value")).toInteger()), qPrintable(context));
            QVERIFY2(cell(b + 1, QStringLiteral("breakage_rate"))
                         == bucket.value(QStringLiteral("breakage_rate")).toObject().value(QStringLiteral("decimal")).toString(),
                     qPrintable(context));
            QVERIFY2(cell(b + 1, QStringLiteral("rate_basis")) == bucket.value(QStringLiteral("rate_basis")).toString(), qPrintable(context));
            QVERIFY2(cell(b + 1, QStringLiteral("net_liability_INR")) == rupees(bucket.value(QStringLiteral("net_liability")).toInteger()),
                     qPrintable(context));
        }
        const QJsonObject total = engine.value(QStringLiteral("total")).toObject();
        QCOMPARE(cell(int(shown.size()) - 1, QStringLiteral("net_liability_INR")), rupees(total.value(QStringLiteral("net_liability")).toInteger()));
        if (total.value(QStringLiteral("outstanding")).toInteger() > 0)
            ++withOutstanding;
    }
    QVERIFY(withOutstanding >= 2);  // now and the last quarter end at least: the comparison is not of empty tables
}

void ConsoleTest::screenshotsOfEveryScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("hi") << QStringLiteral("hi");
}

// Every screen in English and in Hindi (the console's own compiled translation, as --lang hi
// installs it), files console-NAME.png and console-NAME-hi.png.
void ConsoleTest::screenshotsOfEveryScreen()
{
    QFETCH(QString, language);
    QTranslator translation;
    const QLocale saved;
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translation);
        QLocale::setDefault(saved);
    });
    if (!language.isEmpty()) {
        QVERIFY(translation.load(qEnvironmentVariable("ORCHARD_QM_DIR") + QStringLiteral("/orchard_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translation);
        QLocale::setDefault(QLocale(language == QLatin1String("hi") ? QLocale::Hindi : QLocale::English, QLocale::India));
    }
    const QString suffix = language.isEmpty() ? QString() : QLatin1Char('-') + language;
    TestDatabase where;
    {
        Database::Options options;
        auto database = Database::open(where.location(), options);
        QVERIFY(database);
        QVERIFY(fillDemoLedger(*database.value()));
        const SystemClock clock;
        subscribeAndRecordTwoAttempts(*database.value(), clock);
    }
    auto session = sessionOn(where, Role::Admin);
    MainWindow window(*session);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString folder = qEnvironmentVariable("ORCHARD_SCREENSHOTS", QDir::temp().filePath(QStringLiteral("orchard-screenshots")));
    QVERIFY(QDir().mkpath(folder));
    settle(window.transactions()->model());
    window.members()->showMember(QStringLiteral("EMP00001"));
    QVERIFY(QTest::qWaitFor([&window] { return window.members()->lotsModel()->rowCount() > 0; }, 10'000));
    window.transactions()->view()->selectRow(0);
    // Two scheduled exports, so the schedules screen shows what it is for.
    QTemporaryDir exports;
    window.schedules()->add(QStringLiteral("quarter-close"), QStringLiteral("liability"), QStringLiteral("quarter"), QStringLiteral("pdf"), exports.path());
    QVERIFY(QTest::qWaitFor([&window] { return !window.schedules()->isBusy(); }, 10'000));
    window.schedules()->add(QStringLiteral("hr-monthly"), QStringLiteral("cohorts"), QStringLiteral("month"), QStringLiteral("csv"), exports.path());
    QVERIFY(QTest::qWaitFor([&window] { return window.schedules()->model()->rowCount() == 2; }, 10'000));
    // One request waiting for a second admin, so the approvals screen shows what it is for.
    {
        auto database = Database::open(where.location(), Database::Options{});
        QVERIFY(database);
        const SystemClock clock;
        const Actor maker{QStringLiteral("cli:asha"), sourceAdmin};
        QVERIFY(ApprovalBook(*database.value(), clock, maker).setPolicy(10'000, 5'000'000, QStringLiteral("two-person rule")));
        const FundRequest funding{25'000'000, QStringLiteral("NEFT-2026-118"), QStringLiteral("fund-q1")};
        QVERIFY(ApprovalBook(*database.value(), clock, maker)
                    .request(QStringLiteral("fund"), approvalrequest::of(funding), QStringLiteral("fund the programme wallet with 250000.00 INR (ref NEFT-2026-118)"),
                             0, funding.amountMinor));
    }
    window.approvals()->refresh();
    // The expiry policy's what-if of a 30-day window with 7 days' grace on the demo's lots.
    QVERIFY(QTest::qWaitFor([&window] { return window.expiryPolicy()->current().has_value() && !window.expiryPolicy()->isBusy(); }, 10'000));
    window.expiryPolicy()->windowBox()->setCurrentIndex(window.expiryPolicy()->windowBox()->findData(int(ExpiryPolicy::Window::Days)));
    window.expiryPolicy()->countBox()->setValue(30);
    window.expiryPolicy()->graceBox()->setValue(7);
    QSignalSpy whatIfShown(window.expiryPolicy(), &ExpiryPolicyPage::whatIfShown);
    window.expiryPolicy()->runWhatIf();
    QVERIFY(QTest::qWaitFor([&whatIfShown] { return whatIfShown.size() == 1; }, 20'000));
    QVERIFY(whatIfShown.first().at(0).toBool());
    // A demo ledger two months old has little expiry history: the liability's default says where
    // it has none (no breakage assumed there), as a new programme's finance team first sees it.
    QTest::qWait(500);
    for (const auto &[screen, name] : {std::pair{MainWindow::Screen::Overview, "overview"}, std::pair{MainWindow::Screen::Transactions, "transactions"},
                                       std::pair{MainWindow::Screen::Holds, "reservations"}, std::pair{MainWindow::Screen::Members, "members"},
                                       std::pair{MainWindow::Screen::Audit, "audit"}, std::pair{MainWindow::Screen::Liability, "liability"},
                                       std::pair{MainWindow::Screen::Cohorts, "cohorts"},
                                       std::pair{MainWindow::Screen::Reconciliation, "reconciliation"},
                                       std::pair{MainWindow::Screen::Wallet, "wallet"}, std::pair{MainWindow::Screen::Rules, "rules"},
                                       std::pair{MainWindow::Screen::ExpiryPolicy, "expiry-policy"},
                                       std::pair{MainWindow::Screen::Schedules, "schedules"},
                                       std::pair{MainWindow::Screen::Webhooks, "webhooks"},
                                       std::pair{MainWindow::Screen::Approvals, "approvals"},
                                       std::pair{MainWindow::Screen::Sources, "sources"}}) {
        window.showScreen(screen);
        QTest::qWait(200);
        for (ReportPage *page : {window.liability(), window.cohorts(), window.reconciliation()})
            if (page->isVisible())
                waitForReport(*page);
        QTest::qWait(300);
        const QImage shot = window.grab().toImage();
        QVERIFY(shot.save(QDir(folder).filePath(QStringLiteral("console-%1%2.png").arg(QLatin1String(name), suffix))));
        // Every screen fits 1,280 pixels in either language: a wider one would push the window off a laptop's screen.
        QVERIFY2(shot.size() == QSize(1280, 800), qPrintable(QStringLiteral("%1%2 is %3x%4").arg(QLatin1String(name), suffix).arg(shot.width()).arg(shot.height())));
    }
    PasswordVault vault;
    ConnectDialog connect(vault, LedgerLocation::parse(QStringLiteral("postgresql://finance@ledger.example:5432/orchard")).value(), &window);
    connect.show();
    QVERIFY(QTest::qWaitForWindowExposed(&connect));
    QVERIFY(connect.grab().save(QDir(folder).filePath(QStringLiteral("console-connect%1.png").arg(suffix))));
    connect.close();
    // A member's statement over the demo's two months.
    StatementDialog statement(*session, QStringLiteral("EMP00001"), &window);
    QSignalSpy previewed(&statement, &StatementDialog::previewed);
    statement.setPeriod(QDateTime::currentMSecsSinceEpoch() - 61LL * 86'400'000, QDateTime::currentMSecsSinceEpoch() + 86'400'000);
    QVERIFY(QTest::qWaitFor([&previewed] { return previewed.size() == 1; }, 10'000));
    QVERIFY(previewed.first().at(0).toBool());
    statement.show();
    QVERIFY(QTest::qWaitForWindowExposed(&statement));
    QVERIFY(statement.grab().save(QDir(folder).filePath(QStringLiteral("console-statement%1.png").arg(suffix))));
}

QTEST_MAIN(ConsoleTest)
#include "tst_console.moc"
