#include "queries/browsequery.h"

#include "reports/redeemedbysource.h"

#include "ledger/accountcodes.h"
#include "store/database.h"

#include <QDateTime>
#include <QTimeZone>

namespace orchard {

namespace {

BrowseQuery::HoldRow holdFrom(const QSqlQuery &query)
{
    BrowseQuery::HoldRow row;
    row.reservationId = query.value(0).toLongLong();
    row.memberId = query.value(1).toString();
    row.source = query.value(2).toString();
    row.reference = query.value(3).toString();
    row.status = query.value(4).toString();
    row.points = query.value(5).toLongLong();
    row.createdAtMs = query.value(6).toLongLong();
    row.expiresAtMs = query.value(7).toLongLong();
    if (!query.value(8).isNull())
        row.closedAtMs = query.value(8).toLongLong();
    row.reason = query.value(9).toString();
    return row;
}

const QString selectHolds = QStringLiteral(
    "SELECT r.id, r.member_id, s.name, r.reference, r.status, r.points, r.created_at_ms, r.expires_at_ms, r.closed_at_ms, "
    "r.close_reason FROM reservations r JOIN sources s ON s.id = r.source_id ");

}  // namespace

BrowseQuery::Overview BrowseQuery::overview(qint64 nowMs)
{
    Overview overview;
    QSqlQuery &balances = m_database.run(QStringLiteral("SELECT kind, COALESCE(SUM(balance), 0) FROM accounts WHERE kind IN ('member', 'hold') GROUP BY kind"));
    while (balances.next())
        (balances.value(0).toString() == QLatin1String("member") ? overview.available : overview.held) = balances.value(1).toLongLong();
    balances.finish();
    QSqlQuery &members = m_database.run(QStringLiteral("SELECT COUNT(*) FROM members"));
    members.next();
    overview.members = members.value(0).toLongLong();
    members.finish();
    QSqlQuery &holds = m_database.run(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN expires_at_ms <= ? THEN 1 ELSE 0 END), 0) "
                                                     "FROM reservations WHERE status = 'reserved'"),
                                      {nowMs + Overview::dueSoonMs});
    holds.next();
    overview.openHolds = holds.value(0).toLongLong();
    overview.holdsDueSoon = holds.value(1).toLongLong();
    holds.finish();
    QSqlQuery &programme = m_database.run(QStringLiteral("SELECT code, balance FROM accounts WHERE code IN (?, ?, ?, ?)"),
                                          {accountcodes::issued, accountcodes::redeemed, accountcodes::expired, accountcodes::adjusted});
    while (programme.next()) {
        const QString code = programme.value(0).toString();
        const Points balance = programme.value(1).toLongLong();
        if (code == accountcodes::issued)
            overview.issued = -balance;  // the source of every point runs negative
        else if (code == accountcodes::redeemed)
            overview.redeemed = balance;
        else if (code == accountcodes::expired)
            overview.expired = balance;
        else
            overview.adjustedOut = balance;
    }
    programme.finish();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date();
    const qint64 dayStart = QDateTime(today, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 monthStart = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    RedeemedBySource redeemed(m_database);
    overview.redeemedToday = redeemed.between(dayStart, std::nullopt);
    overview.redeemedThisMonth = redeemed.between(monthStart, std::nullopt);
    return overview;
}

QList<BrowseQuery::HoldRow> BrowseQuery::openHolds(int limit)
{
    QSqlQuery &query = m_database.run(selectHolds + QStringLiteral("WHERE r.status = 'reserved' ORDER BY r.expires_at_ms, r.id LIMIT ?"), {limit});
    QList<HoldRow> rows;
    while (query.next())
        rows.append(holdFrom(query));
    query.finish();
    return rows;
}

QList<BrowseQuery::HoldRow> BrowseQuery::recentlyClosed(int limit)
{
    QSqlQuery &query = m_database.run(
        selectHolds + QStringLiteral("WHERE r.status IN ('released', 'timed_out') ORDER BY r.closed_at_ms DESC, r.id DESC LIMIT ?"), {limit});
    QList<HoldRow> rows;
    while (query.next())
        rows.append(holdFrom(query));
    query.finish();
    return rows;
}

QList<MemberView> BrowseQuery::findMembers(const QString &text, int limit)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT id, name, hris, department, created_at_ms FROM members WHERE id LIKE ? ESCAPE '\\' "
                       "OR LOWER(name) LIKE LOWER(?) ESCAPE '\\' ORDER BY id LIMIT ?"),
        {pattern + QLatin1Char('%'), QLatin1Char('%') + pattern + QLatin1Char('%'), limit});
    QList<MemberView> members;
    while (query.next())
        members.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toLongLong()});
    query.finish();
    return members;
}

QList<LotState> BrowseQuery::lotsOf(const QString &memberId)
{
    return LotBook(m_database).openLots(memberId);
}

QList<BrowseQuery::AuditRow> BrowseQuery::audit(const QString &actionPrefix, int limit)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT id, at_ms, actor, source, action, subject, details FROM audit_log WHERE action LIKE ? "
                       "ORDER BY id DESC LIMIT ?"),
        {actionPrefix + QLatin1Char('%'), limit});
    QList<AuditRow> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(), query.value(6).toString()});
    query.finish();
    return rows;
}

}  // namespace orchard
