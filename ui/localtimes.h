#pragma once

#include <QDateTime>
#include <QString>

namespace orchard::ui {

// Times as the console shows them: the viewer's local time, the date in the locale's own form and
// the time of day on the 24-hour clock in every language (a Hindi console would otherwise read
// "am"/"pm" in Latin letters, and finance reads 24-hour times in any case).
namespace localtimes {

QString dateTime(qint64 msSinceEpoch);         // short date, HH:mm
QString dateTime(const QDateTime &at);
QString dateTimeLong(qint64 msSinceEpoch);     // long date, HH:mm:ss
QString date(qint64 msSinceEpoch);             // short date
QString timeOfDay(const QTime &time);          // HH:mm

}  // namespace localtimes

}  // namespace orchard::ui
