#pragma once

#include <QMap>

#include "base/ledgertypes.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace orchard {

class Database;

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
};

// Keyset position: the last row a page ended on (newest first).
struct TransactionKey
{
    qint64 postedAtMs = 0;
    qint64 entryId = 0;
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
    QList<TransactionRow> rowsOf(const TransactionFilter &filter, const std::optional<TransactionKey> &after,
                                 const std::optional<TransactionKey> &until, int limit, const QString &from, const QVariantList &fromValues);

    Database &m_database;
    int m_scanWindow = defaultScanWindow;
};

}  // namespace orchard
