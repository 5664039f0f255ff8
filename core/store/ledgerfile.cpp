#include "store/ledgerfile.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <optional>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace orchard {

namespace {

struct Inode
{
    quint64 device = 0;
    quint64 number = 0;
    friend bool operator==(const Inode &a, const Inode &b) { return a.device == b.device && a.number == b.number; }
};

size_t qHash(const Inode &inode, size_t seed = 0)
{
    return ::qHash(inode.device, seed) ^ ::qHash(inode.number, seed);
}

std::optional<Inode> inodeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return Inode{quint64(info.st_dev), quint64(info.st_ino)};
}

QMutex registryMutex;
QHash<Inode, int> &openInodes()
{
    static QHash<Inode, int> inodes;
    return inodes;
}

constexpr int sqliteHeaderBytes = 100;
constexpr int applicationIdOffset = 68;

quint32 bigEndian32(const unsigned char *bytes)
{
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | quint32(bytes[3]);
}

// The tables of an SQLite file, read with immutable=1: no lock is taken, no -wal or -shm is
// made, nothing is written. Only ever used on files this process does not hold open.
std::optional<QStringList> tablesOfImmutable(const QString &path)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("orchard-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    std::optional<QStringList> tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl url = QUrl::fromLocalFile(path);
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                QStringList names;
                while (query.next())
                    names.append(query.value(0).toString());
                tables = names;
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

qint64 readFully(int fd, unsigned char *into, qint64 bytes, qint64 offset)
{
    qint64 got = 0;
    while (got < bytes) {
        const ssize_t n = ::pread(fd, into + got, size_t(bytes - got), off_t(offset + got));
        if (n <= 0)
            break;
        got += n;
    }
    return got;
}

// A ledger whose creation is still only in its write-ahead log (its maker has it open and has
// not checkpointed yet): the newest copy of page 1 in the -wal carries the application id. Read
// with pread(2) only; SQLite holds no lock on the -wal itself.
bool walMarksLedger(const QString &walPath)
{
    constexpr qint64 walHeaderBytes = 32;
    constexpr qint64 frameHeaderBytes = 24;
    const int fd = ::open(QFile::encodeName(walPath).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return false;
    bool marked = false;
    unsigned char header[walHeaderBytes] = {};
    if (readFully(fd, header, walHeaderBytes, 0) == walHeaderBytes) {
        const quint32 magic = bigEndian32(header);
        const qint64 pageSize = bigEndian32(header + 8);
        const bool validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
        if ((magic == 0x377f0682 || magic == 0x377f0683) && validPageSize) {
            unsigned char frame[frameHeaderBytes] = {};
            unsigned char idBytes[4] = {};
            for (qint64 at = walHeaderBytes; readFully(fd, frame, frameHeaderBytes, at) == frameHeaderBytes; at += frameHeaderBytes + pageSize) {
                const bool currentSalts = std::memcmp(frame + 8, header + 16, 8) == 0;
                if (!currentSalts)
                    break;  // frames from an earlier generation of the log
                if (bigEndian32(frame) == 1 && readFully(fd, idBytes, 4, at + frameHeaderBytes + applicationIdOffset) == 4)
                    marked = bigEndian32(idBytes) == LedgerFile::applicationId;
            }
        }
    }
    ::close(fd);
    return marked;
}

}  // namespace

LedgerFile::Kind LedgerFile::classify(const QString &path)
{
    struct stat info = {};
    const QByteArray encoded = QFile::encodeName(path);
    if (::stat(encoded.constData(), &info) != 0)
        return errno == ENOENT ? Kind::Missing : Kind::NotSqlite;
    if (!S_ISREG(info.st_mode))
        return Kind::NotSqlite;
    if (isOpenInThisProcess(path))
        return Kind::Ledger;  // already classified when it was opened; never touch its descriptors
    if (info.st_size == 0)
        return walMarksLedger(path + QStringLiteral("-wal")) ? Kind::Ledger : Kind::Empty;

    unsigned char header[sqliteHeaderBytes] = {};
    const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return Kind::NotSqlite;
    ssize_t got = 0;
    while (got < sqliteHeaderBytes) {
        const ssize_t n = ::read(fd, header + got, size_t(sqliteHeaderBytes - got));
        if (n <= 0)
            break;
        got += n;
    }
    ::close(fd);
    if (got < sqliteHeaderBytes || std::memcmp(header, "SQLite format 3", 16) != 0)
        return Kind::NotSqlite;
    if (bigEndian32(header + applicationIdOffset) == applicationId || walMarksLedger(path + QStringLiteral("-wal")))
        return Kind::Ledger;

    const std::optional<QStringList> tables = tablesOfImmutable(path);
    if (!tables)
        return Kind::NotSqlite;
    if (tables->contains(QStringLiteral("orchard_meta")))
        return Kind::Ledger;  // a ledger from before the application id was set
    if (tables->isEmpty())
        return Kind::Empty;
    return Kind::ForeignSqlite;
}

LedgerFile::InodeKey LedgerFile::registerOpen(const QString &path)
{
    const std::optional<Inode> inode = inodeOf(path);
    Q_ASSERT(inode);
    if (!inode)
        return {0, 0};
    QMutexLocker lock(&registryMutex);
    ++openInodes()[*inode];
    return {inode->device, inode->number};
}

void LedgerFile::unregisterOpen(const InodeKey &key)
{
    QMutexLocker lock(&registryMutex);
    auto it = openInodes().find(Inode{key.first, key.second});
    if (it != openInodes().end() && --it.value() <= 0)
        openInodes().erase(it);
}

bool LedgerFile::isOpenInThisProcess(const QString &path)
{
    const std::optional<Inode> inode = inodeOf(path);
    if (!inode)
        return false;
    QMutexLocker lock(&registryMutex);
    return openInodes().contains(*inode);
}

bool LedgerFile::isLedgerOrSidecar(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (classify(absolute) == Kind::Ledger)
        return true;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QLatin1String tail(suffix);
        if (absolute.endsWith(tail) && classify(absolute.chopped(tail.size())) == Kind::Ledger)
            return true;
    }
    return false;
}

}  // namespace orchard
