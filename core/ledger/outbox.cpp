#include "ledger/outbox.h"

#include "base/invariant.h"
#include "base/jsontext.h"
#include "base/timeformat.h"
#include "journal/journal.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/sqlitestatement.h"

#include <QJsonDocument>

namespace orchard {

namespace {

const QString noticeDaysKey = QStringLiteral("expiring_notice_days");

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

}  // namespace

namespace {

// One row of outbox_events, in this order (bindRow and valuesOf).
const QString insertColumns = QStringLiteral(
    "INSERT INTO outbox_events (type, member_id, member_seq, at_ms, source, data, entry_id, available, held, "
    "reservation_id, confirmed_points, funding_minor, wallet_minor) VALUES ");
const QString rowMarks = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
constexpr int columnsPerRow = 13;

EventFacts jsonFacts(const QJsonObject &data)
{
    EventFacts facts;
    facts.data = compact(data);
    return facts;
}

}  // namespace

void Outbox::bindRow(SqliteStatement &statement, int first, const PendingEvent &event)
{
    statement.bind(first, event.type);
    statement.bind(first + 1, event.memberId);
    statement.bind(first + 2, event.sequence);
    statement.bind(first + 3, event.atMs);
    statement.bind(first + 4, event.source);
    statement.bind(first + 5, event.facts.data);
    statement.bindOptional(first + 6, event.facts.entryId);
    statement.bindOptional(first + 7, event.facts.availablePoints);
    statement.bindOptional(first + 8, event.facts.heldPoints);
    statement.bindOptional(first + 9, event.facts.reservationId);
    statement.bindOptional(first + 10, event.facts.confirmedPoints);
    statement.bindOptional(first + 11, event.facts.fundingMinor);
    statement.bindOptional(first + 12, event.facts.walletMinor);
}

QVariantList Outbox::valuesOf(const PendingEvent &event)
{
    const auto value = [](const std::optional<qint64> &number) { return number ? QVariant(*number) : QVariant(QMetaType(QMetaType::LongLong)); };
    return {event.type,
            event.memberId,
            event.sequence,
            event.atMs,
            event.source,
            event.facts.data,
            value(event.facts.entryId),
            value(event.facts.availablePoints),
            value(event.facts.heldPoints),
            value(event.facts.reservationId),
            value(event.facts.confirmedPoints),
            value(event.facts.fundingMinor),
            value(event.facts.walletMinor)};
}

Outbox::Outbox(Database &database, Hooks hooks) : m_database(database), m_hooks(std::move(hooks))
{
}

Outbox::~Outbox() = default;

const QStringList &eventtypes::all()
{
    static const QStringList types{balanceChanged,      reservationReserved, reservationConfirmed, reservationReleased,
                                   reservationTimedOut, pointsExpiring,      fundingBelowThreshold, refundCreated,
                                   approvalRequested};
    return types;
}

void Outbox::dropFrom(const Mark &mark)
{
    Q_ASSERT(mark.events <= m_held.size() && mark.moneyMoves <= m_moneyMoves.size());
    m_held.resize(mark.events);
    m_moneyMoves.resize(mark.moneyMoves);
}

void Outbox::entryAppended(qint64 entryId, const JournalEntry &entry, const QList<qint64> &balancesAfter)
{
    if (!m_enabled)
        return;
    Q_ASSERT(balancesAfter.size() == entry.postings.size());
    for (const Posting &posting : entry.postings)
        if (posting.unit != unitPoints)
            m_moneyMoves.append({posting.accountId, posting.amount});
    if (entry.memberId.isEmpty())
        return;
    Held change = Held::of(eventtypes::balanceChanged, entry.memberId, entry.sourceName, entry.postedAtMs);
    change.facts.entryId = entryId;
    for (auto earlier = m_held.crbegin(); earlier != m_held.crend(); ++earlier)
        if (earlier->type == eventtypes::balanceChanged && earlier->memberId == entry.memberId) {
            change.facts.availablePoints = earlier->facts.availablePoints;
            change.facts.heldPoints = earlier->facts.heldPoints;
            break;
        }
    const auto [available, held] = m_hooks.pointAccountsOf(entry.memberId);
    for (qsizetype i = 0; i < entry.postings.size(); ++i) {
        if (entry.postings.at(i).accountId == available)
            change.facts.availablePoints = balancesAfter.at(i);
        else if (entry.postings.at(i).accountId == held)
            change.facts.heldPoints = balancesAfter.at(i);
    }
    m_held.append(change);
}

void Outbox::reservationChanged(const QString &type, const ReservationView &view)
{
    if (!m_enabled)
        return;
    // Only what changes over a reservation's life: its reference, points and expiry are its row's
    // (StoredEvent::dataJson), and the status is the event's type.
    EventFacts facts;
    facts.reservationId = view.reservationId;
    facts.confirmedPoints = view.confirmedPoints;
    facts.fundingMinor = view.fundingMinor;
    facts.walletMinor = view.walletMinor;
    Q_ASSERT(type != eventtypes::reservationReserved || view.closeReason.isEmpty());
    const Held event = Held::of(type, view.memberId, view.source, view.closedAtMs.value_or(view.createdAtMs), std::move(facts));
    m_held.append(event);
}

void Outbox::refunded(const RefundReceipt &receipt)
{
    if (!m_enabled)
        return;
    append(eventtypes::refundCreated, receipt.memberId, receipt.source,
           {{QStringLiteral("refund"), refundToken(receipt.refundId)},
            {QStringLiteral("reservation"), reservationToken(receipt.reservationId)},
            {QStringLiteral("points"), receipt.points},
            {QStringLiteral("wallet_minor"), receipt.walletMinor},
            {QStringLiteral("funding_returned_minor"), receipt.fundingReturnedMinor},
            {QStringLiteral("refunded_points_total"), receipt.refundedPointsTotal},
            {QStringLiteral("reason"), receipt.reason}},
           receipt.postedAtMs);
}

void Outbox::append(const QString &type, const QString &memberId, const QString &source, const QJsonObject &data, qint64 atMs)
{
    Q_ASSERT(eventtypes::all().contains(type));
    m_held.append(Held::of(type, memberId, source, atMs, jsonFacts(data)));
}

QJsonObject Outbox::fundingData(qint64 balanceMinor, qint64 thresholdMinor)
{
    return {{QStringLiteral("balance_minor"), balanceMinor}, {QStringLiteral("threshold_minor"), thresholdMinor}};
}

void Outbox::flush(qint64 nowMs)
{
    if (!m_moneyMoves.isEmpty() && m_hooks.funding) {
        // Once per crossing: from at or above the threshold to below it. While it stays below,
        // before and after are both below and nothing is told.
        if (const std::optional<FundingPosition> funding = m_hooks.funding()) {
            qint64 before = funding->balanceMinor;
            for (const MoneyMove &move : std::as_const(m_moneyMoves))
                if (move.accountId == funding->accountId)
                    before -= move.amount;
            if (before >= funding->thresholdMinor && funding->balanceMinor < funding->thresholdMinor)
                append(eventtypes::fundingBelowThreshold, {}, {}, fundingData(funding->balanceMinor, funding->thresholdMinor), nowMs);
        }
    }
    // What happened first, in order; then one balance.changed per member, as the balance stands
    // after all of it (in the order the members' balances last moved).
    QHash<QString, qsizetype> lastBalanceChange;
    for (qsizetype i = 0; i < m_held.size(); ++i)
        if (m_held.at(i).type == eventtypes::balanceChanged)
            lastBalanceChange.insert(m_held.at(i).memberId, i);
    QList<Held> events;
    events.reserve(m_held.size());
    for (const Held &event : std::as_const(m_held))
        if (event.type != eventtypes::balanceChanged)
            events.append(event);
    for (qsizetype i = 0; i < m_held.size(); ++i) {
        Held event = m_held.at(i);
        if (event.type != eventtypes::balanceChanged || lastBalanceChange.value(event.memberId) != i)
            continue;
        if (!event.facts.availablePoints || !event.facts.heldPoints) {
            const auto [available, held] = m_hooks.pointAccountsOf(event.memberId);
            if (!event.facts.availablePoints)
                event.facts.availablePoints = m_hooks.balanceOf(available);
            if (!event.facts.heldPoints)
                event.facts.heldPoints = m_hooks.balanceOf(held);
        }
        events.append(event);
    }
    writeAll(events);
    hold();
}

QList<qint64> Outbox::writeAll(const QList<Held> &events, bool wantIds)
{
    // Each member's sequence numbers come from its one counter, taken once per member per
    // operation: every writer increments the same row, so two processes can never number two
    // events alike.
    QHash<QString, qint64> counts;
    for (const Held &event : events)
        ++counts[event.memberId];
    // A member's counter is on its points account (written by this change already, so no other
    // page is dirtied); the programme's, for events of no member, in outbox_sequences.
    static const QString takeMember = QStringLiteral("UPDATE accounts SET event_seq = event_seq + ? WHERE id = ? RETURNING event_seq");
    static const QString takeProgramme = QStringLiteral(
        "INSERT INTO outbox_sequences (member_id, last_seq) VALUES ('', ?) ON CONFLICT (member_id) "
        "DO UPDATE SET last_seq = outbox_sequences.last_seq + excluded.last_seq RETURNING last_seq");
    const bool direct = m_database.engine() == Engine::Sqlite;
    if (direct && !m_takeSequences)
        m_takeSequences = std::make_unique<SqliteStatement>(m_database, takeMember);
    QHash<QString, qint64> next;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        qint64 last = 0;
        if (it.key().isEmpty()) {
            QSqlQuery &taken = m_database.run(takeProgramme, {it.value()});
            require(taken.next(), QStringLiteral("the outbox took the programme's sequence numbers"));
            last = taken.value(0).toLongLong();
            taken.finish();
        } else if (direct) {
            m_takeSequences->bind(1, it.value());
            m_takeSequences->bind(2, m_hooks.pointAccountsOf(it.key()).first);
            require(m_takeSequences->step(), QStringLiteral("the outbox took a member's sequence numbers"));
            last = m_takeSequences->columnInt64(0);
            while (m_takeSequences->step()) {
            }
            m_takeSequences->reset();
        } else {
            QSqlQuery &taken = m_database.run(takeMember, {it.value(), m_hooks.pointAccountsOf(it.key()).first});
            require(taken.next(), QStringLiteral("the outbox took a member's sequence numbers"));
            last = taken.value(0).toLongLong();
            taken.finish();
        }
        next.insert(it.key(), last - it.value() + 1);
    }
    if (!wantIds) {
        // Written with the transaction's other events just before it commits (writePending):
        // many rows a statement costs the writer far less than a statement a row.
        for (const Held &event : events)
            m_pending.append({event.type, event.memberId, next[event.memberId]++, event.atMs, event.source, event.facts});
        return {};
    }
    writePending();  // ids stay in the order the events happened
    QList<qint64> ids;
    for (const Held &event : events) {
        const PendingEvent row{event.type, event.memberId, next[event.memberId]++, event.atMs, event.source, event.facts};
        QSqlQuery &inserted = m_database.run(insertColumns + rowMarks + QStringLiteral(" RETURNING id"), valuesOf(row));
        require(inserted.next(), QStringLiteral("a new event has an id"));
        ids.append(inserted.value(0).toLongLong());
        inserted.finish();
    }
    return ids;
}

