#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// An exact rate between 0 and 1 as a ratio of integers (breakage 0.05 = 5/100, estimated 40/90).
// Applied once, with one rounding rule: half to even, to the minor unit or the point.
namespace orchard {

struct Rate
{
    qint64 numerator = 0;
    qint64 denominator = 1;

    // "0.05", "0.2", "1", "0": at most 6 decimals, 0 ≤ rate ≤ 1.
    static Result<Rate> parse(const QString &field, const QString &text);
    // amount × rate, rounded half to even (amount ≥ 0).
    qint64 applyTo(qint64 amount) const;
    QString decimal(int places = 4) const;  // half to even: 40/90 → "0.4444"
    QJsonObject toJson() const;
    bool operator==(const Rate &other) const = default;
};

// a / b rounded half to even; b > 0, a ≥ 0.
__extension__ typedef __int128 WideInt;  // exact products of two qint64 (GCC and Clang)

qint64 divideHalfEven(WideInt a, WideInt b);

// `total` shared in proportion to `weights` (each ≥ 0): every share is floored, then the units left
// over go one each to the largest remainders (a tie to the earlier weight), so that the shares sum
// to `total` exactly. All weights zero: all shares zero, and `total` must be zero too.
QList<qint64> allocateByLargestRemainder(qint64 total, const QList<qint64> &weights);

}  // namespace orchard
