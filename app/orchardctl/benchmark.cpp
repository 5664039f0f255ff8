#include "benchmark.h"

#include "clock.h"
#include "database.h"
#include "ledger.h"
#include "ledgerwriter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <atomic>
#include <thread>
#include <vector>

namespace orchard::cli {

namespace {

constexpr int members = 1'000;
constexpr int engineClients = 64;

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A fresh ledger with funded members, in its own temporary folder.
struct BenchLedger
{
    QTemporaryDir dir;
    LedgerLocation location;
    SystemClock clock;

    explicit BenchLedger()
    {
        location.sqlitePath = dir.filePath(QStringLiteral("bench.sqlite"));
        Database::Options options;
        options.durability = Durability::Off;
        auto database = Database::open(location, options);
        if (!database)
            qFatal("bench: %s", qPrintable(database.error().message));
        Ledger ledger(*database.value(), clock, Actor{QStringLiteral("bench"), sourceAdmin});
        ledger.beginBatch();
        for (int i = 0; i < members; ++i) {
            const QString member = QStringLiteral("b%1").arg(i);
            ledger.addMember({member, {}, QStringLiteral("other"), {}});
            IssueRequest issue;
            issue.memberId = member;
            issue.points = 1'000'000'000;
            issue.idempotencyKey = QStringLiteral("fund-") + member;
            ledger.issue(issue);
        }
        ledger.commitBatch();
    }
};

RedeemRequest redemption(qint64 n)
{
    return {QStringLiteral("b%1").arg(n % members), 1 + n % 50, n % 2 ? sourceLoyalife : sourceMarketplace,
            QStringLiteral("order-%1").arg(n), QStringLiteral("bench-%1").arg(n)};
}

Benchmark::Row finish(const QString &scenario, const QString &detail, qint64 operations, const QElapsedTimer &timer)
{
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return {scenario, detail, double(operations) / seconds, operations, seconds, peakRssKiB()};
}

// The storage ceiling: the rows one redemption writes, inserted 1,000 redemptions per transaction.
Benchmark::Row limit(double seconds)
{
    BenchLedger bench;
    Database::Options options;
    options.durability = Durability::Full;
    auto database = Database::open(bench.location, options);
    Database &db = *database.value();
    const qint64 lotId = 1;
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        db.beginWrite();
        for (int i = 0; i < 1'000; ++i, ++done) {
            const qint64 n = 1'000'000 + done;
            QSqlQuery &reservation = db.run(
                QStringLiteral("INSERT INTO reservations (member_id, source_id, reference, points, status, created_at_ms, "
                               "expires_at_ms, confirmed_points, closed_at_ms) VALUES ('b0', 1, ?, 1, 'confirmed', ?, ?, 1, ?) RETURNING id"),
                {QString::number(n), n, n, n});
            reservation.next();
            const qint64 reservationId = reservation.value(0).toLongLong();
            reservation.finish();
            QSqlQuery &entry = db.run(QStringLiteral("INSERT INTO entries (kind, posted_at_ms, member_id, source_id, reference, actor, "
                                                     "reservation_id, points) VALUES ('confirm', ?, 'b0', 1, ?, 'bench', ?, 1) RETURNING id"),
                                      {n, QString::number(n), reservationId});
            entry.next();
            const qint64 entryId = entry.value(0).toLongLong();
            entry.finish();
            db.run(QStringLiteral("INSERT INTO postings (entry_id, account_id, amount) VALUES (?, 4, -1)"), {entryId});
            db.run(QStringLiteral("INSERT INTO postings (entry_id, account_id, amount) VALUES (?, 2, 1)"), {entryId});
            db.run(QStringLiteral("INSERT INTO reservation_lots (reservation_id, lot_id, points) VALUES (?, ?, 1)"), {reservationId, lotId});
            db.run(QStringLiteral("INSERT INTO lot_movements (entry_id, lot_id, points, kind) VALUES (?, ?, 1, 'redeem')"), {entryId, lotId});
            db.run(QStringLiteral("INSERT INTO idempotency_keys (source_id, key, operation, request_digest, succeeded, response, "
                                  "created_at_ms) VALUES (1, ?, 'redeem', '', 1, '{}', ?)"),
                   {QString::number(n), n});
            db.run(QStringLiteral("INSERT INTO audit_log (at_ms, actor, source, action, subject, details, entry_id, entry_digest, "
                                  "prev_hash, hash) VALUES (?, 'bench', 'marketplace', 'reservation.redeem', 'b0', '{}', ?, '', '', ?)"),
                   {n, entryId, QString::number(n)});
        }
        db.commit();
    }
    return finish(QStringLiteral("limit"), QStringLiteral("8 rows per redemption, 1,000 per transaction, FULL"), done, timer);
}

// One transaction per redemption, one client.
Benchmark::Row naive(double seconds)
{
    BenchLedger bench;
    Database::Options options;
    options.durability = Durability::Full;
    auto database = Database::open(bench.location, options);
    Ledger ledger(*database.value(), bench.clock, Actor{QStringLiteral("bench"), sourceMarketplace});
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        if (!ledger.redeem(redemption(done)))
            qFatal("bench: a naive redemption failed");
        ++done;
    }
    return finish(QStringLiteral("naive"), QStringLiteral("1 transaction per redemption, FULL"), done, timer);
}

