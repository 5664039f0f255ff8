#include "metrics.h"

namespace orchard::api {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

// One histogram in Prometheus' form: cumulative buckets by "le", then _sum and _count.
template<std::size_t N>
void histogram(QByteArray &out, const char *name, const QByteArray &labels, const std::array<double, N> &bounds,
               const qint64 *counts, double sum, qint64 count)
{
    const QByteArray prefix = labels.isEmpty() ? QByteArray() : labels + ',';
    qint64 cumulative = 0;
    for (std::size_t i = 0; i < N; ++i) {
        cumulative += counts[i];
        out += QByteArray(name) + "_bucket{" + prefix + "le=\"" + number(bounds[i]) + "\"} " + QByteArray::number(cumulative) + '\n';
    }
    cumulative += counts[N];
    out += QByteArray(name) + "_bucket{" + prefix + "le=\"+Inf\"} " + QByteArray::number(cumulative) + '\n';
    const QByteArray braces = labels.isEmpty() ? QByteArray() : '{' + labels + '}';
    out += QByteArray(name) + "_sum" + braces + ' ' + number(sum) + '\n';
    out += QByteArray(name) + "_count" + braces + ' ' + QByteArray::number(count) + '\n';
}

}  // namespace

const char *Metrics::endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Health:
        return "health";
    case Endpoint::Balance:
        return "balance";
    case Endpoint::Reserve:
        return "reserve";
    case Endpoint::Reservation:
        return "reservation";
    case Endpoint::Confirm:
        return "confirm";
    case Endpoint::Release:
        return "release";
    case Endpoint::Redeem:
        return "redeem";
    case Endpoint::CheckoutQuote:
        return "checkout_quote";
    case Endpoint::Checkout:
        return "checkout";
    case Endpoint::Refund:
        return "refund";
    case Endpoint::Earn:
        return "earn";
    case Endpoint::EarnBatch:
        return "earn_batch";
    }
    return "unknown";
}

void Metrics::recordRequest(Endpoint endpoint, int status, double seconds)
{
    const QString name = QString::fromLatin1(endpointName(endpoint));
    std::lock_guard lock(m_mutex);
    ++m_requests[{name, status}];
    Latency &latency = m_latency[name];
    std::size_t bucket = 0;
    while (bucket < latencyBounds.size() && seconds > latencyBounds[bucket])
        ++bucket;
    ++latency.buckets[bucket];
    latency.sumSeconds += seconds;
    ++latency.count;
}

void Metrics::connectionOpened()
{
    std::lock_guard lock(m_mutex);
    ++m_connections;
    ++m_connectionsTotal;
}

void Metrics::connectionClosed()
{
    std::lock_guard lock(m_mutex);
    --m_connections;
}

QByteArray Metrics::render(const LedgerWriter::Statistics &writer, const std::optional<LedgerGauges> &ledger) const
{
    QByteArray out;
    {
        std::lock_guard lock(m_mutex);
        header(out, "orchard_http_requests_total", "counter", "Requests answered, by endpoint and HTTP status.");
        for (auto it = m_requests.constBegin(); it != m_requests.constEnd(); ++it)
            out += "orchard_http_requests_total{endpoint=\"" + it.key().first.toLatin1() + "\",status=\"" + QByteArray::number(it.key().second)
                   + "\"} " + QByteArray::number(it.value()) + '\n';
        header(out, "orchard_http_request_duration_seconds", "histogram", "From the request's arrival to its answer, by endpoint.");
        for (auto it = m_latency.constBegin(); it != m_latency.constEnd(); ++it)
            histogram(out, "orchard_http_request_duration_seconds", "endpoint=\"" + it.key().toLatin1() + '"', latencyBounds,
                      it.value().buckets.data(), it.value().sumSeconds, it.value().count);
        header(out, "orchard_http_connections", "gauge", "Connections open now.");
        out += "orchard_http_connections " + QByteArray::number(m_connections) + '\n';
        header(out, "orchard_http_connections_total", "counter", "Connections accepted.");
        out += "orchard_http_connections_total " + QByteArray::number(m_connectionsTotal) + '\n';
    }
    header(out, "orchard_writer_batches_total", "counter", "Group-commit transactions written.");
    out += "orchard_writer_batches_total " + QByteArray::number(writer.batches) + '\n';
    header(out, "orchard_writer_requests_total", "counter", "Requests the writer committed or refused, in all batches.");
    out += "orchard_writer_requests_total " + QByteArray::number(writer.requests) + '\n';
    header(out, "orchard_writer_queue_depth", "gauge", "Requests waiting for the writer now.");
    out += "orchard_writer_queue_depth " + QByteArray::number(writer.queued) + '\n';
    header(out, "orchard_writer_batch_size", "histogram", "Requests per group-commit transaction.");
    histogram(out, "orchard_writer_batch_size", {}, LedgerWriter::batchSizeBounds, writer.batchSizes.data(), double(writer.requests),
              writer.batches);
    header(out, "orchard_writer_commit_seconds", "histogram", "Time to run and commit one group-commit transaction.");
    histogram(out, "orchard_writer_commit_seconds", {}, LedgerWriter::commitSecondsBounds, writer.commitSeconds.data(),
              writer.commitSecondsSum, writer.batches);
    if (ledger) {
        header(out, "orchard_holds_open", "gauge", "Reservations holding points now.");
        out += "orchard_holds_open " + QByteArray::number(ledger->openHolds) + '\n';
        header(out, "orchard_points_held", "gauge", "Points held by open reservations.");
        out += "orchard_points_held " + QByteArray::number(ledger->heldPoints) + '\n';
        header(out, "orchard_members", "gauge", "Members in the programme.");
        out += "orchard_members " + QByteArray::number(ledger->members) + '\n';
        if (ledger->fundingAvailableMinor) {
            header(out, "orchard_funding_available_minor", "gauge", "The pre-paid funding wallet's available balance, in minor units.");
            out += "orchard_funding_available_minor " + QByteArray::number(*ledger->fundingAvailableMinor) + '\n';
        }
        if (ledger->fundingThresholdMinor) {
            header(out, "orchard_funding_threshold_minor", "gauge", "The funding wallet's alert threshold, in minor units.");
            out += "orchard_funding_threshold_minor " + QByteArray::number(*ledger->fundingThresholdMinor) + '\n';
        }
    }
    header(out, "orchard_ledger_up", "gauge", "1 when the ledger answered this scrape's reads.");
    out += QByteArray("orchard_ledger_up ") + (ledger ? "1" : "0") + '\n';
    return out;
}

}  // namespace orchard::api
