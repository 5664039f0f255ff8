#include "reports/expirywhatif.h"

#include "base/invariant.h"
#include "base/timeformat.h"
#include "reports/liabilitymeasure.h"
#include "reports/lotexport.h"
#include "reports/reports.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <array>
#include <limits>

namespace orchard {

namespace {

constexpr qint64 dayMs = 86'400'000;
constexpr std::array<int, 3> expiringWithinDays{30, 60, 90};

// A lot's points as of the as-of under one set of dates.
struct LotFate
{
    Points outstanding = 0;
    Points held = 0;
    Points expired = 0;
    int within = int(expiringWithinDays.size());  // the first of 30/60/90 days its redeemable points expire within

    Points expiring() const { return outstanding - held; }
    bool operator==(const LotFate &) const = default;
};

int expiringWindowOf(const std::optional<qint64> &expiresAtMs, qint64 asOfMs)
{
    int window = 0;
    while (expiresAtMs && window < int(expiringWithinDays.size()) && *expiresAtMs >= asOfMs + expiringWithinDays.at(window) * dayMs)
        ++window;
    return expiresAtMs ? window : int(expiringWithinDays.size());
}

// As the lot export has it: the lot's own dates.
LotFate recordedFate(const LotRecord &lot, qint64 asOfMs)
{
    LotFate fate{lot.outstanding, lot.held, lot.expired, int(expiringWithinDays.size())};
    const bool lapsed = lot.lapsesAtMs && *lot.lapsesAtMs <= asOfMs;
    if (!lapsed && fate.expiring() > 0)
        fate.within = expiringWindowOf(lot.expiresAtMs, asOfMs);
    return fate;
}

// Under other dates: what was left of the lot lapses with them, or stays outstanding.
LotFate fateUnder(const LotRecord &lot, const std::optional<qint64> &expiresAtMs, const std::optional<qint64> &lapsesAtMs, qint64 asOfMs)
{
    const Points left = lot.outstanding + lot.expired;
    const bool lapsed = lapsesAtMs && *lapsesAtMs <= asOfMs;
    LotFate fate{lapsed ? lot.held : left, lot.held, lapsed ? left - lot.held : 0, int(expiringWithinDays.size())};
    if (!lapsed && fate.expiring() > 0)
        fate.within = expiringWindowOf(expiresAtMs, asOfMs);
    return fate;
}

// A lot's expiry and lapse (expiry plus grace); "never" as the largest instant, so that comparing
// dates compares numbers.
struct DatesOf
{
    std::optional<qint64> expiresAtMs;
    std::optional<qint64> lapsesAtMs;
    bool operator==(const DatesOf &other) const
    {
        constexpr qint64 never = std::numeric_limits<qint64>::max();
        return expiresAtMs.value_or(never) == other.expiresAtMs.value_or(never) && lapsesAtMs.value_or(never) == other.lapsesAtMs.value_or(never);
    }
};

DatesOf datesUnder(const ExpiryPolicy &policy, qint64 issuedAtMs)
{
    const std::optional<qint64> expiresAtMs = policy.expiryFor(issuedAtMs);
    return {expiresAtMs, expiresAtMs ? std::optional<qint64>(*expiresAtMs + policy.graceMs()) : std::nullopt};
}

// One side of the comparison, summed over the lots.
struct Side
{
    QList<Points> outstandingByBucket;
    Points outstanding = 0;
    Points held = 0;
    Points expired = 0;
    std::array<Points, 3> expiring{};  // within 30, 60, 90 days: each includes the shorter
    QList<BucketLiability> rows;

