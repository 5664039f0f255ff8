#include "money/money.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace orchard::money {

namespace {

// ISO 4217 active codes and their minor-unit exponents (list one, 2024 edition); codes without
// a minor unit (XAU, XDR, …) are not currencies a programme can be funded in and are left out.
const QHash<QString, int> &exponents()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> codes;
        const char *twoDecimals =
            "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD "
            "CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP "
            "GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL "
            "MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN "
            "QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY "
            "TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD YER ZAR ZMW ZWL";
        for (const QString &code : QString::fromLatin1(twoDecimals).split(QLatin1Char(' ')))
            codes.insert(code, 2);
        for (const char *code : {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                 "VND", "VUV", "XAF", "XOF", "XPF"})
            codes.insert(QString::fromLatin1(code), 0);
        for (const char *code : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
            codes.insert(QString::fromLatin1(code), 3);
        for (const char *code : {"CLF", "UYW"})
            codes.insert(QString::fromLatin1(code), 4);
        return codes;
    }();
    return table;
}

}  // namespace

Result<Currency> currency(const QString &field, const QString &code)
{
    const auto it = exponents().constFind(code);
    if (it == exponents().constEnd())
        return LedgerError::invalidArgument(
            field, QStringLiteral("'%1' is not an ISO 4217 currency code (three capital letters such as INR, USD, EUR)")
                       .arg(code.left(16)));
    return Currency{code, it.value()};
}

Result<qint64> parseAmount(const QString &field, const QString &text, const Currency &currency)
{
    const QString shown = text.left(40);
    if (text.isEmpty())
        return LedgerError::invalidArgument(field, QStringLiteral("is empty; write an amount such as 1000.00"));
    if (text.startsWith(QLatin1Char('-')))
        return LedgerError::invalidArgument(field, QStringLiteral("'%1' is negative; an amount must be above zero").arg(shown));
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    const auto digitsOnly = [](const QString &part) {
        return std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    };
    if (whole.isEmpty() || !digitsOnly(whole) || !digitsOnly(fraction) || (point >= 0 && fraction.isEmpty()))
        return LedgerError::invalidArgument(
            field, QStringLiteral("'%1' is not an amount: write digits with at most one decimal point, "
                                  "no sign, spaces or thousands separators (for example 250000.00)")
                       .arg(shown));
    if (fraction.size() > currency.decimals)
        return LedgerError::invalidArgument(
            field, currency.decimals == 0
                       ? QStringLiteral("'%1' has decimals, but %2 has no minor unit").arg(shown, currency.code)
                       : QStringLiteral("'%1' has %2 decimals; %3 allows at most %4")
                             .arg(shown)
                             .arg(fraction.size())
                             .arg(currency.code)
                             .arg(currency.decimals));
    qint64 scale = 1;
    for (int i = 0; i < currency.decimals; ++i)
        scale *= 10;
    const QString wholeDigits = whole.size() > 1 ? QString(whole).remove(QRegularExpression(QStringLiteral("^0+(?=\\d)"))) : whole;
    // 16 whole digits already exceed 10^15 minor units for every currency; checked before
    // converting so nothing can overflow.
    bool ok = wholeDigits.size() <= 16;
    const qint64 major = ok ? wholeDigits.toLongLong(&ok) : 0;
    const qint64 minorPart = fraction.isEmpty() ? 0 : fraction.leftJustified(currency.decimals, QLatin1Char('0')).toLongLong();
    if (!ok || major > maxMinorUnits / scale || major * scale + minorPart > maxMinorUnits)
        return LedgerError::invalidArgument(
            field, QStringLiteral("'%1' is too large: at most %2 %3").arg(shown, formatAmount(maxMinorUnits, currency), currency.code));
    const qint64 minor = major * scale + minorPart;
    if (minor == 0)
        return LedgerError::invalidArgument(field, QStringLiteral("'%1' is zero; an amount must be above zero").arg(shown));
    return minor;
}

QString formatAmount(qint64 minorUnits, const Currency &currency)
{
    const bool negative = minorUnits < 0;
    // Negating LLONG_MIN would overflow; balances are bounded far below it.
    Q_ASSERT(minorUnits != std::numeric_limits<qint64>::min());
    const quint64 magnitude = negative ? quint64(-minorUnits) : quint64(minorUnits);
    quint64 scale = 1;
    for (int i = 0; i < currency.decimals; ++i)
        scale *= 10;
    QString text = QString::number(magnitude / scale);
    if (currency.decimals > 0)
        text += QLatin1Char('.') + QString::number(magnitude % scale).rightJustified(currency.decimals, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString formatAmount(qint64 minorUnits, const Currency &currency, const QLocale &locale)
{
    const QString plain = formatAmount(minorUnits, currency);
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    const QString whole = plain.mid(negative ? 1 : 0, point < 0 ? -1 : point - (negative ? 1 : 0));
    QString text = locale.toString(whole.toULongLong());
    if (point >= 0)
        text += locale.decimalPoint() + plain.mid(point + 1);
    return negative ? locale.negativeSign() + text : text;
}

}  // namespace orchard::money
