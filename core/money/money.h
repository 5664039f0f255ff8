#pragma once

#include "base/ledgerlimits.h"
#include "base/result.h"

#include <QLocale>
#include <QString>

// Money in minor units (paise, cents) of one ISO 4217 currency: parsing amounts written in major
// units ("250000.00") and writing them back. No floating point anywhere.
namespace orchard::money {

inline constexpr qint64 maxMinorUnits = limits::maxMoneyMinorUnits;  // any one amount or balance

struct Currency
{
    QString code;      // "INR"
    int decimals = 2;  // the ISO 4217 minor-unit exponent: 2 for INR, 0 for JPY, 3 for KWD
};

// The active ISO 4217 currencies; invalid_argument naming the field for anything else.
Result<Currency> currency(const QString &field, const QString &code);

// "1000", "1000.5", "1000.50" → minor units. Refuses a sign, separators, exponents, more
// decimals than the currency has, and anything above maxMinorUnits, naming the field and why.
Result<qint64> parseAmount(const QString &field, const QString &text, const Currency &currency);

// 100050 in INR → "1000.50"; -5 → "-0.05". Plain digits, no grouping (for CSV and the CLI).
QString formatAmount(qint64 minorUnits, const Currency &currency);
// For people: the locale's grouping and decimal point, 12345678901 paise under en_IN →
// "12,34,56,789.01", under de_DE → "123.456.789,01". Still exact: no floating point.
QString formatAmount(qint64 minorUnits, const Currency &currency, const QLocale &locale);

}  // namespace orchard::money
