// The point lifecycle and finance reports on small fixed ledgers with hand-computed figures, plus
// a property test over a random ledger: ties, buckets, roll-forward continuity and as-of stability.
#include "settings/expirypolicy.h"
#include "reports/exportschedule.h"
#include "reports/glmapping.h"
#include "settings/programmebook.h"
#include "reports/reportformat.h"
#include "reports/reports.h"
#include "reports/lotexport.h"
#include "reports/pointstate.h"
#include "reports/reportcell.h"
#include "money/money.h"
#include "money/rate.h"
#include "testledger.h"
#include "base/timeformat.h"
#include "journal/verifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QBuffer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace orchard;
using namespace orchard::test;

namespace {

const Actor admin{QStringLiteral("cli:finance-test"), sourceAdmin};
constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

qint64 at(const char *iso)
{
    return timeformat::parseIso(QString::fromLatin1(iso)).value();
}

void setPolicy(TestLedger &t, ExpiryPolicyChange change)
{
    change.reason = QStringLiteral("test policy");
    const Result<ExpiryPolicy> changed = ExpiryPolicyBook(t.database(), t.clock(), admin).change(change);
    if (!changed)
        qFatal("policy refused: %s", qPrintable(changed.error().message));
}

void redeem(TestLedger &t, const QString &member, Points points, const QString &source = QStringLiteral("marketplace"))
{
    const Result<ReservationView> done = t.ledger().redeem({member, points, source, QStringLiteral("ref-") + t.nextKey(), t.nextKey()});
    if (!done)
        qFatal("redeem refused: %s", qPrintable(done.error().message));
}

Report run(TestLedger &t, ReportRequest request)
{
    const Result<Report> report = ReportEngine(t.database()).run(request);
    if (!report)
        qFatal("report %s refused: %s", qPrintable(request.name), qPrintable(report.error().message));
    return report.value();
}

ReportRequest asOf(const char *name, qint64 asOfMs)
{
    ReportRequest request;
    request.name = QString::fromLatin1(name);
    request.asOfMs = asOfMs;
    return request;
}

qint64 figure(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &key : path.split(QLatin1Char('.')))
        value = value.isArray() ? value.toArray().at(key.toInt()) : value.toObject().value(key);
    return value.toInteger(std::numeric_limits<qint64>::min());
}

// A journal's lines as "account debit credit cost-centre what", in their order.
QStringList journalLines(const QJsonObject &figures)
{
    QStringList lines;
    for (const QJsonValue &value : figures.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(line.value(QStringLiteral("gl_account")).toString())
                     .arg(line.value(QStringLiteral("debit")).toInteger())
                     .arg(line.value(QStringLiteral("credit")).toInteger())
                     .arg(line.value(QStringLiteral("cost_centre")).toString(), line.value(QStringLiteral("reference")).toString().section(QLatin1Char(':'), -1));
    }
    return lines;
}

ReportRequest period(const char *name, const char *from, const char *to)
{
    ReportRequest request;
    request.name = QString::fromLatin1(name);
    request.fromMs = at(from);
    request.toMs = at(to);
    request.asOfMs = at(to);
    return request;
}

}  // namespace

class ReportsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsParse();
    void policyWindowsSetExpiryAtIssue();
    void graceIsHonouredToTheSecond();
    void expiryRunIsIdempotent();
    void quarterEndCloseToThePaisa();
    void breakageEstimatedFromHistory();
    void breakageWithoutHistory();
    void expectedBreakageInThePolicy();
    void reconciliationAndCohorts();
    void adminReleaseIsAFieldNotAnActorName();
    void reportCellsFormatFromTheirValues();
    void csvIsRfc4180();
    void scheduledExportWritesFileManifestAndAudit();
    void randomLedgerTiesAndStaysStable();
    void lotsExportSumsToPointStateAndStaysStable();
    void lotsExportReadsEachLotsFateHandComputed();
    void lotsExportNamesTheDepartmentAsOfTheDate();
    void aScheduledLotsExportStreamsEveryLotWithItsManifest();
    void theExportsFastTimesAreQtsIsoTimes();
    void liabilityByDepartmentSumsToTheTotal();
    void glJournalOfAHandComputedQuarter();
    void glJournalByCostCentreCarriesAMover();
    void glMappingRefusalsNameTheKey();
    void whatIfUnderTodaysPolicyIsTodaysFigures();
    void whatIfWithAShorterWindowMovesTheNamedLots();
    void whatIfRefusalsAndNoSchedule();
};

void ReportsTest::bucketsParse()
{
    const AgeingBuckets buckets = AgeingBuckets::parse(QStringLiteral("0-90,91-180,181+")).value();
    QCOMPARE(buckets.lowerEdges, (QList<int>{0, 91, 181}));
    QCOMPARE(buckets.bucketOf(90), 0);
    QCOMPARE(buckets.bucketOf(91), 1);
    QCOMPARE(buckets.bucketOf(181), 2);
    QCOMPARE(buckets.toString(), QStringLiteral("0-90,91-180,181+"));
    for (const char *bad : {"1-90,91+", "0-90,92-180,181+", "0-90,91-180", "0-90,abc,181+", "0-90,91-80,81+"}) {
        const Result<AgeingBuckets> refused = AgeingBuckets::parse(QString::fromLatin1(bad));
        QVERIFY2(!refused, bad);
        QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("buckets"));
    }
}

void ReportsTest::policyWindowsSetExpiryAtIssue()
{
    TestLedger t;  // the clock starts at 2026-01-01T00:00:00Z
    t.addMember(QStringLiteral("m"));
    // Default: no expiry.
    QVERIFY(!t.ledger().issue({QStringLiteral("m"), 10, std::nullopt, {}, t.nextKey()}).value().expiresAtMs);

    setPolicy(t, {ExpiryPolicy::Window::Days, 365, 0, {}, {}});
    QCOMPARE(*t.ledger().issue({QStringLiteral("m"), 10, std::nullopt, {}, t.nextKey()}).value().expiresAtMs, at("2027-01-01T00:00:00Z"));
    // An explicit expiry overrides the policy for that issue.
    QCOMPARE(*t.ledger().issue({QStringLiteral("m"), 10, at("2026-02-01T00:00:00Z"), {}, t.nextKey()}).value().expiresAtMs,
             at("2026-02-01T00:00:00Z"));

    // The end of the 1st month after January 15th: the end of February.
    t.clock().setNowMs(at("2026-01-15T10:30:00Z"));
    setPolicy(t, {ExpiryPolicy::Window::Months, 1, 0, {}, {}});
    QCOMPARE(*t.ledger().issue({QStringLiteral("m"), 10, std::nullopt, {}, t.nextKey()}).value().expiresAtMs, at("2026-03-01T00:00:00Z"));
    // The end of the 1st quarter after one in Q1 (February 10th): the end of Q2.
    t.clock().setNowMs(at("2026-02-10T00:00:00Z"));
    setPolicy(t, {ExpiryPolicy::Window::Quarters, 1, 0, {}, {}});
    QCOMPARE(*t.ledger().issue({QStringLiteral("m"), 10, std::nullopt, {}, t.nextKey()}).value().expiresAtMs, at("2026-07-01T00:00:00Z"));
    // December rolls over the year: the end of the 2nd month after December is the end of February.
    t.clock().setNowMs(at("2026-12-31T23:59:59Z"));
    setPolicy(t, {ExpiryPolicy::Window::Months, 2, 0, {}, {}});
    QCOMPARE(*t.ledger().issue({QStringLiteral("m"), 10, std::nullopt, {}, t.nextKey()}).value().expiresAtMs, at("2027-03-01T00:00:00Z"));

    ExpiryPolicyBook book(t.database(), t.clock(), admin);
    QCOMPARE(book.history().value().size(), 5);  // the default and four versions
    QCOMPARE(book.current().value().version, 4);
    QCOMPARE(book.change({{}, {}, {}, {}, QString()}).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
    QSqlQuery audits(t.database().connection());
    QVERIFY(audits.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.set'")) && audits.next());
    QCOMPARE(audits.value(0).toInt(), 4);
}

void ReportsTest::graceIsHonouredToTheSecond()
{
    TestLedger t;
    setPolicy(t, {ExpiryPolicy::Window::Days, 10, 2, {}, {}});
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 100);  // expires 2026-01-11, redeemable until 2026-01-13T00:00:00Z
    const qint64 lapse = at("2026-01-13T00:00:00Z");

    t.clock().setNowMs(at("2026-01-12T00:00:00Z"));  // in grace
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 100);
    redeem(t, QStringLiteral("m"), 10);
    const Report expiring = run(t, [&] {
        ReportRequest request = asOf("expiring", t.clock().nowMs());
        request.withinDays = 30;
        return request;
    }());
    QCOMPARE(figure(expiring.figures, QStringLiteral("members.0.in_grace")), 90);

    t.clock().setNowMs(lapse - 1000);  // one second before: still redeemable
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 90);
    redeem(t, QStringLiteral("m"), 5);
    t.clock().setNowMs(lapse);  // at the lapse: gone, whether or not the expiry run has happened
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 0);
    const Result<ReservationView> late =
        t.ledger().reserve({QStringLiteral("m"), 1, QStringLiteral("loyalife"), QStringLiteral("late"), t.nextKey(), 900});
    QCOMPARE(late.error().code, errors::insufficientPoints);
    // Point state counts them expired before the run writes them (85 = 100 − 10 − 5).
    const Report state = run(t, asOf("point-state", lapse));
    QCOMPARE(figure(state.figures, QStringLiteral("expired.points")), 85);
    QCOMPARE(figure(state.figures, QStringLiteral("expired_not_yet_written.points")), 85);
    QCOMPARE(figure(state.figures, QStringLiteral("outstanding.points")), 0);
}

void ReportsTest::expiryRunIsIdempotent()
{
    TestLedger t;
    setPolicy(t, {ExpiryPolicy::Window::Days, 30, 0, {}, {}});
    for (const char *member : {"a", "b"}) {
        t.addMember(QString::fromLatin1(member));
        t.issue(QString::fromLatin1(member), 40);
    }
    t.clock().advanceMs(10 * dayMs);
    t.issue(QStringLiteral("a"), 7);  // expires ten days after the others
    t.clock().setNowMs(at("2026-01-31T00:00:00Z"));
    const Ledger::ExpiryCounts first = t.ledger().expire().value();
    QCOMPARE(first.members, 2);
    QCOMPARE(first.lots, 2);
    QCOMPARE(first.points, 80);
    const Ledger::ExpiryCounts again = t.ledger().expire().value();
    QCOMPARE(again.lots, 0);
    QCOMPARE(again.points, 0);
    QCOMPARE(t.ledger().balance(QStringLiteral("a")).value().available, 7);
    t.clock().setNowMs(at("2026-02-10T00:00:00Z"));
    QCOMPARE(t.ledger().expire().value().points, 7);
    QSqlQuery query(t.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), SUM(points) FROM entries WHERE kind = 'expire'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 3);
    QCOMPARE(query.value(1).toLongLong(), 87);
    QVERIFY(Verifier(t.database()).run().value().ok());
}

