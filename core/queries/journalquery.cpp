#include "queries/journalquery.h"

#include "base/ledgerlimits.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QJsonDocument>

#include <algorithm>

namespace orchard {

namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

// How the reservation status condition is written: a page scans the journal newest first and
// stops at the page's end, so it looks each entry's reservation up by key; totals go through every
// match, so they start from the reservations with that status.
enum class Purpose { Page, Totals };

// Conditions on `entries e` alone, with no join, so the planner's choice is the journal's indexes.
Where whereOf(const TransactionFilter &filter, Purpose purpose)
{
    Where where{QStringLiteral(" WHERE 1 = 1"), {}};
    const auto add = [&](const QString &condition, const QVariant &value) {
        where.sql += QStringLiteral(" AND ") + condition;
        where.values << value;
    };
    if (filter.source)
        add(QStringLiteral("e.source_id = (SELECT id FROM sources WHERE name = ?)"), *filter.source);
    if (filter.kind)
        add(QStringLiteral("e.kind = ?"), *filter.kind);
    if (filter.status) {
        if (*filter.status == QLatin1String("posted"))
            where.sql += QStringLiteral(" AND e.reservation_id IS NULL");
        else if (purpose == Purpose::Page)
            add(QStringLiteral("(SELECT rs.status FROM reservations rs WHERE rs.id = e.reservation_id) = ?"), *filter.status);
        else
            add(QStringLiteral("e.reservation_id IN (SELECT id FROM reservations WHERE status = ?)"), *filter.status);
    }
    if (filter.memberId)
        add(QStringLiteral("e.member_id = ?"), *filter.memberId);
    if (filter.fromMs)
        add(QStringLiteral("e.posted_at_ms >= ?"), *filter.fromMs);
    if (filter.toMs)
        add(QStringLiteral("e.posted_at_ms < ?"), *filter.toMs);
    if (filter.minPoints)
        add(QStringLiteral("e.points >= ?"), *filter.minPoints);
    if (filter.maxPoints)
        add(QStringLiteral("e.points <= ?"), *filter.maxPoints);
    if (!filter.referenceContains.isEmpty()) {
        QString pattern = filter.referenceContains;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        add(QStringLiteral("e.reference LIKE ? ESCAPE '\\'"), QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    return where;
}

const QString fromClause = QStringLiteral(
    " FROM entries e JOIN sources s ON s.id = e.source_id LEFT JOIN reservations r ON r.id = e.reservation_id");


// The matching entries first, by the index (CROSS JOIN keeps SQLite from starting elsewhere);
// the filter's own LIKE still checks each one.
const QString matchesFirst = QStringLiteral(
    " FROM (SELECT rowid AS id FROM entry_references WHERE reference LIKE ?) m CROSS JOIN entries e ON e.id = m.id");

// The SQL of each order's column, as the page's SELECT can compare it (never NULL, so that the
// keyset's comparisons hold for every row).
QString orderExpression(TransactionOrder order)
{
    switch (order) {
    case TransactionOrder::ByTime:
        return QStringLiteral("e.posted_at_ms");
    case TransactionOrder::ByMember:
        return QStringLiteral("COALESCE(e.member_id, '')");
    case TransactionOrder::ByKind:
        return QStringLiteral("e.kind");
    case TransactionOrder::BySource:
        return QStringLiteral("s.name");
    case TransactionOrder::ByReference:
        return QStringLiteral("e.reference");
    case TransactionOrder::ByPoints:
        return QStringLiteral("e.points");
    case TransactionOrder::ByMoney:
        return QStringLiteral("e.amount_minor");
    case TransactionOrder::ByStatus:
        return QStringLiteral("COALESCE(r.status, 'posted')");
    }
    Q_UNREACHABLE();
    return {};
}

const QString rowColumns = QStringLiteral(
    "SELECT e.id, e.posted_at_ms, e.member_id, e.kind, s.name, e.reference, e.points, e.amount_minor, "
    "COALESCE(r.status, 'posted'), e.reservation_id, e.actor, e.reason");

TransactionRow rowFrom(const QSqlQuery &query)
{
    TransactionRow row;
    row.entryId = query.value(0).toLongLong();
    row.postedAtMs = query.value(1).toLongLong();
    row.memberId = query.value(2).toString();
    row.kind = query.value(3).toString();
    row.source = query.value(4).toString();
    row.reference = query.value(5).toString();
    row.points = query.value(6).toLongLong();
    row.moneyMinor = query.value(7).toLongLong();
    row.status = query.value(8).toString();
    if (!query.value(9).isNull())
        row.reservationId = query.value(9).toLongLong();
    row.actor = query.value(10).toString();
    row.reason = query.value(11).toString();
    return row;
}

}  // namespace

TransactionKey TransactionKey::of(const TransactionRow &row, TransactionOrder order)
{
    TransactionKey key{row.postedAtMs, row.entryId, {}};
    switch (order) {
    case TransactionOrder::ByTime:
        break;
    case TransactionOrder::ByMember:
        key.orderValue = row.memberId;
        break;
    case TransactionOrder::ByKind:
        key.orderValue = row.kind;
        break;
    case TransactionOrder::BySource:
        key.orderValue = row.source;
        break;
    case TransactionOrder::ByReference:
        key.orderValue = row.reference;
        break;
    case TransactionOrder::ByPoints:
        key.orderValue = row.points;
        break;
    case TransactionOrder::ByMoney:
        key.orderValue = row.moneyMinor;
        break;
    case TransactionOrder::ByStatus:
        key.orderValue = row.status;
        break;
    }
    return key;
}

// SQLite only (PostgreSQL's planner uses its trigram index by itself): the index serves texts of
// three characters or more without LIKE's own wildcards.
bool JournalQuery::usesReferenceIndex(const TransactionFilter &filter) const
{
    const QString &text = filter.referenceContains;
    return m_database.engine() == Engine::Sqlite && text.size() >= 3 && !text.contains(QLatin1Char('%'))
           && !text.contains(QLatin1Char('_')) && !text.contains(QLatin1Char('\\'));
}

QList<TransactionRow> JournalQuery::page(const TransactionFilter &filter, const std::optional<TransactionKey> &after, int limit)
{
    limit = std::clamp(limit, 1, 10'000);
    QList<TransactionRow> rows;
    if (filter.order != TransactionOrder::ByTime || !filter.descending) {
        rows = rowsInOrder(filter, after, limit);
    } else if (!usesReferenceIndex(filter)) {
        rows = rowsOf(filter, after, std::nullopt, limit, fromClause, {});
    } else {
        // A reference text on SQLite: where it is common, the newest entries hold a page of it and
        // scanning them is quickest; where it is rare, the trigram index finds the few older ones.
        const std::optional<TransactionKey> windowEnd = keyAfterWindow(after);
        rows = rowsOf(filter, after, windowEnd, limit, fromClause, {});
        if (rows.size() < limit && windowEnd) {
            const QString pattern = QLatin1Char('%') + filter.referenceContains + QLatin1Char('%');
            rows += rowsOf(filter, windowEnd, std::nullopt, limit - int(rows.size()),
                           matchesFirst + QStringLiteral(" JOIN sources s ON s.id = e.source_id LEFT JOIN reservations r ON r.id = e.reservation_id"),
                           {pattern});
        }
    }
    if (filter.memberId)
        addAvailableAfter(*filter.memberId, rows);
    return rows;
}

// Any order but the default newest first: the order's column, then the entry id, both the same
// way; a page starts strictly after the row the last one ended on.
QList<TransactionRow> JournalQuery::rowsInOrder(const TransactionFilter &filter, const std::optional<TransactionKey> &after, int limit)
{
    const QString column = orderExpression(filter.order);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString beyond = filter.descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    Where where = whereOf(filter, Purpose::Page);
    if (after) {
        const QVariant value = filter.order == TransactionOrder::ByTime ? QVariant(after->postedAtMs) : after->orderValue;
        where.sql += QStringLiteral(" AND (") + column + beyond + QStringLiteral("? OR (") + column + QStringLiteral(" = ? AND e.id")
                     + beyond + QStringLiteral("?))");
        where.values << value << value << after->entryId;
    }
    where.values << limit;
    QSqlQuery &query = m_database.run(rowColumns + fromClause + where.sql + QStringLiteral(" ORDER BY ") + column + direction
                                          + QStringLiteral(", e.id") + direction + QStringLiteral(" LIMIT ?"),
                                      where.values);
    QList<TransactionRow> rows;
    while (query.next())
        rows.append(rowFrom(query));
    query.finish();
    return rows;
}

// A register's running balance: what the member's available account held once each entry was
// written. Entry ids are the order of writing, so an entry's balance is the sum of the account's
// postings up to and including its own, whatever order the page shows.
void JournalQuery::addAvailableAfter(const QString &memberId, QList<TransactionRow> &rows)
{
    if (rows.isEmpty())
        return;
    QSqlQuery &account = m_database.run(QStringLiteral("SELECT id FROM accounts WHERE member_id = ? AND kind = 'member'"), {memberId});
    const std::optional<qint64> accountId = account.next() ? std::optional<qint64>(account.value(0).toLongLong()) : std::nullopt;
    account.finish();
    if (!accountId)
        return;
    // Two reads of the member's postings for the whole page: what came before its oldest entry,
    // then each entry's own, added up in entry order.
    qint64 firstId = rows.first().entryId;
    qint64 lastId = firstId;
    for (const TransactionRow &row : std::as_const(rows)) {
        firstId = std::min(firstId, row.entryId);
        lastId = std::max(lastId, row.entryId);
    }
    QSqlQuery &before = m_database.run(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM postings WHERE account_id = ? AND entry_id < ?"),
                                       {*accountId, firstId});
    const Points baseline = before.next() ? before.value(0).toLongLong() : 0;
    before.finish();
    Points balance = baseline;
    QList<std::pair<qint64, Points>> moved;  // (entry id, balance once it was written), in entry order
    QSqlQuery &within = m_database.run(
        QStringLiteral("SELECT entry_id, SUM(amount) FROM postings WHERE account_id = ? AND entry_id BETWEEN ? AND ? GROUP BY entry_id ORDER BY entry_id"),
        {*accountId, firstId, lastId});
    while (within.next()) {
        balance += within.value(1).toLongLong();
        moved.append({within.value(0).toLongLong(), balance});
    }
    within.finish();
    for (TransactionRow &row : rows) {
        // The balance after the last entry at or before this one that moved the account (a
        // confirmation of a hold moves only the held account, and leaves the balance as it was).
        const auto after = std::upper_bound(moved.cbegin(), moved.cend(), row.entryId,
                                            [](qint64 id, const std::pair<qint64, Points> &entry) { return id < entry.first; });
        row.availableAfter = after == moved.cbegin() ? baseline : std::prev(after)->second;
    }
}

// The key of the entry m_scanWindow places after `after` (newest first): the scan covers the
// entries down to it, inclusive; none when the journal ends sooner.
std::optional<TransactionKey> JournalQuery::keyAfterWindow(const std::optional<TransactionKey> &after)
{
    QVariantList values;
    QString condition;
    if (after) {
        condition = QStringLiteral(" WHERE posted_at_ms <= ? AND (posted_at_ms < ? OR (posted_at_ms = ? AND id < ?))");
        values << after->postedAtMs << after->postedAtMs << after->postedAtMs << after->entryId;
    }
    values << m_scanWindow - 1;
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT posted_at_ms, id FROM entries") + condition + QStringLiteral(" ORDER BY posted_at_ms DESC, id DESC LIMIT 1 OFFSET ?"),
        values);
    std::optional<TransactionKey> key;
    if (query.next())
        key = TransactionKey{query.value(0).toLongLong(), query.value(1).toLongLong(), {}};
    query.finish();
    return key;
}

// The filter's rows newest first, strictly after `after` and down to `until` inclusive.
QList<TransactionRow> JournalQuery::rowsOf(const TransactionFilter &filter, const std::optional<TransactionKey> &after,
                                           const std::optional<TransactionKey> &until, int limit, const QString &from,
                                           const QVariantList &fromValues)
{
    // Each bound also as a plain range on the time, which the index can stop at.
    Where where = whereOf(filter, Purpose::Page);
    if (after) {
        where.sql += QStringLiteral(" AND e.posted_at_ms <= ? AND (e.posted_at_ms < ? OR (e.posted_at_ms = ? AND e.id < ?))");
        where.values << after->postedAtMs << after->postedAtMs << after->postedAtMs << after->entryId;
    }
    if (until) {
        where.sql += QStringLiteral(" AND e.posted_at_ms >= ? AND (e.posted_at_ms > ? OR (e.posted_at_ms = ? AND e.id >= ?))");
        where.values << until->postedAtMs << until->postedAtMs << until->postedAtMs << until->entryId;
    }
    where.values << limit;
    QSqlQuery &query = m_database.run(rowColumns + from + where.sql + QStringLiteral(" ORDER BY e.posted_at_ms DESC, e.id DESC LIMIT ?"),
                                      fromValues + where.values);
    QList<TransactionRow> rows;
    while (query.next())
        rows.append(rowFrom(query));
    query.finish();
    return rows;
}

QList<EntryView> JournalQuery::entries(const LogFilter &filter)
{
    TransactionFilter rows;
    rows.memberId = filter.memberId;
    rows.source = filter.source;
    rows.kind = filter.kind;
    rows.fromMs = filter.fromMs;
    rows.toMs = filter.toMs;
    const int wanted = std::clamp(filter.limit, 1, limits::maxLogLimit);
    QList<EntryView> entries;
    std::optional<TransactionKey> after;
    while (entries.size() < wanted) {
        const QList<TransactionRow> page = this->page(rows, after, wanted - int(entries.size()));
        for (const TransactionRow &row : page) {
            EntryView entry;
            entry.entryId = row.entryId;
            entry.kind = row.kind;
            entry.postedAtMs = row.postedAtMs;
            entry.memberId = row.memberId;
            entry.source = row.source;
            entry.reference = row.reference;
            entry.actor = row.actor;
            entry.reservationId = row.reservationId;
            entry.points = row.points;
            entry.reason = row.reason;
            entry.amountMinor = row.moneyMinor;
            entries.append(entry);
        }
        if (page.isEmpty())
            break;
        after = TransactionKey{page.constLast().postedAtMs, page.constLast().entryId, {}};
    }
    return entries;
}

TransactionTotals JournalQuery::totals(const TransactionFilter &filter)
{
    Where where = whereOf(filter, Purpose::Totals);
    QString from = QStringLiteral(" FROM entries e");
    if (usesReferenceIndex(filter)) {
        from = matchesFirst;
        where.values.prepend(QLatin1Char('%') + filter.referenceContains + QLatin1Char('%'));
    }
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT e.kind, COUNT(*), COALESCE(SUM(e.points), 0), COALESCE(SUM(e.amount_minor), 0)") + from + where.sql
            + QStringLiteral(" GROUP BY e.kind"),
        where.values);
    TransactionTotals totals;
    while (query.next()) {
        const TransactionTotals::OfKind kind{query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toLongLong()};
        totals.byKind.insert(query.value(0).toString(), kind);
        totals.count += kind.count;
        totals.points += kind.points;
        totals.moneyMinor += kind.moneyMinor;
    }
    query.finish();
    return totals;
}

TransactionDetail JournalQuery::detail(qint64 entryId)
{
    TransactionDetail detail;
    QSqlQuery &entry = m_database.run(rowColumns + fromClause + QStringLiteral(" WHERE e.id = ?"), {entryId});
    if (entry.next()) {
        detail.row = rowFrom(entry);
        detail.actor = detail.row.actor;
        detail.reason = detail.row.reason;
    }
    entry.finish();
    QSqlQuery &postings = m_database.run(
        QStringLiteral("SELECT a.code, p.amount, p.unit FROM postings p JOIN accounts a ON a.id = p.account_id WHERE p.entry_id = ? ORDER BY p.id"),
        {entryId});
    while (postings.next())
        detail.postings.append({{QStringLiteral("account"), postings.value(0).toString()},
                                {QStringLiteral("amount"), postings.value(1).toLongLong()},
                                {QStringLiteral("unit"), postings.value(2).toString()}});
    postings.finish();
    QSqlQuery &lots = m_database.run(
        QStringLiteral("SELECT lot_id, points, kind FROM lot_movements WHERE entry_id = ? ORDER BY id"), {entryId});
    while (lots.next())
        detail.lotMovements.append({{QStringLiteral("lot"), lots.value(0).toLongLong()},
                                    {QStringLiteral("points"), lots.value(1).toLongLong()},
                                    {QStringLiteral("kind"), lots.value(2).toString()}});
    lots.finish();
    QSqlQuery &audit = m_database.run(
        QStringLiteral("SELECT id, at_ms, actor, action, details, hash FROM audit_log WHERE entry_id = ? ORDER BY id LIMIT 1"), {entryId});
    if (audit.next())
        detail.audit = {{QStringLiteral("record"), audit.value(0).toLongLong()},
                        {QStringLiteral("at_ms"), audit.value(1).toLongLong()},
                        {QStringLiteral("actor"), audit.value(2).toString()},
                        {QStringLiteral("action"), audit.value(3).toString()},
                        {QStringLiteral("details"), QJsonDocument::fromJson(audit.value(4).toString().toUtf8()).object()},
                        {QStringLiteral("hash"), audit.value(5).toString()}};
    audit.finish();
    return detail;
}

QStringList JournalQuery::sources()
{
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT name FROM sources ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    query.finish();
    return names;
}

}  // namespace orchard
