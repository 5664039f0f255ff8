#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace orchard {

class Database;

// The append-only, hash-chained audit trail. Each record holds the hash of the one before it and,
// for a journal entry, the digest of that entry and its postings: an edited or deleted audit or
// journal row breaks the chain, and `verify` names it.
class AuditLog
{
public:
    struct Record
    {
        qint64 atMs = 0;
        QString actor;
        QString source;
        QString action;   // "points.issue", "reservation.confirm", ...
        QString subject;  // the member or reservation it is about
        QJsonObject details;
        std::optional<qint64> entryId;
        QString entryDigest;
    };

    explicit AuditLog(Database &database);
    ~AuditLog();
    void append(const Record &record);  // throws SqlFailure; while holding, kept for flush()

    // An operation's records are written when it ends, so that the last of them can also seal
    // the answer the operation stored for its idempotency key (written after its entries).
    void hold();
    // Writes the held records; `sealedAnswers` ([source id, key, seal] each) go into the last
    // one's details. False when nothing was held (the answers then need a record of their own).
    bool flush(const QJsonArray &sealedAnswers);
    void drop();  // the operation's work was rolled back
    qsizetype heldCount() const { return m_held.size(); }
    void dropFrom(qsizetype count);  // the work after the first `count` held records was rolled back

    // Deferred (SQLite, a batch decided together): the chain's head is read once, each record is
    // chained in memory, and writeDeferred() inserts them in a few statements and moves the head
    // once, from the head it read (another writer moving it in between fails the batch).
    void deferWrites();
    void writeDeferred();  // throws SqlFailure
    void discardDeferred();

    static QString genesisHash();
    // What seals one stored idempotency answer: a retry must get exactly these bytes back.
    static QString idempotencyDigest(qint64 sourceId, const QString &key, const QString &operation,
                                     const QString &requestDigest, bool succeeded, const QString &response);
    inline static const QString idempotencySealAction = QStringLiteral("idempotency.keys");
    inline static const QString idempotencyLegacyAction = QStringLiteral("idempotency.sealed");
    static QString chainHash(const QString &previousHash, qint64 atMs, const QString &actor, const QString &source,
                             const QString &action, const QString &subject, const QString &detailsJson,
                             const QString &entryId, const QString &entryDigest);

private:
    void write(const Record &record);
    QString head();

    struct Deferred;
    Database &m_database;
    std::unique_ptr<Deferred> m_deferred;
    bool m_holding = false;
    QList<Record> m_held;
};

}  // namespace orchard