    void add(const LotFate &fate, int bucket)
    {
        outstandingByBucket[bucket] += fate.outstanding;
        outstanding += fate.outstanding;
        held += fate.held;
        expired += fate.expired;
        for (int k = fate.within; k < int(expiring.size()); ++k)
            expiring[k] += fate.expiring();
    }
    qint64 valueMinor() const
    {
        qint64 sum = 0;
        for (const BucketLiability &row : rows)
            sum += row.valueMinor;
        return sum;
    }
    qint64 breakageMinor() const
    {
        qint64 sum = 0;
        for (const BucketLiability &row : rows)
            sum += row.breakageMinor;
        return sum;
    }
    Points breakagePoints() const
    {
        Points sum = 0;
        for (const BucketLiability &row : rows)
            sum += row.breakagePoints;
        return sum;
    }
};

// Today's rates on other outstanding points: value and breakage rounded per bucket as the liability report rounds.
QList<BucketLiability> revalued(const QList<BucketLiability> &today, const QList<Points> &outstanding, const PointValue &value)
{
    QList<BucketLiability> rows = today;
    for (int k = 0; k < rows.size(); ++k) {
        BucketLiability &row = rows[k];
        row.outstanding = outstanding.at(k);
        row.valueMinor = value.valueOf(row.outstanding);
        row.breakageMinor = row.rate.applyTo(row.valueMinor);
        row.breakagePoints = row.rate.applyTo(row.outstanding);
    }
    return rows;
}

QJsonObject sideJson(const Side &side)
{
    QJsonArray buckets;
    for (const BucketLiability &row : side.rows)
        buckets.append(QJsonObject{{QStringLiteral("bucket"), row.label},
                                   {QStringLiteral("outstanding"), row.outstanding},
                                   {QStringLiteral("value"), row.valueMinor},
                                   {QStringLiteral("expected_breakage"), row.breakageMinor},
                                   {QStringLiteral("net_liability"), row.netMinor()}});
    QJsonObject object{{QStringLiteral("outstanding"), side.outstanding},
                       {QStringLiteral("held"), side.held},
                       {QStringLiteral("expired"), side.expired},
                       {QStringLiteral("value"), side.valueMinor()},
                       {QStringLiteral("expected_breakage"), side.breakageMinor()},
                       {QStringLiteral("expected_breakage_points"), side.breakagePoints()},
                       {QStringLiteral("net_liability"), side.valueMinor() - side.breakageMinor()},
                       {QStringLiteral("buckets"), buckets}};
    for (int k = 0; k < int(expiringWithinDays.size()); ++k)
        object.insert(QStringLiteral("expiring_within_%1_days").arg(expiringWithinDays.at(k)), side.expiring.at(k));
    return object;
}

// proposed - today, key by key, for the numbers of sideJson (the buckets' too).
QJsonObject changeJson(const QJsonObject &today, const QJsonObject &proposed)
{
    QJsonObject change;
    for (auto it = today.constBegin(); it != today.constEnd(); ++it) {
        if (it.value().isDouble()) {
            change.insert(it.key(), proposed.value(it.key()).toInteger() - it.value().toInteger());
            continue;
        }
        if (it.value().isString()) {  // a bucket's label
            change.insert(it.key(), it.value());
            continue;
        }
        QJsonArray buckets;
        const QJsonArray todayBuckets = it.value().toArray();
        const QJsonArray proposedBuckets = proposed.value(it.key()).toArray();
        for (int k = 0; k < todayBuckets.size(); ++k)
            buckets.append(changeJson(todayBuckets.at(k).toObject(), proposedBuckets.at(k).toObject()));
        change.insert(it.key(), buckets);
    }
    return change;
}

QJsonValue isoOrNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(timeformat::toIso(*ms)) : QJsonValue();
}

QJsonValue withinJson(int within)
{
    return within < int(expiringWithinDays.size()) ? QJsonValue(expiringWithinDays.at(within)) : QJsonValue();
}

QJsonObject policyJson(const ExpiryPolicy &policy)
{
    return {{QStringLiteral("expiry"), ExpiryPolicy::windowName(policy.window)},
            {QStringLiteral("count"), policy.windowCount},
            {QStringLiteral("grace_days"), policy.graceDays},
            {QStringLiteral("text"), policy.windowText()}};
}

QString policyText(const ExpiryPolicy &policy)
{
    return QStringLiteral("%1, grace %2 days").arg(policy.windowText()).arg(policy.graceDays);
}

}  // namespace

ExpiryPolicy ExpiryProposal::appliedTo(const ExpiryPolicy &inForce) const
{
    ExpiryPolicy policy = inForce;
    policy.window = window;
    policy.windowCount = window == ExpiryPolicy::Window::None ? 0 : windowCount;
    policy.graceDays = graceDays.value_or(inForce.graceDays);
    return policy;
}

