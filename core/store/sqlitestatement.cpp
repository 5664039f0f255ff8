#include "store/sqlitestatement.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace orchard {

SqliteStatement::SqliteStatement(Database &database, const QString &sql) : m_sql(sql)
{
    Q_ASSERT(database.engine() == Engine::Sqlite);
    const QVariant handle = database.connection().driver()->handle();
    Q_ASSERT(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0);
    m_connection = *static_cast<sqlite3 *const *>(handle.constData());
    const QByteArray text = sql.toUtf8();
    const int code = sqlite3_prepare_v3(m_connection, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK)
        fail(code);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail(int code) const
{
    // The same native codes Qt's driver reports (5 busy, 19 constraint...), so SqlFailure's
    // classification holds.
    throw SqlFailure(m_sql, QSqlError(QStringLiteral("SQLite"), QString::fromUtf8(sqlite3_errmsg(m_connection)),
                                      QSqlError::StatementError, QString::number(code & 0xff)));
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (const int code = sqlite3_bind_int64(m_statement, index, value); code != SQLITE_OK)
        fail(code);
}

void SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray text = value.toUtf8();
    if (const int code = sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT); code != SQLITE_OK)
        fail(code);
}

void SqliteStatement::bindOptional(int index, const std::optional<qint64> &value)
{
    if (value) {
        bind(index, *value);
        return;
    }
    if (const int code = sqlite3_bind_null(m_statement, index); code != SQLITE_OK)
        fail(code);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        if (!value.isNull()) {
            bind(index, value.toLongLong());
            return;
        }
        break;
    case QMetaType::QString:
        if (!value.toString().isNull()) {
            bind(index, value.toString());
            return;
        }
        break;
    default:
        Q_ASSERT_X(value.isNull(), "SqliteStatement::bind", "an integer, a text or NULL");
        break;
    }
    if (const int code = sqlite3_bind_null(m_statement, index); code != SQLITE_OK)
        fail(code);
}

bool SqliteStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    sqlite3_reset(m_statement);
    fail(code);
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArray(text, sqlite3_column_bytes(m_statement, column));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

}  // namespace orchard
