#pragma once

#include "base/ledgertypes.h"
#include "base/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

// Options and argument parsers shared by orchardctl's commands: each refuses bad text with
// invalid_argument naming the field and why.
namespace orchard::cli {

extern const QCommandLineOption keyOption;
extern const QCommandLineOption sourceOption;
extern const QCommandLineOption refOption;

QString keyOrNew(const QCommandLineParser &parser);  // --key, or a fresh UUID
Result<qint64> parseWholeNumber(const QString &field, const QString &text);
Result<qint64> parsePoints(const QString &field, const QString &text);  // 1 .. 10^12
Result<qint64> parseTime(const QString &field, const QString &text);    // ISO 8601 with a zone
Result<qint64> parseBounded(const QString &field, const QString &text, qint64 min, qint64 max);
Result<qint64> parseReservation(const QString &text);  // rsv_42 or 42
QString reservationText(const ReservationView &view);

}  // namespace orchard::cli
