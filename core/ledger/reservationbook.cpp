#include "ledger/reservationbook.h"

#include "store/bufferedinsert.h"
#include "store/database.h"
#include "store/seedstaging.h"
#include "base/invariant.h"

namespace orchard {

ReservationDraft ReservationDraft::of(const QString &memberId, qint64 sourceId, const QString &reference, Points points,
                                      qint64 createdAtMs, const PointValue &value, const QList<LotAllocation> &allocations)
{
    ReservationDraft draft;
    draft.memberId = memberId;
    draft.sourceId = sourceId;
    draft.reference = reference;
    draft.points = points;
    draft.createdAtMs = createdAtMs;
    draft.expiresAtMs = createdAtMs;
    draft.value = value;
    draft.allocations = allocations;
    return draft;
}

JournalEntry ReservationDraft::openingEntry(const QString &kind, qint64 reservationId, const QString &sourceName,
                                            const QString &actor) const
{
    JournalEntry entry;
    entry.kind = kind;
    entry.postedAtMs = createdAtMs;
    entry.memberId = memberId;
    entry.sourceId = sourceId;
    entry.sourceName = sourceName;
    entry.reference = reference;
    entry.actor = actor;
    entry.reservationId = reservationId;
    entry.points = points;
    entry.amountMinor = fundingMinor;
    return entry;
}

ReservationView ReservationDraft::view(qint64 reservationId, const QString &sourceName) const
{
    ReservationView opened;
    opened.reservationId = reservationId;
    opened.memberId = memberId;
    opened.source = sourceName;
    opened.reference = reference;
    opened.status = confirmed ? reservationstatus::confirmed : reservationstatus::reserved;
    opened.reservedPoints = points;
    opened.confirmedPoints = confirmed ? points : 0;
    opened.createdAtMs = createdAtMs;
    opened.expiresAtMs = expiresAtMs;
    if (confirmed) {
        opened.closedAtMs = createdAtMs;
        opened.closeReason = closeReason;
    }
    opened.orderMinor = orderMinor;
    opened.walletMinor = walletMinor;
    opened.fundingMinor = fundingMinor;
    return opened;
}

struct ReservationBook::Deferred
{
    explicit Deferred(Database &database)
        : reservations(database,
                       QStringLiteral("INSERT INTO reservations (id, member_id, source_id, reference, points, status, created_at_ms, "
                                      "expires_at_ms, confirmed_points, closed_at_ms, close_reason, money_held, wallet_held, "
                                      "order_minor, value_num, value_den, rule_version)"),
                       17),
          lots(database, QStringLiteral("INSERT INTO reservation_lots (reservation_id, lot_id, points)"), 3)
    {
    }
    BufferedInsert reservations;
    BufferedInsert lots;
    qint64 nextId = 0;
};

ReservationBook::ReservationBook(Database &database) : m_database(database)
{
}

ReservationBook::~ReservationBook() = default;

void ReservationBook::deferWrites()
{
    Q_ASSERT(m_database.engine() == Engine::Sqlite && m_database.inTransaction());
    if (!m_deferred)
        m_deferred = std::make_unique<Deferred>(m_database);
    Q_ASSERT(m_deferred->reservations.pending() == 0);
    m_deferred->nextId = m_database.nextRowId(QStringLiteral("reservations"));
}

void ReservationBook::writeDeferred()
{
    Q_ASSERT(m_deferred);
    std::unique_ptr<Deferred> deferred = std::move(m_deferred);
    deferred->reservations.write();
    deferred->lots.write();
}

void ReservationBook::discardDeferred()
{
    m_deferred.reset();
}

qint64 ReservationBook::open(const ReservationDraft &draft)
{
    Q_ASSERT(draft.points >= 0 && draft.fundingMinor >= 0 && draft.walletMinor >= 0 && draft.orderMinor >= 0);
    Q_ASSERT(draft.confirmed || draft.expiresAtMs > draft.createdAtMs);
    Points allocated = 0;
    for (const LotAllocation &allocation : draft.allocations)
        allocated += allocation.points;
    require(allocated == draft.points, QStringLiteral("a reservation of %1 points allocates %2 from its lots").arg(draft.points).arg(allocated));
    const QVariant noTime(QMetaType(QMetaType::LongLong));
    const QVariantList columns{draft.memberId, draft.sourceId, draft.reference, draft.points,
                               draft.confirmed ? reservationstatus::confirmed : reservationstatus::reserved, draft.createdAtMs,
                               draft.expiresAtMs, draft.confirmed ? draft.points : 0,
                               draft.confirmed ? QVariant(draft.createdAtMs) : noTime, draft.confirmed ? draft.closeReason : QString(),
                               draft.fundingMinor, draft.walletMinor, draft.orderMinor, draft.value.numerator,
                               draft.value.denominator, draft.ruleVersion ? QVariant(*draft.ruleVersion) : noTime};
    if (m_deferred) {
        const qint64 reservationId = m_deferred->nextId++;
        m_deferred->reservations.add(QVariantList{reservationId} + columns);
        for (const LotAllocation &allocation : draft.allocations)
            m_deferred->lots.add({reservationId, allocation.lotId, allocation.points});
        return reservationId;
    }
    QSqlQuery &insert = m_database.run(
        QStringLiteral("INSERT INTO reservations (member_id, source_id, reference, points, status, created_at_ms, "
                       "expires_at_ms, confirmed_points, closed_at_ms, close_reason, money_held, wallet_held, "
                       "order_minor, value_num, value_den, rule_version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        columns);
    require(insert.next(), QStringLiteral("no id came back for a new reservation"));
    const qint64 reservationId = insert.value(0).toLongLong();
    insert.finish();
    for (const LotAllocation &allocation : draft.allocations)
        m_database.run(QStringLiteral("INSERT INTO reservation_lots (reservation_id, lot_id, points) VALUES (?, ?, ?)"),
                       {reservationId, allocation.lotId, allocation.points});
    return reservationId;
}

void ReservationBook::close(qint64 reservationId, const QString &status, Points confirmedPoints, qint64 closedAtMs,
                            const QString &reason)
{
    Q_ASSERT(status != reservationstatus::reserved);
    QSqlQuery &update = m_database.run(
        QStringLiteral("UPDATE reservations SET status = ?, confirmed_points = ?, closed_at_ms = ?, close_reason = ? "
                       "WHERE id = ? AND status = 'reserved'"),
        {status, confirmedPoints, closedAtMs, reason, reservationId});
    require(update.numRowsAffected() == 1, QStringLiteral("reservation %1 was closed twice").arg(reservationId));
}

QSet<QString> ReservationBook::membersWithDueTimeouts(const QStringList &memberIds, qint64 nowMs)
{
    QSqlQuery &due = m_database.run(QStringLiteral("SELECT DISTINCT member_id FROM reservations WHERE status = 'reserved' "
                                                   "AND expires_at_ms <= ? AND member_id IN ")
                                        + m_database.textListSql(),
                                    {nowMs, Database::textList(memberIds)});
    QSet<QString> members;
    while (due.next())
        members.insert(due.value(0).toString());
    due.finish();
    return members;
}

QList<qint64> ReservationBook::dueTimeouts(const QString &memberId, qint64 nowMs)
{
    QSqlQuery &due = m_database.run(QStringLiteral("SELECT id FROM reservations WHERE member_id = ? AND status = 'reserved' "
                                                   "AND expires_at_ms <= ? ORDER BY expires_at_ms, id"),
                                    {memberId, nowMs});
    QList<qint64> ids;
    while (due.next())
        ids.append(due.value(0).toLongLong());
    due.finish();
    return ids;
}

qint64 ReservationBook::importStaged(const SeedStaging &staging)
{
    require(staging.table() == QLatin1String("reservations") || staging.table() == QLatin1String("reservation_lots"),
            QStringLiteral("the reservation book imports reservations and their lots, not %1").arg(staging.table()));
    const QString target = staging.table() == QLatin1String("reservations") ? QStringLiteral("INSERT INTO reservations")
                                                                             : QStringLiteral("INSERT INTO reservation_lots");
    return staging.moveInto(target);
}

RefundTotals ReservationBook::refundTotals(qint64 reservationId)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(points), 0), COALESCE(SUM(wallet_minor), 0), COALESCE(SUM(funding_minor), 0) "
                       "FROM refunds WHERE reservation_id = ?"),
        {reservationId});
    RefundTotals totals;
    if (query.next())
        totals = {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toLongLong()};
    query.finish();
    return totals;
}

qint64 ReservationBook::recordRefund(const RefundRecord &refund)
{
    Q_ASSERT(refund.after.points <= refund.confirmedPoints && refund.after.walletMinor <= refund.walletPaidMinor
             && refund.after.fundingMinor <= refund.fundingDrawnMinor);
    QSqlQuery &row = m_database.run(
        QStringLiteral("INSERT INTO refunds (reservation_id, entry_id, number, points, wallet_minor, funding_minor, points_total, "
                       "wallet_total, funding_total, confirmed_points, wallet_paid, funding_drawn, reason, created_at_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {refund.reservationId, refund.entryId, refund.number, refund.points, refund.walletMinor, refund.fundingMinor,
         refund.after.points, refund.after.walletMinor, refund.after.fundingMinor, refund.confirmedPoints, refund.walletPaidMinor,
         refund.fundingDrawnMinor, refund.reason, refund.createdAtMs});
    require(row.next(), QStringLiteral("no id came back for a new refund"));
    const qint64 id = row.value(0).toLongLong();
    row.finish();
    return id;
}

}  // namespace orchard
