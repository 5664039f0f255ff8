// orchardctl's earning side: what a source may do (earn, redeem, free amounts) and the earning
// rules, versioned per event type like the split-payment rules.
#include "commandline.h"

#include "base/timeformat.h"
#include "cliarguments.h"
#include "approvals/approvaldesk.h"
#include "earning/earningfile.h"
#include "earning/earnrulebook.h"
#include "ledger/sourceregistry.h"
#include "base/ledgerlimits.h"
#include "base/validation.h"
#include "ledger/ledger.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace orchard::cli {

namespace {

QString ruleText(const EarnRule &rule)
{
    if (rule.retired)
        return QStringLiteral("%1  v%2  retired %3: %4").arg(rule.eventType).arg(rule.version).arg(timeformat::toIso(rule.inForceFromMs), rule.reason);
    return QStringLiteral("%1  v%2  %3 points, %4, %5, %6 (%7: %8)")
        .arg(rule.eventType)
        .arg(rule.version)
        .arg(rule.points)
        .arg(rule.expiryDays ? QStringLiteral("expiring after %1 days").arg(*rule.expiryDays) : QStringLiteral("expiring by the policy"),
             rule.maxPerMemberPerYear ? QStringLiteral("at most %1 a member a year").arg(*rule.maxPerMemberPerYear)
                                      : QStringLiteral("no yearly cap"),
             rule.inForceFromMs > 0 ? QStringLiteral("in force from %1").arg(timeformat::toIso(rule.inForceFromMs))
                                    : QStringLiteral("in force for every event"),
             rule.author, rule.reason);
}

// The rules as JSON under `key`, and one line each.
std::pair<QJsonObject, QString> rulesOutput(const QList<EarnRule> &rules, const QString &key)
{
    QJsonArray list;
    QStringList lines;
    for (const EarnRule &rule : rules) {
        list.append(rule.toJson());
        lines << ruleText(rule);
    }
    return {{{key, list}}, lines.isEmpty() ? QStringLiteral("no earning rules") : lines.join(QLatin1Char('\n'))};
}

// Rows, rows/s and the time left, on one line of a terminal's stderr, rewritten as it goes.
class ImportProgress
{
public:
    explicit ImportProgress(qint64 fileBytes) : m_fileBytes(fileBytes), m_shown(isatty(STDERR_FILENO) != 0) { m_elapsed.start(); }

    void show(const EarningImportTotals &totals)
    {
        if (!m_shown || m_elapsed.elapsed() < 200)
            return;
        const double seconds = double(m_elapsed.elapsed()) / 1000.0;
        const double fraction = m_fileBytes > 0 ? double(totals.bytesRead) / double(m_fileBytes) : 0.0;
        const qint64 etaSeconds = fraction > 0.0 ? qint64(seconds / fraction - seconds) : 0;
        const QLocale locale = QLocale::c();
        const QByteArray line = QStringLiteral("\r%1 rows, %2 rows/s, about %3:%4 left   ")
                                    .arg(locale.toString(totals.rows), locale.toString(qint64(double(totals.rows) / seconds)),
                                         QString::number(etaSeconds / 60), QString::number(etaSeconds % 60).rightJustified(2, QLatin1Char('0')))
                                    .toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        m_dirty = true;
    }
    ~ImportProgress()
    {
        if (m_dirty)
            std::fputc('\n', stderr);
    }

private:
    QElapsedTimer m_elapsed;
    qint64 m_fileBytes;
    bool m_shown;
    bool m_dirty = false;
};

QString importText(const EarningImportTotals &totals, const QString &file, bool dryRun)
{
    const QLocale locale = QLocale::c();
    if (dryRun)
        return QStringLiteral("dry run of %1: %2 rows; %3 would be imported (%4 points), %5 already in, %6 refused; nothing was changed")
            .arg(file, locale.toString(totals.rows), locale.toString(totals.imported), locale.toString(totals.points),
                 locale.toString(totals.alreadyIn), locale.toString(totals.refused));
    return QStringLiteral("%1: %2 rows; %3 imported (%4 points), %5 already in, %6 refused%7")
        .arg(file, locale.toString(totals.rows), locale.toString(totals.imported), locale.toString(totals.points),
             locale.toString(totals.alreadyIn), locale.toString(totals.refused),
             totals.cancelled ? QStringLiteral("; cancelled (a rerun carries on)") : QString());
}

QString rowErrorText(const EarningRowError &error)
{
    return QStringLiteral("  row %1%2: %3: %4")
        .arg(QString::number(error.row), error.column.isEmpty() ? QString() : QStringLiteral(", ") + error.column, error.code, error.message);
}

}  // namespace

