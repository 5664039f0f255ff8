#include "store/databaseroles.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QJsonArray>

namespace orchard {

namespace {

const QString journalTables =
    QStringLiteral("entries, postings, lot_movements, reservation_lots, audit_log, idempotency_keys, split_rules, programme_settings, expiry_policies, outbox_events, outbox_lot_notices, webhook_attempts, refunds, approval_policies, earn_rules, earnings");
const QString stateTables = QStringLiteral(
    "members, accounts, lots, reservations, sources, api_keys, orchard_meta, checkout_quotes, export_schedules, outbox_settings, outbox_sequences, "
    "webhook_subscriptions, webhook_deliveries, approval_requests, member_departments");
const QString readableByFinance = QStringLiteral(
    "entries, postings, lot_movements, reservation_lots, audit_log, idempotency_keys, members, accounts, lots, "
    "reservations, sources, orchard_meta, split_rules, programme_settings, checkout_quotes, expiry_policies, export_schedules, outbox_events, refunds, approval_policies, approval_requests, earn_rules, earnings, member_departments");
const QString readableByHr = QStringLiteral(
    "members, sources, accounts, entries, postings, reservations, lots, lot_movements, reservation_lots, orchard_meta, "
    "split_rules, programme_settings, expiry_policies, refunds, earn_rules, earnings, member_departments");

}  // namespace

const QStringList &DatabaseRoles::names()
{
    static const QStringList roles{QStringLiteral("orchard_admin"), QStringLiteral("orchard_finance"), QStringLiteral("orchard_hr")};
    return roles;
}

QString DatabaseRoles::capabilitiesOf(const QString &role)
{
    if (role == QLatin1String("orchard_admin"))
        return QStringLiteral("every ledger operation: members, issuing, redemptions, sources and API keys, rules, wallet funding");
    if (role == QLatin1String("orchard_finance"))
        return QStringLiteral("read everything except API keys: reports, exports, verify, wallet balances");
    if (role == QLatin1String("orchard_hr"))
        return QStringLiteral("read members, balances and redemptions for cohort reports");
    return {};
}

Result<bool> DatabaseRoles::install(Database &database)
{
    if (database.engine() != Engine::Postgres)
        return LedgerError::invalidArgument(QStringLiteral("roles"),
                                            QStringLiteral("database roles exist only on a shared PostgreSQL ledger"));
    QStringList statements;
    for (const QString &role : names())
        statements << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') "
                                     "THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                          .arg(role);
    statements << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM orchard_admin, orchard_finance, orchard_hr")
               << QStringLiteral("GRANT USAGE ON SCHEMA public TO orchard_admin, orchard_finance, orchard_hr")
               << QStringLiteral("GRANT SELECT, INSERT ON %1 TO orchard_admin").arg(journalTables)
               << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON %1 TO orchard_admin").arg(stateTables)
               << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO orchard_admin")
               << QStringLiteral("GRANT SELECT ON %1 TO orchard_finance").arg(readableByFinance)
               << QStringLiteral("GRANT SELECT ON %1 TO orchard_hr").arg(readableByHr);
    try {
        database.beginWrite();
        for (const QString &statement : std::as_const(statements))
            database.execute(statement);
        database.commit();
    } catch (const SqlFailure &failure) {
        if (database.inTransaction())
            database.rollback();
        return ledgerErrorFor(failure);
    }
    return true;
}

QJsonObject DatabaseRoles::Identity::toJson() const
{
    QJsonObject may;
    if (owner)
        may.insert(QStringLiteral("owner"), QStringLiteral("everything: the ledger's owner or a superuser"));
    for (const QString &role : roles)
        may.insert(role, capabilitiesOf(role));
    return {{QStringLiteral("user"), user},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
            {QStringLiteral("may"), may}};
}

Result<DatabaseRoles::Identity> DatabaseRoles::whoami(Database &database)
{
    Identity identity;
    if (database.engine() == Engine::Sqlite) {
        identity.user = qEnvironmentVariable("USER", QStringLiteral("local"));
        identity.owner = !database.isReadOnly();
        identity.roles = {QStringLiteral("orchard_admin (local)")};
        return identity;
    }
    try {
        QSqlQuery &who = database.run(QStringLiteral(
            "SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
            "(SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'entries') = current_user"));
        who.next();
        identity.user = who.value(0).toString();
        identity.owner = who.value(1).toBool() || who.value(2).toBool();
        who.finish();
        for (const QString &role : names()) {
            QSqlQuery &held = database.run(QStringLiteral(
                "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = ?) AND pg_has_role(current_user, "
                "(SELECT oid FROM pg_roles WHERE rolname = ?), 'MEMBER')"),
                {role, role});
            if (held.next() && held.value(0).toBool())
                identity.roles.append(role);
            held.finish();
        }
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
    return identity;
}

}  // namespace orchard
