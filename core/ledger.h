#pragma once

#include "auditlog.h"
#include "clock.h"
#include "journal.h"
#include "ledgertypes.h"
#include "lotbook.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace orchard {

class Database;

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

    struct SweepCounts
    {
        int timedOutReservations = 0;
        int expiredLots = 0;
    };
    // Writes down every timeout and lot expiry that is due, member by member.
    Result<SweepCounts> sweep();

    Result<MemberView> member(const QString &memberId);
    Result<Balance> balance(const QString &memberId);
    Result<ReservationView> reservation(qint64 reservationId);
    Result<QList<EntryView>> log(const LogFilter &filter);

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
    };

    template<typename T>
    Result<T> mutate(const std::function<std::optional<IdempotencyScope>()> &scope,
                     const std::function<void()> &settle, const std::function<T()> &body);
    std::optional<QJsonObject> replay(const IdempotencyScope &scope, bool *succeeded);
    void remember(const IdempotencyScope &scope, bool succeeded, const QJsonObject &response, qint64 nowMs);
    LedgerError errorFromSql(const class SqlFailure &failure) const;

    qint64 sourceId(const QString &name);
    MemberAccounts accountsOf(const QString &memberId);
    qint64 programmeAccount(const QString &code);
    ReservationRow loadReservation(qint64 reservationId);
    SweepCounts settleMember(const QString &memberId, qint64 nowMs);
    ReservationView closeReservation(const ReservationRow &row, const QString &status, const QString &entryKind,
                                     const QString &reason, Points confirmedPoints, const QString &actorName,
                                     qint64 nowMs);
    void expireLot(const QString &memberId, const LotState &lot, qint64 nowMs);
    Points available(const QList<LotState> &lots, qint64 nowMs) const;
    // The member's lots for a deduction, earliest expiry first; insufficient_points when short.
    QList<LotAllocation> allocateOrRefuse(const QString &memberId, Points points, qint64 nowMs);
    [[noreturn]] void refuseClosed(const ReservationView &view) const;

    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
    AuditLog m_audit;
    Journal m_journal;
    LotBook m_lots;
    QHash<QString, qint64> m_sourceIds;
    QHash<QString, MemberAccounts> m_memberAccounts;
    QHash<QString, qint64> m_programmeAccounts;
};

}  // namespace orchard
