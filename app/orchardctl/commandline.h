#pragma once

#include "earning/earningtypes.h"

#include "benchmark.h"
#include "clioutput.h"
#include "base/clock.h"
#include "store/database.h"
#include "base/ledgertypes.h"
#include "money/money.h"
#include "reports/exportschedule.h"
#include "money/moneytypes.h"
#include "reports/reports.h"
#include "base/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <memory>

namespace orchard {
class Ledger;
class WebhookStore;
}

namespace orchard::cli {

// --can, --free-amounts, --no-free-amounts and --max-points over `before` (a new source: redeem only).
Result<SourcePermissions> permissionsFrom(const QCommandLineParser &parser, const std::optional<SourcePermissions> &before);

// orchardctl: parses the global options and the command, opens the ledger and runs the command.
class CommandLine
{
public:
    int run(const QStringList &arguments);

private:
    struct Command
    {
        QString name;
        QString usage;
        QList<QCommandLineOption> options;
        int minArguments = 0;
        int maxArguments = 0;
        bool writes = true;
        std::function<int(CommandLine &, const QCommandLineParser &, const QStringList &)> handler;
        QString readerRole = QStringLiteral("orchard_finance or orchard_hr");  // what a read needs
    };

    static QList<Command> commands();
    static QList<Command> moneyCommands();   // moneycommands.cpp
    static QList<Command> reportCommands();  // reportcommands.cpp
    static QList<Command> backupCommands();  // backupcommands.cpp
    static QList<Command> webhookCommands();  // webhookcommands.cpp
    static QList<Command> correctionCommands();  // correctioncommands.cpp
    static QList<Command> earningCommands();     // earningcommands.cpp
    static QList<QCommandLineOption> globalOptions();
    int dispatch(const Command &command, const QStringList &arguments);
    int usageError(const QString &field, const QString &why, const QString &usage);
    int printHelp();

    Result<Database *> openLedger(bool writes, bool creates);
    Ledger ledger();
    Actor actor() const;
    Result<Actor> approvalActor();
    // When the approvals policy makes this request wait for a second admin: files it and prints
    // its id (the command's answer); nothing otherwise.
    std::optional<int> fileForApproval(const QString &kind, const QJsonObject &request, const QString &what, Points points, qint64 moneyMinor);
    static QList<Command> approvalCommands();  // approvalcommands.cpp
    int approvalsPolicy(const QCommandLineParser &parser, const QStringList &arguments);
    int approvalsList(const QCommandLineParser &parser, const QStringList &arguments);
    int approvalsShow(const QCommandLineParser &parser, const QStringList &arguments);
    int approvalsApprove(const QCommandLineParser &parser, const QStringList &arguments);
    int approvalsReject(const QCommandLineParser &parser, const QStringList &arguments);

    // Commands.
    int init(const QCommandLineParser &parser, const QStringList &arguments);
    int whoami(const QCommandLineParser &parser, const QStringList &arguments);
    int memberAdd(const QCommandLineParser &parser, const QStringList &arguments);
    int memberUpdate(const QCommandLineParser &parser, const QStringList &arguments);
    int memberShow(const QCommandLineParser &parser, const QStringList &arguments);
    int issue(const QCommandLineParser &parser, const QStringList &arguments);
    int balance(const QCommandLineParser &parser, const QStringList &arguments);
    int reserve(const QCommandLineParser &parser, const QStringList &arguments);
    int confirm(const QCommandLineParser &parser, const QStringList &arguments);
    int release(const QCommandLineParser &parser, const QStringList &arguments);
    int reservation(const QCommandLineParser &parser, const QStringList &arguments);
    int redeem(const QCommandLineParser &parser, const QStringList &arguments);
    int log(const QCommandLineParser &parser, const QStringList &arguments);
    int verify(const QCommandLineParser &parser, const QStringList &arguments);
    int auditAnchor(const QCommandLineParser &parser, const QStringList &arguments);
    int backup(const QCommandLineParser &parser, const QStringList &arguments);
    int restore(const QCommandLineParser &parser, const QStringList &arguments);
    Result<LedgerLocation> targetLocation() const;  // --db, ORCHARD_DB or the default, unopened
    int sweep(const QCommandLineParser &parser, const QStringList &arguments);
    int demo(const QCommandLineParser &parser, const QStringList &arguments);
    int summary(const QCommandLineParser &parser, const QStringList &arguments);
    int sourceAdd(const QCommandLineParser &parser, const QStringList &arguments);
    int sourceKey(const QCommandLineParser &parser, const QStringList &arguments);
    int sourceRevoke(const QCommandLineParser &parser, const QStringList &arguments);
    int sourceList(const QCommandLineParser &parser, const QStringList &arguments);
    int sourceSet(const QCommandLineParser &parser, const QStringList &arguments);
    int earnRuleAdd(const QCommandLineParser &parser, const QStringList &arguments);
    int earnRuleSet(const QCommandLineParser &parser, const QStringList &arguments);
    int earnRuleRetire(const QCommandLineParser &parser, const QStringList &arguments);
    int earnRuleList(const QCommandLineParser &parser, const QStringList &arguments);
    int earnRuleHistory(const QCommandLineParser &parser, const QStringList &arguments);
    int earnRule(bool add, const QCommandLineParser &parser, const QStringList &arguments);
    int importEarnings(const QCommandLineParser &parser, const QStringList &arguments);
    int simulate(const QCommandLineParser &parser, const QStringList &arguments);
    int rulesShow(const QCommandLineParser &parser, const QStringList &arguments);
    int bench(const QCommandLineParser &parser, const QStringList &arguments);
    QList<Benchmark::Row> benchEveryScenario(const QCommandLineParser &parser, const Benchmark::Options &options);
    int rulesHistory(const QCommandLineParser &parser, const QStringList &arguments);
    int rulesSet(const QCommandLineParser &parser, const QStringList &arguments);

