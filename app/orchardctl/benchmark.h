#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace orchard::cli {

// `orchardctl bench`: the ledger measured side by side in one run. Write path: `limit` (the
// storage ceiling: the rows a redemption writes, inserted in batches), `naive` (one transaction
// per redemption), `engine` (the group-commit writer, 64 in-process clients, redemptions at
// synchronous FULL and NORMAL, reserve + confirm pairs at FULL), `api` (orchard-ledgerd over
// loopback HTTP, 64 keep-alive clients), `postgresql` (the engine on a PostgreSQL server).
// Read path: `reports` (ReportBenchmark) and `console` (ConsoleBenchmark) on synthetic ledgers.
// Earning in: `import` (ImportBenchmark), a CSV export imported end to end.
class Benchmark
{
public:
    struct Row
    {
        QString scenario;
        QString detail;
        double operationsPerSecond = 0;  // 0 for a task timed once (reports, console)
        qint64 operations = 0;
        double seconds = 0;
        std::optional<double> p50Ms;
        std::optional<double> p99Ms;
        qint64 peakRssKiB = 0;
        std::optional<double> writerCpuMicroseconds;  // the writer thread's CPU per operation, where there is one
        QString note;  // the task's result, or why the scenario did not run
        QJsonObject toJson() const;
        static Row fromJson(const QJsonObject &object);
    };

    struct Options
    {
        double seconds = 5;
        QString postgresUrl;   // a server for `postgresql`; the scenario says it did not run without one
        QString ledgerd;       // orchard-ledgerd for `api`; found beside orchardctl when empty
        qint64 reportLots = 10'000'000;
        qint64 consoleEntries = 10'000'000;
        qint64 importRows = 1'000'000;     // `import`: the HRIS export's rows
        qint64 fixedRedemptions = 10'000;  // `fixed`: scripts/bench-check's callgrind workload, not in the all-scenario run
    };

    static QStringList scenarios();
    // One scenario in this process.
    static QList<Row> run(const QString &scenario, const Options &options);
    static QString table(const QList<Row> &rows);
};

}  // namespace orchard::cli
