#include "cliarguments.h"

#include "base/ledgerlimits.h"
#include "base/timeformat.h"

#include <QRegularExpression>
#include <QUuid>

namespace orchard::cli {

const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("Idempotency key (generated when absent)."),
                                   QStringLiteral("KEY"));
const QCommandLineOption sourceOption(QStringLiteral("source"), QStringLiteral("Source: marketplace, loyalife, admin, ..."),
                                      QStringLiteral("SRC"));
const QCommandLineOption refOption(QStringLiteral("ref"), QStringLiteral("The platform's own reference."),
                                   QStringLiteral("REF"));

QString keyOrNew(const QCommandLineParser &parser)
{
    return parser.isSet(keyOption) ? parser.value(keyOption) : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A whole number written in decimal, nothing else: no signs other than '-', no decimals, no
// exponent. Out-of-range and non-numeric text get their own messages.
Result<qint64> parseWholeNumber(const QString &field, const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]+$"));
    if (!pattern.match(text).hasMatch())
        return LedgerError::invalidArgument(field, QStringLiteral("'%1' is not a whole number").arg(text));
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return LedgerError::invalidArgument(field, QStringLiteral("%1 is out of range").arg(text));
    return value;
}

Result<qint64> parsePoints(const QString &field, const QString &text)
{
    const Result<qint64> value = parseWholeNumber(field, text);
    if (!value)
        return value;
    if (value.value() <= 0)
        return LedgerError::invalidArgument(field, QStringLiteral("must be a positive whole number of points, not %1").arg(text));
    if (value.value() > limits::maxPointsPerOperation)
        return LedgerError::invalidArgument(
            field, QStringLiteral("%1 is above the limit of %2 points per operation").arg(text).arg(limits::maxPointsPerOperation));
    return value;
}

Result<qint64> parseTime(const QString &field, const QString &text)
{
    const std::optional<qint64> ms = timeformat::parseIso(text);
    if (!ms)
        return LedgerError::invalidArgument(
            field, QStringLiteral("'%1' is not an ISO 8601 time with a zone, such as 2026-01-31T12:00:00Z").arg(text));
    return *ms;
}

Result<qint64> parseBounded(const QString &field, const QString &text, qint64 min, qint64 max)
{
    const Result<qint64> value = parseWholeNumber(field, text);
    if (!value)
        return value;
    if (value.value() < min || value.value() > max)
        return LedgerError::invalidArgument(field, QStringLiteral("must be between %1 and %2, not %3").arg(min).arg(max).arg(text));
    return value;
}

Result<qint64> parseReservation(const QString &text)
{
    const std::optional<qint64> id = parseReservationToken(text);
    if (!id)
        return LedgerError::invalidArgument(QStringLiteral("reservation"),
                                            QStringLiteral("'%1' is not a reservation id such as rsv_42").arg(text));
    return *id;
}

QString reservationText(const ReservationView &view)
{
    QString text = QStringLiteral("%1  %2  member %3  %4 points  source %5  ref %6")
                       .arg(reservationToken(view.reservationId), view.status, view.memberId)
                       .arg(view.status == reservationstatus::confirmed ? view.confirmedPoints : view.reservedPoints)
                       .arg(view.source, view.reference);
    if (view.status == reservationstatus::reserved)
        text += QStringLiteral("  held until %1").arg(timeformat::toIso(view.expiresAtMs));
    if (!view.closeReason.isEmpty())
        text += QStringLiteral("  (%1)").arg(view.closeReason);
    return text;
}

}  // namespace orchard::cli