void Outbox::writePending()
{
    if (m_pending.isEmpty())
        return;
    qsizetype done = 0;
    if (m_database.engine() == Engine::Sqlite) {
        if (!m_insertChunk) {
            QStringList rows;
            for (int i = 0; i < pendingChunk; ++i)
                rows << rowMarks;
            m_insertChunk = std::make_unique<SqliteStatement>(m_database, insertColumns + rows.join(QLatin1Char(',')));
            m_insertOne = std::make_unique<SqliteStatement>(m_database, insertColumns + rowMarks);
        }
        for (; done + pendingChunk <= m_pending.size(); done += pendingChunk) {
            for (int i = 0; i < pendingChunk; ++i)
                bindRow(*m_insertChunk, 1 + columnsPerRow * i, m_pending.at(done + i));
            while (m_insertChunk->step()) {
            }
            m_insertChunk->reset();
        }
        for (; done < m_pending.size(); ++done) {
            bindRow(*m_insertOne, 1, m_pending.at(done));
            while (m_insertOne->step()) {
            }
            m_insertOne->reset();
        }
    } else {
        for (const PendingEvent &event : std::as_const(m_pending))
            m_database.run(insertColumns + rowMarks, valuesOf(event));
    }
    m_pending.clear();
    m_pendingAtHold = 0;
}

