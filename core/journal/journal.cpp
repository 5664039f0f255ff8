#include "journal/journal.h"

#include "base/invariant.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/seedstaging.h"
#include "store/sqlerror.h"

#include <QCryptographicHash>
#include <QHash>

namespace orchard {

QString Journal::digest(qint64 entryId, const JournalEntry &entry)
{
    const QChar separator(0x1f);
    QString canonical = QString::number(entryId) + separator + entry.kind + separator
                        + QString::number(entry.postedAtMs) + separator + entry.memberId + separator
                        + QString::number(entry.sourceId) + separator + entry.reference + separator + entry.actor
                        + separator + (entry.reservationId ? QString::number(*entry.reservationId) : QString())
                        + separator + QString::number(entry.points) + separator + entry.reason;
    // Money fields join the digest only when present, so entries written before money existed
    // keep the digests they were recorded with.
    if (entry.amountMinor != 0)
        canonical += separator + QStringLiteral("money=") + QString::number(entry.amountMinor);
    for (const Posting &posting : entry.postings) {
        canonical += QChar(0x1e) + QString::number(posting.accountId) + separator + QString::number(posting.amount);
        if (posting.unit != unitPoints)
            canonical += separator + posting.unit;
    }
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 Journal::append(const JournalEntry &entry, const QString &auditAction, const QString &subject,
                       const QJsonObject &auditDetails)
{
    QHash<QString, qint64> sums;
    for (const Posting &posting : entry.postings) {
        Q_ASSERT(posting.amount != 0);
        sums[posting.unit] += posting.amount;
    }
    // Stays on in release builds: an entry unbalanced in any unit must never reach the journal.
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it)
        require(it.value() == 0, QStringLiteral("an entry balances in every unit: a %1 entry's %2 sum to %3")
                                     .arg(entry.kind, it.key())
                                     .arg(it.value()));
    require(entry.postings.size() >= 2, QStringLiteral("an entry has two postings or more: a %1 entry has %2")
                                            .arg(entry.kind)
                                            .arg(entry.postings.size()));

    QSqlQuery &insert = m_database.run(
        QStringLiteral("INSERT INTO entries (kind, posted_at_ms, member_id, source_id, reference, actor, "
                       "reservation_id, points, reason, amount_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {entry.kind, entry.postedAtMs, entry.memberId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : entry.memberId,
         entry.sourceId, entry.reference, entry.actor,
         entry.reservationId ? QVariant(*entry.reservationId) : QVariant(QMetaType(QMetaType::LongLong)), entry.points,
         entry.reason, entry.amountMinor});
    require(insert.next(), QStringLiteral("a new entry has an id"));
    const qint64 entryId = insert.value(0).toLongLong();
    insert.finish();

    QList<qint64> balancesAfter;
    balancesAfter.reserve(entry.postings.size());
    for (const Posting &posting : entry.postings) {
        m_database.run(QStringLiteral("INSERT INTO postings (entry_id, account_id, amount, unit) VALUES (?, ?, ?, ?)"),
                       {entryId, posting.accountId, posting.amount, posting.unit});
        QSqlQuery &move = m_database.run(QStringLiteral("UPDATE accounts SET balance = balance + ? WHERE id = ? RETURNING balance"),
                                         {posting.amount, posting.accountId});
        require(move.next(), QStringLiteral("a posting names an account: account %1 does not exist").arg(posting.accountId));
        balancesAfter.append(move.value(0).toLongLong());
        move.finish();
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
    if (m_observer)
        m_observer(entryId, entry, balancesAfter);
    return entryId;
}

qint64 Journal::importSynthetic(const SeedStaging &staging)
{
    require(staging.table() == QLatin1String("entries") || staging.table() == QLatin1String("postings"),
            QStringLiteral("the journal imports entries and postings, not %1").arg(staging.table()));
    const QString target = staging.table() == QLatin1String("entries") ? QStringLiteral("INSERT INTO entries")
                                                                        : QStringLiteral("INSERT INTO postings");
    return staging.moveInto(target);
}

}  // namespace orchard
