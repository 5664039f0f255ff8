#include "ledger/releaseorigin.h"

namespace orchard::releaseorigin {

QString ofReleaseEntrySql(Engine engine)
{
    const QString field = engine == Engine::Postgres ? QStringLiteral("(a.details::jsonb ->> 'released_by')")
                                                     : QStringLiteral("json_extract(a.details, '$.released_by')");
    return QStringLiteral("COALESCE((SELECT %1 FROM audit_log a WHERE a.entry_id = e.id ORDER BY a.id LIMIT 1), "
                          "CASE WHEN e.actor LIKE 'cli:%' OR e.actor LIKE 'console:%' THEN 'admin' ELSE 'platform' END)")
        .arg(field);
}

}  // namespace orchard::releaseorigin
