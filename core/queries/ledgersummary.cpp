#include "queries/ledgersummary.h"

#include "reports/redeemedbysource.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QJsonArray>

namespace orchard {

QJsonObject LedgerSummary::toJson() const
{
    QJsonArray sources;
    for (const SourceRedemptions &row : bySource)
        sources.append(QJsonObject{{QStringLiteral("source"), row.source},
                                   {QStringLiteral("confirmed"), row.confirmed},
                                   {QStringLiteral("points"), row.points},
                                   {QStringLiteral("released"), row.released},
                                   {QStringLiteral("timed_out"), row.timedOut}});
    return {{QStringLiteral("members"), members},
            {QStringLiteral("issued"), issued},
            {QStringLiteral("outstanding"), outstanding},
            {QStringLiteral("held"), held},
            {QStringLiteral("redeemed"), redeemed},
            {QStringLiteral("expired"), expired},
            {QStringLiteral("redemptions_by_source"), sources}};
}

Result<LedgerSummary> LedgerSummary::load(Database &database)
{
    LedgerSummary summary;
    try {
        QSqlQuery &members = database.run(QStringLiteral("SELECT COUNT(*) FROM members"));
        members.next();
        summary.members = members.value(0).toLongLong();
        members.finish();

        QSqlQuery &accounts = database.run(QStringLiteral("SELECT kind, SUM(balance) FROM accounts GROUP BY kind"));
        while (accounts.next()) {
            const QString kind = accounts.value(0).toString();
            const Points balance = accounts.value(1).toLongLong();
            if (kind == QLatin1String("issued"))
                summary.issued = -balance;
            else if (kind == QLatin1String("redeemed"))
                summary.redeemed = balance;
            else if (kind == QLatin1String("expired"))
                summary.expired = balance;
            else if (kind == QLatin1String("hold"))
                summary.held += balance;
            if (kind == QLatin1String("member") || kind == QLatin1String("hold"))
                summary.outstanding += balance;
        }
        accounts.finish();

        QSqlQuery &sources = database.run(QStringLiteral(
            "SELECT s.name, "
            "SUM(CASE WHEN r.status = 'confirmed' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN r.status = 'released' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN r.status = 'timed_out' THEN 1 ELSE 0 END) "
            "FROM sources s LEFT JOIN reservations r ON r.source_id = s.id GROUP BY s.id, s.name ORDER BY s.id"));
        const QMap<QString, Points> redeemed = RedeemedBySource(database).between(std::nullopt, std::nullopt);
        while (sources.next())
            summary.bySource.append({sources.value(0).toString(), sources.value(1).toLongLong(),
                                     redeemed.value(sources.value(0).toString()), sources.value(2).toLongLong(),
                                     sources.value(3).toLongLong()});
        sources.finish();
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
    return summary;
}

}  // namespace orchard