Report ExpiryWhatIf::make(qint64 asOfMs, const ExpiryProposal &proposal, const std::optional<AgeingBuckets> &buckets, const BreakageSpec &breakage)
{
    const NetLiability liability = netLiabilityAt(m_database, asOfMs, buckets, breakage);
    const ExpiryPolicy inForce = ExpiryPolicyBook::inForceAt(m_database, asOfMs);
    const ExpiryPolicy proposed = proposal.appliedTo(inForce);
    const int bucketCount = liability.buckets.count();
    QHash<QString, int> bucketIndex;
    for (int k = 0; k < bucketCount; ++k)
        bucketIndex.insert(liability.buckets.label(k), k);

    Side today;
    Side whatIf;
    today.outstandingByBucket.resize(bucketCount);
    whatIf.outstandingByBucket.resize(bucketCount);
    qint64 governed = 0;
    qint64 moved = 0;
    QJsonArray movedLots;
    LotExport(m_database).forEach(asOfMs, liability.buckets, [&](const LotRecord &lot) {
        const int bucket = bucketIndex.value(lot.bucket);
        const LotFate recorded = recordedFate(lot, asOfMs);
        today.add(recorded, bucket);
        // The policy in force gave this lot its dates (and no one else did) only if they are its.
        const DatesOf policyDates = datesUnder(inForce, lot.issuedAtMs);
        const bool isGoverned = lot.origin != QLatin1String("refund") && policyDates == DatesOf{lot.expiresAtMs, lot.lapsesAtMs};
        if (!isGoverned) {
            whatIf.add(recorded, bucket);
            return;
        }
        ++governed;
        const DatesOf proposedDates = datesUnder(proposed, lot.issuedAtMs);
        const std::optional<qint64> &lapsesAtMs = proposedDates.lapsesAtMs;
        const LotFate fate = proposedDates == policyDates ? recorded : fateUnder(lot, proposedDates.expiresAtMs, lapsesAtMs, asOfMs);
        // Both fates account for the same points: the lot's, less what was redeemed or adjusted out.
        require(fate.outstanding + fate.expired == recorded.outstanding + recorded.expired,
                QStringLiteral("what-if: lot %1 would account for %2 points instead of %3")
                    .arg(lot.lotId).arg(fate.outstanding + fate.expired).arg(recorded.outstanding + recorded.expired));
        whatIf.add(fate, bucket);
        if (fate == recorded)
            return;
        ++moved;
        if (movedLots.size() < listedLotsLimit)
            movedLots.append(QJsonObject{{QStringLiteral("lot"), lot.lotId},
                                         {QStringLiteral("member"), lot.memberId},
                                         {QStringLiteral("issued_at"), timeformat::toIso(lot.issuedAtMs)},
                                         {QStringLiteral("lapses_at_today"), isoOrNull(lot.lapsesAtMs)},
                                         {QStringLiteral("lapses_at_proposed"), isoOrNull(lapsesAtMs)},
                                         {QStringLiteral("outstanding_today"), recorded.outstanding},
                                         {QStringLiteral("outstanding_proposed"), fate.outstanding},
                                         {QStringLiteral("expired_today"), recorded.expired},
                                         {QStringLiteral("expired_proposed"), fate.expired},
                                         {QStringLiteral("expiring_within_days_today"), withinJson(recorded.within)},
                                         {QStringLiteral("expiring_within_days_proposed"), withinJson(fate.within)}});
    });

    // The lots and the liability's buckets are two readings of one snapshot: they must agree.
    for (int k = 0; k < bucketCount; ++k) {
        Q_ASSERT(today.outstandingByBucket.at(k) == liability.rows.at(k).outstanding);
        require(today.outstandingByBucket.at(k) == liability.rows.at(k).outstanding,
                QStringLiteral("what-if: the lots of bucket %1 sum to %2 points, the liability's bucket to %3")
                    .arg(liability.rows.at(k).label).arg(today.outstandingByBucket.at(k)).arg(liability.rows.at(k).outstanding));
    }
    today.rows = liability.rows;
    whatIf.rows = revalued(liability.rows, whatIf.outstandingByBucket, liability.value);
    require(today.outstanding + today.expired == whatIf.outstanding + whatIf.expired,
            QStringLiteral("what-if: %1 points outstanding or expired today, %2 under the proposal")
                .arg(today.outstanding + today.expired).arg(whatIf.outstanding + whatIf.expired));

    const money::Currency &currency = liability.currency;
    Report report;
    report.title = QCoreApplication::translate("Reports", "What if the expiry policy were %1, grace %2 days").arg(proposed.windowText()).arg(proposed.graceDays);
    report.parameters = {{QStringLiteral("as_of"), timeformat::toIso(asOfMs)},
                         {QStringLiteral("buckets"), liability.buckets.toString()},
                         {QStringLiteral("breakage"), breakage.toString()},
                         {QStringLiteral("breakage_applied"), liability.breakage.spec.toString()},
                         {QStringLiteral("currency"), currency.code},
                         {QStringLiteral("point_value"), liability.value.toString()},
                         {QStringLiteral("policy_version"), inForce.version},
                         {QStringLiteral("policy_today"), policyText(inForce)},
                         {QStringLiteral("policy_proposed"), policyText(proposed)}};
    const QJsonObject todayJson = sideJson(today);
    const QJsonObject proposedJson = sideJson(whatIf);
    report.figures = {{QStringLiteral("policy_today"), policyJson(inForce)},
                      {QStringLiteral("policy_proposed"), policyJson(proposed)},
                      {QStringLiteral("today"), todayJson},
                      {QStringLiteral("proposed"), proposedJson},
                      {QStringLiteral("change"), changeJson(todayJson, proposedJson)},
                      {QStringLiteral("lots_governed"), governed},
                      {QStringLiteral("lots_moved"), moved},
                      {QStringLiteral("moved_lots"), movedLots}};

    report.table.columns = {QStringLiteral("figure"), QStringLiteral("today"), QStringLiteral("proposed"), QStringLiteral("change")};
    const auto points = [&](const QString &label, Points now, Points then) {
        report.table.rows.append({ReportCell::ofText(label), ReportCell::ofPoints(now), ReportCell::ofPoints(then), ReportCell::ofPoints(then - now)});
    };
    const auto money = [&](const QString &label, qint64 now, qint64 then) {
        report.table.rows.append({ReportCell::ofText(label), ReportCell::ofMoney(now, currency), ReportCell::ofMoney(then, currency),
                                  ReportCell::ofMoney(then - now, currency)});
    };
    points(QCoreApplication::translate("Reports", "outstanding points"), today.outstanding, whatIf.outstanding);
    points(QCoreApplication::translate("Reports", "  of which held"), today.held, whatIf.held);
    points(QCoreApplication::translate("Reports", "expired points"), today.expired, whatIf.expired);
    for (int k = 0; k < int(expiringWithinDays.size()); ++k)
        points(QCoreApplication::translate("Reports", "expiring within %1 days").arg(expiringWithinDays.at(k)), today.expiring.at(k), whatIf.expiring.at(k));
    for (int k = 0; k < bucketCount; ++k)
        points(QCoreApplication::translate("Reports", "outstanding aged %1 days").arg(today.rows.at(k).label), today.rows.at(k).outstanding,
               whatIf.rows.at(k).outstanding);
    money(QCoreApplication::translate("Reports", "value of outstanding points"), today.valueMinor(), whatIf.valueMinor());
    money(QCoreApplication::translate("Reports", "expected breakage"), today.breakageMinor(), whatIf.breakageMinor());
    money(QCoreApplication::translate("Reports", "net liability"), today.valueMinor() - today.breakageMinor(), whatIf.valueMinor() - whatIf.breakageMinor());

    report.chart = {QCoreApplication::translate("Reports", "Net liability by age (days): today and proposed"), currency.code, {},
                    {QCoreApplication::translate("Reports", "today"), QCoreApplication::translate("Reports", "proposed")}, {{}, {}}, false};
    for (int k = 0; k < bucketCount; ++k) {
        report.chart.categories << today.rows.at(k).label;
        report.chart.series[0] << today.rows.at(k).netMinor();
        report.chart.series[1] << whatIf.rows.at(k).netMinor();
    }
    report.chart.decimals = currency.decimals;

    report.notes << QCoreApplication::translate("Reports", "Today: %1, grace %2 days (version %3). Proposed: %4, grace %5 days. Nothing was changed.")
                        .arg(inForce.windowText()).arg(inForce.graceDays).arg(inForce.version).arg(proposed.windowText()).arg(proposed.graceDays);
    report.notes << QCoreApplication::translate("Reports", "The proposal applies to the %1 lots whose dates are the ones this policy gives; lots with "
                                                           "dates of their own or from an earlier, different policy keep them. Redemptions, refunds and adjustments "
                                                           "stay as recorded; what is left of a lot expires when its proposed expiry and grace "
                                                           "have passed.")
                        .arg(governed);
    report.notes << QCoreApplication::translate("Reports", "%1 lots move.").arg(moved) +
                        (moved > listedLotsLimit ? QCoreApplication::translate("Reports", " The first %1 are listed in the JSON figures.").arg(listedLotsLimit)
                                                 : QString());
    report.notes << QCoreApplication::translate("Reports", "Breakage rates are today's on both sides.");
    report.notes << breakageNotes(liability.breakage, liability.rows, liability.policyVersion);
    return report;
}

}  // namespace orchard
