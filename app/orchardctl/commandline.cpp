#include "commandline.h"

#include "benchmark.h"
#include "cliarguments.h"
#include "ledger/clockguard.h"
#include "store/sqlerror.h"
#include "store/databaseroles.h"
#include "demo/demogenerator.h"
#include "ledger/ledger.h"
#include "store/ledgerfile.h"
#include "base/ledgerlimits.h"
#include "queries/journalquery.h"
#include "queries/ledgersummary.h"
#include "store/migrations.h"
#include "simulator.h"
#include "ledger/sourceregistry.h"
#include "settings/splitrulesbook.h"
#include "settings/versionedchange.h"
#include "approvals/approvaldesk.h"
#include "base/timeformat.h"
#include "journal/verifier.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QUuid>

#include <cstdio>

namespace orchard::cli {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Ledger: an SQLite file or a postgresql:// URL."),
                                  QStringLiteral("PATH|URL"));
const QCommandLineOption actorOption(QStringLiteral("actor"),
                                     QStringLiteral("Who is acting, on an SQLite ledger (default: the login user); a convention, not a control."),
                                     QStringLiteral("NAME"));
const QCommandLineOption nowOption(QStringLiteral("now"), QStringLiteral("Fix the clock at this UTC time (ISO 8601)."),
                                   QStringLiteral("ISO8601"));
const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object per result or error."));
const QCommandLineOption reportDbOption(QStringLiteral("report-db"),
                                        QStringLiteral("Send read-only commands to this ledger, e.g. a hot standby."),
                                        QStringLiteral("URL"));








// QCommandLineParser reads "-5" as an option; a negative number standing as an argument is
// shielded from it, so that it reaches validation and gets the message it deserves.
struct NegativeNumbers
{
    QStringList shielded;
    QHash<QString, QString> originals;

    static NegativeNumbers shield(const QStringList &arguments, const QList<QCommandLineOption> &options)
    {
        static const QRegularExpression negative(QStringLiteral("^-[0-9]"));
        QSet<QString> takesValue;
        for (const QCommandLineOption &option : options)
            if (!option.valueName().isEmpty())
                for (const QString &name : option.names())
                    takesValue.insert(QStringLiteral("--") + name);
        NegativeNumbers result;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString &argument = arguments.at(i);
            const bool isOptionValue = i > 0 && takesValue.contains(arguments.at(i - 1));
            if (negative.match(argument).hasMatch() && !isOptionValue) {
                const QString placeholder = QStringLiteral("orchard-negative-argument-%1").arg(i);
                result.originals.insert(placeholder, argument);
                result.shielded.append(placeholder);
            } else {
                result.shielded.append(argument);
            }
        }
        return result;
    }

    QStringList restore(const QStringList &positional) const
    {
        QStringList restored;
        for (const QString &argument : positional)
            restored.append(originals.value(argument, argument));
        return restored;
    }
};

}  // namespace

QList<QCommandLineOption> CommandLine::globalOptions()
{
    return {dbOption, nowOption, jsonOption, reportDbOption, actorOption};
}

