#pragma once

#include <QSqlError>
#include <QString>

#include <stdexcept>

namespace orchard {

// Thrown inside the store when a statement fails; caught at the ledger's boundary and turned
// into a LedgerError, so no exception crosses the public interface.
class SqlFailure : public std::runtime_error
{
public:
    SqlFailure(const QString &statement, const QSqlError &error);
    QString statement;
    QSqlError error;
    bool isBusy() const;            // another writer held the lock past the busy timeout
    bool isConstraint() const;      // a CHECK / UNIQUE / FOREIGN KEY refused the change
    bool isReadOnly() const;
    bool isPermissionDenied() const;  // PostgreSQL: the connected role may not do this
};

struct LedgerError;
// The one mapping from a failed statement to what callers are told.
LedgerError ledgerErrorFor(const SqlFailure &failure);

}  // namespace orchard
