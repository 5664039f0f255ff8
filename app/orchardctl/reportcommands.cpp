// orchardctl's lifecycle and finance commands: the expiry policy, the expiry run, the reports and
// their scheduled exports.
#include "commandline.h"

#include "cliarguments.h"
#include "reports/exportschedule.h"
#include "settings/expirypolicy.h"
#include "settings/versionedchange.h"
#include "approvals/approvaldesk.h"
#include "ledger/ledger.h"
#include "store/ledgerfile.h"
#include "store/sqlerror.h"
#include "reports/reportformat.h"
#include "evidencepack.h"
#include "reportpdf.h"
#include "reports/memberstatement.h"
#include "reports/lotexport.h"
#include "base/timeformat.h"

#include <QFile>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <cstdio>

namespace orchard::cli {

namespace {

QString policyText(const ExpiryPolicy &policy)
{
    return QStringLiteral("version %1: points expire %2, grace %3 days, refunds into lapsed lots %4 days, ageing buckets %5, "
                          "expected breakage %6 (%7, %8: %9)")
        .arg(policy.version)
        .arg(policy.windowText())
        .arg(policy.graceDays)
        .arg(policy.refundGraceDays)
        .arg(policy.buckets.toString(),
             policy.breakage.isEmpty() ? QStringLiteral("not configured (estimated from history where it can be)") : policy.breakage,
             policy.author, policy.createdAtMs > 0 ? timeformat::toIso(policy.createdAtMs) : QStringLiteral("built in"), policy.reason);
}

const QCommandLineOption reasonOption(QStringLiteral("reason"), QStringLiteral("Why."), QStringLiteral("TEXT"));
const QCommandLineOption bucketsOption(QStringLiteral("buckets"), QStringLiteral("Ageing buckets, e.g. 0-90,91-180,181+."),
                                       QStringLiteral("B"));
const QCommandLineOption breakageOption(QStringLiteral("breakage"),
                                        QStringLiteral("default (the policy's expected breakage, else estimated from history where "
                                                       "it can be, else none), auto (estimated from history) or one rate per bucket, "
                                                       "e.g. 0.05,0.20,0.45."),
                                        QStringLiteral("RATES"));
const QCommandLineOption expectedBreakageOption(QStringLiteral("breakage"),
                                                QStringLiteral("Finance's expected breakage per bucket, e.g. 0.05,0.20,auto (auto: "
                                                               "estimated from history); \"\" clears it."),
                                                QStringLiteral("RATES"));
const QCommandLineOption byOption(QStringLiteral("by"), QStringLiteral("Cohorts by hris, department or issue-month; the liability also by department or hris (cost centre)."),
                                  QStringLiteral("BY"));
const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("table, csv, json or pdf."), QStringLiteral("FORMAT"));

}  // namespace

