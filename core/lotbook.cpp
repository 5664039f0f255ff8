#include "lotbook.h"

#include "database.h"

#include <algorithm>

namespace orchard {

namespace {
LotState lotFromRow(const QSqlQuery &query)
{
    LotState lot;
    lot.lotId = query.value(0).toLongLong();
    lot.issuedAtMs = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        lot.expiresAtMs = query.value(2).toLongLong();
    lot.remaining = query.value(3).toLongLong();
    lot.held = query.value(4).toLongLong();
    if (!query.value(5).isNull())
        lot.lapsesAtMs = query.value(5).toLongLong();
    return lot;
}
}  // namespace

bool LotBook::isExpired(const LotState &lot, qint64 nowMs)
{
    const std::optional<qint64> end = lot.lapsesAtMs ? lot.lapsesAtMs : lot.expiresAtMs;
    return end && *end <= nowMs;
}

bool LotBook::isInGrace(const LotState &lot, qint64 nowMs)
{
    return lot.expiresAtMs && *lot.expiresAtMs <= nowMs && !isExpired(lot, nowMs);
}

bool LotBook::consumesBefore(const LotState &a, const LotState &b)
{
    if (a.expiresAtMs.has_value() != b.expiresAtMs.has_value())
        return a.expiresAtMs.has_value();  // a lot that expires goes before one that never does
    if (a.expiresAtMs && *a.expiresAtMs != *b.expiresAtMs)
        return *a.expiresAtMs < *b.expiresAtMs;
    if (a.issuedAtMs != b.issuedAtMs)
        return a.issuedAtMs < b.issuedAtMs;
    return a.lotId < b.lotId;
}

QList<LotState> LotBook::openLots(const QString &memberId)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT id, issued_at_ms, expires_at_ms, remaining, held, lapses_at_ms FROM lots "
                       "WHERE member_id = ? AND remaining > 0"),
        {memberId});
    QList<LotState> lots;
    while (query.next())
        lots.append(lotFromRow(query));
    query.finish();
    std::sort(lots.begin(), lots.end(), consumesBefore);
    return lots;
}

QList<LotAllocation> LotBook::allocationsOf(qint64 reservationId)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT l.id, l.issued_at_ms, l.expires_at_ms, l.remaining, l.held, l.lapses_at_ms, rl.points "
                       "FROM reservation_lots rl JOIN lots l ON l.id = rl.lot_id WHERE rl.reservation_id = ?"),
        {reservationId});
    QList<std::pair<LotState, Points>> rows;
    while (query.next())
        rows.append({lotFromRow(query), query.value(6).toLongLong()});
    query.finish();
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return consumesBefore(a.first, b.first); });
    QList<LotAllocation> allocations;
    for (const auto &[lot, points] : rows)
        allocations.append({lot.lotId, points});
    return allocations;
}

QList<LotAllocation> LotBook::allocate(const QList<LotState> &lotsInOrder, Points points, qint64 nowMs)
{
    Q_ASSERT(points > 0);
    QList<LotAllocation> allocations;
    Points left = points;
    for (const LotState &lot : lotsInOrder) {
        if (left == 0)
            break;
        if (isExpired(lot, nowMs))
            continue;
        const Points free = lot.remaining - lot.held;
        Q_ASSERT(free >= 0);
        if (free <= 0)
            continue;
        const Points take = std::min(free, left);
        allocations.append({lot.lotId, take});
        left -= take;
    }
    if (left > 0)
        return {};
    return allocations;
}

QHash<qint64, Points> LotBook::staleHoldsByLot(const QString &memberId, qint64 nowMs)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT rl.lot_id, SUM(rl.points) FROM reservation_lots rl "
                       "JOIN reservations r ON r.id = rl.reservation_id "
                       "WHERE r.member_id = ? AND r.status = 'reserved' AND r.expires_at_ms <= ? GROUP BY rl.lot_id"),
        {memberId, nowMs});
    QHash<qint64, Points> stale;
    while (query.next())
        stale.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    query.finish();
    return stale;
}

MemberPosition LotBook::position(const QString &memberId, qint64 nowMs)
{
    const QHash<qint64, Points> stale = staleHoldsByLot(memberId, nowMs);
    MemberPosition position;
    for (const LotState &lot : openLots(memberId)) {
        const Points liveHeld = lot.held - stale.value(lot.lotId, 0);
        Q_ASSERT(liveHeld >= 0);
        // A live hold keeps its points even after the lot's expiry; the rest of an expired lot is gone.
        position.posted += isExpired(lot, nowMs) ? liveHeld : lot.remaining;
        position.held += liveHeld;
    }
    return position;
}

}  // namespace orchard
