#include "store/database.h"

#include "store/auditlog.h"
#include "store/ledgerfile.h"
#include "base/ledgerlimits.h"
#include "store/migrations.h"
#include "store/sqlerror.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QUrl>
#include <QSqlError>
#include <QSqlRecord>

namespace orchard {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("orchard-%1").arg(counter.fetchAndAddRelaxed(1));
}

}  // namespace

// Root can write any file, so access(2) says nothing; a ledger whose owner took away the write
// bits is read-only by intent, and we honour that.
bool Database::isWritableFile(const QString &path)
{
    const QFileInfo info(path);
    const bool anyWriteBit = info.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
    return anyWriteBit && info.isWritable();
}

namespace {

const char *synchronousPragma(Durability durability)
{
    switch (durability) {
    case Durability::Full:
        return "PRAGMA synchronous = FULL";
    case Durability::Normal:
        return "PRAGMA synchronous = NORMAL";
    case Durability::Off:
        return "PRAGMA synchronous = OFF";
    }
    return "PRAGMA synchronous = FULL";
}

}  // namespace

Database::Database(LedgerLocation location, Options options, QString connectionName)
    : m_location(std::move(location)), m_options(options), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = connection();
        if (db.isOpen()) {
            if (m_inTransaction)
                db.exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_registeredInode)
        LedgerFile::unregisterOpen(*m_registeredInode);
}

namespace {

LedgerError noLedgerAt(const QString &path)
{
    return {errors::notALedger,
            QStringLiteral("there is no ledger at %1; create one with 'orchardctl init'").arg(path),
            {{QStringLiteral("field"), QStringLiteral("db")}}};
}

LedgerError notALedger(const QString &path, const QString &why)
{
    return {errors::notALedger, QStringLiteral("%1 %2, so it is not an Orchard ledger; nothing was changed").arg(path, why),
            {{QStringLiteral("field"), QStringLiteral("db")}}};
}

// Opening, probing and registering an SQLite file happen under one lock, so no thread of this
// process can close a probe's descriptor while another has just taken SQLite's locks on it.
QMutex sqliteOpenMutex;

}  // namespace

