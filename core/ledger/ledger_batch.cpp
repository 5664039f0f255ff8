#include "ledger/ledger.h"

#include "base/invariant.h"
#include "ledger/accountcodes.h"
#include "ledger/refusal.h"
#include "settings/programmebook.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QSet>

namespace orchard {

namespace {
constexpr qint64 batchHorizonMs = 60'000;  // far longer than a batch takes to decide
}  // namespace

// What a batch of redemptions is decided against: read once for the whole batch, then kept as
// the batch's own redemptions change it. Nothing of it outlives the batch, so a writer in another
// process between two batches is seen by the next one's reads; inside a batch the write lock keeps
// every other writer out.
struct Ledger::RedemptionLookups
{
    QHash<QString, QList<LotState>> openLots;  // by member, in consumption order
    QSet<QString> membersWithDueTimeouts;
    QSet<QString> membersLeftToRedeem;         // moved by redeem() in this batch: only redeem() decides for them now
    QHash<qint64, QSet<QString>> takenKeys;   // by source: answered before the batch, or in it
    ProgrammeSettings settings;
    std::optional<FundingAccounts> funding;
    std::optional<qint64> fundingAvailableMinor;  // unknown after a redeem(), read again when needed
    QList<qint64> accountsToKnow;  // whose balances the batch moves or tells: the members', the programme's
};

void Ledger::startDeferring(const QList<qint64> &accountsToKnow)
{
    Q_ASSERT(m_database.engine() == Engine::Sqlite);
    m_deferredFunding.reset();
    m_deferredFunding = fundingPosition();
    m_journal.deferWrites(m_accounts.balancesOf(accountsToKnow));
    m_reservations.deferWrites();
    m_lots.deferWrites();
    m_runner.deferWrites();
    m_audit.deferWrites();
}

// In the order the tables refer to each other: reservations before the entries that name them,
// entries before their lots' movements.
void Ledger::writeDeferred()
{
    m_deferredFunding.reset();
    m_reservations.writeDeferred();
    m_journal.writeDeferred();
    m_lots.writeDeferred();
    m_runner.writeDeferred();
    m_audit.writeDeferred();
}

void Ledger::discardDeferred()
{
    m_deferredFunding.reset();
    m_reservations.discardDeferred();
    m_journal.discardDeferred();
    m_lots.discardDeferred();
    m_runner.discardDeferred();
    m_audit.discardDeferred();
}

Ledger::RedemptionLookups Ledger::lookUp(const QList<BatchRedemption> &redemptions, qint64 nowMs)
{
    QStringList members;
    QHash<qint64, QStringList> keysBySource;
    QSet<QString> seenMembers;
    for (const BatchRedemption &redemption : redemptions) {
        const RedeemRequest &request = redemption.request;
        if (redeemRefusal(request))
            continue;
        if (!seenMembers.contains(request.memberId)) {
            seenMembers.insert(request.memberId);
            members.append(request.memberId);
        }
        try {
            keysBySource[m_accounts.sourceId(request.source)].append(request.idempotencyKey);
        } catch (const Refusal &) {
            // An unknown source: redeem() refuses it by name.
        }
    }
    RedemptionLookups lookups;
    lookups.settings = ProgrammeBook::currentIn(m_database);
    lookups.funding = m_wallets.prepaidFunding(lookups.settings);
    if (members.isEmpty())
        return lookups;
    m_accounts.preloadMembers(members);
    for (const QString &member : std::as_const(members))
        try {
            const MemberAccounts accounts = m_accounts.ofMember(member);
            lookups.accountsToKnow << accounts.available << accounts.held;
        } catch (const Refusal &) {
            // An unknown member: redeem() refuses it by name.
        }
    lookups.accountsToKnow << m_accounts.programme(accountcodes::redeemed);
    if (lookups.funding)
        lookups.accountsToKnow << lookups.funding->available << lookups.funding->drawn;
    lookups.openLots = m_lots.openLotsOf(members);
    // Holds that time out while the batch runs count as due: redeem() writes their timeouts first.
    lookups.membersWithDueTimeouts = m_reservations.membersWithDueTimeouts(members, nowMs + batchHorizonMs);
    for (auto it = keysBySource.constBegin(); it != keysBySource.constEnd(); ++it)
        lookups.takenKeys.insert(it.key(), m_runner.answeredKeys(it.key(), it.value()));
    return lookups;
}

std::optional<Ledger::Deduction> Ledger::decideDeduction(const RedeemRequest &request, const IdempotencyScope &scope,
                                                         RedemptionLookups &lookups, qint64 nowMs)
{
    if (lookups.takenKeys.value(scope.sourceId).contains(scope.key))
        return std::nullopt;  // a replay, or the same key twice in this batch
    if (lookups.membersLeftToRedeem.contains(request.memberId) || lookups.membersWithDueTimeouts.contains(request.memberId))
        return std::nullopt;
    const QList<LotState> lots = lookups.openLots.value(request.memberId);
    for (const LotState &lot : lots)
        if (LotBook::isExpired(lot, nowMs) && lot.remaining > lot.held)
            return std::nullopt;  // settling writes its expiry first
    const QList<LotAllocation> allocations = LotBook::allocate(lots, request.points, nowMs);
    if (allocations.isEmpty())
        return std::nullopt;  // redeem() refuses it with the member's balance
    Deduction deduction{m_accounts.ofMember(request.memberId), lookups.funding,
                        ReservationDraft::of(request.memberId, scope.sourceId, request.reference, request.points, nowMs,
                                             lookups.settings.pointValue, allocations)};
    if (lookups.funding) {
        deduction.draft.fundingMinor = lookups.settings.pointValue.valueOf(request.points);
        if (!lookups.fundingAvailableMinor)
            lookups.fundingAvailableMinor =
                m_journal.deferredBalance(lookups.funding->available).value_or(m_accounts.balanceOf(lookups.funding->available));
        if (*lookups.fundingAvailableMinor < deduction.draft.fundingMinor)
            return std::nullopt;  // redeem() refuses it with the wallet's balance
    }
    return deduction;
}

Result<ReservationView> Ledger::redeemDecided(const RedeemRequest &request, RedemptionLookups &lookups)
{
    if (const std::optional<LedgerError> refusal = redeemRefusal(request))
        return *refusal;
    const qint64 nowMs = m_clock.nowMs();
    std::optional<IdempotencyScope> scope;
    std::optional<Deduction> deduction;
    try {
        scope = redeemScope(request);
        deduction = decideDeduction(request, *scope, lookups, nowMs);
    } catch (const Refusal &) {
        deduction.reset();  // an unknown source or member: redeem() says which
    }
    if (!deduction) {
        lookups.membersLeftToRedeem.insert(request.memberId);
        lookups.fundingAvailableMinor.reset();
        const bool deferring = m_journal.defers();
        if (deferring)
            writeDeferred();  // redeem() reads what the batch wrote before it
        const Result<ReservationView> answer = redeem(request);
        if (deferring)
            startDeferring(lookups.accountsToKnow);
        if (scope)
            lookups.takenKeys[scope->sourceId].insert(scope->key);
        return answer;
    }
    lookups.takenKeys[scope->sourceId].insert(scope->key);
    const ReservationView view =
        m_runner.runDecided<ReservationView>(*scope, [&] { return writeRedemption(request, *deduction); });
    QList<LotState> &lots = lookups.openLots[request.memberId];
    for (const LotAllocation &allocation : std::as_const(deduction->draft.allocations))
        for (LotState &lot : lots)
            if (lot.lotId == allocation.lotId) {
                lot.remaining -= allocation.points;
                require(lot.remaining >= lot.held, QStringLiteral("lot %1 gave no more than it had free").arg(lot.lotId));
            }
    lots.removeIf([](const LotState &lot) { return lot.remaining == 0; });
    if (lookups.fundingAvailableMinor)
        *lookups.fundingAvailableMinor -= deduction->draft.fundingMinor;
    return view;
}

Result<QList<Result<ReservationView>>> Ledger::redeemBatch(const QList<BatchRedemption> &redemptions)
{
    require(m_database.inTransaction(), QStringLiteral("a batch of redemptions runs inside the writer's batch"));
    QList<Result<ReservationView>> answers;
    answers.reserve(redemptions.size());
    try {
        RedemptionLookups lookups = lookUp(redemptions, m_clock.nowMs());
        if (m_database.engine() == Engine::Sqlite)
            startDeferring(lookups.accountsToKnow);
        for (const BatchRedemption &redemption : redemptions) {
            setActor(redemption.actor);
            answers.append(redeemDecided(redemption.request, lookups));
        }
        if (m_journal.defers())
            writeDeferred();
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    } catch (const InvariantViolation &violation) {
        return LedgerError::internal(QStringLiteral("a ledger invariant would have broken: %1").arg(violation.violated));
    } catch (const Refusal &refusal) {
        return refusal.error;  // a decided redemption cannot be refused; if one was, the batch runs again one by one
    }
    return answers;  // the actor stays the last request's, as after redeem(): it seals the batch's stored answers
}

}  // namespace orchard
