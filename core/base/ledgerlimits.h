#pragma once

#include <QtGlobal>

#include <limits>

// Explicit bounds on everything the ledger accepts (TigerBeetle style): a value outside them is
// refused before any work is done, so no arithmetic below can overflow a qint64.
namespace orchard::limits {

inline constexpr qint64 maxPointsPerOperation = 1'000'000'000'000LL;       // 10^12
inline constexpr qint64 maxAccountBalance = 1'000'000'000'000'000LL;        // 10^15 per member
inline constexpr qint64 maxProgrammeIssued = 1'000'000'000'000'000'000LL;   // 10^18 in all
inline constexpr qint64 maxMoneyMinorUnits = 1'000'000'000'000'000LL;   // 10^15 minor units
inline constexpr int maxIdentifierLength = 128;  // member ids, references, idempotency keys
inline constexpr int maxTextLength = 1024;       // names, reasons, departments
inline constexpr int minTimeoutSeconds = 1;
inline constexpr int maxTimeoutSeconds = 86'400;
inline constexpr int defaultTimeoutSeconds = 900;  // 15 minutes
inline constexpr int maxExpiryDays = 36'500;
inline constexpr int maxLogLimit = 100'000;
inline constexpr int maxBatchRequests = 1'000;
inline constexpr int maxBatchWaitMicroseconds = 2'000;
inline constexpr int busyTimeoutMilliseconds = 30'000;
inline constexpr int maxLotsPerAllocation = 100'000;
inline constexpr int maxMembersPerSweep = 10'000;  // members settled per step of sweep() and expire()

// The claims above, checked by the compiler: one more operation on the largest balance or on
// the programme's largest issued total still fits a qint64, and so does any sum of two amounts.
inline constexpr qint64 qint64Max = std::numeric_limits<qint64>::max();
static_assert(maxAccountBalance <= qint64Max - maxPointsPerOperation);
static_assert(maxProgrammeIssued <= qint64Max - maxPointsPerOperation);
static_assert(maxAccountBalance <= maxProgrammeIssued);
static_assert(maxMoneyMinorUnits <= qint64Max / 2);
static_assert(qint64(maxIdentifierLength) * 4 <= maxTextLength * 4);  // UTF-8: at most 4 bytes a character

}  // namespace orchard::limits
