#include "pointstate.h"

#include "database.h"

namespace orchard {

namespace {

// Holds open at T: made before T, not closed before T, not past their timeout at T. Parameters:
// T three times.
const QString heldAt = QStringLiteral(
    "held_at AS (SELECT rl.lot_id, SUM(rl.points) AS held FROM reservation_lots rl "
    "JOIN reservations r ON r.id = rl.reservation_id WHERE r.created_at_ms < ? "
    "AND (r.closed_at_ms IS NULL OR r.closed_at_ms >= ?) AND r.expires_at_ms > ? GROUP BY rl.lot_id)");

// What left each lot from T on: added back to today's remaining it gives the remaining at T.
// Parameter: T.
const QString movedSince = QStringLiteral(
    "moved_since AS (SELECT m.lot_id, SUM(m.points) AS points FROM lot_movements m "
    "JOIN entries e ON e.id = m.entry_id WHERE e.posted_at_ms >= ? GROUP BY m.lot_id)");

// One row per lot issued before T: its points, remaining and held at T, and whether it lapsed.
// Parameters: T (held_at ×3), T (moved_since), T (lapsed), T (issued before). The extra column
// is spliced in by the caller.
QString perLot(const QString &extraColumn)
{
    return QStringLiteral(
               "WITH %1, %2, per_lot AS (SELECT l.points, l.remaining + COALESCE(a.points, 0) AS remaining_at, "
               "COALESCE(h.held, 0) AS held_at, "
               "CASE WHEN l.lapses_at_ms IS NOT NULL AND l.lapses_at_ms <= ? THEN 1 ELSE 0 END AS lapsed%3 "
               "FROM lots l LEFT JOIN moved_since a ON a.lot_id = l.id LEFT JOIN held_at h ON h.lot_id = l.id "
               "WHERE l.issued_at_ms < ?) ")
        .arg(heldAt, movedSince, extraColumn);
}

QVariantList perLotValues(qint64 asOfMs)
{
    return {asOfMs, asOfMs, asOfMs, asOfMs, asOfMs, asOfMs};
}

// A lot's outstanding points at T: everything remaining, or only its live holds once lapsed.
const QString outstandingExpression = QStringLiteral("CASE WHEN lapsed = 1 THEN held_at ELSE remaining_at END");

QString bucketExpression(const QString &ageDays, const AgeingBuckets &buckets)
{
    QString expression = QStringLiteral("CASE");
    for (int i = buckets.count() - 1; i >= 1; --i)
        expression += QStringLiteral(" WHEN %1 >= %2 THEN %3").arg(ageDays).arg(buckets.lowerEdges.at(i)).arg(i);
    return expression + QStringLiteral(" ELSE 0 END");
}

}  // namespace

PointState PointStateQuery::state(qint64 asOfMs)
{
    PointState state;
    state.asOfMs = asOfMs;
    QSqlQuery &lots = m_database.run(
        perLot(QString()) + QStringLiteral("SELECT COALESCE(SUM(points), 0), COALESCE(SUM(%1), 0), COALESCE(SUM(held_at), 0), "
                                           "COALESCE(SUM(CASE WHEN lapsed = 1 THEN remaining_at - held_at ELSE 0 END), 0) "
                                           "FROM per_lot")
                                .arg(outstandingExpression),
        perLotValues(asOfMs));
    lots.next();
    state.issued = lots.value(0).toLongLong();
    state.outstanding = lots.value(1).toLongLong();
    state.held = lots.value(2).toLongLong();
    state.expiredDue = lots.value(3).toLongLong();
    lots.finish();

    // Redeemed and written expiries come from the programme accounts' postings, independently of
    // the lots, so that issued = redeemed + expired + outstanding is a real check.
    QSqlQuery &written = m_database.run(
        QStringLiteral("SELECT a.code, s.name, SUM(p.amount) FROM postings p JOIN accounts a ON a.id = p.account_id "
                       "JOIN entries e ON e.id = p.entry_id JOIN sources s ON s.id = e.source_id "
                       "WHERE a.code IN ('programme:redeemed', 'programme:expired') AND e.posted_at_ms < ? "
                       "GROUP BY a.code, s.name"),
        {asOfMs});
    Points expiredWritten = 0;
    while (written.next()) {
        const Points points = written.value(2).toLongLong();
        if (written.value(0).toString() == QLatin1String("programme:redeemed")) {
            state.redeemed += points;
            state.redeemedBySource[written.value(1).toString()] += points;
        } else {
            expiredWritten += points;
        }
    }
    written.finish();
    state.expired = expiredWritten + state.expiredDue;
    return state;
}

QList<Points> PointStateQuery::outstandingByBucket(qint64 asOfMs, const AgeingBuckets &buckets)
{
    const QString ageDays = QStringLiteral("((%1 - l.issued_at_ms) / %2)").arg(asOfMs).arg(dayMs);
    QSqlQuery &query = m_database.run(
        perLot(QStringLiteral(", %1 AS bucket").arg(bucketExpression(ageDays, buckets)))
            + QStringLiteral("SELECT bucket, COALESCE(SUM(%1), 0) FROM per_lot GROUP BY bucket").arg(outstandingExpression),
        perLotValues(asOfMs));
    QList<Points> outstanding(buckets.count(), 0);
    while (query.next()) {
        const int bucket = query.value(0).toInt();
        Q_ASSERT(bucket >= 0 && bucket < buckets.count());
        outstanding[bucket] = query.value(1).toLongLong();
    }
    query.finish();
    return outstanding;
}

BreakageHistory PointStateQuery::breakageHistory(qint64 asOfMs, const AgeingBuckets &buckets)
{
    // One pass over the lots whose fate is known, with each bucket edge's figures as columns.
    QString perLotColumns;
    QString totals;
    for (int k = 0; k < buckets.count(); ++k) {
        const qint64 edgeMs = qint64(buckets.lowerEdges.at(k)) * dayMs;
        perLotColumns += QStringLiteral(", SUM(CASE WHEN mv.posted_at_ms < l.issued_at_ms + %1 THEN mv.points ELSE 0 END) AS before_%2")
                             .arg(edgeMs)
                             .arg(k);
        const QString stillRedeemable = QStringLiteral("f.lapses_at_ms > f.issued_at_ms + %1 AND f.points - f.before_%2 > 0").arg(edgeMs).arg(k);
        totals += QStringLiteral(", COALESCE(SUM(CASE WHEN %1 THEN f.points - f.before_%2 ELSE 0 END), 0)"
                                 ", COALESCE(SUM(CASE WHEN %1 THEN f.expired_by_t + f.points - f.moved_by_t - COALESCE(h.held, 0) "
                                 "ELSE 0 END), 0)")
                      .arg(stillRedeemable)
                      .arg(k);
    }
    const QString sql =
        QStringLiteral("WITH %1, moves AS (SELECT m.lot_id, m.kind, m.points, e.posted_at_ms FROM lot_movements m "
                       "JOIN entries e ON e.id = m.entry_id WHERE e.posted_at_ms < ?), "
                       "fate AS (SELECT l.id, l.points, l.issued_at_ms, l.lapses_at_ms, "
                       "COALESCE(SUM(mv.points), 0) AS moved_by_t, "
                       "COALESCE(SUM(CASE WHEN mv.kind = 'expire' THEN mv.points ELSE 0 END), 0) AS expired_by_t%2 "
                       "FROM lots l LEFT JOIN moves mv ON mv.lot_id = l.id "
                       "WHERE l.lapses_at_ms IS NOT NULL AND l.lapses_at_ms <= ? "
                       "GROUP BY l.id, l.points, l.issued_at_ms, l.lapses_at_ms) "
                       "SELECT 0%3 FROM fate f LEFT JOIN held_at h ON h.lot_id = f.id")
            .arg(heldAt, perLotColumns, totals);
    QSqlQuery &query = m_database.run(sql, {asOfMs, asOfMs, asOfMs, asOfMs, asOfMs});
    BreakageHistory history;
    query.next();
    for (int k = 0; k < buckets.count(); ++k) {
        history.outstandingAtEdge.append(query.value(1 + 2 * k).toLongLong());
        history.expiredLater.append(query.value(2 + 2 * k).toLongLong());
    }
    query.finish();
    return history;
}

}  // namespace orchard
