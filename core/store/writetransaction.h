#pragma once

#include "base/invariant.h"
#include "base/ledgererror.h"
#include "base/result.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <functional>

namespace orchard {

// `work` in one write transaction of its own, for the owners of administrative tables (sources
// and keys, webhook subscriptions): a LedgerError it throws, a failed statement or a broken
// invariant rolls it all back and is answered; a read-only ledger is refused before it starts.
template<typename T>
Result<T> inWriteTransaction(Database &database, const std::function<T()> &work)
{
    if (database.isReadOnly())
        return LedgerError{errors::readOnly, QStringLiteral("the ledger is open read-only; nothing was changed"), {}};
    try {
        database.beginWrite();
        T done = work();
        database.commit();
        return done;
    } catch (const LedgerError &refusal) {
        database.rollback();
        return refusal;
    } catch (const SqlFailure &failure) {
        if (database.inTransaction())
            database.rollback();
        return ledgerErrorFor(failure);
    } catch (const InvariantViolation &violation) {
        if (database.inTransaction())
            database.rollback();
        return LedgerError::internal(violation.violated);
    }
}

}  // namespace orchard
