#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace orchard::timeformat {

// ISO 8601 in UTC with a trailing Z; milliseconds only when they are not zero.
QString toIso(qint64 msSinceEpoch);
// The same text appended to `out`, without QDateTime: an export writes millions of them.
void appendIso(QByteArray &out, qint64 msSinceEpoch);
// Accepts ISO 8601 with Z or an offset (converted to UTC); a date alone means its midnight UTC.
// Returns nothing for anything else, including times without a zone (ambiguous).
std::optional<qint64> parseIso(const QString &text);

}  // namespace orchard::timeformat
