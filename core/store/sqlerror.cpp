#include "store/sqlerror.h"

#include "base/ledgererror.h"

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
    // PostgreSQL: serialization failure, deadlock, lock_timeout (55P03).
    return code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("40001")
           || code == QLatin1String("40P01") || code == QLatin1String("55P03")
           || error.text().contains(QLatin1String("database is locked"));
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

bool SqlFailure::isPermissionDenied() const
{
    return error.nativeErrorCode() == QLatin1String("42501");
}

LedgerError ledgerErrorFor(const SqlFailure &failure)
{
    if (failure.isBusy())
        return {errors::unavailable,
                QStringLiteral("the ledger is busy with other writers; try again (%1)").arg(failure.error.text()), {}};
    if (failure.isReadOnly())
        return {errors::readOnly, QStringLiteral("the ledger cannot be written: %1").arg(failure.error.text()), {}};
    if (failure.isPermissionDenied())
        return {errors::permissionDenied,
                QStringLiteral("the connected database role may not do this: %1")
                    .arg(failure.error.databaseText().section(QLatin1Char('\n'), 0, 0).remove(QStringLiteral("ERROR:")).trimmed()),
                {}};
    const QString connection = failure.error.type() == QSqlError::ConnectionError ? QStringLiteral("connection") : QString();
    if (!connection.isEmpty())
        return LedgerError::storage(QStringLiteral("the ledger's database cannot be reached: %1").arg(failure.error.text()));
    return LedgerError::internal(QStringLiteral("the ledger refused a change that would break an invariant "
                                                "or failed to store it: %1")
                                     .arg(QString::fromUtf8(failure.what())));
}

}  // namespace orchard
