#include "sqlerror.h"

namespace orchard {

SqlFailure::SqlFailure(const QString &statementText, const QSqlError &sqlError)
    : std::runtime_error(QString(sqlError.text() + QStringLiteral(" [") + statementText.left(120) + QStringLiteral("]"))
                             .toStdString()),
      statement(statementText),
      error(sqlError)
{
}

bool SqlFailure::isBusy() const
{
    const QString code = error.nativeErrorCode();
    // SQLite: 5 SQLITE_BUSY, 6 SQLITE_LOCKED; PostgreSQL: serialization failure, deadlock.
    return code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("40001")
           || code == QLatin1String("40P01") || error.text().contains(QLatin1String("database is locked"));
}

bool SqlFailure::isConstraint() const
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("19") || code.startsWith(QLatin1String("23"))
           || error.text().contains(QLatin1String("constraint"), Qt::CaseInsensitive);
}

bool SqlFailure::isReadOnly() const
{
    return error.nativeErrorCode() == QLatin1String("8")
           || error.text().contains(QLatin1String("readonly database"), Qt::CaseInsensitive);
}

}  // namespace orchard
