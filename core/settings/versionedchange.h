#pragma once

#include "store/auditlog.h"
#include "base/clock.h"
#include "store/database.h"
#include "base/ledgertypes.h"
#include "base/result.h"
#include "store/sqlerror.h"
#include "base/validation.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <functional>
#include <optional>

// Appending a new version of an admin setting (the split-payment rules, the programme's settings,
// the expiry policy): in one write transaction, read the version in force, derive the next one,
// refuse a change that changes nothing, insert it with author, time and reason, and audit what
// it said before and after. Versions are never updated.
namespace orchard::versioned {

// The reason every change needs: present, and short enough.
inline std::optional<LedgerError> checkReason(const QString &reason, const QString &whatChanges)
{
    if (reason.trimmed().isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("reason"), QStringLiteral("is required: say why %1").arg(whatChanges));
    return validation::optionalText(QStringLiteral("reason"), reason);
}

// Reading the versions of a setting: `select` ("SELECT … FROM table"), each row made a T by
// `fromRow`, `defaults` standing before the first version.
template<typename T>
struct Versions
{
    QString select;
    T (*fromRow)(const QSqlQuery &);
    T (*defaults)();

    // The latest version the condition admits (" WHERE created_at_ms < ?"), or the defaults;
    // throws SqlFailure.
    T latest(Database &database, const QString &condition = {}, const QVariantList &values = {}) const
    {
        QSqlQuery &query = database.run(select + condition + QStringLiteral(" ORDER BY version DESC LIMIT 1"), values);
        const T found = query.next() ? fromRow(query) : defaults();
        query.finish();
        return found;
    }

    // The defaults, then every version, oldest first.
    Result<QList<T>> all(Database &database) const
    {
        try {
            QSqlQuery &query = database.run(select + QStringLiteral(" ORDER BY version"));
            QList<T> rows{defaults()};
            while (query.next())
                rows.append(fromRow(query));
            query.finish();
            return rows;
        } catch (const SqlFailure &failure) {
            return ledgerErrorFor(failure);
        }
    }
};

template<typename T>
struct Steps
{
    std::function<T(Database &)> current;                          // the version in force; throws SqlFailure
    std::function<Result<T>(Database &, const T &before)> next;    // the changed settings, or a refusal
    std::function<QJsonObject(const T &)> says;                    // what a version says (compared and audited)
    std::function<void(T &, int version, const Actor &, qint64 atMs)> stamp;
    std::function<int(const T &)> versionOf;
    std::function<void(Database &, const T &)> insert;             // the new row
    QString action;  // the audit action, e.g. "rules.set"
    QString subject;
    QString field;   // named when nothing would change
};

// In a write transaction of its own, or inside the caller's (an approval applies a change with
// its own bookkeeping, atomically): a refusal then rolls back nothing, the caller does.
template<typename T>
Result<T> append(Database &database, const Clock &clock, const Actor &actor, const QString &reason, const Steps<T> &steps)
{
    if (database.isReadOnly())
        return LedgerError{errors::readOnly, QStringLiteral("the ledger is open read-only; nothing was changed"), {}};
    const qint64 nowMs = clock.nowMs();
    const bool own = !database.inTransaction();
    const auto abandon = [&] {
        if (own && database.inTransaction())
            database.rollback();
    };
    try {
        if (own)
            database.beginWrite();
        const T before = steps.current(database);
        Result<T> next = steps.next(database, before);
        if (!next) {
            abandon();
            return next.error();
        }
        T after = next.value();
        if (steps.says(after) == steps.says(before)) {
            abandon();
            return LedgerError::invalidArgument(
                steps.field, QStringLiteral("nothing would change: version %1 already says this").arg(steps.versionOf(before)));
        }
        steps.stamp(after, steps.versionOf(before) + 1, actor, nowMs);
        steps.insert(database, after);
        AuditLog(database).append({nowMs, actor.name, actor.source, steps.action, steps.subject,
                                   {{QStringLiteral("version"), steps.versionOf(after)},
                                    {QStringLiteral("before"), steps.says(before)},
                                    {QStringLiteral("after"), steps.says(after)},
                                    {QStringLiteral("reason"), reason}},
                                   std::nullopt, QString()});
        if (own)
            database.commit();
        return after;
    } catch (const SqlFailure &failure) {
        if (!own)
            throw;
        abandon();
        return ledgerErrorFor(failure);
    }
}

}  // namespace orchard::versioned