QList<CommandLine::Command> CommandLine::reportCommands()
{
    using O = QCommandLineOption;
    return {
        {QStringLiteral("policy show"), QStringLiteral("policy show   (expiry window, grace, ageing buckets)"), {}, 0, 0, false,
         &CommandLine::policyShow},
        {QStringLiteral("policy history"), QStringLiteral("policy history"), {}, 0, 0, false, &CommandLine::policyHistory},
        {QStringLiteral("policy set"),
         QStringLiteral("policy set [--expiry-days N | --expiry-months N | --expiry-quarters N | --no-expiry] [--grace-days G] "
                        "[--refund-grace-days G] [--buckets 0-90,91-180,181+] [--breakage R1,R2,...] --reason TEXT"),
         {O(QStringLiteral("expiry-days"), QStringLiteral("Lots expire N days after issue."), QStringLiteral("N")),
          O(QStringLiteral("expiry-months"), QStringLiteral("Lots expire at the end of the Nth month after issue."), QStringLiteral("N")),
          O(QStringLiteral("expiry-quarters"), QStringLiteral("Lots expire at the end of the Nth quarter after issue."), QStringLiteral("N")),
          O(QStringLiteral("no-expiry"), QStringLiteral("Lots never expire.")),
          O(QStringLiteral("grace-days"), QStringLiteral("Days after expiry during which points stay redeemable."), QStringLiteral("G")),
          O(QStringLiteral("refund-grace-days"),
            QStringLiteral("Days a refund's points stay redeemable when their lot has lapsed (default 30; 0: they expire at once)."),
            QStringLiteral("G")),
          bucketsOption, expectedBreakageOption, reasonOption},
         0, 0, true, &CommandLine::policySet},
        {QStringLiteral("expire"), QStringLiteral("expire   (writes the expiry of every lot past its expiry and grace, as of --now)"), {}, 0,
         0, true, &CommandLine::expire},
        {QStringLiteral("report"),
         QStringLiteral("report point-state|ageing|liability|roll-forward|reconciliation|cohorts|expiring|lots|gl-journal|what-if [--as-of ISO] "
                        "[--from ISO --to ISO] [--format table|csv|json|pdf] [-o FILE] [--breakage auto|R1,R2,...] [--buckets B] "
                        "[--by hris|department|issue-month] [--within DAYS] [--mapping FILE] "
                        "[what-if: --expiry-days N | --expiry-months N | --expiry-quarters N | --no-expiry] [--grace-days G]"),
         {O(QStringLiteral("as-of"), QStringLiteral("The instant the report is as of (default: now)."), QStringLiteral("ISO")),
          O(QStringLiteral("from"), QStringLiteral("Start of the period (inclusive)."), QStringLiteral("ISO")),
          O(QStringLiteral("to"), QStringLiteral("End of the period (exclusive)."), QStringLiteral("ISO")), formatOption,
          O(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to FILE."), QStringLiteral("FILE")),
          breakageOption, bucketsOption, byOption,
          O(QStringLiteral("within"), QStringLiteral("Days ahead for the expiring report (default 30)."), QStringLiteral("DAYS")),
          O(QStringLiteral("mapping"), QStringLiteral("gl-journal: a JSON file mapping Orchard's accounts to GL account codes and cost centres."),
            QStringLiteral("FILE")),
          O(QStringLiteral("expiry-days"), QStringLiteral("what-if: lots would expire N days after issue."), QStringLiteral("N")),
          O(QStringLiteral("expiry-months"), QStringLiteral("what-if: lots would expire at the end of the Nth month after issue."), QStringLiteral("N")),
          O(QStringLiteral("expiry-quarters"), QStringLiteral("what-if: lots would expire at the end of the Nth quarter after issue."), QStringLiteral("N")),
          O(QStringLiteral("no-expiry"), QStringLiteral("what-if: lots would never expire.")),
          O(QStringLiteral("grace-days"), QStringLiteral("what-if: days after expiry the points would stay redeemable (default: today's)."),
            QStringLiteral("G"))},
         1, 1, false, &CommandLine::report, QStringLiteral("orchard_finance or orchard_hr")},
        {QStringLiteral("evidence"),
         QStringLiteral("evidence --quarter 2026Q1 -o FILE.zip [--breakage auto|R1,R2,...] [--buckets B] [--mapping FILE]   "
                        "(the auditor's pack: the quarter-end reports as CSV and PDF, the GL journal, the audit anchor, the verify "
                        "transcript and a manifest of SHA-256 digests)"),
         {O(QStringLiteral("quarter"), QStringLiteral("The quarter, e.g. 2026Q1."), QStringLiteral("QUARTER")),
          O(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write the pack to FILE.zip."), QStringLiteral("FILE")),
          breakageOption, bucketsOption,
          O(QStringLiteral("mapping"), QStringLiteral("The GL journal's mapping file (JSON)."), QStringLiteral("FILE"))},
         0, 0, false, &CommandLine::evidence, QStringLiteral("orchard_finance")},
        {QStringLiteral("evidence check"),
         QStringLiteral("evidence check FILE.zip [--db LEDGER]   (every file against the manifest, offline; with --db also that "
                        "the anchor lies on the ledger's audit chain)"),
         {}, 1, 1, false, &CommandLine::evidenceCheck, QStringLiteral("orchard_finance")},
        {QStringLiteral("statement"),
         QStringLiteral("statement MEMBER --from ISO --to ISO [--format table|csv|json|pdf] [-o FILE]   "
                        "(opening and closing balance, every earning, redemption, refund, adjustment and expiry)"),
         {O(QStringLiteral("from"), QStringLiteral("Start of the period (inclusive)."), QStringLiteral("ISO")),
          O(QStringLiteral("to"), QStringLiteral("End of the period (exclusive)."), QStringLiteral("ISO")), formatOption,
          O(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to FILE."), QStringLiteral("FILE"))},
         1, 1, false, &CommandLine::statement, QStringLiteral("orchard_finance or orchard_hr")},
        {QStringLiteral("schedule add"),
         QStringLiteral("schedule add NAME --report REPORT --every day|week|month|quarter [--format csv|json|pdf] --to DIR "
                        "[--breakage ...] [--buckets ...] [--by ...]"),
         {O(QStringLiteral("report"), QStringLiteral("The report to export."), QStringLiteral("REPORT")),
          O(QStringLiteral("every"), QStringLiteral("day, week, month or quarter."), QStringLiteral("PERIOD")), formatOption,
          O(QStringLiteral("to"), QStringLiteral("The folder the files go to."), QStringLiteral("DIR")), breakageOption, bucketsOption,
          byOption},
         1, 1, true, &CommandLine::scheduleAdd},
        {QStringLiteral("schedule list"), QStringLiteral("schedule list"), {}, 0, 0, false, &CommandLine::scheduleList},
        {QStringLiteral("schedule remove"), QStringLiteral("schedule remove NAME"), {}, 1, 1, true, &CommandLine::scheduleRemove},
        {QStringLiteral("schedule run"), QStringLiteral("schedule run   (produces every export that is due; for cron)"), {}, 0, 0, true,
         &CommandLine::scheduleRun},
    };
}

int CommandLine::policyShow(const QCommandLineParser &, const QStringList &)
{
    const Result<ExpiryPolicy> policy = ExpiryPolicyBook(*m_database, *m_clock, actor()).current();
    if (!policy)
        return m_output.error(policy.error());
    m_output.result(policy.value().toJson(), policyText(policy.value()));
    return Done;
}

int CommandLine::policyHistory(const QCommandLineParser &, const QStringList &)
{
    const Result<QList<ExpiryPolicy>> history = ExpiryPolicyBook(*m_database, *m_clock, actor()).history();
    if (!history)
        return m_output.error(history.error());
    QJsonArray list;
    QString text;
    for (const ExpiryPolicy &policy : history.value()) {
        list.append(policy.toJson());
        text += policyText(policy) + QLatin1Char('\n');
    }
    m_output.result({{QStringLiteral("versions"), list}}, text);
    return Done;
}

int CommandLine::policySet(const QCommandLineParser &parser, const QStringList &)
{
    ExpiryPolicyChange change;
    int windows = 0;
    for (const auto &[name, window] : {std::pair{QStringLiteral("expiry-days"), ExpiryPolicy::Window::Days},
                                       std::pair{QStringLiteral("expiry-months"), ExpiryPolicy::Window::Months},
                                       std::pair{QStringLiteral("expiry-quarters"), ExpiryPolicy::Window::Quarters}}) {
        if (!parser.isSet(name))
            continue;
        ++windows;
        const Result<qint64> count = parseBounded(name, parser.value(name), 1, limits::maxExpiryDays);
        if (!count)
            return m_output.error(count.error());
        change.window = window;
        change.windowCount = int(count.value());
    }
    if (parser.isSet(QStringLiteral("no-expiry"))) {
        ++windows;
        change.window = ExpiryPolicy::Window::None;
    }
    if (windows > 1)
        return usageError(QStringLiteral("expiry"), QStringLiteral("give one of --expiry-days, --expiry-months, --expiry-quarters, --no-expiry"), {});
    if (parser.isSet(QStringLiteral("grace-days"))) {
        const Result<qint64> grace = parseBounded(QStringLiteral("grace-days"), parser.value(QStringLiteral("grace-days")), 0, 3650);
        if (!grace)
            return m_output.error(grace.error());
        change.graceDays = int(grace.value());
    }
    if (parser.isSet(QStringLiteral("refund-grace-days"))) {
        const Result<qint64> grace =
            parseBounded(QStringLiteral("refund-grace-days"), parser.value(QStringLiteral("refund-grace-days")), 0, 3650);
        if (!grace)
            return m_output.error(grace.error());
        change.refundGraceDays = int(grace.value());
    }
    if (parser.isSet(bucketsOption)) {
        const Result<AgeingBuckets> buckets = AgeingBuckets::parse(parser.value(bucketsOption));
        if (!buckets)
            return m_output.error(buckets.error());
        change.buckets = buckets.value();
    }
    if (parser.isSet(expectedBreakageOption))
        change.breakage = parser.value(expectedBreakageOption);
    change.reason = parser.value(reasonOption);
    if (const auto invalid = versioned::checkReason(change.reason, QStringLiteral("the expiry policy changes")))
        return m_output.error(*invalid);
    if (const std::optional<int> filed = fileForApproval(QStringLiteral("policy"), approvalrequest::of(change),
                                                         approvalrequest::describeChange(QStringLiteral("expiry policy"), approvalrequest::of(change)), 0, 0))
        return *filed;
    const Result<ExpiryPolicy> changed = ExpiryPolicyBook(*m_database, *m_clock, actor()).change(change);
    if (!changed)
        return m_output.error(changed.error());
    m_output.result(changed.value().toJson(), policyText(changed.value()));
    return Done;
}

int CommandLine::expire(const QCommandLineParser &, const QStringList &)
{
    const Result<Ledger::ExpiryCounts> expired = ledger().expire();
    if (!expired)
        return m_output.error(expired.error());
    const Ledger::ExpiryCounts &counts = expired.value();
    m_output.result({{QStringLiteral("members"), counts.members},
                     {QStringLiteral("lots"), counts.lots},
                     {QStringLiteral("points"), counts.points},
                     {QStringLiteral("as_of"), timeformat::toIso(m_clock->nowMs())}},
                    QStringLiteral("expired %1 points in %2 lots of %3 members as of %4")
                        .arg(counts.points)
                        .arg(counts.lots)
                        .arg(counts.members)
                        .arg(timeformat::toIso(m_clock->nowMs())));
    return Done;
}

// --buckets and --breakage (rates for the buckets given, else the policy's).
std::optional<LedgerError> CommandLine::readBucketsAndBreakage(const QCommandLineParser &parser, ReportRequest &request)
{
    if (parser.isSet(bucketsOption)) {
        const Result<AgeingBuckets> buckets = AgeingBuckets::parse(parser.value(bucketsOption));
        if (!buckets)
            return buckets.error();
        request.buckets = buckets.value();
    }
    if (parser.isSet(breakageOption)) {
        int bucketCount = request.buckets ? request.buckets->count() : 0;
        if (!request.buckets) {
            const Result<ExpiryPolicy> policy = ExpiryPolicyBook(*m_database, *m_clock, actor()).current();
            if (!policy)
                return policy.error();
            bucketCount = policy.value().buckets.count();
        }
        const Result<BreakageSpec> spec = BreakageSpec::parse(parser.value(breakageOption), bucketCount);
        if (!spec)
            return spec.error();
        request.breakage = spec.value();
    }
    return std::nullopt;
}

// what-if's --expiry-days|--expiry-months|--expiry-quarters|--no-expiry and --grace-days (the grace
// in force when not given); refused for every other report.
std::optional<LedgerError> CommandLine::readProposedExpiry(const QCommandLineParser &parser, ReportRequest &request)
{
    const QStringList windowOptions{QStringLiteral("expiry-days"), QStringLiteral("expiry-months"), QStringLiteral("expiry-quarters"),
                                    QStringLiteral("no-expiry")};
    QStringList given;
    for (const QString &option : windowOptions + QStringList{QStringLiteral("grace-days")})
        if (parser.isSet(option))
            given << option;
    if (request.name != QLatin1String("what-if")) {
        if (!given.isEmpty())
            return LedgerError::invalidArgument(given.first(), QStringLiteral("is for the what-if report only"));
        return std::nullopt;
    }
    if (given.isEmpty() || given == QStringList{QStringLiteral("grace-days")})
        return LedgerError::invalidArgument(QStringLiteral("expiry"), QStringLiteral("a what-if needs the proposed window: --expiry-days N, "
                                                                                     "--expiry-months N, --expiry-quarters N or --no-expiry"));
    if (given.size() - (given.contains(QStringLiteral("grace-days")) ? 1 : 0) > 1)
        return LedgerError::invalidArgument(QStringLiteral("expiry"),
                                            QStringLiteral("give one of --expiry-days, --expiry-months, --expiry-quarters, --no-expiry"));
    ExpiryProposal proposal{ExpiryPolicy::Window::None, 0, std::nullopt};
    for (const auto &[name, window] : {std::pair{QStringLiteral("expiry-days"), ExpiryPolicy::Window::Days},
                                       std::pair{QStringLiteral("expiry-months"), ExpiryPolicy::Window::Months},
                                       std::pair{QStringLiteral("expiry-quarters"), ExpiryPolicy::Window::Quarters}}) {
        if (!parser.isSet(name))
            continue;
        const Result<qint64> count = parseBounded(name, parser.value(name), 1, limits::maxExpiryDays);
        if (!count)
            return count.error();
        proposal.window = window;
        proposal.windowCount = int(count.value());
    }
    if (parser.isSet(QStringLiteral("grace-days"))) {
        const Result<qint64> grace = parseBounded(QStringLiteral("grace-days"), parser.value(QStringLiteral("grace-days")), 0, 3650);
        if (!grace)
            return grace.error();
        proposal.graceDays = int(grace.value());
    }
    request.proposedExpiry = proposal;
    return std::nullopt;
}

// --mapping FILE: the GL journal's mapping onto the chart of accounts.
std::optional<LedgerError> CommandLine::readMapping(const QCommandLineParser &parser, ReportRequest &request)
{
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile file(parser.value(QStringLiteral("mapping")));
        if (!file.open(QIODevice::ReadOnly))
            return LedgerError::invalidArgument(QStringLiteral("mapping"),
                                                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const Result<GlMapping> mapping = GlMapping::parse(file.read(1 << 20));
        if (!mapping)
            return mapping.error();
        request.glMapping = mapping.value();
        request.glMappingSource = QFileInfo(file).fileName();
    }
    return std::nullopt;
}

Result<ReportRequest> CommandLine::reportRequest(const QCommandLineParser &parser, const QString &name)
{
    ReportRequest request;
    request.name = name;
    if (!ReportRequest::names().contains(name))
        return LedgerError::invalidArgument(QStringLiteral("report"), QStringLiteral("there is no report '%1'; reports: %2")
                                                                          .arg(name, ReportRequest::names().join(QStringLiteral(", "))));
    // Without --as-of a report covers everything up to and including this instant.
    request.asOfMs = m_clock->nowMs() + (name == QLatin1String("expiring") ? 0 : 1);
    for (const auto &[option, target] : {std::pair{QStringLiteral("as-of"), &request.asOfMs}}) {
        if (!parser.isSet(option))
            continue;
        const Result<qint64> at = parseTime(option, parser.value(option));
        if (!at)
            return at.error();
        *target = at.value();
    }
    for (const auto &[option, target] : {std::pair{QStringLiteral("from"), &request.fromMs}, std::pair{QStringLiteral("to"), &request.toMs}}) {
        if (!parser.isSet(option))
            continue;
        const Result<qint64> at = parseTime(option, parser.value(option));
        if (!at)
            return at.error();
        *target = at.value();
    }
    if (const std::optional<LedgerError> refused = readBucketsAndBreakage(parser, request))
        return *refused;
    if (parser.isSet(byOption)) {
        const QString by = parser.value(byOption);
        if (by == QLatin1String("hris"))
            request.cohortBy = CohortBy::Hris;
        else if (by == QLatin1String("department"))
            request.cohortBy = CohortBy::Department;
        else if (by == QLatin1String("issue-month"))
            request.cohortBy = CohortBy::IssueMonth;
        else
            return LedgerError::invalidArgument(QStringLiteral("by"), QStringLiteral("must be hris, department or issue-month, not '%1'").arg(by));
        if (name == QLatin1String("liability")) {
            if (request.cohortBy == CohortBy::IssueMonth)
                return LedgerError::invalidArgument(
                    QStringLiteral("by"), QStringLiteral("the liability is shared by department or hris; its age is already its buckets"));
            request.liabilityBy = request.cohortBy == CohortBy::Hris ? LiabilityGroup::Hris : LiabilityGroup::Department;
        }
    }
    if (parser.isSet(QStringLiteral("mapping")) && name != QLatin1String("gl-journal"))
        return LedgerError::invalidArgument(QStringLiteral("mapping"), QStringLiteral("is for the gl-journal report only"));
    if (const std::optional<LedgerError> refused = readMapping(parser, request))
        return *refused;
    if (const std::optional<LedgerError> refused = readProposedExpiry(parser, request))
        return *refused;
    if (parser.isSet(QStringLiteral("within"))) {
        const Result<qint64> within = parseBounded(QStringLiteral("within"), parser.value(QStringLiteral("within")), 1, 3650);
        if (!within)
            return within.error();
        request.withinDays = int(within.value());
    }
    return request;
}

int CommandLine::report(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.at(0) == QLatin1String("lots"))
        return reportLots(parser);
    const Result<ReportRequest> request = reportRequest(parser, arguments.at(0));
    if (!request)
        return m_output.error(request.error());
    return writeReport(parser, [&] { return ReportEngine(*m_database).run(request.value()); });
}

int CommandLine::statement(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return usageError(parser.isSet(QStringLiteral("from")) ? QStringLiteral("to") : QStringLiteral("from"), QStringLiteral("is required"),
                          QStringLiteral("statement MEMBER --from ISO --to ISO"));
    const Result<qint64> from = parseTime(QStringLiteral("from"), parser.value(QStringLiteral("from")));
    if (!from)
        return m_output.error(from.error());
    const Result<qint64> to = parseTime(QStringLiteral("to"), parser.value(QStringLiteral("to")));
    if (!to)
        return m_output.error(to.error());
    return writeReport(parser, [&] { return MemberStatementQuery(*m_database).run(arguments.at(0), from.value(), to.value()); });
}

// Every lot with its state, age and expiry, streamed as it is read: CSV (the default) or JSON,
// never a table or a PDF of millions of rows. -o writes the file whole or not at all.
int CommandLine::reportLots(const QCommandLineParser &parser)
{
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : m_output.json() ? QStringLiteral("json") : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(QStringLiteral("format"), QStringLiteral("the lots export is csv or json, not '%1'").arg(format), {});
    for (const char *unused : {"from", "to", "breakage", "by", "within"})
        if (parser.isSet(QString::fromLatin1(unused)))
            return usageError(QString::fromLatin1(unused), QStringLiteral("does not apply to the lots export (it takes --as-of and --buckets)"), {});
    qint64 asOfMs = m_clock->nowMs() + 1;
    if (parser.isSet(QStringLiteral("as-of"))) {
        const Result<qint64> at = parseTime(QStringLiteral("as-of"), parser.value(QStringLiteral("as-of")));
        if (!at)
            return m_output.error(at.error());
        asOfMs = at.value();
    }
    std::optional<AgeingBuckets> buckets;
    if (parser.isSet(bucketsOption)) {
        const Result<AgeingBuckets> parsed = AgeingBuckets::parse(parser.value(bucketsOption));
        if (!parsed)
            return m_output.error(parsed.error());
        buckets = parsed.value();
    }
    const QString outputFile = parser.value(QStringLiteral("output"));
    if (!outputFile.isEmpty() && LedgerFile::isLedgerOrSidecar(outputFile))
        return usageError(QStringLiteral("output"), QStringLiteral("%1 is a ledger file; a report never overwrites one").arg(outputFile), {});
    const bool json = format == QLatin1String("json");
    try {
        const AgeingBuckets used = buckets ? *buckets : ExpiryPolicyBook::inForceAt(*m_database, asOfMs).buckets;
        if (outputFile.isEmpty()) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                return m_output.error(LedgerError::internal(QStringLiteral("cannot write to standard output")));
            LotExport(*m_database).write(out, asOfMs, used, json);
            return Done;
        }
        QSaveFile file(outputFile);
        if (!file.open(QIODevice::WriteOnly))
            return m_output.error(LedgerError::invalidArgument(QStringLiteral("output"), QStringLiteral("cannot write %1: %2").arg(outputFile, file.errorString())));
        const qint64 rows = LotExport(*m_database).write(file, asOfMs, used, json);
        if (!file.commit())
            return m_output.error(LedgerError::invalidArgument(QStringLiteral("output"), QStringLiteral("cannot write %1: %2").arg(outputFile, file.errorString())));
        m_output.result({{QStringLiteral("file"), outputFile}, {QStringLiteral("format"), format}, {QStringLiteral("rows"), rows},
                         {QStringLiteral("as_of"), timeformat::toIso(asOfMs)}},
                        QStringLiteral("wrote %1 (%2, %3 lots as of %4)").arg(outputFile, format).arg(rows).arg(timeformat::toIso(asOfMs)));
        return Done;
    } catch (const SqlFailure &failure) {
        return m_output.error(ledgerErrorFor(failure));
    }
}

// --format and -o for a report or a statement: checked before `make` reads anything.
int CommandLine::writeReport(const QCommandLineParser &parser, const std::function<Result<Report>()> &make)
{
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : m_output.json() ? QStringLiteral("json") : QStringLiteral("table");
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}.contains(format))
        return usageError(QStringLiteral("format"), QStringLiteral("must be table, csv, json or pdf, not '%1'").arg(format), {});
    const QString outputFile = parser.value(QStringLiteral("output"));
    if (format == QLatin1String("pdf") && outputFile.isEmpty())
        return usageError(QStringLiteral("output"), QStringLiteral("a PDF needs a file: -o report.pdf"), {});
    if (!outputFile.isEmpty() && LedgerFile::isLedgerOrSidecar(outputFile))
        return usageError(QStringLiteral("output"), QStringLiteral("%1 is a ledger file; a report never overwrites one").arg(outputFile), {});
    Result<Report> made = LedgerError::internal(QStringLiteral("no report was made"));
    try {
        made = make();
    } catch (const SqlFailure &failure) {
        return m_output.error(ledgerErrorFor(failure));
    }
    if (!made)
        return m_output.error(made.error());
    const Report &report = made.value();

    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = reportformat::csv(report);
    } else if (format == QLatin1String("json")) {
        bytes = reportformat::json(report);
    } else if (format == QLatin1String("pdf")) {
        const Result<QByteArray> drawn = reportpdf::render(report);
        if (!drawn)
            return m_output.error(drawn.error());
        bytes = drawn.value();
    } else {
        bytes = reportformat::table(report).toUtf8() + '\n';
    }
    if (outputFile.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return Done;
    }
    QSaveFile file(outputFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return m_output.error(LedgerError::invalidArgument(QStringLiteral("output"),
                                                           QStringLiteral("cannot write %1: %2").arg(outputFile, file.errorString())));
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    m_output.result({{QStringLiteral("file"), outputFile},
                     {QStringLiteral("format"), format},
                     {QStringLiteral("rows"), report.table.rows.size()},
                     {QStringLiteral("bytes"), bytes.size()},
                     {QStringLiteral("sha256"), digest}},
                    QStringLiteral("wrote %1 (%2, %3 rows, sha256 %4)").arg(outputFile, format).arg(report.table.rows.size()).arg(digest));
    return Done;
}

