#pragma once

#include <QString>
#include <QVariantList>

#include <memory>
#include <vector>

namespace orchard {

class Database;
class SqliteStatement;

// The rows a batch decided together adds to one table, kept until write() sends them as
// multi-row INSERTs on two statements prepared once (SQLite's C API): a few statements for the
// whole batch instead of one per row, so SQLite's per-statement work (its statement journal, the
// trigram index's flush) is paid once per chunk. SQLite only; same thread as the Database.
class BufferedInsert
{
public:
    // `insert` is "INSERT INTO table (a, b, c)"; each row has `columns` values.
    BufferedInsert(Database &database, QString insert, int columns);
    ~BufferedInsert();
    BufferedInsert(const BufferedInsert &) = delete;
    BufferedInsert &operator=(const BufferedInsert &) = delete;

    void add(QVariantList row);  // NULL for a null QVariant or a null QString, as Qt SQL binds them
    qsizetype pending() const { return m_rows.size(); }
    void write();    // in the order added; throws SqlFailure (the rows are dropped either way)
    void discard();  // the batch was rolled back

private:
    static constexpr int rowsPerStatement = 50;
    SqliteStatement &statementFor(int rows);

    Database &m_database;
    QString m_insert;
    int m_columns = 0;
    std::vector<QVariantList> m_rows;
    std::unique_ptr<SqliteStatement> m_many;  // rowsPerStatement rows
    std::unique_ptr<SqliteStatement> m_one;
};

}  // namespace orchard
