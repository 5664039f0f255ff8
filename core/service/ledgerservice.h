#pragma once

#include "approvals/approvalbook.h"
#include "earning/earningfile.h"
#include "earning/earnrulebook.h"
#include "store/databaseroles.h"
#include "reports/exportschedule.h"
#include "webhooks/webhookstore.h"
#include "settings/expirypolicy.h"
#include "queries/journalquery.h"
#include "ledger/ledger.h"
#include "store/ledgerlocation.h"
#include "service/ledgerwriter.h"
#include "reports/reports.h"
#include "base/result.h"
#include "service/serviceviews.h"
#include "journal/verifier.h"

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
    QCoro::Task<Result<MemberView>> updateMember(UpdateMemberRequest request, Actor actor);
    QCoro::Task<Result<IssueReceipt>> issue(IssueRequest request, Actor actor);
    QCoro::Task<Result<ReservationView>> reserve(ReserveRequest request, Actor actor);
    QCoro::Task<Result<ReservationView>> confirm(ConfirmRequest request, Actor actor);
    QCoro::Task<Result<ReservationView>> release(ReleaseRequest request, Actor actor);
    QCoro::Task<Result<ReservationView>> redeem(RedeemRequest request, Actor actor);
    QCoro::Task<Result<Ledger::SweepCounts>> sweep();

    QCoro::Task<Result<Balance>> balance(QString memberId);
    QCoro::Task<Result<ReservationView>> reservation(qint64 reservationId);
    QCoro::Task<Result<QList<EntryView>>> log(LogFilter filter);

    // Typed reads and writes for the console and the API service: plain structs and Result, no
    // database, query or storage exception ever reaches the caller.
    QFuture<Result<Balance>> memberBalance(const QString &memberId);
    QFuture<Result<ReservationView>> reservationOf(qint64 reservationId);
    QFuture<Result<QString>> authenticate(const QString &presentedKey);  // the key's source
    QFuture<Result<SourcePermissions>> grantFor(const QString &presentedKey);  // the key's source and what it may do
    QFuture<Result<DatabaseRoles::Identity>> whoami();
    QFuture<Result<QList<BrowseQuery::AuditRow>>> auditTrail(const QString &actionPrefix);
    QFuture<Result<VerificationReport>> verify(Verifier::Progress progress);
    QFuture<Result<HoldsView>> holds();
    // Changes whenever any process writes to the ledger (every write moves the audit head or adds
    // an entry): one indexed look-up, cheap enough to poll every second.
    QFuture<Result<QString>> changeMark();
    QFuture<Result<QList<MemberView>>> findMembers(const QString &text);
    QFuture<Result<QList<MemberRow>>> findMembersWithBalances(const QString &text);  // the first 200, each with its balance
    QFuture<Result<MemberFile>> memberFile(const QString &memberId);
    QFuture<Result<OverviewFigures>> overview(qint64 nowMs, bool withLiability = false);
    QFuture<Result<WalletState>> walletState(int movements);
    QFuture<Result<money::Currency>> currency();
    QFuture<Result<ExpiryPolicy>> expiryPolicy();
    QFuture<Result<QList<ExpiryPolicy>>> expiryPolicyHistory();  // oldest first, the built-in default first
    // The request is built on the reader thread from the expiry policy in force (its buckets are
    // the default), then the report runs in the same snapshot.
    using ReportBuilder = std::function<Result<ReportRequest>(const ExpiryPolicy &policyInForce)>;
    QFuture<Result<Report>> report(ReportBuilder build);
    QFuture<Result<TransactionTotals>> transactionTotals(TransactionFilter filter);
    QFuture<Result<QList<TransactionRow>>> transactions(TransactionFilter filter, std::optional<TransactionKey> after, int limit);
    QFuture<Result<TransactionDetail>> transactionDetail(qint64 entryId);
    QFuture<Result<RulesState>> rules();
    QFuture<Result<QList<SourcePermissions>>> sources();  // what each source may do
    QFuture<Result<QList<EarnRule>>> earnRules();         // the latest version of each event type's rule
    QFuture<Result<QList<ExportSchedule>>> schedules();
    QFuture<Result<QList<WebhookSubscription>>> webhooks();
    QFuture<Result<QList<DeliveryView>>> webhookDeliveries(QString name, int limit);

    // An admin's corrections; an adjustment above the approvals policy's threshold (like an
    // issue, a funding or a rules change) is filed for a second admin and answered
    // approval_required, naming the request.
    QFuture<Result<CorrectionReceipt>> adjust(AdjustRequest request, Actor actor);
    QFuture<Result<RefundReceipt>> refund(RefundRequest request, Actor actor);  // an admin's (submitRefund: a platform's)
    QFuture<Result<CorrectionReceipt>> cancelLot(LotCancelRequest request, Actor actor);
    QFuture<Result<CorrectionReceipt>> extendLot(LotExtendRequest request, Actor actor);
    QFuture<Result<QList<ApprovalView>>> approvals(std::optional<QString> status);
    QFuture<Result<Report>> statement(QString memberId, qint64 fromMs, qint64 toMs);
    QFuture<Result<ApprovalView>> approve(qint64 approvalId, Actor actor);
    QFuture<Result<ApprovalView>> rejectApproval(qint64 approvalId, QString reason, Actor actor);
    QFuture<Result<MoneyReceipt>> fundWallet(FundRequest request, Actor actor);
    QFuture<Result<FundingWalletView>> setFundingThreshold(qint64 thresholdMinor, Actor actor);
    QFuture<Result<SplitRulesVersion>> changeRules(SplitRulesChange change, Actor actor);
    QFuture<Result<ExpiryPolicy>> changeExpiryPolicy(ExpiryPolicyChange change, Actor actor);  // held for approval like `policy set`
    QFuture<Result<ExportSchedule>> addSchedule(ExportSchedule schedule, Actor actor, ExportScheduler::PdfRenderer pdf);
    QFuture<Result<ExportSchedule>> removeSchedule(QString name, Actor actor);
    QFuture<Result<ExportRun>> runScheduleNow(QString name, Actor actor, ExportScheduler::PdfRenderer pdf);
    QFuture<Result<SourcePermissions>> setSourcePermissions(SourcePermissions permissions, Actor actor);  // audited
    QFuture<Result<qint64>> replayWebhook(QString name, qint64 fromEventId, Actor actor);
    // The API's writes, each in the group-commit writer's next batch.
    QFuture<Result<ReservationView>> submitReserve(ReserveRequest request, Actor actor);
    QFuture<Result<ReservationView>> submitConfirm(ConfirmRequest request, Actor actor);
    QFuture<Result<ReservationView>> submitRelease(ReleaseRequest request, Actor actor);
    QFuture<Result<ReservationView>> submitRedeem(RedeemRequest request, Actor actor);
    QFuture<Result<QuoteView>> submitQuote(QuoteRequest request, Actor actor);
    QFuture<Result<CheckoutReceipt>> submitCheckout(CheckoutRequest request, Actor actor);
    QFuture<Result<RefundReceipt>> submitRefund(RefundRequest request, Actor actor);
    QFuture<Result<EarnReceipt>> submitEarn(EarnRequest request, Actor actor);
    // Each earning in its own savepoint, in item order; atomic: all of them or, when one is
    // refused, none (every result is then what it would have been).
    struct EarnBatch
    {
        QList<Result<EarnReceipt>> results;
        bool applied = true;
    };
    QFuture<Result<EarnBatch>> submitEarnBatch(QList<EarnRequest> requests, bool atomic, Actor actor);
    // An earnings file, alone on the writer in transactions of its own (the console's import
    // wizard). `progress` is called on the writer's thread after each transaction; returning
    // false cancels the rest, and what committed stays.
    QFuture<Result<EarningFileOutcome>> importEarnings(EarningFileImport request, EarningImporter::Progress progress, Actor actor);

    LedgerWriter &writer() { return *m_writer; }

    // A read the core has no method for, on a reader thread's own connection: the console's
    // evidence pack, whose PDFs need Qt GUI, which the core does not link.
    template<typename T>
    QFuture<Result<T>> readOnReader(std::function<Result<T>(Ledger &)> query)
    {
        return read<T>(std::move(query));
    }

private:
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

    template<typename T>
    QFuture<Result<T>> write(std::function<Result<T>(Ledger &)> operation, Actor actor, bool alone = false);

    LedgerService(const Options &options, std::unique_ptr<LedgerWriter> writer, QObject *parent);
    static Result<Ledger *> readerLedger(const Options &options);

    Options m_options;
    std::unique_ptr<LedgerWriter> m_writer;
    QThreadPool m_readers;
};

}  // namespace orchard