Result<SourcePermissions> permissionsFrom(const QCommandLineParser &parser, const std::optional<SourcePermissions> &before)
{
    SourcePermissions permissions = before.value_or(SourcePermissions{});
    if (!before)
        permissions.canRedeem = true;
    if (parser.isSet(QStringLiteral("can"))) {
        permissions.canEarn = permissions.canRedeem = false;
        for (const QString &part : parser.value(QStringLiteral("can")).split(QLatin1Char(','))) {
            if (part.trimmed() == QLatin1String("earn"))
                permissions.canEarn = true;
            else if (part.trimmed() == QLatin1String("redeem"))
                permissions.canRedeem = true;
            else
                return LedgerError::invalidArgument(QStringLiteral("can"),
                                                    QStringLiteral("'%1' is not earn, redeem or earn,redeem").arg(parser.value(QStringLiteral("can"))));
        }
    }
    if (parser.isSet(QStringLiteral("free-amounts")))
        permissions.freeAmounts = true;
    if (parser.optionNames().contains(QStringLiteral("no-free-amounts")) && parser.isSet(QStringLiteral("no-free-amounts"))) {
        permissions.freeAmounts = false;
        permissions.maxPoints = std::nullopt;
    }
    if (parser.isSet(QStringLiteral("max-points"))) {
        const Result<qint64> max = parseBounded(QStringLiteral("max-points"), parser.value(QStringLiteral("max-points")), 0,
                                                limits::maxPointsPerOperation);
        if (!max)
            return max.error();
        permissions.maxPoints = max.value() == 0 ? std::nullopt : std::optional<qint64>(max.value());
    }
    return permissions;
}

QList<CommandLine::Command> CommandLine::earningCommands()
{
    using O = QCommandLineOption;
    const O reason(QStringLiteral("reason"), QStringLiteral("Why (required)."), QStringLiteral("TEXT"));
    const O points(QStringLiteral("points"), QStringLiteral("Points an event earns."), QStringLiteral("N"));
    const O expiry(QStringLiteral("expiry-days"), QStringLiteral("Days until its points expire (0: the expiry policy's)."), QStringLiteral("D"));
    const O cap(QStringLiteral("max-per-member-per-year"), QStringLiteral("Events a member may earn in a calendar year (0: no cap)."),
                QStringLiteral("K"));
    return {
        {QStringLiteral("source set"), QStringLiteral("source set NAME [--can earn|redeem|earn,redeem] [--free-amounts|--no-free-amounts] [--max-points N]"),
         {O(QStringLiteral("can"), QStringLiteral("What the source may do."), QStringLiteral("LIST")),
          O(QStringLiteral("free-amounts"), QStringLiteral("It may award explicit points.")),
          O(QStringLiteral("no-free-amounts"), QStringLiteral("It earns by earning rule only.")),
          O(QStringLiteral("max-points"), QStringLiteral("The most one free-amount earning awards (0: no cap)."), QStringLiteral("N"))},
         1, 1, true, &CommandLine::sourceSet},
        {QStringLiteral("earn-rule add"),
         QStringLiteral("earn-rule add EVENT_TYPE --points N [--expiry-days D] [--max-per-member-per-year K] --reason TEXT   (covers earlier events too)"),
         {points, expiry, cap, reason}, 1, 1, true, &CommandLine::earnRuleAdd},
        {QStringLiteral("earn-rule set"),
         QStringLiteral("earn-rule set EVENT_TYPE [--points N] [--expiry-days D] [--max-per-member-per-year K] --reason TEXT   (a new version, in force from --now)"),
         {points, expiry, cap, reason}, 1, 1, true, &CommandLine::earnRuleSet},
        {QStringLiteral("earn-rule retire"), QStringLiteral("earn-rule retire EVENT_TYPE --reason TEXT"), {reason}, 1, 1, true,
         &CommandLine::earnRuleRetire},
        {QStringLiteral("earn-rule list"), QStringLiteral("earn-rule list   (the latest version of each event type)"), {}, 0, 0, false,
         &CommandLine::earnRuleList, QStringLiteral("orchard_hr")},
        {QStringLiteral("import earnings"),
         QStringLiteral("import earnings FILE [--map COLUMN=HEADER,...] [--source NAME] [--dry-run] [--atomic] [--errors FILE]"),
         {O(QStringLiteral("map"), QStringLiteral("The file's header for a column, as employee_id=Employee Code,event_id=Milestone ID."),
            QStringLiteral("PAIRS")),
          O(QStringLiteral("source"), QStringLiteral("The source that earns (default: admin)."), QStringLiteral("NAME")),
          O(QStringLiteral("dry-run"), QStringLiteral("Decide every row, print the totals and the errors, change nothing.")),
          O(QStringLiteral("atomic"), QStringLiteral("Every row or, when one is refused, none (exit 3).")),
          O(QStringLiteral("errors"), QStringLiteral("Write the refused rows here (CSV: row, column, code, message)."), QStringLiteral("FILE"))},
         1, 1, true, &CommandLine::importEarnings},
        {QStringLiteral("earn-rule history"), QStringLiteral("earn-rule history EVENT_TYPE"), {}, 1, 1, false, &CommandLine::earnRuleHistory,
         QStringLiteral("orchard_hr")},
    };
}

