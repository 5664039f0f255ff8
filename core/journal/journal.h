#pragma once

#include "base/ledgertypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace orchard {

class AuditLog;
class Database;
class SeedStaging;

inline const QString unitPoints = QStringLiteral("points");

struct Posting
{
    qint64 accountId = 0;
    qint64 amount = 0;  // signed; an entry's postings of each unit sum to zero
    QString unit = unitPoints;  // "points" or the programme's currency code
};

struct JournalEntry
{
    QString kind;  // issue | reserve | confirm | release | timeout | expire | reversal | fund | wallet_credit | checkout
    qint64 postedAtMs = 0;
    QString memberId;
    qint64 sourceId = 0;
    QString sourceName;
    QString reference;
    QString actor;
    std::optional<qint64> reservationId;
    Points points = 0;
    QString reason;
    qint64 amountMinor = 0;  // the money the entry is about; 0 when only points move
    QList<Posting> postings;
};

// Appends balanced entries: inserts the entry and its postings, moves the account balances and
// writes the audit record that carries the entry's digest. Never updates or deletes a row.
class Journal
{
public:
    Journal(Database &database, AuditLog &audit);
    ~Journal();

    // Throws InvariantViolation for an entry that does not balance, SqlFailure when a statement fails.
    qint64 append(const JournalEntry &entry, const QString &auditAction, const QString &subject,
                  const QJsonObject &auditDetails);

    static QString digest(qint64 entryId, const JournalEntry &entry);

    // Deferred (SQLite, a batch of redemptions decided together): append() numbers the entry itself
    // and keeps it, its postings and the balances they move in memory, starting from `balances`
    // (an account not among them is read when first touched); writeDeferred() writes the entries
    // and postings as multi-row inserts and each account's balance once, checking that the row
    // ends where memory says.
    void deferWrites(const QHash<qint64, qint64> &balances);
    void writeDeferred();    // throws SqlFailure or InvariantViolation
    void discardDeferred();  // the batch was rolled back
    bool defers() const { return m_deferred != nullptr; }
    std::optional<qint64> deferredBalance(qint64 accountId) const;  // while deferring, once known

    // Told of every entry appended, with each posting's account balance after it (the outbox
    // hears of balance changes this way).
    using AppendObserver = std::function<void(qint64 entryId, const JournalEntry &entry, const QList<qint64> &balancesAfter)>;
    void setAppendObserver(AppendObserver observer)
    {
        m_observer = std::move(observer);
    }

    // A synthetic ledger's entries or postings, staged for `entries` or `postings`, moved in as
    // they are: no balance moves and no audit record, so `verify` reports such a ledger. Only the
    // benchmarks' own ledgers are built this way. Returns the rows moved in.
    qint64 importSynthetic(const SeedStaging &staging);

private:
    qint64 insertEntry(const JournalEntry &entry);  // its id
    qint64 movedBalance(const Posting &posting);     // the account's balance after the posting

    struct Deferred;
    Database &m_database;
    AuditLog &m_audit;
    AppendObserver m_observer;
    std::unique_ptr<Deferred> m_deferred;
};

}  // namespace orchard
