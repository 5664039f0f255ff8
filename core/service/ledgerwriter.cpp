#include "service/ledgerwriter.h"

#include <ctime>

#include <chrono>

#include <future>

namespace orchard {

LedgerWriter::LedgerWriter(const Options &options) : m_options(options)
{
    Q_ASSERT(options.clock);
    Q_ASSERT(options.maxBatchRequests >= 1 && options.maxBatchRequests <= limits::maxBatchRequests);
}

Result<std::unique_ptr<LedgerWriter>> LedgerWriter::start(const Options &options)
{
    std::unique_ptr<LedgerWriter> writer(new LedgerWriter(options));
    std::promise<std::optional<LedgerError>> opened;
    std::future<std::optional<LedgerError>> openedResult = opened.get_future();
    writer->m_thread = std::thread([w = writer.get(), &opened] { w->loop(&opened); });
    if (const std::optional<LedgerError> failure = openedResult.get()) {
        writer->m_thread.join();
        return *failure;
    }
    return writer;
}

LedgerWriter::~LedgerWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void LedgerWriter::enqueue(std::unique_ptr<Job> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            job->fail(LedgerError::storage(QStringLiteral("the ledger writer is shutting down")));
            job->deliver();
            return;
        }
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

namespace {

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

}  // namespace

LedgerWriter::Statistics LedgerWriter::statistics() const
{
    std::lock_guard lock(m_mutex);
    Statistics statistics = m_statistics;
    statistics.queued = qint64(m_queue.size());
    return statistics;
}

namespace {
template<std::size_t N>
std::size_t bucketOf(const std::array<double, N> &bounds, double value)
{
    std::size_t bucket = 0;
    while (bucket < N && value > bounds[bucket])
        ++bucket;
    return bucket;
}
}  // namespace

void LedgerWriter::loop(std::promise<std::optional<LedgerError>> *opened)
{
    Database::Options databaseOptions;
    databaseOptions.durability = m_options.durability;
    databaseOptions.nowMs = m_options.clock->nowMs();
    databaseOptions.busyTimeoutMs = m_options.busyTimeoutMs;
    databaseOptions.mode = m_options.mode;
    databaseOptions.createIfMissing = m_options.createIfMissing;
    Result<std::unique_ptr<Database>> database = Database::open(m_options.location, databaseOptions);
    if (!database) {
        opened->set_value(database.error());
        return;
    }
    opened->set_value(std::nullopt);
    Ledger ledger(*database.value(), *m_options.clock, Actor{QStringLiteral("system:writer"), sourceAdmin});
    if (!m_options.writesOutbox)
        ledger.withoutOutboxForBenchmark();

    std::vector<std::unique_ptr<Job>> batch;
    batch.reserve(size_t(m_options.maxBatchRequests));
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                break;
            // Everything that queued while the last batch was committing goes into this one, up
            // to an operation that must run alone (which then makes a batch of its own).
            while (!m_queue.empty() && batch.size() < size_t(m_options.maxBatchRequests)
                   && (batch.empty() || (!m_queue.front()->alone && !batch.front()->alone))) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            ++m_statistics.batches;
            m_statistics.requests += qint64(batch.size());
            m_statistics.largestBatch = std::max(m_statistics.largestBatch, qint64(batch.size()));
            ++m_statistics.batchSizes[bucketOf(batchSizeBounds, double(batch.size()))];
        }
        const auto started = std::chrono::steady_clock::now();
        const double cpuStarted = threadCpuSeconds();
        commitBatch(ledger, batch);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const double cpuSeconds = threadCpuSeconds() - cpuStarted;
        {
            std::lock_guard lock(m_mutex);
            ++m_statistics.commitSeconds[bucketOf(commitSecondsBounds, seconds)];
            m_statistics.commitSecondsSum += seconds;
            m_statistics.cpuSecondsSum += cpuSeconds;
        }
        batch.clear();
    }
}

void LedgerWriter::commitBatch(Ledger &ledger, std::vector<std::unique_ptr<Job>> &batch)
{
    if (batch.size() == 1 && batch.front()->alone) {
        batch.front()->run(ledger);  // opens and commits its own transaction
        batch.front()->deliver();
        return;
    }
    if (runBatch(ledger, batch, false))
        return;
    {
        std::lock_guard lock(m_mutex);
        ++m_statistics.batchesRunAgain;
    }
    // A CHECK or UNIQUE the decisions did not foresee (another process wrote between the reads
    // and the writes): each request again in its own savepoint, so only the one at fault fails.
    runBatch(ledger, batch, true);
}

bool LedgerWriter::runBatch(Ledger &ledger, std::vector<std::unique_ptr<Job>> &batch, bool oneByOne)
{
    const Result<bool> begun = ledger.beginBatch();
    if (!begun) {
        for (auto &job : batch) {
            job->fail(begun.error());
            job->deliver();
        }
        return true;
    }
    for (std::size_t next = 0; next < batch.size();) {
        if (oneByOne || !batch[next]->redemption()) {
            batch[next++]->run(ledger);
            continue;
        }
        std::size_t end = next;
        QList<Ledger::BatchRedemption> redemptions;
        for (; end < batch.size() && batch[end]->redemption(); ++end)
            redemptions.append(batch[end]->redemption()->redemptionRequest);
        const Result<QList<Result<ReservationView>>> answers = ledger.redeemBatch(redemptions);
        if (!answers) {
            ledger.abandonBatch();
            return false;
        }
        Q_ASSERT(answers.value().size() == qsizetype(end - next));
        for (std::size_t i = next; i < end; ++i)
            batch[i]->redemption()->result.emplace(answers.value().at(qsizetype(i - next)));
        next = end;
    }
    const Result<bool> committed = ledger.commitBatch();
    for (auto &job : batch) {
        if (!committed)
            job->fail(committed.error());  // nothing of this batch is in the ledger
        job->deliver();
    }
    return true;
}

}  // namespace orchard
