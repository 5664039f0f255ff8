#pragma once

#include "base/ledgertypes.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>

namespace orchard {

class Database;

struct SourceRedemptions
{
    QString source;
    qint64 confirmed = 0;   // reservations confirmed (including one-step redemptions)
    Points points = 0;      // points deducted by them
    qint64 released = 0;    // released by the platform (failure, admin)
    qint64 timedOut = 0;    // holds that ran past their timeout
};

// The programme at a glance, straight from the account balances: what `./scripts/run` prints
// until the console exists.
struct LedgerSummary
{
    qint64 members = 0;
    Points issued = 0;
    Points outstanding = 0;  // posted to members, held included
    Points held = 0;
    Points redeemed = 0;
    Points expired = 0;
    QList<SourceRedemptions> bySource;

    QJsonObject toJson() const;
    static Result<LedgerSummary> load(Database &database);
};

}  // namespace orchard
