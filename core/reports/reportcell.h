#pragma once

#include <QList>
#include <QString>

class QLocale;

namespace orchard {

struct Rate;
namespace money {
struct Currency;
}

// One cell of a report table, typed, so that each writer formats it its own way from the same
// value: CSV, JSON and the text table write plain() (integers, decimals with a point, ISO dates),
// the console and the PDF forPeople(locale). Nothing parses a formatted cell back.
struct ReportCell
{
    enum class Kind { Empty, Text, Count, PointCount, Money, Ratio, Date };

    Kind kind = Kind::Empty;
    qint64 value = 0;  // a count; points; money in minor units; a ratio × 10^decimals; a date in ms since the epoch (UTC)
    int decimals = 0;  // money: the currency's minor digits; ratio: its places
    QString text;      // Text; for Money the currency code

    static ReportCell empty() { return {}; }
    static ReportCell ofText(const QString &text);
    static ReportCell ofCount(qint64 count);
    static ReportCell ofPoints(qint64 points);
    static ReportCell ofMoney(qint64 minor, const money::Currency &currency);
    // numerator / denominator with `places` digits, half to even; empty when undefined.
    static ReportCell ofRatio(qint64 numerator, qint64 denominator, int places = 4);
    static ReportCell ofRate(const Rate &rate, int places = 4);
    static ReportCell ofDate(qint64 ms);

    bool isNumber() const { return kind == Kind::Count || kind == Kind::PointCount || kind == Kind::Money || kind == Kind::Ratio; }
    QString plain() const;
    QString forPeople(const QLocale &locale) const;  // grouping, decimal point and dates of the locale
    bool operator==(const ReportCell &other) const = default;
};

using ReportRow = QList<ReportCell>;

}  // namespace orchard
