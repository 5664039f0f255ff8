#pragma once

#include <QObject>
#include <QThread>

#include <atomic>

class QTcpServer;

namespace orchard {

// The fastest receiver there can be, for measuring delivery: HTTP/1.1 keep-alive on 127.0.0.1,
// each request read whole (by its Content-Length) and answered 204, on a thread of its own.
// Checks nothing: it is the benchmark's counterpart, not an example to copy (that is
// docs/examples/webhook_receiver.py).
class LocalReceiver
{
public:
    LocalReceiver();
    ~LocalReceiver();
    LocalReceiver(const LocalReceiver &) = delete;
    LocalReceiver &operator=(const LocalReceiver &) = delete;

    QString url() const;
    qint64 received() const { return m_received.load(); }

private:
    QThread m_thread;
    QObject *m_context = nullptr;    // lives on m_thread, deleted when it ends
    QTcpServer *m_server = nullptr;  // m_context's child
    quint16 m_port = 0;
    std::atomic<qint64> m_received{0};
};

}  // namespace orchard