ExportScheduler CommandLine::scheduler()
{
    return ExportScheduler(*m_database, *m_clock, actor(), [](const Report &report) { return reportpdf::render(report); });
}

int CommandLine::scheduleAdd(const QCommandLineParser &parser, const QStringList &arguments)
{
    for (const char *required : {"report", "every", "to"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return usageError(QString::fromLatin1(required), QStringLiteral("is required"),
                              QStringLiteral("schedule add NAME --report REPORT --every PERIOD --to DIR"));
    ExportSchedule schedule;
    schedule.name = arguments.at(0);
    schedule.report = parser.value(QStringLiteral("report"));
    schedule.every = parser.value(QStringLiteral("every"));
    schedule.format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("csv");
    schedule.directory = QFileInfo(parser.value(QStringLiteral("to"))).absoluteFilePath();
    for (const QCommandLineOption &option : {bucketsOption, breakageOption, byOption})
        if (parser.isSet(option))
            schedule.parameters.insert(option.names().first(), parser.value(option));
    if (parser.isSet(bucketsOption))
        if (const Result<AgeingBuckets> buckets = AgeingBuckets::parse(parser.value(bucketsOption)); !buckets)
            return m_output.error(buckets.error());
    const Result<ExportSchedule> added = scheduler().add(schedule);
    if (!added)
        return m_output.error(added.error());
    m_output.result(added.value().toJson(), QStringLiteral("schedule %1: %2 every %3 as %4 into %5; first run as of %6")
                                                .arg(added.value().name, added.value().report, added.value().every,
                                                     added.value().format, added.value().directory,
                                                     timeformat::toIso(added.value().nextDueMs)));
    return Done;
}

int CommandLine::scheduleList(const QCommandLineParser &, const QStringList &)
{
    const Result<QList<ExportSchedule>> schedules = scheduler().list();
    if (!schedules)
        return m_output.error(schedules.error());
    QJsonArray list;
    QString text;
    for (const ExportSchedule &schedule : schedules.value()) {
        list.append(schedule.toJson());
        text += QStringLiteral("%1  %2 every %3 (%4) into %5  next %6  last %7\n")
                    .arg(schedule.name, schedule.report, schedule.every, schedule.format, schedule.directory,
                         timeformat::toIso(schedule.nextDueMs),
                         schedule.lastRunMs ? timeformat::toIso(*schedule.lastRunMs) : QStringLiteral("never"));
    }
    m_output.result({{QStringLiteral("schedules"), list}}, text.isEmpty() ? QStringLiteral("no schedules") : text);
    return Done;
}

int CommandLine::scheduleRemove(const QCommandLineParser &, const QStringList &arguments)
{
    const Result<ExportSchedule> removed = scheduler().remove(arguments.at(0));
    if (!removed)
        return m_output.error(removed.error());
    m_output.result(removed.value().toJson(), QStringLiteral("schedule %1 removed").arg(removed.value().name));
    return Done;
}

int CommandLine::scheduleRun(const QCommandLineParser &, const QStringList &)
{
    const Result<QList<ExportRun>> runs = scheduler().runDue();
    if (!runs)
        return m_output.error(runs.error());
    QJsonArray list;
    QString text;
    for (const ExportRun &run : runs.value()) {
        list.append(run.toJson());
        text += QStringLiteral("%1: %2 (%3 rows, as of %4)\n").arg(run.schedule, run.file).arg(run.rows).arg(timeformat::toIso(run.asOfMs));
    }
    m_output.result({{QStringLiteral("exports"), list}, {QStringLiteral("count"), list.size()}},
                    text.isEmpty() ? QStringLiteral("nothing is due") : text);
    return Done;
}

int CommandLine::evidence(const QCommandLineParser &parser, const QStringList &)
{
    if (!parser.isSet(QStringLiteral("quarter")))
        return usageError(QStringLiteral("quarter"), QStringLiteral("is required"), QStringLiteral("evidence --quarter 2026Q1 -o FILE.zip"));
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(QStringLiteral("output"), QStringLiteral("is required"), QStringLiteral("evidence --quarter 2026Q1 -o FILE.zip"));
    const QString path = parser.value(QStringLiteral("output"));
    if (LedgerFile::isLedgerOrSidecar(path))
        return usageError(QStringLiteral("output"), QStringLiteral("%1 is a ledger file; a pack never overwrites one").arg(path), {});
    const Result<Quarter> quarter = Quarter::parse(parser.value(QStringLiteral("quarter")));
    if (!quarter)
        return m_output.error(quarter.error());
    ReportRequest shape;
    if (const std::optional<LedgerError> refused = readBucketsAndBreakage(parser, shape))
        return m_output.error(*refused);
    if (const std::optional<LedgerError> refused = readMapping(parser, shape))
        return m_output.error(*refused);
    const EvidenceRequest request{quarter.value(), shape.buckets, shape.breakage, shape.glMapping, shape.glMappingSource};
    const Result<QJsonObject> manifest = EvidencePack::write(*m_database, *m_clock, request, path);
    if (!manifest)
        return m_output.error(manifest.error());
    const QJsonObject anchor = manifest.value().value(QStringLiteral("anchor")).toObject();
    m_output.result(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("manifest"), manifest.value()}},
                    QStringLiteral("wrote %1: %2 files of %3 and their manifest; audit anchor: record %4, head %5")
                        .arg(path)
                        .arg(manifest.value().value(QStringLiteral("files")).toArray().size())
                        .arg(quarter.value().name())
                        .arg(anchor.value(QStringLiteral("records")).toInteger())
                        .arg(anchor.value(QStringLiteral("head")).toString()));
    return Done;
}

int CommandLine::evidenceCheck(const QCommandLineParser &, const QStringList &arguments)
{
    const Result<EvidenceCheck> checked = EvidencePack::check(arguments.at(0), m_database.get());
    if (!checked)
        return m_output.error(checked.error());
    m_output.result(checked.value().toJson(), checked.value().toText());
    return checked.value().ok() ? Done : Failure;
}

}  // namespace orchard::cli
