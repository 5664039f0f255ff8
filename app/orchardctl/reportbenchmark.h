#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace orchard::cli {

// `orchardctl bench --scenario reports`: the finance reports over a synthetic ledger of N lots
// (default ten million) built with bulk SQL in a cache folder and kept for the next run. The
// synthetic ledger has two years of lots, 60% redeemed and the rest expired for lots past their
// 365-day expiry, 30% redeemed for half of the live ones; it is not a journal verify accepts
// (no postings or audit chain), only the lots, movements and entries the reports read.
class ReportBenchmark
{
public:
    struct Row
    {
        QString what;
        double seconds = 0;
        qint64 peakRssKiB = 0;
        QString result;
        QJsonObject toJson() const;
    };
    static QList<Row> run(qint64 lots);
};

}  // namespace orchard::cli
