// The pure C++ parts of the hot paths, without storage: the split-payment quote engine and the
// API's request parsing. Google Benchmark (libbenchmark-dev); run build/default/bench/orchard_microbench.
#include "apipayload.h"
#include "money/splitpayment.h"

#include <benchmark/benchmark.h>

#include <QByteArray>

namespace {

using namespace orchard;

void quoteDefaultSplit(benchmark::State &state)
{
    // ₹1,234.56 and more, 90,000 points worth 25 paise each, ₹500 in the wallet.
    SplitRules rules;
    rules.minPoints = 100;
    const PointValue value{25, 1};
    qint64 order = 123'456;
    for (auto _ : state) {
        const CheckoutInput input{order, 90'000, 50'000, std::nullopt};
        benchmark::DoNotOptimize(quoteCheckout(input, rules, value));
        order = order % 1'000'000 + 7;  // a different order each time, as at a checkout counter
    }
}
BENCHMARK(quoteDefaultSplit);

void quoteChosenPoints(benchmark::State &state)
{
    SplitRules rules;
    rules.minPoints = 500;
    rules.fallback = SplitRules::Fallback::Block;
    const PointValue value{3, 4};
    Points chosen = 600;
    for (auto _ : state) {
        const CheckoutInput input{250'000, 80'000, 10'000'000, chosen};
        benchmark::DoNotOptimize(quoteCheckout(input, rules, value));
        chosen = chosen % 70'000 + 600;
    }
}
BENCHMARK(quoteChosenPoints);

void parseRedemptionBody(benchmark::State &state)
{
    const QByteArray body = R"({"member":"EMP00042","points":1500,"ref":"MP-2026-11-25-000123"})";
    for (auto _ : state)
        benchmark::DoNotOptimize(api::parseRedeem(body));
    state.SetBytesProcessed(int64_t(state.iterations()) * body.size());
}
BENCHMARK(parseRedemptionBody);

void parseReservationBody(benchmark::State &state)
{
    const QByteArray body = R"({"member":"EMP00042","points":1500,"ref":"LL-voucher-88812","timeout_s":120})";
    for (auto _ : state)
        benchmark::DoNotOptimize(api::parseReserve(body));
    state.SetBytesProcessed(int64_t(state.iterations()) * body.size());
}
BENCHMARK(parseReservationBody);

void refuseUnknownField(benchmark::State &state)
{
    const QByteArray body = R"({"member":"EMP00042","points":1500,"ref":"x","discount":5})";
    for (auto _ : state)
        benchmark::DoNotOptimize(api::parseRedeem(body));
}
BENCHMARK(refuseUnknownField);

}  // namespace

BENCHMARK_MAIN();
