#include "consolebenchmark.h"

#include "benchledger.h"
#include "base/clock.h"
#include "journal/journal.h"
#include "ledger/reservationbook.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/seedstaging.h"
#include "service/ledgerservice.h"
#include "transactionsmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

namespace orchard::cli {

namespace {

constexpr qint64 spanMs = 730LL * 24 * 60 * 60 * 1000;
constexpr int syntheticMembers = 100'000;

// Entry i (id i + 1), in groups of ten by i mod 10: 0-1 issue (admin), 2-3 reserve then 4-5 their
// confirm, 6 reserve then 7 its release, 8 reserve then 9 its timeout. Reserves alternate between
// the marketplace and loyalife every ten entries; the group's member is cm(i / 10 mod 100,000).
// Staged, then moved in by the journal and the reservation book.
void build(Database &database, qint64 entries, qint64 endMs)
{
    const qint64 startMs = endMs - spanMs;
    const qint64 stepMs = std::max<qint64>(1, spanMs / entries);
    const qint64 marketplace = BenchLedger::sourceIdOf(database, sourceMarketplace);
    const qint64 loyalife = BenchLedger::sourceIdOf(database, sourceLoyalife);
    const qint64 admin = BenchLedger::sourceIdOf(database, sourceAdmin);
    AuditLog audit(database);
    Journal journal(database, audit);
    ReservationBook reservationBook(database);
    database.execute(QStringLiteral("BEGIN"));
    database.run(QStringLiteral("INSERT INTO members (id, name, hris, department, created_at_ms) "
                                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                                "SELECT 'cm' || i, 'Member ' || i, 'other', 'dept' || (i % 20), ? FROM n"),
                 {syntheticMembers - 1, startMs});
    {
        SeedStaging staged(database, QStringLiteral("entries"));
        staged.stage(
            QStringLiteral("id, kind, posted_at_ms, member_id, source_id, reference, actor, reservation_id, points"),
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1), "
                "shaped AS (SELECT i, i % 10 AS k, CASE WHEN (i / 10) % 2 = 0 THEN %5 ELSE %6 END AS surface FROM n) "
                "SELECT i + 1, CASE WHEN k < 2 THEN 'issue' WHEN k IN (2, 3, 6, 8) THEN 'reserve' WHEN k IN (4, 5) THEN 'confirm' "
                "WHEN k = 7 THEN 'release' ELSE 'timeout' END, "
                "%2 + i * %3, 'cm' || ((i / 10) % %4), CASE WHEN k < 2 THEN %7 ELSE surface END, "
                "CASE WHEN k < 2 THEN 'grant-' || i ELSE 'ord-' || (i - CASE WHEN k IN (4, 5) THEN 2 WHEN k IN (7, 9) THEN 1 ELSE 0 END) END, "
                "'bench', CASE WHEN k < 2 THEN NULL WHEN k IN (4, 5) THEN i - 1 WHEN k IN (7, 9) THEN i ELSE i + 1 END, "
                "100 + i % 400 FROM shaped")
                .arg(entries - 1)
                .arg(startMs)
                .arg(stepMs)
                .arg(syntheticMembers)
                .arg(marketplace)
                .arg(loyalife)
                .arg(admin));
        journal.importSynthetic(staged);
    }
    {
        SeedStaging staged(database, QStringLiteral("reservations"));
        staged.stage(QStringLiteral("id, member_id, source_id, reference, points, status, created_at_ms, "
                                    "expires_at_ms, confirmed_points, closed_at_ms, close_reason"),
                     QStringLiteral("SELECT id, member_id, source_id, reference, points, "
                                    "CASE (id - 1) % 10 WHEN 6 THEN 'released' WHEN 8 THEN 'timed_out' ELSE 'confirmed' END, "
                                    "posted_at_ms, posted_at_ms + 300000, CASE WHEN (id - 1) % 10 IN (2, 3) THEN points ELSE 0 END, "
                                    "posted_at_ms + ?, CASE (id - 1) % 10 WHEN 6 THEN 'out of stock' WHEN 8 THEN 'timeout' ELSE '' END "
                                    "FROM entries WHERE kind = 'reserve'"),
                     {2 * stepMs});
        reservationBook.importStaged(staged);
    }
    database.run(QStringLiteral("INSERT INTO orchard_meta (key, value) VALUES ('bench_end_ms', ?)"), {QString::number(endMs)});
    database.execute(QStringLiteral("COMMIT"));
    database.execute(QStringLiteral("ANALYZE"));
}

void waitUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

}  // namespace

QList<ReportBenchmark::Row> ConsoleBenchmark::run(qint64 entries)
{
    QList<ReportBenchmark::Row> rows;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/orchard");
    QDir().mkpath(folder);
    LedgerLocation location;
    location.sqlitePath = QStringLiteral("%1/bench-console-%2-entries.sqlite").arg(folder).arg(entries);
    QElapsedTimer timer;
    timer.start();
    if (!QFile::exists(location.sqlitePath)) {
        Database::Options options;
        options.durability = Durability::Off;
        auto database = Database::open(location, options);
        if (!database)
            qFatal("bench: %s", qPrintable(database.error().message));
        build(*database.value(), entries, SystemClock().nowMs());
        rows.append({QStringLiteral("build the synthetic journal (%1 entries) in %2").arg(entries).arg(location.sqlitePath),
                     double(timer.nsecsElapsed()) / 1e9, BenchLedger::peakRssKiB(), QString()});
    }

    timer.restart();
    const SystemClock systemClock;
    LedgerService::Options options;
    options.location = location;
    options.clock = &systemClock;
    options.readerThreads = 2;  // as the console opens it
    auto service = LedgerService::open(options);
    if (!service)
        qFatal("bench: %s", qPrintable(service.error().message));
    rows.append({QStringLiteral("open the ledger"), double(timer.nsecsElapsed()) / 1e9, BenchLedger::peakRssKiB(), QString()});
    ui::TransactionsModel model(*service.value());

    const auto timed = [&](const QString &what, const TransactionFilter &filter) {
        QElapsedTimer clock;
        clock.start();
        model.setFilter(filter);
        waitUntil([&] { return !model.isLoading(); });
        const double firstPage = double(clock.nsecsElapsed()) / 1e9;
        rows.append({what + QStringLiteral(": first page"), firstPage, BenchLedger::peakRssKiB(), QStringLiteral("%1 rows").arg(model.rowCount())});
        waitUntil([&] { return model.isSettled(); });
        rows.append({what + QStringLiteral(": count and sums"), double(clock.nsecsElapsed()) / 1e9, BenchLedger::peakRssKiB(),
                     QStringLiteral("%1 entries, %2 points").arg(model.totals().count).arg(model.totals().points)});
    };
    timed(QStringLiteral("no filter"), {});
    TransactionFilter bySource;
    bySource.source = QStringLiteral("loyalife");
    timed(QStringLiteral("source loyalife"), bySource);
    TransactionFilter byMember;
    byMember.memberId = QStringLiteral("cm4242");
    timed(QStringLiteral("member cm4242"), byMember);
    TransactionFilter byStatus;
    byStatus.status = QStringLiteral("timed_out");
    timed(QStringLiteral("status timed_out"), byStatus);
    TransactionFilter byKindAndPoints;
    byKindAndPoints.kind = QStringLiteral("release");
    byKindAndPoints.minPoints = 450;
    timed(QStringLiteral("kind release, points >= 450"), byKindAndPoints);
    TransactionFilter byReference;
    byReference.referenceContains = QStringLiteral("ord-4242");
    timed(QStringLiteral("reference contains ord-4242"), byReference);
    byReference.referenceContains = QStringLiteral("ord-77");  // 16,700 matches: still through the trigram index
    timed(QStringLiteral("reference contains ord-77"), byReference);
    byReference.referenceContains = QStringLiteral("ord-9");  // 1.1 million: the journal is scanned newest first
    timed(QStringLiteral("reference contains ord-9"), byReference);

    model.setFilter({});
    waitUntil([&] { return model.isSettled(); });
    QElapsedTimer scroll;
    scroll.start();
    for (int page = 0; page < 200 && model.canFetchMore({}); ++page) {
        model.fetchMore({});
        waitUntil([&] { return !model.isLoading(); });
    }
    rows.append({QStringLiteral("scroll: 200 more pages of 500"), double(scroll.nsecsElapsed()) / 1e9, BenchLedger::peakRssKiB(),
                 QStringLiteral("%1 rows in the model").arg(model.rowCount())});
    return rows;
}

}  // namespace orchard::cli