int CommandLine::sourceSet(const QCommandLineParser &parser, const QStringList &arguments)
{
    SourceRegistry registry(*m_database, *m_clock, actor());
    const Result<QList<SourcePermissions>> sources = registry.sources();
    if (!sources)
        return m_output.error(sources.error());
    std::optional<SourcePermissions> before;
    for (const SourcePermissions &source : sources.value())
        if (source.source == arguments.at(0))
            before = source;
    if (!before)
        return m_output.error({errors::unknownSource, QStringLiteral("source: there is no source named '%1'").arg(arguments.at(0)),
                               {{QStringLiteral("field"), QStringLiteral("source")}}});
    const Result<SourcePermissions> permissions = permissionsFrom(parser, before);
    if (!permissions)
        return m_output.error(permissions.error());
    const QJsonObject request = approvalrequest::of(permissions.value());
    if (const std::optional<int> filed = fileForApproval(
            QStringLiteral("source"), request,
            approvalrequest::describeChange(QStringLiteral("permissions of source %1").arg(arguments.at(0)), request), 0, 0))
        return *filed;
    const Result<SourcePermissions> changed = registry.setPermissions(arguments.at(0), permissions.value());
    if (!changed)
        return m_output.error(changed.error());
    m_output.result(changed.value().toJson(), QStringLiteral("source %1 may now %2").arg(changed.value().source, changed.value().canText()));
    return Done;
}

int CommandLine::earnRule(bool add, const QCommandLineParser &parser, const QStringList &arguments)
{
    EarnRuleChange change;
    change.eventType = arguments.at(0);
    change.reason = parser.value(QStringLiteral("reason"));
    const auto number = [&](const QString &option, qint64 max, std::optional<qint64> &into) -> std::optional<LedgerError> {
        if (!parser.isSet(option))
            return std::nullopt;
        const Result<qint64> value = parseBounded(option, parser.value(option), 0, max);
        if (!value)
            return value.error();
        into = value.value();
        return std::nullopt;
    };
    for (const auto &check : {number(QStringLiteral("points"), limits::maxPointsPerOperation, change.points),
                              number(QStringLiteral("expiry-days"), 36600, change.expiryDays),
                              number(QStringLiteral("max-per-member-per-year"), 1000000, change.maxPerMemberPerYear)})
        if (check)
            return m_output.error(*check);
    const QString operation = add ? QStringLiteral("add") : QStringLiteral("set");
    const QJsonObject request = approvalrequest::ofEarnRule(operation, change);
    if (const std::optional<int> filed =
            fileForApproval(QStringLiteral("earn_rule"), request,
                            approvalrequest::describeChange(QStringLiteral("earning rule %1 (%2)").arg(change.eventType, operation), request), 0, 0))
        return *filed;
    EarnRuleBook book(*m_database, *m_clock, actor());
    const Result<EarnRule> rule = add ? book.add(change) : book.set(change);
    if (!rule)
        return m_output.error(rule.error());
    m_output.result(rule.value().toJson(), ruleText(rule.value()));
    return Done;
}

