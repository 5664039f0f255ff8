#pragma once

#include <functional>
#include <optional>

#include "base/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace orchard {

class Database;

struct Violation
{
    QString check;    // which rule: "entry_balance", "account_balance", "audit_chain", ...
    QString message;  // what is wrong and where
};

struct VerificationReport
{
    QList<Violation> violations;
    qint64 entriesChecked = 0;
    qint64 accountsChecked = 0;
    qint64 lotsChecked = 0;
    qint64 reservationsChecked = 0;
    qint64 auditRecordsChecked = 0;
    QStringList skipped;  // checks the connected role may not run (orchard_finance cannot read API keys)
    bool ok() const { return violations.isEmpty(); }
    QJsonObject toJson() const;
    QString toText() const;  // what `orchardctl verify` prints
};

// Re-derives everything from the journal and compares: balanced entries, account balances,
// lots, reservation states, conservation and the audit hash chain. Reads only.
// The audit chain's head at a moment, kept outside the ledger file (`orchardctl audit anchor`):
// a chain that no longer holds this head at record N was rewound or cut.
struct AuditAnchor
{
    qint64 records = 0;  // how many audit records there were
    QString head;        // the hash of the last of them
    qint64 atMs = 0;
    QJsonObject toJson() const;
    static Result<AuditAnchor> fromJson(const QJsonObject &object);  // invalid_argument naming the field
    static Result<AuditAnchor> of(Database &database, qint64 nowMs);  // the chain as it is now
    // The chain as it stood at `endMs`: its records up to the last one written before then.
    static Result<AuditAnchor> asOf(Database &database, qint64 endMs);
};

class Verifier
{
public:
    explicit Verifier(Database &database) : m_database(database) {}
    void setAnchor(const AuditAnchor &anchor) { m_anchor = anchor; }
    // Told before each check (`step` from 0 of `steps`, the check's name) and once more at the
    // end (step == steps); returning false stops the run, which then answers `cancelled`.
    using Progress = std::function<bool(int step, int steps, const QString &check)>;
    Result<VerificationReport> run(const Progress &progress = {});

private:
    void checkEntries(VerificationReport &report);
    void checkAccounts(VerificationReport &report);
    void checkLots(VerificationReport &report);
    void checkReservations(VerificationReport &report);
    void checkAuditChain(VerificationReport &report);
    void checkEntryDigests(VerificationReport &report);
    void checkReservationOpenings(VerificationReport &report);
    void checkLotTerms(VerificationReport &report);
    void checkApiKeys(VerificationReport &report);
    void checkIdempotencyAnswers(VerificationReport &report);
    void checkAnchor(VerificationReport &report);
    void add(VerificationReport &report, const QString &check, const QString &message);

    Database &m_database;
    static constexpr int maxViolationsPerCheck = 100;
    QHash<QString, int> m_perCheck;
    std::optional<AuditAnchor> m_anchor;
};

}  // namespace orchard
