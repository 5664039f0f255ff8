#pragma once

#include "settings/expirypolicy.h"
#include "base/ledgertypes.h"

#include <QList>
#include <QMap>

// The state of every point as of an instant T, rebuilt from the journal so that a past T gives
// the same answer however much happens afterwards. "As of T" means everything posted before T;
// a lot whose expiry and grace end at or before T is expired at T, written down or not.
namespace orchard {

class Database;

struct PointState
{
    qint64 asOfMs = 0;
    Points issued = 0;
    Points redeemed = 0;     // net of refunds
    Points refunded = 0;     // given back by refunds of confirmed redemptions
    Points adjustedIn = 0;   // credited by admin adjustments
    Points adjustedOut = 0;  // debited by admin adjustments and lot cancellations
    Points expired = 0;      // written by the expiry run, plus expiredDue
    Points expiredDue = 0;   // past expiry and grace at T, not yet written down
    Points outstanding = 0;  // of which held:
    Points held = 0;
    QMap<QString, Points> redeemedBySource;

    bool ties() const { return issued + adjustedIn == redeemed + expired + adjustedOut + outstanding; }
};

// For the estimated breakage of each ageing bucket (lower edge lo): over the lots whose fate is
// known at T (expiry plus grace at or before T) and that were still redeemable at age lo, D is
// their points outstanding at age lo and X the part of those that expired.
struct BreakageHistory
{
    QList<Points> outstandingAtEdge;  // D per bucket
    QList<Points> expiredLater;       // X per bucket
};

// Throws SqlFailure; callers turn it into a LedgerError.
class PointStateQuery
{
public:
    explicit PointStateQuery(Database &database) : m_database(database) {}

    PointState state(qint64 asOfMs);
    QList<Points> outstandingByBucket(qint64 asOfMs, const AgeingBuckets &buckets);
    BreakageHistory breakageHistory(qint64 asOfMs, const AgeingBuckets &buckets);

    static constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

private:
    struct Snapshot
    {
        QList<Points> outstandingByBucket;
        Points held = 0;
        Points expiredDue = 0;
    };
    Snapshot snapshot(qint64 asOfMs, const AgeingBuckets &buckets);

    Database &m_database;
};

}  // namespace orchard
