#include "ledger/lotbook.h"

#include "store/bufferedinsert.h"
#include "store/database.h"
#include "store/seedstaging.h"
#include "base/invariant.h"

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

qint64 LotBook::create(const QString &memberId, qint64 issueEntryId, qint64 issuedAtMs, std::optional<qint64> expiresAtMs,
                       std::optional<qint64> lapsesAtMs, Points points)
{
    return insert(memberId, issueEntryId, issuedAtMs, expiresAtMs, lapsesAtMs, points, QStringLiteral("issue"), std::nullopt);
}

qint64 LotBook::credit(const QString &memberId, qint64 entryId, qint64 nowMs, std::optional<qint64> expiresAtMs,
                       std::optional<qint64> lapsesAtMs, Points points)
{
    return insert(memberId, entryId, nowMs, expiresAtMs, lapsesAtMs, points, QStringLiteral("adjustment"), std::nullopt);
}

qint64 LotBook::insert(const QString &memberId, qint64 entryId, qint64 issuedAtMs, std::optional<qint64> expiresAtMs,
                       std::optional<qint64> lapsesAtMs, Points points, const QString &origin, std::optional<qint64> originLotId)
{
    Q_ASSERT(points > 0);
    Q_ASSERT(!lapsesAtMs || (expiresAtMs && *lapsesAtMs >= *expiresAtMs));
    const auto nullable = [](const std::optional<qint64> &ms) { return ms ? QVariant(*ms) : QVariant(QMetaType(QMetaType::LongLong)); };
    QSqlQuery &lot = m_database.run(
        QStringLiteral("INSERT INTO lots (member_id, issue_entry_id, issued_at_ms, expires_at_ms, lapses_at_ms, points, "
                       "remaining, origin, origin_lot_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {memberId, entryId, issuedAtMs, nullable(expiresAtMs), nullable(lapsesAtMs), points, points, origin, nullable(originLotId)});
    require(lot.next(), QStringLiteral("no id came back for a new lot"));
    const qint64 lotId = lot.value(0).toLongLong();
    lot.finish();
    return lotId;
}

void LotBook::reschedule(qint64 lotId, qint64 expiresAtMs, qint64 lapsesAtMs)
{
    Q_ASSERT(lapsesAtMs >= expiresAtMs);
    QSqlQuery &lot = m_database.run(QStringLiteral("UPDATE lots SET expires_at_ms = ?, lapses_at_ms = ? WHERE id = ? AND remaining > 0"),
                                    {expiresAtMs, lapsesAtMs, lotId});
    require(lot.numRowsAffected() == 1, QStringLiteral("lot %1 has points to reschedule").arg(lotId));
}

void LotBook::hold(const QList<LotAllocation> &allocations)
{
    Q_ASSERT(!m_deferred);
    for (const LotAllocation &allocation : allocations) {
        Q_ASSERT(allocation.points > 0);
        QSqlQuery &lot = m_database.run(QStringLiteral("UPDATE lots SET held = held + ? WHERE id = ? AND remaining - held >= ?"),
                                        {allocation.points, allocation.lotId, allocation.points});
        require(lot.numRowsAffected() == 1, QStringLiteral("lot %1 cannot hold %2 more").arg(allocation.lotId).arg(allocation.points));
    }
}

// The kind is written into the statement rather than bound: consume() is on every redemption's
// path, where each bound value costs.
struct LotBook::Deferred
{
    explicit Deferred(Database &database)
        : movements(database, QStringLiteral("INSERT INTO lot_movements (entry_id, lot_id, points, kind)"), 4)
    {
    }
    BufferedInsert movements;
    QList<qint64> lots;  // in the order first consumed
    QHash<qint64, Points> consumed;
};

LotBook::LotBook(Database &database) : m_database(database)
{
}

LotBook::~LotBook() = default;

void LotBook::deferWrites()
{
    Q_ASSERT(m_database.engine() == Engine::Sqlite && m_database.inTransaction());
    if (!m_deferred)
        m_deferred = std::make_unique<Deferred>(m_database);
    Q_ASSERT(m_deferred->lots.isEmpty());
}

void LotBook::writeDeferred()
{
    Q_ASSERT(m_deferred);
    std::unique_ptr<Deferred> deferred = std::move(m_deferred);
    for (const qint64 lotId : std::as_const(deferred->lots)) {
        const Points points = deferred->consumed.value(lotId);
        QSqlQuery &lot = m_database.run(QStringLiteral("UPDATE lots SET remaining = remaining - ? WHERE id = ? AND remaining - held >= ?"),
                                        {points, lotId, points});
        require(lot.numRowsAffected() == 1, QStringLiteral("lot %1 cannot give %2").arg(lotId).arg(points));
    }
    deferred->movements.write();
}

void LotBook::discardDeferred()
{
    m_deferred.reset();
}

void LotBook::consume(qint64 entryId, const QList<LotAllocation> &allocations)
{
    if (m_deferred) {
        for (const LotAllocation &allocation : allocations) {
            Q_ASSERT(allocation.points > 0);
            if (!m_deferred->consumed.contains(allocation.lotId))
                m_deferred->lots.append(allocation.lotId);
            m_deferred->consumed[allocation.lotId] += allocation.points;
            m_deferred->movements.add({entryId, allocation.lotId, allocation.points, QStringLiteral("redeem")});
        }
        return;
    }
    take(entryId, allocations, QStringLiteral("INSERT INTO lot_movements (entry_id, lot_id, points, kind) VALUES (?, ?, ?, 'redeem')"));
}

void LotBook::debit(qint64 entryId, const QList<LotAllocation> &allocations)
{
    take(entryId, allocations, QStringLiteral("INSERT INTO lot_movements (entry_id, lot_id, points, kind) VALUES (?, ?, ?, 'adjust')"));
}

void LotBook::take(qint64 entryId, const QList<LotAllocation> &allocations, const QString &insertMovement)
{
    Q_ASSERT(!m_deferred);
    for (const LotAllocation &allocation : allocations) {
        Q_ASSERT(allocation.points > 0);
        QSqlQuery &lot = m_database.run(QStringLiteral("UPDATE lots SET remaining = remaining - ? WHERE id = ? AND remaining - held >= ?"),
                                        {allocation.points, allocation.lotId, allocation.points});
        require(lot.numRowsAffected() == 1, QStringLiteral("lot %1 cannot give %2").arg(allocation.lotId).arg(allocation.points));
        m_database.run(insertMovement, {entryId, allocation.lotId, allocation.points});
    }
}

void LotBook::settleHold(qint64 entryId, const QList<LotAllocation> &allocations, Points confirmed)
{
    Q_ASSERT(!m_deferred);
    Q_ASSERT(confirmed >= 0);
    Points toConsume = confirmed;
    for (const LotAllocation &allocation : allocations) {
        const Points consumed = std::min(allocation.points, toConsume);
        toConsume -= consumed;
        QSqlQuery &lot = m_database.run(
            QStringLiteral("UPDATE lots SET held = held - ?, remaining = remaining - ? WHERE id = ? AND held >= ?"),
            {allocation.points, consumed, allocation.lotId, allocation.points});
        require(lot.numRowsAffected() == 1, QStringLiteral("lot %1 holds less than its allocation").arg(allocation.lotId));
        if (consumed > 0)
            m_database.run(QStringLiteral("INSERT INTO lot_movements (entry_id, lot_id, points, kind) VALUES (?, ?, ?, 'redeem')"),
                           {entryId, allocation.lotId, consumed});
    }
    require(toConsume == 0, QStringLiteral("a hold's lots do not cover the %1 points confirmed").arg(confirmed));
}

void LotBook::expire(qint64 entryId, qint64 lotId, Points points)
{
    Q_ASSERT(!m_deferred);
    Q_ASSERT(points > 0);
    QSqlQuery &lot = m_database.run(QStringLiteral("UPDATE lots SET remaining = remaining - ? WHERE id = ? AND remaining - held >= ?"),
                                    {points, lotId, points});
    require(lot.numRowsAffected() == 1, QStringLiteral("lot %1 cannot expire %2 points").arg(lotId).arg(points));
    m_database.run(QStringLiteral("INSERT INTO lot_movements (entry_id, lot_id, points, kind) VALUES (?, ?, ?, 'expire')"),
                   {entryId, lotId, points});
}

void LotBook::refundInto(qint64 entryId, qint64 lotId, Points points)
{
    Q_ASSERT(points > 0);
    QSqlQuery &lot = m_database.run(QStringLiteral("UPDATE lots SET remaining = remaining + ? WHERE id = ? AND remaining + ? <= points"),
                                    {points, lotId, points});
    require(lot.numRowsAffected() == 1, QStringLiteral("lot %1 takes back %2 points it gave").arg(lotId).arg(points));
    m_database.run(QStringLiteral("INSERT INTO lot_movements (entry_id, lot_id, points, kind) VALUES (?, ?, ?, 'refund')"),
                   {entryId, lotId, -points});
}

qint64 LotBook::reinstate(const QString &memberId, qint64 entryId, qint64 nowMs, qint64 lapsesAtMs, Points points, qint64 forLotId)
{
    Q_ASSERT(points > 0 && lapsesAtMs >= nowMs);
    return insert(memberId, entryId, nowMs, lapsesAtMs, lapsesAtMs, points, QStringLiteral("refund"), forLotId);
}

QList<LotAllocation> LotBook::refundableOf(qint64 reservationId)
{
    // Taken by the reservation's closing entry; given back by its refunds, into the lot itself or
    // into a new lot standing for it.
    QSqlQuery &query = m_database.run(
        QStringLiteral(
            "WITH taken AS (SELECT m.lot_id, SUM(m.points) AS points, MIN(m.id) AS first FROM lot_movements m "
            "JOIN entries e ON e.id = m.entry_id WHERE e.reservation_id = ? AND m.kind = 'redeem' GROUP BY m.lot_id), "
            "returned AS (SELECT m.lot_id, -SUM(m.points) AS points FROM lot_movements m JOIN entries e ON e.id = m.entry_id "
            "WHERE e.reservation_id = ? AND m.kind = 'refund' GROUP BY m.lot_id), "
            // By the lots taken (lots_by_origin_lot), never a scan of every lot.
            "reinstated AS (SELECT l.origin_lot_id AS lot_id, SUM(l.points) AS points FROM lots l "
            "JOIN entries e ON e.id = l.issue_entry_id WHERE l.origin_lot_id IN (SELECT lot_id FROM taken) "
            "AND e.reservation_id = ? AND l.origin = 'refund' GROUP BY l.origin_lot_id) "
            "SELECT t.lot_id, t.points - COALESCE(r.points, 0) - COALESCE(n.points, 0) FROM taken t "
            "LEFT JOIN returned r ON r.lot_id = t.lot_id LEFT JOIN reinstated n ON n.lot_id = t.lot_id ORDER BY t.first"),
        {reservationId, reservationId, reservationId});
    QList<LotAllocation> refundable;
    while (query.next()) {
        const Points points = query.value(1).toLongLong();
        require(points >= 0, QStringLiteral("reservation %1 was refunded more than it took from lot %2")
                                 .arg(reservationId)
                                 .arg(query.value(0).toLongLong()));
        if (points > 0)
            refundable.append({query.value(0).toLongLong(), points});
    }
    query.finish();
    return refundable;
}

std::optional<LotState> LotBook::lot(qint64 lotId)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT id, issued_at_ms, expires_at_ms, lapses_at_ms, remaining, held FROM lots WHERE id = ?"), {lotId});
    std::optional<LotState> found;
    if (query.next()) {
        LotState lot;
        lot.lotId = query.value(0).toLongLong();
        lot.issuedAtMs = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            lot.expiresAtMs = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            lot.lapsesAtMs = query.value(3).toLongLong();
        lot.remaining = query.value(4).toLongLong();
        lot.held = query.value(5).toLongLong();
        found = lot;
    }
    query.finish();
    return found;
}

std::optional<QString> LotBook::memberOf(qint64 lotId)
{
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT member_id FROM lots WHERE id = ?"), {lotId});
    std::optional<QString> member;
    if (query.next())
        member = query.value(0).toString();
    query.finish();
    return member;
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

QHash<QString, QList<LotState>> LotBook::openLotsOf(const QStringList &memberIds)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT id, issued_at_ms, expires_at_ms, remaining, held, lapses_at_ms, member_id FROM lots "
                       "WHERE member_id IN ")
            + m_database.textListSql() + QStringLiteral(" AND remaining > 0"),
        {Database::textList(memberIds)});
    QHash<QString, QList<LotState>> lots;
    while (query.next())
        lots[query.value(6).toString()].append(lotFromRow(query));
    query.finish();
    for (QList<LotState> &memberLots : lots)
        std::sort(memberLots.begin(), memberLots.end(), consumesBefore);
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

qint64 LotBook::importStaged(const SeedStaging &staging)
{
    require(staging.table() == QLatin1String("lots") || staging.table() == QLatin1String("lot_movements"),
            QStringLiteral("the lot book imports lots and lot movements, not %1").arg(staging.table()));
    const QString target = staging.table() == QLatin1String("lots") ? QStringLiteral("INSERT INTO lots")
                                                                     : QStringLiteral("INSERT INTO lot_movements");
    return staging.moveInto(target);
}

}  // namespace orchard
