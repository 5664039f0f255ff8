#include "reports/liabilitymeasure.h"

#include "base/invariant.h"
#include "reports/lotexport.h"
#include "reports/pointstate.h"
#include "settings/programmebook.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace orchard {

EffectiveBreakage effectiveBreakage(const BreakageSpec &requested, const ExpiryPolicy &policy, const AgeingBuckets &buckets)
{
    if (!requested.programmeDefault)
        return {requested, false, false, {}};
    EffectiveBreakage effective{BreakageSpec::estimatedEverywhere(), false, true, {}};
    if (policy.breakage.isEmpty())
        return effective;
    const Result<BreakageSpec> configured = BreakageSpec::parse(policy.breakage, buckets.count());
    if (!configured) {
        effective.configuredIgnored = QStringLiteral("the policy's expected breakage %1 is for other buckets than %2")
                                          .arg(policy.breakage, buckets.toString());
        return effective;
    }
    effective.spec = configured.value();
    effective.configured = true;
    return effective;
}

QList<BucketLiability> liabilityAt(Database &database, qint64 asOfMs, const AgeingBuckets &buckets, const EffectiveBreakage &breakage,
                                   const PointValue &value)
{
    const BreakageSpec &spec = breakage.spec;
    PointStateQuery query(database);
    const QList<Points> outstanding = query.outstandingByBucket(asOfMs, buckets);
    bool needsHistory = spec.rates.isEmpty();
    for (const auto &rate : spec.rates)
        needsHistory = needsHistory || !rate;
    const BreakageHistory history = needsHistory ? query.breakageHistory(asOfMs, buckets) : BreakageHistory{};
    QList<BucketLiability> rows;
    for (int k = 0; k < buckets.count(); ++k) {
        BucketLiability row;
        row.label = buckets.label(k);
        row.outstanding = outstanding.at(k);
        row.valueMinor = value.valueOf(row.outstanding);
        if (const std::optional<Rate> manual = spec.manualFor(k)) {
            row.rate = *manual;
            row.basis = breakage.configured ? BucketLiability::Basis::Configured : BucketLiability::Basis::Manual;
        } else {
            row.historyOutstanding = history.outstandingAtEdge.at(k);
            row.historyExpired = history.expiredLater.at(k);
            if (row.historyOutstanding == 0 && breakage.lenient) {
                // No lot's fate is known at this age yet: nothing is recognised as breakage.
                row.basis = BucketLiability::Basis::NoHistory;
                row.rate = {0, 1};
            } else if (row.historyOutstanding == 0) {
                throw ReportRefusal{LedgerError::invalidArgument(
                    QStringLiteral("breakage"),
                    QStringLiteral("bucket %1 has no history to estimate breakage from (no lot whose fate is known was still "
                                   "redeemable at %2 days); give its rate, e.g. --breakage %3, or use the default")
                        .arg(row.label)
                        .arg(buckets.lowerEdges.at(k))
                        .arg([&] {
                            QStringList example;
                            for (int i = 0; i < buckets.count(); ++i)
                                example << (i == k ? QStringLiteral("0.10") : QStringLiteral("auto"));
                            return example.join(QLatin1Char(','));
                        }()))};
            } else {
                row.basis = BucketLiability::Basis::Estimated;
                row.rate = {row.historyExpired, row.historyOutstanding};
            }
        }
        row.breakageMinor = row.rate.applyTo(row.valueMinor);
        row.breakagePoints = row.rate.applyTo(row.outstanding);
        rows.append(row);
    }
    return rows;
}

// In words, which rates a liability applied and why (the report's notes).
QStringList breakageNotes(const EffectiveBreakage &breakage, const QList<BucketLiability> &rows, int policyVersion)
{
    QStringList notes;
    QStringList withoutHistory;
    bool anyEstimated = false;
    for (const BucketLiability &row : rows) {
        if (row.basis == BucketLiability::Basis::NoHistory)
            withoutHistory << row.label;
        anyEstimated = anyEstimated || row.estimated();
    }
    if (breakage.configured)
        notes << QCoreApplication::translate("Reports", "Breakage: the programme's expected rates (expiry policy version %1).").arg(policyVersion);
    else if (breakage.lenient && anyEstimated)
        notes << QCoreApplication::translate("Reports", "Breakage: estimated from history (no expected rates are set in the expiry policy).");
    else if (!breakage.lenient)
        notes << (breakage.spec.rates.isEmpty() ? QCoreApplication::translate("Reports", "Breakage: estimated from history (auto).")
                                                : QCoreApplication::translate("Reports", "Breakage: the rates given (%1).").arg(breakage.spec.toString()));
    if (!breakage.configuredIgnored.isEmpty())
        notes << QCoreApplication::translate("Reports", "Not applied: %1.").arg(breakage.configuredIgnored);
    if (!withoutHistory.isEmpty())
        notes << QCoreApplication::translate("Reports", "No history yet for %1: no breakage assumed there, the whole value is liability. "
                                "Finance's expected rates can be set in the expiry policy (orchardctl policy set --breakage), "
                                "or given for this report.")
                     .arg(withoutHistory.join(QStringLiteral(", ")));
    return notes;
}

