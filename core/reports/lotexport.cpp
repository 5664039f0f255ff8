#include "reports/lotexport.h"

#include "base/invariant.h"
#include "base/timeformat.h"
#include "reports/reportformat.h"
#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlQuery>

namespace orchard {

namespace {

constexpr qint64 dayMs = 86'400'000;


// Per lot, what moved before T (movements are dated by their entry), the holds open at T, and the
// department the member had at T. Parameters: T six times.
const QString lotsAsOf = QStringLiteral(
    "WITH moves AS (SELECT m.lot_id, "
    "SUM(CASE WHEN m.kind = 'redeem' THEN m.points ELSE 0 END) AS redeemed, "
    "SUM(CASE WHEN m.kind = 'adjust' THEN m.points ELSE 0 END) AS adjusted_out, "
    "SUM(CASE WHEN m.kind = 'expire' THEN m.points ELSE 0 END) AS expired, "
    "SUM(CASE WHEN m.kind = 'refund' THEN -m.points ELSE 0 END) AS refunded "
    "FROM lot_movements m JOIN entries e ON e.id = m.entry_id WHERE e.posted_at_ms < ? GROUP BY m.lot_id), "
    "held_at AS (SELECT rl.lot_id, SUM(rl.points) AS held FROM reservation_lots rl "
    "JOIN reservations r ON r.id = rl.reservation_id WHERE r.created_at_ms < ? "
    "AND (r.closed_at_ms IS NULL OR r.closed_at_ms >= ?) AND r.expires_at_ms > ? GROUP BY rl.lot_id) "
    "SELECT l.id, l.member_id, mb.hris, "
    "COALESCE((SELECT d.department FROM member_departments d WHERE d.member_id = l.member_id AND d.since_ms <= ? "
    "ORDER BY d.since_ms DESC LIMIT 1), mb.department), "
    "l.origin, l.issued_at_ms, l.expires_at_ms, l.lapses_at_ms, l.points, "
    "COALESCE(mv.redeemed, 0), COALESCE(mv.adjusted_out, 0), COALESCE(mv.expired, 0), COALESCE(mv.refunded, 0), COALESCE(h.held, 0) "
    "FROM lots l JOIN members mb ON mb.id = l.member_id LEFT JOIN moves mv ON mv.lot_id = l.id "
    "LEFT JOIN held_at h ON h.lot_id = l.id WHERE l.issued_at_ms < ? ORDER BY l.id");

QStringList bucketLabels(const AgeingBuckets &buckets)
{
    QStringList labels;
    for (int k = 0; k < buckets.count(); ++k)
        labels << buckets.label(k);
    return labels;
}

// Fills in what follows from a lot's own figures as of T: where its points came from and where
// they are now.
void complete(LotRecord &lot, Points points, Points expiryWritten, Points refundedBack, qint64 asOfMs, const AgeingBuckets &buckets,
              const QStringList &labels)
{
    lot.issued = lot.origin == QLatin1String("issue") ? points : 0;
    lot.adjustedIn = lot.origin == QLatin1String("adjustment") ? points : 0;
    lot.refunded = refundedBack + (lot.origin == QLatin1String("refund") ? points : 0);
    const Points remaining = points + refundedBack - lot.redeemed - lot.adjustedOut - expiryWritten;
    // A lot gives no more than it had and holds no more than it has, at any moment. (The message
    // is made only when it is needed: made for every lot it was a fifth of the export.)
    if (remaining < lot.held || lot.held < 0)
        require(false, QStringLiteral("lot %1 had %2 left and %3 held at %4")
                           .arg(lot.lotId).arg(remaining).arg(lot.held).arg(timeformat::toIso(asOfMs)));
    const bool lapsed = lot.lapsesAtMs && *lot.lapsesAtMs <= asOfMs;
    lot.outstanding = lapsed ? lot.held : remaining;
    lot.expired = expiryWritten + (lapsed ? remaining - lot.held : 0);
    lot.ageDays = (asOfMs - lot.issuedAtMs) / dayMs;
    lot.bucket = labels.at(buckets.bucketOf(lot.ageDays));
}

// SQLite: the lots in id order and their movements grouped by lot in the same order, read side by
// side through the C API (Qt SQL's per-value cost was most of the export), the few holds open at T
// and the departments recorded by T looked up in memory.
const char *sqliteLots =
    "SELECT l.id, l.member_id, mb.hris, mb.department, l.origin, l.issued_at_ms, l.expires_at_ms, l.lapses_at_ms, l.points "
    "FROM lots l JOIN members mb ON mb.id = l.member_id WHERE l.issued_at_ms < ? ORDER BY l.id";
const char *sqliteMoves =
    "SELECT m.lot_id, SUM(CASE WHEN m.kind = 'redeem' THEN m.points ELSE 0 END), "
    "SUM(CASE WHEN m.kind = 'adjust' THEN m.points ELSE 0 END), SUM(CASE WHEN m.kind = 'expire' THEN m.points ELSE 0 END), "
    "SUM(CASE WHEN m.kind = 'refund' THEN -m.points ELSE 0 END) "
    "FROM lot_movements m JOIN entries e ON e.id = m.entry_id WHERE e.posted_at_ms < ? GROUP BY m.lot_id ORDER BY m.lot_id";

}  // namespace

QString LotRecord::state() const
{
    const Points gone = redeemed + adjustedOut + expired;
    if (outstanding > 0)
        return gone == 0 ? QStringLiteral("outstanding") : QStringLiteral("mixed");
    if (gone == redeemed)
        return QStringLiteral("redeemed");
    if (gone == expired)
        return QStringLiteral("expired");
    if (gone == adjustedOut)
        return QStringLiteral("adjusted");
    return QStringLiteral("mixed");
}

const QStringList &LotExport::columns()
{
    static const QStringList names{
        QStringLiteral("lot"),           QStringLiteral("member"),          QStringLiteral("hris"),
        QStringLiteral("department"),    QStringLiteral("origin"),          QStringLiteral("issued_at"),
        QStringLiteral("expires_at"),    QStringLiteral("lapses_at"),       QStringLiteral("issued_points"),
        QStringLiteral("adjusted_in_points"), QStringLiteral("refunded_points"), QStringLiteral("redeemed_points"),
        QStringLiteral("adjusted_out_points"), QStringLiteral("expired_points"), QStringLiteral("outstanding_points"),
        QStringLiteral("held_points"),   QStringLiteral("state"),           QStringLiteral("age_days"),
        QStringLiteral("bucket_days")};
    return names;
}

QByteArray LotExport::csvHeader(qint64 asOfMs, const AgeingBuckets &buckets)
{
    QByteArray header = "# Lots as of " + timeformat::toIso(asOfMs).toUtf8() + "\r\n";
    header += "# as_of: " + timeformat::toIso(asOfMs).toUtf8() + "\r\n";
    header += "# buckets: " + buckets.toString().toUtf8() + "\r\n";
    header += "# sums: issued + adjusted_in + refunded = redeemed + adjusted_out + expired + outstanding, per lot\r\n";
    header += reportformat::csvLine(columns());
    return header;
}

QByteArray LotExport::csvLine(const LotRecord &lot)
{
    QByteArray line;
    line.reserve(200);
    const auto number = [&line](qint64 value) {
        line += QByteArray::number(value);
        line += ',';
    };
    const auto text = [&line](const QString &value) {
        line += reportformat::csvField(value);
        line += ',';
    };
    const auto time = [&line](const std::optional<qint64> &ms) {
        if (ms)
            timeformat::appendIso(line, *ms);
        line += ',';
    };
    number(lot.lotId);
    text(lot.memberId);
    text(lot.hris);
    text(lot.department);
    text(lot.origin);
    time(lot.issuedAtMs);
    time(lot.expiresAtMs);
    time(lot.lapsesAtMs);
    for (const Points points : {lot.issued, lot.adjustedIn, lot.refunded, lot.redeemed, lot.adjustedOut, lot.expired, lot.outstanding, lot.held})
        number(points);
    text(lot.state());
    number(lot.ageDays);
    line += reportformat::csvField(lot.bucket);
    line += "\r\n";
    return line;
}

QJsonObject LotExport::toJson(const LotRecord &lot)
{
    QJsonObject object{{QStringLiteral("lot"), lot.lotId},
                       {QStringLiteral("member"), lot.memberId},
                       {QStringLiteral("hris"), lot.hris},
                       {QStringLiteral("department"), lot.department},
                       {QStringLiteral("origin"), lot.origin},
                       {QStringLiteral("issued_at"), timeformat::toIso(lot.issuedAtMs)},
                       {QStringLiteral("issued_points"), lot.issued},
                       {QStringLiteral("adjusted_in_points"), lot.adjustedIn},
                       {QStringLiteral("refunded_points"), lot.refunded},
                       {QStringLiteral("redeemed_points"), lot.redeemed},
                       {QStringLiteral("adjusted_out_points"), lot.adjustedOut},
                       {QStringLiteral("expired_points"), lot.expired},
                       {QStringLiteral("outstanding_points"), lot.outstanding},
                       {QStringLiteral("held_points"), lot.held},
                       {QStringLiteral("state"), lot.state()},
                       {QStringLiteral("age_days"), lot.ageDays},
                       {QStringLiteral("bucket_days"), lot.bucket}};
    object.insert(QStringLiteral("expires_at"), lot.expiresAtMs ? QJsonValue(timeformat::toIso(*lot.expiresAtMs)) : QJsonValue());
    object.insert(QStringLiteral("lapses_at"), lot.lapsesAtMs ? QJsonValue(timeformat::toIso(*lot.lapsesAtMs)) : QJsonValue());
    return object;
}

qint64 LotExport::forEach(qint64 asOfMs, const AgeingBuckets &buckets, const std::function<void(const LotRecord &)> &each)
{
    if (m_database.engine() == Engine::Sqlite)
        return forEachOnSqlite(asOfMs, buckets, each);
    const QStringList labels = bucketLabels(buckets);
    QSqlQuery &query = m_database.run(lotsAsOf, {asOfMs, asOfMs, asOfMs, asOfMs, asOfMs, asOfMs});
    qint64 count = 0;
    while (query.next()) {
        LotRecord lot;
        lot.lotId = query.value(0).toLongLong();
        lot.memberId = query.value(1).toString();
        lot.hris = query.value(2).toString();
        lot.department = query.value(3).toString();
        lot.origin = query.value(4).toString();
        lot.issuedAtMs = query.value(5).toLongLong();
        if (!query.value(6).isNull())
            lot.expiresAtMs = query.value(6).toLongLong();
        if (!query.value(7).isNull())
            lot.lapsesAtMs = query.value(7).toLongLong();
        lot.redeemed = query.value(9).toLongLong();
        lot.adjustedOut = query.value(10).toLongLong();
        lot.held = query.value(13).toLongLong();
        complete(lot, query.value(8).toLongLong(), query.value(11).toLongLong(), query.value(12).toLongLong(), asOfMs, buckets, labels);
        each(lot);
        ++count;
    }
    query.finish();
    return count;
}

qint64 LotExport::forEachOnSqlite(qint64 asOfMs, const AgeingBuckets &buckets, const std::function<void(const LotRecord &)> &each)
{
    QHash<qint64, Points> heldAt;
    QSqlQuery &holds = m_database.run(
        QStringLiteral("SELECT rl.lot_id, SUM(rl.points) FROM reservation_lots rl JOIN reservations r ON r.id = rl.reservation_id "
                       "WHERE r.created_at_ms < ? AND (r.closed_at_ms IS NULL OR r.closed_at_ms >= ?) AND r.expires_at_ms > ? "
                       "GROUP BY rl.lot_id"),
        {asOfMs, asOfMs, asOfMs});
    while (holds.next())
        heldAt.insert(holds.value(0).toLongLong(), holds.value(1).toLongLong());
    holds.finish();
    QHash<QString, QString> departmentAt;  // members whose department history reaches back to T
    QSqlQuery &departments = m_database.run(
        QStringLiteral("SELECT d.member_id, d.department FROM member_departments d WHERE d.since_ms = "
                       "(SELECT MAX(since_ms) FROM member_departments WHERE member_id = d.member_id AND since_ms <= ?)"),
        {asOfMs});
    while (departments.next())
        departmentAt.insert(departments.value(0).toString(), departments.value(1).toString());
    departments.finish();

    const QStringList labels = bucketLabels(buckets);
    SqliteStatement lots(m_database, QString::fromLatin1(sqliteLots));
    SqliteStatement moves(m_database, QString::fromLatin1(sqliteMoves));
    lots.bind(1, asOfMs);
    moves.bind(1, asOfMs);
    bool moreMoves = moves.step();
    qint64 count = 0;
    QString member;
    QByteArray memberBytes;
    while (lots.step()) {
        LotRecord lot;
        lot.lotId = lots.columnInt64(0);
        // Members come in runs of a few lots: their text is converted once per run.
        if (const QByteArray bytes = lots.columnUtf8(1); bytes != memberBytes) {
            memberBytes = bytes;
            member = QString::fromUtf8(bytes);
        }
        lot.memberId = member;
        lot.hris = QString::fromUtf8(lots.columnUtf8(2));
        const auto recorded = departmentAt.constFind(member);
        lot.department = recorded != departmentAt.constEnd() ? *recorded : QString::fromUtf8(lots.columnUtf8(3));
        lot.origin = QString::fromUtf8(lots.columnUtf8(4));
        lot.issuedAtMs = lots.columnInt64(5);
        if (!lots.columnIsNull(6))
            lot.expiresAtMs = lots.columnInt64(6);
        if (!lots.columnIsNull(7))
            lot.lapsesAtMs = lots.columnInt64(7);
        while (moreMoves && moves.columnInt64(0) < lot.lotId)
            moreMoves = moves.step();  // movements of a lot issued at or after T cannot be before T
        Points expiryWritten = 0;
        Points refundedBack = 0;
        if (moreMoves && moves.columnInt64(0) == lot.lotId) {
            lot.redeemed = moves.columnInt64(1);
            lot.adjustedOut = moves.columnInt64(2);
            expiryWritten = moves.columnInt64(3);
            refundedBack = moves.columnInt64(4);
        }
        lot.held = heldAt.value(lot.lotId);
        complete(lot, lots.columnInt64(8), expiryWritten, refundedBack, asOfMs, buckets, labels);
        each(lot);
        ++count;
    }
    return count;
}

qint64 LotExport::write(QIODevice &out, qint64 asOfMs, const AgeingBuckets &buckets, bool json)
{
    // One snapshot for the whole export: rows written meanwhile by other processes cannot make
    // one lot disagree with another.
    // A larger page cache for this read alone: the members' and entries' pages are read once per
    // lot otherwise (the kernel's copies were a fifth of the export). 64 MB, within the export's
    // memory bound; the connection's usual size comes back after it.
    if (m_database.engine() == Engine::Sqlite)
        m_database.execute(QStringLiteral("PRAGMA cache_size = -65536"));
    m_database.execute(m_database.engine() == Engine::Sqlite ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    const auto endSnapshot = qScopeGuard([this] {
        QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
        if (m_database.engine() == Engine::Sqlite)
            QSqlQuery(m_database.connection()).exec(QStringLiteral("PRAGMA cache_size = -2000"));  // SQLite's default
    });
    if (!json) {
        out.write(csvHeader(asOfMs, buckets));
        return forEach(asOfMs, buckets, [&out](const LotRecord &lot) { out.write(csvLine(lot)); });
    }
    const QJsonObject parameters{{QStringLiteral("as_of"), timeformat::toIso(asOfMs)}, {QStringLiteral("buckets"), buckets.toString()}};
    out.write("{\"report\":\"lots\",\"parameters\":" + QJsonDocument(parameters).toJson(QJsonDocument::Compact) + ",\"lots\":[");
    bool first = true;
    const qint64 count = forEach(asOfMs, buckets, [&](const LotRecord &lot) {
        out.write(first ? "\n" : ",\n");
        first = false;
        out.write(QJsonDocument(toJson(lot)).toJson(QJsonDocument::Compact));
    });
    out.write("\n]}\n");
    return count;
}

}  // namespace orchard
