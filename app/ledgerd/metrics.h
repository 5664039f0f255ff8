#pragma once

#include "apirequesthead.h"
#include "service/ledgerwriter.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>
#include <mutex>
#include <optional>

namespace orchard::api {

// What the service did, in the Prometheus text format (version 0.0.4) for GET /metrics:
// requests by endpoint and status, their latency, the group-commit writer's batches, and the
// ledger gauges a scrape reads (open holds, held points, the funding wallet). Thread-safe.
class Metrics
{
public:
    static const char *endpointName(Endpoint endpoint);

    void recordRequest(Endpoint endpoint, int status, double seconds);
    void connectionOpened();
    void connectionClosed();

    struct LedgerGauges
    {
        qint64 openHolds = 0;
        qint64 heldPoints = 0;
        qint64 members = 0;
        std::optional<qint64> fundingAvailableMinor;  // none before the wallet's first funding
        std::optional<qint64> fundingThresholdMinor;
    };
    QByteArray render(const LedgerWriter::Statistics &writer, const std::optional<LedgerGauges> &ledger) const;

    // Upper bounds of the latency buckets, seconds (the last one is +Inf).
    static constexpr std::array<double, 12> latencyBounds{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

private:
    struct Latency
    {
        std::array<qint64, latencyBounds.size() + 1> buckets{};  // not cumulative; the last is +Inf
        double sumSeconds = 0;
        qint64 count = 0;
    };

    mutable std::mutex m_mutex;
    QMap<std::pair<QString, int>, qint64> m_requests;  // (endpoint, status) → count
    QMap<QString, Latency> m_latency;                  // endpoint → histogram
    qint64 m_connections = 0;
    qint64 m_connectionsTotal = 0;
};

}  // namespace orchard::api
