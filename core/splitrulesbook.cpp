#include "splitrulesbook.h"

#include "auditlog.h"
#include "database.h"
#include "ledgerlimits.h"
#include "sqlerror.h"
#include "timeformat.h"
#include "validation.h"

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
        QSqlQuery &query = m_database.run(selectVersions + QStringLiteral(" ORDER BY version DESC LIMIT 1"));
        const SplitRulesVersion row = query.next() ? versionFromRow(query) : defaults();
        query.finish();
        return row;
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
    try {
        QSqlQuery &query = m_database.run(selectVersions + QStringLiteral(" ORDER BY version"));
        QList<SplitRulesVersion> rows{defaults()};
        while (query.next())
            rows.append(versionFromRow(query));
        query.finish();
        return rows;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<SplitRulesVersion> SplitRulesBook::change(const SplitRulesChange &change)
{
    if (change.reason.trimmed().isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("reason"), QStringLiteral("is required: say why the rules change"));
    if (const auto invalid = validation::optionalText(QStringLiteral("reason"), change.reason))
        return *invalid;
    if (change.minPoints && (*change.minPoints < 0 || *change.minPoints > limits::maxPointsPerOperation))
        return LedgerError::invalidArgument(QStringLiteral("min-points"),
                                            QStringLiteral("must be between 0 and %1").arg(limits::maxPointsPerOperation));
    if (m_database.isReadOnly())
        return LedgerError{errors::readOnly, QStringLiteral("the ledger is open read-only; nothing was changed"), {}};
    const qint64 nowMs = m_clock.nowMs();
    try {
        m_database.beginWrite();
        const Result<SplitRulesVersion> before = current();
        if (!before) {
            m_database.rollback();
            return before.error();
        }
        SplitRulesVersion after = before.value();
        after.rules.minPoints = change.minPoints.value_or(after.rules.minPoints);
        after.rules.partialPoints = change.partialPoints.value_or(after.rules.partialPoints);
        after.rules.walletRemainder = change.walletRemainder.value_or(after.rules.walletRemainder);
        after.rules.fallback = change.fallback.value_or(after.rules.fallback);
        if (rulesJson(after.rules) == rulesJson(before.value().rules)) {
            m_database.rollback();
            return LedgerError::invalidArgument(QStringLiteral("rules"),
                                                QStringLiteral("nothing would change: version %1 already says this").arg(before.value().rules.version));
        }
        after.rules.version = before.value().rules.version + 1;
        after.author = m_actor.name;
        after.createdAtMs = nowMs;
        after.reason = change.reason;
        m_database.run(QStringLiteral("INSERT INTO split_rules (version, min_points, partial_points, wallet_remainder, fallback, "
                                      "author, created_at_ms, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {qint64(after.rules.version), after.rules.minPoints, after.rules.partialPoints ? 1 : 0,
                        after.rules.walletRemainder ? 1 : 0, SplitRules::fallbackName(after.rules.fallback), after.author,
                        nowMs, after.reason});
        AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("rules.set"),
                                     QStringLiteral("split-payment"),
                                     {{QStringLiteral("version"), after.rules.version},
                                      {QStringLiteral("before"), rulesJson(before.value().rules)},
                                      {QStringLiteral("after"), rulesJson(after.rules)},
                                      {QStringLiteral("reason"), after.reason}},
                                     std::nullopt, QString()});
        m_database.commit();
        return after;
    } catch (const SqlFailure &failure) {
        if (m_database.inTransaction())
            m_database.rollback();
        return ledgerErrorFor(failure);
    }
}

}  // namespace orchard
