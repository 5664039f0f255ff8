#include "reports/memberstatement.h"

#include "base/invariant.h"
#include "base/timeformat.h"
#include "store/database.h"

#include <QJsonArray>

namespace orchard {

namespace {

constexpr qint64 dayMs = 86'400'000;
const QStringList lineTypes{QStringLiteral("earned"), QStringLiteral("redeemed"), QStringLiteral("refunded"),
                            QStringLiteral("adjusted"), QStringLiteral("expired")};

}  // namespace

QString MemberStatementQuery::lineType(const QString &entryKind)
{
    if (entryKind == QLatin1String("issue"))
        return QStringLiteral("earned");
    if (entryKind == QLatin1String("confirm") || entryKind == QLatin1String("checkout"))
        return QStringLiteral("redeemed");
    if (entryKind == QLatin1String("reversal"))
        return QStringLiteral("refunded");
    if (entryKind == QLatin1String("adjust"))
        return QStringLiteral("adjusted");
    if (entryKind == QLatin1String("expire"))
        return QStringLiteral("expired");
    return entryKind;
}

// The member's posted points (available + held) from every posting before atMs.
Points MemberStatementQuery::postedBefore(const QString &memberId, qint64 atMs)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT COALESCE(SUM(p.amount), 0) FROM postings p JOIN accounts a ON a.id = p.account_id "
                       "JOIN entries e ON e.id = p.entry_id WHERE a.member_id = ? AND a.kind IN ('member', 'hold') "
                       "AND e.posted_at_ms < ?"),
        {memberId, atMs});
    query.next();
    const Points points = query.value(0).toLongLong();
    query.finish();
    return points;
}

