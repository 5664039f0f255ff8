// A redemption platform in a box, for the multi-process concurrency test: several threads, each
// with its own connection, redeem the given members' points until every one of them is empty.
// Prints one JSON object with what it did; exits 0 when it finished within its deadline.
#include "base/clock.h"
#include "store/database.h"
#include "ledger/ledger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace orchard;

namespace {

struct Tally
{
    std::atomic<qint64> requests{0};
    std::atomic<qint64> succeeded{0};
    std::atomic<qint64> refused{0};
    std::atomic<qint64> errors{0};
    std::atomic<qint64> points{0};
};

void platformThread(const LedgerLocation &location, const QString &source, int members, quint32 seed, qint64 deadlineMs,
                    Tally &tally, std::atomic<bool> &failed)
{
    SystemClock clock;
    Database::Options options;
    options.durability = Durability::Normal;
    Result<std::unique_ptr<Database>> database = Database::open(location, options);
    if (!database) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(database.error().message));
        failed = true;
        return;
    }
    Ledger ledger(*database.value(), clock, Actor{QStringLiteral("stress:") + source, source});
    QRandomGenerator random(seed);
    QList<qint64> left(members, -1);  // -1: unknown; otherwise the last available figure seen
    QElapsedTimer timer;
    timer.start();
    int request = 0;
    while (std::any_of(left.cbegin(), left.cend(), [](qint64 v) { return v != 0; })) {
        if (timer.elapsed() > deadlineMs) {
            failed = true;
            return;
        }
        const int index = random.bounded(members);
        if (left.at(index) == 0)
            continue;
        const QString member = QStringLiteral("c%1").arg(index);
        const qint64 wanted = 1 + random.bounded(40);
        const qint64 points = left.at(index) > 0 ? std::min(wanted, left.at(index)) : wanted;
        const QString key = QStringLiteral("%1-%2-%3").arg(source).arg(seed).arg(++request);
        tally.requests++;
        Result<ReservationView> outcome = LedgerError::internal(QStringLiteral("not run"));
        const int style = random.bounded(3);
        if (style == 0) {
            outcome = ledger.redeem({member, points, source, key, key});
        } else {
            ReserveRequest reserve{member, points, source, key, key, 60};
            const Result<ReservationView> held = ledger.reserve(reserve);
            if (held && style == 2 && random.bounded(4) == 0) {
                // A failed fulfilment: the hold is released and the points come back.
                const Result<ReservationView> released =
                    ledger.release({held.value().reservationId, QStringLiteral("failure"), key + QStringLiteral("-r"), source});
                if (!released) {
                    tally.errors++;
                    std::fprintf(stderr, "release failed: %s\n", qPrintable(released.error().message));
                }
                continue;
            }
            outcome = held ? ledger.confirm({held.value().reservationId, std::nullopt, key + QStringLiteral("-c"), source}) : held;
        }
        if (outcome) {
            tally.succeeded++;
            tally.points += outcome.value().confirmedPoints;
        } else if (outcome.error().code == errors::insufficientPoints) {
            tally.refused++;
            left[index] = outcome.error().details.value(QStringLiteral("available")).toInteger(-1);
        } else {
            tally.errors++;
            std::fprintf(stderr, "request failed: %s: %s\n", qPrintable(outcome.error().code), qPrintable(outcome.error().message));
        }
    }
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Ledger file."), QStringLiteral("PATH"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("Source."), QStringLiteral("SRC"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Threads."), QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption members(QStringLiteral("members"), QStringLiteral("Members c0..cN-1."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption deadline(QStringLiteral("deadline-ms"), QStringLiteral("Give up after."), QStringLiteral("MS"),
                                      QStringLiteral("240000"));
    parser.addOptions({db, source, threads, members, seed, deadline});
    parser.process(app);

    const Result<LedgerLocation> parsed = LedgerLocation::parse(parser.value(db));
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error().message));
        return 2;
    }
    const LedgerLocation location = parsed.value();
    Tally tally;
    std::atomic<bool> failed{false};
    std::vector<std::thread> workers;
    const int threadCount = parser.value(threads).toInt();
    for (int i = 0; i < threadCount; ++i)
        workers.emplace_back(platformThread, location, parser.value(source), parser.value(members).toInt(),
                             parser.value(seed).toUInt() * 100 + quint32(i), parser.value(deadline).toLongLong(),
                             std::ref(tally), std::ref(failed));
    for (std::thread &worker : workers)
        worker.join();
    const QJsonObject report{{QStringLiteral("requests"), tally.requests.load()},
                             {QStringLiteral("succeeded"), tally.succeeded.load()},
                             {QStringLiteral("refused"), tally.refused.load()},
                             {QStringLiteral("errors"), tally.errors.load()},
                             {QStringLiteral("points"), tally.points.load()},
                             {QStringLiteral("finished"), !failed.load()}};
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return failed ? 1 : 0;
}
