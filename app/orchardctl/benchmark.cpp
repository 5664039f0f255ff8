#include "benchmark.h"

#include "importbenchmark.h"

#include "apiload.h"
#include "base/timeformat.h"
#include "earning/earnrulebook.h"
#include "benchledger.h"
#include "base/clock.h"
#include "consolebenchmark.h"
#include "journal/journal.h"
#include "ledger/accountcodes.h"
#include "ledger/accounts.h"
#include "ledger/lotbook.h"
#include "ledger/reservationbook.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "ledger/ledger.h"
#include "service/ledgerwriter.h"
#include "reportbenchmark.h"
#include "ledger/outbox.h"
#include "ledger/sourceregistry.h"
#include "localreceiver.h"
#include "webhookdispatcher.h"
#include "webhooks/webhookstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace orchard::cli {

namespace {

constexpr int engineClients = 64;

Benchmark::Row finish(const QString &scenario, const QString &detail, qint64 operations, const QElapsedTimer &timer)
{
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    Benchmark::Row row;
    row.scenario = scenario;
    row.detail = detail;
    row.operationsPerSecond = double(operations) / seconds;
    row.operations = operations;
    row.seconds = seconds;
    row.peakRssKiB = BenchLedger::peakRssKiB();
    return row;
}

// The storage ceiling: the rows one redemption writes, through the tables' owners (the
// reservation book, the lot book, the journal with its postings, balances and audit record) and
// one idempotency row, 1,000 redemptions per transaction: no look-ups, settling or validation.
Benchmark::Row limit(double seconds)
{
    BenchLedger bench;
    Database::Options options;
    options.durability = Durability::Full;
    auto database = Database::open(bench.location(), options);
    Database &db = *database.value();
    Accounts accounts(db);
    AuditLog audit(db);
    Journal journal(db, audit);
    LotBook lots(db);
    ReservationBook reservations(db);
    const QString member = QStringLiteral("b0");
    const qint64 source = accounts.sourceId(sourceMarketplace);
    const MemberAccounts memberAccounts = accounts.ofMember(member);
    const qint64 redeemed = accounts.programme(accountcodes::redeemed);
    const qint64 lotId = lots.openLots(member).value(0).lotId;
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        db.beginWrite();
        for (int i = 0; i < 1'000; ++i, ++done) {
            const qint64 n = 1'000'000 + done;
            ReservationDraft draft = ReservationDraft::of(member, source, QString::number(n), 1, n, {}, {{lotId, 1}});
            draft.confirmed = true;
            const qint64 reservationId = reservations.open(draft);
            JournalEntry entry = draft.openingEntry(QStringLiteral("confirm"), reservationId, sourceMarketplace, QStringLiteral("bench"));
            entry.postings = {{memberAccounts.available, -1}, {redeemed, 1}};
            const qint64 entryId = journal.append(entry, QStringLiteral("reservation.redeem"), member, {});
            lots.consume(entryId, draft.allocations);
            db.run(QStringLiteral("INSERT INTO idempotency_keys (source_id, key, operation, request_digest, succeeded, response, "
                                  "created_at_ms) VALUES (?, ?, 'redeem', '', 1, '{}', ?)"),
                   {source, QString::number(n), n});
        }
        db.commit();
    }
    return finish(QStringLiteral("limit"), QStringLiteral("the owners' rows per redemption, 1,000 per transaction, FULL"), done, timer);
}

// One transaction per redemption, one client.
Benchmark::Row naive(double seconds)
{
    BenchLedger bench;
    Database::Options options;
    options.durability = Durability::Full;
    auto database = Database::open(bench.location(), options);
    Ledger ledger(*database.value(), bench.clock(), Actor{QStringLiteral("bench"), sourceMarketplace});
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        if (!ledger.redeem(BenchLedger::redemption(done)))
            qFatal("bench: a naive redemption failed");
        ++done;
    }
    return finish(QStringLiteral("naive"), QStringLiteral("1 transaction per redemption, FULL"), done, timer);
}