    // Money commands (moneycommands.cpp).
    Result<money::Currency> programmeCurrency();
    Result<std::optional<Points>> chosenPoints(const QCommandLineParser &parser);
    int printFundingWallet(const Result<FundingWalletView> &wallet);
    int programmeShow(const QCommandLineParser &parser, const QStringList &arguments);
    int programmeHistory(const QCommandLineParser &parser, const QStringList &arguments);
    int programmeSet(const QCommandLineParser &parser, const QStringList &arguments);
    int walletFund(const QCommandLineParser &parser, const QStringList &arguments);
    int walletBalance(const QCommandLineParser &parser, const QStringList &arguments);
    int walletHistory(const QCommandLineParser &parser, const QStringList &arguments);
    int walletThreshold(const QCommandLineParser &parser, const QStringList &arguments);
    int memberWalletCredit(const QCommandLineParser &parser, const QStringList &arguments);
    int refund(const QCommandLineParser &parser, const QStringList &arguments);
    int adjust(const QCommandLineParser &parser, const QStringList &arguments);
    int lotCancel(const QCommandLineParser &parser, const QStringList &arguments);
    int lotExtend(const QCommandLineParser &parser, const QStringList &arguments);
    int memberWalletBalance(const QCommandLineParser &parser, const QStringList &arguments);
    int checkoutQuote(const QCommandLineParser &parser, const QStringList &arguments);
    int checkoutPay(const QCommandLineParser &parser, const QStringList &arguments);

    // Lifecycle and report commands (reportcommands.cpp).
    Result<ReportRequest> reportRequest(const QCommandLineParser &parser, const QString &name);
    std::optional<LedgerError> readBucketsAndBreakage(const QCommandLineParser &parser, ReportRequest &request);
    std::optional<LedgerError> readMapping(const QCommandLineParser &parser, ReportRequest &request);
    std::optional<LedgerError> readProposedExpiry(const QCommandLineParser &parser, ReportRequest &request);
    int evidence(const QCommandLineParser &parser, const QStringList &arguments);
    int evidenceCheck(const QCommandLineParser &parser, const QStringList &arguments);
    ExportScheduler scheduler();
    int policyShow(const QCommandLineParser &parser, const QStringList &arguments);
    int policyHistory(const QCommandLineParser &parser, const QStringList &arguments);
    int policySet(const QCommandLineParser &parser, const QStringList &arguments);
    int expire(const QCommandLineParser &parser, const QStringList &arguments);
    int statement(const QCommandLineParser &parser, const QStringList &arguments);
    int writeReport(const QCommandLineParser &parser, const std::function<Result<Report>()> &make);
    int report(const QCommandLineParser &parser, const QStringList &arguments);
    int reportLots(const QCommandLineParser &parser);
    int scheduleAdd(const QCommandLineParser &parser, const QStringList &arguments);
    int scheduleList(const QCommandLineParser &parser, const QStringList &arguments);
    int scheduleRemove(const QCommandLineParser &parser, const QStringList &arguments);
    int scheduleRun(const QCommandLineParser &parser, const QStringList &arguments);

    // Webhook commands (webhookcommands.cpp).
    WebhookStore webhookStore();
    int webhookAdd(const QCommandLineParser &parser, const QStringList &arguments);
    int webhookList(const QCommandLineParser &parser, const QStringList &arguments);
    int webhookRemove(const QCommandLineParser &parser, const QStringList &arguments);
    int webhookRotateSecret(const QCommandLineParser &parser, const QStringList &arguments);
    int webhookDeliveries(const QCommandLineParser &parser, const QStringList &arguments);
    int webhookReplay(const QCommandLineParser &parser, const QStringList &arguments);
    int webhookDeliver(const QCommandLineParser &parser, const QStringList &arguments);
    int webhookSettings(const QCommandLineParser &parser, const QStringList &arguments);
    Output m_output{false};
    std::unique_ptr<Clock> m_clock;
    QString m_dbArgument;
    QString m_actorArgument;
    QString m_reportDbArgument;
    std::unique_ptr<Database> m_database;
};

}  // namespace orchard::cli