QList<CommandLine::Command> CommandLine::commands()
{
    using O = QCommandLineOption;
    const O name(QStringLiteral("name"), QStringLiteral("Member's name."), QStringLiteral("NAME"));
    const O hris(QStringLiteral("hris"), QStringLiteral("darwinbox, successfactors or other."), QStringLiteral("HRIS"));
    const O department(QStringLiteral("department"), QStringLiteral("Department."), QStringLiteral("DEPT"));
    const O expiresAt(QStringLiteral("expires-at"), QStringLiteral("The lot expires at this time."), QStringLiteral("ISO"));
    const O expiryDays(QStringLiteral("expiry-days"), QStringLiteral("The lot expires N days after issue."), QStringLiteral("N"));
    const O reason(QStringLiteral("reason"), QStringLiteral("Why."), QStringLiteral("TEXT"));
    const O timeout(QStringLiteral("timeout"), QStringLiteral("Seconds before an unconfirmed hold returns (default 900)."),
                    QStringLiteral("SECONDS"));
    const O points(QStringLiteral("points"), QStringLiteral("Confirm fewer points than held; the rest is released."),
                   QStringLiteral("N"));
    const O member(QStringLiteral("member"), QStringLiteral("Only this member."), QStringLiteral("M"));
    const O kind(QStringLiteral("kind"), QStringLiteral("issue|reserve|confirm|release|timeout|expire|reversal|fund|wallet_credit|checkout|adjust"), QStringLiteral("KIND"));
    const O from(QStringLiteral("from"), QStringLiteral("From this time (inclusive)."), QStringLiteral("ISO"));
    const O to(QStringLiteral("to"), QStringLiteral("Up to this time (exclusive)."), QStringLiteral("ISO"));
    const O limit(QStringLiteral("limit"), QStringLiteral("At most N entries (default 100)."), QStringLiteral("N"));
    const O members(QStringLiteral("members"), QStringLiteral("Members to create (default 120)."), QStringLiteral("N"));
    const O days(QStringLiteral("days"), QStringLiteral("Days of activity (default 90)."), QStringLiteral("D"));
    const O seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"));

    return {
        {QStringLiteral("init"),
         QStringLiteral("init [--roles] [--simulated-clock]   (--roles: create the PostgreSQL roles and their grants; "
                        "--simulated-clock: a ledger for tests and back-dated imports, written at any --now)"),
         {O(QStringLiteral("roles"), QStringLiteral("Create orchard_admin, orchard_finance and orchard_hr.")),
          O(QStringLiteral("simulated-clock"), QStringLiteral("Let every write use any --now (only on a new ledger)."))},
         0, 0, true, &CommandLine::init},
        {QStringLiteral("whoami"), QStringLiteral("whoami   (the connected role and what it may do)"), {}, 0, 0, false,
         &CommandLine::whoami},
        {QStringLiteral("member add"), QStringLiteral("member add ID [--name NAME] [--hris darwinbox|successfactors|other] [--department DEPT]"),
         {name, hris, department}, 1, 1, true, &CommandLine::memberAdd},
        {QStringLiteral("member update"),
         QStringLiteral("member update ID [--name NAME] [--hris darwinbox|successfactors|other] [--department DEPT]   (what is not given stays)"),
         {name, hris, department}, 1, 1, true, &CommandLine::memberUpdate},
        {QStringLiteral("member show"), QStringLiteral("member show ID"), {}, 1, 1, false, &CommandLine::memberShow},
        {QStringLiteral("issue"), QStringLiteral("issue MEMBER POINTS [--expires-at ISO | --expiry-days N] [--reason TEXT] [--key KEY]"),
         {expiresAt, expiryDays, reason, keyOption}, 2, 2, true, &CommandLine::issue},
        {QStringLiteral("balance"), QStringLiteral("balance MEMBER"), {}, 1, 1, false, &CommandLine::balance},
        {QStringLiteral("reserve"), QStringLiteral("reserve MEMBER POINTS --source SRC --ref REF [--key KEY] [--timeout SECONDS]"),
         {sourceOption, refOption, keyOption, timeout}, 2, 2, true, &CommandLine::reserve},
        {QStringLiteral("confirm"), QStringLiteral("confirm RESERVATION [--points N] [--key KEY]"), {points, keyOption}, 1, 1, true,
         &CommandLine::confirm},
        {QStringLiteral("release"), QStringLiteral("release RESERVATION [--reason TEXT] [--key KEY]"), {reason, keyOption}, 1, 1, true,
         &CommandLine::release},
        {QStringLiteral("reservation"), QStringLiteral("reservation RESERVATION"), {}, 1, 1, false, &CommandLine::reservation},
        {QStringLiteral("redeem"), QStringLiteral("redeem MEMBER POINTS --source SRC --ref REF [--key KEY]"),
         {sourceOption, refOption, keyOption}, 2, 2, true, &CommandLine::redeem},
        {QStringLiteral("log"), QStringLiteral("log [--member M] [--source SRC] [--kind KIND] [--from ISO] [--to ISO] [--limit N]"),
         {member, sourceOption, kind, from, to, limit}, 0, 0, false, &CommandLine::log},
        {QStringLiteral("verify"),
         QStringLiteral("verify [--anchor FILE]   (--anchor: also prove the audit chain still holds that anchor's head)"),
         {O(QStringLiteral("anchor"), QStringLiteral("An anchor written by 'audit anchor'."), QStringLiteral("FILE"))}, 0, 0, false,
         &CommandLine::verify, QStringLiteral("orchard_finance")},
        {QStringLiteral("audit anchor"),
         QStringLiteral("audit anchor [-o FILE]   (the audit chain's record count and head, to keep outside the ledger)"),
         {O(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write the anchor to FILE."), QStringLiteral("FILE"))},
         0, 0, false, &CommandLine::auditAnchor, QStringLiteral("orchard_finance")},
        {QStringLiteral("sweep"), QStringLiteral("sweep   (writes down every due timeout and lot expiry)"), {}, 0, 0, true,
         &CommandLine::sweep},
        {QStringLiteral("demo"), QStringLiteral("demo [--members N] [--days D] [--seed S]"), {members, days, seed}, 0, 0, true,
         &CommandLine::demo},
        {QStringLiteral("summary"), QStringLiteral("summary"), {}, 0, 0, false, &CommandLine::summary},
        {QStringLiteral("source add"), QStringLiteral("source add NAME [--can earn|redeem|earn,redeem] [--free-amounts [--max-points N]]"),
         {O(QStringLiteral("can"), QStringLiteral("What the source may do (default: redeem)."), QStringLiteral("LIST")),
          O(QStringLiteral("free-amounts"), QStringLiteral("It may award explicit points, not only by earning rule.")),
          O(QStringLiteral("max-points"), QStringLiteral("The most one free-amount earning awards."), QStringLiteral("N"))},
         1, 1, true, &CommandLine::sourceAdd},
        {QStringLiteral("bench"),
         QStringLiteral("bench [--scenario limit|naive|engine|api|postgresql|reports|console|import|fixed] [--seconds S] [--pg URL] [--lots N] [--entries N] [--rows N] [--redemptions N]   (every scenario but fixed when none is named; on temporary or synthetic ledgers)"),
         {O(QStringLiteral("scenario"), QStringLiteral("One scenario; the write path's when absent."), QStringLiteral("NAME")),
          O(QStringLiteral("seconds"), QStringLiteral("Seconds per scenario (default 5)."), QStringLiteral("S")),
          O(QStringLiteral("lots"), QStringLiteral("Lots in the reports scenario's ledger (default 10,000,000)."), QStringLiteral("N")),
          O(QStringLiteral("entries"), QStringLiteral("Entries in the console scenario's journal (default 10,000,000)."), QStringLiteral("N")),
          O(QStringLiteral("redemptions"), QStringLiteral("Redemptions of the fixed scenario (default 10,000)."), QStringLiteral("N")),
          O(QStringLiteral("rows"), QStringLiteral("Rows of the import scenario's file (default 1,000,000)."), QStringLiteral("N")),
          O(QStringLiteral("pg"), QStringLiteral("PostgreSQL server for the postgresql scenario (a database is created and dropped)."), QStringLiteral("URL"))},
         0, 0, false, &CommandLine::bench},
        {QStringLiteral("rules show"), QStringLiteral("rules show   (the split-payment rules in force)"), {}, 0, 0, false,
         &CommandLine::rulesShow},
        {QStringLiteral("rules history"), QStringLiteral("rules history"), {}, 0, 0, false, &CommandLine::rulesHistory},
        {QStringLiteral("rules set"),
         QStringLiteral("rules set [--min-points N] [--partial-points yes|no] [--wallet-remainder yes|no] "
                        "[--fallback wallet_only|block] --reason TEXT"),
         {O(QStringLiteral("min-points"), QStringLiteral("Points needed before points apply, and the least used."), QStringLiteral("N")),
          O(QStringLiteral("partial-points"), QStringLiteral("May points cover part of an order?"), QStringLiteral("yes|no")),
          O(QStringLiteral("wallet-remainder"), QStringLiteral("May wallet money make up the rest?"), QStringLiteral("yes|no")),
          O(QStringLiteral("fallback"), QStringLiteral("Below the minimum: wallet_only or block."), QStringLiteral("MODE")), reason},
         0, 0, true, &CommandLine::rulesSet},
        {QStringLiteral("simulate"),
         QStringLiteral("simulate --url URL[,URL...] --marketplace-key K1 --loyalife-key K2 [--members N] [--points-each P] "
                        "[--seconds S] [--concurrency C] [--failure-rate F] [--seed X]"),
         {O(QStringLiteral("url"), QStringLiteral("The service, e.g. http://127.0.0.1:8080."), QStringLiteral("URL")),
          O(QStringLiteral("marketplace-key"), QStringLiteral("The marketplace's API key."), QStringLiteral("K1")),
          O(QStringLiteral("loyalife-key"), QStringLiteral("Loyalife's API key."), QStringLiteral("K2")),
          members, O(QStringLiteral("points-each"), QStringLiteral("Points each new simulated member starts with (default 100000)."), QStringLiteral("P")),
          O(QStringLiteral("seconds"), QStringLiteral("How long to drive traffic (default 10)."), QStringLiteral("S")),
          O(QStringLiteral("concurrency"), QStringLiteral("Clients at once (default 16)."), QStringLiteral("C")),
          O(QStringLiteral("failure-rate"), QStringLiteral("Share of stock failures and vanished clients (default 0.1)."), QStringLiteral("F")),
          seed},
         0, 0, true, &CommandLine::simulate},
        {QStringLiteral("source key"), QStringLiteral("source key NAME   (prints a new API key once)"), {}, 1, 1, true,
         &CommandLine::sourceKey},
        {QStringLiteral("source revoke"), QStringLiteral("source revoke NAME KEYID"), {}, 2, 2, true, &CommandLine::sourceRevoke},
        {QStringLiteral("source list"), QStringLiteral("source list   (sources' API keys, without secrets)"), {}, 0, 0, false,
         &CommandLine::sourceList, QStringLiteral("orchard_admin")},
    };
}

int CommandLine::printHelp()
{
    QString text = QStringLiteral(
        "Usage: orchardctl [--db PATH|URL] [--report-db URL] [--now ISO8601] [--json] COMMAND ...\n\n"
        "The Orchard points ledger from the command line. ORCHARD_DB also sets the ledger;\n"
        "the default is %1.\n\nCommands:\n")
                       .arg(LedgerLocation::defaultSqlitePath());
    for (const Command &command : commands() + moneyCommands() + correctionCommands() + earningCommands() + approvalCommands() + reportCommands() + backupCommands() + webhookCommands())
        text += QStringLiteral("  ") + command.usage + QLatin1Char('\n');
    text += QStringLiteral("\nExit codes: 0 done, 1 storage or internal failure, 2 bad usage or input, 3 refused by a ledger rule.\n");
    std::fputs(text.toUtf8().constData(), stdout);
    return Done;
}

int CommandLine::usageError(const QString &field, const QString &why, const QString &usage)
{
    LedgerError error = LedgerError::invalidArgument(field, why);
    if (!usage.isEmpty()) {
        error.message += QStringLiteral(" (usage: orchardctl %1)").arg(usage);
        error.details.insert(QStringLiteral("usage"), QStringLiteral("orchardctl ") + usage);
    }
    return m_output.error(error);
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions(globalOptions());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    global.addOption(help);
    global.addOption(version);
    const bool parsed = global.parse(arguments);
    m_output = Output(arguments.contains(QStringLiteral("--json")));
    if (!parsed)
        return usageError(QStringLiteral("arguments"), global.errorText(), {});
    if (global.isSet(version)) {
        m_output.result({{QStringLiteral("version"), QCoreApplication::applicationVersion()}},
                        QStringLiteral("orchardctl %1").arg(QCoreApplication::applicationVersion()));
        return Done;
    }
    QStringList positional = global.positionalArguments();
    if (global.isSet(help) || positional.isEmpty() || positional.first() == QLatin1String("help"))
        return printHelp();

    m_dbArgument = global.value(dbOption);
    m_actorArgument = global.value(actorOption);
    m_reportDbArgument = global.value(reportDbOption);
    QString nowText = global.value(nowOption);

    // "member add" and "member show" are two-word commands.
    QString name = positional.takeFirst();
    static const QStringList groups{QStringLiteral("member"),    QStringLiteral("source"),   QStringLiteral("audit"),
                                    QStringLiteral("rules"),     QStringLiteral("programme"),
                                    QStringLiteral("wallet"),    QStringLiteral("member-wallet"),
                                    QStringLiteral("checkout"),  QStringLiteral("policy"),
                                    QStringLiteral("schedule"),  QStringLiteral("webhook"),
                                    QStringLiteral("lot"),       QStringLiteral("approvals"),
                                    QStringLiteral("earn-rule"), QStringLiteral("import"),
                                    QStringLiteral("evidence")};
    const bool twoWords = groups.contains(name);
    if (twoWords && !positional.isEmpty() && !positional.first().startsWith(QLatin1Char('-')))
        name += QLatin1Char(' ') + positional.takeFirst();
    for (const Command &command : commands() + moneyCommands() + correctionCommands() + earningCommands() + approvalCommands() + reportCommands() + backupCommands() + webhookCommands()) {
        if (command.name != name)
            continue;
        // Global options are accepted after the command too.
        QCommandLineParser local;
        local.addOptions(globalOptions());
        local.addOptions(command.options);
        const NegativeNumbers negatives = NegativeNumbers::shield(positional, globalOptions() + command.options);
        if (!local.parse(QStringList{arguments.first()} + negatives.shielded))
            return usageError(QStringLiteral("arguments"), local.errorText(), command.usage);
        if (local.isSet(dbOption))
            m_dbArgument = local.value(dbOption);
        if (local.isSet(reportDbOption))
            m_reportDbArgument = local.value(reportDbOption);
        if (local.isSet(actorOption))
            m_actorArgument = local.value(actorOption);
        m_output.setRequiredRole(command.writes ? QStringLiteral("orchard_admin") : command.readerRole);
        if (local.isSet(nowOption))
            nowText = local.value(nowOption);
        if (nowText.isEmpty()) {
            m_clock = std::make_unique<SystemClock>();
        } else {
            const Result<qint64> now = parseTime(QStringLiteral("now"), nowText);
            if (!now)
                return m_output.error(now.error());
            m_clock = std::make_unique<FixedClock>(now.value());
        }
        const QStringList commandArguments = negatives.restore(local.positionalArguments());
        if (commandArguments.size() < command.minArguments)
            return usageError(QStringLiteral("arguments"), QStringLiteral("missing arguments"), command.usage);
        if (commandArguments.size() > command.maxArguments)
            return usageError(QStringLiteral("arguments"),
                              QStringLiteral("unexpected argument '%1'").arg(commandArguments.at(command.maxArguments)),
                              command.usage);
        // The benchmark makes its own temporary ledgers and touches no other; restore opens its
        // target only once the copy is checked, and never while it replaces its content.
        // `evidence check` is offline unless a ledger is named.
        const bool offline = command.name == QLatin1String("evidence check") && m_dbArgument.isEmpty() && m_reportDbArgument.isEmpty();
        if (command.name != QLatin1String("bench") && command.name != QLatin1String("restore") && !offline) {
            const bool creates = command.name == QLatin1String("init") || command.name == QLatin1String("demo");
            const Result<Database *> database = openLedger(command.writes, creates);
            if (!database)
                return m_output.error(database.error());
            if (command.writes && !nowText.isEmpty() && command.name != QLatin1String("init")) {
                try {
                    if (const std::optional<LedgerError> refused =
                            clockguard::checkWriteTime(*m_database, m_clock->nowMs(), SystemClock().nowMs()))
                        return m_output.error(*refused);
                } catch (const SqlFailure &failure) {
                    return m_output.error(ledgerErrorFor(failure));
                }
            }
        }
        return command.handler(*this, local, commandArguments);
    }
    return usageError(QStringLiteral("command"), QStringLiteral("unknown command '%1'; see orchardctl --help").arg(name), {});
}

Result<LedgerLocation> CommandLine::targetLocation() const
{
    QString text = m_dbArgument;
    if (text.isEmpty())
        text = qEnvironmentVariable("ORCHARD_DB");
    if (text.isEmpty())
        text = LedgerLocation::defaultSqlitePath();
    return LedgerLocation::parse(text);
}

Result<Database *> CommandLine::openLedger(bool writes, bool creates)
{
    const bool toStandby = !writes && !m_reportDbArgument.isEmpty();
    const Result<LedgerLocation> location = toStandby ? LedgerLocation::parse(m_reportDbArgument) : targetLocation();
    if (!location)
        return location.error();
    Database::Options options;
    options.nowMs = m_clock->nowMs();
    options.createIfMissing = creates;
    if (toStandby)
        options.mode = OpenMode::ReadOnly;
    // A read on a file whose write bits were taken away is still served, read-only.
    if (!writes && location.value().engine == Engine::Sqlite) {
        const QString path = location.value().sqlitePath;
        if (QFileInfo::exists(path) && !Database::isWritableFile(path))
            options.mode = OpenMode::ReadOnly;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(location.value(), options);
    if (!opened)
        return opened.error();
    m_database = std::move(opened.value());
    return m_database.get();
}

Actor CommandLine::actor() const
{
    QString user = m_actorArgument.isEmpty() ? qEnvironmentVariable("USER") : m_actorArgument;
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return {QStringLiteral("cli:") + user, sourceAdmin};
}

// Who makes or decides an approval request. On PostgreSQL the database login, which another
// admin cannot borrow; on SQLite the --actor convention.
Result<Actor> CommandLine::approvalActor()
{
    if (m_database->engine() == Engine::Postgres && !m_actorArgument.isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("actor"),
                                            QStringLiteral("on PostgreSQL the actor is the database login; connect as the other admin instead"));
    try {
        return ApprovalBook::personOf(*m_database, actor());
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

std::optional<int> CommandLine::fileForApproval(const QString &kind, const QJsonObject &request, const QString &what, Points points,
                                                qint64 moneyMinor)
{
    const Result<Actor> maker = approvalActor();
    if (!maker)
        return m_output.error(maker.error());
    ApprovalBook book(*m_database, *m_clock, maker.value());
    const Result<bool> needed = book.needsApproval(kind, points, moneyMinor);
    if (!needed)
        return m_output.error(needed.error());
    if (!needed.value())
        return std::nullopt;
    const Result<ApprovalView> filed = book.request(kind, request, what, points, moneyMinor);
    if (!filed)
        return m_output.error(filed.error());
    QJsonObject json = filed.value().toJson();
    json.insert(QStringLiteral("pending_approval"), true);
    m_output.result(json, QStringLiteral("%1 waits for another admin's approval (orchardctl approvals approve %1): %2")
                              .arg(approvalToken(filed.value().id), filed.value().what));
    return Done;
}

Ledger CommandLine::ledger()
{
    return Ledger(*m_database, *m_clock, actor());
}

// ---- commands ---------------------------------------------------------------------------------------

int CommandLine::init(const QCommandLineParser &parser, const QStringList &)
{
    QJsonObject result{{QStringLiteral("db"), m_database->location().displayName()},
                       {QStringLiteral("schema_version"), migrations::latestVersion()},
                       {QStringLiteral("status"), QStringLiteral("ready")}};
    QString text = QStringLiteral("ledger ready at %1 (schema version %2)")
                       .arg(m_database->location().displayName())
                       .arg(migrations::latestVersion());
    if (parser.isSet(QStringLiteral("simulated-clock"))) {
        const Result<bool> marked = clockguard::markSimulated(*m_database, m_clock->nowMs(), actor().name);
        if (!marked)
            return m_output.error(marked.error());
        result.insert(QStringLiteral("clock"), QStringLiteral("simulated"));
        text += QStringLiteral("\nclock: simulated (every write may use any --now)");
    }
    if (parser.isSet(QStringLiteral("roles"))) {
        const Result<bool> installed = DatabaseRoles::install(*m_database);
        if (!installed)
            return m_output.error(installed.error());
        result.insert(QStringLiteral("roles"), QJsonArray::fromStringList(DatabaseRoles::names()));
        text += QStringLiteral("\nroles ready: %1 (grant them to login users, e.g. CREATE ROLE alice LOGIN IN ROLE orchard_finance)")
                    .arg(DatabaseRoles::names().join(QStringLiteral(", ")));
    }
    m_output.result(result, text);
    return Done;
}

int CommandLine::whoami(const QCommandLineParser &, const QStringList &)
{
    const Result<DatabaseRoles::Identity> identity = DatabaseRoles::whoami(*m_database);
    if (!identity)
        return m_output.error(identity.error());
    QString text = QStringLiteral("%1 on %2\n").arg(identity.value().user, m_database->location().displayName());
    if (identity.value().owner)
        text += QStringLiteral("  owner: may do everything\n");
    for (const QString &role : identity.value().roles)
        text += QStringLiteral("  %1: %2\n").arg(role, DatabaseRoles::capabilitiesOf(role.section(QLatin1Char(' '), 0, 0)));
    if (!identity.value().owner && identity.value().roles.isEmpty())
        text += QStringLiteral("  no Orchard role: ask an administrator to grant orchard_admin, orchard_finance or orchard_hr\n");
    QJsonObject result = identity.value().toJson();
    result.insert(QStringLiteral("db"), m_database->location().displayName());
    m_output.result(result, text);
    return Done;
}

int CommandLine::memberAdd(const QCommandLineParser &parser, const QStringList &arguments)
{
    AddMemberRequest request;
    request.memberId = arguments.at(0);
    request.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("hris")))
        request.hris = parser.value(QStringLiteral("hris"));
    request.department = parser.value(QStringLiteral("department"));
    Ledger book = ledger();
    const Result<MemberView> added = book.addMember(request);
    if (!added)
        return m_output.error(added.error());
    const MemberView &view = added.value();
    m_output.result(view.toJson(), QStringLiteral("member %1 (%2, %3, %4)").arg(view.memberId, view.name, view.hris, view.department));
    return Done;
}

int CommandLine::memberUpdate(const QCommandLineParser &parser, const QStringList &arguments)
{
    const UpdateMemberRequest request{arguments.at(0), parser.value(QStringLiteral("name")), parser.value(QStringLiteral("hris")),
                                      parser.value(QStringLiteral("department"))};
    Ledger book = ledger();
    const Result<MemberView> updated = book.updateMember(request);
    if (!updated)
        return m_output.error(updated.error());
    const MemberView &view = updated.value();
    m_output.result(view.toJson(), QStringLiteral("member %1 (%2, %3, %4)").arg(view.memberId, view.name, view.hris, view.department));
    return Done;
}

int CommandLine::memberShow(const QCommandLineParser &, const QStringList &arguments)
{
    Ledger book = ledger();
    const Result<MemberView> found = book.member(arguments.at(0));
    if (!found)
        return m_output.error(found.error());
    const MemberView &view = found.value();
    const Result<QList<LotState>> lots = book.openLots(view.memberId);
    if (!lots)
        return m_output.error(lots.error());
    QJsonObject json = view.toJson();
    QJsonArray lotRows;
    const auto time = [](const std::optional<qint64> &ms) { return ms ? QJsonValue(timeformat::toIso(*ms)) : QJsonValue(QJsonValue::Null); };
    QString text = QStringLiteral("member %1 (%2, %3, %4), since %5")
                       .arg(view.memberId, view.name, view.hris, view.department, timeformat::toIso(view.createdAtMs));
    text += lots.value().isEmpty() ? QStringLiteral("\nno open lots") : QStringLiteral("\nlot        remaining      held  issued_at                 expires_at                lapses_at");
    for (const LotState &lot : lots.value()) {
        lotRows.append(QJsonObject{{QStringLiteral("id"), lot.lotId},
                                   {QStringLiteral("remaining"), lot.remaining},
                                   {QStringLiteral("held"), lot.held},
                                   {QStringLiteral("issued_at"), timeformat::toIso(lot.issuedAtMs)},
                                   {QStringLiteral("expires_at"), time(lot.expiresAtMs)},
                                   {QStringLiteral("lapses_at"), time(lot.lapsesAtMs)}});
        text += QStringLiteral("\n%1 %2 %3  %4  %5  %6")
                    .arg(QString::number(lot.lotId).leftJustified(8))
                    .arg(lot.remaining, 11)
                    .arg(lot.held, 9)
                    .arg(timeformat::toIso(lot.issuedAtMs).leftJustified(24),
                         (lot.expiresAtMs ? timeformat::toIso(*lot.expiresAtMs) : QStringLiteral("never")).leftJustified(24),
                         lot.lapsesAtMs ? timeformat::toIso(*lot.lapsesAtMs) : QStringLiteral("never"));
    }
    json.insert(QStringLiteral("lots"), lotRows);
    m_output.result(json, text);
    return Done;
}

int CommandLine::issue(const QCommandLineParser &parser, const QStringList &arguments)
{
    IssueRequest request;
    request.memberId = arguments.at(0);
    const Result<qint64> points = parsePoints(QStringLiteral("points"), arguments.at(1));
    if (!points)
        return m_output.error(points.error());
    request.points = points.value();
    const bool hasExpiresAt = parser.isSet(QStringLiteral("expires-at"));
    const bool hasExpiryDays = parser.isSet(QStringLiteral("expiry-days"));
    if (hasExpiresAt && hasExpiryDays)
        return usageError(QStringLiteral("expires-at"), QStringLiteral("give --expires-at or --expiry-days, not both"), {});
    if (hasExpiresAt) {
        const Result<qint64> at = parseTime(QStringLiteral("expires-at"), parser.value(QStringLiteral("expires-at")));
        if (!at)
            return m_output.error(at.error());
        request.expiresAtMs = at.value();
    }
    if (hasExpiryDays) {
        const Result<qint64> days =
            parseBounded(QStringLiteral("expiry-days"), parser.value(QStringLiteral("expiry-days")), 1, limits::maxExpiryDays);
        if (!days)
            return m_output.error(days.error());
        request.expiresAtMs = m_clock->nowMs() + days.value() * dayMs;
    }
    request.reason = parser.value(QStringLiteral("reason"));
    request.idempotencyKey = keyOrNew(parser);
    if (const std::optional<int> filed = fileForApproval(QStringLiteral("issue"), approvalrequest::of(request),
                                                         QStringLiteral("issue %1 points to %2").arg(request.points).arg(request.memberId),
                                                         request.points, 0))
        return *filed;
    Ledger book = ledger();
    const Result<IssueReceipt> issued = book.issue(request);
    if (!issued)
        return m_output.error(issued.error());
    const IssueReceipt &receipt = issued.value();
    m_output.result(receipt.toJson(),
                    QStringLiteral("issued %1 points to %2 (lot %3, %4)")
                        .arg(receipt.points)
                        .arg(receipt.memberId)
                        .arg(receipt.lotId)
                        .arg(receipt.expiresAtMs ? QStringLiteral("expires %1").arg(timeformat::toIso(*receipt.expiresAtMs))
                                                 : QStringLiteral("never expires")));
    return Done;
}

int CommandLine::balance(const QCommandLineParser &, const QStringList &arguments)
{
    Ledger book = ledger();
    const Result<Balance> found = book.balance(arguments.at(0));
    if (!found)
        return m_output.error(found.error());
    const Balance &balance = found.value();
    const Result<money::Currency> currency = programmeCurrency();
    if (!currency)
        return m_output.error(currency.error());
    m_output.result(balance.toJson(), QStringLiteral("%1: %2 available, %3 held, %4 posted; wallet %5 %6")
                                          .arg(balance.memberId)
                                          .arg(balance.available)
                                          .arg(balance.held)
                                          .arg(balance.posted)
                                          .arg(money::formatAmount(balance.walletMinor, currency.value()), currency.value().code));
    return Done;
}

int CommandLine::reserve(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.isSet(sourceOption))
        return usageError(QStringLiteral("source"), QStringLiteral("is required"), QStringLiteral("reserve MEMBER POINTS --source SRC --ref REF"));
    if (!parser.isSet(refOption))
        return usageError(QStringLiteral("ref"), QStringLiteral("is required"), QStringLiteral("reserve MEMBER POINTS --source SRC --ref REF"));
    ReserveRequest request;
    request.memberId = arguments.at(0);
    const Result<qint64> points = parsePoints(QStringLiteral("points"), arguments.at(1));
    if (!points)
        return m_output.error(points.error());
    request.points = points.value();
    request.source = parser.value(sourceOption);
    request.reference = parser.value(refOption);
    request.idempotencyKey = keyOrNew(parser);
    if (parser.isSet(QStringLiteral("timeout"))) {
        const Result<qint64> timeout = parseBounded(QStringLiteral("timeout"), parser.value(QStringLiteral("timeout")),
                                                    limits::minTimeoutSeconds, limits::maxTimeoutSeconds);
        if (!timeout)
            return m_output.error(timeout.error());
        request.timeoutSeconds = int(timeout.value());
    }
    Ledger book = ledger();
    const Result<ReservationView> held = book.reserve(request);
    if (!held)
        return m_output.error(held.error());
    m_output.result(held.value().toJson(), reservationText(held.value()));
    return Done;
}

int CommandLine::confirm(const QCommandLineParser &parser, const QStringList &arguments)
{
    const Result<qint64> id = parseReservation(arguments.at(0));
    if (!id)
        return m_output.error(id.error());
    ConfirmRequest request;
    request.reservationId = id.value();
    if (parser.isSet(QStringLiteral("points"))) {
        const Result<qint64> points = parsePoints(QStringLiteral("points"), parser.value(QStringLiteral("points")));
        if (!points)
            return m_output.error(points.error());
        request.points = points.value();
    }
    request.idempotencyKey = keyOrNew(parser);
    Ledger book = ledger();
    const Result<ReservationView> confirmed = book.confirm(request);
    if (!confirmed)
        return m_output.error(confirmed.error());
    m_output.result(confirmed.value().toJson(), reservationText(confirmed.value()));
    return Done;
}

int CommandLine::release(const QCommandLineParser &parser, const QStringList &arguments)
{
    const Result<qint64> id = parseReservation(arguments.at(0));
    if (!id)
        return m_output.error(id.error());
    ReleaseRequest request;
    request.reservationId = id.value();
    // No source: an admin's release (releaseorigin.h), whatever the reason says.
    request.reason = parser.isSet(QStringLiteral("reason")) ? parser.value(QStringLiteral("reason")) : QStringLiteral("admin");
    request.idempotencyKey = keyOrNew(parser);
    Ledger book = ledger();
    const Result<ReservationView> released = book.release(request);
    if (!released)
        return m_output.error(released.error());
    m_output.result(released.value().toJson(), reservationText(released.value()));
    return Done;
}

int CommandLine::reservation(const QCommandLineParser &, const QStringList &arguments)
{
    const Result<qint64> id = parseReservation(arguments.at(0));
    if (!id)
        return m_output.error(id.error());
    Ledger book = ledger();
    const Result<ReservationView> found = book.reservation(id.value());
    if (!found)
        return m_output.error(found.error());
    m_output.result(found.value().toJson(), reservationText(found.value()));
    return Done;
}

int CommandLine::redeem(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.isSet(sourceOption))
        return usageError(QStringLiteral("source"), QStringLiteral("is required"), QStringLiteral("redeem MEMBER POINTS --source SRC --ref REF"));
    if (!parser.isSet(refOption))
        return usageError(QStringLiteral("ref"), QStringLiteral("is required"), QStringLiteral("redeem MEMBER POINTS --source SRC --ref REF"));
    RedeemRequest request;
    request.memberId = arguments.at(0);
    const Result<qint64> points = parsePoints(QStringLiteral("points"), arguments.at(1));
    if (!points)
        return m_output.error(points.error());
    request.points = points.value();
    request.source = parser.value(sourceOption);
    request.reference = parser.value(refOption);
    request.idempotencyKey = keyOrNew(parser);
    Ledger book = ledger();
    const Result<ReservationView> redeemed = book.redeem(request);
    if (!redeemed)
        return m_output.error(redeemed.error());
    m_output.result(redeemed.value().toJson(), reservationText(redeemed.value()));
    return Done;
}

int CommandLine::log(const QCommandLineParser &parser, const QStringList &)
{
    static const QStringList kinds{QStringLiteral("issue"), QStringLiteral("reserve"), QStringLiteral("confirm"),
                                   QStringLiteral("release"), QStringLiteral("timeout"), QStringLiteral("expire"),
                                   QStringLiteral("reversal"), QStringLiteral("fund"), QStringLiteral("wallet_credit"),
                                   QStringLiteral("checkout"), QStringLiteral("adjust")};
    LogFilter filter;
    if (parser.isSet(QStringLiteral("member")))
        filter.memberId = parser.value(QStringLiteral("member"));
    if (parser.isSet(sourceOption))
        filter.source = parser.value(sourceOption);
    if (parser.isSet(QStringLiteral("kind"))) {
        const QString kind = parser.value(QStringLiteral("kind"));
        if (!kinds.contains(kind))
            return usageError(QStringLiteral("kind"), QStringLiteral("must be one of %1, not '%2'").arg(kinds.join(QStringLiteral(", ")), kind), {});
        filter.kind = kind;
    }
    for (const auto &[optionName, target] : {std::pair{QStringLiteral("from"), &filter.fromMs}, std::pair{QStringLiteral("to"), &filter.toMs}}) {
        if (!parser.isSet(optionName))
            continue;
        const Result<qint64> at = parseTime(optionName, parser.value(optionName));
        if (!at)
            return m_output.error(at.error());
        *target = at.value();
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        const Result<qint64> limit = parseBounded(QStringLiteral("limit"), parser.value(QStringLiteral("limit")), 1, limits::maxLogLimit);
        if (!limit)
            return m_output.error(limit.error());
        filter.limit = int(limit.value());
    }
    Ledger book = ledger();
    if (filter.memberId) {
        const Result<MemberView> member = book.member(*filter.memberId);
        if (!member)
            return m_output.error(member.error());
    }
    Result<QList<EntryView>> entries = LedgerError::internal(QStringLiteral("not read"));
    try {
        entries = JournalQuery(*m_database).entries(filter);
    } catch (const SqlFailure &failure) {
        return m_output.error(ledgerErrorFor(failure));
    }
    QJsonArray list;
    QString text;
    QTextStream lines(&text);
    for (const EntryView &entry : entries.value()) {
        list.append(entry.toJson());
        lines << timeformat::toIso(entry.postedAtMs) << "  " << qSetFieldWidth(8) << Qt::left << entry.kind
              << qSetFieldWidth(0) << "  " << entry.memberId << "  " << entry.source << "  " << entry.reference << "  "
              << entry.points;
        if (entry.reservationId)
            lines << "  " << reservationToken(*entry.reservationId);
        if (!entry.reason.isEmpty())
            lines << "  (" << entry.reason << ")";
        lines << "\n";
    }
    if (list.isEmpty())
        lines << "no entries\n";
    m_output.result({{QStringLiteral("entries"), list}, {QStringLiteral("count"), list.size()}}, text);
    return Done;
}

int CommandLine::verify(const QCommandLineParser &parser, const QStringList &)
{
    Verifier verifier(*m_database);
    if (parser.isSet(QStringLiteral("anchor"))) {
        // Never the ledger itself: closing a descriptor of a file this process holds open in
        // SQLite would drop SQLite's locks on it.
        if (LedgerFile::isLedgerOrSidecar(parser.value(QStringLiteral("anchor"))))
            return usageError(QStringLiteral("anchor"), QStringLiteral("%1 is a ledger file, not an anchor").arg(parser.value(QStringLiteral("anchor"))), {});
        QFile file(parser.value(QStringLiteral("anchor")));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("anchor"), QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()), {});
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024), &parseError);
        if (!document.isObject())
            return usageError(QStringLiteral("anchor"), QStringLiteral("%1 is not an anchor (a JSON object)").arg(file.fileName()), {});
        // An anchor, or a scheduled export's manifest, which carries one under "audit".
        const QJsonObject object = document.object();
        const Result<AuditAnchor> anchor =
            AuditAnchor::fromJson(object.contains(QStringLiteral("audit")) ? object.value(QStringLiteral("audit")).toObject() : object);
        if (!anchor)
            return m_output.error(anchor.error());
        verifier.setAnchor(anchor.value());
    }
    const Result<VerificationReport> checked = verifier.run();
    if (!checked)
        return m_output.error(checked.error());
    const VerificationReport &report = checked.value();
    const QString text = report.toText();
    m_output.result(report.toJson(), text);
    return report.ok() ? Done : Failure;
}