// The callgrind guard's workload (scripts/bench-check): the same redemptions every time, in
// batches of 100 decided together as the group-commit writer would commit them, on one thread, synchronous OFF, so
// that the instruction count measures Orchard's work and not the disk's or the scheduler's.
Benchmark::Row fixed(qint64 redemptions)
{
    BenchLedger bench;
    Database::Options options;
    options.durability = Durability::Off;
    auto database = Database::open(bench.location(), options);
    Ledger ledger(*database.value(), bench.clock(), Actor{QStringLiteral("bench"), sourceMarketplace});
    QElapsedTimer timer;
    timer.start();
    for (qint64 first = 0; first < redemptions; first += 100) {
        QList<Ledger::BatchRedemption> batch;
        for (qint64 n = first; n < std::min(redemptions, first + 100); ++n)
            batch.append({BenchLedger::redemption(n), ledger.actor()});
        ledger.beginBatch();
        const Result<QList<Result<ReservationView>>> answers = ledger.redeemBatch(batch);
        if (!answers)
            qFatal("bench: a fixed-run batch failed: %s", qPrintable(answers.error().message));
        for (const Result<ReservationView> &answer : answers.value())
            if (!answer)
                qFatal("bench: a fixed-run redemption failed: %s", qPrintable(answer.error().message));
        ledger.commitBatch();
    }
    return finish(QStringLiteral("fixed"), QStringLiteral("%1 redemptions in batches of 100, one thread, synchronous OFF").arg(redemptions),
                  redemptions, timer);
}

// The group-commit writer with 64 clients at once, each redeeming (one request) or reserving and
// then confirming (two requests, counted as one pair), on `bench`'s ledger.
Benchmark::Row engine(const BenchLedger &bench, double seconds, Durability durability, bool pairs, const QString &scenario,
                      bool writesOutbox = true)
{
    LedgerWriter::Options options;
    options.location = bench.location();
    options.durability = durability;
    options.clock = &bench.clock();
    options.writesOutbox = writesOutbox;
    auto writer = LedgerWriter::start(options);
    if (!writer)
        qFatal("bench: %s", qPrintable(writer.error().message));
    std::atomic<qint64> next{0};
    std::atomic<qint64> done{0};
    std::atomic<qint64> failures{0};
    std::atomic<bool> stop{false};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> clients;
    for (int c = 0; c < engineClients; ++c)
        clients.emplace_back([&] {
            while (!stop.load()) {
                const RedeemRequest request = BenchLedger::redemption(next.fetch_add(1));
                if (!pairs) {
                    QFuture<Result<ReservationView>> redeemed =
                        writer.value()->submitRedemption(request, Actor{QStringLiteral("bench"), request.source});
                    redeemed.waitForFinished();
                    (redeemed.result() ? done : failures).fetch_add(1);
                    continue;
                }
                const ReserveRequest reserve{request.memberId, request.points, request.source, request.reference,
                                             request.idempotencyKey, 900};
                QFuture<Result<ReservationView>> held =
                    writer.value()->submit<ReservationView>([reserve](Ledger &ledger) { return ledger.reserve(reserve); });
                held.waitForFinished();
                if (!held.result()) {
                    failures.fetch_add(1);
                    continue;
                }
                ConfirmRequest confirm;
                confirm.reservationId = held.result().value().reservationId;
                confirm.source = request.source;
                confirm.idempotencyKey = request.idempotencyKey + QStringLiteral("-confirm");
                QFuture<Result<ReservationView>> confirmed =
                    writer.value()->submit<ReservationView>([confirm](Ledger &ledger) { return ledger.confirm(confirm); });
                confirmed.waitForFinished();
                (confirmed.result() ? done : failures).fetch_add(1);
            }
        });
    std::this_thread::sleep_for(std::chrono::milliseconds(qint64(seconds * 1000)));
    stop = true;
    for (std::thread &client : clients)
        client.join();
    if (failures.load() > 0)
        qFatal("bench: %lld engine requests failed", failures.load());
    const LedgerWriter::Statistics statistics = writer.value()->statistics();
    const QString detail = QStringLiteral("%1, group commit, %2 clients, %3, avg batch %4")
                               .arg(pairs ? QStringLiteral("reserve + confirm pairs") : QStringLiteral("redeem"))
                               .arg(engineClients)
                               .arg(bench.location().engine == Engine::Postgres ? QStringLiteral("PostgreSQL")
                                    : durability == Durability::Full ? QStringLiteral("FULL")
                                                                     : QStringLiteral("NORMAL"))
                               .arg(double(statistics.requests) / double(std::max<qint64>(1, statistics.batches)), 0, 'f', 1);
    Benchmark::Row row = finish(scenario, detail, done.load(), timer);
    row.writerCpuMicroseconds = statistics.cpuSecondsSum * 1e6 / double(std::max<qint64>(1, statistics.requests));
    return row;
}