// The close of Q1 2026 (as of 2026-04-01T00:00:00Z), 25 paise a point, buckets 0-90/91-180/181+,
// manual rates 0.5, 0.2, 0.45:
//   m1: 1,003 points issued 2025-10-01 → 182 days old → 181+      value 1,003 × 25 = 25,075 paise
//   m2: 2,000 points issued 2025-12-15 → 107 days → 91-180 (300 of them held at the close)
//                                                                 value 50,000
//   m3: 3,000 points issued 2026-02-01, 531 redeemed 2026-03-01 → 59 days → 0-90: 2,469 points
//                                                                 value 61,725
//   breakage: 61,725 × 0.5 = 30,862.5 → 30,862 (half to even); 50,000 × 0.2 = 10,000;
//             25,075 × 0.45 = 11,283.75 → 11,284.   Total 52,146.
//   net: 30,863 + 40,000 + 13,791 = 84,654 = 136,800 − 52,146.
void ReportsTest::quarterEndCloseToThePaisa()
{
    TestLedger t;
    t.clock().setNowMs(at("2025-09-01T00:00:00Z"));
    QVERIFY(ProgrammeBook(t.database(), t.clock(), admin).change({{}, PointValue{25, 1}, {}, QStringLiteral("25 paise")}));
    for (const char *member : {"m1", "m2", "m3"})
        t.addMember(QString::fromLatin1(member));
    t.clock().setNowMs(at("2025-10-01T09:00:00Z"));
    t.issue(QStringLiteral("m1"), 1003);
    t.clock().setNowMs(at("2025-12-15T09:00:00Z"));
    t.issue(QStringLiteral("m2"), 2000);
    t.clock().setNowMs(at("2026-02-01T09:00:00Z"));
    t.issue(QStringLiteral("m3"), 3000);
    t.clock().setNowMs(at("2026-03-01T09:00:00Z"));
    redeem(t, QStringLiteral("m3"), 531, QStringLiteral("loyalife"));
    t.clock().setNowMs(at("2026-03-31T12:00:00Z"));
    const qint64 held = t.reserve(QStringLiteral("m2"), 300, QStringLiteral("marketplace"), 86'400);

    const qint64 close = at("2026-04-01T00:00:00Z");
    ReportRequest liability = asOf("liability", close);
    liability.breakage = BreakageSpec::parse(QStringLiteral("0.5,0.2,0.45"), 3).value();
    const QJsonObject before = run(t, liability).figures;
    QCOMPARE(figure(before, QStringLiteral("buckets.0.outstanding")), 2469);
    QCOMPARE(figure(before, QStringLiteral("buckets.1.outstanding")), 2000);
    QCOMPARE(figure(before, QStringLiteral("buckets.2.outstanding")), 1003);
    QCOMPARE(figure(before, QStringLiteral("buckets.0.value")), 61725);
    QCOMPARE(figure(before, QStringLiteral("buckets.0.expected_breakage")), 30862);
    QCOMPARE(figure(before, QStringLiteral("buckets.1.expected_breakage")), 10000);
    QCOMPARE(figure(before, QStringLiteral("buckets.2.expected_breakage")), 11284);
    QCOMPARE(figure(before, QStringLiteral("buckets.0.net_liability")), 30863);
    QCOMPARE(figure(before, QStringLiteral("buckets.2.net_liability")), 13791);
    QCOMPARE(figure(before, QStringLiteral("total.value")), 136800);
    QCOMPARE(figure(before, QStringLiteral("total.expected_breakage")), 52146);
    QCOMPARE(figure(before, QStringLiteral("total.net_liability")), 84654);

    const QJsonObject state = run(t, asOf("point-state", close)).figures;
    QCOMPARE(figure(state, QStringLiteral("issued.points")), 6003);
    QCOMPARE(figure(state, QStringLiteral("redeemed.points")), 531);
    QCOMPARE(figure(state, QStringLiteral("redeemed_by_source.loyalife.points")), 531);
    QCOMPARE(figure(state, QStringLiteral("expired.points")), 0);
    QCOMPARE(figure(state, QStringLiteral("outstanding.points")), 5472);
    QCOMPARE(figure(state, QStringLiteral("outstanding.money")), 136800);
    QCOMPARE(figure(state, QStringLiteral("held.points")), 300);
    QVERIFY(state.value(QStringLiteral("ties")).toBool());

    // Q1's roll-forward: 3,003 at the opening + 3,000 − 531 − 0 = 5,472 at the close.
    ReportRequest rollForward = asOf("roll-forward", close);
    rollForward.fromMs = at("2026-01-01T00:00:00Z");
    rollForward.toMs = close;
    rollForward.breakage = liability.breakage;
    const QJsonObject quarter = run(t, rollForward).figures;
    QCOMPARE(figure(quarter, QStringLiteral("opening.points")), 3003);
    QCOMPARE(figure(quarter, QStringLiteral("issued.points")), 3000);
    QCOMPARE(figure(quarter, QStringLiteral("redeemed.points")), 531);
    QCOMPARE(figure(quarter, QStringLiteral("closing.points")), 5472);
    QVERIFY(quarter.value(QStringLiteral("ties")).toBool());

    // April's activity does not change the close of March.
    t.clock().setNowMs(at("2026-04-01T10:00:00Z"));
    QVERIFY(t.ledger().confirm({held, 100, t.nextKey(), std::nullopt}));
    redeem(t, QStringLiteral("m1"), 3);
    t.issue(QStringLiteral("m1"), 50);
    QCOMPARE(run(t, liability).figures, before);
    QCOMPARE(run(t, asOf("point-state", close)).figures, state);
}

// The issue's example: 365-day window, no grace. Lot A: 100 issued day 0, 60 redeemed day 30, 40
// expired day 365; lot B: 50 issued day 0, 50 redeemed day 200; T = day 400. Bucket 91-180: at
// age 91 A has 40 outstanding and B 50, so D = 90 and X = 40. A lot C of 1,000 points issued on
// day 300 is 100 days old at T: value 100,000 paise × 40/90 = 44,444.4 → 44,444; net 55,556.
void ReportsTest::breakageEstimatedFromHistory()
{
    TestLedger t;
    const qint64 day0 = TestLedger::startMs;
    setPolicy(t, {ExpiryPolicy::Window::Days, 365, 0, {}, {}});
    for (const char *member : {"a", "b", "c"})
        t.addMember(QString::fromLatin1(member));
    t.issue(QStringLiteral("a"), 100);
    t.issue(QStringLiteral("b"), 50);
    t.clock().setNowMs(day0 + 30 * dayMs);
    redeem(t, QStringLiteral("a"), 60);
    t.clock().setNowMs(day0 + 200 * dayMs);
    redeem(t, QStringLiteral("b"), 50);
    t.clock().setNowMs(day0 + 300 * dayMs);
    t.issue(QStringLiteral("c"), 1000);
    t.clock().setNowMs(day0 + 365 * dayMs);
    QCOMPARE(t.ledger().expire().value().points, 40);

    const QJsonObject figures = run(t, asOf("liability", day0 + 400 * dayMs)).figures;
    QCOMPARE(figure(figures, QStringLiteral("buckets.1.history_outstanding")), 90);
    QCOMPARE(figure(figures, QStringLiteral("buckets.1.history_expired")), 40);
    QCOMPARE(figures.value(QStringLiteral("buckets")).toArray().at(1).toObject().value(QStringLiteral("breakage_rate")).toObject()
                 .value(QStringLiteral("decimal")).toString(),
             QStringLiteral("0.4444"));
    QCOMPARE(figure(figures, QStringLiteral("buckets.1.outstanding")), 1000);
    QCOMPARE(figure(figures, QStringLiteral("buckets.1.expected_breakage")), 44444);
    QCOMPARE(figure(figures, QStringLiteral("buckets.1.net_liability")), 55556);
    // Bucket 0-90 (age 0): A 100 and B 50 outstanding, 40 expired: 40/150.
    QCOMPARE(figure(figures, QStringLiteral("buckets.0.history_outstanding")), 150);
    QCOMPARE(figure(figures, QStringLiteral("buckets.0.history_expired")), 40);
    // The expiry had not been written on day 364: as of then no lot's fate was known.
    ReportRequest early = asOf("liability", day0 + 364 * dayMs);
    early.breakage = BreakageSpec::parse(QStringLiteral("0.1,auto,0.1"), 3).value();
    QCOMPARE(ReportEngine(t.database()).run(early).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("breakage"));
}

// A ledger too young for any lot's fate to be known. Asked for auto, the report refuses and says
// which bucket; by default it books no breakage there (the whole value is liability) and says so,
// so a liability works on any ledger. m's 10 points are worth 1,000 paise (100/1).
void ReportsTest::breakageWithoutHistory()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 10);
    ReportRequest estimated = asOf("liability", t.clock().nowMs() + 1);
    estimated.breakage = BreakageSpec::parse(QStringLiteral("auto"), 3).value();
    const Result<Report> refused = ReportEngine(t.database()).run(estimated);
    QCOMPARE(refused.error().code, errors::invalidArgument);
    QVERIFY2(refused.error().message.contains(QStringLiteral("bucket 0-90")), qPrintable(refused.error().message));

    const Report byDefault = run(t, asOf("liability", t.clock().nowMs() + 1));
    QCOMPARE(byDefault.parameters.value(QStringLiteral("breakage")).toString(), QStringLiteral("default"));
    const QJsonObject first = byDefault.figures.value(QStringLiteral("buckets")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("rate_basis")).toString(), QStringLiteral("no_history"));
    QCOMPARE(figure(byDefault.figures, QStringLiteral("buckets.0.value")), 1000);
    QCOMPARE(figure(byDefault.figures, QStringLiteral("buckets.0.expected_breakage")), 0);
    QCOMPARE(figure(byDefault.figures, QStringLiteral("total.net_liability")), 1000);
    QVERIFY2(byDefault.notes.join(QLatin1Char(' ')).contains(QStringLiteral("No history yet for 0-90, 91-180, 181+")),
             qPrintable(byDefault.notes.join(QLatin1Char(' '))));

    ReportRequest manual = asOf("liability", t.clock().nowMs() + 1);
    manual.breakage = BreakageSpec::parse(QStringLiteral("0.1,0.2,0.3"), 3).value();
    QCOMPARE(figure(run(t, manual).figures, QStringLiteral("buckets.0.expected_breakage")), 100);  // 1,000 paise × 0.1
    QCOMPARE(BreakageSpec::parse(QStringLiteral("0.1,0.2"), 3).error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("breakage"));
    QCOMPARE(BreakageSpec::parse(QStringLiteral("0.1,1.2,0.3"), 3).error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("breakage"));
}

