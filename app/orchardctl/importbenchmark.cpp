#include "importbenchmark.h"

#include "benchledger.h"
#include "earning/earningfile.h"
#include "earning/earnrulebook.h"
#include "journal/verifier.h"
#include "ledger/ledger.h"
#include "store/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

namespace orchard::cli {

namespace {

constexpr qint64 dayMs = 86'400'000;
constexpr qint64 startMs = 1'772'323'200'000LL;  // 2026-03-01T00:00:00Z: the file's events are the 60 days before

// The export: one line per event, members and event ids in random order, as an HRIS sends them.
void writeExport(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("bench: cannot write %s", qPrintable(path));
    const qint64 members = std::max<qint64>(1, rows / 5);
    QRandomGenerator random(20261203);
    static const char *const types[] = {"milestone", "anniversary", "spot_award"};
    static const char *const departments[] = {"Operations", "Sales", "Finance", "Engineering", "HR", "Support"};
    QByteArray chunk;
    chunk += "employee_id,event_id,event_type,points,occurred_at,name,department,hris\r\n";
    for (qint64 n = 0; n < rows; ++n) {
        const qint64 member = qint64(random.bounded(quint64(members)));
        // A member's department is fixed by their number, changed for 1 row in 100.
        const quint32 department = quint32(member % 6) + (random.bounded(100U) == 0 ? 1U : 0U);
        const bool freeAmount = random.bounded(10U) < 3;
        const qint64 occurredAtMs = startMs - dayMs * 60 + qint64(random.bounded(quint64(dayMs * 60)));
        chunk += "E" + QByteArray::number(member) + ",ev-" + QByteArray::number(random.generate64(), 16) + "-" + QByteArray::number(n) + ",";
        chunk += freeAmount ? QByteArray(",") + QByteArray::number(1 + random.bounded(500U)) : QByteArray(types[random.bounded(3U)]) + ",";
        chunk += "," + QDateTime::fromMSecsSinceEpoch(occurredAtMs, QTimeZone::utc()).toString(Qt::ISODate).toLatin1();
        chunk += ",Member " + QByteArray::number(member) + "," + departments[department % 6] + ",darwinbox\r\n";
        if (chunk.size() > 1 << 20) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

}  // namespace

Benchmark::Row ImportBenchmark::run(qint64 rows)
{
    QTemporaryDir dir;
    const QString exportPath = dir.filePath(QStringLiteral("earnings.csv"));
    writeExport(exportPath, rows);

    LedgerLocation location;
    location.sqlitePath = dir.filePath(QStringLiteral("import.sqlite"));
    Database::Options options;
    options.durability = Durability::Full;
    auto database = Database::open(location, options);
    if (!database)
        qFatal("bench: %s", qPrintable(database.error().message));
    FixedClock clock(startMs - dayMs * 90);
    const Actor admin{QStringLiteral("bench"), sourceAdmin};
    EarnRuleBook rules(*database.value(), clock, admin);
    for (const char *type : {"milestone", "anniversary", "spot_award"}) {
        EarnRuleChange change;
        change.eventType = QString::fromLatin1(type);
        change.points = 500;
        change.reason = QStringLiteral("bench");
        if (!rules.add(change))
            qFatal("bench: cannot add the earning rule %s", type);
    }
    clock.setNowMs(startMs);

    Ledger ledger(*database.value(), clock, admin);
    QElapsedTimer timer;
    timer.start();
    EarningFileImport request;
    request.path = exportPath;  // the header uses Orchard's own column names
    const Result<EarningFileOutcome> imported = earningfile::import(ledger, request);
    if (!imported)
        qFatal("bench: the import failed: %s", qPrintable(imported.error().message));
    const EarningImportTotals &totals = imported.value().totals;
    const qint64 refused = totals.refused;
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 importPeakRssKiB = BenchLedger::peakRssKiB();  // before verify, which reads far more

    QElapsedTimer verifying;
    verifying.start();
    const Result<VerificationReport> verified = Verifier(*database.value()).run();
    const double verifySeconds = double(verifying.nsecsElapsed()) / 1e9;

    Benchmark::Row row;
    row.scenario = QStringLiteral("import");
    row.detail = QStringLiteral("%1 CSV rows over %2 members, SQLite FULL, 1,000 rows a transaction").arg(rows).arg(std::max<qint64>(1, rows / 5));
    row.operations = totals.imported;
    row.seconds = importSeconds;
    row.operationsPerSecond = double(totals.imported) / importSeconds;
    row.peakRssKiB = importPeakRssKiB;
    row.note = QStringLiteral("%1 imported (%2 points), %3 refused; verify %4 in %5 s (peak RSS with verify %6 MiB)")
                   .arg(totals.imported)
                   .arg(totals.points)
                   .arg(refused)
                   .arg(verified && verified.value().ok() ? QStringLiteral("ok") : QStringLiteral("FAILED"))
                   .arg(verifySeconds, 0, 'f', 1)
                   .arg(BenchLedger::peakRssKiB() / 1024);
    return row;
}

}  // namespace orchard::cli
