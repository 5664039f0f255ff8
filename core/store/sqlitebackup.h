#pragma once

#include "base/result.h"

#include <QString>

namespace orchard {

class Database;

// Copies of a live SQLite ledger and their way back, safe while other processes write.
namespace sqlitebackup {

// A consistent copy of `ledger` at one instant, written to `path` (which must not exist):
// VACUUM INTO runs in one read transaction, so writers on the ledger carry on meanwhile and
// the copy holds exactly what had committed when it began.
Result<bool> copyInto(Database &ledger, const QString &path);

// Replaces the content of the ledger at `targetPath` (created when missing) by `copyPath`'s
// through SQLite's online backup API, under the target's write lock: another connection sees
// the old ledger or the restored one, never a mixture; a writer elsewhere makes it wait up to
// busyTimeoutMs, then it fails with `unavailable` and changes nothing.
Result<bool> restoreInto(const QString &copyPath, const QString &targetPath, int busyTimeoutMs);

}  // namespace sqlitebackup
}  // namespace orchard
