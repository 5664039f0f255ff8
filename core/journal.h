#pragma once

#include "ledgertypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace orchard {

class AuditLog;
class Database;

struct Posting
{
    qint64 accountId = 0;
    Points amount = 0;  // signed; an entry's postings sum to zero
};

struct JournalEntry
{
    QString kind;  // issue | reserve | confirm | release | timeout | expire | reversal
    qint64 postedAtMs = 0;
    QString memberId;
    qint64 sourceId = 0;
    QString sourceName;
    QString reference;
    QString actor;
    std::optional<qint64> reservationId;
    Points points = 0;
    QString reason;
    QList<Posting> postings;
};

// Appends balanced entries: inserts the entry and its postings, moves the account balances and
// writes the audit record that carries the entry's digest. Never updates or deletes a row.
class Journal
{
public:
    Journal(Database &database, AuditLog &audit) : m_database(database), m_audit(audit) {}

    // Throws SqlFailure; a constraint failure here means an invariant was about to break.
    qint64 append(const JournalEntry &entry, const QString &auditAction, const QString &subject,
                  const QJsonObject &auditDetails);

    static QString digest(qint64 entryId, const JournalEntry &entry);

private:
    Database &m_database;
    AuditLog &m_audit;
};

}  // namespace orchard
