#pragma once

#include "base/clock.h"
#include "store/database.h"
#include "ledger/ledger.h"
#include "base/ledgerlimits.h"
#include "base/result.h"

#include <QFuture>
#include <QPromise>

#include <condition_variable>
#include <array>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace orchard {

// The one writer of a ledger in this process: a thread with its own connection that commits the
// requests queued while the previous transaction was being written all together in the next one
// (group commit). Each request runs in its own savepoint, so a refusal affects only itself, and
// no result is delivered before the transaction that holds it has committed.
class LedgerWriter
{
public:
    struct Options
    {
        LedgerLocation location;
        Durability durability = Durability::Full;
        const Clock *clock = nullptr;
        int maxBatchRequests = limits::maxBatchRequests;
        int busyTimeoutMs = limits::busyTimeoutMilliseconds;
        OpenMode mode = OpenMode::ReadWrite;
        bool createIfMissing = true;
        // Only the benchmark's baseline turns this off, to measure what the outbox costs.
        bool writesOutbox = true;
    };

    static Result<std::unique_ptr<LedgerWriter>> start(const Options &options);
    ~LedgerWriter();  // finishes every queued request, then stops
    LedgerWriter(const LedgerWriter &) = delete;
    LedgerWriter &operator=(const LedgerWriter &) = delete;

    template<typename T>
    QFuture<Result<T>> submit(std::function<Result<T>(Ledger &)> operation)
    {
        auto job = std::make_unique<TypedJob<T>>(std::move(operation));
        QFuture<Result<T>> future = job->promise.future();
        enqueue(std::move(job));
        return future;
    }

    // A one-step redemption: the redemptions queued together are decided as one batch
    // (Ledger::redeemBatch), each answered as Ledger::redeem would answer it.
    QFuture<Result<ReservationView>> submitRedemption(RedeemRequest request, Actor actor)
    {
        auto job = std::make_unique<RedemptionJob>(Ledger::BatchRedemption{std::move(request), std::move(actor)});
        QFuture<Result<ReservationView>> future = job->promise.future();
        enqueue(std::move(job));
        return future;
    }

    // An operation that opens and commits its own transaction (an admin setting through
    // versioned::append, the funding threshold): run alone, between batches, on the same writer.
    template<typename T>
    QFuture<Result<T>> submitAlone(std::function<Result<T>(Ledger &)> operation)
    {
        auto job = std::make_unique<TypedJob<T>>(std::move(operation));
        job->alone = true;
        QFuture<Result<T>> future = job->promise.future();
        enqueue(std::move(job));
        return future;
    }

    // Upper bounds of the batch-size and commit-time histograms (a last bucket is +Inf).
    static constexpr std::array<double, 9> batchSizeBounds{1, 2, 5, 10, 20, 50, 100, 250, 1000};
    static constexpr std::array<double, 10> commitSecondsBounds{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1};
    struct Statistics
    {
        qint64 batches = 0;
        qint64 requests = 0;
        qint64 largestBatch = 0;
        qint64 queued = 0;  // waiting now
        std::array<qint64, batchSizeBounds.size() + 1> batchSizes{};         // batches per size bucket
        std::array<qint64, commitSecondsBounds.size() + 1> commitSeconds{};  // batches per commit-time bucket
        double commitSecondsSum = 0;
        double cpuSecondsSum = 0;  // the writer thread's own CPU time in its batches (what a request costs it)
        qint64 batchesRunAgain = 0;  // decided together, rolled back by a failed statement, run again one by one
    };
    Statistics statistics() const;

private:
    struct RedemptionJob;
    struct Job
    {
        virtual ~Job() = default;
        virtual RedemptionJob *redemption() { return nullptr; }
        virtual void run(Ledger &ledger) = 0;       // inside the batch's transaction
        virtual void fail(const LedgerError &error) = 0;  // the batch did not commit
        virtual void deliver() = 0;                 // after the commit
        bool alone = false;                         // runs outside any batch, in its own transaction
    };

    template<typename T>
    struct TypedJob final : Job
    {
        explicit TypedJob(std::function<Result<T>(Ledger &)> fn) : operation(std::move(fn)) { promise.start(); }
        void run(Ledger &ledger) override { result.emplace(operation(ledger)); }
        void fail(const LedgerError &error) override { result.emplace(error); }
        void deliver() override
        {
            Q_ASSERT(result.has_value());
            promise.addResult(*result);
            promise.finish();
        }
        std::function<Result<T>(Ledger &)> operation;
        QPromise<Result<T>> promise;
        std::optional<Result<T>> result;
    };

    struct RedemptionJob final : Job
    {
        explicit RedemptionJob(Ledger::BatchRedemption request) : redemptionRequest(std::move(request)) { promise.start(); }
        RedemptionJob *redemption() override { return this; }
        void run(Ledger &ledger) override
        {
            ledger.setActor(redemptionRequest.actor);
            result.emplace(ledger.redeem(redemptionRequest.request));
        }
        void fail(const LedgerError &error) override { result.emplace(error); }
        void deliver() override
        {
            Q_ASSERT(result.has_value());
            promise.addResult(*result);
            promise.finish();
        }
        Ledger::BatchRedemption redemptionRequest;
        QPromise<Result<ReservationView>> promise;
        std::optional<Result<ReservationView>> result;
    };

    explicit LedgerWriter(const Options &options);
    // The batch in one transaction, redemptions in a row decided together unless `oneByOne`;
    // false when deciding together broke the transaction (rolled back, nothing delivered).
    bool runBatch(Ledger &ledger, std::vector<std::unique_ptr<Job>> &batch, bool oneByOne);
    void enqueue(std::unique_ptr<Job> job);
    void loop(std::promise<std::optional<LedgerError>> *opened);
    void commitBatch(Ledger &ledger, std::vector<std::unique_ptr<Job>> &batch);

    Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::unique_ptr<Job>> m_queue;
    bool m_stopping = false;
    Statistics m_statistics;
    std::thread m_thread;
};

}  // namespace orchard
