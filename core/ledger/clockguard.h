#pragma once

#include "base/ledgererror.h"
#include "base/result.h"

#include <optional>

namespace orchard {

class Database;

// A write at a time given by hand (`orchardctl --now`) must not rewrite the present: on a live
// ledger it may lie neither more than a minute ahead of the real clock (a hold good for another
// minute would be timed out as of the future) nor before the newest entry (the journal would
// run backwards). Ledgers made with `init --simulated-clock` (tests, back-dated imports) may be
// written at any time; that mode is set once, when the ledger is made, and audited.
namespace clockguard {

inline constexpr qint64 maxAheadOfRealClockMs = 60'000;
inline const QString clockOutOfRange = QStringLiteral("clock_out_of_range");

bool isSimulated(Database &database);  // throws SqlFailure
// Marks a ledger that has no entries yet as simulated; refuses one that has any.
Result<bool> markSimulated(Database &database, qint64 nowMs, const QString &actor);
// Nothing when a write at nowMs is allowed; throws SqlFailure.
std::optional<LedgerError> checkWriteTime(Database &database, qint64 nowMs, qint64 realNowMs);

}  // namespace clockguard

}  // namespace orchard
