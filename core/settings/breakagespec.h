#pragma once

#include "base/result.h"
#include "money/rate.h"

#include <QList>
#include <QString>

#include <optional>

namespace orchard {

// The expected breakage a liability report applies, per ageing bucket.
//
// The programme's default (what a report uses unless told otherwise) works on any ledger: the
// rates finance configured in the expiry policy where it gives them, else the rate estimated
// from history, else — no lot's fate is known yet at that age — no breakage at all, which books
// the whole value as liability (the prudent reading until history exists). A given spec
// ("auto", "0.05,auto,0.45") is applied as written and refuses a bucket it cannot estimate.
struct BreakageSpec
{
    bool programmeDefault = true;
    QList<std::optional<Rate>> rates;  // given: one per bucket (nullopt: estimated), or empty: estimated for every bucket

    // "default" (or empty), "auto" or one rate per bucket such as "0.05,auto,0.45".
    static Result<BreakageSpec> parse(const QString &text, int buckets);
    static BreakageSpec estimatedEverywhere();
    std::optional<Rate> manualFor(int bucket) const;
    QString toString() const;  // "default", "auto" or "0.050000,auto,0.450000"
};

}  // namespace orchard