// The group-commit writer with 64 clients redeeming at once.
Benchmark::Row engine(double seconds, Durability durability)
{
    BenchLedger bench;
    LedgerWriter::Options options;
    options.location = bench.location;
    options.durability = durability;
    options.clock = &bench.clock;
    auto writer = LedgerWriter::start(options);
    if (!writer)
        qFatal("bench: %s", qPrintable(writer.error().message));
    std::atomic<qint64> next{0};
    std::atomic<qint64> failures{0};
    std::atomic<bool> stop{false};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> clients;
    for (int c = 0; c < engineClients; ++c)
        clients.emplace_back([&] {
            while (!stop.load()) {
                const RedeemRequest request = redemption(next.fetch_add(1));
                QFuture<Result<ReservationView>> done = writer.value()->submit<ReservationView>(
                    [request](Ledger &ledger) { return ledger.redeem(request); });
                done.waitForFinished();
                if (!done.result())
                    failures.fetch_add(1);
            }
        });
    std::this_thread::sleep_for(std::chrono::milliseconds(qint64(seconds * 1000)));
    stop = true;
    for (std::thread &client : clients)
        client.join();
    if (failures.load() > 0)
        qFatal("bench: %lld engine redemptions failed", failures.load());
    const LedgerWriter::Statistics statistics = writer.value()->statistics();
    const QString detail = QStringLiteral("group commit, %1 clients, %2, avg batch %3")
                               .arg(engineClients)
                               .arg(durability == Durability::Full ? QStringLiteral("FULL") : QStringLiteral("NORMAL"))
                               .arg(double(statistics.requests) / double(std::max<qint64>(1, statistics.batches)), 0, 'f', 1);
    return finish(QStringLiteral("engine"), detail, statistics.requests, timer);
}

}  // namespace

QJsonObject Benchmark::Row::toJson() const
{
    return {{QStringLiteral("scenario"), scenario},       {QStringLiteral("detail"), detail},
            {QStringLiteral("ops_per_second"), operationsPerSecond}, {QStringLiteral("operations"), operations},
            {QStringLiteral("seconds"), seconds},         {QStringLiteral("peak_rss_kib"), peakRssKiB}};
}

QStringList Benchmark::scenarios()
{
    return {QStringLiteral("limit"), QStringLiteral("naive"), QStringLiteral("engine")};
}

QList<Benchmark::Row> Benchmark::run(const QStringList &names, double seconds)
{
    QList<Row> rows;
    for (const QString &name : names) {
        if (name == QLatin1String("limit"))
            rows.append(limit(seconds));
        else if (name == QLatin1String("naive"))
            rows.append(naive(seconds));
        else if (name == QLatin1String("engine")) {
            rows.append(engine(seconds, Durability::Full));
            rows.append(engine(seconds, Durability::Normal));
        } else
            return {};
    }
    return rows;
}

QString Benchmark::table(const QList<Row> &rows)
{
    double limitRate = 0;
    double naiveRate = 0;
    for (const Row &row : rows) {
        if (row.scenario == QLatin1String("limit"))
            limitRate = row.operationsPerSecond;
        if (row.scenario == QLatin1String("naive"))
            naiveRate = row.operationsPerSecond;
    }
    QString text = QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                       .arg(QStringLiteral("scenario"), -8)
                       .arg(QStringLiteral("redemptions/s"), 14)
                       .arg(QStringLiteral("vs limit"), 9)
                       .arg(QStringLiteral("vs naive"), 9)
                       .arg(QStringLiteral("peak RSS"), 10)
                       .arg(QStringLiteral("what"));
    for (const Row &row : rows)
        text += QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                    .arg(row.scenario, -8)
                    .arg(row.operationsPerSecond, 14, 'f', 0)
                    .arg(limitRate > 0 ? QStringLiteral("%1×").arg(row.operationsPerSecond / limitRate, 0, 'f', 2) : QStringLiteral("-"), 9)
                    .arg(naiveRate > 0 ? QStringLiteral("%1×").arg(row.operationsPerSecond / naiveRate, 0, 'f', 1) : QStringLiteral("-"), 9)
                    .arg(QStringLiteral("%1 MiB").arg(row.peakRssKiB / 1024), 10)
                    .arg(row.detail);
    return text;
}

}  // namespace orchard::cli
