#include "journal/journal.h"

#include "base/invariant.h"
#include "store/auditlog.h"
#include "store/bufferedinsert.h"
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

    const qint64 entryId = insertEntry(entry);
    QList<qint64> balancesAfter;
    balancesAfter.reserve(entry.postings.size());
    for (const Posting &posting : entry.postings)
        balancesAfter.append(movedBalance(posting));

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

struct Journal::Deferred
{
    explicit Deferred(Database &database)
        : entries(database,
                  QStringLiteral("INSERT INTO entries (id, kind, posted_at_ms, member_id, source_id, reference, actor, "
                                 "reservation_id, points, reason, amount_minor)"),
                  11),
          postings(database, QStringLiteral("INSERT INTO postings (entry_id, account_id, amount, unit)"), 4)
    {
    }
    BufferedInsert entries;
    BufferedInsert postings;
    qint64 nextEntryId = 0;
    QHash<qint64, qint64> balances;  // as the deferred postings leave them
    QList<qint64> moved;             // the accounts they move, in the order first moved
    QHash<qint64, qint64> movedBy;
};

Journal::Journal(Database &database, AuditLog &audit) : m_database(database), m_audit(audit)
{
}

Journal::~Journal() = default;

namespace {
QVariant nullableEntryColumns(const QString &memberId)
{
    return memberId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(memberId);
}
QVariant nullableReservation(const std::optional<qint64> &reservationId)
{
    return reservationId ? QVariant(*reservationId) : QVariant(QMetaType(QMetaType::LongLong));
}
}  // namespace

qint64 Journal::insertEntry(const JournalEntry &entry)
{
    if (m_deferred) {
        const qint64 entryId = m_deferred->nextEntryId++;
        m_deferred->entries.add({entryId, entry.kind, entry.postedAtMs, nullableEntryColumns(entry.memberId), entry.sourceId,
                                 entry.reference, entry.actor, nullableReservation(entry.reservationId), entry.points, entry.reason,
                                 entry.amountMinor});
        for (const Posting &posting : entry.postings)
            m_deferred->postings.add({entryId, posting.accountId, posting.amount, posting.unit});
        return entryId;
    }
    QSqlQuery &insert = m_database.run(
        QStringLiteral("INSERT INTO entries (kind, posted_at_ms, member_id, source_id, reference, actor, "
                       "reservation_id, points, reason, amount_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {entry.kind, entry.postedAtMs, nullableEntryColumns(entry.memberId), entry.sourceId, entry.reference, entry.actor,
         nullableReservation(entry.reservationId), entry.points, entry.reason, entry.amountMinor});
    require(insert.next(), QStringLiteral("a new entry has an id"));
    const qint64 entryId = insert.value(0).toLongLong();
    insert.finish();
    for (const Posting &posting : entry.postings)
        m_database.run(QStringLiteral("INSERT INTO postings (entry_id, account_id, amount, unit) VALUES (?, ?, ?, ?)"),
                       {entryId, posting.accountId, posting.amount, posting.unit});
    return entryId;
}

qint64 Journal::movedBalance(const Posting &posting)
{
    if (m_deferred) {
        auto known = m_deferred->balances.find(posting.accountId);
        if (known == m_deferred->balances.end()) {
            QSqlQuery &read = m_database.run(QStringLiteral("SELECT balance FROM accounts WHERE id = ?"), {posting.accountId});
            require(read.next(), QStringLiteral("a posting names an account: account %1 does not exist").arg(posting.accountId));
            known = m_deferred->balances.insert(posting.accountId, read.value(0).toLongLong());
            read.finish();
        }
        if (!m_deferred->movedBy.contains(posting.accountId))
            m_deferred->moved.append(posting.accountId);
        m_deferred->movedBy[posting.accountId] += posting.amount;
        *known += posting.amount;
        return *known;
    }
    QSqlQuery &move = m_database.run(QStringLiteral("UPDATE accounts SET balance = balance + ? WHERE id = ? RETURNING balance"),
                                     {posting.amount, posting.accountId});
    require(move.next(), QStringLiteral("a posting names an account: account %1 does not exist").arg(posting.accountId));
    const qint64 after = move.value(0).toLongLong();
    move.finish();
    return after;
}

void Journal::deferWrites(const QHash<qint64, qint64> &balances)
{
    Q_ASSERT(m_database.engine() == Engine::Sqlite && m_database.inTransaction());
    if (!m_deferred)
        m_deferred = std::make_unique<Deferred>(m_database);
    Q_ASSERT(m_deferred->entries.pending() == 0 && m_deferred->moved.isEmpty());
    m_deferred->nextEntryId = m_database.nextRowId(QStringLiteral("entries"));
    m_deferred->balances = balances;
}

std::optional<qint64> Journal::deferredBalance(qint64 accountId) const
{
    if (!m_deferred)
        return std::nullopt;
    const auto known = m_deferred->balances.constFind(accountId);
    return known == m_deferred->balances.constEnd() ? std::nullopt : std::optional<qint64>(*known);
}

void Journal::writeDeferred()
{
    Q_ASSERT(m_deferred);
    std::unique_ptr<Deferred> deferred = std::move(m_deferred);
    deferred->entries.write();
    deferred->postings.write();
    // Each balance once; the row's CHECK still refuses a negative one, and the row must end where
    // the postings took it in memory (nothing else writes inside the batch's transaction).
    for (const qint64 accountId : std::as_const(deferred->moved)) {
        QSqlQuery &move = m_database.run(QStringLiteral("UPDATE accounts SET balance = balance + ? WHERE id = ? RETURNING balance"),
                                         {deferred->movedBy.value(accountId), accountId});
        require(move.next(), QStringLiteral("a posting names an account: account %1 does not exist").arg(accountId));
        const qint64 after = move.value(0).toLongLong();
        move.finish();
        require(after == deferred->balances.value(accountId),
                QStringLiteral("account %1 ends at %2 as its postings say, not %3").arg(accountId).arg(deferred->balances.value(accountId)).arg(after));
    }
}

void Journal::discardDeferred()
{
    m_deferred.reset();
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
