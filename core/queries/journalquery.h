#pragma once

#include <QMap>

#include "base/ledgertypes.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace orchard {

class Database;

// The column a page of transactions is ordered by (then by entry id, the same way), in SQL, so
// that a keyset page follows the order on ten million entries as well as on ten.
enum class TransactionOrder { ByTime, ByMember, ByKind, BySource, ByReference, ByPoints, ByMoney, ByStatus };

// What the console's Transactions screen may filter the journal by; every filter is done in SQL.
struct TransactionFilter
{
    std::optional<QString> source;
    std::optional<QString> kind;
    std::optional<QString> status;  // of the entry's reservation: reserved, confirmed, released, timed_out
    std::optional<QString> memberId;
    std::optional<qint64> fromMs;  // inclusive
    std::optional<qint64> toMs;    // exclusive
    std::optional<Points> minPoints;
    std::optional<Points> maxPoints;
    QString referenceContains;
    TransactionOrder order = TransactionOrder::ByTime;
    bool descending = true;  // newest, largest, last in the alphabet first
    bool operator==(const TransactionFilter &other) const = default;
};

struct TransactionRow
{
    qint64 entryId = 0;
    qint64 postedAtMs = 0;
    QString memberId;
    QString kind;
    QString source;
    QString reference;
    Points points = 0;
    qint64 moneyMinor = 0;
    QString status;  // the reservation's status, or "posted"
    std::optional<qint64> reservationId;
    QString actor;
    QString reason;
    // Filtered to one member: the member's available points once this entry was posted (its own
    // postings and every earlier entry's, in the order they were written).
    std::optional<Points> availableAfter;
};

// Keyset position: the last row a page ended on, in the filter's order. `orderValue` is that
// row's value of the order's column (unused for the time, which postedAtMs carries).
struct TransactionKey
{
    qint64 postedAtMs = 0;
    qint64 entryId = 0;
    QVariant orderValue;
    static TransactionKey of(const TransactionRow &row, TransactionOrder order);
};

struct TransactionTotals
{
    qint64 count = 0;
    Points points = 0;  // every entry's points added up, whatever its kind: read byKind instead
    qint64 moneyMinor = 0;
    struct OfKind
    {
        qint64 count = 0;
        Points points = 0;
        qint64 moneyMinor = 0;
    };
    QMap<QString, OfKind> byKind;  // an issue's points and a redemption's do not add up
};

struct TransactionDetail
{
    TransactionRow row;
    QString actor;
    QString reason;
    QList<QJsonObject> postings;       // account, amount, unit
    QList<QJsonObject> lotMovements;   // lot, points, kind
    QJsonObject audit;                 // the audit record that carries the entry's digest
};

// Throws SqlFailure.
class JournalQuery
{
public:
    explicit JournalQuery(Database &database) : m_database(database) {}

    static constexpr int pageSize = 500;
    // A reference search scans this many of the newest entries before it asks the trigram index
    // for older ones: a text held by one entry in 200 fills a page within the scan.
    static constexpr int defaultScanWindow = 100'000;
    void setScanWindow(int entries) { m_scanWindow = std::max(1, entries); }

    // Newest first, strictly after `after` when given: every row once, however many arrive meanwhile.
    QList<TransactionRow> page(const TransactionFilter &filter, const std::optional<TransactionKey> &after, int limit = pageSize);
    TransactionTotals totals(const TransactionFilter &filter);
    TransactionDetail detail(qint64 entryId);
    // `orchardctl log` and LedgerService::log: the same reader, newest first, up to filter.limit.
    QList<EntryView> entries(const LogFilter &filter);
    QStringList sources();

private:
    bool usesReferenceIndex(const TransactionFilter &filter) const;
    std::optional<TransactionKey> keyAfterWindow(const std::optional<TransactionKey> &after);
    void addAvailableAfter(const QString &memberId, QList<TransactionRow> &rows);
    QList<TransactionRow> rowsInOrder(const TransactionFilter &filter, const std::optional<TransactionKey> &after, int limit);
    QList<TransactionRow> rowsOf(const TransactionFilter &filter, const std::optional<TransactionKey> &after,
                                 const std::optional<TransactionKey> &until, int limit, const QString &from, const QVariantList &fromValues);

    Database &m_database;
    int m_scanWindow = defaultScanWindow;
};

}  // namespace orchard
