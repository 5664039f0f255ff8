#include "store/auditlog.h"

#include "store/bufferedinsert.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <utility>

namespace orchard {

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::chainHash(const QString &previousHash, qint64 atMs, const QString &actor, const QString &source,
                            const QString &action, const QString &subject, const QString &detailsJson,
                            const QString &entryId, const QString &entryDigest)
{
    const QChar separator(0x1f);
    const QString canonical = previousHash + separator + QString::number(atMs) + separator + actor + separator + source
                              + separator + action + separator + subject + separator + detailsJson + separator
                              + entryId + separator + entryDigest;
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString AuditLog::idempotencyDigest(qint64 sourceId, const QString &key, const QString &operation,
                                   const QString &requestDigest, bool succeeded, const QString &response)
{
    const QChar separator(0x1f);
    const QString canonical = QString::number(sourceId) + separator + key + separator + operation + separator + requestDigest
                              + separator + (succeeded ? QStringLiteral("1") : QStringLiteral("0")) + separator + response;
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void AuditLog::append(const Record &record)
{
    if (m_holding)
        m_held.append(record);
    else
        write(record);
}

void AuditLog::hold()
{
    Q_ASSERT(!m_holding && m_held.isEmpty());
    m_holding = true;
}

bool AuditLog::flush(const QJsonArray &sealedAnswers)
{
    Q_ASSERT(m_holding);
    m_holding = false;
    const QList<Record> held = std::exchange(m_held, {});
    for (qsizetype i = 0; i < held.size(); ++i) {
        Record record = held.at(i);
        if (i == held.size() - 1 && !sealedAnswers.isEmpty())
            record.details.insert(QStringLiteral("sealed_answers"), sealedAnswers);
        write(record);
    }
    return !held.isEmpty();
}

void AuditLog::drop()
{
    m_holding = false;
    m_held.clear();
}

void AuditLog::dropFrom(qsizetype count)
{
    Q_ASSERT(count >= 0 && count <= m_held.size());
    m_held.resize(count);
}

struct AuditLog::Deferred
{
    explicit Deferred(Database &database)
        : records(database,
                  QStringLiteral("INSERT INTO audit_log (at_ms, actor, source, action, subject, details, entry_id, entry_digest, "
                                 "prev_hash, hash)"),
                  10)
    {
    }
    BufferedInsert records;
    QString headRead;  // the head when the batch began
    QString head;      // after the deferred records
};

AuditLog::AuditLog(Database &database) : m_database(database)
{
}

AuditLog::~AuditLog() = default;

QString AuditLog::head()
{
    QSqlQuery &head = m_database.run(QStringLiteral("SELECT value FROM orchard_meta WHERE key = 'audit_head'"));
    if (!head.next())
        throw SqlFailure(QStringLiteral("audit head"), QSqlError(QStringLiteral("the audit chain head is missing")));
    const QString hash = head.value(0).toString();
    head.finish();
    return hash;
}

void AuditLog::deferWrites()
{
    Q_ASSERT(!m_holding);
    if (!m_deferred)
        m_deferred = std::make_unique<Deferred>(m_database);
    Q_ASSERT(m_deferred->records.pending() == 0);
    m_deferred->headRead = head();
    m_deferred->head = m_deferred->headRead;
}

void AuditLog::writeDeferred()
{
    Q_ASSERT(m_deferred && !m_holding);
    std::unique_ptr<Deferred> deferred = std::move(m_deferred);
    if (deferred->records.pending() == 0)
        return;
    deferred->records.write();
    QSqlQuery &update = m_database.run(QStringLiteral("UPDATE orchard_meta SET value = ? WHERE key = 'audit_head' AND value = ?"),
                                       {deferred->head, deferred->headRead});
    if (update.numRowsAffected() != 1)
        throw SqlFailure(QStringLiteral("audit head"), QSqlError(QStringLiteral("the audit chain head moved during an append")));
}

void AuditLog::discardDeferred()
{
    m_deferred.reset();
}

void AuditLog::write(const Record &record)
{
    // The head row serialises appends on every engine: the UPDATE takes its row lock.
    const QString previousHash = m_deferred ? m_deferred->head : head();
    const QString detailsJson = QString::fromUtf8(QJsonDocument(record.details).toJson(QJsonDocument::Compact));
    const QString entryId = record.entryId ? QString::number(*record.entryId) : QString();
    const QString hash = chainHash(previousHash, record.atMs, record.actor, record.source, record.action,
                                   record.subject, detailsJson, entryId, record.entryDigest);
    const QVariant entryColumn = record.entryId ? QVariant(*record.entryId) : QVariant(QMetaType(QMetaType::LongLong));
    if (m_deferred) {
        m_deferred->records.add({record.atMs, record.actor, record.source, record.action, record.subject, detailsJson, entryColumn,
                                 record.entryDigest, previousHash, hash});
        m_deferred->head = hash;
        return;
    }
    m_database.run(QStringLiteral("INSERT INTO audit_log (at_ms, actor, source, action, subject, details, entry_id, "
                                  "entry_digest, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {record.atMs, record.actor, record.source, record.action, record.subject, detailsJson, entryColumn,
                    record.entryDigest, previousHash, hash});
    QSqlQuery &update = m_database.run(QStringLiteral("UPDATE orchard_meta SET value = ? WHERE key = 'audit_head' AND value = ?"),
                                       {hash, previousHash});
    if (update.numRowsAffected() != 1)
        throw SqlFailure(QStringLiteral("audit head"), QSqlError(QStringLiteral("the audit chain head moved during an append")));
}

}  // namespace orchard
