#include "base/timeformat.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace orchard::timeformat {

QString toIso(qint64 msSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
    return time.toString(msSinceEpoch % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

std::optional<qint64> parseIso(const QString &text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression withZone(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    QDateTime parsed;
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        parsed = QDateTime(date, QTime(0, 0), Qt::UTC);
    } else if (withZone.match(text).hasMatch()) {
        parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    } else {
        return std::nullopt;
    }
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

}  // namespace orchard::timeformat
