#include "store/bufferedinsert.h"

#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QStringList>

namespace orchard {

BufferedInsert::BufferedInsert(Database &database, QString insert, int columns)
    : m_database(database), m_insert(std::move(insert)), m_columns(columns)
{
    Q_ASSERT(columns > 0);
}

BufferedInsert::~BufferedInsert() = default;

void BufferedInsert::add(QVariantList row)
{
    Q_ASSERT(row.size() == m_columns);
    m_rows.push_back(std::move(row));
}

SqliteStatement &BufferedInsert::statementFor(int rows)
{
    std::unique_ptr<SqliteStatement> &statement = rows == 1 ? m_one : m_many;
    if (!statement) {
        QStringList marks(m_columns, QStringLiteral("?"));
        const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
        statement = std::make_unique<SqliteStatement>(m_database, m_insert + QStringLiteral(" VALUES ")
                                                                      + QStringList(rows, row).join(QStringLiteral(", ")));
    }
    return *statement;
}

void BufferedInsert::write()
{
    const std::vector<QVariantList> rows = std::exchange(m_rows, {});
    std::size_t next = 0;
    while (next < rows.size()) {
        const int count = rows.size() - next >= std::size_t(rowsPerStatement) ? rowsPerStatement : 1;
        SqliteStatement &statement = statementFor(count);
        int index = 1;
        for (int r = 0; r < count; ++r, ++next)
            for (const QVariant &value : rows[next])
                statement.bind(index++, value);
        statement.step();
        statement.reset();
    }
}

void BufferedInsert::discard()
{
    m_rows.clear();
}

}  // namespace orchard
