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

void appendIso(QByteArray &out, qint64 msSinceEpoch)
{
    constexpr qint64 dayMs = 86'400'000;
    constexpr qint64 year10000Ms = 253'402'300'800'000;
    if (msSinceEpoch < 0 || msSinceEpoch >= year10000Ms) {
        out += toIso(msSinceEpoch).toLatin1();
        return;
    }
    // Days since the epoch to the civil date (H. Hinnant's days_from_civil, inverted).
    const qint64 days = msSinceEpoch / dayMs + 719'468;
    const qint64 msOfDay = msSinceEpoch % dayMs;
    const qint64 era = days / 146'097;
    const qint64 dayOfEra = days - era * 146'097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1'460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    const int millis = int(msOfDay % 1000);
    const int seconds = int(msOfDay / 1000);
    char text[24];
    const auto digits = [&text](int at, int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    digits(0, year, 4);
    text[4] = '-';
    digits(5, month, 2);
    text[7] = '-';
    digits(8, day, 2);
    text[10] = 'T';
    digits(11, seconds / 3600, 2);
    text[13] = ':';
    digits(14, seconds / 60 % 60, 2);
    text[16] = ':';
    digits(17, seconds % 60, 2);
    int length = 19;
    if (millis != 0) {
        text[19] = '.';
        digits(20, millis, 3);
        length = 23;
    }
    text[length++] = 'Z';
    out.append(text, length);
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