int CommandLine::auditAnchor(const QCommandLineParser &parser, const QStringList &)
{
    const Result<AuditAnchor> anchor = AuditAnchor::of(*m_database, m_clock->nowMs());
    if (!anchor)
        return m_output.error(anchor.error());
    const QJsonObject json = anchor.value().toJson();
    if (parser.isSet(QStringLiteral("output"))) {
        const QString path = parser.value(QStringLiteral("output"));
        if (LedgerFile::isLedgerOrSidecar(path))
            return usageError(QStringLiteral("output"), QStringLiteral("%1 is a ledger file; an anchor never overwrites one").arg(path), {});
        QSaveFile file(path);
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return m_output.error(LedgerError::storage(QStringLiteral("cannot write %1: %2").arg(path, file.errorString())));
    }
    m_output.result(json, QStringLiteral("audit chain: %1 records, head %2, at %3")
                              .arg(anchor.value().records)
                              .arg(anchor.value().head, timeformat::toIso(anchor.value().atMs)));
    return Done;
}

int CommandLine::sweep(const QCommandLineParser &, const QStringList &)
{
    Ledger book = ledger();
    const Result<Ledger::SweepCounts> swept = book.sweep();
    if (!swept)
        return m_output.error(swept.error());
    m_output.result({{QStringLiteral("timed_out"), swept.value().timedOutReservations},
                     {QStringLiteral("expired_lots"), swept.value().expiredLots},
                     {QStringLiteral("expiring_announced"), swept.value().expiringAnnounced}},
                    QStringLiteral("%1 holds timed out, %2 lots expired, %3 lots announced as expiring")
                        .arg(swept.value().timedOutReservations)
                        .arg(swept.value().expiredLots)
                        .arg(swept.value().expiringAnnounced));
    return Done;
}