int Outbox::announceExpiringLots(qint64 nowMs, int limit)
{
    const qint64 horizonMs = nowMs + expiringNoticeDays() * 86'400'000;
    QSqlQuery &due = m_database.run(
        QStringLiteral("SELECT l.id, l.member_id, l.remaining - l.held, l.expires_at_ms, l.lapses_at_ms FROM lots l "
                       "WHERE l.remaining > l.held AND l.lapses_at_ms > ? AND l.lapses_at_ms <= ? "
                       "AND NOT EXISTS (SELECT 1 FROM outbox_lot_notices n WHERE n.lot_id = l.id) "
                       "ORDER BY l.lapses_at_ms, l.id LIMIT ?"),
        {nowMs, horizonMs, limit});
    struct Lot
    {
        qint64 id;
        QString memberId;
        qint64 points;
        qint64 expiresAtMs;
        qint64 lapsesAtMs;
    };
    QList<Lot> lots;
    while (due.next())
        lots.append({due.value(0).toLongLong(), due.value(1).toString(), due.value(2).toLongLong(), due.value(3).toLongLong(),
                     due.value(4).toLongLong()});
    due.finish();
    QList<Held> events;
    for (const Lot &lot : std::as_const(lots))
        events.append(Held::of(eventtypes::pointsExpiring, lot.memberId, {}, nowMs,
                               jsonFacts({{QStringLiteral("lot"), lot.id},
                                          {QStringLiteral("points"), lot.points},
                                          {QStringLiteral("expires_at"), timeformat::toIso(lot.expiresAtMs)},
                                          {QStringLiteral("lapses_at"), timeformat::toIso(lot.lapsesAtMs)}})));
    const QList<qint64> ids = writeAll(events, true);
    for (qsizetype i = 0; i < lots.size(); ++i)
        m_database.run(QStringLiteral("INSERT INTO outbox_lot_notices (lot_id, event_id) VALUES (?, ?)"), {lots.at(i).id, ids.at(i)});
    return int(lots.size());
}