QList<GroupLiability> liabilityByGroup(Database &database, qint64 asOfMs, const AgeingBuckets &buckets,
                                       const QList<BucketLiability> &total, LiabilityGroup by)
{
    QHash<QString, int> bucketIndex;
    for (int k = 0; k < buckets.count(); ++k)
        bucketIndex.insert(buckets.label(k), k);
    QMap<QString, QList<Points>> outstanding;  // group -> points per bucket
    LotExport(database).forEach(asOfMs, buckets, [&](const LotRecord &lot) {
        if (lot.outstanding == 0)
            return;
        QList<Points> &points = outstanding[by == LiabilityGroup::Department ? lot.department : lot.hris];
        if (points.isEmpty())
            points.resize(buckets.count());
        points[bucketIndex.value(lot.bucket)] += lot.outstanding;
    });

    QList<GroupLiability> groups;
    for (auto it = outstanding.constBegin(); it != outstanding.constEnd(); ++it)
        groups.append({it.key(), QList<GroupLiability::Share>(buckets.count())});
    for (int k = 0; k < buckets.count(); ++k) {
        QList<qint64> weights;
        Points sum = 0;
        for (auto it = outstanding.constBegin(); it != outstanding.constEnd(); ++it) {
            weights << it.value().at(k);
            sum += it.value().at(k);
        }
        // The lots and the bucket totals are two readings of one snapshot: they must agree.
        Q_ASSERT(sum == total.at(k).outstanding);
        require(sum == total.at(k).outstanding,
                QStringLiteral("liability by group: the lots of bucket %1 sum to %2 points, the bucket to %3")
                    .arg(buckets.label(k)).arg(sum).arg(total.at(k).outstanding));
        const QList<qint64> values = allocateByLargestRemainder(total.at(k).valueMinor, weights);
        const QList<qint64> breakage = allocateByLargestRemainder(total.at(k).breakageMinor, weights);
        for (int g = 0; g < groups.size(); ++g)
            groups[g].buckets[k] = {weights.at(g), values.at(g), breakage.at(g)};
    }
    return groups;
}

qint64 NetLiability::valueMinor() const
{
    qint64 sum = 0;
    for (const BucketLiability &row : rows)
        sum += row.valueMinor;
    return sum;
}

qint64 NetLiability::breakageMinor() const
{
    qint64 sum = 0;
    for (const BucketLiability &row : rows)
        sum += row.breakageMinor;
    return sum;
}

Points NetLiability::breakagePoints() const
{
    Points sum = 0;
    for (const BucketLiability &row : rows)
        sum += row.breakagePoints;
    return sum;
}

NetLiability netLiabilityAt(Database &database, qint64 asOfMs, const std::optional<AgeingBuckets> &buckets, const BreakageSpec &breakage)
{
    const ExpiryPolicy policy = ExpiryPolicyBook::inForceAt(database, asOfMs);
    const ProgrammeSettings settings = ProgrammeBook::inForceAt(database, asOfMs);
    NetLiability liability;
    liability.asOfMs = asOfMs;
    liability.buckets = buckets ? *buckets : policy.buckets;
    if (!breakage.rates.isEmpty() && breakage.rates.size() != liability.buckets.count())
        throw ReportRefusal{LedgerError::invalidArgument(QStringLiteral("breakage"),
                                                         QStringLiteral("gives %1 rates for the %2 buckets %3")
                                                             .arg(breakage.rates.size())
                                                             .arg(liability.buckets.count())
                                                             .arg(liability.buckets.toString()))};
    liability.breakage = effectiveBreakage(breakage, policy, liability.buckets);
    liability.policyVersion = policy.version;
    liability.currency = settings.currency;
    liability.value = settings.pointValue;
    liability.rows = liabilityAt(database, asOfMs, liability.buckets, liability.breakage, liability.value);
    return liability;
}

RollForwardMeasure rollForwardOver(Database &database, qint64 fromMs, qint64 toMs, const std::optional<AgeingBuckets> &buckets,
                                   const BreakageSpec &breakage)
{
    PointStateQuery query(database);
    const PointState opening = query.state(fromMs);
    const PointState closing = query.state(toMs);
    const Points refunded = closing.refunded - opening.refunded;
    // Built whole (not assigned member by member): GCC 12 misreads the buckets' default list as
    // uninitialised when a default-constructed measure is assigned into.
    return RollForwardMeasure{.fromMs = fromMs,
                              .toMs = toMs,
                              .opening = opening,
                              .closing = closing,
                              .issued = closing.issued - opening.issued,
                              .redeemed = closing.redeemed - opening.redeemed + refunded,
                              .refunded = refunded,
                              .adjustedIn = closing.adjustedIn - opening.adjustedIn,
                              .adjustedOut = closing.adjustedOut - opening.adjustedOut,
                              .expired = closing.expired - opening.expired,
                              .atOpening = netLiabilityAt(database, fromMs, buckets, breakage),
                              .atClosing = netLiabilityAt(database, toMs, buckets, breakage)};
}

}  // namespace orchard
