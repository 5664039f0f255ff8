#include "reportbenchmark.h"

#include "reports/lotexport.h"
#include "settings/expirypolicy.h"
#include <QSaveFile>
#include <QFileInfo>

#include "benchledger.h"
#include "base/clock.h"
#include "journal/journal.h"
#include "ledger/lotbook.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/seedstaging.h"
#include "reports/reports.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

namespace orchard::cli {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr int syntheticDays = 730;
constexpr int syntheticMembers = 100'000;

// Two years of lots ending at `endMs`, with the movements and day entries the reports read,
// staged and moved in by each table's owner.
void build(Database &database, qint64 lots, qint64 endMs)
{
    const qint64 startMs = endMs - qint64(syntheticDays) * dayMs;
    const qint64 admin = BenchLedger::sourceIdOf(database, sourceAdmin);
    const qint64 marketplace = BenchLedger::sourceIdOf(database, sourceMarketplace);
    AuditLog audit(database);
    Journal journal(database, audit);
    LotBook lotBook(database);
    database.execute(QStringLiteral("BEGIN"));
    database.run(QStringLiteral("INSERT INTO members (id, name, hris, department, created_at_ms) "
                                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                                "SELECT 'bm' || i, '', 'other', 'dept' || (i % 20), ? FROM n"),
                 {syntheticMembers - 1, startMs});
    {
        // Entry 1: the issue every synthetic lot points at; then one confirm and one expire entry per day.
        SeedStaging entries(database, QStringLiteral("entries"));
        const QString columns = QStringLiteral("id, kind, posted_at_ms, source_id, actor, points, reason");
        entries.stage(columns, QStringLiteral("SELECT 1, 'issue', ?, ?, 'bench', 1, 'synthetic'"), {startMs, admin});
        const QString days = QStringLiteral("WITH RECURSIVE d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < ?) ");
        entries.stage(columns, days + QStringLiteral("SELECT 10 + i, 'confirm', ? + i * ?, ?, 'bench', 1, 'synthetic' FROM d"),
                      {syntheticDays - 1, startMs, dayMs, marketplace});
        entries.stage(columns, days + QStringLiteral("SELECT 10000 + i, 'expire', ? + i * ?, ?, 'bench', 1, 'synthetic' FROM d"),
                      {syntheticDays - 1, startMs, dayMs, admin});
        journal.importSynthetic(entries);
    }
    {
        // Lot i (id i + 1) is issued on day k = i mod 730 with 100 + i mod 400 points and expires 365
        // days later. Lapsed lots: 60% redeemed on day k + 30, the rest expired on day k + 365. Live
        // lots with even i: 30% redeemed on day k + 10 when that day has come.
        SeedStaging staged(database, QStringLiteral("lots"));
        staged.stage(QStringLiteral("id, member_id, issue_entry_id, issued_at_ms, expires_at_ms, lapses_at_ms, points, remaining, held"),
                     QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1), "
                                    "shaped AS (SELECT i, i % %2 AS k, 100 + i % 400 AS p FROM n) "
                                    "SELECT i + 1, 'bm' || (i % %3), 1, %4 + k * %5 + (i % 1000) * 60000, "
                                    "%4 + (k + 365) * %5 + (i % 1000) * 60000, %4 + (k + 365) * %5 + (i % 1000) * 60000, p, "
                                    "CASE WHEN k + 365 < %2 THEN 0 WHEN i % 2 = 0 AND k + 10 < %2 THEN p - p * 3 / 10 ELSE p END, 0 "
                                    "FROM shaped")
                         .arg(lots - 1)
                         .arg(syntheticDays)
                         .arg(syntheticMembers)
                         .arg(startMs)
                         .arg(dayMs));
        lotBook.importStaged(staged);
    }
    {
        SeedStaging movements(database, QStringLiteral("lot_movements"));
        const QString columns = QStringLiteral("entry_id, lot_id, points, kind");
        movements.stage(columns,
                        QStringLiteral("SELECT 10 + (id - 1) % %1 + 30, id, points * 6 / 10, 'redeem' FROM lots WHERE (id - 1) % %1 + 365 < %1")
                            .arg(syntheticDays));
        movements.stage(columns, QStringLiteral("SELECT 10000 + (id - 1) % %1 + 365, id, points - points * 6 / 10, 'expire' FROM lots "
                                                "WHERE (id - 1) % %1 + 365 < %1")
                                     .arg(syntheticDays));
        movements.stage(columns, QStringLiteral("SELECT 10 + (id - 1) % %1 + 10, id, points * 3 / 10, 'redeem' FROM lots "
                                                "WHERE (id - 1) % %1 + 365 >= %1 AND (id - 1) % 2 = 0 AND (id - 1) % %1 + 10 < %1")
                                     .arg(syntheticDays));
        lotBook.importStaged(movements);
    }
    database.run(QStringLiteral("INSERT INTO orchard_meta (key, value) VALUES ('bench_end_ms', ?)"), {QString::number(endMs)});
    database.execute(QStringLiteral("COMMIT"));
    database.execute(QStringLiteral("ANALYZE"));
}

}  // namespace

