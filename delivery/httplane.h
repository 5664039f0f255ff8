#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

class QTcpSocket;

namespace orchard {

// One keep-alive HTTP/1.1 connection to a webhook receiver, sending one POST at a time and
// reading its answer. QNetworkAccessManager spent ~500 µs of CPU per event on its own thread,
// its replies and its signals, which held delivery under 5,000 events/s on two cores; a lane
// needs only a socket, a request written in one go and the status line, headers and length of
// what came back (Content-Length, chunked, or until the receiver closes). https:// goes through
// QSslSocket with the system's certificates; a redirect is an answer like any other (not 2xx).
class HttpLane : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        std::optional<int> httpStatus;  // none: no answer (refused, reset, timed out)
        QString error;                  // why there was none, or what the answer was
        qint64 latencyMs = 0;
    };

    HttpLane(const QUrl &url, int timeoutMs, QObject *parent = nullptr);
    ~HttpLane() override;

    const QUrl &url() const { return m_url; }
    // `headers`: whole "Name: value\r\n" lines beyond Host, Content-Type, Content-Length and
    // User-Agent. One request at a time: the next only after `answered`.
    void post(const QByteArray &headers, const QByteArray &body);

Q_SIGNALS:
    void answered(const orchard::HttpLane::Answer &answer);

private:
    void connectIfNeeded();
    void readAnswer();
    bool parseHead(qsizetype headEnd);
    bool takeChunkedBody();
    void finish(std::optional<int> status, const QString &error);
    void fail(const QString &error, bool timedOut = false);

    QUrl m_url;
    QByteArray m_fixedHead;  // request line and the headers every request carries
    int m_timeoutMs = 0;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timeout;
    QElapsedTimer m_sent;
    bool m_waiting = false;
    QByteArray m_request;  // the one on its way, whole
    bool m_reused = false;  // sent on a connection kept alive from an earlier request
    bool m_resent = false;
    QByteArray m_buffer;
    // The answer being read.
    std::optional<int> m_status;
    qsizetype m_bodyLeft = -1;  // -1: unknown yet
    bool m_chunked = false;
    bool m_untilClose = false;
    bool m_closeAfter = false;
};

}  // namespace orchard

Q_DECLARE_METATYPE(orchard::HttpLane::Answer)
