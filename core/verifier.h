#pragma once

#include <functional>

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

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
    bool ok() const { return violations.isEmpty(); }
    QJsonObject toJson() const;
};

// Re-derives everything from the journal and compares: balanced entries, account balances,
// lots, reservation states, conservation and the audit hash chain. Reads only.
class Verifier
{
public:
    explicit Verifier(Database &database) : m_database(database) {}
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
    void add(VerificationReport &report, const QString &check, const QString &message);

    Database &m_database;
    static constexpr int maxViolationsPerCheck = 100;
    QHash<QString, int> m_perCheck;
};

}  // namespace orchard
