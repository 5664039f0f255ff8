#pragma once

#include "base/ledgertypes.h"
#include "base/result.h"

#include <QJsonObject>

#include <optional>

// Split payment: one order paid with points plus digital-wallet money under the admin's rules.
// Pure arithmetic on integers; the checkout and the console's preview both use it.
namespace orchard {

// Minor units of money one point is worth, as a ratio of two integers (100/1: a point is one
// rupee; 25/1: 25 paise; 1/2: half a cent). The one rounding rule: an amount of money needs
// ceil(amount / value) points, and k points are worth floor(k × value) minor units.
struct PointValue
{
    qint64 numerator = 100;
    qint64 denominator = 1;

    static constexpr qint64 maxTerm = 1'000'000;
    static Result<PointValue> parse(const QString &text);  // "N/D" or "N"
    Points pointsFor(qint64 amountMinor) const;
    qint64 valueOf(Points points) const;
    QString toString() const;
};

struct SplitRules
{
    enum class Fallback { WalletOnly, Block };

    Points minPoints = 0;         // m: the balance needed before points apply, and the least used
    bool partialPoints = true;    // may points cover only part of an order?
    bool walletRemainder = true;  // may wallet money make up the rest?
    Fallback fallback = Fallback::WalletOnly;  // when available points are below m
    int version = 1;

    static QString fallbackName(Fallback fallback);
};

struct CheckoutInput
{
    qint64 orderMinor = 0;       // V
    Points availablePoints = 0;  // P
    qint64 walletMinor = 0;      // W
    std::optional<Points> chosenPoints;  // k; the default takes points first
};

struct CheckoutQuote
{
    qint64 orderMinor = 0;
    Points points = 0;
    qint64 pointsValueMinor = 0;
    qint64 walletMinor = 0;
    Points allowedMin = 0;  // the points the member may choose from, [min, max]
    Points allowedMax = 0;
    int ruleVersion = 0;
    QString why;  // the rule that decided, in words, for the recipient and the console
    QJsonObject toJson() const;
};

namespace errors {
inline const QString insufficientFunds = QStringLiteral("insufficient_funds");
inline const QString pointsBelowMinimum = QStringLiteral("points_below_minimum");
}  // namespace errors

// Decides how an order of V is paid: N points alone, k points and V − value(k) from the wallet,
// the wallet alone, or a refusal (insufficient_funds, insufficient_points, points_below_minimum).
// A quote never uses more than P points or W money, and pays exactly V, except that an order paid
// with points alone takes N = ceil(V / value) points.
Result<CheckoutQuote> quoteCheckout(const CheckoutInput &input, const SplitRules &rules, const PointValue &value);

}  // namespace orchard
