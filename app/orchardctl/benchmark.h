#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace orchard::cli {

// `orchardctl bench`: the ledger's write path measured side by side in one run, on a temporary
// SQLite ledger. Scenarios so far: `limit` (the storage ceiling: the rows a redemption writes,
// inserted in batches), `naive` (one transaction per redemption), `engine` (the group-commit
// writer with 64 concurrent clients, at synchronous FULL and NORMAL).
class Benchmark
{
public:
    struct Row
    {
        QString scenario;
        QString detail;
        double operationsPerSecond = 0;
        qint64 operations = 0;
        double seconds = 0;
        qint64 peakRssKiB = 0;
        QJsonObject toJson() const;
    };

    static QStringList scenarios();
    // Runs the named scenarios for about `seconds` each; empty on an unknown name.
    static QList<Row> run(const QStringList &names, double seconds);
    static QString table(const QList<Row> &rows);
};

}  // namespace orchard::cli
