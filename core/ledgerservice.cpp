#include "ledgerservice.h"

#include <QCoroFuture>
#include <QThreadStorage>

namespace orchard {

// GCC 12 destroys temporaries inside a co_await expression twice, so every awaited future is
// a named local first.

namespace {

// One connection per reader thread, opened on first use and closed with the thread.
struct ReaderConnection
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Ledger> ledger;
    QString location;
};

QThreadStorage<ReaderConnection *> readerConnections;

}  // namespace

Result<std::unique_ptr<LedgerService>> LedgerService::open(const Options &options, QObject *parent)
{
    Q_ASSERT(options.clock);
    LedgerWriter::Options writerOptions;
    writerOptions.location = options.location;
    writerOptions.durability = options.durability;
    writerOptions.clock = options.clock;
    writerOptions.busyTimeoutMs = options.busyTimeoutMs;
    writerOptions.mode = options.mode;
    writerOptions.createIfMissing = options.createIfMissing;
    Result<std::unique_ptr<LedgerWriter>> writer = LedgerWriter::start(writerOptions);
    if (!writer)
        return writer.error();
    return std::unique_ptr<LedgerService>(new LedgerService(options, std::move(writer.value()), parent));
}

LedgerService::LedgerService(const Options &options, std::unique_ptr<LedgerWriter> writer, QObject *parent)
    : QObject(parent), m_options(options), m_writer(std::move(writer))
{
    m_readers.setMaxThreadCount(std::max(1, options.readerThreads));
    m_readers.setExpiryTimeout(-1);  // keep reader connections open for the service's life
}

LedgerService::~LedgerService()
{
    m_readers.clear();
    m_readers.waitForDone();
    m_writer.reset();
}

Result<Ledger *> LedgerService::readerLedger(const Options &options)
{
    const QString key = options.location.displayName();
    if (!readerConnections.hasLocalData() || readerConnections.localData()->location != key) {
        Database::Options databaseOptions;
        databaseOptions.nowMs = options.clock->nowMs();
        databaseOptions.mode = options.mode;
        databaseOptions.createIfMissing = false;  // the writer made it, if anyone did
        Result<std::unique_ptr<Database>> opened = Database::open(options.location, databaseOptions);
        if (!opened)
            return opened.error();
        auto *connection = new ReaderConnection;
        connection->database = std::move(opened.value());
        connection->ledger = std::make_unique<Ledger>(*connection->database, *options.clock,
                                                      Actor{QStringLiteral("system:reader"), sourceAdmin});
        connection->location = key;
        readerConnections.setLocalData(connection);
    }
    return readerConnections.localData()->ledger.get();
}

QCoro::Task<Result<MemberView>> LedgerService::addMember(AddMemberRequest request, Actor actor)
{
    auto pending = m_writer->submit<MemberView>([request, actor](Ledger &ledger) {
        ledger.setActor(actor);
        return ledger.addMember(request);
    });
    co_return co_await pending;
}

QCoro::Task<Result<IssueReceipt>> LedgerService::issue(IssueRequest request, Actor actor)
{
    auto pending = m_writer->submit<IssueReceipt>([request, actor](Ledger &ledger) {
        ledger.setActor(actor);
        return ledger.issue(request);
    });
    co_return co_await pending;
}

QCoro::Task<Result<ReservationView>> LedgerService::reserve(ReserveRequest request, Actor actor)
{
    auto pending = m_writer->submit<ReservationView>([request, actor](Ledger &ledger) {
        ledger.setActor(actor);
        return ledger.reserve(request);
    });
    co_return co_await pending;
}

QCoro::Task<Result<ReservationView>> LedgerService::confirm(ConfirmRequest request, Actor actor)
{
    auto pending = m_writer->submit<ReservationView>([request, actor](Ledger &ledger) {
        ledger.setActor(actor);
        return ledger.confirm(request);
    });
    co_return co_await pending;
}

QCoro::Task<Result<ReservationView>> LedgerService::release(ReleaseRequest request, Actor actor)
{
    auto pending = m_writer->submit<ReservationView>([request, actor](Ledger &ledger) {
        ledger.setActor(actor);
        return ledger.release(request);
    });
    co_return co_await pending;
}

QCoro::Task<Result<ReservationView>> LedgerService::redeem(RedeemRequest request, Actor actor)
{
    auto pending = m_writer->submit<ReservationView>([request, actor](Ledger &ledger) {
        ledger.setActor(actor);
        return ledger.redeem(request);
    });
    co_return co_await pending;
}

QCoro::Task<Result<Ledger::SweepCounts>> LedgerService::sweep()
{
    auto pending = m_writer->submit<Ledger::SweepCounts>([](Ledger &ledger) { return ledger.sweep(); });
    co_return co_await pending;
}

QCoro::Task<Result<Balance>> LedgerService::balance(QString memberId)
{
    auto pending = read<Balance>([memberId](Ledger &ledger) { return ledger.balance(memberId); });
    co_return co_await pending;
}

QCoro::Task<Result<ReservationView>> LedgerService::reservation(qint64 reservationId)
{
    auto pending = read<ReservationView>([reservationId](Ledger &ledger) { return ledger.reservation(reservationId); });
    co_return co_await pending;
}

QCoro::Task<Result<QList<EntryView>>> LedgerService::log(LogFilter filter)
{
    auto pending = read<QList<EntryView>>([filter](Ledger &ledger) { return ledger.log(filter); });
    co_return co_await pending;
}

}  // namespace orchard
