#include "journal.h"

#include "auditlog.h"
#include "database.h"
#include "sqlerror.h"

#include <QCryptographicHash>

namespace orchard {

QString Journal::digest(qint64 entryId, const JournalEntry &entry)
{
    const QChar separator(0x1f);
    QString canonical = QString::number(entryId) + separator + entry.kind + separator
                        + QString::number(entry.postedAtMs) + separator + entry.memberId + separator
                        + QString::number(entry.sourceId) + separator + entry.reference + separator + entry.actor
                        + separator + (entry.reservationId ? QString::number(*entry.reservationId) : QString())
                        + separator + QString::number(entry.points) + separator + entry.reason;
    for (const Posting &posting : entry.postings)
        canonical += QChar(0x1e) + QString::number(posting.accountId) + separator + QString::number(posting.amount);
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 Journal::append(const JournalEntry &entry, const QString &auditAction, const QString &subject,
                       const QJsonObject &auditDetails)
{
    Points sum = 0;
    for (const Posting &posting : entry.postings) {
        Q_ASSERT(posting.amount != 0);
        sum += posting.amount;
    }
    // Stays on in release builds: an unbalanced entry must never reach the journal.
    if (entry.postings.size() < 2 || sum != 0)
        throw SqlFailure(QStringLiteral("journal append"),
                         QSqlError(QStringLiteral("refusing an unbalanced %1 entry (sum %2)").arg(entry.kind).arg(sum)));

    QSqlQuery &insert = m_database.run(
        QStringLiteral("INSERT INTO entries (kind, posted_at_ms, member_id, source_id, reference, actor, "
                       "reservation_id, points, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {entry.kind, entry.postedAtMs, entry.memberId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : entry.memberId,
         entry.sourceId, entry.reference, entry.actor,
         entry.reservationId ? QVariant(*entry.reservationId) : QVariant(QMetaType(QMetaType::LongLong)), entry.points,
         entry.reason});
    if (!insert.next())
        throw SqlFailure(QStringLiteral("journal append"), QSqlError(QStringLiteral("no id returned for a new entry")));
    const qint64 entryId = insert.value(0).toLongLong();
    insert.finish();

    for (const Posting &posting : entry.postings) {
        m_database.run(QStringLiteral("INSERT INTO postings (entry_id, account_id, amount) VALUES (?, ?, ?)"),
                       {entryId, posting.accountId, posting.amount});
        QSqlQuery &move = m_database.run(QStringLiteral("UPDATE accounts SET balance = balance + ? WHERE id = ?"),
                                         {posting.amount, posting.accountId});
        if (move.numRowsAffected() != 1)
            throw SqlFailure(QStringLiteral("journal append"),
                             QSqlError(QStringLiteral("posting to unknown account %1").arg(posting.accountId)));
    }

    AuditLog::Record record;
    record.atMs = entry.postedAtMs;
    record.actor = entry.actor;
    record.source = entry.sourceName;
    record.action = auditAction;
    record.subject = subject;
    record.details = auditDetails;
    record.entryId = entryId;
    record.entryDigest = digest(entryId, entry);
    m_audit.append(record);
    return entryId;
}

}  // namespace orchard
