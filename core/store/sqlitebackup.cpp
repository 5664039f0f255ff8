#include "store/sqlitebackup.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

#include <memory>

namespace orchard::sqlitebackup {

namespace {

struct CloseSqlite
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseSqlite>;

Result<Connection> openRaw(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return LedgerError::storage(QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))));
    return db;
}

Result<bool> setWalMode(const QString &path)
{
    Result<Connection> db = openRaw(path, SQLITE_OPEN_READWRITE);
    if (!db)
        return db.error();
    char *error = nullptr;
    if (sqlite3_exec(db.value().get(), "PRAGMA journal_mode = WAL", nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error);
        sqlite3_free(error);
        return LedgerError::storage(QStringLiteral("cannot set %1 to WAL mode: %2").arg(path, message));
    }
    return true;
}

}  // namespace

Result<bool> copyInto(Database &ledger, const QString &path)
{
    Q_ASSERT(ledger.engine() == Engine::Sqlite);
    if (QFileInfo::exists(path))
        return LedgerError::invalidArgument(QStringLiteral("output"), QStringLiteral("%1 exists; a backup never overwrites a file").arg(path));
    try {
        ledger.run(QStringLiteral("VACUUM INTO ?"), {path});
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
    // VACUUM INTO writes a rollback-journal file; in the ledger's own WAL mode, opening the copy
    // to read it (verify, a report) leaves its bytes, and so its manifest's digest, as they are.
    return setWalMode(path);
}

Result<bool> restoreInto(const QString &copyPath, const QString &targetPath, int busyTimeoutMs)
{
    Result<Connection> source = openRaw(copyPath, SQLITE_OPEN_READONLY);
    if (!source)
        return source.error();
    Result<Connection> target = openRaw(targetPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!target)
        return target.error();
    sqlite3_busy_timeout(target.value().get(), busyTimeoutMs);
    sqlite3_backup *backup = sqlite3_backup_init(target.value().get(), "main", source.value().get(), "main");
    if (!backup)
        return LedgerError::storage(QStringLiteral("cannot restore into %1: %2").arg(targetPath, QString::fromUtf8(sqlite3_errmsg(target.value().get()))));
    // All pages in one step: the target's lock is taken once and held until the copy is whole.
    int rc = SQLITE_OK;
    int waitedMs = 0;
    while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (waitedMs >= busyTimeoutMs)
            break;
        QThread::msleep(50);
        waitedMs += 50;
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return LedgerError{errors::unavailable,
                           QStringLiteral("%1 is being written by another process; nothing was restored (stop it and try again)").arg(targetPath),
                           {{QStringLiteral("db"), targetPath}}};
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return LedgerError::storage(QStringLiteral("restoring into %1 failed: %2").arg(targetPath, QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished))));
    target.value().reset();
    return setWalMode(targetPath);  // the ledger's own mode, whatever mode the copy was in
}

}  // namespace orchard::sqlitebackup
