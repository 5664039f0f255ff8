#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace orchard {

class Database;

// A statement prepared once on a Database's SQLite connection and run through SQLite's C API,
// for the few inserts on every write's path where Qt SQL's binding costs more than SQLite's own
// work. Same thread and connection as the Database; throws SqlFailure like Database::run.
class SqliteStatement
{
public:
    SqliteStatement(Database &database, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, qint64 value);  // 1-based, as SQLite counts
    void bind(int index, const QString &value);
    void bindOptional(int index, const std::optional<qint64> &value);  // NULL when none
    // An integer or a text; NULL for a null QVariant or a null QString (as Qt SQL binds them).
    void bind(int index, const QVariant &value);
    bool step();  // true while a row came back; false once done
    qint64 columnInt64(int column) const;
    bool columnIsNull(int column) const;
    QByteArray columnUtf8(int column) const;  // a text column's bytes as stored
    void reset();  // ready for the next bindings

private:
    [[noreturn]] void fail(int code) const;

    QString m_sql;
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

}  // namespace orchard
