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
// Inside the caller's transaction (an approval applies a change with its own bookkeeping,
// atomically) it opens none, and a refusal rolls back nothing: the caller does.
template<typename T>
Result<T> inWriteTransaction(Database &database, const std::function<T()> &work)
{
    if (database.isReadOnly())
        return LedgerError{errors::readOnly, QStringLiteral("the ledger is open read-only; nothing was changed"), {}};
    const bool own = !database.inTransaction();
    const auto abandon = [&] {
        if (own && database.inTransaction())
            database.rollback();
    };
    try {
        if (own)
            database.beginWrite();
        T done = work();
        if (own)
            database.commit();
        return done;
    } catch (const LedgerError &refusal) {
        abandon();
        return refusal;
    } catch (const SqlFailure &failure) {
        abandon();
        if (!own)
            throw;  // the caller's transaction is broken; it rolls back
        return ledgerErrorFor(failure);
    } catch (const InvariantViolation &violation) {
        abandon();
        if (!own)
            throw;
        return LedgerError::internal(violation.violated);
    }
}

}  // namespace orchard
