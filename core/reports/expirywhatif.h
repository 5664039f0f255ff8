#pragma once

#include "settings/breakagespec.h"
#include "settings/expirypolicy.h"

#include <optional>

// `orchardctl report what-if`: today's figures beside what they would be had a proposed expiry
// window and grace applied to the same lots and redemptions. Nothing is written.
//
// Which lots the proposal governs: those whose expiry and lapse are exactly what the policy in
// force at the as-of gives a lot issued when they were. A lot with dates of its own (an issue's
// --expires-at, an earning rule's, a correction's, a refund's) keeps them, and so do lots issued
// under an earlier policy with another window, since saving a policy never touches them either.
// So a proposal equal to the policy in force changes nothing, to the point.
//
// What a governed lot's points do under the proposal: redemptions, refunds and adjustments stay
// as recorded; what was left of the lot (outstanding plus expired) is expired, held points apart,
// if the proposed lapse (expiry plus grace) is at or before the as-of, and outstanding otherwise.
// The breakage rates are today's (given, configured, or estimated from the history as it is),
// applied to each side's outstanding points per bucket.
namespace orchard {

class Database;
struct Report;

struct ExpiryProposal
{
    ExpiryPolicy::Window window = ExpiryPolicy::Window::None;
    int windowCount = 0;
    std::optional<int> graceDays;  // the policy in force's when absent

    // The policy in force with this window and grace.
    ExpiryPolicy appliedTo(const ExpiryPolicy &inForce) const;
};

class ExpiryWhatIf
{
public:
    explicit ExpiryWhatIf(Database &database) : m_database(database) {}

    // At most this many of the lots that move are listed (all are counted).
    static constexpr int listedLotsLimit = 1000;

    // Inside the report engine's snapshot. Throws ReportRefusal (rates that do not fit the
    // buckets, a bucket without history) and SqlFailure.
    Report make(qint64 asOfMs, const ExpiryProposal &proposal, const std::optional<AgeingBuckets> &buckets, const BreakageSpec &breakage);

private:
    Database &m_database;
};

}  // namespace orchard