// What the outbox costs the writer (the engine's redeem row without it and with it, side by side,
// each twice, alternating, so that drift on a noisy machine falls on both), and how fast the
// dispatcher delivers a backlog to a receiver on this machine.
QList<Benchmark::Row> webhooks(double seconds)
{
    // Runs of each, alternating, so that the machine's drift falls on both; the cost is the median
    // of the pairs' ratios (a pair's two runs are seconds apart, the whole run is not).
    constexpr int pairs = 5;
    qint64 operations[2] = {0, 0};
    double elapsed[2] = {0, 0};
    double cpuMicroseconds[2] = {0, 0};  // summed over the pairs, weighted by operations
    QList<double> ratios;
    for (int pair = 0; pair < pairs; ++pair) {
        double rate[2] = {0, 0};
        for (const bool writesOutbox : {false, true}) {
            const BenchLedger bench;
            const Benchmark::Row row = engine(bench, seconds / pairs, Durability::Full, false, QStringLiteral("webhooks"), writesOutbox);
            operations[writesOutbox] += row.operations;
            elapsed[writesOutbox] += row.seconds;
            cpuMicroseconds[writesOutbox] += row.writerCpuMicroseconds.value_or(0) * double(row.operations);
            rate[writesOutbox] = row.operationsPerSecond;
        }
        ratios.append(rate[1] / rate[0]);
    }
    std::sort(ratios.begin(), ratios.end());
    QList<Benchmark::Row> rows;
    for (const bool writesOutbox : {false, true}) {
        Benchmark::Row row;
        row.scenario = QStringLiteral("webhooks");
        row.detail = writesOutbox ? QStringLiteral("engine redeem, FULL, %1 clients, with the outbox").arg(engineClients)
                                  : QStringLiteral("engine redeem, FULL, %1 clients, no outbox (baseline)").arg(engineClients);
        row.operations = operations[writesOutbox];
        row.seconds = elapsed[writesOutbox];
        row.operationsPerSecond = double(row.operations) / row.seconds;
        row.peakRssKiB = BenchLedger::peakRssKiB();
        row.writerCpuMicroseconds = cpuMicroseconds[writesOutbox] / double(std::max<qint64>(1, row.operations));
        rows.append(row);
    }
    QStringList each;
    for (const double ratio : std::as_const(ratios))
        each << QString::number((1.0 - ratio) * 100.0, 'f', 1);
    rows[1].note = QStringLiteral("outbox cost %1% of a redemption's throughput (median of %2 alternating pairs: %3); "
                                  "writer CPU %4 µs against %5 µs a redemption, +%6%")
                       .arg((1.0 - ratios.at(pairs / 2)) * 100.0, 0, 'f', 1)
                       .arg(pairs)
                       .arg(each.join(QStringLiteral(", ")))
                       .arg(*rows.at(1).writerCpuMicroseconds, 0, 'f', 1)
                       .arg(*rows.at(0).writerCpuMicroseconds, 0, 'f', 1)
                       .arg((*rows.at(1).writerCpuMicroseconds / *rows.at(0).writerCpuMicroseconds - 1.0) * 100.0, 0, 'f', 1);

    // A backlog: 20,000 redemptions in batches (40,000 events, and the members' issues), every
    // one then delivered to a receiver on 127.0.0.1.
    const BenchLedger bench;
    Database::Options options;
    options.durability = Durability::Normal;
    auto database = Database::open(bench.location(), options);
    Ledger ledger(*database.value(), bench.clock(), Actor{QStringLiteral("bench"), sourceMarketplace});
    for (qint64 first = 0; first < 20'000; first += 500) {
        ledger.beginBatch();
        for (qint64 n = first; n < first + 500; ++n)
            if (!ledger.redeem(BenchLedger::redemption(n)))
                qFatal("bench: a backlog redemption failed");
        ledger.commitBatch();
    }
    LocalReceiver receiver;
    WebhookStore store(*database.value(), bench.clock(), Actor{QStringLiteral("bench"), sourceAdmin});
    if (!store.add(QStringLiteral("bench"), receiver.url(), eventtypes::all(), {}, {}) || !store.replay(QStringLiteral("bench"), 1))
        qFatal("bench: cannot subscribe the local receiver");
    WebhookDispatcher dispatcher(*database.value(), bench.clock(), {});
    qint64 delivered = 0;
    QEventLoop loop;
    QObject::connect(&dispatcher, &WebhookDispatcher::roundFinished, &loop, [&](const WebhookDispatcher::RoundCounts &round) {
        delivered += round.delivered;
        if (!round.error.isEmpty() || round.failedAttempts > 0)
            qFatal("bench: delivery failed: %s", qPrintable(round.error));
        if (round.moreDue)
            dispatcher.runRound();
        else
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    dispatcher.runRound();
    loop.exec();
    Benchmark::Row row = finish(QStringLiteral("webhooks"),
                                QStringLiteral("delivery of a %1-event backlog to a receiver on 127.0.0.1, %2 connections, signed, recorded")
                                    .arg(delivered)
                                    .arg(WebhookDispatcher::Options{}.lanes),
                                delivered, timer);
    if (receiver.received() != delivered)
        row.note = QStringLiteral("the receiver counted %1").arg(receiver.received());
    rows.append(row);
    return rows;
}

QString ledgerdProgram(const Benchmark::Options &options)
{
    QStringList candidates{options.ledgerd, qEnvironmentVariable("ORCHARD_LEDGERD"),
                           QCoreApplication::applicationDirPath() + QStringLiteral("/orchard-ledgerd"),
                           QCoreApplication::applicationDirPath() + QStringLiteral("/../ledgerd/orchard-ledgerd")};
    for (const QString &candidate : candidates)
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable())
            return candidate;
    return {};
}

// orchard-ledgerd on a free loopback port over a fresh ledger, 64 keep-alive clients redeeming.
// A row of a load over HTTP: throughput, latency percentiles, memory, and the first failure.
void fillFromLoad(Benchmark::Row &row, const ApiLoad::Result &load, const QString &detail)
{
    row.detail = detail;
    row.operations = load.redemptions;
    row.seconds = load.seconds;
    row.operationsPerSecond = double(load.redemptions) / load.seconds;
    row.p50Ms = load.p50Ms;
    row.p99Ms = load.p99Ms;
    row.peakRssKiB = BenchLedger::peakRssKiB();
    if (load.failures > 0)
        row.note = QStringLiteral("%1 requests failed; first: %2").arg(load.failures).arg(load.firstFailure);
}

// orchard-ledgerd on `ledgerPath`, on a port of its choosing: the port.
quint16 startLedgerd(QProcess &service, const QString &program, const QString &ledgerPath)
{
    service.setProgram(program);
    service.setArguments({QStringLiteral("--db"), ledgerPath, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    service.start();
    if (!service.waitForReadyRead(30'000))
        qFatal("bench: orchard-ledgerd did not start");
    const QRegularExpressionMatch listening =
        QRegularExpression(QStringLiteral("listening on http://[^:]+:(\\d+)")).match(QString::fromUtf8(service.readAllStandardOutput()));
    if (!listening.hasMatch())
        qFatal("bench: orchard-ledgerd did not say where it listens");
    return quint16(listening.captured(1).toUInt());
}

// An HRIS sending earnings: 8 clients, each posting batches of 1,000 milestones of members among
// 200,000 (random, enrolled from their profiles on first sight) to POST /v1/earnings/batch.
Benchmark::Row earningBatches(const Benchmark::Options &options)
{
    Benchmark::Row row;
    row.scenario = QStringLiteral("import");
    const QString program = ledgerdProgram(options);
    if (program.isEmpty()) {
        row.note = QStringLiteral("not run: orchard-ledgerd not found beside orchardctl (set ORCHARD_LEDGERD)");
        return row;
    }
    constexpr int clients = 8;
    constexpr int itemsPerBatch = 1000;
    BenchLedger bench;
    QString key;
    {
        auto database = Database::open(bench.location(), {});
        if (!database)
            qFatal("bench: %s", qPrintable(database.error().message));
        const Actor admin{QStringLiteral("bench"), sourceAdmin};
        key = SourceRegistry(*database.value(), bench.clock(), admin).issueKey(QStringLiteral("darwinbox")).value().secretKey;
        EarnRuleChange milestone;
        milestone.eventType = QStringLiteral("milestone");
        milestone.points = 500;
        milestone.reason = QStringLiteral("bench");
        if (!EarnRuleBook(*database.value(), bench.clock(), admin).add(milestone))
            qFatal("bench: cannot add the earning rule");
    }
    const QString occurredAt = timeformat::toIso(bench.clock().nowMs() - 86'400'000);
    const ApiLoad::RequestFor batch = [&](qint64 n) {
        QRandomGenerator random(quint32(n) * 2654435761U + 1U);
        QByteArray json = "{\"items\":[";
        for (int i = 0; i < itemsPerBatch; ++i) {
            const QByteArray member = "E" + QByteArray::number(random.bounded(200'000U));
            json += (i ? ",{\"member\":\"" : "{\"member\":\"") + member + "\",\"event_type\":\"milestone\",\"event_id\":\"b" + QByteArray::number(n)
                    + "-" + QByteArray::number(i) + "\",\"occurred_at\":\"" + occurredAt.toUtf8()
                    + "\",\"member_profile\":{\"name\":\"Member " + member + "\",\"department\":\"Ops\",\"hris\":\"darwinbox\"}}";
        }
        json += "]}";
        return "POST /v1/earnings/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key.toUtf8()
               + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
    };
    QProcess service;
    const ApiLoad::Result load = ApiLoad::run(startLedgerd(service, program, bench.location().sqlitePath), batch, 200, itemsPerBatch, clients,
                                              options.seconds);
    service.terminate();
    service.waitForFinished(30'000);
    fillFromLoad(row, load, QStringLiteral("POST /v1/earnings/batch, %1 clients, %2 earnings a batch, 200,000 members, FULL").arg(clients).arg(itemsPerBatch));
    return row;
}

Benchmark::Row api(const Benchmark::Options &options)
{
    Benchmark::Row row;
    row.scenario = QStringLiteral("api");
    const QString program = ledgerdProgram(options);
    if (program.isEmpty()) {
        row.note = QStringLiteral("not run: orchard-ledgerd not found beside orchardctl (set ORCHARD_LEDGERD)");
        return row;
    }
    BenchLedger bench;
    QString keys[2];
    {
        auto database = Database::open(bench.location(), {});
        if (!database)
            qFatal("bench: %s", qPrintable(database.error().message));
        SourceRegistry sources(*database.value(), bench.clock(), Actor{QStringLiteral("bench"), sourceAdmin});
        keys[0] = sources.issueKey(sourceMarketplace).value().secretKey;
        keys[1] = sources.issueKey(sourceLoyalife).value().secretKey;
    }
    QProcess service;
    const ApiLoad::Result load = ApiLoad::run(startLedgerd(service, program, bench.location().sqlitePath), keys[0], keys[1], engineClients,
                                              options.seconds);
    service.terminate();
    service.waitForFinished(30'000);
    fillFromLoad(row, load, QStringLiteral("POST /v1/redemptions, %1 keep-alive clients, loopback, FULL").arg(engineClients));
    return row;
}

QList<Benchmark::Row> fromTimedTasks(const QString &scenario, const QList<ReportBenchmark::Row> &tasks)
{
    QList<Benchmark::Row> rows;
    for (const ReportBenchmark::Row &task : tasks) {
        Benchmark::Row row;
        row.scenario = scenario;
        row.detail = task.what;
        row.seconds = task.seconds;
        row.peakRssKiB = task.peakRssKiB;
        row.note = task.result;
        rows.append(row);
    }
    return rows;
}

}  // namespace

QJsonObject Benchmark::Row::toJson() const
{
    QJsonObject json{{QStringLiteral("scenario"), scenario},
                     {QStringLiteral("detail"), detail},
                     {QStringLiteral("ops_per_second"), operationsPerSecond},
                     {QStringLiteral("operations"), operations},
                     {QStringLiteral("seconds"), seconds},
                     {QStringLiteral("peak_rss_kib"), peakRssKiB}};
    if (p50Ms)
        json.insert(QStringLiteral("p50_ms"), *p50Ms);
    if (p99Ms)
        json.insert(QStringLiteral("p99_ms"), *p99Ms);
    if (writerCpuMicroseconds)
        json.insert(QStringLiteral("writer_cpu_us_per_op"), *writerCpuMicroseconds);
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    return json;
}

Benchmark::Row Benchmark::Row::fromJson(const QJsonObject &object)
{
    Row row;
    row.scenario = object.value(QStringLiteral("scenario")).toString();
    row.detail = object.value(QStringLiteral("detail")).toString();
    row.operationsPerSecond = object.value(QStringLiteral("ops_per_second")).toDouble();
    row.operations = object.value(QStringLiteral("operations")).toInteger();
    row.seconds = object.value(QStringLiteral("seconds")).toDouble();
    row.peakRssKiB = object.value(QStringLiteral("peak_rss_kib")).toInteger();
    if (object.contains(QStringLiteral("p50_ms")))
        row.p50Ms = object.value(QStringLiteral("p50_ms")).toDouble();
    if (object.contains(QStringLiteral("p99_ms")))
        row.p99Ms = object.value(QStringLiteral("p99_ms")).toDouble();
    if (object.contains(QStringLiteral("writer_cpu_us_per_op")))
        row.writerCpuMicroseconds = object.value(QStringLiteral("writer_cpu_us_per_op")).toDouble();
    row.note = object.value(QStringLiteral("note")).toString();
    return row;
}

QStringList Benchmark::scenarios()
{
    return {QStringLiteral("limit"),      QStringLiteral("naive"),    QStringLiteral("engine"),  QStringLiteral("api"),
            QStringLiteral("postgresql"), QStringLiteral("webhooks"), QStringLiteral("reports"), QStringLiteral("console"),
            QStringLiteral("import")};
}

QList<Benchmark::Row> Benchmark::run(const QString &scenario, const Options &options)
{
    if (scenario == QLatin1String("limit"))
        return {limit(options.seconds)};
    if (scenario == QLatin1String("naive"))
        return {naive(options.seconds)};
    if (scenario == QLatin1String("engine")) {
        QList<Row> rows;
        for (const auto &[durability, pairs] : {std::pair{Durability::Full, false}, std::pair{Durability::Normal, false},
                                                std::pair{Durability::Full, true}}) {
            const BenchLedger bench;
            rows.append(engine(bench, options.seconds, durability, pairs, QStringLiteral("engine")));
        }
        return rows;
    }
    if (scenario == QLatin1String("api"))
        return {api(options)};
    if (scenario == QLatin1String("fixed"))
        return {fixed(options.fixedRedemptions)};
    if (scenario == QLatin1String("postgresql")) {
        if (options.postgresUrl.isEmpty()) {
            Row row;
            row.scenario = scenario;
            row.note = QStringLiteral("not run: give --pg postgresql://USER@HOST:PORT/DB (a server where USER may create databases)");
            return {row};
        }
        const BenchLedger bench(options.postgresUrl);
        return {engine(bench, options.seconds, Durability::Full, false, scenario)};
    }
    if (scenario == QLatin1String("webhooks"))
        return webhooks(options.seconds);
    if (scenario == QLatin1String("reports"))
        return fromTimedTasks(scenario, ReportBenchmark::run(options.reportLots));
    if (scenario == QLatin1String("console"))
        return fromTimedTasks(scenario, ConsoleBenchmark::run(options.consoleEntries));
    if (scenario == QLatin1String("import"))
        return {ImportBenchmark::run(options.importRows), earningBatches(options)};
    return {};
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
    const auto line = [](const QString &scenario, const QString &figure, const QString &latency, const QString &vsLimit,
                         const QString &vsNaive, const QString &rss, const QString &what) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
            .arg(scenario, -10)
            .arg(figure, 12)
            .arg(latency, 15)
            .arg(vsLimit, 8)
            .arg(vsNaive, 8)
            .arg(rss, 9)
            .arg(what);
    };
    QString text = line(QStringLiteral("scenario"), QStringLiteral("ops/s | s"), QStringLiteral("p50/p99 ms"), QStringLiteral("÷ limit"),
                        QStringLiteral("÷ naive"), QStringLiteral("peak RSS"), QStringLiteral("what"));
    for (const Row &row : rows) {
        const bool throughput = row.operationsPerSecond > 0;
        const QString figure = throughput ? QStringLiteral("%1/s").arg(row.operationsPerSecond, 0, 'f', 0)
                               : row.seconds > 0 ? QStringLiteral("%1 s").arg(row.seconds, 0, 'f', 3)
                                                 : QStringLiteral("-");
        const QString latency = row.p50Ms && row.p99Ms ? QStringLiteral("%1 / %2").arg(*row.p50Ms, 0, 'f', 2).arg(*row.p99Ms, 0, 'f', 2)
                                                       : QString();
        const QString vsLimit = throughput && limitRate > 0 ? QStringLiteral("%1×").arg(row.operationsPerSecond / limitRate, 0, 'f', 2) : QString();
        const QString vsNaive = throughput && naiveRate > 0 ? QStringLiteral("%1×").arg(row.operationsPerSecond / naiveRate, 0, 'f', 1) : QString();
        const QString rss = row.peakRssKiB > 0 ? QStringLiteral("%1 MiB").arg(row.peakRssKiB / 1024) : QString();
        QString what = row.detail;
        if (!row.note.isEmpty())
            what += (what.isEmpty() ? QString() : QStringLiteral(" → ")) + row.note;
        text += line(row.scenario, figure, latency, vsLimit, vsNaive, rss, what);
    }
    return text;
}

}  // namespace orchard::cli
