#pragma once

#include "reportbenchmark.h"

namespace orchard::cli {

// `orchardctl bench --scenario console`: the console's transactions model (the same class the
// Transactions screen shows) over a synthetic journal of N entries (default ten million) built
// with bulk SQL in the cache folder and kept for the next run: two years of issues, reserves,
// confirms, releases and timeouts from 100,000 members on both surfaces. Each row is the time
// from a filter change to the first page in the model, or to the filter's count and sums.
class ConsoleBenchmark
{
public:
    static QList<ReportBenchmark::Row> run(qint64 entries);
};

}  // namespace orchard::cli
