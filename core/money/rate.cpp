#include "money/rate.h"

#include "base/invariant.h"

#include <QRegularExpression>

#include <algorithm>

namespace orchard {

qint64 divideHalfEven(WideInt a, WideInt b)
{
    Q_ASSERT(a >= 0 && b > 0);
    WideInt quotient = a / b;
    const WideInt twiceRemainder = (a % b) * 2;
    if (twiceRemainder > b || (twiceRemainder == b && quotient % 2 == 1))
        ++quotient;
    Q_ASSERT(quotient <= std::numeric_limits<qint64>::max());
    return qint64(quotient);
}

Result<Rate> Rate::parse(const QString &field, const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(0|1)(?:\\.([0-9]{1,6}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return LedgerError::invalidArgument(
            field, QStringLiteral("'%1' is not a rate from 0 to 1 with at most 6 decimals (such as 0.05)").arg(text.left(40)));
    const QString fraction = match.captured(2);
    qint64 denominator = 1;
    for (qsizetype i = 0; i < fraction.size(); ++i)
        denominator *= 10;
    const qint64 numerator = match.captured(1).toLongLong() * denominator + (fraction.isEmpty() ? 0 : fraction.toLongLong());
    if (numerator > denominator)
        return LedgerError::invalidArgument(field, QStringLiteral("'%1' is above 1").arg(text.left(40)));
    return Rate{numerator, denominator};
}

qint64 Rate::applyTo(qint64 amount) const
{
    Q_ASSERT(amount >= 0 && denominator > 0);
    return divideHalfEven(WideInt(amount) * numerator, denominator);
}

QString Rate::decimal(int places) const
{
    qint64 scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    const qint64 scaled = divideHalfEven(WideInt(numerator) * scale, denominator);
    QString text = QString::number(scaled / scale);
    if (places > 0)
        text += QLatin1Char('.') + QString::number(scaled % scale).rightJustified(places, QLatin1Char('0'));
    return text;
}

QJsonObject Rate::toJson() const
{
    return {{QStringLiteral("numerator"), numerator},
            {QStringLiteral("denominator"), denominator},
            {QStringLiteral("decimal"), decimal()}};
}

QList<qint64> allocateByLargestRemainder(qint64 total, const QList<qint64> &weights)
{
    Q_ASSERT(total >= 0);
    WideInt weightSum = 0;
    for (const qint64 weight : weights) {
        Q_ASSERT(weight >= 0);
        weightSum += weight;
    }
    QList<qint64> shares(weights.size(), 0);
    if (weightSum == 0) {
        require(total == 0, QStringLiteral("an amount of %1 cannot be shared among weights that are all zero").arg(total));
        return shares;
    }
    QList<std::pair<WideInt, int>> remainders;  // (remainder, index)
    qint64 given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const WideInt exact = WideInt(total) * weights.at(i);
        shares[i] = qint64(exact / weightSum);
        given += shares.at(i);
        remainders.append({exact % weightSum, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qint64 left = total - given, r = 0; left > 0; --left, ++r)
        ++shares[remainders.at(int(r)).second];
    return shares;
}

}  // namespace orchard
