#pragma once

#include "store/auditlog.h"
#include "base/clock.h"
#include "journal/journal.h"
#include "base/ledgertypes.h"
#include "ledger/lotbook.h"
#include "money/moneytypes.h"
#include "ledger/reservationbook.h"
#include "base/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace orchard {

class Database;
struct ProgrammeSettings;

// The points ledger on one connection: every operation of the two-phase redemption flow, with
// idempotency keys, lot consumption, automatic timeout release and lot expiry. Not thread-safe:
// one Ledger per connection per thread. Operations run in their own write transaction, or inside
// the caller's batch (group commit) between beginBatch() and commitBatch(); each operation is
// then isolated by a savepoint, so a refusal undoes only its own work.
class Ledger
{
public:
    Ledger(Database &database, const Clock &clock, Actor actor);
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    void setActor(Actor actor) { m_actor = std::move(actor); }
    const Actor &actor() const { return m_actor; }
    Database &database() { return m_database; }
    const Clock &clock() const { return m_clock; }

    Result<MemberView> addMember(const AddMemberRequest &request);
    Result<IssueReceipt> issue(const IssueRequest &request);
    Result<ReservationView> reserve(const ReserveRequest &request);
    Result<ReservationView> confirm(const ConfirmRequest &request);
    Result<ReservationView> release(const ReleaseRequest &request);
    Result<ReservationView> redeem(const RedeemRequest &request);

    // Money (ledger_money.cpp): the programme's funding wallet, members' wallets, checkouts.
    Result<MoneyReceipt> fund(const FundRequest &request);
    Result<FundingWalletView> setFundingThreshold(qint64 thresholdMinor);
    Result<MoneyReceipt> creditWallet(const WalletCreditRequest &request);
    Result<QuoteView> quote(const QuoteRequest &request);
    Result<CheckoutReceipt> checkout(const CheckoutRequest &request);
    Result<FundingWalletView> fundingWallet();
    Result<QList<FundingMovement>> fundingHistory(int limit);

    struct SweepCounts
    {
        int timedOutReservations = 0;
        int expiredLots = 0;
    };
    // Writes down every timeout and lot expiry that is due, member by member.
    Result<SweepCounts> sweep();

    struct ExpiryCounts
    {
        int members = 0;
        int lots = 0;
        Points points = 0;
    };
    // Writes the expiry entries of every lot past its expiry and grace (the expiry run); running it
    // again changes nothing.
    Result<ExpiryCounts> expire();

    Result<MemberView> member(const QString &memberId);
    Result<Balance> balance(const QString &memberId);
    Result<ReservationView> reservation(qint64 reservationId);

    Result<bool> beginBatch();
    Result<bool> commitBatch();
    void abandonBatch();

private:
    struct Refusal
    {
        LedgerError error;
    };
    struct IdempotencyScope
    {
        qint64 sourceId = 0;
        QString key;
        QString operation;
        QString requestDigest;
    };
    struct MemberAccounts
    {
        qint64 available = 0;
        qint64 held = 0;
    };
    struct ReservationRow
    {
        ReservationView view;
        qint64 sourceId = 0;
        PointValue value;  // what a point was worth when the reservation was made
    };
    struct FundingAccounts
    {
        qint64 available = 0;  // accountcodes::funding
        qint64 held = 0;       // accountcodes::fundingHold
        qint64 drawn = 0;      // accountcodes::rewardsCost
        QString unit;
    };
    struct WalletAccounts
    {
        qint64 available = 0;  // wallet:<member>
        qint64 held = 0;       // wallet_hold:<member>
        QString unit;
    };

    static QString requestDigest(std::initializer_list<QString> parts);
    template<typename T>
    Result<T> mutate(const std::function<std::optional<IdempotencyScope>()> &scope,
                     const std::function<void()> &settle, const std::function<T()> &body);
    std::optional<QJsonObject> replay(const IdempotencyScope &scope, bool *succeeded);
    // Stores the answer and returns its seal (AuditLog::idempotencyDigest).
    QString remember(const IdempotencyScope &scope, bool succeeded, const QJsonObject &response, qint64 nowMs);
    void sealIdempotencyKeys();  // before the transaction commits: one audit record for its stored answers
    LedgerError errorFromSql(const class SqlFailure &failure) const;
    void undoOperation(bool ownTransaction);  // after a failed statement or a broken invariant
    // sweep() and expire(): the next at most maxMembersPerSweep due members after `after`.
    Result<QStringList> nextDueMembers(const QString &dueSql, QVariantList values, const QString &after);

    qint64 sourceId(const QString &name);
    MemberAccounts accountsOf(const QString &memberId);
    qint64 programmeAccount(const QString &code);
    ReservationRow loadReservation(qint64 reservationId);
    SweepCounts settleMember(const QString &memberId, qint64 nowMs);
    int expireLapsedLots(const QString &memberId, qint64 nowMs);
    ReservationView closeReservation(const ReservationRow &row, const QString &status, const QString &entryKind,
                                     const QString &reason, Points confirmedPoints, const QString &actorName,
                                     qint64 nowMs);
    void expireLot(const QString &memberId, const LotState &lot, qint64 nowMs);
    Points available(const QList<LotState> &lots, qint64 nowMs) const;
    // The member's lots for a deduction, earliest expiry first; insufficient_points when short.
    QList<LotAllocation> allocateOrRefuse(const QString &memberId, Points points, qint64 nowMs);
    [[noreturn]] void refuseClosed(const ReservationView &view) const;

    // Money accounts are made on first use; none of them is cached, so a rolled-back batch
    // cannot leave a stale id behind.
    std::optional<qint64> findAccount(const QString &code);
    qint64 ensureAccount(const QString &code, const QString &kind, const QString &unit, const QString &memberId = {});
    qint64 balanceOf(qint64 accountId);
    // The funding wallet when the programme is prepaid and the wallet has been opened by a funding.
    std::optional<FundingAccounts> prepaidFunding(const ProgrammeSettings &settings);
    std::optional<FundingAccounts> existingFunding();
    FundingAccounts openFunding(const QString &currency);
    WalletAccounts walletOf(const QString &memberId, const QString &currency);
    qint64 walletBalance(const QString &memberId);
    // Refuses with programme_wallet_insufficient unless the funding wallet can cover amountMinor.
    void requireFunding(const FundingAccounts &funding, qint64 amountMinor);
    qint64 pointsAvailable(const QString &memberId, qint64 nowMs);

    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
    AuditLog m_audit;
    Journal m_journal;
    LotBook m_lots;
    ReservationBook m_reservations;
    QHash<QString, qint64> m_sourceIds;
    QHash<QString, MemberAccounts> m_memberAccounts;
    QHash<QString, qint64> m_programmeAccounts;
    QJsonArray m_unsealedKeys;  // [source id, key, seal] of the answers stored in the open transaction
};

}  // namespace orchard