qint64 Outbox::expiringNoticeDays()
{
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT value FROM outbox_settings WHERE key = ?"), {noticeDaysKey});
    const qint64 days = query.next() ? query.value(0).toLongLong() : defaultExpiringNoticeDays;
    query.finish();
    return days;
}

void Outbox::setExpiringNoticeDays(qint64 days)
{
    Q_ASSERT(days >= 0);
    m_database.run(QStringLiteral("DELETE FROM outbox_settings WHERE key = ?"), {noticeDaysKey});
    m_database.run(QStringLiteral("INSERT INTO outbox_settings (key, value) VALUES (?, ?)"), {noticeDaysKey, days});
}

void Outbox::approvalRequested(const QJsonObject &data, qint64 nowMs)
{
    writeAll({Held::of(eventtypes::approvalRequested, {}, {}, nowMs, jsonFacts(data))}, true);
}

void Outbox::fundingThresholdMoved(qint64 balanceMinor, std::optional<qint64> before, qint64 after, qint64 nowMs)
{
    const bool wasBelow = before && balanceMinor < *before;
    if (!wasBelow && balanceMinor < after) {
        writeAll({Held::of(eventtypes::fundingBelowThreshold, {}, {}, nowMs, jsonFacts(fundingData(balanceMinor, after)))}, true);
    }
}

}  // namespace orchard
