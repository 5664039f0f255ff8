#include "localreceiver.h"

#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace orchard {

namespace {

// Takes every whole request off the front of `buffer`; how many there were.
int takeRequests(QByteArray &buffer)
{
    int requests = 0;
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return requests;
        qsizetype length = 0;
        const QByteArray head = buffer.left(headEnd).toLower();
        const qsizetype field = head.indexOf("content-length:");
        if (field >= 0) {
            const qsizetype end = head.indexOf('\r', field);
            length = head.mid(field + 15, end < 0 ? -1 : end - field - 15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return requests;
        buffer.remove(0, headEnd + 4 + length);
        ++requests;
    }
}

}  // namespace

LocalReceiver::LocalReceiver()
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_server = new QTcpServer(m_context);
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                    auto *buffer = new QByteArray;
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                        *buffer += socket->readAll();
                        const int requests = takeRequests(*buffer);
                        if (requests == 0)
                            return;
                        QByteArray answers;
                        for (int i = 0; i < requests; ++i)
                            answers += "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n";
                        socket->write(answers);
                        m_received.fetch_add(requests);
                    });
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                        delete buffer;
                        socket->deleteLater();
                    });
                }
            });
            if (!m_server->listen(QHostAddress::LocalHost))
                qFatal("the local receiver cannot listen");
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
}

LocalReceiver::~LocalReceiver()
{
    m_thread.quit();  // the server and its sockets go with m_context when the thread ends
    m_thread.wait();
}

QString LocalReceiver::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/bench").arg(m_port);
}

}  // namespace orchard
