#pragma once

#include "ledger/accounts.h"
#include "ledger/correctiontypes.h"
#include "earning/earningtypes.h"
#include "ledger/operationrunner.h"
#include "ledger/outbox.h"
#include "ledger/wallets.h"
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
    // Setting a member's details to what they already are changes nothing: a retry is harmless.
    Result<MemberView> updateMember(const UpdateMemberRequest &request);
    Result<IssueReceipt> issue(const IssueRequest &request);
    Result<ReservationView> reserve(const ReserveRequest &request);
    Result<ReservationView> confirm(const ConfirmRequest &request);
    Result<ReservationView> release(const ReleaseRequest &request);
    Result<ReservationView> redeem(const RedeemRequest &request);

    struct BatchRedemption
    {
        RedeemRequest request;
        Actor actor;
    };
    // One-step redemptions decided together inside the caller's batch (LedgerWriter), in order,
    // against what a handful of look-ups read for all of them (ledger_batch.cpp); each answer is the
    // one redeem() would give. A request the batch's reads cannot decide (a replayed key, a member
    // with a timeout or an expiry due, a refusal) runs through redeem(). An error breaks the batch's
    // transaction: the caller rolls it back and runs the requests one at a time.
    Result<QList<Result<ReservationView>>> redeemBatch(const QList<BatchRedemption> &redemptions);
    // Money back for a confirmed redemption or checkout (ledger_refunds.cpp).
    Result<RefundReceipt> refund(const RefundRequest &request);
    // An admin's corrections (ledger_corrections.cpp), each into programme:adjusted.
    Result<CorrectionReceipt> adjust(const AdjustRequest &request);
    Result<CorrectionReceipt> cancelLot(const LotCancelRequest &request);
    Result<CorrectionReceipt> extendLot(const LotExtendRequest &request);
    // An earning event from a source that may earn (ledger_earnings.cpp), keyed by its event id.
    Result<EarnReceipt> earn(const EarnRequest &request);
    // Whether the source's event was already awarded (an import counts what was in before).
    Result<bool> hasEarning(const QString &source, const QString &eventId);

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
        int expiringAnnounced = 0;  // points.expiring events written
    };
    // Writes down every timeout and lot expiry that is due, member by member, then tells of the
    // lots that lapse within the outbox's notice window.
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
    // The member's lots with points left, in the order a deduction takes them.
    Result<QList<LotState>> openLots(const QString &memberId);
    Result<ReservationView> reservation(qint64 reservationId);

    Result<bool> beginBatch();
    Result<bool> commitBatch();
    void abandonBatch();

    // The benchmark's baseline only: what the outbox costs is measured against a ledger that
    // writes none. A ledger without its outbox breaks the promise that every change is told.
    void withoutOutboxForBenchmark() { m_outbox.disableForBenchmark(); }

    // The days before a lot's lapse at which points.expiring is told (audited).
    Result<qint64> setExpiringNoticeDays(qint64 days);
    Result<qint64> expiringNoticeDays();

private:
    struct ReservationRow
    {
        ReservationView view;
        qint64 sourceId = 0;
        PointValue value;  // what a point was worth when the reservation was made
    };

    struct Deduction
    {
        MemberAccounts accounts;
        std::optional<FundingAccounts> funding;
        ReservationDraft draft;  // its fundingMinor set; the caller decides held or born confirmed
    };
    struct RedemptionLookups;
    Deduction prepareDeduction(const QString &memberId, const QString &sourceName, const QString &reference, Points points, qint64 nowMs);

    static std::optional<LedgerError> redeemRefusal(const RedeemRequest &request);  // which field is wrong
    IdempotencyScope redeemScope(const RedeemRequest &request);
    ReservationView writeRedemption(const RedeemRequest &request, Deduction deduction);
    RedemptionLookups lookUp(const QList<BatchRedemption> &redemptions, qint64 nowMs);
    // The deduction the lookups decide, or none when only redeem() can answer.
    std::optional<Deduction> decideDeduction(const RedeemRequest &request, const IdempotencyScope &scope,
                                             RedemptionLookups &lookups, qint64 nowMs);
    Result<ReservationView> redeemDecided(const RedeemRequest &request, RedemptionLookups &lookups);

    // sweep() and expire(): the next at most maxMembersPerSweep due members after `after`.
    Result<QStringList> nextDueMembers(const QString &dueSql, QVariantList values, const QString &after);

    ReservationRow loadReservation(qint64 reservationId);
    // The same, refused as forbidden when `source` is set and is not the reservation's (API callers).
    ReservationRow loadReservationOf(qint64 reservationId, const std::optional<QString> &source);
    SweepCounts settleMember(const QString &memberId, qint64 nowMs);
    int expireLapsedLots(const QString &memberId, qint64 nowMs);
    ReservationView closeReservation(const ReservationRow &row, const QString &status, const QString &entryKind,
                                     const QString &reason, Points confirmedPoints, const QString &actorName,
                                     qint64 nowMs, const QString &releasedBy = {});
    static qint64 fundingDrawnFor(const ReservationRow &row, Points confirmedPoints);
    qint64 appendClosingMoneyLegs(JournalEntry &entry, const ReservationRow &row, const QString &status, Points confirmedPoints);
    JournalEntry programmeEntry(const QString &kind, qint64 nowMs, const QString &memberId, const QString &reference,
                                const QString &actorName, const QString &reason);
    void expireLot(const QString &memberId, const LotState &lot, qint64 nowMs);
    // balance_limit when crediting `credit` points would take the member over the limit.
    void refuseAboveBalanceLimit(const QString &memberId, const MemberAccounts &accounts, Points credit);
    QString memberOfLot(qint64 lotId);                   // unknown_lot
    LotState openLotOrRefuse(qint64 lotId, qint64 nowMs);  // lot_not_open when empty or lapsed
    Points available(const QList<LotState> &lots, qint64 nowMs) const;
    // The member's lots for a deduction, earliest expiry first; insufficient_points when short.
    QList<LotAllocation> allocateOrRefuse(const QString &memberId, Points points, qint64 nowMs);
    [[noreturn]] void refuseClosed(const ReservationView &view) const;
    // Opens the draft's reservation and tells the outbox; the new reservation's id.
    qint64 openReservation(const ReservationDraft &draft, const QString &sourceName);
    SourcePermissions sourcePermissions(qint64 sourceId);
    void applyProfile(const QString &memberId, const std::optional<MemberProfile> &profile, qint64 occurredAtMs, qint64 nowMs);
    std::optional<FundingPosition> fundingPosition();
    std::optional<qint64> fundingThreshold();

    std::optional<qint64> quotedRuleVersion(const CheckoutRequest &request, qint64 payingSource, qint64 nowMs);
    CheckoutReceipt openCheckout(const CheckoutRequest &request, const CheckoutQuote &split, const ProgrammeSettings &settings,
                                 qint64 nowMs);
    qint64 pointsAvailable(const QString &memberId, qint64 nowMs);

    // A batch decided together on SQLite: every owner keeps its rows until writeDeferred().
    void startDeferring(const QList<qint64> &accountsToKnow);
    void writeDeferred();
    void discardDeferred();

    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
    AuditLog m_audit;
    Journal m_journal;
    LotBook m_lots;
    ReservationBook m_reservations;
    Accounts m_accounts;
    Wallets m_wallets;
    Outbox m_outbox;
    OperationRunner m_runner;
    std::optional<std::optional<FundingPosition>> m_deferredFunding;  // read when deferring began
};

}  // namespace orchard
