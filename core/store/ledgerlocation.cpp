#include "store/ledgerlocation.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace orchard {

QString LedgerLocation::displayName() const
{
    if (engine == Engine::Sqlite)
        return sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Result<LedgerLocation> LedgerLocation::parse(const QString &text)
{
    LedgerLocation location;
    if (text.isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("db"), QStringLiteral("must not be empty"));
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return LedgerError::invalidArgument(
                QStringLiteral("db"), QStringLiteral("expected postgresql://USER@HOST:PORT/DBNAME, got '%1'").arg(text));
        if (!url.password().isEmpty())
            return LedgerError::invalidArgument(
                QStringLiteral("db"),
                QStringLiteral("must not contain a password; use PGPASSWORD or ~/.pgpass"));
        location.engine = Engine::Postgres;
        location.host = url.host();
        location.port = url.port(5432);
        location.user = url.userName();
        location.database = url.path().mid(1);
        return location;
    }
    location.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(text));
    return location;
}

QString LedgerLocation::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                        + QStringLiteral("/orchard");
    return dir + QStringLiteral("/orchard.sqlite");
}

}  // namespace orchard
