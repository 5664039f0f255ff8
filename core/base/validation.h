#pragma once

#include "base/ledgererror.h"

#include <QByteArrayView>
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
// Bytes that must be UTF-8 before they become text: refused, never replaced by U+FFFD.
std::optional<LedgerError> utf8(const QString &field, QByteArrayView bytes);
// Every argument of a command line; the field named is the option the bad bytes belong to.
std::optional<LedgerError> commandLineUtf8(int argc, const char *const *argv);

}  // namespace orchard::validation
