#include "money/splitpayment.h"

#include "base/ledgerlimits.h"

#include <QJsonArray>
#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace orchard {

namespace {

__extension__ typedef __int128 Wide;  // V × D reaches 10^21: wider than qint64, exact (GCC and Clang)

qint64 narrow(Wide value)
{
    // Stays on in release builds: a figure that does not fit is a bug, never a wrapped number.
    if (value > Wide(std::numeric_limits<qint64>::max()) || value < Wide(std::numeric_limits<qint64>::min()))
        qFatal("split payment arithmetic overflowed");
    return qint64(value);
}

LedgerError refusal(const QString &code, const QString &message, const QJsonObject &details)
{
    return {code, message, details};
}

}  // namespace

Result<PointValue> PointValue::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,7})(?:/([0-9]{1,7}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return LedgerError::invalidArgument(QStringLiteral("point-value"),
                                            QStringLiteral("'%1' is not a ratio of whole numbers such as 100/1 or 1/2").arg(text));
    PointValue value;
    value.numerator = match.captured(1).toLongLong();
    value.denominator = match.captured(2).isEmpty() ? 1 : match.captured(2).toLongLong();
    if (value.numerator < 1 || value.denominator < 1 || value.numerator > maxTerm || value.denominator > maxTerm)
        return LedgerError::invalidArgument(QStringLiteral("point-value"),
                                            QStringLiteral("both terms must be between 1 and %1").arg(maxTerm));
    return value;
}

Points PointValue::pointsFor(qint64 amountMinor) const
{
    Q_ASSERT(amountMinor >= 0);
    const Wide scaled = Wide(amountMinor) * denominator;
    return narrow((scaled + numerator - 1) / numerator);  // ceil
}

qint64 PointValue::valueOf(Points points) const
{
    Q_ASSERT(points >= 0);
    return narrow(Wide(points) * numerator / denominator);  // floor
}

QString PointValue::toString() const
{
    return QStringLiteral("%1/%2").arg(numerator).arg(denominator);
}

QString SplitRules::fallbackName(Fallback fallback)
{
    return fallback == Fallback::WalletOnly ? QStringLiteral("wallet_only") : QStringLiteral("block");
}

QJsonObject CheckoutQuote::toJson() const
{
    return {{QStringLiteral("order"), orderMinor},
            {QStringLiteral("points"), points},
            {QStringLiteral("points_value"), pointsValueMinor},
            {QStringLiteral("wallet"), walletMinor},
            {QStringLiteral("allowed_points"), QJsonArray{allowedMin, allowedMax}},
            {QStringLiteral("rule_version"), ruleVersion},
            {QStringLiteral("why"), why}};
}

Result<CheckoutQuote> quoteCheckout(const CheckoutInput &input, const SplitRules &rules, const PointValue &value)
{
    constexpr qint64 maxOrderMinor = 1'000'000'000'000'000LL;  // 10^15 minor units
    if (input.orderMinor <= 0 || input.orderMinor > maxOrderMinor)
        return LedgerError::invalidArgument(QStringLiteral("amount"),
                                            QStringLiteral("must be more than zero and at most %1 minor units").arg(maxOrderMinor));
    if (input.availablePoints < 0 || input.walletMinor < 0 || rules.minPoints < 0)
        return LedgerError::invalidArgument(QStringLiteral("balance"), QStringLiteral("balances cannot be negative"));
    if (input.chosenPoints && (*input.chosenPoints < 0 || *input.chosenPoints > limits::maxPointsPerOperation))
        return LedgerError::invalidArgument(QStringLiteral("points"),
                                            QStringLiteral("must be between 0 and %1").arg(limits::maxPointsPerOperation));

    const qint64 order = input.orderMinor;
    constexpr qint64 maxPointsNeeded = 1'000'000'000'000'000LL;  // 10^15, as a member's balance limit
    if (Wide(order) * value.denominator / value.numerator > maxPointsNeeded)
        return LedgerError::invalidArgument(QStringLiteral("amount"),
                                            QStringLiteral("the order would need more than %1 points at %2 minor units a point")
                                                .arg(maxPointsNeeded)
                                                .arg(value.toString()));
    const Points needed = value.pointsFor(order);  // N
    const Points available = input.availablePoints;  // P
    const Points least = std::min(rules.minPoints, needed);  // min(m, N)
    const bool split = rules.partialPoints && rules.walletRemainder;

    CheckoutQuote quote;
    quote.orderMinor = order;
    quote.ruleVersion = rules.version;
    const QJsonObject figures{{QStringLiteral("order"), order}, {QStringLiteral("points_needed"), needed},
                              {QStringLiteral("available_points"), available}, {QStringLiteral("wallet"), input.walletMinor},
                              {QStringLiteral("rule_version"), rules.version}};
    const auto payFromWallet = [&](const QString &why) -> Result<CheckoutQuote> {
        if (input.chosenPoints && *input.chosenPoints > 0)
            return refusal(errors::pointsBelowMinimum,
                           QStringLiteral("points cannot be used on this order (%1)").arg(why), figures);
        if (input.walletMinor < order)
            return refusal(errors::insufficientFunds,
                           QStringLiteral("the wallet holds %1 of the %2 minor units the order needs (%3)").arg(input.walletMinor).arg(order).arg(why),
                           figures);
        quote.walletMinor = order;
        quote.why = why;
        return quote;
    };

    if (available < rules.minPoints) {
        if (rules.fallback == SplitRules::Fallback::Block)
            return refusal(errors::pointsBelowMinimum,
                           QStringLiteral("%1 points available, below the minimum of %2").arg(available).arg(rules.minPoints),
                           figures);
        return payFromWallet(QCoreApplication::translate("SplitPayment", "%1 points available, below the minimum of %2: wallet only").arg(available).arg(rules.minPoints));
    }

    if (!split && available < needed)
        return payFromWallet(QCoreApplication::translate("SplitPayment", "points may not cover part of an order and %1 are fewer than the %2 needed")
                                 .arg(available)
                                 .arg(needed));

    quote.allowedMin = split ? least : needed;
    quote.allowedMax = split ? std::min(available, needed) : needed;
    const Points points = input.chosenPoints.value_or(std::min(available, needed));  // points first
    if (points > available)
        return refusal(errors::insufficientPoints,
                       QStringLiteral("%1 points chosen, %2 available").arg(points).arg(available), figures);
    if (points > needed)
        return LedgerError::invalidArgument(QStringLiteral("points"),
                                            QStringLiteral("%1 points are more than the %2 the order needs").arg(points).arg(needed));
    if (points < quote.allowedMin)
        return refusal(errors::pointsBelowMinimum,
                       QStringLiteral("%1 points chosen, fewer than the %2 this order requires").arg(points).arg(quote.allowedMin),
                       figures);

    quote.points = points;
    if (points == needed) {
        quote.pointsValueMinor = value.valueOf(points);
        quote.why = QCoreApplication::translate("SplitPayment", "points cover the whole order");
        return quote;
    }
    quote.pointsValueMinor = value.valueOf(points);
    Q_ASSERT(quote.pointsValueMinor < order);
    quote.walletMinor = order - quote.pointsValueMinor;
    if (input.walletMinor < quote.walletMinor) {
        QJsonObject shortOf = figures;  // what is left to pay, for a screen to write as money
        shortOf.insert(QStringLiteral("points"), points);
        shortOf.insert(QStringLiteral("to_pay"), quote.walletMinor);
        return refusal(errors::insufficientFunds,
                       QStringLiteral("%1 points leave %2 minor units to pay and the wallet holds %3")
                           .arg(points)
                           .arg(quote.walletMinor)
                           .arg(input.walletMinor),
                       shortOf);
    }
    quote.why = QCoreApplication::translate("SplitPayment", "%1 points and the rest from the wallet").arg(points);
    return quote;
}

}  // namespace orchard
