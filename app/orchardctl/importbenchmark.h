#pragma once

#include "benchmark.h"

namespace orchard::cli {

// `bench --scenario import`: an HRIS export of `rows` earnings over rows / 5 members (random
// members and event ids, three event types and free amounts, a department change now and then)
// written to a temporary file, then imported end to end as `orchardctl import earnings` does it
// (file read, validation, members, lots, journal, audit), then `verify` on the result.
class ImportBenchmark
{
public:
    static Benchmark::Row run(qint64 rows);
};

}  // namespace orchard::cli
