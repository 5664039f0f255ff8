#pragma once

#include "store/ledgerlocation.h"

#include <QStringList>

namespace orchard::migrations {

// The statements that take a ledger from version - 1 to version, for one engine. Portable SQL
// everywhere except the few statements each engine spells its own way (identity keys, triggers).
QStringList statementsFor(int version, Engine engine);
int latestVersion();
// From this version on every stored idempotency answer is sealed in the audit chain.
inline constexpr int idempotencySealVersion = 9;

}  // namespace orchard::migrations