QJsonObject ReportBenchmark::Row::toJson() const
{
    return {{QStringLiteral("what"), what}, {QStringLiteral("seconds"), seconds}, {QStringLiteral("peak_rss_kib"), peakRssKiB},
            {QStringLiteral("result"), result}};
}

QList<ReportBenchmark::Row> ReportBenchmark::run(qint64 lots)
{
    QList<Row> rows;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/orchard");
    QDir().mkpath(folder);
    LedgerLocation location;
    location.sqlitePath = QStringLiteral("%1/bench-reports-%2-lots.sqlite").arg(folder).arg(lots);
    const bool existed = QFile::exists(location.sqlitePath);
    Database::Options options;
    options.durability = Durability::Off;
    auto database = Database::open(location, options);
    if (!database)
        qFatal("bench: %s", qPrintable(database.error().message));
    Database &db = *database.value();

    qint64 endMs = 0;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery &stored = db.run(QStringLiteral("SELECT value FROM orchard_meta WHERE key = 'bench_end_ms'"));
    if (stored.next())
        endMs = stored.value(0).toString().toLongLong();
    stored.finish();
    if (!existed || endMs == 0) {
        endMs = SystemClock().nowMs();
        build(db, lots, endMs);
        rows.append({QStringLiteral("build the synthetic ledger (%1 lots) in %2").arg(lots).arg(location.sqlitePath),
                     double(timer.nsecsElapsed()) / 1e9, BenchLedger::peakRssKiB(), QString()});
    }

    const auto timed = [&](const QString &what, ReportRequest request) {
        QElapsedTimer clock;
        clock.start();
        const Result<Report> report = ReportEngine(db).run(request);
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        QString result = report ? QString() : report.error().message;
        if (report && report.value().figures.contains(QStringLiteral("total")))
            result = QStringLiteral("net liability %1 minor units")
                         .arg(report.value().figures.value(QStringLiteral("total")).toObject().value(QStringLiteral("net_liability")).toInteger());
        if (report && request.name == QLatin1String("point-state"))
            result = QStringLiteral("outstanding %1 points")
                         .arg(report.value().figures.value(QStringLiteral("outstanding")).toObject().value(QStringLiteral("points")).toInteger());
        rows.append({what, seconds, BenchLedger::peakRssKiB(), result});
    };
    // First, so that the peak RSS it reports is its own: the record-level export streams every lot
    // to a CSV file as finance would take it (issue 18: ≤ 60 s, ≤ 200 MB on 10 M lots).
    {
        QElapsedTimer clock;
        clock.start();
        const QString path = folder + QStringLiteral("/bench-lots-export.csv");
        QSaveFile out(path);
        out.open(QIODevice::WriteOnly);
        const qint64 exported = LotExport(db).write(out, endMs + 1, ExpiryPolicyBook::inForceAt(db, endMs + 1).buckets, false);
        out.commit();
        rows.append({QStringLiteral("lots export, every lot to CSV (%1 lots)").arg(lots), double(clock.nsecsElapsed()) / 1e9,
                     BenchLedger::peakRssKiB(), QStringLiteral("%1 rows, %2 MB").arg(exported).arg(QFileInfo(path).size() / 1'000'000)});
        QFile::remove(path);
    }
    ReportRequest liability;
    liability.name = QStringLiteral("liability");
    liability.asOfMs = endMs + 1;
    liability.breakage = BreakageSpec::parse(QStringLiteral("0.05,0.2,0.45"), 3).value();
    timed(QStringLiteral("liability, manual rates, as of the end (%1 lots)").arg(lots), liability);
    liability.breakage = {};
    timed(QStringLiteral("liability, estimated rates (D and X from history)"), liability);
    liability.breakage = BreakageSpec::parse(QStringLiteral("0.05,0.2,0.45"), 3).value();
    liability.asOfMs = endMs - 90 * dayMs;
    timed(QStringLiteral("liability, manual rates, as of 90 days before the end"), liability);
    ReportRequest state;
    state.name = QStringLiteral("point-state");
    state.asOfMs = endMs + 1;
    timed(QStringLiteral("point-state"), state);
    return rows;
}

}  // namespace orchard::cli
