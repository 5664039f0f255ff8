#pragma once

#include "base/timeformat.h"
#include "testledger.h"

#include <QSqlQuery>

// Small probes the ledger tests share: an instant from its ISO text, and one number read
// straight from the tables (what another process would see).
namespace orchard::test {

inline qint64 at(const char *iso)
{
    return timeformat::parseIso(QString::fromLatin1(iso)).value();
}

inline qint64 scalar(TestLedger &t, const QString &sql)
{
    QSqlQuery query(t.database().connection());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    const qint64 value = query.value(0).toLongLong();
    query.finish();  // an open statement would hold the connection's read snapshot
    return value;
}

}  // namespace orchard::test