Result<Report> MemberStatementQuery::run(const QString &memberId, qint64 fromMs, qint64 toMs)
{
    if (fromMs >= toMs)
        return LedgerError::invalidArgument(QStringLiteral("to"), QStringLiteral("the period must end after it starts"));
    QSqlQuery &member = m_database.run(QStringLiteral("SELECT name FROM members WHERE id = ?"), {memberId});
    const bool known = member.next();
    const QString name = known ? member.value(0).toString() : QString();
    member.finish();
    if (!known)
        return LedgerError{errors::unknownMember, QStringLiteral("there is no member '%1'").arg(memberId),
                           {{QStringLiteral("member"), memberId}}};

    const Points opening = postedBefore(memberId, fromMs);
    Report report;
    report.name = QStringLiteral("statement");
    report.title = name.isEmpty() ? QStringLiteral("Statement for %1").arg(memberId)
                                  : QStringLiteral("Statement for %1 (%2)").arg(memberId, name);
    report.parameters = {{QStringLiteral("member"), memberId},
                         {QStringLiteral("from"), timeformat::toIso(fromMs)},
                         {QStringLiteral("to"), timeformat::toIso(toMs)}};
    report.table.columns = {QStringLiteral("posted_at"), QStringLiteral("type"),   QStringLiteral("source"),       QStringLiteral("reference"),
                            QStringLiteral("reason"),    QStringLiteral("points"), QStringLiteral("balance_points")};
    report.table.rows.append({ReportCell::ofText(timeformat::toIso(fromMs)), ReportCell::ofText(QStringLiteral("opening balance")),
                              ReportCell::empty(), ReportCell::empty(), ReportCell::empty(), ReportCell::empty(),
                              ReportCell::ofPoints(opening)});

    // Every entry of the period that changed the member's posted points; a hold and its release
    // move points between the member's own accounts and change nothing here.
    QSqlQuery &entries = m_database.run(
        QStringLiteral("SELECT e.id, e.posted_at_ms, e.kind, s.name, e.reference, e.reason, SUM(p.amount) FROM entries e "
                       "JOIN sources s ON s.id = e.source_id JOIN postings p ON p.entry_id = e.id "
                       "JOIN accounts a ON a.id = p.account_id "
                       "WHERE e.member_id = ? AND e.posted_at_ms >= ? AND e.posted_at_ms < ? "
                       "AND a.member_id = e.member_id AND a.kind IN ('member', 'hold') "
                       "GROUP BY e.id, e.posted_at_ms, e.kind, s.name, e.reference, e.reason "
                       "HAVING SUM(p.amount) <> 0 ORDER BY e.posted_at_ms, e.id"),
        {memberId, fromMs, toMs});
    QHash<QString, Points> totals;
    QJsonArray lines;
    Points balance = opening;
    while (entries.next()) {
        const Points points = entries.value(6).toLongLong();
        const QString type = lineType(entries.value(2).toString());
        balance += points;
        totals[type] += points;
        const qint64 postedAtMs = entries.value(1).toLongLong();
        lines.append(QJsonObject{{QStringLiteral("entry"), entries.value(0).toLongLong()},
                                 {QStringLiteral("posted_at"), timeformat::toIso(postedAtMs)},
                                 {QStringLiteral("type"), type},
                                 {QStringLiteral("source"), entries.value(3).toString()},
                                 {QStringLiteral("reference"), entries.value(4).toString()},
                                 {QStringLiteral("reason"), entries.value(5).toString()},
                                 {QStringLiteral("points"), points},
                                 {QStringLiteral("balance"), balance}});
        report.table.rows.append({ReportCell::ofText(timeformat::toIso(postedAtMs)), ReportCell::ofText(type),
                                  ReportCell::ofText(entries.value(3).toString()), ReportCell::ofText(entries.value(4).toString()),
                                  ReportCell::ofText(entries.value(5).toString()), ReportCell::ofPoints(points),
                                  ReportCell::ofPoints(balance)});
    }
    entries.finish();

    // The closing balance counted again from the postings, independently of the lines.
    const Points closing = postedBefore(memberId, toMs);
    // Held at the end: holds made before it, not closed before it and not past their timeout (the
    // sweep may write a timeout later than it happened).
    QSqlQuery &holds = m_database.run(
        QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM reservations WHERE member_id = ? AND created_at_ms < ? "
                       "AND (closed_at_ms IS NULL OR closed_at_ms >= ?) AND expires_at_ms > ?"),
        {memberId, toMs, toMs, toMs});
    holds.next();
    const Points held = holds.value(0).toLongLong();
    holds.finish();
    const bool ties = balance == closing;
    report.table.total = {ReportCell::ofText(timeformat::toIso(toMs)), ReportCell::ofText(QStringLiteral("closing balance")),
                          ReportCell::empty(), ReportCell::empty(), ReportCell::empty(), ReportCell::ofPoints(closing - opening),
                          ReportCell::ofPoints(closing)};

    // Points in lots expiring within 30, 60 and 90 days of the end, as they stood then.
    QSqlQuery &expiring = m_database.run(
        QStringLiteral("SELECT l.expires_at_ms, l.remaining + (SELECT COALESCE(SUM(m.points), 0) FROM lot_movements m "
                       "JOIN entries e ON e.id = m.entry_id WHERE m.lot_id = l.id AND e.posted_at_ms >= ?) FROM lots l "
                       "WHERE l.member_id = ? AND l.issued_at_ms < ? AND l.expires_at_ms > ? AND l.expires_at_ms <= ?"),
        {toMs, memberId, toMs, toMs, toMs + 90 * dayMs});
    Points within30 = 0;
    Points within60 = 0;
    Points within90 = 0;
    while (expiring.next()) {
        const qint64 inMs = expiring.value(0).toLongLong() - toMs;
        const Points points = expiring.value(1).toLongLong();
        require(points >= 0, QStringLiteral("a lot of member %1 had a negative remainder at the statement's end").arg(memberId));
        within90 += points;
        within60 += inMs <= 60 * dayMs ? points : 0;
        within30 += inMs <= 30 * dayMs ? points : 0;
    }
    expiring.finish();

    QJsonObject totalsJson;
    for (const QString &type : lineTypes)
        totalsJson.insert(type, totals.value(type));
    report.figures = {{QStringLiteral("member"), memberId},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("opening"), opening},
                      {QStringLiteral("lines"), lines},
                      {QStringLiteral("totals"), totalsJson},
                      {QStringLiteral("closing"), closing},
                      {QStringLiteral("held"), held},
                      {QStringLiteral("available"), closing - held},
                      {QStringLiteral("expiring"), QJsonObject{{QStringLiteral("within_30_days"), within30},
                                                               {QStringLiteral("within_60_days"), within60},
                                                               {QStringLiteral("within_90_days"), within90}}},
                      {QStringLiteral("ties"), ties}};
    report.notes << (ties ? QStringLiteral("ties: opening %1 + earned %2 + redeemed %3 + refunded %4 + adjusted %5 + expired %6 = closing %7")
                          : QStringLiteral("DOES NOT TIE: opening %1 + earned %2 + redeemed %3 + refunded %4 + adjusted %5 + expired %6 ≠ closing %7"))
                        .arg(opening)
                        .arg(totals.value(QStringLiteral("earned")))
                        .arg(totals.value(QStringLiteral("redeemed")))
                        .arg(totals.value(QStringLiteral("refunded")))
                        .arg(totals.value(QStringLiteral("adjusted")))
                        .arg(totals.value(QStringLiteral("expired")))
                        .arg(closing);
    report.notes << QStringLiteral("at the end: %1 held by open reservations, %2 available").arg(held).arg(closing - held);
    report.notes << QStringLiteral("expiring after the end: %1 within 30 days, %2 within 60, %3 within 90").arg(within30).arg(within60).arg(within90);
    return report;
}

}  // namespace orchard