int CommandLine::demo(const QCommandLineParser &parser, const QStringList &)
{
    DemoGenerator::Options options;
    options.endMs = m_clock->nowMs();
    if (parser.isSet(QStringLiteral("members"))) {
        const Result<qint64> value = parseBounded(QStringLiteral("members"), parser.value(QStringLiteral("members")), 1, 1'000'000);
        if (!value)
            return m_output.error(value.error());
        options.members = int(value.value());
    }
    if (parser.isSet(QStringLiteral("days"))) {
        const Result<qint64> value = parseBounded(QStringLiteral("days"), parser.value(QStringLiteral("days")), 1, 3650);
        if (!value)
            return m_output.error(value.error());
        options.days = int(value.value());
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        const Result<qint64> value = parseBounded(QStringLiteral("seed"), parser.value(QStringLiteral("seed")), 0, 4'294'967'295LL);
        if (!value)
            return m_output.error(value.error());
        options.seed = quint32(value.value());
    }
    const Result<DemoGenerator::Outcome> outcome = DemoGenerator::run(*m_database, options);
    if (!outcome)
        return m_output.error(outcome.error());
    const DemoGenerator::Outcome &made = outcome.value();
    m_output.result(made.toJson(), QStringLiteral("demo programme: %1 members, %2 issues, %3 redemptions, %4 released, "
                                                  "%5 left to time out, %6 refused; %7 points + wallet checkouts, "
                                                  "%8 fundings, %9 wallet credits")
                                       .arg(made.membersAdded)
                                       .arg(made.issues)
                                       .arg(made.redemptions)
                                       .arg(made.releases)
                                       .arg(made.timeouts)
                                       .arg(made.refusals)
                                       .arg(made.checkouts)
                                       .arg(made.fundings)
                                       .arg(made.walletCredits));
    return Done;
}

int CommandLine::summary(const QCommandLineParser &, const QStringList &)
{
    const Result<LedgerSummary> loaded = LedgerSummary::load(*m_database);
    if (!loaded)
        return m_output.error(loaded.error());
    const LedgerSummary &summary = loaded.value();
    QJsonObject json = summary.toJson();
    json.insert(QStringLiteral("db"), m_database->location().displayName());
    const QLocale locale;
    QString text = QStringLiteral("Ledger %1\n  members       %2\n  issued        %3 points\n  outstanding   %4 points (%5 held)\n"
                                  "  redeemed      %6 points\n  expired       %7 points\n  redemptions by source:\n")
                       .arg(m_database->location().displayName(), locale.toString(summary.members),
                            locale.toString(summary.issued), locale.toString(summary.outstanding),
                            locale.toString(summary.held), locale.toString(summary.redeemed),
                            locale.toString(summary.expired));
    for (const SourceRedemptions &row : summary.bySource)
        text += QStringLiteral("    %1  %2 confirmed (%3 points), %4 released, %5 timed out\n")
                    .arg(row.source.leftJustified(12), locale.toString(row.confirmed), locale.toString(row.points),
                         locale.toString(row.released), locale.toString(row.timedOut));
    m_output.result(json, text);
    return Done;
}

int CommandLine::sourceAdd(const QCommandLineParser &parser, const QStringList &arguments)
{
    const Result<SourcePermissions> permissions = permissionsFrom(parser, std::nullopt);
    if (!permissions)
        return m_output.error(permissions.error());
    SourceRegistry registry(*m_database, *m_clock, actor());
    const Result<QString> added = registry.addSource(arguments.at(0), permissions.value());
    if (!added)
        return m_output.error(added.error());
    SourcePermissions shown = permissions.value();
    shown.source = added.value();
    m_output.result(shown.toJson(), QStringLiteral("source %1 added; it may %2").arg(added.value(), shown.canText()));
    return Done;
}

int CommandLine::sourceKey(const QCommandLineParser &, const QStringList &arguments)
{
    SourceRegistry registry(*m_database, *m_clock, actor());
    const Result<NewApiKey> made = registry.issueKey(arguments.at(0));
    if (!made)
        return m_output.error(made.error());
    m_output.result(made.value().toJson(),
                    QStringLiteral("%1\n(key id %2 for %3: store it now, it is not shown again)")
                        .arg(made.value().secretKey, made.value().key.keyId, made.value().key.source));
    return Done;
}

int CommandLine::sourceRevoke(const QCommandLineParser &, const QStringList &arguments)
{
    SourceRegistry registry(*m_database, *m_clock, actor());
    const Result<ApiKeyView> revoked = registry.revokeKey(arguments.at(0), arguments.at(1));
    if (!revoked)
        return m_output.error(revoked.error());
    m_output.result(revoked.value().toJson(), QStringLiteral("key %1 of %2 revoked").arg(revoked.value().keyId, revoked.value().source));
    return Done;
}

int CommandLine::sourceList(const QCommandLineParser &, const QStringList &)
{
    SourceRegistry registry(*m_database, *m_clock, actor());
    const Result<QList<ApiKeyView>> keys = registry.keys();
    if (!keys)
        return m_output.error(keys.error());
    QJsonArray list;
    QString text;
    for (const ApiKeyView &key : keys.value()) {
        list.append(key.toJson());
        text += QStringLiteral("%1  %2  created %3%4\n")
                    .arg(key.source, key.keyId, timeformat::toIso(key.createdAtMs),
                         key.revokedAtMs ? QStringLiteral("  revoked %1").arg(timeformat::toIso(*key.revokedAtMs)) : QString());
    }
    if (list.isEmpty())
        text = QStringLiteral("no API keys");
    const Result<QList<SourcePermissions>> sources = registry.sources();
    if (!sources)
        return m_output.error(sources.error());
    QJsonArray sourceList;
    QString sourceText;
    for (const SourcePermissions &source : sources.value()) {
        sourceList.append(source.toJson());
        sourceText += QStringLiteral("%1  may %2%3\n")
                          .arg(source.source, source.canText(),
                               source.freeAmounts ? (source.maxPoints ? QStringLiteral("  free amounts up to %1").arg(*source.maxPoints)
                                                                      : QStringLiteral("  free amounts"))
                                                  : QString());
    }
    m_output.result({{QStringLiteral("sources"), sourceList}, {QStringLiteral("keys"), list}}, sourceText + QLatin1Char('\n') + text);
    return Done;
}

int CommandLine::simulate(const QCommandLineParser &parser, const QStringList &)
{
    Simulator::Options options;
    // --url may be repeated (or comma-separated) to spread the clients over several API nodes.
    for (const QString &value : parser.values(QStringLiteral("url")))
        for (const QString &text : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QUrl url(text.trimmed(), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
                return usageError(QStringLiteral("url"), QStringLiteral("'%1' is not a service's http:// address").arg(text), {});
            options.urls.append(url);
        }
    if (options.urls.isEmpty())
        return usageError(QStringLiteral("url"), QStringLiteral("is required: the service's http:// address"), {});
    options.marketplaceKey = parser.value(QStringLiteral("marketplace-key"));
    options.loyalifeKey = parser.value(QStringLiteral("loyalife-key"));
    if (options.marketplaceKey.isEmpty() || options.loyalifeKey.isEmpty())
        return usageError(options.marketplaceKey.isEmpty() ? QStringLiteral("marketplace-key") : QStringLiteral("loyalife-key"),
                          QStringLiteral("is required"), {});
    int members = 50;
    qint64 pointsEach = 100'000;
    const struct
    {
        const char *name;
        qint64 min;
        qint64 max;
        std::function<void(qint64)> set;
    } bounded[] = {
        {"members", 1, 100'000, [&](qint64 v) { members = int(v); }},
        {"points-each", 1, limits::maxPointsPerOperation, [&](qint64 v) { pointsEach = v; }},
        {"seconds", 1, 86'400, [&](qint64 v) { options.seconds = int(v); }},
        {"concurrency", 1, 1'024, [&](qint64 v) { options.concurrency = int(v); }},
        {"seed", 0, 4'294'967'295LL, [&](qint64 v) { options.seed = quint32(v); }},
    };
    for (const auto &option : bounded) {
        const QString name = QString::fromLatin1(option.name);
        if (!parser.isSet(name))
            continue;
        const Result<qint64> value = parseBounded(name, parser.value(name), option.min, option.max);
        if (!value)
            return m_output.error(value.error());
        option.set(value.value());
    }
    if (parser.isSet(QStringLiteral("failure-rate"))) {
        bool ok = false;
        const double rate = parser.value(QStringLiteral("failure-rate")).toDouble(&ok);
        if (!ok || rate < 0 || rate > 1)
            return usageError(QStringLiteral("failure-rate"), QStringLiteral("must be a fraction from 0 to 1"), {});
        options.failurePercent = int(rate * 100 + 0.5);
    }

    // The simulated members live in the ledger the service serves; funding them is idempotent.
    Ledger book = ledger();
    for (int i = 1; i <= members; ++i) {
        const QString member = QStringLiteral("sim-%1").arg(i, 5, 10, QLatin1Char('0'));
        const Result<MemberView> added = book.addMember({member, QStringLiteral("Simulated member"), QStringLiteral("other"), {}});
        if (!added)
            return m_output.error(added.error());
        IssueRequest funding;
        funding.memberId = member;
        funding.points = pointsEach;
        funding.reason = QStringLiteral("simulation funding");
        funding.idempotencyKey = QStringLiteral("simulate-fund-") + member;
        const Result<IssueReceipt> funded = book.issue(funding);
        if (!funded && funded.error().code != errors::idempotencyConflict)
            return m_output.error(funded.error());
        options.members.append(member);
    }

    Simulator simulator(options);
    QEventLoop loop;
    QObject::connect(&simulator, &Simulator::finished, &loop, &QEventLoop::quit);
    simulator.start();
    loop.exec();

    QJsonObject report = simulator.report();
    bool ok = simulator.passed();
    Verifier verifier(*m_database);
    const Result<VerificationReport> verified = verifier.run();
    QString verifyText;
    if (!verified) {
        ok = false;
        verifyText = verified.error().message;
    } else {
        report.insert(QStringLiteral("verify"), verified.value().toJson());
        ok = ok && verified.value().ok();
        verifyText = verified.value().ok() ? QStringLiteral("verify: every check holds")
                                           : QStringLiteral("verify: %1 violations").arg(verified.value().violations.size());
    }
    report.insert(QStringLiteral("ok"), ok);
    m_output.result(report, simulator.reportText() + QLatin1Char('\n') + verifyText);
    return ok ? Done : Failure;
}

namespace {

QString rulesText(const SplitRulesVersion &row)
{
    return QStringLiteral("version %1: min_points %2, partial_points %3, wallet_remainder %4, fallback %5 (%6, %7: %8)")
        .arg(row.rules.version)
        .arg(row.rules.minPoints)
        .arg(row.rules.partialPoints ? QStringLiteral("yes") : QStringLiteral("no"),
             row.rules.walletRemainder ? QStringLiteral("yes") : QStringLiteral("no"), SplitRules::fallbackName(row.rules.fallback),
             row.author, row.createdAtMs > 0 ? timeformat::toIso(row.createdAtMs) : QStringLiteral("built in"), row.reason);
}

Result<std::optional<bool>> yesNo(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::optional<bool>();
    const QString value = parser.value(name);
    if (value == QLatin1String("yes"))
        return std::optional<bool>(true);
    if (value == QLatin1String("no"))
        return std::optional<bool>(false);
    return LedgerError::invalidArgument(name, QStringLiteral("must be yes or no, not '%1'").arg(value));
}

}  // namespace

int CommandLine::rulesShow(const QCommandLineParser &, const QStringList &)
{
    SplitRulesBook book(*m_database, *m_clock, actor());
    const Result<SplitRulesVersion> rules = book.current();
    if (!rules)
        return m_output.error(rules.error());
    m_output.result(rules.value().toJson(), rulesText(rules.value()));
    return Done;
}

int CommandLine::rulesHistory(const QCommandLineParser &, const QStringList &)
{
    SplitRulesBook book(*m_database, *m_clock, actor());
    const Result<QList<SplitRulesVersion>> history = book.history();
    if (!history)
        return m_output.error(history.error());
    QJsonArray list;
    QString text;
    for (const SplitRulesVersion &row : history.value()) {
        list.append(row.toJson());
        text += rulesText(row) + QLatin1Char('\n');
    }
    m_output.result({{QStringLiteral("versions"), list}}, text);
    return Done;
}

int CommandLine::rulesSet(const QCommandLineParser &parser, const QStringList &)
{
    SplitRulesChange change;
    if (parser.isSet(QStringLiteral("min-points"))) {
        const Result<qint64> minPoints =
            parseBounded(QStringLiteral("min-points"), parser.value(QStringLiteral("min-points")), 0, limits::maxPointsPerOperation);
        if (!minPoints)
            return m_output.error(minPoints.error());
        change.minPoints = minPoints.value();
    }
    const Result<std::optional<bool>> partial = yesNo(parser, QStringLiteral("partial-points"));
    if (!partial)
        return m_output.error(partial.error());
    change.partialPoints = partial.value();
    const Result<std::optional<bool>> remainder = yesNo(parser, QStringLiteral("wallet-remainder"));
    if (!remainder)
        return m_output.error(remainder.error());
    change.walletRemainder = remainder.value();
    if (parser.isSet(QStringLiteral("fallback"))) {
        const QString fallback = parser.value(QStringLiteral("fallback"));
        if (fallback == QLatin1String("wallet_only"))
            change.fallback = SplitRules::Fallback::WalletOnly;
        else if (fallback == QLatin1String("block"))
            change.fallback = SplitRules::Fallback::Block;
        else
            return usageError(QStringLiteral("fallback"), QStringLiteral("must be wallet_only or block, not '%1'").arg(fallback), {});
    }
    change.reason = parser.value(QStringLiteral("reason"));
    if (const auto invalid = versioned::checkReason(change.reason, QStringLiteral("the rules change")))
        return m_output.error(*invalid);
    if (const std::optional<int> filed = fileForApproval(QStringLiteral("rules"), approvalrequest::of(change),
                                                         approvalrequest::describeChange(QStringLiteral("split-payment rules"), approvalrequest::of(change)), 0, 0))
        return *filed;
    SplitRulesBook book(*m_database, *m_clock, actor());
    const Result<SplitRulesVersion> changed = book.change(change);
    if (!changed)
        return m_output.error(changed.error());
    m_output.result(changed.value().toJson(), rulesText(changed.value()));
    return Done;
}

int CommandLine::bench(const QCommandLineParser &parser, const QStringList &)
{
    Benchmark::Options options;
    const auto bounded = [&](const QString &name, qint64 low, qint64 high, auto &into) -> bool {
        if (!parser.isSet(name))
            return true;
        const Result<qint64> value = parseBounded(name, parser.value(name), low, high);
        if (!value) {
            m_output.error(value.error());
            return false;
        }
        into = std::remove_reference_t<decltype(into)>(value.value());
        return true;
    };
    if (!bounded(QStringLiteral("seconds"), 1, 3600, options.seconds) || !bounded(QStringLiteral("lots"), 1000, 100'000'000, options.reportLots)
        || !bounded(QStringLiteral("entries"), 1000, 100'000'000, options.consoleEntries)
        || !bounded(QStringLiteral("redemptions"), 1, 10'000'000, options.fixedRedemptions)
        || !bounded(QStringLiteral("rows"), 1, 100'000'000, options.importRows))
        return BadInput;
    options.postgresUrl = parser.value(QStringLiteral("pg"));

    QList<Benchmark::Row> rows;
    if (parser.isSet(QStringLiteral("scenario"))) {
        const QString scenario = parser.value(QStringLiteral("scenario"));
        if (!Benchmark::scenarios().contains(scenario) && scenario != QLatin1String("fixed"))
            return usageError(QStringLiteral("scenario"), QStringLiteral("must be one of %1").arg(Benchmark::scenarios().join(QStringLiteral(", "))), {});
        rows = Benchmark::run(scenario, options);
    } else {
        rows = benchEveryScenario(parser, options);
    }
    QJsonArray list;
    for (const Benchmark::Row &row : rows)
        list.append(row.toJson());
    m_output.result({{QStringLiteral("rows"), list}}, Benchmark::table(rows));
    return Done;
}

// Every scenario, each in a child orchardctl so that each row's peak memory is its own; the
// reports on one and on ten million lots (unless --lots names one size).
QList<Benchmark::Row> CommandLine::benchEveryScenario(const QCommandLineParser &parser, const Benchmark::Options &options)
{
    QList<QStringList> runs;
    for (const QString &scenario : Benchmark::scenarios()) {
        QStringList arguments{QStringLiteral("--json"), QStringLiteral("bench"), QStringLiteral("--scenario"), scenario,
                              QStringLiteral("--seconds"), QString::number(qint64(options.seconds))};
        if (scenario == QLatin1String("postgresql") && !options.postgresUrl.isEmpty())
            arguments << QStringLiteral("--pg") << options.postgresUrl;
        if (scenario == QLatin1String("console"))
            arguments << QStringLiteral("--entries") << QString::number(options.consoleEntries);
        if (scenario == QLatin1String("import"))
            arguments << QStringLiteral("--rows") << QString::number(options.importRows);
        if (scenario == QLatin1String("reports")) {
            const QList<qint64> sizes = parser.isSet(QStringLiteral("lots")) ? QList<qint64>{options.reportLots}
                                                                                : QList<qint64>{1'000'000, 10'000'000};
            for (const qint64 lots : sizes)
                runs.append(arguments + QStringList{QStringLiteral("--lots"), QString::number(lots)});
            continue;
        }
        runs.append(arguments);
    }
    QList<Benchmark::Row> rows;
    for (const QStringList &arguments : runs) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), arguments);
        child.waitForFinished(-1);
        const QJsonObject answer = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        const QJsonArray childRows = answer.value(QStringLiteral("rows")).toArray();
        if (child.exitCode() != 0 || childRows.isEmpty()) {
            Benchmark::Row failed;
            failed.scenario = arguments.at(3);
            failed.note = QStringLiteral("failed: exit %1").arg(child.exitCode());
            rows.append(failed);
            continue;
        }
        for (const QJsonValue &row : childRows)
            rows.append(Benchmark::Row::fromJson(row.toObject()));
    }
    return rows;
}

}  // namespace orchard::cli