int CommandLine::importEarnings(const QCommandLineParser &parser, const QStringList &arguments)
{
    EarningFileImport request;
    request.path = arguments.at(0);
    const Result<QHash<QString, QString>> mapping = EarningCsvLayout::parseMapping(parser.value(QStringLiteral("map")));
    if (!mapping)
        return m_output.error(mapping.error());
    request.mapping = mapping.value();
    request.errorsPath = parser.value(QStringLiteral("errors"));
    if (parser.isSet(QStringLiteral("source")))
        request.options.source = parser.value(QStringLiteral("source"));
    request.options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.options.atomic = parser.isSet(QStringLiteral("atomic"));
    if (const auto invalid = validation::identifier(QStringLiteral("source"), request.options.source))
        return m_output.error(*invalid);

    ImportProgress progress(QFileInfo(request.path).size());
    Ledger book = ledger();
    const Result<EarningFileOutcome> imported = earningfile::import(book, request, [&](const EarningImportTotals &totals) {
        progress.show(totals);
        return true;
    });
    if (!imported)
        return m_output.error(imported.error());
    const EarningImportTotals &totals = imported.value().totals;

    QJsonArray shownErrors;
    QStringList shownLines;
    for (const EarningRowError &error : imported.value().firstErrors) {
        shownErrors.append(error.toJson());
        shownLines << rowErrorText(error);
    }
    QJsonObject result = totals.toJson();
    result.insert(QStringLiteral("file"), request.path);
    result.insert(QStringLiteral("source"), request.options.source);
    result.insert(QStringLiteral("dry_run"), request.options.dryRun);
    result.insert(QStringLiteral("atomic"), request.options.atomic);
    result.insert(QStringLiteral("columns"), imported.value().columns);
    result.insert(QStringLiteral("errors"), shownErrors);
    if (!request.errorsPath.isEmpty())
        result.insert(QStringLiteral("errors_file"), request.errorsPath);
    QString text = importText(totals, request.path, request.options.dryRun);
    if (!shownLines.isEmpty())
        text += QStringLiteral("\nrefused rows%1:\n")
                    .arg(totals.refused > earningfile::shownErrors ? QStringLiteral(" (the first %1)").arg(earningfile::shownErrors) : QString())
                + shownLines.join(QLatin1Char('\n'));
    if (!request.errorsPath.isEmpty() && totals.refused > 0)
        text += QStringLiteral("\nthe refused rows are in %1").arg(request.errorsPath);

    if (request.options.atomic && !request.options.dryRun && !totals.applied) {
        const LedgerError refused{QStringLiteral("import_refused"),
                                  QStringLiteral("nothing was imported: %1 of %2 rows were refused and --atomic takes all or none\n%3")
                                      .arg(totals.refused)
                                      .arg(totals.rows)
                                      .arg(shownLines.join(QLatin1Char('\n'))),
                                  result};
        return m_output.error(refused);
    }
    m_output.result(result, text);
    return Done;
}

int CommandLine::earnRuleAdd(const QCommandLineParser &parser, const QStringList &arguments)
{
    return earnRule(true, parser, arguments);
}

int CommandLine::earnRuleSet(const QCommandLineParser &parser, const QStringList &arguments)
{
    return earnRule(false, parser, arguments);
}

int CommandLine::earnRuleRetire(const QCommandLineParser &parser, const QStringList &arguments)
{
    EarnRuleChange retirement;
    retirement.eventType = arguments.at(0);
    retirement.reason = parser.value(QStringLiteral("reason"));
    const QJsonObject request = approvalrequest::ofEarnRule(QStringLiteral("retire"), retirement);
    if (const std::optional<int> filed = fileForApproval(
            QStringLiteral("earn_rule"), request,
            approvalrequest::describeChange(QStringLiteral("earning rule %1 (retire)").arg(retirement.eventType), request), 0, 0))
        return *filed;
    EarnRuleBook book(*m_database, *m_clock, actor());
    const Result<EarnRule> rule = book.retire(retirement.eventType, retirement.reason);
    if (!rule)
        return m_output.error(rule.error());
    m_output.result(rule.value().toJson(), ruleText(rule.value()));
    return Done;
}

int CommandLine::earnRuleList(const QCommandLineParser &, const QStringList &)
{
    EarnRuleBook book(*m_database, *m_clock, actor());
    const Result<QList<EarnRule>> rules = book.list();
    if (!rules)
        return m_output.error(rules.error());
    const auto [json, text] = rulesOutput(rules.value(), QStringLiteral("rules"));
    m_output.result(json, text);
    return Done;
}

int CommandLine::earnRuleHistory(const QCommandLineParser &, const QStringList &arguments)
{
    EarnRuleBook book(*m_database, *m_clock, actor());
    const Result<QList<EarnRule>> rules = book.history(arguments.at(0));
    if (!rules)
        return m_output.error(rules.error());
    const auto [json, text] = rulesOutput(rules.value(), QStringLiteral("versions"));
    m_output.result(json, text);
    return Done;
}

}  // namespace orchard::cli
