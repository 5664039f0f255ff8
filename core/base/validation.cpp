#include "base/validation.h"

#include "base/ledgerlimits.h"

#include <QSet>
#include <QStringDecoder>
#include <QStringView>

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
// Text is stored as UTF-8 and digested as UTF-8: a lone surrogate has no UTF-8 form, so it
// would be stored as something else than what was digested (and `verify` would call the entry
// altered for ever). Only Unicode scalar values are accepted.
std::optional<LedgerError> refuseUnpairedSurrogates(const QString &field, const QString &value)
{
    if (!QStringView(value).isValidUtf16())
        return LedgerError::invalidArgument(field, QStringLiteral("is not valid Unicode text: it holds an unpaired surrogate"));
    return std::nullopt;
}

}  // namespace

std::optional<LedgerError> identifier(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return LedgerError::invalidArgument(field, QStringLiteral("must not be empty"));
    if (auto invalid = refuseUnpairedSurrogates(field, value))
        return invalid;
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
    if (auto invalid = refuseUnpairedSurrogates(field, value))
        return invalid;
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

std::optional<LedgerError> utf8(const QString &field, QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return LedgerError::invalidArgument(field, QStringLiteral("is not valid UTF-8 text"));
    Q_UNUSED(decoded);
    return std::nullopt;
}

std::optional<LedgerError> commandLineUtf8(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        QString field = QStringLiteral("argument %1").arg(i);
        const QByteArrayView previous = i > 1 ? QByteArrayView(argv[i - 1]) : QByteArrayView();
        if (argument.startsWith("--")) {
            const qsizetype equals = argument.indexOf('=');
            field = QString::fromLatin1(argument.sliced(2, (equals < 0 ? argument.size() : equals) - 2));
        } else if (previous.startsWith("--") && !previous.contains('=')) {
            field = QString::fromLatin1(previous.sliced(2));
        }
        if (auto invalid = utf8(field, argument))
            return invalid;
    }
    return std::nullopt;
}

}  // namespace orchard::validation
