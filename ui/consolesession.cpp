#include "consolesession.h"

namespace orchard::ui {

ConsoleSession::ConsoleSession(LedgerLocation location, Role role, QObject *parent)
    : QObject(parent), m_location(std::move(location)), m_role(role)
{
}

Result<std::unique_ptr<ConsoleSession>> ConsoleSession::open(const LedgerLocation &location, Role role, const Clock *clock,
                                                             QObject *parent)
{
    std::unique_ptr<ConsoleSession> session(new ConsoleSession(location, role, parent));
    session->m_clock = clock;
    LedgerService::Options options;
    options.location = location;
    options.clock = &session->clock();
    options.readerThreads = 2;
    Result<std::unique_ptr<LedgerService>> service = LedgerService::open(options, session.get());
    if (!service)
        return service.error();
    session->m_service = std::move(service.value());
    return session;
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
