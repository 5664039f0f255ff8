#include "metricsserver.h"

#include "service/ledgerservice.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>

namespace orchard::api {

namespace {
constexpr qint64 maxRequestHeadBytes = 8 * 1024;
}

MetricsServer::MetricsServer(const Metrics &metrics, LedgerService &ledger, QObject *parent)
    : QObject(parent), m_metrics(metrics), m_ledger(ledger)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

quint16 MetricsServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port) ? m_server.serverPort() : 0;
}

void MetricsServer::serve(QTcpSocket *socket)
{
    if (socket->property("answering").toBool())
        return;
    const QByteArray head = socket->peek(maxRequestHeadBytes);
    if (!head.contains("\r\n\r\n")) {
        if (head.size() >= maxRequestHeadBytes)
            answer(socket, "431 Request Header Fields Too Large", "text/plain", "request head too large\n");
        return;
    }
    socket->setProperty("answering", true);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1).split('?').value(0);
    if (requestLine.value(0) != "GET" || target != "/metrics") {
        answer(socket, "404 Not Found", "text/plain", "only GET /metrics is served here\n");
        return;
    }
    const LedgerWriter::Statistics writer = m_ledger.writer().statistics();
    QPointer<QTcpSocket> alive(socket);
    m_ledger.overview(QDateTime::currentMSecsSinceEpoch())
        .then(this, [this, alive, writer](const Result<OverviewFigures> &figures) {
            if (!alive)
                return;
            std::optional<Metrics::LedgerGauges> gauges;
            if (figures) {
                gauges = Metrics::LedgerGauges{};
                gauges->openHolds = figures.value().overview.openHolds;
                gauges->heldPoints = figures.value().overview.held;
                gauges->members = figures.value().overview.members;
                if (figures.value().wallet.opened)
                    gauges->fundingAvailableMinor = figures.value().wallet.balanceMinor;
                gauges->fundingThresholdMinor = figures.value().wallet.thresholdMinor;
            }
            answer(alive, "200 OK", "text/plain; version=0.0.4; charset=utf-8", m_metrics.render(writer, gauges));
        });
}

void MetricsServer::answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &contentType, const QByteArray &body)
{
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

}  // namespace orchard::api
