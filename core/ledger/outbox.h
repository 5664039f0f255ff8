#pragma once

#include "base/ledgertypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace orchard {

class Database;
struct JournalEntry;

namespace eventtypes {
inline const QString balanceChanged = QStringLiteral("balance.changed");
inline const QString reservationReserved = QStringLiteral("reservation.reserved");
inline const QString reservationConfirmed = QStringLiteral("reservation.confirmed");
inline const QString reservationReleased = QStringLiteral("reservation.released");
inline const QString reservationTimedOut = QStringLiteral("reservation.timed_out");
inline const QString pointsExpiring = QStringLiteral("points.expiring");
inline const QString fundingBelowThreshold = QStringLiteral("funding.below_threshold");
const QStringList &all();
}  // namespace eventtypes

struct FundingPosition
{
    qint64 accountId = 0;  // accountcodes::funding
    qint64 balanceMinor = 0;
    qint64 thresholdMinor = 0;
};

// The transactional outbox: the only writer of `outbox_events`, `outbox_lot_notices` and
// `outbox_settings`. An operation's events are held while it runs and written just before its
// savepoint is released, so an event exists exactly when its change committed; a refused body's
// events go with its work. A member whose balance moved gets one balance.changed per operation,
// carrying the balance as the ledger answers it at that moment.
class Outbox
{
public:
    struct Hooks
    {
        std::function<Balance(const QString &memberId)> balanceOf;
        // The programme's funding wallet now, when it has one and a threshold.
        std::function<std::optional<FundingPosition>()> funding;
    };

    Outbox(Database &database, Hooks hooks) : m_database(database), m_hooks(std::move(hooks)) {}

    struct Mark
    {
        qsizetype events = 0;
        qsizetype moneyMoves = 0;
    };
    void hold() { m_held.clear(); m_moneyMoves.clear(); }
    Mark mark() const { return {m_held.size(), m_moneyMoves.size()}; }
    void dropFrom(const Mark &mark);  // the work after `mark` was rolled back
    void drop() { hold(); }

    // What happened, noted as the operation runs.
    void entryAppended(qint64 entryId, const JournalEntry &entry);
    void reservationChanged(const QString &type, const ReservationView &view);
    void append(const QString &type, const QString &memberId, const QString &source, const QJsonObject &data, qint64 atMs);

    // Writes the held events (throws SqlFailure); the balance of each member touched is read now.
    void flush(qint64 nowMs);

    // Lots of any member lapsing within the notice window that have not been announced yet, at
    // most `limit` of them: one points.expiring each, written in the caller's transaction.
    int announceExpiringLots(qint64 nowMs, int limit);
    qint64 expiringNoticeDays();
    void setExpiringNoticeDays(qint64 days);  // in the caller's transaction
    static constexpr qint64 defaultExpiringNoticeDays = 7;

    // A crossing of the threshold outside an operation (the threshold itself moved).
    void fundingThresholdMoved(qint64 balanceMinor, std::optional<qint64> before, qint64 after, qint64 nowMs);

private:
    struct Held
    {
        QString type;
        QString memberId;
        QString source;
        QJsonObject data;
        qint64 atMs = 0;
        qint64 entryId = 0;  // balance.changed: the last entry that moved the member's balance
    };
    qint64 write(const Held &event, QHash<QString, qint64> &nextSequence);
    qint64 nextSequenceOf(const QString &memberId, QHash<QString, qint64> &nextSequence);
    static QJsonObject fundingData(qint64 balanceMinor, qint64 thresholdMinor);

    Database &m_database;
    Hooks m_hooks;
    QList<Held> m_held;
    struct MoneyMove
    {
        qint64 accountId = 0;
        qint64 amount = 0;
    };
    QList<MoneyMove> m_moneyMoves;  // money postings of the operation
};

}  // namespace orchard
