#include "consolesession.h"

#include "store/database.h"
#include "ledger/ledger.h"

#include <QFileInfo>

namespace orchard::ui {

ConsoleSession::ConsoleSession(LedgerLocation location, Role role, QObject *parent)
    : QObject(parent), m_location(std::move(location)), m_role(role)
{
}

Result<std::unique_ptr<ConsoleSession>> ConsoleSession::open(const LedgerLocation &location, Role localRole, const Clock *clock,
                                                             QObject *parent)
{
    std::unique_ptr<ConsoleSession> session(new ConsoleSession(location, localRole, parent));
    session->m_clock = clock;
    LedgerService::Options options;
    options.location = location;
    options.clock = &session->clock();
    options.readerThreads = 2;
    // A ledger file without write permission is opened read-only, and the window says so.
    if (location.engine == Engine::Sqlite && QFileInfo::exists(location.sqlitePath) && !Database::isWritableFile(location.sqlitePath))
        options.mode = OpenMode::ReadOnly;
    session->m_readOnly = options.mode == OpenMode::ReadOnly;
    Result<std::unique_ptr<LedgerService>> service = LedgerService::open(options, session.get());
    if (!service)
        return service.error();
    session->m_service = std::move(service.value());
    if (location.engine == Engine::Postgres) {
        // At start-up only, before any window exists: the screens shown depend on the answer.
        const Result<DatabaseRoles::Identity> identity =
            session->m_service->whoami().result();
        if (!identity)
            return identity.error();
        const Result<Role> databaseRole = roleOf(identity.value());
        if (!databaseRole)
            return databaseRole.error();
        session->m_role = databaseRole.value();
    }
    return session;
}

Result<Role> ConsoleSession::roleOf(const DatabaseRoles::Identity &identity)
{
    if (identity.owner || identity.roles.contains(QStringLiteral("orchard_admin")))
        return Role::Admin;
    if (identity.roles.contains(QStringLiteral("orchard_finance")))
        return Role::Finance;
    if (identity.roles.contains(QStringLiteral("orchard_hr")))
        return Role::Hr;
    LedgerError error = LedgerError::invalidArgument(
        QStringLiteral("user"), QStringLiteral("the database user '%1' holds none of orchard_admin, orchard_finance, orchard_hr; "
                                               "ask the ledger's owner to GRANT one to it")
                                    .arg(identity.user));
    error.code = QStringLiteral("no_orchard_role");
    return error;
}

QString ConsoleSession::roleName() const
{
    switch (m_role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Finance:
        return QStringLiteral("finance");
    case Role::Hr:
        break;
    }
    return QStringLiteral("hr");
}

Actor ConsoleSession::actor() const
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return {QStringLiteral("console:") + user, sourceAdmin};
}

std::optional<Role> ConsoleSession::roleFromName(const QString &name)
{
    if (name == QLatin1String("admin"))
        return Role::Admin;
    if (name == QLatin1String("finance"))
        return Role::Finance;
    if (name == QLatin1String("hr"))
        return Role::Hr;
    return std::nullopt;
}

}  // namespace orchard::ui
