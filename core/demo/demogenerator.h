#pragma once

#include "base/ledgertypes.h"
#include "base/result.h"

#include <QJsonObject>

namespace orchard {

class Database;

// Builds a realistic programme: members from two HRIS systems across departments, milestone
// issuance, and redemptions on both surfaces over a number of days ending at `endMs`, some of
// them failing (released) and some abandoned (timed out). Deterministic for a seed; running it
// again with the same seed and end time replays the same idempotency keys and changes nothing.
class DemoGenerator
{
public:
    struct Options
    {
        int members = 120;
        int days = 90;
        quint32 seed = 1;
        qint64 endMs = 0;
    };
    struct Outcome
    {
        int membersAdded = 0;
        int issues = 0;
        int redemptions = 0;
        int releases = 0;
        int timeouts = 0;
        int refusals = 0;
        int fundings = 0;
        int walletCredits = 0;
        int checkouts = 0;  // orders paid with points plus wallet money
        QJsonObject toJson() const;
    };

    static Result<Outcome> run(Database &database, const Options &options);
};

}  // namespace orchard