// Finance's expected rates, set in the expiry policy, are the default wherever they give a rate;
// a bucket they leave to auto is estimated (here: no history, so none). A new bucket layout must
// bring its own rates. m's 10 points: 1,000 paise × 0.05 = 50 in 0-90.
void ReportsTest::expectedBreakageInThePolicy()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 10);
    ExpiryPolicyChange wrongCount;
    wrongCount.breakage = QStringLiteral("0.05,0.2");
    wrongCount.reason = QStringLiteral("finance's rates");
    ExpiryPolicyBook book(t.database(), t.clock(), admin);
    QCOMPARE(book.change(wrongCount).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("breakage"));
    ExpiryPolicyChange rates;
    rates.breakage = QStringLiteral("0.05, 0.2 ,auto");
    rates.reason = QStringLiteral("finance's rates");
    QCOMPARE(book.change(rates).value().breakage, QStringLiteral("0.050000,0.200000,auto"));  // one spelling kept

    const Report report = run(t, asOf("liability", t.clock().nowMs() + 1));
    const QJsonArray buckets = report.figures.value(QStringLiteral("buckets")).toArray();
    QCOMPARE(buckets.at(0).toObject().value(QStringLiteral("rate_basis")).toString(), QStringLiteral("configured"));
    QCOMPARE(figure(report.figures, QStringLiteral("buckets.0.expected_breakage")), 50);
    QCOMPARE(figure(report.figures, QStringLiteral("total.net_liability")), 950);
    QCOMPARE(buckets.at(1).toObject().value(QStringLiteral("rate_basis")).toString(), QStringLiteral("configured"));
    QCOMPARE(buckets.at(2).toObject().value(QStringLiteral("rate_basis")).toString(), QStringLiteral("no_history"));
    QVERIFY2(report.notes.join(QLatin1Char(' ')).contains(QStringLiteral("expiry policy version 1")), qPrintable(report.notes.join(QLatin1Char(' '))));
    // A report's own rates win over the policy's.
    ReportRequest given = asOf("liability", t.clock().nowMs() + 1);
    given.breakage = BreakageSpec::parse(QStringLiteral("0.1,0.2,0.3"), 3).value();
    QCOMPARE(figure(run(t, given).figures, QStringLiteral("buckets.0.expected_breakage")), 100);

    ExpiryPolicyChange finer;
    finer.buckets = AgeingBuckets::parse(QStringLiteral("0-30,31-90,91-180,181+")).value();
    finer.reason = QStringLiteral("monthly first bucket");
    const Result<ExpiryPolicy> refused = book.change(finer);
    QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("breakage"));
    QCOMPARE(book.current().value().version, 1);  // nothing changed
    finer.breakage = QString();
    QCOMPARE(book.change(finer).value().breakage, QString());  // cleared with the new buckets
    QCOMPARE(figure(run(t, asOf("liability", t.clock().nowMs() + 1)).figures, QStringLiteral("total.expected_breakage")), 0);
}

void ReportsTest::reconciliationAndCohorts()
{
    TestLedger t;
    // Six members in Sales (a cohort), three in Audit (folded into "other").
    for (int i = 0; i < 9; ++i) {
        const QString id = QStringLiteral("e%1").arg(i);
        QVERIFY(t.ledger().addMember({id, {}, QStringLiteral("darwinbox"), i < 6 ? QStringLiteral("Sales") : QStringLiteral("Audit")}));
        t.issue(id, 100);
    }
    const qint64 from = t.clock().nowMs();
    t.clock().advanceMs(1000);
    redeem(t, QStringLiteral("e0"), 30, QStringLiteral("marketplace"));
    redeem(t, QStringLiteral("e6"), 90, QStringLiteral("loyalife"));
    const qint64 failed = t.reserve(QStringLiteral("e1"), 10, QStringLiteral("marketplace"));
    QVERIFY(t.ledger().release({failed, QStringLiteral("out of stock"), t.nextKey(), QStringLiteral("marketplace")}));
    t.reserve(QStringLiteral("e2"), 20, QStringLiteral("loyalife"), 60);
    t.clock().advanceMs(61'000);
    QCOMPARE(t.ledger().sweep().value().timedOutReservations, 1);
    const qint64 to = t.clock().nowMs() + 1;

    ReportRequest reconciliation = asOf("reconciliation", to);
    reconciliation.fromMs = from;
    reconciliation.toMs = to;
    const QJsonObject figures = run(t, reconciliation).figures;
    QCOMPARE(figure(figures, QStringLiteral("sources.marketplace.confirmations.points")), 30);
    QCOMPARE(figure(figures, QStringLiteral("sources.marketplace.reservations.count")), 1);
    QCOMPARE(figure(figures, QStringLiteral("sources.marketplace.releases.failure.points")), 10);
    QCOMPARE(figure(figures, QStringLiteral("sources.loyalife.confirmations.points")), 90);
    QCOMPARE(figure(figures, QStringLiteral("sources.loyalife.releases.timeout.count")), 1);
    QCOMPARE(figure(figures, QStringLiteral("journal_redeemed_points")), 120);
    QVERIFY(figures.value(QStringLiteral("ties")).toBool());

    // Issues happened before `from`; over a period from the start: Sales issued 600, redeemed 30;
    // Audit (3 members) is folded into other: issued 300, redeemed 90.
    ReportRequest cohorts = asOf("cohorts", to);
    cohorts.fromMs = TestLedger::startMs;
    cohorts.toMs = to;
    const QJsonArray rows = run(t, cohorts).figures.value(QStringLiteral("cohorts")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("cohort")).toString(), QStringLiteral("other"));  // 0.3000 first
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("redemption_rate")).toString(), QStringLiteral("0.3000"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("cohort")).toString(), QStringLiteral("Sales"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("members")).toInt(), 6);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("issued")).toInt(), 600);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("redemption_rate")).toString(), QStringLiteral("0.0500"));
}

// Who released a hold is its own field: a release naming no source is an admin's, whatever the
// actor is called ("console" on the rules page, "test" here), and one naming its source is the
// platform's. The old classification matched actor names "cli:%" and "console:%".
void ReportsTest::adminReleaseIsAFieldNotAnActorName()
{
    TestLedger t;
    QVERIFY(t.ledger().addMember({QStringLiteral("a1"), {}, QStringLiteral("darwinbox"), {}}));
    t.issue(QStringLiteral("a1"), 100);
    const qint64 from = t.clock().nowMs();
    t.clock().advanceMs(1000);
    t.ledger().setActor(Actor{QStringLiteral("console"), sourceAdmin});
    const qint64 byAdmin = t.reserve(QStringLiteral("a1"), 7, QStringLiteral("marketplace"));
    QVERIFY(t.ledger().release({byAdmin, QStringLiteral("stuck"), t.nextKey(), std::nullopt}));
    const qint64 byPlatform = t.reserve(QStringLiteral("a1"), 11, QStringLiteral("marketplace"));
    QVERIFY(t.ledger().release({byPlatform, QStringLiteral("out of stock"), t.nextKey(), QStringLiteral("marketplace")}));
    ReportRequest reconciliation = asOf("reconciliation", t.clock().nowMs() + 1);
    reconciliation.fromMs = from;
    reconciliation.toMs = t.clock().nowMs() + 1;
    const QJsonObject figures = run(t, reconciliation).figures;
    QCOMPARE(figure(figures, QStringLiteral("sources.marketplace.releases.admin.count")), 1);
    QCOMPARE(figure(figures, QStringLiteral("sources.marketplace.releases.admin.points")), 7);
    QCOMPARE(figure(figures, QStringLiteral("sources.marketplace.releases.failure.count")), 1);
    QCOMPARE(figure(figures, QStringLiteral("sources.marketplace.releases.failure.points")), 11);
}

