#pragma once

#include "metrics.h"

#include <QHostAddress>
#include <QTcpServer>

namespace orchard {
class LedgerService;
}

namespace orchard::api {

// GET /metrics on an address of its own (--metrics-listen), so the metrics need not be public:
// the service's counters plus the ledger gauges, read from the ledger at each scrape. Anything
// else is 404; one request per connection.
class MetricsServer : public QObject
{
    Q_OBJECT

public:
    MetricsServer(const Metrics &metrics, LedgerService &ledger, QObject *parent = nullptr);
    quint16 listen(const QHostAddress &address, quint16 port);  // 0 when it cannot bind
    QString errorString() const { return m_server.errorString(); }

private:
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &contentType, const QByteArray &body);

    const Metrics &m_metrics;
    LedgerService &m_ledger;
    QTcpServer m_server;
};

}  // namespace orchard::api
