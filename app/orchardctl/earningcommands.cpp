// orchardctl's earning side: what a source may do (earn, redeem, free amounts) and the earning
// rules, versioned per event type like the split-payment rules.
#include "commandline.h"

#include "base/timeformat.h"
#include "cliarguments.h"
#include "earning/earnrulebook.h"
#include "ledger/sourceregistry.h"
#include "base/ledgerlimits.h"

#include <QJsonArray>

namespace orchard::cli {

namespace {

QString ruleText(const EarnRule &rule)
{
    if (rule.retired)
        return QStringLiteral("%1  v%2  retired %3: %4").arg(rule.eventType).arg(rule.version).arg(timeformat::toIso(rule.inForceFromMs), rule.reason);
    return QStringLiteral("%1  v%2  %3 points, %4, %5, in force from %6 (%7: %8)")
        .arg(rule.eventType)
        .arg(rule.version)
        .arg(rule.points)
        .arg(rule.expiryDays ? QStringLiteral("expiring after %1 days").arg(*rule.expiryDays) : QStringLiteral("expiring by the policy"),
             rule.maxPerMemberPerYear ? QStringLiteral("at most %1 a member a year").arg(*rule.maxPerMemberPerYear)
                                      : QStringLiteral("no yearly cap"),
             timeformat::toIso(rule.inForceFromMs), rule.author, rule.reason);
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
         QStringLiteral("earn-rule add EVENT_TYPE --points N [--expiry-days D] [--max-per-member-per-year K] --reason TEXT"),
         {points, expiry, cap, reason}, 1, 1, true, &CommandLine::earnRuleAdd},
        {QStringLiteral("earn-rule set"),
         QStringLiteral("earn-rule set EVENT_TYPE [--points N] [--expiry-days D] [--max-per-member-per-year K] --reason TEXT   (a new version, in force from --now)"),
         {points, expiry, cap, reason}, 1, 1, true, &CommandLine::earnRuleSet},
        {QStringLiteral("earn-rule retire"), QStringLiteral("earn-rule retire EVENT_TYPE --reason TEXT"), {reason}, 1, 1, true,
         &CommandLine::earnRuleRetire},
        {QStringLiteral("earn-rule list"), QStringLiteral("earn-rule list   (the latest version of each event type)"), {}, 0, 0, false,
         &CommandLine::earnRuleList, QStringLiteral("orchard_hr")},
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
    EarnRuleBook book(*m_database, *m_clock, actor());
    const Result<EarnRule> rule = add ? book.add(change) : book.set(change);
    if (!rule)
        return m_output.error(rule.error());
    m_output.result(rule.value().toJson(), ruleText(rule.value()));
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
    EarnRuleBook book(*m_database, *m_clock, actor());
    const Result<EarnRule> rule = book.retire(arguments.at(0), parser.value(QStringLiteral("reason")));
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
