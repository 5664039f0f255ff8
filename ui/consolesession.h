#pragma once

#include "base/clock.h"
#include "store/databaseroles.h"
#include "store/ledgerlocation.h"
#include "service/ledgerservice.h"
#include "base/ledgertypes.h"

#include <QObject>
#include <QString>

#include <memory>

namespace orchard::ui {

// Who is using the console: admin does everything, finance sees everything but cannot issue
// points or change rules, hr sees the overview, members (read-only) and the reports.
enum class Role { Admin, Finance, Hr };

// One open ledger for the console: the async service every screen reads and writes through, the
// role, and the actor its changes are recorded under.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    // `clock`: the system's when null (tests and --now pass a fixed one); it must outlive the session.
    // `localRole` applies to an SQLite ledger; on PostgreSQL the role is the database user's
    // (orchard_admin, orchard_finance or orchard_hr; the ledger's owner is an admin).
    static Result<std::unique_ptr<ConsoleSession>> open(const LedgerLocation &location, Role localRole, const Clock *clock = nullptr,
                                                        QObject *parent = nullptr);
    static Result<Role> roleOf(const DatabaseRoles::Identity &identity);

    LedgerService &service() { return *m_service; }
    const LedgerLocation &location() const { return m_location; }
    Role role() const { return m_role; }
    QString roleName() const;
    bool isRoleLocal() const { return m_location.engine == Engine::Sqlite; }
    bool isReadOnly() const { return m_readOnly; }  // a ledger file without write permission
    Actor actor() const;
    const Clock &clock() const { return m_clock ? *m_clock : m_systemClock; }

    bool canIssuePoints() const { return m_role == Role::Admin; }
    bool canReleaseHolds() const { return m_role == Role::Admin; }
    bool canSeeTransactions() const { return m_role != Role::Hr; }
    bool canSeeAudit() const { return m_role != Role::Hr; }
    bool canSeeFinanceReports() const { return m_role != Role::Hr; }  // liability, reconciliation; cohorts are everyone's

    static std::optional<Role> roleFromName(const QString &name);

private:
    ConsoleSession(LedgerLocation location, Role role, QObject *parent);

    LedgerLocation m_location;
    Role m_role;
    SystemClock m_systemClock;
    const Clock *m_clock = nullptr;
    bool m_readOnly = false;
    std::unique_ptr<LedgerService> m_service;
};

}  // namespace orchard::ui
