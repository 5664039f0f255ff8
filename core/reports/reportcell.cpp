#include "reports/reportcell.h"

#include "base/timeformat.h"
#include "money/money.h"
#include "money/rate.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace orchard {

namespace {
qint64 powerOfTen(int places)
{
    qint64 scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    return scale;
}
}  // namespace

ReportCell ReportCell::ofText(const QString &text)
{
    return {Kind::Text, 0, 0, text};
}

ReportCell ReportCell::ofCount(qint64 count)
{
    return {Kind::Count, count, 0, {}};
}

ReportCell ReportCell::ofPoints(qint64 points)
{
    return {Kind::PointCount, points, 0, {}};
}

ReportCell ReportCell::ofMoney(qint64 minor, const money::Currency &currency)
{
    return {Kind::Money, minor, currency.decimals, currency.code};
}

ReportCell ReportCell::ofRatio(qint64 numerator, qint64 denominator, int places)
{
    Q_ASSERT(places >= 0 && places <= 9);
    if (denominator <= 0 || numerator < 0)
        return empty();
    return {Kind::Ratio, divideHalfEven(WideInt(numerator) * powerOfTen(places), denominator), places, {}};
}

ReportCell ReportCell::ofRate(const Rate &rate, int places)
{
    return ofRatio(rate.numerator, rate.denominator, places);
}

ReportCell ReportCell::ofDate(qint64 ms)
{
    return {Kind::Date, ms, 0, {}};
}

QString ReportCell::plain() const
{
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return text;
    case Kind::Count:
    case Kind::PointCount:
        return QString::number(value);
    case Kind::Money:
    case Kind::Ratio:
        return money::formatAmount(value, money::Currency{text, decimals});
    case Kind::Date:
        return timeformat::toIso(value);
    }
    return {};
}

QString ReportCell::forPeople(const QLocale &locale) const
{
    switch (kind) {
    case Kind::Empty:
    case Kind::Text:
        return plain();
    case Kind::Count:
    case Kind::PointCount:
        return locale.toString(value);
    case Kind::Money:
    case Kind::Ratio:
        return money::formatAmount(value, money::Currency{text, decimals}, locale);
    case Kind::Date:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(value, QTimeZone::utc()), QLocale::ShortFormat);
    }
    return {};
}

}  // namespace orchard
