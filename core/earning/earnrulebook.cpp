#include "earning/earnrulebook.h"

#include "base/ledgerlimits.h"
#include "base/timeformat.h"
#include "earning/earningtypes.h"
#include "settings/versionedchange.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QRegularExpression>

namespace orchard {

namespace {

const QRegularExpression eventTypePattern(QStringLiteral("^[a-z][a-z0-9_.-]{0,63}$"));
const QString selectRules = QStringLiteral(
    "SELECT event_type, version, points, expiry_days, max_per_member_per_year, retired, in_force_from_ms, author, created_at_ms, "
    "reason FROM earn_rules");

std::optional<qint64> optionalNumber(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

EarnRule ruleFromRow(const QSqlQuery &query)
{
    EarnRule rule;
    rule.eventType = query.value(0).toString();
    rule.version = query.value(1).toLongLong();
    rule.points = query.value(2).toLongLong();
    rule.expiryDays = optionalNumber(query.value(3));
    rule.maxPerMemberPerYear = optionalNumber(query.value(4));
    rule.retired = query.value(5).toInt() != 0;
    rule.inForceFromMs = query.value(6).toLongLong();
    rule.author = query.value(7).toString();
    rule.createdAtMs = query.value(8).toLongLong();
    rule.reason = query.value(9).toString();
    return rule;
}

QJsonValue optional(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject says(const EarnRule &rule)
{
    return {{QStringLiteral("points"), rule.points},
            {QStringLiteral("expiry_days"), optional(rule.expiryDays)},
            {QStringLiteral("max_per_member_per_year"), optional(rule.maxPerMemberPerYear)},
            {QStringLiteral("retired"), rule.retired}};
}

EarnRule latest(Database &database, const QString &eventType)
{
    QSqlQuery &query = database.run(selectRules + QStringLiteral(" WHERE event_type = ? ORDER BY version DESC LIMIT 1"), {eventType});
    EarnRule rule;
    rule.eventType = eventType;
    if (query.next())
        rule = ruleFromRow(query);
    query.finish();
    return rule;
}

std::optional<LedgerError> checkChangeFields(const EarnRuleChange &change)
{
    if (change.points) {
        if (const auto invalid = validation::points(QStringLiteral("points"), *change.points))
            return invalid;
    }
    if (change.expiryDays && (*change.expiryDays < 0 || *change.expiryDays > 36600))
        return LedgerError::invalidArgument(QStringLiteral("expiry-days"),
                                            QStringLiteral("must be between 1 and 36600 days (0: the expiry policy's), not %1")
                                                .arg(*change.expiryDays));
    if (change.maxPerMemberPerYear && (*change.maxPerMemberPerYear < 0 || *change.maxPerMemberPerYear > 1000000))
        return LedgerError::invalidArgument(QStringLiteral("max-per-member-per-year"),
                                            QStringLiteral("must be between 1 and 1000000 (0: no cap), not %1")
                                                .arg(*change.maxPerMemberPerYear));
    return std::nullopt;
}

std::optional<qint64> noneForZero(const std::optional<qint64> &value, const std::optional<qint64> &kept)
{
    if (!value)
        return kept;
    return *value == 0 ? std::nullopt : value;
}

}  // namespace

QJsonObject EarnRule::toJson() const
{
    QJsonObject object = says(*this);
    object.insert(QStringLiteral("event_type"), eventType);
    object.insert(QStringLiteral("version"), version);
    object.insert(QStringLiteral("in_force_from"), inForceFromMs > 0 ? QJsonValue(timeformat::toIso(inForceFromMs)) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("author"), author);
    object.insert(QStringLiteral("created_at"), timeformat::toIso(createdAtMs));
    object.insert(QStringLiteral("reason"), reason);
    return object;
}

std::optional<LedgerError> EarnRuleBook::checkEventType(const QString &eventType)
{
    if (!eventTypePattern.match(eventType).hasMatch())
        return LedgerError::invalidArgument(QStringLiteral("event_type"),
                                            QStringLiteral("'%1' is not an event type: 1 to 64 of a-z, 0-9, '_', '-' and '.', "
                                                           "starting with a letter")
                                                .arg(eventType));
    return std::nullopt;
}

std::optional<EarnRule> EarnRuleBook::inForceAt(Database &database, const QString &eventType, qint64 atMs)
{
    QSqlQuery &query = database.run(
        selectRules + QStringLiteral(" WHERE event_type = ? AND in_force_from_ms <= ? ORDER BY version DESC LIMIT 1"), {eventType, atMs});
    std::optional<EarnRule> rule;
    if (query.next())
        rule = ruleFromRow(query);
    query.finish();
    return rule;
}

Result<EarnRule> EarnRuleBook::add(const EarnRuleChange &change)
{
    if (!change.points)
        return LedgerError::invalidArgument(QStringLiteral("points"), QStringLiteral("is required: how many points an event earns"));
    return append(change, Step::Add);
}

Result<EarnRule> EarnRuleBook::set(const EarnRuleChange &change)
{
    return append(change, Step::Set);
}

Result<EarnRule> EarnRuleBook::retire(const QString &eventType, const QString &reason)
{
    EarnRuleChange change;
    change.eventType = eventType;
    change.reason = reason;
    return append(change, Step::Retire);
}

Result<EarnRule> EarnRuleBook::append(const EarnRuleChange &change, Step step)
{
    if (const auto invalid = checkEventType(change.eventType))
        return *invalid;
    if (const auto invalid = checkChangeFields(change))
        return *invalid;
    if (const auto invalid = versioned::checkReason(change.reason, QStringLiteral("the earning rule changes")))
        return *invalid;
    const qint64 nowMs = m_clock.nowMs();
    versioned::Steps<EarnRule> steps;
    steps.current = [&](Database &database) { return latest(database, change.eventType); };
    steps.next = [&](Database &, const EarnRule &before) -> Result<EarnRule> {
        const bool inForce = before.version > 0 && !before.retired;
        if (step == Step::Add && inForce)
            return LedgerError{errors::earnRuleExists,
                               QStringLiteral("event_type: '%1' has a rule in force (version %2); change it with earn-rule set")
                                   .arg(change.eventType)
                                   .arg(before.version),
                               {{QStringLiteral("field"), QStringLiteral("event_type")}}};
        if (step != Step::Add && !inForce)
            return LedgerError{errors::unknownEventType,
                               QStringLiteral("event_type: '%1' has no rule in force; add one with earn-rule add").arg(change.eventType),
                               {{QStringLiteral("field"), QStringLiteral("event_type")}}};
        if (before.version > 0 && nowMs < before.inForceFromMs)
            return LedgerError::invalidArgument(QStringLiteral("now"),
                                                QStringLiteral("a new version cannot be in force before version %1 (%2)")
                                                    .arg(before.version)
                                                    .arg(timeformat::toIso(before.inForceFromMs)));
        EarnRule after = before;
        after.retired = step == Step::Retire;
        if (step == Step::Add) {
            after.expiryDays = std::nullopt;
            after.maxPerMemberPerYear = std::nullopt;
        }
        if (step != Step::Retire) {
            if (change.points)
                after.points = *change.points;
            after.expiryDays = noneForZero(change.expiryDays, after.expiryDays);
            after.maxPerMemberPerYear = noneForZero(change.maxPerMemberPerYear, after.maxPerMemberPerYear);
        }
        after.reason = change.reason;
        return after;
    };
    steps.says = [](const EarnRule &rule) { return says(rule); };
    steps.stamp = [](EarnRule &rule, int version, const Actor &actor, qint64 atMs) {
        rule.version = version;
        rule.author = actor.name;
        rule.createdAtMs = atMs;
        // A rule's first version covers the events before it too (an HR export arrives after the
        // rule was set up); a later version, or one after a retirement, applies from its time.
        rule.inForceFromMs = version == 1 ? 0 : atMs;
    };
    steps.versionOf = [](const EarnRule &rule) { return int(rule.version); };
    steps.insert = [](Database &database, const EarnRule &rule) {
        const auto nullable = [](const std::optional<qint64> &value) {
            return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
        };
        database.run(QStringLiteral("INSERT INTO earn_rules (event_type, version, points, expiry_days, max_per_member_per_year, "
                                    "retired, in_force_from_ms, author, created_at_ms, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {rule.eventType, rule.version, rule.points, nullable(rule.expiryDays), nullable(rule.maxPerMemberPerYear),
                      rule.retired ? 1 : 0, rule.inForceFromMs, rule.author, rule.createdAtMs, rule.reason});
    };
    steps.action = step == Step::Retire ? QStringLiteral("earn_rule.retire") : QStringLiteral("earn_rule.set");
    steps.subject = change.eventType;
    steps.field = QStringLiteral("points");
    return versioned::append(m_database, m_clock, m_actor, change.reason, steps);
}

Result<QList<EarnRule>> EarnRuleBook::list()
{
    try {
        QSqlQuery &query = m_database.run(
            selectRules + QStringLiteral(" r WHERE version = (SELECT MAX(version) FROM earn_rules l WHERE l.event_type = r.event_type) "
                                         "ORDER BY event_type"));
        QList<EarnRule> rules;
        while (query.next())
            rules.append(ruleFromRow(query));
        query.finish();
        return rules;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<QList<EarnRule>> EarnRuleBook::history(const QString &eventType)
{
    if (const auto invalid = checkEventType(eventType))
        return *invalid;
    try {
        QSqlQuery &query = m_database.run(selectRules + QStringLiteral(" WHERE event_type = ? ORDER BY version"), {eventType});
        QList<EarnRule> rules;
        while (query.next())
            rules.append(ruleFromRow(query));
        query.finish();
        if (rules.isEmpty())
            return LedgerError{errors::unknownEventType, QStringLiteral("event_type: '%1' has never had a rule").arg(eventType),
                               {{QStringLiteral("field"), QStringLiteral("event_type")}}};
        return rules;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

}  // namespace orchard
