#pragma once

#include "base/ledgertypes.h"
#include "settings/expirypolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace orchard {

class Database;

// One lot as of a moment: where its points came from and where they went, in points. For every
// lot issued + adjusted_in + refunded = redeemed + adjusted_out + expired + outstanding; summed
// over the lots these are point-state's figures as of the same moment (its redeemed is net of
// refunds: redeemed - refunded here).
struct LotRecord
{
    qint64 lotId = 0;
    QString memberId;
    QString hris;
    QString department;  // as recorded at the as-of (member_departments), else the member's current one
    QString origin;      // issue, adjustment (a credit), refund (a refund of points that had lapsed)
    qint64 issuedAtMs = 0;
    std::optional<qint64> expiresAtMs;
    std::optional<qint64> lapsesAtMs;  // expiry and grace: after it the points are expired
    Points issued = 0;
    Points adjustedIn = 0;
    Points refunded = 0;
    Points redeemed = 0;  // gross: what redemptions and checkouts took
    Points adjustedOut = 0;
    Points expired = 0;   // written by the expiry run, and lapsed but not yet written
    Points outstanding = 0;
    Points held = 0;      // of outstanding: on open holds
    qint64 ageDays = 0;
    QString bucket;       // of the ageing buckets given
    // outstanding (nothing left it yet), redeemed, expired or adjusted (all gone one way), else mixed
    QString state() const;
};

// `orchardctl report lots`: every lot issued before the as-of, in lot order, read in one pass
// and handed on one at a time, so that ten million lots cost a row's memory, not a table's.
// Throws SqlFailure.
class LotExport
{
public:
    explicit LotExport(Database &database) : m_database(database) {}

    static const QStringList &columns();
    // The CSV or JSON lines of an export: the same parameters as every report's header.
    static QByteArray csvHeader(qint64 asOfMs, const AgeingBuckets &buckets);
    static QByteArray csvLine(const LotRecord &lot);
    static QJsonObject toJson(const LotRecord &lot);

    // Calls `each` for every lot issued before asOfMs, in lot id order; returns how many.
    qint64 forEach(qint64 asOfMs, const AgeingBuckets &buckets, const std::function<void(const LotRecord &)> &each);
    // The whole export written to `out` as CSV (header comments, a header row, one row per lot)
    // or JSON ({"report":"lots","parameters":{…},"lots":[…]}, one lot per line).
    qint64 write(QIODevice &out, qint64 asOfMs, const AgeingBuckets &buckets, bool json);

private:
    qint64 forEachOnSqlite(qint64 asOfMs, const AgeingBuckets &buckets, const std::function<void(const LotRecord &)> &each);

    Database &m_database;
};

}  // namespace orchard
