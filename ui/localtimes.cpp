#include "localtimes.h"

#include <QLocale>
#include <QTimeZone>

namespace orchard::ui::localtimes {

QString dateTime(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString dateTime(qint64 msSinceEpoch)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()));
}

QString dateTimeLong(qint64 msSinceEpoch)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()).toLocalTime();
    return QLocale().toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm:ss"));
}

QString date(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()).toLocalTime().date(), QLocale::ShortFormat);
}

QString timeOfDay(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

}  // namespace orchard::ui::localtimes
