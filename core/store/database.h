#pragma once

#include "base/ledgerlimits.h"
#include "store/ledgerlocation.h"
#include "base/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

namespace orchard {

enum class OpenMode { ReadWrite, ReadOnly };
enum class Durability { Full, Normal, Off };  // SQLite's synchronous setting; Off only for tests

// One open connection to a ledger, owned by the thread that opened it. Creates or migrates the
// schema on open, refuses files that are not Orchard ledgers, and caches prepared statements.
class Database
{
public:
    struct Options
    {
        OpenMode mode = OpenMode::ReadWrite;
        Durability durability = Durability::Full;
        qint64 nowMs = 0;  // stamps the rows a new ledger is created with
        int busyTimeoutMs = limits::busyTimeoutMilliseconds;  // how long a writer waits for the write lock
        // Whether a missing SQLite file (or an empty file or database) may become a new ledger.
        // Only `orchardctl init` and `demo`, the tests and the benchmarks' own ledgers say yes.
        bool createIfMissing = true;
    };

    static Result<std::unique_ptr<Database>> open(const LedgerLocation &location, Options options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return m_location.engine; }
    const LedgerLocation &location() const { return m_location; }
    bool isReadOnly() const { return m_options.mode == OpenMode::ReadOnly; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

    // Prepared once per connection, reused afterwards. Throws SqlFailure.
    QSqlQuery &prepared(const QString &sql);
    // Binds positional values, executes, throws SqlFailure on error.
    QSqlQuery &run(const QString &sql, std::initializer_list<QVariant> values = {});
    QSqlQuery &run(const QString &sql, const QVariantList &values);
    void execute(const QString &sql);
    // `IN` followed by this takes one bound value, textList(values): a batch's look-up in one
    // statement prepared once, whatever the number of values.
    QString textListSql() const;
    QString integerListSql() const;
    // The id SQLite gives the next row of `table` (INTEGER PRIMARY KEY: the largest plus one), for
    // rows numbered before they are written (a batch decided together). SQLite only.
    qint64 nextRowId(const QString &table);  // the same for numbers (textList of their digits)
    static QString textList(const QStringList &values);
    // SAVEPOINT, RELEASE and ROLLBACK TO: prepared once on SQLite (parsing them afresh cost 4% of
    // a redemption); PostgreSQL cannot PREPARE them, so there they are sent as they are.
    void executeSavepointCommand(const QString &sql);  // unprepared, for DDL and transaction control

    void beginWrite();  // BEGIN IMMEDIATE on SQLite: the write lock is taken at once
    void commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    static constexpr qint64 writerLockKey = 0x4f524348;  // 'ORCH': PostgreSQL advisory lock of the one writer
    static bool isWritableFile(const QString &path);

private:
    Database(LedgerLocation location, Options options, QString connectionName);
    static Result<std::unique_ptr<Database>> openPostgres(const LedgerLocation &location, Options options);
    Result<bool> initialise();
    bool reconnectAfter(const QSqlError &error);
    void applySessionSettings(QSqlDatabase db) const;
    Result<bool> migrate();
    void sealLegacyIdempotencyKeys();

    LedgerLocation m_location;
    Options m_options;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_statements;
    bool m_inTransaction = false;
    bool m_reconnected = false;  // the last failure already reconnected once
    std::optional<std::pair<quint64, quint64>> m_registeredInode;  // LedgerFile's key while open
};

}  // namespace orchard
