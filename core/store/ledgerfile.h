#pragma once

#include <QString>

#include <utility>

namespace orchard {

// What an SQLite path holds, decided without changing a byte of it. Opening a foreign file in
// SQLite read-write would already switch it to WAL before we could refuse it, and closing any
// descriptor of a file this process has open in SQLite drops SQLite's POSIX locks on it ("How To
// Corrupt An SQLite Database File", §2.2). So a file this process already holds open as a
// ledger is never probed again, and any other file is read through plain read(2) of its header
// or an SQLite connection with immutable=1 (no locks, no -wal or -shm created).
class LedgerFile
{
public:
    enum class Kind {
        Missing,       // no file at the path
        Empty,         // a zero-length file, or an SQLite database without a single table
        Ledger,        // an Orchard ledger
        ForeignSqlite, // an SQLite database of some other program
        NotSqlite,     // anything else (or unreadable)
    };

    static Kind classify(const QString &path);

    // Every Database on an SQLite ledger registers its file's inode for its lifetime; the
    // returned key (device, inode) is what it unregisters, even if the path changed meanwhile.
    using InodeKey = std::pair<quint64, quint64>;
    static InodeKey registerOpen(const QString &path);
    static void unregisterOpen(const InodeKey &key);
    static bool isOpenInThisProcess(const QString &path);
    // The ledger itself or one of SQLite's files beside it (-wal, -shm, -journal): something no
    // export, backup or report may ever write to, whether it exists yet or not.
    static bool isLedgerOrSidecar(const QString &path);

    static constexpr quint32 applicationId = 1330795336;  // 'ORCH', PRAGMA application_id
};

}  // namespace orchard
