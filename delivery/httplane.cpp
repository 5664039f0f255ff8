#include "httplane.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace orchard {

namespace {

// A header's value in a lower-cased head, or empty.
QByteArray headerValue(const QByteArray &lowerHead, const QByteArray &name)
{
    const QByteArray field = "\r\n" + name + ':';
    const qsizetype at = lowerHead.indexOf(field);
    if (at < 0)
        return {};
    const qsizetype from = at + field.size();
    const qsizetype end = lowerHead.indexOf("\r\n", from);
    return lowerHead.mid(from, end < 0 ? -1 : end - from).trimmed();
}

}  // namespace

HttpLane::HttpLane(const QUrl &url, int timeoutMs, QObject *parent) : QObject(parent), m_url(url), m_timeoutMs(timeoutMs)
{
    Q_ASSERT(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    const bool secure = url.scheme() == QLatin1String("https");
    const int defaultPort = secure ? 443 : 80;
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';  // an IPv6 literal
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    m_fixedHead = "POST " + target + " HTTP/1.1\r\nHost: " + host
                  + "\r\nContent-Type: application/json\r\nUser-Agent: Orchard-Webhooks/1\r\n";
    if (!url.userName().isEmpty())
        m_fixedHead += "Authorization: Basic " + (url.userName(QUrl::FullyDecoded) + QLatin1Char(':') + url.password(QUrl::FullyDecoded)).toUtf8().toBase64() + "\r\n";
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);  // a coarse timer may fire 5% early
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(tr("no answer within %1 ms").arg(m_timeoutMs), true); });
}

HttpLane::~HttpLane() = default;

void HttpLane::connectIfNeeded()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    const bool secure = m_url.scheme() == QLatin1String("https");
    m_socket = secure ? new QSslSocket(this) : new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpLane::readAnswer);
    connect(m_socket, &QTcpSocket::connected, this, [this] { m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_waiting)
            return;
        if (m_status && m_untilClose)
            return finish(m_status, {});  // the body ran to the close
        fail(tr("the receiver closed the connection before it answered"));
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            fail(m_socket->errorString());
        // A close is told by `disconnected`: the end of a body that runs to it, or no answer.
    });
    if (secure)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_url.host(), quint16(m_url.port(443)));
    else
        m_socket->connectToHost(m_url.host(), quint16(m_url.port(80)));
}

void HttpLane::post(const QByteArray &headers, const QByteArray &body)
{
    Q_ASSERT(!m_waiting);
    m_waiting = true;
    m_buffer.clear();
    m_status.reset();
    m_bodyLeft = -1;
    m_chunked = m_untilClose = m_closeAfter = false;
    m_sent.start();
    m_timeout.start(m_timeoutMs);
    m_reused = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    m_resent = false;
    m_request = m_fixedHead + headers + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    connectIfNeeded();
    // Written before the connection is up, it is sent once it is (and, for TLS, encrypted).
    m_socket->write(m_request);
}

void HttpLane::readAnswer()
{
    m_buffer += m_socket->readAll();
    if (!m_waiting)
        return;  // nothing asked: stray bytes
    for (;;) {
        if (!m_status) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            if (!parseHead(headEnd))
                return;
            if (m_status && *m_status >= 100 && *m_status < 200) {  // an interim answer: the real one follows
                m_status.reset();
                continue;
            }
        }
        if (m_chunked) {
            if (!takeChunkedBody())
                return;
            return finish(m_status, {});
        }
        if (m_untilClose)
            return;  // done when the receiver closes
        if (m_buffer.size() < m_bodyLeft)
            return;
        return finish(m_status, {});
    }
}

bool HttpLane::parseHead(qsizetype headEnd)
{
    const QByteArray lowerHead = "\r\n" + m_buffer.left(headEnd).toLower() + "\r\n";
    m_buffer.remove(0, headEnd + 4);
    // "HTTP/1.1 204 No Content"
    const qsizetype lineEnd = lowerHead.indexOf("\r\n", 2);
    const QList<QByteArray> statusLine = lowerHead.mid(2, lineEnd - 2).split(' ');
    bool numeric = false;
    const int status = statusLine.size() >= 2 && statusLine.at(0).startsWith("http/1.") ? statusLine.at(1).toInt(&numeric) : 0;
    if (!numeric || status < 100 || status > 999) {
        fail(tr("the receiver's answer is not HTTP/1.x"));
        return false;
    }
    m_status = status;
    m_closeAfter = headerValue(lowerHead, "connection") == "close" || statusLine.at(0) == "http/1.0";
    m_chunked = headerValue(lowerHead, "transfer-encoding").contains("chunked");
    const QByteArray length = headerValue(lowerHead, "content-length");
    if (status == 204 || status == 304 || (status >= 100 && status < 200))
        m_bodyLeft = 0;
    else if (!m_chunked && !length.isEmpty()) {
        bool ok = false;
        m_bodyLeft = length.toLongLong(&ok);
        if (!ok || m_bodyLeft < 0) {
            fail(tr("the receiver's answer has a bad Content-Length"));
            return false;
        }
    } else if (!m_chunked)
        m_untilClose = true;
    return true;
}

// The whole chunked body and its trailers, once they are all in the buffer.
bool HttpLane::takeChunkedBody()
{
    qsizetype at = 0;
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", at);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qint64 size = m_buffer.mid(at, lineEnd - at).split(';').at(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            fail(tr("the receiver's chunked answer is malformed"));
            return false;
        }
        if (size == 0) {
            // "0\r\n", any trailers, then an empty line.
            return m_buffer.indexOf("\r\n\r\n", lineEnd) >= 0;
        }
        at = lineEnd + 2 + size + 2;
        if (m_buffer.size() < at)
            return false;
    }
}

void HttpLane::finish(std::optional<int> status, const QString &error)
{
    m_waiting = false;
    m_timeout.stop();
    Answer answer;
    answer.httpStatus = status;
    answer.error = error;
    answer.latencyMs = m_sent.elapsed();
    if (m_closeAfter || m_untilClose || !status) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT answered(answer);
}

void HttpLane::fail(const QString &error, bool timedOut)
{
    if (!m_waiting)
        return;
    if (m_reused && !m_resent && !timedOut && !m_status && m_buffer.isEmpty()) {
        // A kept-alive connection the receiver had closed while it was idle: once more on a new
        // one, as browsers and QNetworkAccessManager do (at least once: a receiver that did read
        // the first and closed without answering gets it twice, with the same event id).
        m_resent = true;
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
        connectIfNeeded();
        m_socket->write(m_request);
        return;
    }
    finish(std::nullopt, error);
}

}  // namespace orchard