Result<std::unique_ptr<Database>> Database::open(const LedgerLocation &location, Options options)
{
    if (location.engine == Engine::Postgres)
        return openPostgres(location, options);

    QMutexLocker serialised(&sqliteOpenMutex);
    const QString &path = location.sqlitePath;
    const LedgerFile::Kind kind = LedgerFile::classify(path);
    switch (kind) {
    case LedgerFile::Kind::Missing:
    case LedgerFile::Kind::Empty:
        if (!options.createIfMissing || options.mode == OpenMode::ReadOnly)
            return noLedgerAt(path);
        break;
    case LedgerFile::Kind::NotSqlite:
        if (QFileInfo(path).exists() && !QFileInfo(path).isFile())
            return LedgerError{errors::notALedger,
                               QStringLiteral("%1 is not a file, so it cannot be an Orchard ledger").arg(path),
                               {{QStringLiteral("field"), QStringLiteral("db")}}};
        return notALedger(path, QStringLiteral("is not a database (it has no SQLite header)"));
    case LedgerFile::Kind::ForeignSqlite:
        return notALedger(path, QStringLiteral("is a database but has no orchard_meta table"));
    case LedgerFile::Kind::Ledger:
        break;
    }
    const bool exists = kind != LedgerFile::Kind::Missing;
    if (options.mode == OpenMode::ReadWrite && exists && !isWritableFile(path))
        return LedgerError{errors::readOnly, QStringLiteral("the ledger file %1 is read-only; nothing was changed").arg(path),
                           {{QStringLiteral("field"), QStringLiteral("db")}}};
    if (!exists && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return LedgerError{errors::readOnly,
                           QStringLiteral("cannot create the folder %1 for the ledger").arg(QFileInfo(path).absolutePath()),
                           {{QStringLiteral("field"), QStringLiteral("db")}}};

    std::unique_ptr<Database> database(new Database(location, options, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.mode == OpenMode::ReadOnly) {
            // A read-only ledger leaves nothing behind: with no -wal beside it nobody is writing it,
            // so it is read as immutable (no -shm is made, whose 0444 copy would later make every
            // write fail); with a -wal, SQLite's read-only mode reads through it.
            const bool walInUse = QFileInfo::exists(path + QStringLiteral("-wal"));
            QUrl url = QUrl::fromLocalFile(path);
            url.setQuery(walInUse ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1"));
            db.setDatabaseName(url.toString(QUrl::FullyEncoded));
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return LedgerError::storage(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
    }
    database->m_registeredInode = LedgerFile::registerOpen(path);
    serialised.unlock();

    const Result<bool> ready = database->initialise();
    if (!ready)
        return ready.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const LedgerLocation &location, Options options)
{
    std::unique_ptr<Database> database(new Database(location, options, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setUserName(location.user);
    db.setDatabaseName(location.database);
    if (!location.password.isEmpty())
        db.setPassword(location.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));  // an unreachable server fails instead of hanging
    if (!db.open())
        return LedgerError::storage(QStringLiteral("cannot connect to %1: %2").arg(location.displayName(), db.lastError().text()));
    database->applySessionSettings(db);
    const Result<bool> ready = database->initialise();
    if (!ready)
        return ready.error();
    return database;
}

Result<bool> Database::initialise()
{
    try {
        if (engine() == Engine::Sqlite) {
            // Fails with "file is not a database" for anything that is not SQLite.
            execute(QStringLiteral("PRAGMA schema_version"));
            if (!isReadOnly()) {
                execute(QStringLiteral("PRAGMA journal_mode = WAL"));
                execute(QString::fromLatin1(synchronousPragma(m_options.durability)));
            }
            execute(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    } catch (const SqlFailure &failure) {
        return LedgerError{errors::notALedger,
                           QStringLiteral("%1 is not an Orchard ledger (%2)")
                               .arg(m_location.displayName(), failure.error.databaseText()),
                           {{QStringLiteral("field"), QStringLiteral("db")}}};
    }
    return migrate();
}

Result<bool> Database::migrate()
{
    const QStringList tables = connection().tables(QSql::Tables);
    const bool isOrchard = tables.contains(QStringLiteral("orchard_meta"));
    if (!isOrchard && !tables.isEmpty())
        return LedgerError{errors::notALedger,
                           QStringLiteral("%1 is a database but not an Orchard ledger (it has no orchard_meta table)")
                               .arg(m_location.displayName()),
                           {{QStringLiteral("field"), QStringLiteral("db")}}};
    if (!isOrchard && (!m_options.createIfMissing || isReadOnly()))
        return noLedgerAt(m_location.displayName());
    try {
        int version = 0;
        if (isOrchard) {
            QSqlQuery &query = run(QStringLiteral("SELECT value FROM orchard_meta WHERE key = 'schema_version'"));
            version = query.next() ? query.value(0).toInt() : 0;
            query.finish();
            if (version > migrations::latestVersion())
                return LedgerError{errors::schemaTooNew,
                                   QStringLiteral("%1 has schema version %2, newer than this program knows (%3); "
                                                  "upgrade Orchard to open it")
                                       .arg(m_location.displayName())
                                       .arg(version)
                                       .arg(migrations::latestVersion()),
                                   {{QStringLiteral("field"), QStringLiteral("db")}}};
            if (version == migrations::latestVersion())
                return true;
        }
        if (isReadOnly())
            return LedgerError{errors::readOnly,
                               QStringLiteral("%1 needs a schema upgrade, which a read-only connection cannot do")
                                   .arg(m_location.displayName()),
                               {}};
        // Some migrations rebuild a table (SQLite cannot alter a CHECK); SQLite's own recipe turns
        // foreign keys off around the transaction and checks them all before committing.
        if (engine() == Engine::Sqlite)
            execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
        beginWrite();
        // Another process may have migrated while we waited for the write lock.
        const bool createdMeanwhile = connection().tables(QSql::Tables).contains(QStringLiteral("orchard_meta"));
        if (createdMeanwhile) {
            QSqlQuery &query = run(QStringLiteral("SELECT value FROM orchard_meta WHERE key = 'schema_version'"));
            version = query.next() ? query.value(0).toInt() : 0;
            query.finish();
        }
        for (int next = version + 1; next <= migrations::latestVersion(); ++next) {
            for (const QString &statement : migrations::statementsFor(next, engine()))
                execute(statement);
            if (next == migrations::idempotencySealVersion)
                sealLegacyIdempotencyKeys();
            if (next == 1) {
                execute(QStringLiteral("INSERT INTO orchard_meta (key, value) VALUES ('schema_version', '0')"));
                for (const char *source : {"marketplace", "loyalife", "admin"})
                    run(QStringLiteral("INSERT INTO sources (name, created_at_ms) VALUES (?, ?)"),
                        {QString::fromLatin1(source), m_options.nowMs});
            }
            run(QStringLiteral("UPDATE orchard_meta SET value = ? WHERE key = 'schema_version'"), {QString::number(next)});
        }
        if (engine() == Engine::Sqlite) {
            QSqlQuery &broken = run(QStringLiteral("PRAGMA foreign_key_check"));
            const bool violated = broken.next();
            const QString table = violated ? broken.value(0).toString() : QString();
            broken.finish();
            if (violated)
                throw SqlFailure(QStringLiteral("migrate"),
                                 QSqlError(QStringLiteral("a migration left a dangling reference in %1").arg(table)));
            execute(QStringLiteral("PRAGMA application_id = 1330795336"));  // 'ORCH'
        }
        commit();
        if (engine() == Engine::Sqlite)
            execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const SqlFailure &failure) {
        if (m_inTransaction)
            rollback();
        if (engine() == Engine::Sqlite)
            QSqlQuery(connection()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (failure.isReadOnly())
            return LedgerError{errors::readOnly,
                               QStringLiteral("%1 cannot be written: %2").arg(m_location.displayName(), failure.error.text()),
                               {{QStringLiteral("field"), QStringLiteral("db")}}};
        return LedgerError::storage(QStringLiteral("cannot prepare the ledger schema: %1").arg(QString::fromUtf8(failure.what())));
    }
    return true;
}

// The answers stored before answers were sealed one transaction at a time: one audit record
// holds their count and one digest over all of them, so none can be edited or added later.
void Database::sealLegacyIdempotencyKeys()
{
    QSqlQuery &rows = run(QStringLiteral("SELECT source_id, key, operation, request_digest, succeeded, response "
                                         "FROM idempotency_keys ORDER BY source_id, key"));
    QCryptographicHash all(QCryptographicHash::Sha256);
    qint64 count = 0;
    while (rows.next()) {
        all.addData(AuditLog::idempotencyDigest(rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(),
                                                rows.value(3).toString(), rows.value(4).toInt() != 0, rows.value(5).toString())
                        .toLatin1());
        ++count;
    }
    rows.finish();
    if (count == 0)
        return;
    AuditLog(*this).append({m_options.nowMs, QStringLiteral("system:migration"), QStringLiteral("admin"),
                            AuditLog::idempotencyLegacyAction, QStringLiteral("idempotency"),
                            {{QStringLiteral("rows"), count}, {QStringLiteral("sha256"), QString::fromLatin1(all.result().toHex())}},
                            std::nullopt, {}});
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it.value();
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw SqlFailure(sql, query.lastError());
    return m_statements.insert(sql, query).value();
}

QSqlQuery &Database::run(const QString &sql, std::initializer_list<QVariant> values)
{
    return run(sql, QVariantList(values));
}

QSqlQuery &Database::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = prepared(sql);
    int position = 0;
    for (const QVariant &value : values) {
        // Stays on in release builds: text without a UTF-8 form would be stored changed.
        if (value.typeId() == QMetaType::QString && !QStringView(value.toString()).isValidUtf16())
            throw SqlFailure(sql, QSqlError(QStringLiteral("refusing to store text that is not valid Unicode")));
        // Qt binds a null QString as SQL NULL; an empty text is what the ledger means by it.
        // An explicit NULL is written as QVariant(QMetaType(...)), which stays NULL.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.bindValue(position++, QString(QLatin1String("")));
        else
            query.bindValue(position++, value);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        if (!m_inTransaction && reconnectAfter(error))
            return run(sql, values);  // once: reconnectAfter gives up on a second failure
        throw SqlFailure(sql, error);
    }
    m_reconnected = false;
    return query;
}

void Database::executeSavepointCommand(const QString &sql)
{
    if (engine() == Engine::Sqlite)
        run(sql).finish();
    else
        execute(sql);
}

QString Database::textListSql() const
{
    return engine() == Engine::Postgres ? QStringLiteral("(SELECT json_array_elements_text(CAST(? AS json)))")
                                        : QStringLiteral("(SELECT value FROM json_each(?))");
}

QString Database::integerListSql() const
{
    return engine() == Engine::Postgres ? QStringLiteral("(SELECT CAST(json_array_elements_text(CAST(? AS json)) AS BIGINT))")
                                        : QStringLiteral("(SELECT CAST(value AS INTEGER) FROM json_each(?))");
}

qint64 Database::nextRowId(const QString &table)
{
    Q_ASSERT(engine() == Engine::Sqlite);
    QSqlQuery &last = run(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table);
    last.next();
    const qint64 next = last.value(0).toLongLong() + 1;
    last.finish();
    return next;
}

QString Database::textList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

void Database::execute(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        if (!m_inTransaction && reconnectAfter(error)) {
            execute(sql);
            return;
        }
        throw SqlFailure(sql, error);
    }
    m_reconnected = false;
}

void Database::applySessionSettings(QSqlDatabase db) const
{
    QSqlQuery settings(db);
    settings.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    // A writer waiting this long for the ledger's write lock is told `unavailable`, not left hanging.
    settings.exec(QStringLiteral("SET lock_timeout = '%1ms'").arg(m_options.busyTimeoutMs));
}

bool Database::reconnectAfter(const QSqlError &error)
{
    // A PostgreSQL server that restarted (or a network that dropped) leaves this connection dead;
    // outside a transaction nothing is lost by opening it again, once.
    if (engine() != Engine::Postgres || m_reconnected)
        return false;
    const QString state = error.nativeErrorCode();
    const bool connectionLost = state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
                                || error.type() == QSqlError::ConnectionError
                                || error.text().contains(QLatin1String("connection"), Qt::CaseInsensitive);
    if (!connectionLost)
        return false;
    m_reconnected = true;
    for (QSqlQuery &query : m_statements)
        query.finish();
    m_statements.clear();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return false;
    applySessionSettings(db);
    return true;
}

void Database::beginWrite()
{
    Q_ASSERT(!m_inTransaction);
    if (engine() == Engine::Sqlite) {
        execute(QStringLiteral("BEGIN IMMEDIATE"));
        m_inTransaction = true;
        return;
    }
    // One writer at a time on the whole ledger, across processes and machines, exactly as SQLite's
    // write lock: the audit chain needs a total order anyway, and group commit makes it cheap.
    execute(QStringLiteral("BEGIN"));
    m_inTransaction = true;
    try {
        execute(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(writerLockKey));
    } catch (const SqlFailure &) {
        rollback();
        throw;
    }
}

void Database::commit()
{
    Q_ASSERT(m_inTransaction);
    for (QSqlQuery &query : m_statements)
        query.finish();
    execute(QStringLiteral("COMMIT"));
    m_inTransaction = false;
}

void Database::rollback()
{
    Q_ASSERT(m_inTransaction);
    m_inTransaction = false;
    for (QSqlQuery &query : m_statements)
        query.finish();
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK"));
}

}  // namespace orchard
