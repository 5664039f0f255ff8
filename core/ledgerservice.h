#pragma once

#include "ledger.h"
#include "ledgerlocation.h"
#include "ledgerwriter.h"
#include "result.h"

#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <QCoroTask>

#include <memory>

namespace orchard {

// The ledger for callers on an event loop (the console, the API service): writes go through the
// group-commit writer, reads run on a small pool of reader threads with one connection each. No
// database work ever happens on the caller's thread; results are awaited as QCoro tasks.
class LedgerService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        LedgerLocation location;
        Durability durability = Durability::Full;
        const Clock *clock = nullptr;
        int readerThreads = 4;
        int busyTimeoutMs = limits::busyTimeoutMilliseconds;  // then a write answers `unavailable`
        OpenMode mode = OpenMode::ReadWrite;  // ReadOnly: every write answers `read_only`
        bool createIfMissing = false;         // only tests make a new ledger through the service
    };

    static Result<std::unique_ptr<LedgerService>> open(const Options &options, QObject *parent = nullptr);
    ~LedgerService() override;

    QCoro::Task<Result<MemberView>> addMember(AddMemberRequest request, Actor actor);
    QCoro::Task<Result<IssueReceipt>> issue(IssueRequest request, Actor actor);
    QCoro::Task<Result<ReservationView>> reserve(ReserveRequest request, Actor actor);
    QCoro::Task<Result<ReservationView>> confirm(ConfirmRequest request, Actor actor);
    QCoro::Task<Result<ReservationView>> release(ReleaseRequest request, Actor actor);
    QCoro::Task<Result<ReservationView>> redeem(RedeemRequest request, Actor actor);
    QCoro::Task<Result<Ledger::SweepCounts>> sweep();

    QCoro::Task<Result<Balance>> balance(QString memberId);
    QCoro::Task<Result<ReservationView>> reservation(qint64 reservationId);
    QCoro::Task<Result<QList<EntryView>>> log(LogFilter filter);

    LedgerWriter &writer() { return *m_writer; }

    // Any read, on a reader thread's own connection.
    template<typename T>
    QFuture<Result<T>> read(std::function<Result<T>(Ledger &)> query)
    {
        const Options options = m_options;
        return QtConcurrent::run(&m_readers, [options, query]() -> Result<T> {
            const Result<Ledger *> ledger = readerLedger(options);
            if (!ledger)
                return ledger.error();
            return query(*ledger.value());
        });
    }

private:
    LedgerService(const Options &options, std::unique_ptr<LedgerWriter> writer, QObject *parent);
    static Result<Ledger *> readerLedger(const Options &options);

    Options m_options;
    std::unique_ptr<LedgerWriter> m_writer;
    QThreadPool m_readers;
};

}  // namespace orchard
