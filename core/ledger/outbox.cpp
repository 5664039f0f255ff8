#include "ledger/outbox.h"

#include "base/invariant.h"
#include "base/timeformat.h"
#include "journal/journal.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QJsonDocument>

namespace orchard {

namespace {

const QString noticeDaysKey = QStringLiteral("expiring_notice_days");

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

}  // namespace

const QStringList &eventtypes::all()
{
    static const QStringList types{balanceChanged,      reservationReserved, reservationConfirmed, reservationReleased,
                                   reservationTimedOut, pointsExpiring,      fundingBelowThreshold};
    return types;
}

void Outbox::dropFrom(const Mark &mark)
{
    Q_ASSERT(mark.events <= m_held.size() && mark.moneyMoves <= m_moneyMoves.size());
    m_held.resize(mark.events);
    m_moneyMoves.resize(mark.moneyMoves);
}

void Outbox::entryAppended(qint64 entryId, const JournalEntry &entry)
{
    for (const Posting &posting : entry.postings)
        if (posting.unit != unitPoints)
            m_moneyMoves.append({posting.accountId, posting.amount});
    if (entry.memberId.isEmpty())
        return;
    m_held.append({eventtypes::balanceChanged, entry.memberId, entry.sourceName, {}, entry.postedAtMs, entryId});
}

void Outbox::reservationChanged(const QString &type, const ReservationView &view)
{
    QJsonObject data{{QStringLiteral("reservation"), QStringLiteral("res_%1").arg(view.reservationId)},
                     {QStringLiteral("status"), view.status},
                     {QStringLiteral("reference"), view.reference},
                     {QStringLiteral("reserved_points"), view.reservedPoints},
                     {QStringLiteral("confirmed_points"), view.confirmedPoints},
                     {QStringLiteral("expires_at"), timeformat::toIso(view.expiresAtMs)}};
    if (view.fundingMinor > 0)
        data.insert(QStringLiteral("funding_minor"), view.fundingMinor);
    if (view.walletMinor > 0)
        data.insert(QStringLiteral("wallet_minor"), view.walletMinor);
    if (!view.closeReason.isEmpty())
        data.insert(QStringLiteral("close_reason"), view.closeReason);
    const qint64 atMs = view.closedAtMs.value_or(view.createdAtMs);
    m_held.append({type, view.memberId, view.source, data, atMs, 0});
}

void Outbox::append(const QString &type, const QString &memberId, const QString &source, const QJsonObject &data, qint64 atMs)
{
    Q_ASSERT(eventtypes::all().contains(type));
    m_held.append({type, memberId, source, data, atMs, 0});
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
    QHash<QString, qint64> nextSequence;
    for (const Held &event : std::as_const(m_held))
        if (event.type != eventtypes::balanceChanged)
            write(event, nextSequence);
    for (qsizetype i = 0; i < m_held.size(); ++i) {
        Held &event = m_held[i];
        if (event.type != eventtypes::balanceChanged || lastBalanceChange.value(event.memberId) != i)
            continue;
        const Balance balance = m_hooks.balanceOf(event.memberId);
        event.data = {{QStringLiteral("available"), balance.available},
                      {QStringLiteral("held"), balance.held},
                      {QStringLiteral("posted"), balance.posted},
                      {QStringLiteral("entry"), event.entryId}};
        write(event, nextSequence);
    }
    hold();
}

qint64 Outbox::nextSequenceOf(const QString &memberId, QHash<QString, qint64> &nextSequence)
{
    auto known = nextSequence.find(memberId);
    if (known == nextSequence.end()) {
        QSqlQuery &last = m_database.run(
            QStringLiteral("SELECT COALESCE(MAX(member_seq), 0) FROM outbox_events WHERE member_id = ?"), {memberId});
        require(last.next(), QStringLiteral("the outbox answers a member's last sequence"));
        known = nextSequence.insert(memberId, last.value(0).toLongLong() + 1);
        last.finish();
    }
    return known.value()++;
}

qint64 Outbox::write(const Held &event, QHash<QString, qint64> &nextSequence)
{
    const qint64 sequence = nextSequenceOf(event.memberId, nextSequence);
    QSqlQuery &insert = m_database.run(QStringLiteral("INSERT INTO outbox_events (type, member_id, member_seq, at_ms, source, data) "
                                                      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                       {event.type, event.memberId, sequence, event.atMs, event.source, compact(event.data)});
    require(insert.next(), QStringLiteral("a new event has an id"));
    const qint64 eventId = insert.value(0).toLongLong();
    insert.finish();
    return eventId;
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
    QHash<QString, qint64> nextSequence;
    for (const Lot &lot : std::as_const(lots)) {
        const qint64 eventId = write({eventtypes::pointsExpiring, lot.memberId, {},
               {{QStringLiteral("lot"), lot.id},
                {QStringLiteral("points"), lot.points},
                {QStringLiteral("expires_at"), timeformat::toIso(lot.expiresAtMs)},
                {QStringLiteral("lapses_at"), timeformat::toIso(lot.lapsesAtMs)}},
               nowMs, 0},
              nextSequence);
        m_database.run(QStringLiteral("INSERT INTO outbox_lot_notices (lot_id, event_id) VALUES (?, ?)"), {lot.id, eventId});
    }
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

void Outbox::fundingThresholdMoved(qint64 balanceMinor, std::optional<qint64> before, qint64 after, qint64 nowMs)
{
    const bool wasBelow = before && balanceMinor < *before;
    if (!wasBelow && balanceMinor < after) {
        QHash<QString, qint64> nextSequence;
        write({eventtypes::fundingBelowThreshold, {}, {}, fundingData(balanceMinor, after), nowMs, 0}, nextSequence);
    }
}

}  // namespace orchard
