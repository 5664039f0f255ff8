#pragma once

#include "base/ledgertypes.h"
#include "money/moneytypes.h"
#include "ledger/outboxevent.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace orchard {

class Database;
class SqliteStatement;
struct JournalEntry;

namespace eventtypes {
inline const QString balanceChanged = QStringLiteral("balance.changed");
inline const QString reservationReserved = QStringLiteral("reservation.reserved");
inline const QString reservationConfirmed = QStringLiteral("reservation.confirmed");
inline const QString reservationReleased = QStringLiteral("reservation.released");
inline const QString reservationTimedOut = QStringLiteral("reservation.timed_out");
inline const QString pointsExpiring = QStringLiteral("points.expiring");
inline const QString fundingBelowThreshold = QStringLiteral("funding.below_threshold");
inline const QString refundCreated = QStringLiteral("refund.created");
inline const QString approvalRequested = QStringLiteral("approval.requested");
const QStringList &all();
}  // namespace eventtypes

struct FundingPosition
{
    qint64 accountId = 0;  // accountcodes::funding
    qint64 balanceMinor = 0;
    qint64 thresholdMinor = 0;
};

// The transactional outbox: the only writer of `outbox_events`, `outbox_sequences`,
// `outbox_lot_notices` and `outbox_settings`. An operation's events are held while it runs and written just before its
// savepoint is released, so an event exists exactly when its change committed; a refused body's
// events go with its work. A member whose balance moved gets one balance.changed per operation,
// carrying the balance of the member's point accounts after it: what `balance` answers, since
// every operation first writes down what lapsed or timed out for its member.
class Outbox
{
public:
    struct Hooks
    {
        // The member's point accounts (cached by Accounts) and an account's balance now.
        std::function<std::pair<qint64, qint64>(const QString &memberId)> pointAccountsOf;  // {available, held}
        std::function<qint64(qint64 accountId)> balanceOf;
        // The programme's funding wallet now, when it has one and a threshold.
        std::function<std::optional<FundingPosition>()> funding;
    };

    Outbox(Database &database, Hooks hooks);
    ~Outbox();

    struct Mark
    {
        qsizetype events = 0;
        qsizetype moneyMoves = 0;
    };
    void disableForBenchmark() { m_enabled = false; }  // Ledger::withoutOutboxForBenchmark
    void hold()
    {
        m_held.clear();
        m_moneyMoves.clear();
        m_pendingAtHold = m_pending.size();
    }
    Mark mark() const { return {m_held.size(), m_moneyMoves.size()}; }
    void dropFrom(const Mark &mark);  // the work after `mark` was rolled back
    void drop()  // the operation was rolled back: its events too
    {
        m_held.clear();
        m_moneyMoves.clear();
        m_pending.resize(m_pendingAtHold);
    }
    // The transaction's flushed events, written just before it commits (throws SqlFailure), or
    // forgotten when it rolls back.
    void writePending();
    void discardPending()
    {
        m_pending.clear();
        m_pendingAtHold = 0;
    }

    // What happened, noted as the operation runs.
    void entryAppended(qint64 entryId, const JournalEntry &entry, const QList<qint64> &balancesAfter);
    void reservationChanged(const QString &type, const ReservationView &view);
    void refunded(const RefundReceipt &receipt);
    void append(const QString &type, const QString &memberId, const QString &source, const QJsonObject &data, qint64 atMs);

    // Numbers the held events and queues them for writePending (throws SqlFailure); the balance
    // of each member touched is read now.
    void flush(qint64 nowMs);

    // Lots of any member lapsing within the notice window that have not been announced yet, at
    // most `limit` of them: one points.expiring each, written in the caller's transaction.
    int announceExpiringLots(qint64 nowMs, int limit);
    qint64 expiringNoticeDays();
    void setExpiringNoticeDays(qint64 days);  // in the caller's transaction
    static constexpr qint64 defaultExpiringNoticeDays = 7;

    // A crossing of the threshold outside an operation (the threshold itself moved).
    void fundingThresholdMoved(qint64 balanceMinor, std::optional<qint64> before, qint64 after, qint64 nowMs);
    // A request waits for a second admin (ApprovalBook), told at once in the caller's transaction.
    void approvalRequested(const QJsonObject &data, qint64 nowMs);

private:
    struct Held
    {
        QString type;
        QString memberId;
        QString source;
        qint64 atMs = 0;
        EventFacts facts;  // balance.changed: the last entry that moved the member and, when it moved them, their balances
        static Held of(const QString &type, const QString &memberId, const QString &source, qint64 atMs, EventFacts facts = {})
        {
            Held event;
            event.type = type;
            event.memberId = memberId;
            event.source = source;
            event.atMs = atMs;
            event.facts = std::move(facts);
            return event;
        }
    };
    QList<qint64> writeAll(const QList<Held> &events, bool wantIds = false);  // the new events' ids when wanted
    static QJsonObject fundingData(qint64 balanceMinor, qint64 thresholdMinor);

    Database &m_database;
    Hooks m_hooks;
    bool m_enabled = true;
    struct PendingEvent
    {
        QString type;
        QString memberId;
        qint64 sequence = 0;
        qint64 atMs = 0;
        QString source;
        EventFacts facts;
    };
    static void bindRow(SqliteStatement &statement, int first, const PendingEvent &event);
    static QVariantList valuesOf(const PendingEvent &event);
    QList<PendingEvent> m_pending;  // flushed by the transaction's operations, not yet written
    qsizetype m_pendingAtHold = 0;  // where the running operation's began
    static constexpr int pendingChunk = 32;  // rows per insert
    // On SQLite, the statements on every write's path through the C API (SqliteStatement).
    std::unique_ptr<SqliteStatement> m_takeSequences;
    std::unique_ptr<SqliteStatement> m_insertChunk;
    std::unique_ptr<SqliteStatement> m_insertOne;
    QList<Held> m_held;
    struct MoneyMove
    {
        qint64 accountId = 0;
        qint64 amount = 0;
    };
    QList<MoneyMove> m_moneyMoves;  // money postings of the operation
};

}  // namespace orchard
