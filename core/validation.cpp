#include "validation.h"

#include "ledgerlimits.h"

#include <QSet>

namespace orchard::validation {

namespace {
bool hasControlCharacter(const QString &value)
{
    for (const QChar c : value) {
        const char16_t code = c.unicode();
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
            return true;
    }
    return false;
}
}  // namespace

std::optional<LedgerError> identifier(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return LedgerError::invalidArgument(field, QStringLiteral("must not be empty"));
    const qsizetype characters = value.toUcs4().size();  // characters, not UTF-16 code units
    if (characters > limits::maxIdentifierLength)
        return LedgerError::invalidArgument(
            field, QStringLiteral("is %1 characters long; at most %2 are allowed")
                       .arg(characters)
                       .arg(limits::maxIdentifierLength));
    if (hasControlCharacter(value))
        return LedgerError::invalidArgument(field, QStringLiteral("must not contain control characters"));
    if (value.contains(QChar(QChar::ReplacementCharacter)))
        return LedgerError::invalidArgument(field, QStringLiteral("is not valid UTF-8 text"));
    return std::nullopt;
}

std::optional<LedgerError> optionalText(const QString &field, const QString &value)
{
    if (value.size() > limits::maxTextLength)
        return LedgerError::invalidArgument(
            field, QStringLiteral("is longer than %1 characters").arg(limits::maxTextLength));
    if (hasControlCharacter(value))
        return LedgerError::invalidArgument(field, QStringLiteral("must not contain control characters"));
    return std::nullopt;
}

std::optional<LedgerError> points(const QString &field, qint64 value)
{
    if (value <= 0)
        return LedgerError::invalidArgument(field, QStringLiteral("must be a positive whole number of points, not %1")
                                                       .arg(value));
    if (value > limits::maxPointsPerOperation)
        return LedgerError::invalidArgument(
            field, QStringLiteral("%1 is above the limit of %2 points per operation")
                       .arg(value)
                       .arg(limits::maxPointsPerOperation));
    return std::nullopt;
}

std::optional<LedgerError> timeoutSeconds(qint64 value)
{
    if (value < limits::minTimeoutSeconds || value > limits::maxTimeoutSeconds)
        return LedgerError::invalidArgument(QStringLiteral("timeout"),
                                            QStringLiteral("must be between %1 and %2 seconds, not %3")
                                                .arg(limits::minTimeoutSeconds)
                                                .arg(limits::maxTimeoutSeconds)
                                                .arg(value));
    return std::nullopt;
}

std::optional<LedgerError> hris(const QString &value)
{
    static const QSet<QString> known{QStringLiteral("darwinbox"), QStringLiteral("successfactors"),
                                     QStringLiteral("other")};
    if (!known.contains(value))
        return LedgerError::invalidArgument(QStringLiteral("hris"),
                                            QStringLiteral("must be darwinbox, successfactors or other, not '%1'")
                                                .arg(value));
    return std::nullopt;
}

}  // namespace orchard::validation
