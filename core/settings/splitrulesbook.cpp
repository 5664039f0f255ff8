#include "settings/splitrulesbook.h"

#include "store/database.h"
#include "base/ledgerlimits.h"
#include "store/sqlerror.h"
#include "base/timeformat.h"
#include "base/validation.h"
#include "settings/versionedchange.h"

namespace orchard {

namespace {

const QString selectVersions = QStringLiteral(
    "SELECT version, min_points, partial_points, wallet_remainder, fallback, author, created_at_ms, reason FROM split_rules");

SplitRulesVersion versionFromRow(const QSqlQuery &query)
{
    SplitRulesVersion row;
    row.rules.version = int(query.value(0).toLongLong());
    row.rules.minPoints = query.value(1).toLongLong();
    row.rules.partialPoints = query.value(2).toInt() != 0;
    row.rules.walletRemainder = query.value(3).toInt() != 0;
    row.rules.fallback = query.value(4).toString() == QLatin1String("block") ? SplitRules::Fallback::Block
                                                                            : SplitRules::Fallback::WalletOnly;
    row.author = query.value(5).toString();
    row.createdAtMs = query.value(6).toLongLong();
    row.reason = query.value(7).toString();
    return row;
}

SplitRulesVersion defaults()
{
    SplitRulesVersion row;
    row.rules.version = 0;
    row.author = QStringLiteral("system");
    row.reason = QStringLiteral("defaults: no rule set yet");
    return row;
}

QJsonObject rulesJson(const SplitRules &rules)
{
    return {{QStringLiteral("min_points"), rules.minPoints},
            {QStringLiteral("partial_points"), rules.partialPoints},
            {QStringLiteral("wallet_remainder"), rules.walletRemainder},
            {QStringLiteral("fallback"), SplitRules::fallbackName(rules.fallback)}};
}

const versioned::Versions<SplitRulesVersion> versions{selectVersions, versionFromRow, defaults};

SplitRulesVersion currentRow(Database &database)
{
    return versions.latest(database);
}

}  // namespace

QJsonObject SplitRulesVersion::toJson() const
{
    QJsonObject object = rulesJson(rules);
    object.insert(QStringLiteral("version"), rules.version);
    object.insert(QStringLiteral("author"), author);
    object.insert(QStringLiteral("created_at"), createdAtMs > 0 ? QJsonValue(timeformat::toIso(createdAtMs)) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("reason"), reason);
    return object;
}

Result<SplitRulesVersion> SplitRulesBook::current()
{
    try {
        return currentRow(m_database);
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<SplitRulesVersion> SplitRulesBook::version(qint64 number)
{
    if (number == 0)
        return defaults();
    try {
        QSqlQuery &query = m_database.run(selectVersions + QStringLiteral(" WHERE version = ?"), {number});
        if (!query.next()) {
            query.finish();
            return LedgerError::invalidArgument(QStringLiteral("rule_version"), QStringLiteral("there is no version %1").arg(number));
        }
        const SplitRulesVersion row = versionFromRow(query);
        query.finish();
        return row;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<QList<SplitRulesVersion>> SplitRulesBook::history()
{
    return versions.all(m_database);
}

Result<SplitRulesVersion> SplitRulesBook::change(const SplitRulesChange &change)
{
    if (const auto invalid = versioned::checkReason(change.reason, QStringLiteral("the rules change")))
        return *invalid;
    if (change.minPoints && (*change.minPoints < 0 || *change.minPoints > limits::maxPointsPerOperation))
        return LedgerError::invalidArgument(QStringLiteral("min-points"),
                                            QStringLiteral("must be between 0 and %1").arg(limits::maxPointsPerOperation));
    versioned::Steps<SplitRulesVersion> steps;
    steps.current = currentRow;
    steps.next = [&](Database &, const SplitRulesVersion &before) -> Result<SplitRulesVersion> {
        SplitRulesVersion after = before;
        after.rules.minPoints = change.minPoints.value_or(after.rules.minPoints);
        after.rules.partialPoints = change.partialPoints.value_or(after.rules.partialPoints);
        after.rules.walletRemainder = change.walletRemainder.value_or(after.rules.walletRemainder);
        after.rules.fallback = change.fallback.value_or(after.rules.fallback);
        return after;
    };
    steps.says = [](const SplitRulesVersion &row) { return rulesJson(row.rules); };
    steps.stamp = [&](SplitRulesVersion &row, int version, const Actor &actor, qint64 atMs) {
        row.rules.version = version;
        row.author = actor.name;
        row.createdAtMs = atMs;
        row.reason = change.reason;
    };
    steps.versionOf = [](const SplitRulesVersion &row) { return row.rules.version; };
    steps.insert = [](Database &database, const SplitRulesVersion &after) {
        database.run(QStringLiteral("INSERT INTO split_rules (version, min_points, partial_points, wallet_remainder, fallback, "
                                    "author, created_at_ms, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {qint64(after.rules.version), after.rules.minPoints, after.rules.partialPoints ? 1 : 0,
                      after.rules.walletRemainder ? 1 : 0, SplitRules::fallbackName(after.rules.fallback), after.author,
                      after.createdAtMs, after.reason});
    };
    steps.action = QStringLiteral("rules.set");
    steps.subject = QStringLiteral("split-payment");
    steps.field = QStringLiteral("rules");
    return versioned::append(m_database, m_clock, m_actor, change.reason, steps);
}

}  // namespace orchard
