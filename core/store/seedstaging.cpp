#include "store/seedstaging.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QRegularExpression>

namespace orchard {

namespace {
bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_]+$"));
    return plain.match(name).hasMatch();
}
}  // namespace

SeedStaging::SeedStaging(Database &database, const QString &table)
    : m_database(database), m_table(table), m_staged(QStringLiteral("temp.seed_") + table)
{
    Q_ASSERT(isPlainName(table));
    m_database.execute(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_staged));
    m_database.execute(QStringLiteral("CREATE TEMP TABLE seed_%1 AS SELECT * FROM %1 LIMIT 0").arg(table));
}

SeedStaging::~SeedStaging()
{
    try {
        m_database.execute(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_staged));
    } catch (const SqlFailure &) {
        // The connection is going away with the temporary table.
    }
}

void SeedStaging::stage(const QString &columns, const QString &select, const QVariantList &values)
{
    Q_ASSERT(m_columns.isEmpty() || m_columns == columns);
    m_columns = columns;
    m_database.run(QStringLiteral("INSERT INTO %1 (%2) %3").arg(m_staged, columns, select), values);
}

qint64 SeedStaging::count() const
{
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT count(*) FROM %1").arg(m_staged));
    const qint64 rows = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return rows;
}

qint64 SeedStaging::moveInto(const QString &ownersInsert) const
{
    Q_ASSERT(ownersInsert == QStringLiteral("INSERT INTO ") + m_table);
    QSqlQuery &insert = m_database.run(QStringLiteral("%1 (%2) SELECT %2 FROM %3").arg(ownersInsert, m_columns, m_staged));
    const qint64 rows = insert.numRowsAffected();
    insert.finish();
    return rows;
}

}  // namespace orchard