// Each writer formats a cell from its value: plain for CSV and JSON, the locale's for people.
void ReportsTest::reportCellsFormatFromTheirValues()
{
    const money::Currency inr{QStringLiteral("INR"), 2};
    const ReportCell money = ReportCell::ofMoney(-12345678901, inr);
    QCOMPARE(money.plain(), QStringLiteral("-123456789.01"));
    QCOMPARE(money.forPeople(QLocale(QLocale::English, QLocale::India)), QStringLiteral("-12,34,56,789.01"));
    QCOMPARE(money.forPeople(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("-123.456.789,01"));
    QVERIFY(money.isNumber());
    // 40 / 90 = 0.44444…: four places, half to even.
    QCOMPARE(ReportCell::ofRatio(40, 90).plain(), QStringLiteral("0.4444"));
    QCOMPARE(ReportCell::ofRatio(40, 90).forPeople(QLocale(QLocale::French, QLocale::France)), QStringLiteral("0,4444"));
    // 5 / 8 = 0.625 to two places: half to even gives 0.62.
    QCOMPARE(ReportCell::ofRatio(5, 8, 2).plain(), QStringLiteral("0.62"));
    QCOMPARE(ReportCell::ofRate(Rate{1, 20}).plain(), QStringLiteral("0.0500"));
    QCOMPARE(ReportCell::ofRatio(3, 0).kind, ReportCell::Kind::Empty);
    QCOMPARE(ReportCell::ofRatio(3, 0).plain(), QString());
    QCOMPARE(ReportCell::ofPoints(1234567).forPeople(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("1,234,567"));
    QCOMPARE(ReportCell::ofPoints(1234567).plain(), QStringLiteral("1234567"));
    // 2026-03-31T18:30:00Z = 1774981800000 ms.
    QCOMPARE(ReportCell::ofDate(1774981800000).plain(), QStringLiteral("2026-03-31T18:30:00Z"));
    QVERIFY(!ReportCell::ofDate(1774981800000).isNumber());
    QCOMPARE(ReportCell::ofText(QStringLiteral("1234")).forPeople(QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("1234"));  // text that looks like a number stays text
}

void ReportsTest::csvIsRfc4180()
{
    Report report;
    report.table.columns = {QStringLiteral("member"), QStringLiteral("points")};
    report.table.rows = {{ReportCell::ofText(QStringLiteral("Rao, \"Ravi\"")), ReportCell::ofPoints(1500)},
                         {ReportCell::ofText(QStringLiteral("Ünal")), ReportCell::ofPoints(7)}};
    report.table.total = {ReportCell::ofText(QStringLiteral("total")), ReportCell::ofPoints(1507)};
    QCOMPARE(reportformat::csv(report),
             QByteArray("member,points\r\n\"Rao, \"\"Ravi\"\"\",1500\r\n\xc3\x9cnal,7\r\ntotal,1507\r\n"));
    // A report with a title and parameters says so first, one "# " line each, keys in order.
    report.title = QStringLiteral("Members");
    report.parameters = {{QStringLiteral("to"), QStringLiteral("2026-04-01T00:00:00Z")}, {QStringLiteral("from"), QStringLiteral("2026-01-01T00:00:00Z")}};
    QVERIFY(reportformat::csv(report).startsWith("# Members\r\n# from: 2026-01-01T00:00:00Z\r\n# to: 2026-04-01T00:00:00Z\r\nmember,points\r\n"));
}

void ReportsTest::scheduledExportWritesFileManifestAndAudit()
{
    QTemporaryDir folder;
    TestLedger t;  // 2026-01-01T00:00:00Z
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 250);
    ExportScheduler scheduler(t.database(), t.clock(), admin);
    ExportSchedule schedule;
    schedule.name = QStringLiteral("erp-liability");
    schedule.report = QStringLiteral("liability");
    schedule.every = QStringLiteral("month");
    schedule.format = QStringLiteral("csv");
    schedule.directory = folder.path();
    schedule.parameters = {{QStringLiteral("breakage"), QStringLiteral("0.1,0.2,0.3")}};
    const Result<ExportSchedule> added = scheduler.add(schedule);
    QVERIFY(added);
    QCOMPARE(added.value().nextDueMs, at("2026-02-01T00:00:00Z"));
    QCOMPARE(scheduler.runDue().value().size(), 0);  // nothing due yet

    // On March 2nd two month-ends are due: January's and February's, oldest first.
    t.clock().setNowMs(at("2026-03-02T08:00:00Z"));
    const QList<ExportRun> runs = scheduler.runDue().value();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).asOfMs, at("2026-02-01T00:00:00Z"));
    QCOMPARE(runs.at(1).asOfMs, at("2026-03-01T00:00:00Z"));
    QCOMPARE(scheduler.runDue().value().size(), 0);  // a second run produces nothing

    QFile csv(folder.filePath(QStringLiteral("erp-liability-2026-02-01.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    // 250 points outstanding, 31 days old: bucket 0-90, ₹250.00 × 0.1 = ₹25.00.
    QVERIFY2(bytes.contains("0-90,250,250.00,0.1000,manual,,,25.00,225.00\r\n"), bytes.constData());
    QFile manifestFile(folder.filePath(QStringLiteral("erp-liability-2026-02-01.manifest.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    QCOMPARE(manifest.value(QStringLiteral("report")).toString(), QStringLiteral("liability"));
    QCOMPARE(manifest.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-02-01T00:00:00Z"));
    QCOMPARE(manifest.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(manifest.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QSqlQuery audits(t.database().connection());
    QVERIFY(audits.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export.run'")) && audits.next());
    QCOMPARE(audits.value(0).toInt(), 2);
    QCOMPARE(scheduler.list().value().first().nextDueMs, at("2026-04-01T00:00:00Z"));
    QVERIFY(scheduler.remove(QStringLiteral("erp-liability")));
    QCOMPARE(scheduler.list().value().size(), 0);
}

// Thousands of issues, redemptions, holds, timeouts and expiries over 120 days, with reports
// taken at checkpoints along the way. At every checkpoint point-state ties and the buckets sum
// to outstanding; each roll-forward's closing is the next one's opening; and re-running every
// past checkpoint after all the later activity gives exactly the same figures.
void ReportsTest::randomLedgerTiesAndStaysStable()
{
    TestLedger t;
    QRandomGenerator random(20261125);
    setPolicy(t, {ExpiryPolicy::Window::Days, 30, 3, {}, {}});
    QStringList members;
    for (int i = 0; i < 40; ++i) {
        members << QStringLiteral("r%1").arg(i);
        t.addMember(members.last());
    }
    const BreakageSpec rates = BreakageSpec::parse(QStringLiteral("0.05,0.2,0.45"), 3).value();
    struct Checkpoint
    {
        qint64 atMs;
        QJsonObject state;
        QJsonObject ageing;
        QJsonObject liability;
    };
    QList<Checkpoint> checkpoints;
    QList<qint64> openHolds;
    int operations = 0;
    for (int day = 0; day < 120; ++day) {
        for (int i = 0; i < 30; ++i, ++operations) {
            t.clock().advanceMs(random.bounded(40 * 60 * 1000));
            const QString member = members.at(random.bounded(int(members.size())));
            const int roll = random.bounded(100);
            if (roll < 35) {
                t.issue(member, 1 + random.bounded(500));
            } else if (roll < 65) {
                const Points available = t.ledger().balance(member).value().available;
                if (available > 0)
                    redeem(t, member, 1 + random.bounded(int(std::min<Points>(available, 300))),
                           roll % 2 ? QStringLiteral("marketplace") : QStringLiteral("loyalife"));
            } else if (roll < 85) {
                const Points available = t.ledger().balance(member).value().available;
                if (available > 0)
                    openHolds << t.reserve(member, 1 + random.bounded(int(std::min<Points>(available, 200))), QStringLiteral("loyalife"),
                                           60 + random.bounded(7200));
            } else if (!openHolds.isEmpty()) {
                const qint64 id = openHolds.takeAt(random.bounded(int(openHolds.size())));
                if (roll < 93)
                    t.ledger().confirm({id, std::nullopt, t.nextKey(), std::nullopt});
                else
                    t.ledger().release({id, QStringLiteral("failure"), t.nextKey(), std::nullopt});
            }
        }
        if (day % 7 == 3)
            QVERIFY(t.ledger().sweep());
        if (day % 10 == 9) {
            const qint64 checkpoint = t.clock().nowMs() + 1;
            ReportRequest liability = asOf("liability", checkpoint);
            liability.breakage = rates;
            checkpoints.append({checkpoint, run(t, asOf("point-state", checkpoint)).figures, run(t, asOf("ageing", checkpoint)).figures,
                                run(t, liability).figures});
        }
    }
    QVERIFY(operations >= 3600);
    QVERIFY(Verifier(t.database()).run().value().ok());
    qint64 expiredSeen = 0;
    for (qsizetype i = 0; i < checkpoints.size(); ++i) {
        const Checkpoint &c = checkpoints.at(i);
        QVERIFY2(c.state.value(QStringLiteral("ties")).toBool(), qPrintable(timeformat::toIso(c.atMs)));
        const qint64 outstanding = figure(c.state, QStringLiteral("outstanding.points"));
        QCOMPARE(figure(c.ageing, QStringLiteral("total.outstanding")), outstanding);
        QCOMPARE(figure(c.liability, QStringLiteral("total.outstanding")), outstanding);
        expiredSeen = figure(c.state, QStringLiteral("expired.points"));
        // After everything that happened later, the same as-of gives the same figures.
        QCOMPARE(run(t, asOf("point-state", c.atMs)).figures, c.state);
        QCOMPARE(run(t, asOf("ageing", c.atMs)).figures, c.ageing);
        ReportRequest liability = asOf("liability", c.atMs);
        liability.breakage = rates;
        QCOMPARE(run(t, liability).figures, c.liability);
        if (i + 1 < checkpoints.size()) {
            ReportRequest rollForward = asOf("roll-forward", c.atMs);
            rollForward.fromMs = c.atMs;
            rollForward.toMs = checkpoints.at(i + 1).atMs;
            rollForward.breakage = rates;
            const QJsonObject period = run(t, rollForward).figures;
            QVERIFY(period.value(QStringLiteral("ties")).toBool());
            QCOMPARE(figure(period, QStringLiteral("opening.points")), outstanding);
            QCOMPARE(figure(period, QStringLiteral("closing.points")), figure(checkpoints.at(i + 1).state, QStringLiteral("outstanding.points")));
        }
    }
    QVERIFY2(expiredSeen > 0, "the random ledger should have expired points by its last checkpoint");
}

namespace {

struct LotSums
{
    qint64 rows = 0;
    Points issued = 0, adjustedIn = 0, refunded = 0, redeemed = 0, adjustedOut = 0, expired = 0, outstanding = 0, held = 0;
    QByteArray csv;
};

LotSums exportLots(TestLedger &t, qint64 asOfMs)
{
    LotSums sums;
    QBuffer out(&sums.csv);
    out.open(QIODevice::WriteOnly);
    const AgeingBuckets buckets = ExpiryPolicyBook::inForceAt(t.database(), asOfMs).buckets;
    sums.rows = LotExport(t.database()).write(out, asOfMs, buckets, false);
    LotExport(t.database()).forEach(asOfMs, buckets, [&sums](const LotRecord &lot) {
        // Each lot on its own: what came in went somewhere.
        if (lot.issued + lot.adjustedIn + lot.refunded != lot.redeemed + lot.adjustedOut + lot.expired + lot.outstanding)
            qFatal("lot %lld does not balance", lot.lotId);
        sums.issued += lot.issued;
        sums.adjustedIn += lot.adjustedIn;
        sums.refunded += lot.refunded;
        sums.redeemed += lot.redeemed;
        sums.adjustedOut += lot.adjustedOut;
        sums.expired += lot.expired;
        sums.outstanding += lot.outstanding;
        sums.held += lot.held;
    });
    return sums;
}

}  // namespace

// The record-level export over a random ledger with every kind of movement (issues, redemptions,
// holds confirmed, released and timed out, refunds whole and in part, credits and debits by
// correction, expiries written and due): at every checkpoint its columns sum to point-state as of
// the same moment (point-state's redeemed is net of refunds), and after all the later activity
// the same as-of gives the same bytes.
void ReportsTest::lotsExportSumsToPointStateAndStaysStable()
{
    TestLedger t;
    QRandomGenerator random(20261203);
    setPolicy(t, {ExpiryPolicy::Window::Days, 20, 2, {}, {}});
    QStringList members;
    for (int i = 0; i < 25; ++i) {
        members << QStringLiteral("x%1").arg(i);
        t.addMember(members.last());
    }
    QList<qint64> openHolds;
    QList<qint64> confirmed;
    struct Checkpoint
    {
        qint64 atMs;
        QByteArray csv;
    };
    QList<Checkpoint> checkpoints;
    int refunds = 0;
    int corrections = 0;
    bool heldSeen = false;
    bool expiredSeen = false;
    for (int day = 0; day < 70; ++day) {
        for (int i = 0; i < 25; ++i) {
            t.clock().advanceMs(random.bounded(50 * 60 * 1000));
            const QString member = members.at(random.bounded(int(members.size())));
            const int roll = random.bounded(100);
            const Points available = t.ledger().balance(member).value().available;
            if (roll < 30) {
                t.issue(member, 1 + random.bounded(400));
            } else if (roll < 50 && available > 0) {
                const Result<ReservationView> done = t.ledger().redeem(
                    {member, 1 + random.bounded(int(std::min<Points>(available, 250))), QStringLiteral("marketplace"), t.nextKey(), t.nextKey()});
                QVERIFY(done);
                confirmed << done.value().reservationId;
            } else if (roll < 68 && available > 0) {
                openHolds << t.reserve(member, 1 + random.bounded(int(std::min<Points>(available, 150))), QStringLiteral("loyalife"),
                                       60 + random.bounded(6 * 3600));
            } else if (roll < 80 && !openHolds.isEmpty()) {
                const qint64 id = openHolds.takeAt(random.bounded(int(openHolds.size())));
                if (roll < 76 && t.ledger().confirm({id, std::nullopt, t.nextKey(), std::nullopt}))
                    confirmed << id;
                else
                    t.ledger().release({id, QStringLiteral("failure"), t.nextKey(), std::nullopt});
            } else if (roll < 88 && !confirmed.isEmpty()) {
                RefundRequest refund;
                refund.reservationId = confirmed.takeAt(random.bounded(int(confirmed.size())));
                if (roll % 2)
                    refund.points = 1;  // in part; the rest stays refundable
                refund.reason = QStringLiteral("returned");
                refund.idempotencyKey = t.nextKey();
                if (t.ledger().refund(refund))
                    ++refunds;
            } else if (roll < 94) {
                const Points points = roll % 2 || available == 0 ? 1 + random.bounded(100) : -(1 + random.bounded(int(std::min<Points>(available, 80))));
                if (t.ledger().adjust({member, points, QStringLiteral("correction"), t.nextKey()}))
                    ++corrections;
            }
        }
        if (day % 5 == 2)
            QVERIFY(t.ledger().sweep());
        if (day % 7 == 6) {
            const qint64 at = t.clock().nowMs() + 1;
            const PointState state = PointStateQuery(t.database()).state(at);
            const LotSums lots = exportLots(t, at);
            const QString when = timeformat::toIso(at);
            QVERIFY2(lots.issued == state.issued, qPrintable(when));
            QVERIFY2(lots.adjustedIn == state.adjustedIn, qPrintable(when));
            QVERIFY2(lots.adjustedOut == state.adjustedOut, qPrintable(when));
            QVERIFY2(lots.refunded == state.refunded, qPrintable(when));
            QVERIFY2(lots.redeemed - lots.refunded == state.redeemed, qPrintable(when));
            QVERIFY2(lots.expired == state.expired, qPrintable(when));
            QVERIFY2(lots.outstanding == state.outstanding, qPrintable(when));
            QVERIFY2(lots.held == state.held, qPrintable(when));
            heldSeen = heldSeen || lots.held > 0;
            expiredSeen = expiredSeen || lots.expired > 0;
            checkpoints.append({at, lots.csv});
        }
    }
    QVERIFY(refunds > 5 && corrections > 5);
    QVERIFY(Verifier(t.database()).run().value().ok());
    QVERIFY2(heldSeen && expiredSeen, "the checkpoints should see points held and points expired");
    for (const Checkpoint &checkpoint : std::as_const(checkpoints))
        QVERIFY2(exportLots(t, checkpoint.atMs).csv == checkpoint.csv, qPrintable(timeformat::toIso(checkpoint.atMs)));
}

// One lot of 100 points issued on 1 January (policy: 30 days, 2 of grace, so it lapses on
// 2 February 00:00): 60 redeemed on the 5th, 10 of those refunded on the 6th. As of the 8th: 100
// issued, 10 refunded, 60 redeemed, 50 outstanding, state mixed, 7 days old. On 1 February 12:00,
// in grace, 20 are held for a day; as of 2 February 06:00 (lapsed, the hold still open, no
// expiry written yet): 20 outstanding (the held), 30 expired (due), so 100 + 10 = 60 + 30 + 20.
void ReportsTest::lotsExportReadsEachLotsFateHandComputed()
{
    TestLedger t;
    setPolicy(t, {ExpiryPolicy::Window::Days, 30, 2, {}, {}});
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 100);
    t.clock().advanceMs(4 * dayMs);
    const Result<ReservationView> redeemed =
        t.ledger().redeem({QStringLiteral("m"), 60, QStringLiteral("marketplace"), QStringLiteral("o-1"), t.nextKey()});
    QVERIFY(redeemed);
    t.clock().advanceMs(dayMs);
    RefundRequest refund;
    refund.reservationId = redeemed.value().reservationId;
    refund.points = 10;
    refund.reason = QStringLiteral("returned");
    refund.idempotencyKey = t.nextKey();
    QVERIFY(t.ledger().refund(refund));
    const auto lotAt = [&](qint64 atMs) {
        QList<LotRecord> lots;
        LotExport(t.database()).forEach(atMs, AgeingBuckets{}, [&lots](const LotRecord &lot) { lots << lot; });
        return lots;
    };
    const QList<LotRecord> eighth = lotAt(TestLedger::startMs + 7 * dayMs);
    QCOMPARE(eighth.size(), 1);
    const LotRecord &lot = eighth.first();
    QCOMPARE(lot.issued, 100);
    QCOMPARE(lot.refunded, 10);
    QCOMPARE(lot.redeemed, 60);
    QCOMPARE(lot.outstanding, 50);
    QCOMPARE(lot.held, 0);
    QCOMPARE(lot.expired, 0);
    QCOMPARE(lot.state(), QStringLiteral("mixed"));
    QCOMPARE(lot.ageDays, 7);
    QCOMPARE(lot.bucket, QStringLiteral("0-90"));
    QCOMPARE(lot.department, QString());
    t.clock().setNowMs(TestLedger::startMs + 31 * dayMs + dayMs / 2);
    t.reserve(QStringLiteral("m"), 20, QStringLiteral("loyalife"), 86'400);
    const LotRecord lapsed = lotAt(TestLedger::startMs + 32 * dayMs + dayMs / 4).first();
    QCOMPARE(lapsed.state(), QStringLiteral("mixed"));
    QCOMPARE(lapsed.outstanding, 20);
    QCOMPARE(lapsed.expired, 30);
    QCOMPARE(lapsed.held, 20);
    QCOMPARE(*lapsed.lapsesAtMs, TestLedger::startMs + 32 * dayMs);
    // Before the lot was issued it is not in the export at all.
    QCOMPARE(lotAt(TestLedger::startMs).size(), 0);
}

// A member enrolled in Sales (member add records no department history) moves to Finance on day
// 10: as of day 5 their lot is Sales', as of day 11 Finance's; the move is kept from then on.
void ReportsTest::lotsExportNamesTheDepartmentAsOfTheDate()
{
    TestLedger t;
    QVERIFY(t.ledger().addMember({QStringLiteral("d"), QStringLiteral("Dev"), QStringLiteral("darwinbox"), QStringLiteral("Sales")}));
    t.issue(QStringLiteral("d"), 40);
    t.clock().advanceMs(10 * dayMs);
    QVERIFY(t.ledger().updateMember({QStringLiteral("d"), {}, {}, QStringLiteral("Finance")}));
    const auto departmentAt = [&](qint64 atMs) {
        QString department;
        LotExport(t.database()).forEach(atMs, AgeingBuckets{}, [&department](const LotRecord &lot) { department = lot.department; });
        return department;
    };
    QCOMPARE(departmentAt(TestLedger::startMs + 5 * dayMs), QStringLiteral("Sales"));
    QCOMPARE(departmentAt(TestLedger::startMs + 11 * dayMs), QStringLiteral("Finance"));
}

// `schedule add --report lots`: the month-end export holds every lot (two here, one row each
// after the four header comments and the header row), its manifest's digest is the file's, and a
// PDF of every lot is refused naming the format.
void ReportsTest::aScheduledLotsExportStreamsEveryLotWithItsManifest()
{
    QTemporaryDir folder;
    TestLedger t;  // 2026-01-01T00:00:00Z
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 250);
    t.issue(QStringLiteral("m"), 50);
    ExportScheduler scheduler(t.database(), t.clock(), admin);
    ExportSchedule schedule;
    schedule.name = QStringLiteral("finance-lots");
    schedule.report = QStringLiteral("lots");
    schedule.every = QStringLiteral("month");
    schedule.format = QStringLiteral("pdf");
    schedule.directory = folder.path();
    const Result<ExportSchedule> refused = scheduler.add(schedule);
    QVERIFY(!refused);
    QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("format"));
    schedule.format = QStringLiteral("csv");
    QVERIFY(scheduler.add(schedule));
    t.clock().setNowMs(at("2026-02-01T08:00:00Z"));
    const QList<ExportRun> runs = scheduler.runDue().value();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().rows, 2);
    QFile file(runs.first().file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count("\r\n"), 4 + 1 + 2);
    QVERIFY(bytes.startsWith("# Lots as of 2026-02-01T00:00:00Z\r\n"));
    QFile manifestFile(runs.first().manifest);
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    QCOMPARE(manifest.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(manifest.value(QStringLiteral("report")).toString(), QStringLiteral("lots"));
    QCOMPARE(manifest.value(QStringLiteral("rows")).toInteger(), 2);
}

// appendIso writes what toIso (QDateTime) writes, over leap days, month and year ends, whole
// seconds (no milliseconds) and a spread of random instants from 1970 to 9999.
void ReportsTest::theExportsFastTimesAreQtsIsoTimes()
{
    QList<qint64> instants{0, 999, 1'000, at("2024-02-29T23:59:59.999Z"), at("2000-03-01T00:00:00Z"), at("2100-02-28T12:00:00Z"),
                           at("1999-12-31T23:59:59Z"), at("9999-12-31T23:59:59.999Z")};
    QRandomGenerator random(7);
    for (int i = 0; i < 20'000; ++i)
        instants << qint64(random.bounded(quint64(253'402'300'800'000)));
    for (const qint64 ms : std::as_const(instants)) {
        QByteArray fast;
        timeformat::appendIso(fast, ms);
        QCOMPARE(QString::fromLatin1(fast), timeformat::toIso(ms));
    }
}

// `report liability --by department`, 25 paise a point, breakage 0.333 in every bucket. As of
// 2026-04-01: Sales has s1's 777 (issued 2025-10-01, 182 days: 181+) and s2's 101 (0-90); Finance
// f1's 555 (2025-12-15, 107 days: 91-180); Ops o1's 333 and m's 1,000 (2026-02-01: 0-90) — m
// moved from Sales to Ops on 2026-02-15, so as of 2026-02-10 m's 1,000 are Sales' (777 + 101 +
// 1,000 = 1,878).
// Bucket 0-90: 1,434 points, 35,850 paise, breakage 0.333 × 35,850 = 11,938.05 → 11,938, shared
// 101 : 1,333 → Sales 1,205,738 / 1,434 = 840 r 1,178, Ops 15,913,354 / 1,434 = 11,097 r 256; the
// one paisa left goes to Sales' larger remainder: 841 and 11,097. Bucket 91-180: 13,875, breakage
// 4,620.375 → 4,620 (Finance). Bucket 181+: 19,425, breakage 6,468.525 → 6,469 (Sales).
// Sales 878 points, 21,950 value, 7,310 breakage, 14,640 net; Finance 555, 13,875, 4,620, 9,255;
// Ops 1,333, 33,325, 11,097, 22,228; together 2,766, 69,150, 23,027, 46,123 = the total.
void ReportsTest::liabilityByDepartmentSumsToTheTotal()
{
    TestLedger t;
    t.clock().setNowMs(at("2025-09-01T00:00:00Z"));
    QVERIFY(ProgrammeBook(t.database(), t.clock(), admin).change({{}, PointValue{25, 1}, {}, QStringLiteral("25 paise")}));
    for (const auto &[member, department] : {std::pair{"s1", "Sales"}, std::pair{"s2", "Sales"}, std::pair{"f1", "Finance"},
                                             std::pair{"o1", "Ops"}, std::pair{"m", "Sales"}})
        QVERIFY(t.ledger().addMember({QString::fromLatin1(member), QString::fromLatin1(member), QStringLiteral("darwinbox"),
                                      QString::fromLatin1(department)}));
    t.clock().setNowMs(at("2025-10-01T09:00:00Z"));
    t.issue(QStringLiteral("s1"), 777);
    t.clock().setNowMs(at("2025-12-15T09:00:00Z"));
    t.issue(QStringLiteral("f1"), 555);
    t.clock().setNowMs(at("2026-02-01T09:00:00Z"));
    t.issue(QStringLiteral("o1"), 333);
    t.issue(QStringLiteral("s2"), 101);
    t.issue(QStringLiteral("m"), 1000);
    t.clock().setNowMs(at("2026-02-15T09:00:00Z"));
    QVERIFY(t.ledger().updateMember({QStringLiteral("m"), {}, {}, QStringLiteral("Ops")}));
    t.clock().setNowMs(at("2026-04-02T09:00:00Z"));

    ReportRequest request = asOf("liability", at("2026-04-01T00:00:00Z"));
    request.buckets = AgeingBuckets::parse(QStringLiteral("0-90,91-180,181+")).value();
    request.breakage = BreakageSpec::parse(QStringLiteral("0.333,0.333,0.333"), 3).value();
    const QJsonObject whole = run(t, request).figures;
    QCOMPARE(figure(whole, QStringLiteral("buckets.0.expected_breakage")), 11938);
    QCOMPARE(figure(whole, QStringLiteral("total.net_liability")), 46123);
    QVERIFY(!whole.contains(QStringLiteral("by")));

    request.liabilityBy = LiabilityGroup::Department;
    const Report shared = run(t, request);
    const QJsonObject &by = shared.figures;
    QCOMPARE(figure(by, QStringLiteral("total.net_liability")), 46123);  // the total is the report's own
    const QJsonArray groups = by.value(QStringLiteral("by")).toArray();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("department")).toString(), QStringLiteral("Finance"));
    QCOMPARE(groups.at(1).toObject().value(QStringLiteral("department")).toString(), QStringLiteral("Ops"));
    QCOMPARE(groups.at(2).toObject().value(QStringLiteral("department")).toString(), QStringLiteral("Sales"));
    QCOMPARE(figure(by, QStringLiteral("by.2.buckets.0.outstanding")), 101);
    QCOMPARE(figure(by, QStringLiteral("by.2.buckets.0.expected_breakage")), 841);
    QCOMPARE(figure(by, QStringLiteral("by.1.buckets.0.expected_breakage")), 11097);
    QCOMPARE(figure(by, QStringLiteral("by.0.buckets.1.expected_breakage")), 4620);
    QCOMPARE(figure(by, QStringLiteral("by.2.buckets.2.expected_breakage")), 6469);
    const qint64 expected[3][4] = {{555, 13875, 4620, 9255}, {1333, 33325, 11097, 22228}, {878, 21950, 7310, 14640}};
    qint64 netSum = 0;
    for (int g = 0; g < 3; ++g) {
        const QString total = QStringLiteral("by.%1.total.").arg(g);
        QCOMPARE(figure(by, total + QStringLiteral("outstanding")), expected[g][0]);
        QCOMPARE(figure(by, total + QStringLiteral("value")), expected[g][1]);
        QCOMPARE(figure(by, total + QStringLiteral("expected_breakage")), expected[g][2]);
        QCOMPARE(figure(by, total + QStringLiteral("net_liability")), expected[g][3]);
        netSum += figure(by, total + QStringLiteral("net_liability"));
    }
    QCOMPARE(netSum, 46123);
    QCOMPARE(shared.table.rows.size(), 12);  // three departments × (three buckets + their sum)
    QCOMPARE(shared.table.columns.first(), QStringLiteral("department"));

    // Before the move, m's lot is Sales'.
    request.asOfMs = at("2026-02-10T00:00:00Z");
    const QJsonObject early = run(t, request).figures;
    QCOMPARE(early.value(QStringLiteral("by")).toArray().at(2).toObject().value(QStringLiteral("department")).toString(), QStringLiteral("Sales"));
    QCOMPARE(figure(early, QStringLiteral("by.2.total.outstanding")), 1878);
    QCOMPARE(figure(early, QStringLiteral("by.1.total.outstanding")), 333);
}

// The issue's quarter, to the paisa. 25 paise a point, lots expire 80 days after issue, buckets
// 0-90/91-180/181+, breakage 30 % on 0-90 and none elsewhere. Member a: lot A 5,000 issued
// 2026-01-01 (expires 2026-03-22), lot B 5,000 issued 2026-01-20 (expires 2026-04-10); 4,000
// redeemed 2026-02-10 come out of A; A's last 1,000 expire on 2026-03-22.
// Q1 [2026-01-01, 2026-04-01): nothing at the opening (net 0, expected breakage 0).
//   issued   10,000 × 25 = 250,000: Dr reward expense 6400 / Cr points liability 2400
//   redeemed  4,000 × 25 = 100,000: Dr 2400 / Cr redemption settlement 2100
//   true-up   1,000 × 25 − 0 = 25,000: Dr 2400 / Cr breakage income 4400
//   expected  B's 5,000 are 71 days old at the close (0-90): 125,000 × 0.30 = 37,500: Dr 2400 / Cr 4400
//   debits = credits = 250,000 + 100,000 + 25,000 + 37,500 = 412,500; the liability's net credit
//   250,000 − 162,500 = 87,500 = closing net (125,000 − 37,500) − opening net 0.
// Q2 [2026-04-01, 2026-07-01): B's 5,000 expire on 2026-04-10: true-up 125,000 − 37,500 = 87,500
//   (Dr 2400 / Cr 4400), nothing expected at the close; the liability's net credit −87,500.
void ReportsTest::glJournalOfAHandComputedQuarter()
{
    TestLedger t;
    t.clock().setNowMs(at("2025-12-01T00:00:00Z"));
    QVERIFY(ProgrammeBook(t.database(), t.clock(), admin).change({{}, PointValue{25, 1}, {}, QStringLiteral("25 paise")}));
    setPolicy(t, {ExpiryPolicy::Window::Days, 80, 0, AgeingBuckets::parse(QStringLiteral("0-90,91-180,181+")).value(), {}});
    t.addMember(QStringLiteral("a"));
    t.clock().setNowMs(at("2026-01-01T09:00:00Z"));
    t.issue(QStringLiteral("a"), 5000);
    t.clock().setNowMs(at("2026-01-20T09:00:00Z"));
    t.issue(QStringLiteral("a"), 5000);
    t.clock().setNowMs(at("2026-02-10T09:00:00Z"));
    redeem(t, QStringLiteral("a"), 4000, QStringLiteral("loyalife"));
    t.clock().setNowMs(at("2026-03-23T00:00:00Z"));
    QCOMPARE(t.ledger().expire().value().points, 1000);
    t.clock().setNowMs(at("2026-04-11T00:00:00Z"));
    QCOMPARE(t.ledger().expire().value().points, 5000);
    t.clock().setNowMs(at("2026-07-02T00:00:00Z"));

    ReportRequest q1 = period("gl-journal", "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z");
    q1.breakage = BreakageSpec::parse(QStringLiteral("0.30,0,0"), 3).value();
    const Report journal = run(t, q1);
    QCOMPARE(journalLines(journal.figures),
             (QStringList{QStringLiteral("6400 250000 0  issued"), QStringLiteral("2400 0 250000  issued"),
                          QStringLiteral("2400 100000 0  redeemed"), QStringLiteral("2100 0 100000  redeemed"),
                          QStringLiteral("2400 25000 0  breakage_true_up"), QStringLiteral("4400 0 25000  breakage_true_up"),
                          QStringLiteral("2400 37500 0  breakage_expected"), QStringLiteral("4400 0 37500  breakage_expected")}));
    QCOMPARE(figure(journal.figures, QStringLiteral("totals.INR.debit")), 412500);
    QCOMPARE(figure(journal.figures, QStringLiteral("totals.INR.credit")), 412500);
    QVERIFY(journal.figures.value(QStringLiteral("balanced")).toBool());
    QCOMPARE(figure(journal.figures, QStringLiteral("liability.net_credit")), 87500);
    QCOMPARE(figure(journal.figures, QStringLiteral("liability.closing_net_liability")), 87500);
    QCOMPARE(figure(journal.figures, QStringLiteral("rounding_and_revaluation")), 0);
    QCOMPARE(journal.table.columns, (QStringList{QStringLiteral("date"), QStringLiteral("gl_account"), QStringLiteral("debit"),
                                                 QStringLiteral("credit"), QStringLiteral("currency"), QStringLiteral("cost_centre"),
                                                 QStringLiteral("description"), QStringLiteral("reference")}));
    QCOMPARE(journal.table.rows.first().first().plain(), QStringLiteral("2026-03-31"));
    QCOMPARE(journal.table.rows.first().at(2).plain(), QStringLiteral("2500.00"));

    // The roll-forward of the same quarter moves the net liability by the same 87,500.
    ReportRequest rollForward = q1;
    rollForward.name = QStringLiteral("roll-forward");
    const QJsonObject quarter = run(t, rollForward).figures;
    QCOMPARE(figure(quarter, QStringLiteral("net_liability.change")), 87500);
    QCOMPARE(figure(quarter, QStringLiteral("breakage_true_up.money")), 25000);
    QCOMPARE(figure(quarter, QStringLiteral("expired.points")), 1000);

    ReportRequest q2 = period("gl-journal", "2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z");
    q2.breakage = q1.breakage;
    const QJsonObject second = run(t, q2).figures;
    QCOMPARE(journalLines(second), (QStringList{QStringLiteral("2400 87500 0  breakage_true_up"), QStringLiteral("4400 0 87500  breakage_true_up")}));
    QCOMPARE(figure(second, QStringLiteral("liability.net_credit")), -87500);
}

// By cost centre: Sales' s and m hold 1,000 and 2,000 points issued 2025-12-01 (0-90 at the
// opening, breakage 10 %: 75,000 paise, expected 7,500, net 67,500, all Sales'); m moves to Ops on
// 2026-02-15 and redeems 500 on 2026-03-01. At the close both lots are 121 days old (91-180, no
// breakage): Sales 1,000 → 25,000, Ops 1,500 → 37,500.
//   Sales (CC-S): true-up 0 − 7,500 → Dr 4400 7,500 / Cr 2400 7,500; its net moves 25,000 − 67,500
//     = −42,500, of which the true-up posted +7,500: 50,000 left Sales with m → Dr 2400 50,000.
//   Ops (CC-O): redeemed 12,500 → Dr 2400 / Cr 2100; its net moves +37,500, of which −12,500 was
//     posted: 50,000 came with m → Cr 2400 50,000. Together: debits = credits = 70,000, and the
//     liability's net credit 7,500 − 50,000 − 12,500 + 50,000 = −5,000 = 62,500 − 67,500.
void ReportsTest::glJournalByCostCentreCarriesAMover()
{
    TestLedger t;
    t.clock().setNowMs(at("2025-11-01T00:00:00Z"));
    QVERIFY(ProgrammeBook(t.database(), t.clock(), admin).change({{}, PointValue{25, 1}, {}, QStringLiteral("25 paise")}));
    for (const char *member : {"s", "m"})
        QVERIFY(t.ledger().addMember({QString::fromLatin1(member), QString::fromLatin1(member), QStringLiteral("darwinbox"), QStringLiteral("Sales")}));
    t.clock().setNowMs(at("2025-12-01T09:00:00Z"));
    t.issue(QStringLiteral("s"), 1000);
    t.issue(QStringLiteral("m"), 2000);
    t.clock().setNowMs(at("2026-02-15T09:00:00Z"));
    QVERIFY(t.ledger().updateMember({QStringLiteral("m"), {}, {}, QStringLiteral("Ops")}));
    t.clock().setNowMs(at("2026-03-01T09:00:00Z"));
    redeem(t, QStringLiteral("m"), 500);
    t.clock().setNowMs(at("2026-04-02T00:00:00Z"));

    ReportRequest request = period("gl-journal", "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z");
    request.buckets = AgeingBuckets::parse(QStringLiteral("0-90,91-180,181+")).value();
    request.breakage = BreakageSpec::parse(QStringLiteral("0.10,0,0"), 3).value();
    request.glMapping = GlMapping::parse(R"({"accounts": {"points_liability": "2400", "reward_expense": "6400",
        "redemption_settlement": "2100", "breakage_income": "4400"},
        "cost_centre": {"by": "department", "map": {"Sales": "CC-S", "Ops": "CC-O"}}})").value();
    const QJsonObject journal = run(t, request).figures;
    QCOMPARE(journalLines(journal),
             (QStringList{QStringLiteral("2400 12500 0 CC-O redeemed"), QStringLiteral("2100 0 12500 CC-O redeemed"),
                          QStringLiteral("2400 0 50000 CC-O rounding"), QStringLiteral("4400 7500 0 CC-S breakage_true_up"),
                          QStringLiteral("2400 0 7500 CC-S breakage_true_up"), QStringLiteral("2400 50000 0 CC-S rounding")}));
    QCOMPARE(figure(journal, QStringLiteral("totals.INR.debit")), 70000);
    QCOMPARE(figure(journal, QStringLiteral("totals.INR.credit")), 70000);
    QCOMPARE(figure(journal, QStringLiteral("liability.net_credit")), -5000);
    QCOMPARE(figure(journal, QStringLiteral("liability.change_in_net_liability")), -5000);
}

// A wrong mapping is refused naming the key, and the ledger is not read for it.
void ReportsTest::glMappingRefusalsNameTheKey()
{
    const auto fieldOf = [](const char *json) {
        const Result<GlMapping> mapping = GlMapping::parse(QByteArray(json));
        return mapping ? QStringLiteral("accepted") : mapping.error().details.value(QStringLiteral("field")).toString();
    };
    const char *const accounts = R"("points_liability": "2400", "reward_expense": "6400", "redemption_settlement": "2100")";
    QCOMPARE(fieldOf(R"({"accounts": {"points_liability": "2400", "reward_expense": "6400", "redemption_settlement": "2100"}})"),
             QStringLiteral("mapping.accounts.breakage_income"));
    QCOMPARE(fieldOf(qPrintable(QStringLiteral(R"({"accounts": {%1, "breakage_incme": "4400"}})").arg(QLatin1String(accounts)))),
             QStringLiteral("mapping.accounts.breakage_incme"));
    QCOMPARE(fieldOf(qPrintable(QStringLiteral(R"({"accounts": {%1, "breakage_income": "2100"}})").arg(QLatin1String(accounts)))),
             QStringLiteral("mapping.accounts.breakage_income"));
    QCOMPARE(fieldOf(qPrintable(QStringLiteral(R"({"accounts": {%1, "breakage_income": ""}})").arg(QLatin1String(accounts)))),
             QStringLiteral("mapping.accounts.breakage_income"));
    QCOMPARE(fieldOf(qPrintable(QStringLiteral(R"({"currency": "XYZ", "accounts": {%1, "breakage_income": "4400"}})").arg(QLatin1String(accounts)))),
             QStringLiteral("mapping.currency"));
    QCOMPARE(fieldOf(qPrintable(QStringLiteral(R"({"accounts": {%1, "breakage_income": "4400"}, "cost_centre": {"by": "region"}})").arg(QLatin1String(accounts)))),
             QStringLiteral("mapping.cost_centre.by"));
    QCOMPARE(fieldOf(qPrintable(QStringLiteral(R"({"acounts": {}})"))), QStringLiteral("mapping.acounts"));
    QCOMPARE(fieldOf("[1]"), QStringLiteral("mapping"));

    TestLedger t;
    QVERIFY(t.ledger().addMember({QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("darwinbox"), QStringLiteral("Legal")}));
    t.issue(QStringLiteral("x"), 10);
    t.clock().advanceMs(dayMs);
    ReportRequest request;
    request.name = QStringLiteral("gl-journal");
    request.fromMs = TestLedger::startMs - dayMs;
    request.toMs = TestLedger::startMs + dayMs / 2;
    request.glMapping = GlMapping::parse(qPrintable(QStringLiteral(R"({"currency": "USD", "accounts": {%1, "breakage_income": "4400"}})").arg(QLatin1String(accounts)))).value();
    QCOMPARE(ReportEngine(t.database()).run(request).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("mapping.currency"));
    request.glMapping = GlMapping::parse(qPrintable(QStringLiteral(R"({"accounts": {%1, "breakage_income": "4400"},
        "cost_centre": {"by": "department", "map": {"Sales": "CC-S"}}})").arg(QLatin1String(accounts)))).value();
    const LedgerError unmapped = ReportEngine(t.database()).run(request).error();
    QCOMPARE(unmapped.details.value(QStringLiteral("field")).toString(), QStringLiteral("mapping.cost_centre.default"));
    QVERIFY2(unmapped.message.contains(QStringLiteral("'Legal'")), qPrintable(unmapped.message));
}

QTEST_GUILESS_MAIN(ReportsTest)
namespace {

ReportRequest whatIf(qint64 asOfMs, ExpiryPolicy::Window window, int count, std::optional<int> graceDays)
{
    ReportRequest request = asOf("what-if", asOfMs);
    request.proposedExpiry = ExpiryProposal{window, count, graceDays};
    return request;
}

qint64 rowCount(TestLedger &t, const char *table)
{
    QSqlQuery query(t.database().connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)) || !query.next())
        qFatal("cannot count %s", table);
    return query.value(0).toLongLong();
}

}  // namespace

// A random ledger whose policy changes half-way (30 days, grace 3, then 60 days, grace 5), with
// lots of their own expiry, holds, sweeps and expiry runs: at every checkpoint the what-if under
// the policy then in force is today's figures to the point, moves no lot, and its "today" is
// point-state's and the liability report's own.
void ReportsTest::whatIfUnderTodaysPolicyIsTodaysFigures()
{
    TestLedger t;
    QRandomGenerator random(20261204);
    setPolicy(t, {ExpiryPolicy::Window::Days, 30, 3, {}, {}});
    QStringList members;
    for (int i = 0; i < 12; ++i) {
        members << QStringLiteral("w%1").arg(i);
        t.addMember(members.last());
    }
    const BreakageSpec rates = BreakageSpec::parse(QStringLiteral("0.05,0.2,0.45"), 3).value();
    int checkpoints = 0;
    qint64 governedSeen = 0;
    qint64 movedByAShorterWindow = 0;
    for (int day = 0; day < 100; ++day) {
        if (day == 50)
            setPolicy(t, {ExpiryPolicy::Window::Days, 60, 5, {}, {}});
        for (int i = 0; i < 12; ++i) {
            t.clock().advanceMs(random.bounded(2 * 60 * 60 * 1000));
            const QString member = members.at(random.bounded(int(members.size())));
            const int roll = random.bounded(100);
            if (roll < 40) {
                t.issue(member, 1 + random.bounded(400), roll < 5 ? std::optional<qint64>(t.clock().nowMs() + 45 * dayMs) : std::nullopt);
            } else if (roll < 75) {
                const Points available = t.ledger().balance(member).value().available;
                if (available > 0)
                    redeem(t, member, 1 + random.bounded(int(std::min<Points>(available, 250))));
            } else if (roll < 85) {
                const Points available = t.ledger().balance(member).value().available;
                if (available > 0)
                    t.reserve(member, 1 + random.bounded(int(std::min<Points>(available, 100))), QStringLiteral("loyalife"), 3600);
            }
        }
        if (day % 9 == 4)
            QVERIFY(t.ledger().expire());
        if (day % 10 != 9)
            continue;
        ++checkpoints;
        const qint64 checkpoint = t.clock().nowMs() + 1;
        const ExpiryPolicy inForce = ExpiryPolicyBook::inForceAt(t.database(), checkpoint);
        ReportRequest same = whatIf(checkpoint, inForce.window, inForce.windowCount, inForce.graceDays);
        same.breakage = rates;
        const QJsonObject figures = run(t, same).figures;
        QCOMPARE(figures.value(QStringLiteral("proposed")).toObject(), figures.value(QStringLiteral("today")).toObject());
        QCOMPARE(figures.value(QStringLiteral("lots_moved")).toInteger(), 0);
        governedSeen = figures.value(QStringLiteral("lots_governed")).toInteger();
        const QJsonObject today = figures.value(QStringLiteral("today")).toObject();
        const QJsonObject state = run(t, asOf("point-state", checkpoint)).figures;
        QCOMPARE(today.value(QStringLiteral("outstanding")).toInteger(), figure(state, QStringLiteral("outstanding.points")));
        QCOMPARE(today.value(QStringLiteral("expired")).toInteger(), figure(state, QStringLiteral("expired.points")));
        QCOMPARE(today.value(QStringLiteral("held")).toInteger(), figure(state, QStringLiteral("held.points")));
        ReportRequest liability = asOf("liability", checkpoint);
        liability.breakage = rates;
        const QJsonObject total = run(t, liability).figures.value(QStringLiteral("total")).toObject();
        QCOMPARE(today.value(QStringLiteral("value")).toInteger(), total.value(QStringLiteral("value")).toInteger());
        QCOMPARE(today.value(QStringLiteral("expected_breakage")).toInteger(), total.value(QStringLiteral("expected_breakage")).toInteger());
        QCOMPARE(today.value(QStringLiteral("net_liability")).toInteger(), total.value(QStringLiteral("net_liability")).toInteger());
        // A shorter window accounts for the same points: what stops being outstanding has expired.
        ReportRequest shorter = whatIf(checkpoint, ExpiryPolicy::Window::Days, 10, 0);
        shorter.breakage = rates;
        const QJsonObject change = run(t, shorter).figures.value(QStringLiteral("change")).toObject();
        QCOMPARE(change.value(QStringLiteral("outstanding")).toInteger(), -change.value(QStringLiteral("expired")).toInteger());
        QVERIFY(change.value(QStringLiteral("outstanding")).toInteger() <= 0);
        movedByAShorterWindow += run(t, shorter).figures.value(QStringLiteral("lots_moved")).toInteger();
    }
    QCOMPARE(checkpoints, 10);
    QVERIFY2(governedSeen > 0, "the last checkpoint's policy should govern some lots");
    QVERIFY2(movedByAShorterWindow > 0, "a 10-day window should move some lot at some checkpoint");
}

// Policy 180 days, grace 10, from day 0; the point worth 25 paise; breakage 10 %, 20 %, 30 % on
// 0-90, 91-180, 181+. Member a: lot A 1,000 on day 4 (400 redeemed on day 40), lot B 500 on day
// 59; member b: lot C 700 on day 120, lot D 300 on day 31 with its own expiry (day 360).
// As of day 170, today: nothing has expired; A expires day 184 (within 30 days: 600), B day 239
// (within 90: 500), C day 300, D day 360. Outstanding 2,100: 0-90 C 700; 91-180 A 600 + B 500 +
// D 300 = 1,400. Value 700 x 25 = 17,500 and 1,400 x 25 = 35,000 paise; breakage 1,750 and
// 7,000; net 15,750 + 28,000 = 43,750.
// Proposed 90 days (grace today's 10): A lapses day 104 and B day 159, so their 600 + 500 expire;
// C expires day 210 (within 60: 700); D keeps its own date. Outstanding 1,000: 0-90 700, 91-180
// D 300 (7,500 paise, breakage 1,500, net 6,000); net 15,750 + 6,000 = 21,750; change -22,000.
void ReportsTest::whatIfWithAShorterWindowMovesTheNamedLots()
{
    TestLedger t;
    const auto day = [](int n) { return TestLedger::startMs + n * dayMs; };
    QVERIFY(ProgrammeBook(t.database(), t.clock(), admin).change({{}, PointValue{25, 1}, {}, QStringLiteral("25 paise")}));
    setPolicy(t, {ExpiryPolicy::Window::Days, 180, 10, {}, {}});
    t.addMember(QStringLiteral("a"));
    t.addMember(QStringLiteral("b"));
    t.clock().setNowMs(day(4));
    t.issue(QStringLiteral("a"), 1000);
    t.clock().setNowMs(day(31));
    t.issue(QStringLiteral("b"), 300, day(360));
    t.clock().setNowMs(day(40));
    redeem(t, QStringLiteral("a"), 400);
    t.clock().setNowMs(day(59));
    t.issue(QStringLiteral("a"), 500);
    t.clock().setNowMs(day(120));
    t.issue(QStringLiteral("b"), 700);
    t.clock().setNowMs(day(175));

    const qint64 entriesBefore = rowCount(t, "entries");
    const qint64 policiesBefore = rowCount(t, "expiry_policies");
    ReportRequest request = whatIf(day(170), ExpiryPolicy::Window::Days, 90, std::nullopt);
    request.breakage = BreakageSpec::parse(QStringLiteral("0.10,0.20,0.30"), 3).value();
    const QJsonObject figures = run(t, request).figures;
    QCOMPARE(rowCount(t, "entries"), entriesBefore);
    QCOMPARE(rowCount(t, "expiry_policies"), policiesBefore);

    const QJsonObject today = figures.value(QStringLiteral("today")).toObject();
    const QJsonObject proposed = figures.value(QStringLiteral("proposed")).toObject();
    using Sides = std::pair<qint64, qint64>;  // today, proposed
    const auto sides = [&](const char *key) {
        return std::pair{figure(today, QString::fromLatin1(key)), figure(proposed, QString::fromLatin1(key))};
    };
    QCOMPARE(sides("outstanding"), Sides(2100, 1000));
    QCOMPARE(sides("expired"), Sides(0, 1100));
    QCOMPARE(sides("expiring_within_30_days"), Sides(600, 0));
    QCOMPARE(sides("expiring_within_60_days"), Sides(600, 700));
    QCOMPARE(sides("expiring_within_90_days"), Sides(1100, 700));
    QCOMPARE(sides("buckets.0.outstanding"), Sides(700, 700));
    QCOMPARE(sides("buckets.1.outstanding"), Sides(1400, 300));
    QCOMPARE(sides("value"), Sides(52500, 25000));
    QCOMPARE(sides("expected_breakage"), Sides(8750, 3250));
    QCOMPARE(sides("net_liability"), Sides(43750, 21750));
    QCOMPARE(figure(figures, QStringLiteral("change.net_liability")), -22000);
    QCOMPARE(figure(figures, QStringLiteral("change.buckets.1.outstanding")), -1100);
    QCOMPARE(figures.value(QStringLiteral("policy_proposed")).toObject().value(QStringLiteral("grace_days")).toInt(), 10);
    QCOMPARE(figure(figures, QStringLiteral("lots_governed")), 3);  // A, B, C: D's date is its own
    QStringList moved;
    for (const QJsonValue &value : figures.value(QStringLiteral("moved_lots")).toArray()) {
        const QJsonObject lot = value.toObject();
        moved << QStringLiteral("%1@%2 %3->%4 expired %5->%6")
                     .arg(lot.value(QStringLiteral("member")).toString(), lot.value(QStringLiteral("issued_at")).toString().left(10))
                     .arg(lot.value(QStringLiteral("outstanding_today")).toInteger())
                     .arg(lot.value(QStringLiteral("outstanding_proposed")).toInteger())
                     .arg(lot.value(QStringLiteral("expired_today")).toInteger())
                     .arg(lot.value(QStringLiteral("expired_proposed")).toInteger());
    }
    QCOMPARE(moved, (QStringList{QStringLiteral("a@2026-01-05 600->0 expired 0->600"), QStringLiteral("a@2026-03-01 500->0 expired 0->500"),
                                 QStringLiteral("b@2026-05-01 700->700 expired 0->0")}));
    // C moves only in when it would expire: within 60 days instead of not within 90.
    QCOMPARE(figures.value(QStringLiteral("moved_lots")).toArray().at(2).toObject().value(QStringLiteral("expiring_within_days_proposed")).toInt(), 60);
    QVERIFY(figures.value(QStringLiteral("moved_lots")).toArray().at(2).toObject().value(QStringLiteral("expiring_within_days_today")).isNull());
}

void ReportsTest::whatIfRefusalsAndNoSchedule()
{
    TestLedger t;
    const Result<Report> withoutProposal = ReportEngine(t.database()).run(asOf("what-if", TestLedger::startMs + 1));
    QVERIFY(!withoutProposal);
    QCOMPARE(withoutProposal.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("expiry"));
    ExportSchedule schedule;
    schedule.name = QStringLiteral("whatif");
    schedule.report = QStringLiteral("what-if");
    schedule.every = QStringLiteral("month");
    schedule.format = QStringLiteral("csv");
    schedule.directory = QDir::tempPath();
    const Result<ExportSchedule> added = ExportScheduler(t.database(), t.clock(), admin).add(schedule);
    QVERIFY(!added);
    QCOMPARE(added.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("report"));
}

#include "tst_reports.moc"
