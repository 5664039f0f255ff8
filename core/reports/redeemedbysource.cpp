#include "reports/redeemedbysource.h"

#include "ledger/accountcodes.h"
#include "store/database.h"

#include <limits>

namespace orchard {

QMap<QString, Points> RedeemedBySource::between(std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT s.name, SUM(p.amount) FROM postings p JOIN accounts a ON a.id = p.account_id "
                       "JOIN entries e ON e.id = p.entry_id JOIN sources s ON s.id = e.source_id "
                       "WHERE a.code = ? AND e.posted_at_ms >= ? AND e.posted_at_ms < ? GROUP BY s.name"),
        {accountcodes::redeemed, fromMs.value_or(std::numeric_limits<qint64>::min()), toMs.value_or(std::numeric_limits<qint64>::max())});
    QMap<QString, Points> redeemed;
    while (query.next())
        if (const Points points = query.value(1).toLongLong(); points != 0)
            redeemed.insert(query.value(0).toString(), points);
    query.finish();
    return redeemed;
}

}  // namespace orchard
