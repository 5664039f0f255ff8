#include "service/ledgerservice.h"

#include "approvals/approvaldesk.h"
#include "settings/versionedchange.h"
#include "reports/memberstatement.h"
#include "ledger/sourceregistry.h"
#include "store/sqlerror.h"

#include <QSqlQuery>
#include <QCoroFuture>
#include <QThreadStorage>

namespace orchard {

// GCC 12 destroys temporaries inside a co_await expression twice, so every awaited future is
// a named local first.

namespace {

// When the approvals policy makes an admin's request wait: it is filed for a second admin and
// the answer is approval_required, naming it. Runs alone on the writer (outside any batch).
std::optional<LedgerError> heldForApproval(Ledger &ledger, const QString &kind, const QJsonObject &request, const QString &what,
                                           Points points, qint64 moneyMinor)
{
    try {
        ApprovalBook book(ledger.database(), ledger.clock(), ApprovalBook::personOf(ledger.database(), ledger.actor()));
        const Result<bool> needed = book.needsApproval(kind, points, moneyMinor);
        if (!needed)
            return needed.error();
        if (!needed.value())
            return std::nullopt;
        const Result<ApprovalView> filed = book.request(kind, request, what, points, moneyMinor);
        if (!filed)
            return filed.error();
        return LedgerError{errors::approvalRequired,
                           QStringLiteral("%1 waits for another admin's approval: %2").arg(approvalToken(filed.value().id), filed.value().what),
                           {{QStringLiteral("approval"), approvalToken(filed.value().id)}}};
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

// One connection per reader thread, opened on first use and closed with the thread.
struct ReaderConnection
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Ledger> ledger;
    QString location;
};

QThreadStorage<ReaderConnection *> readerConnections;

// A storage failure inside a read becomes its LedgerError here, at the service's door.
template<typename T>
Result<T> guarded(const std::function<T()> &read)
{
    try {
        return read();
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}


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

// Each task names its future before awaiting it: with QCoro 0.8, co_await on a temporary QFuture
// never resumed (tst_groupcommit and tst_console hung when these awaited write<T>(...) directly).
QCoro::Task<Result<MemberView>> LedgerService::addMember(AddMemberRequest request, Actor actor)
{
    auto pending = write<MemberView>([request](Ledger &ledger) { return ledger.addMember(request); }, std::move(actor));
    co_return co_await pending;
}

QCoro::Task<Result<MemberView>> LedgerService::updateMember(UpdateMemberRequest request, Actor actor)
{
    auto pending = write<MemberView>([request](Ledger &ledger) { return ledger.updateMember(request); }, std::move(actor));
    co_return co_await pending;
}

QCoro::Task<Result<IssueReceipt>> LedgerService::issue(IssueRequest request, Actor actor)
{
    auto pending = write<IssueReceipt>(
        [request](Ledger &ledger) -> Result<IssueReceipt> {
            if (const auto held = heldForApproval(ledger, QStringLiteral("issue"), approvalrequest::of(request),
                                                  QStringLiteral("issue %1 points to %2").arg(request.points).arg(request.memberId),
                                                  request.points, 0))
                return *held;
            return ledger.issue(request);
        },
        std::move(actor), true);
    co_return co_await pending;
}

QFuture<Result<CorrectionReceipt>> LedgerService::adjust(AdjustRequest request, Actor actor)
{
    return write<CorrectionReceipt>(
        [request](Ledger &ledger) -> Result<CorrectionReceipt> {
            if (const auto held = heldForApproval(
                    ledger, QStringLiteral("adjust"), approvalrequest::of(request),
                    QStringLiteral("adjust %1 by %2 points: %3").arg(request.memberId, QString::number(request.points), request.reason),
                    request.points < 0 ? -request.points : request.points, 0))
                return *held;
            return ledger.adjust(request);
        },
        std::move(actor), true);
}

QFuture<Result<RefundReceipt>> LedgerService::refund(RefundRequest request, Actor actor)
{
    return write<RefundReceipt>(
        [request](Ledger &ledger) -> Result<RefundReceipt> {
            // Its size for the thresholds: what is named, or at most what the reservation paid.
            Points points = request.points.value_or(0);
            qint64 walletMinor = request.walletMinor.value_or(0);
            if (!request.points && !request.walletMinor)
                if (const Result<ReservationView> target = ledger.reservation(request.reservationId)) {
                    points = target.value().confirmedPoints;
                    walletMinor = target.value().walletMinor;
                }
            if (const auto held = heldForApproval(ledger, QStringLiteral("refund"), approvalrequest::of(request),
                                                  QStringLiteral("refund %1 of %2: %3")
                                                      .arg(request.points ? QString::number(*request.points) + QStringLiteral(" points")
                                                                          : QStringLiteral("everything left"),
                                                           reservationToken(request.reservationId), request.reason),
                                                  points, walletMinor))
                return *held;
            return ledger.refund(request);
        },
        std::move(actor), true);
}

QFuture<Result<CorrectionReceipt>> LedgerService::cancelLot(LotCancelRequest request, Actor actor)
{
    return write<CorrectionReceipt>([request](Ledger &ledger) { return ledger.cancelLot(request); }, std::move(actor));
}

QFuture<Result<CorrectionReceipt>> LedgerService::extendLot(LotExtendRequest request, Actor actor)
{
    return write<CorrectionReceipt>([request](Ledger &ledger) { return ledger.extendLot(request); }, std::move(actor));
}

QFuture<Result<QList<ApprovalView>>> LedgerService::approvals(std::optional<QString> status)
{
    return read<QList<ApprovalView>>(
        [status](Ledger &ledger) { return ApprovalBook(ledger.database(), ledger.clock(), ledger.actor()).list(status); });
}

QFuture<Result<Report>> LedgerService::statement(QString memberId, qint64 fromMs, qint64 toMs)
{
    return read<Report>([memberId, fromMs, toMs](Ledger &ledger) -> Result<Report> {
        try {
            return MemberStatementQuery(ledger.database()).run(memberId, fromMs, toMs);
        } catch (const SqlFailure &failure) {
            return ledgerErrorFor(failure);
        }
    });
}

QFuture<Result<ApprovalView>> LedgerService::approve(qint64 approvalId, Actor actor)
{
    return write<ApprovalView>(
        [approvalId](Ledger &ledger) -> Result<ApprovalView> {
            try {
                return ApprovalDesk(ledger.database(), ledger.clock(), ApprovalBook::personOf(ledger.database(), ledger.actor()))
                    .approve(approvalId);
            } catch (const SqlFailure &failure) {
                return ledgerErrorFor(failure);
            }
        },
        std::move(actor), true);
}

QFuture<Result<ApprovalView>> LedgerService::rejectApproval(qint64 approvalId, QString reason, Actor actor)
{
    return write<ApprovalView>(
        [approvalId, reason](Ledger &ledger) -> Result<ApprovalView> {
            try {
                return ApprovalBook(ledger.database(), ledger.clock(), ApprovalBook::personOf(ledger.database(), ledger.actor()))
                    .reject(approvalId, reason);
            } catch (const SqlFailure &failure) {
                return ledgerErrorFor(failure);
            }
        },
        std::move(actor), true);
}

QCoro::Task<Result<ReservationView>> LedgerService::reserve(ReserveRequest request, Actor actor)
{
    auto pending = write<ReservationView>([request](Ledger &ledger) { return ledger.reserve(request); }, std::move(actor));
    co_return co_await pending;
}

QCoro::Task<Result<ReservationView>> LedgerService::confirm(ConfirmRequest request, Actor actor)
{
    auto pending = write<ReservationView>([request](Ledger &ledger) { return ledger.confirm(request); }, std::move(actor));
    co_return co_await pending;
}

QCoro::Task<Result<ReservationView>> LedgerService::release(ReleaseRequest request, Actor actor)
{
    auto pending = write<ReservationView>([request](Ledger &ledger) { return ledger.release(request); }, std::move(actor));
    co_return co_await pending;
}

QCoro::Task<Result<ReservationView>> LedgerService::redeem(RedeemRequest request, Actor actor)
{
    auto pending = m_writer->submitRedemption(std::move(request), std::move(actor));
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
    auto pending = read<QList<EntryView>>([filter](Ledger &ledger) {
        return guarded<QList<EntryView>>([&] { return JournalQuery(ledger.database()).entries(filter); });
    });
    co_return co_await pending;
}

// ---- typed reads and writes ----------------------------------------------------------------------


template<typename T>
QFuture<Result<T>> LedgerService::write(std::function<Result<T>(Ledger &)> operation, Actor actor, bool alone)
{
    auto run = [operation = std::move(operation), actor = std::move(actor)](Ledger &ledger) {
        ledger.setActor(actor);
        return operation(ledger);
    };
    return alone ? m_writer->submitAlone<T>(run) : m_writer->submit<T>(run);
}

QFuture<Result<Balance>> LedgerService::memberBalance(const QString &memberId)
{
    return read<Balance>([memberId](Ledger &ledger) { return ledger.balance(memberId); });
}

QFuture<Result<ReservationView>> LedgerService::reservationOf(qint64 reservationId)
{
    return read<ReservationView>([reservationId](Ledger &ledger) { return ledger.reservation(reservationId); });
}

QFuture<Result<QString>> LedgerService::authenticate(const QString &presentedKey)
{
    return read<QString>([presentedKey](Ledger &ledger) {
        return SourceRegistry(ledger.database(), ledger.clock(), Actor{QStringLiteral("system:api"), sourceAdmin}).authenticate(presentedKey);
    });
}

QFuture<Result<SourcePermissions>> LedgerService::grantFor(const QString &presentedKey)
{
    return read<SourcePermissions>([presentedKey](Ledger &ledger) {
        return SourceRegistry(ledger.database(), ledger.clock(), Actor{QStringLiteral("system:api"), sourceAdmin}).grantFor(presentedKey);
    });
}

QFuture<Result<QList<SourcePermissions>>> LedgerService::sources()
{
    return read<QList<SourcePermissions>>([](Ledger &ledger) {
        return SourceRegistry(ledger.database(), ledger.clock(), Actor{QStringLiteral("console"), sourceAdmin}).sources();
    });
}

QFuture<Result<QList<EarnRule>>> LedgerService::earnRules()
{
    return read<QList<EarnRule>>([](Ledger &ledger) { return EarnRuleBook(ledger.database(), ledger.clock(), ledger.actor()).list(); });
}

QFuture<Result<DatabaseRoles::Identity>> LedgerService::whoami()
{
    return read<DatabaseRoles::Identity>([](Ledger &ledger) { return DatabaseRoles::whoami(ledger.database()); });
}

QFuture<Result<QList<BrowseQuery::AuditRow>>> LedgerService::auditTrail(const QString &actionPrefix)
{
    return read<QList<BrowseQuery::AuditRow>>([actionPrefix](Ledger &ledger) {
        return guarded<QList<BrowseQuery::AuditRow>>([&] { return BrowseQuery(ledger.database()).audit(actionPrefix); });
    });
}

QFuture<Result<VerificationReport>> LedgerService::verify(Verifier::Progress progress)
{
    return read<VerificationReport>([progress](Ledger &ledger) { return Verifier(ledger.database()).run(progress); });
}

QFuture<Result<QString>> LedgerService::changeMark()
{
    return read<QString>([](Ledger &ledger) {
        return guarded<QString>([&] {
            QSqlQuery &mark = ledger.database().run(
                QStringLiteral("SELECT (SELECT value FROM orchard_meta WHERE key = 'audit_head'), (SELECT MAX(id) FROM entries)"));
            mark.next();
            const QString text = mark.value(0).toString() + QLatin1Char('/') + mark.value(1).toString();
            mark.finish();
            return text;
        });
    });
}

QFuture<Result<HoldsView>> LedgerService::holds()
{
    return read<HoldsView>([](Ledger &ledger) {
        return guarded<HoldsView>([&] {
            BrowseQuery query(ledger.database());
            return HoldsView{query.openHolds(), query.recentlyClosed()};
        });
    });
}

QFuture<Result<QList<MemberView>>> LedgerService::findMembers(const QString &text)
{
    return read<QList<MemberView>>([text](Ledger &ledger) {
        return guarded<QList<MemberView>>([&] { return BrowseQuery(ledger.database()).findMembers(text); });
    });
}

QFuture<Result<QList<MemberRow>>> LedgerService::findMembersWithBalances(const QString &text)
{
    return read<QList<MemberRow>>([text](Ledger &ledger) -> Result<QList<MemberRow>> {
        const Result<QList<MemberView>> members = guarded<QList<MemberView>>([&] { return BrowseQuery(ledger.database()).findMembers(text); });
        if (!members)
            return members.error();
        QList<MemberRow> rows;
        for (const MemberView &member : members.value()) {
            const Result<Balance> balance = ledger.balance(member.memberId);  // what redeem would see, lapsed lots settled
            if (!balance)
                return balance.error();
            rows.append({member, balance.value()});
        }
        return rows;
    });
}

QFuture<Result<MemberFile>> LedgerService::memberFile(const QString &memberId)
{
    return read<MemberFile>([memberId](Ledger &ledger) -> Result<MemberFile> {
        const Result<Balance> balance = ledger.balance(memberId);
        if (!balance)
            return balance.error();
        return guarded<MemberFile>([&] { return MemberFile{balance.value(), BrowseQuery(ledger.database()).lotsOf(memberId)}; });
    });
}

QFuture<Result<OverviewFigures>> LedgerService::overview(qint64 nowMs, bool withLiability)
{
    return read<OverviewFigures>([nowMs, withLiability](Ledger &ledger) -> Result<OverviewFigures> {
        const Result<BrowseQuery::Overview> overview =
            guarded<BrowseQuery::Overview>([&] { return BrowseQuery(ledger.database()).overview(nowMs); });
        if (!overview)
            return overview.error();
        const Result<FundingWalletView> wallet = ledger.fundingWallet();
        if (!wallet)
            return wallet.error();
        const Result<ProgrammeSettings> programme = guarded<ProgrammeSettings>([&] { return ProgrammeBook::currentIn(ledger.database()); });
        if (!programme)
            return programme.error();
        OverviewFigures figures{overview.value(), wallet.value(), programme.value(), std::nullopt};
        if (withLiability) {
            ReportRequest request;
            request.name = QStringLiteral("liability");
            request.asOfMs = nowMs;
            const Result<Report> liability = ReportEngine(ledger.database()).run(request);
            if (!liability)
                return liability.error();
            figures.liability = liability.value();
        }
        return figures;
    });
}

QFuture<Result<WalletState>> LedgerService::walletState(int movements)
{
    return read<WalletState>([movements](Ledger &ledger) -> Result<WalletState> {
        const Result<FundingWalletView> wallet = ledger.fundingWallet();
        if (!wallet)
            return wallet.error();
        const Result<QList<FundingMovement>> history = ledger.fundingHistory(movements);
        if (!history)
            return history.error();
        return WalletState{wallet.value(), history.value()};
    });
}

QFuture<Result<money::Currency>> LedgerService::currency()
{
    return read<money::Currency>([](Ledger &ledger) {
        return guarded<money::Currency>([&] { return ProgrammeBook::currentIn(ledger.database()).currency; });
    });
}

QFuture<Result<ExpiryPolicy>> LedgerService::expiryPolicy()
{
    return read<ExpiryPolicy>([](Ledger &ledger) { return guarded<ExpiryPolicy>([&] { return ExpiryPolicyBook::currentIn(ledger.database()); }); });
}

QFuture<Result<QList<ExpiryPolicy>>> LedgerService::expiryPolicyHistory()
{
    return read<QList<ExpiryPolicy>>([](Ledger &ledger) {
        return ExpiryPolicyBook(ledger.database(), ledger.clock(), ledger.actor()).history();
    });
}

QFuture<Result<Report>> LedgerService::report(ReportBuilder build)
{
    return read<Report>([build](Ledger &ledger) -> Result<Report> {
        try {
            const Result<ReportRequest> request = build(ExpiryPolicyBook::currentIn(ledger.database()));
            if (!request)
                return request.error();
            return ReportEngine(ledger.database()).run(request.value());
        } catch (const SqlFailure &failure) {
            return ledgerErrorFor(failure);
        }
    });
}

QFuture<Result<TransactionTotals>> LedgerService::transactionTotals(TransactionFilter filter)
{
    return read<TransactionTotals>([filter](Ledger &ledger) {
        return guarded<TransactionTotals>([&] { return JournalQuery(ledger.database()).totals(filter); });
    });
}

QFuture<Result<QList<TransactionRow>>> LedgerService::transactions(TransactionFilter filter, std::optional<TransactionKey> after, int limit)
{
    return read<QList<TransactionRow>>([filter, after, limit](Ledger &ledger) {
        return guarded<QList<TransactionRow>>([&] { return JournalQuery(ledger.database()).page(filter, after, limit); });
    });
}

QFuture<Result<TransactionDetail>> LedgerService::transactionDetail(qint64 entryId)
{
    return read<TransactionDetail>([entryId](Ledger &ledger) {
        return guarded<TransactionDetail>([&] { return JournalQuery(ledger.database()).detail(entryId); });
    });
}

QFuture<Result<RulesState>> LedgerService::rules()
{
    return read<RulesState>([](Ledger &ledger) -> Result<RulesState> {
        const Result<QList<SplitRulesVersion>> versions =
            SplitRulesBook(ledger.database(), ledger.clock(), Actor{QStringLiteral("system:reader"), sourceAdmin}).history();
        if (!versions)
            return versions.error();
        return guarded<RulesState>([&] { return RulesState{versions.value(), ProgrammeBook::currentIn(ledger.database())}; });
    });
}

QFuture<Result<QList<ExportSchedule>>> LedgerService::schedules()
{
    return read<QList<ExportSchedule>>([](Ledger &ledger) {
        return ExportScheduler(ledger.database(), ledger.clock(), Actor{QStringLiteral("system:reader"), sourceAdmin}).list();
    });
}

QFuture<Result<QList<WebhookSubscription>>> LedgerService::webhooks()
{
    return read<QList<WebhookSubscription>>([](Ledger &ledger) {
        return WebhookStore(ledger.database(), ledger.clock(), Actor{QStringLiteral("system:reader"), sourceAdmin}).list();
    });
}

QFuture<Result<QList<DeliveryView>>> LedgerService::webhookDeliveries(QString name, int limit)
{
    return read<QList<DeliveryView>>([name, limit](Ledger &ledger) {
        return WebhookStore(ledger.database(), ledger.clock(), Actor{QStringLiteral("system:reader"), sourceAdmin}).deliveries(name, limit, {});
    });
}

QFuture<Result<qint64>> LedgerService::replayWebhook(QString name, qint64 fromEventId, Actor actor)
{
    return write<qint64>(
        [name, fromEventId](Ledger &ledger) { return WebhookStore(ledger.database(), ledger.clock(), ledger.actor()).replay(name, fromEventId); },
        std::move(actor), true);
}

QFuture<Result<MoneyReceipt>> LedgerService::fundWallet(FundRequest request, Actor actor)
{
    return write<MoneyReceipt>(
        [request](Ledger &ledger) -> Result<MoneyReceipt> {
            if (const auto held = heldForApproval(ledger, QStringLiteral("fund"), approvalrequest::of(request),
                                                  QStringLiteral("fund the programme wallet with %1 minor units (ref %2)")
                                                      .arg(QString::number(request.amountMinor), request.bankReference),
                                                  0, request.amountMinor))
                return *held;
            return ledger.fund(request);
        },
        std::move(actor), true);
}

QFuture<Result<FundingWalletView>> LedgerService::setFundingThreshold(qint64 thresholdMinor, Actor actor)
{
    return write<FundingWalletView>([thresholdMinor](Ledger &ledger) { return ledger.setFundingThreshold(thresholdMinor); },
                                    std::move(actor), true);
}

QFuture<Result<SplitRulesVersion>> LedgerService::changeRules(SplitRulesChange change, Actor actor)
{
    return write<SplitRulesVersion>(
        [change](Ledger &ledger) -> Result<SplitRulesVersion> {
            if (const auto invalid = versioned::checkReason(change.reason, QStringLiteral("the rules change")))
                return *invalid;
            if (const auto held = heldForApproval(ledger, QStringLiteral("rules"), approvalrequest::of(change),
                                                  approvalrequest::describeChange(QStringLiteral("split-payment rules"), approvalrequest::of(change)), 0, 0))
                return *held;
            return SplitRulesBook(ledger.database(), ledger.clock(), ledger.actor()).change(change);
        },
        std::move(actor), true);
}

QFuture<Result<ExpiryPolicy>> LedgerService::changeExpiryPolicy(ExpiryPolicyChange change, Actor actor)
{
    return write<ExpiryPolicy>(
        [change](Ledger &ledger) -> Result<ExpiryPolicy> {
            if (const auto invalid = versioned::checkReason(change.reason, QStringLiteral("the expiry policy changes")))
                return *invalid;
            if (const auto held = heldForApproval(ledger, QStringLiteral("policy"), approvalrequest::of(change),
                                                  approvalrequest::describeChange(QStringLiteral("expiry policy"), approvalrequest::of(change)), 0, 0))
                return *held;
            return ExpiryPolicyBook(ledger.database(), ledger.clock(), ledger.actor()).change(change);
        },
        std::move(actor), true);
}

QFuture<Result<ExportSchedule>> LedgerService::addSchedule(ExportSchedule schedule, Actor actor, ExportScheduler::PdfRenderer pdf)
{
    return write<ExportSchedule>(
        [schedule, pdf](Ledger &ledger) { return ExportScheduler(ledger.database(), ledger.clock(), ledger.actor(), pdf).add(schedule); },
        std::move(actor), true);
}

QFuture<Result<SourcePermissions>> LedgerService::setSourcePermissions(SourcePermissions permissions, Actor actor)
{
    return write<SourcePermissions>(
        [permissions](Ledger &ledger) -> Result<SourcePermissions> {
            const QJsonObject request = approvalrequest::of(permissions);
            if (const auto held = heldForApproval(ledger, QStringLiteral("source"), request,
                                                  approvalrequest::describeChange(QStringLiteral("permissions of source %1").arg(permissions.source),
                                                                                  request),
                                                  0, 0))
                return *held;
            return SourceRegistry(ledger.database(), ledger.clock(), ledger.actor()).setPermissions(permissions.source, permissions);
        },
        std::move(actor), true);
}

QFuture<Result<ExportSchedule>> LedgerService::removeSchedule(QString name, Actor actor)
{
    return write<ExportSchedule>(
        [name](Ledger &ledger) { return ExportScheduler(ledger.database(), ledger.clock(), ledger.actor()).remove(name); },
        std::move(actor), true);
}

QFuture<Result<ExportRun>> LedgerService::runScheduleNow(QString name, Actor actor, ExportScheduler::PdfRenderer pdf)
{
    return write<ExportRun>(
        [name, pdf](Ledger &ledger) { return ExportScheduler(ledger.database(), ledger.clock(), ledger.actor(), pdf).runNow(name); },
        std::move(actor), true);
}

QFuture<Result<ReservationView>> LedgerService::submitReserve(ReserveRequest request, Actor actor)
{
    return write<ReservationView>([request](Ledger &ledger) { return ledger.reserve(request); }, std::move(actor));
}

QFuture<Result<ReservationView>> LedgerService::submitConfirm(ConfirmRequest request, Actor actor)
{
    return write<ReservationView>([request](Ledger &ledger) { return ledger.confirm(request); }, std::move(actor));
}

QFuture<Result<ReservationView>> LedgerService::submitRelease(ReleaseRequest request, Actor actor)
{
    return write<ReservationView>([request](Ledger &ledger) { return ledger.release(request); }, std::move(actor));
}

QFuture<Result<ReservationView>> LedgerService::submitRedeem(RedeemRequest request, Actor actor)
{
    return m_writer->submitRedemption(std::move(request), std::move(actor));
}

QFuture<Result<QuoteView>> LedgerService::submitQuote(QuoteRequest request, Actor actor)
{
    return write<QuoteView>([request](Ledger &ledger) { return ledger.quote(request); }, std::move(actor));
}

QFuture<Result<RefundReceipt>> LedgerService::submitRefund(RefundRequest request, Actor actor)
{
    return write<RefundReceipt>([request](Ledger &ledger) { return ledger.refund(request); }, std::move(actor));
}

QFuture<Result<EarnReceipt>> LedgerService::submitEarn(EarnRequest request, Actor actor)
{
    return write<EarnReceipt>([request](Ledger &ledger) { return ledger.earn(request); }, std::move(actor));
}

QFuture<Result<LedgerService::EarnBatch>> LedgerService::submitEarnBatch(QList<EarnRequest> requests, bool atomic, Actor actor)
{
    if (!atomic)
        return write<EarnBatch>(
            [requests](Ledger &ledger) -> Result<EarnBatch> {
                EarnBatch batch;
                batch.results.reserve(requests.size());
                for (const EarnRequest &request : requests)
                    batch.results.append(ledger.earn(request));
                return batch;
            },
            std::move(actor));
    // Alone on the writer, in a transaction of its own that commits only when every item went in.
    return write<EarnBatch>(
        [requests](Ledger &ledger) -> Result<EarnBatch> {
            const Result<bool> begun = ledger.beginBatch();
            if (!begun)
                return begun.error();
            EarnBatch batch;
            batch.results.reserve(requests.size());
            for (const EarnRequest &request : requests) {
                batch.results.append(ledger.earn(request));
                if (!batch.results.last())
                    batch.applied = false;
            }
            if (!batch.applied) {
                ledger.abandonBatch();
                return batch;
            }
            const Result<bool> committed = ledger.commitBatch();
            if (!committed)
                return committed.error();
            return batch;
        },
        std::move(actor), true);
}

QFuture<Result<EarningFileOutcome>> LedgerService::importEarnings(EarningFileImport request, EarningImporter::Progress progress,
                                                                  Actor actor)
{
    return write<EarningFileOutcome>(
        [request = std::move(request), progress = std::move(progress)](Ledger &ledger) { return earningfile::import(ledger, request, progress); },
        std::move(actor), true);
}

QFuture<Result<CheckoutReceipt>> LedgerService::submitCheckout(CheckoutRequest request, Actor actor)
{
    return write<CheckoutReceipt>([request](Ledger &ledger) { return ledger.checkout(request); }, std::move(actor));
}

}  // namespace orchard
