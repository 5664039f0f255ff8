#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QStringList>

namespace orchard {

class Database;

// The three roles of a shared PostgreSQL ledger, with least privilege:
//   orchard_admin   every ledger operation, sources and keys, rules, wallet funding;
//   orchard_finance reads everything but API keys (reports, exports, wallet read);
//   orchard_hr      reads members, balances and what cohort reports need.
// No role, the owner included, can UPDATE or DELETE journal or audit rows (schema triggers).
class DatabaseRoles
{
public:
    static const QStringList &names();
    static QString capabilitiesOf(const QString &role);

    // Creates the roles if missing and grants them their privileges; safe to run again.
    static Result<bool> install(Database &database);

    struct Identity
    {
        QString user;
        bool owner = false;  // superuser or owner of the ledger: may do everything
        QStringList roles;   // the orchard_* roles the user holds
        QJsonObject toJson() const;
    };
    static Result<Identity> whoami(Database &database);
};

}  // namespace orchard
