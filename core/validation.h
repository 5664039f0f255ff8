#pragma once

#include "ledgererror.h"

#include <QString>

#include <optional>

// Field checks shared by the CLI, the API and the ledger itself. Each returns the error that
// names the field and says why, or nothing when the value is acceptable.
namespace orchard::validation {

std::optional<LedgerError> identifier(const QString &field, const QString &value);
std::optional<LedgerError> optionalText(const QString &field, const QString &value);
std::optional<LedgerError> points(const QString &field, qint64 value);
std::optional<LedgerError> timeoutSeconds(qint64 value);
std::optional<LedgerError> hris(const QString &value);

}  // namespace orchard::validation
