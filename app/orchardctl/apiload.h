#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace orchard::cli {

// `clients` threads, each with one keep-alive HTTP/1.1 connection to orchard-ledgerd, posting
// redemptions back to back for `seconds`: what the marketplace and loyalife do at a campaign
// launch. Every answer must be 201; the latencies are kept for the percentiles.
class ApiLoad
{
public:
    struct Result
    {
        qint64 redemptions = 0;
        qint64 failures = 0;  // any answer but 201, or none
        double seconds = 0;
        double p50Ms = 0;
        double p99Ms = 0;
        QString firstFailure;
    };
    static Result run(quint16 port, const QString &marketplaceKey, const QString &loyalifeKey, int clients, double seconds);

    // The same load with any request: request n of the run, answered `expectedStatus`; every
    // answer counts `operationsPerRequest` (a batch's items) in `redemptions`.
    using RequestFor = std::function<QByteArray(qint64 n)>;
    static Result run(quint16 port, const RequestFor &requestFor, int expectedStatus, qint64 operationsPerRequest, int clients, double seconds);
};

}  // namespace orchard::cli
