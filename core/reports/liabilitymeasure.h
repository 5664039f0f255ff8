#pragma once

#include "base/ledgererror.h"
#include "base/ledgertypes.h"
#include "money/rate.h"
#include "money/money.h"
#include "money/splitpayment.h"
#include "reports/pointstate.h"
#include "settings/breakagespec.h"
#include "settings/expirypolicy.h"

#include <QList>
#include <QString>
#include <QStringList>

// The liability as of an instant: outstanding points per ageing bucket, their value at the point
// value in force, the breakage expected of them and the net the programme expects to pay. Shared
// by the liability, roll-forward and general-ledger reports so that all three measure alike.
namespace orchard {

class Database;

// A report that cannot be made as asked (thrown inside ReportEngine, returned as its error).
struct ReportRefusal
{
    LedgerError error;
};

// One bucket of the liability: outstanding points, their value, the breakage rate and what rests on it.
struct BucketLiability
{
    enum class Basis { Manual, Configured, Estimated, NoHistory };
    QString label;
    Points outstanding = 0;
    qint64 valueMinor = 0;
    Rate rate;
    Basis basis = Basis::Manual;
    Points historyOutstanding = 0;  // D
    Points historyExpired = 0;      // X
    qint64 breakageMinor = 0;
    Points breakagePoints = 0;
    qint64 netMinor() const { return valueMinor - breakageMinor; }
    bool estimated() const { return basis == Basis::Estimated; }
    QString basisName() const
    {
        static const char *const names[] = {"manual", "configured", "estimated", "no_history"};
        return QString::fromLatin1(names[int(basis)]);
    }
};

// What a liability applies per bucket: the request's own rates, or the programme's default (the
// policy's configured rates when they fit these buckets, estimated from history for the rest).
struct EffectiveBreakage
{
    BreakageSpec spec;
    bool configured = false;   // spec is the policy's
    bool lenient = false;      // a bucket without history gets no breakage instead of a refusal
    QString configuredIgnored; // why the policy's rates were not used, when it has some
};

EffectiveBreakage effectiveBreakage(const BreakageSpec &requested, const ExpiryPolicy &policy, const AgeingBuckets &buckets);

// Throws SqlFailure, and ReportRefusal when a bucket's rate cannot be estimated and may not be assumed.
QList<BucketLiability> liabilityAt(Database &database, qint64 asOfMs, const AgeingBuckets &buckets, const EffectiveBreakage &breakage,
                                   const PointValue &value);

// In words, which rates a liability applied and why (the report's notes).
QStringList breakageNotes(const EffectiveBreakage &breakage, const QList<BucketLiability> &rows, int policyVersion);

// One group's share (a department or an HRIS id, as recorded at the as-of) of each bucket.
struct GroupLiability
{
    struct Share
    {
        Points outstanding = 0;
        qint64 valueMinor = 0;
        qint64 breakageMinor = 0;
        qint64 netMinor() const { return valueMinor - breakageMinor; }
    };
    QString group;
    QList<Share> buckets;  // in the order of the total's buckets
};

enum class LiabilityGroup { Department, Hris };

// The total's buckets shared among the groups: each group's outstanding points are its lots', and
// each bucket's value and breakage are split in proportion to them by largest remainder, so that
// the groups sum to the total to the minor unit. Groups in name order; a member without a
// department is in the group "" (shown as "(none)"). Throws SqlFailure.
QList<GroupLiability> liabilityByGroup(Database &database, qint64 asOfMs, const AgeingBuckets &buckets,
                                       const QList<BucketLiability> &total, LiabilityGroup by);

// The net liability as of an instant, measured as the liability report measures it: the buckets
// given (else the policy's then), the breakage asked for (else the programme's default then), at
// the point value in force then. Throws ReportRefusal (rates that do not fit the buckets, a bucket
// that cannot be estimated) and SqlFailure.
struct NetLiability
{
    qint64 asOfMs = 0;
    AgeingBuckets buckets;
    EffectiveBreakage breakage;
    int policyVersion = 0;
    money::Currency currency;
    PointValue value;
    QList<BucketLiability> rows;

    qint64 valueMinor() const;
    qint64 breakageMinor() const;
    Points breakagePoints() const;
    qint64 netMinor() const { return valueMinor() - breakageMinor(); }
};

NetLiability netLiabilityAt(Database &database, qint64 asOfMs, const std::optional<AgeingBuckets> &buckets, const BreakageSpec &breakage);

// What moved the outstanding points and the net liability over [from, to): the roll-forward's
// figures, shared by the roll-forward report and the general-ledger journal. Flows are valued at
// the point value in force at the end; each end's liability at its own.
struct RollForwardMeasure
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    PointState opening;
    PointState closing;
    Points issued = 0;
    Points redeemed = 0;  // gross; what refunds gave back is `refunded`
    Points refunded = 0;
    Points adjustedIn = 0;
    Points adjustedOut = 0;
    Points expired = 0;
    NetLiability atOpening;
    NetLiability atClosing;

    const PointValue &value() const { return atClosing.value; }
    qint64 moneyOf(Points points) const { return points < 0 ? -value().valueOf(-points) : value().valueOf(points); }
    bool ties() const
    {
        return opening.outstanding + issued - redeemed + refunded + adjustedIn - adjustedOut - expired == closing.outstanding;
    }
    // What expired beyond the breakage expected of the opening's points (negative: less expired).
    Points trueUpPoints() const { return expired - atOpening.breakagePoints(); }
    qint64 trueUpMinor() const { return moneyOf(expired) - atOpening.breakageMinor(); }
    qint64 netLiabilityChangeMinor() const { return atClosing.netMinor() - atOpening.netMinor(); }
};

RollForwardMeasure rollForwardOver(Database &database, qint64 fromMs, qint64 toMs, const std::optional<AgeingBuckets> &buckets,
                                   const BreakageSpec &breakage);

}  // namespace orchard
