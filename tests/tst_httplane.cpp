// The webhook dispatcher's HTTP/1.1 client against a receiver that answers with scripted bytes:
// every way an answer may end (length, chunks, the close), interim answers, a kept-alive
// connection the receiver closed while idle, silence, and garbage.
#include "httplane.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace orchard;

namespace {

// Answers each whole request with the next scripted answer; `closeAfterMs` >= 0 closes the
// connection that long after writing it.
class ScriptedReceiver : public QObject
{
public:
    struct Reply
    {
        QByteArray bytes;
        int closeAfterMs = -1;
        bool silent = false;  // never answers
    };

    explicit ScriptedReceiver(QList<Reply> script) : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                auto *buffer = new QByteArray;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    for (;;) {
                        const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                        if (headEnd < 0)
                            return;
                        const QByteArray head = buffer->left(headEnd);
                        const qsizetype at = head.indexOf("Content-Length: ");
                        const qsizetype length = at < 0 ? 0 : head.mid(at + 16, head.indexOf('\r', at) - at - 16).toLongLong();
                        if (buffer->size() < headEnd + 4 + length)
                            return;
                        requests.append(buffer->left(headEnd + 4 + length));
                        buffer->remove(0, headEnd + 4 + length);
                        const Reply reply = m_script.value(requests.size() - 1);
                        if (reply.silent)
                            continue;
                        socket->write(reply.bytes);
                        if (reply.closeAfterMs >= 0)
                            QTimer::singleShot(reply.closeAfterMs, socket, [socket] { socket->disconnectFromHost(); });
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }
    QUrl url(const QString &path = QStringLiteral("/hook")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    quint16 port() const { return m_server.serverPort(); }

    int connections = 0;
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    QList<Reply> m_script;
};

HttpLane::Answer post(HttpLane &lane, const QByteArray &body = QByteArrayLiteral("{\"a\":1}"))
{
    QSignalSpy answered(&lane, &HttpLane::answered);
    lane.post(QByteArrayLiteral("Orchard-Event-Id: 7\r\n"), body);
    if (!answered.wait(5'000))
        qFatal("no answer");
    return answered.at(0).at(0).value<HttpLane::Answer>();
}

}  // namespace

class HttpLaneTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesOneWholeRequest();
    void keepsTheConnectionAlive();
    void readsEveryWayAnAnswerEnds();
    void skipsInterimAnswers();
    void sendsAgainOnceWhenAnIdleConnectionWasClosed();
    void silenceTimesOut();
    void garbageIsNoAnswer();
    void refusedConnectionIsNoAnswer();
};

void HttpLaneTest::writesOneWholeRequest()
{
    ScriptedReceiver receiver({{QByteArrayLiteral("HTTP/1.1 204 No Content\r\n\r\n")}});
    HttpLane lane(receiver.url(QStringLiteral("/orchard/hook?tenant=a%20b")), 5'000);
    const HttpLane::Answer answer = post(lane, QByteArrayLiteral("{\"x\":\"é\"}"));
    QCOMPARE(answer.httpStatus, 204);
    QCOMPARE(receiver.requests.size(), 1);
    // The body is 10 bytes in UTF-8: { " x " : " é(2) " }.
    const QByteArray expected = "POST /orchard/hook?tenant=a%20b HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(receiver.port())
                                + "\r\nContent-Type: application/json\r\nUser-Agent: Orchard-Webhooks/1\r\nOrchard-Event-Id: 7\r\n"
                                  "Content-Length: 10\r\n\r\n{\"x\":\"\xc3\xa9\"}";
    QCOMPARE(receiver.requests.at(0), expected);
}

void HttpLaneTest::keepsTheConnectionAlive()
{
    const ScriptedReceiver::Reply ok{QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")};
    ScriptedReceiver receiver({ok, ok, ok});
    HttpLane lane(receiver.url(), 5'000);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(post(lane).httpStatus, 200);
    QCOMPARE(receiver.requests.size(), 3);
    QCOMPARE(receiver.connections, 1);
}

void HttpLaneTest::readsEveryWayAnAnswerEnds()
{
    ScriptedReceiver receiver({
        // chunked, with a chunk extension and a trailer
        {QByteArrayLiteral("HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n5;x=1\r\nhello\r\n0\r\nX-T: 1\r\n\r\n")},
        // the body runs to the close (HTTP/1.0, no length)
        {QByteArrayLiteral("HTTP/1.0 201 Created\r\n\r\nuntil the end"), 20},
        // Connection: close after a sized body: the next request opens a new connection
        {QByteArrayLiteral("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\nConnection: close\r\n\r\noops"), 0},
        {QByteArrayLiteral("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n")},
    });
    HttpLane lane(receiver.url(), 5'000);
    QCOMPARE(post(lane).httpStatus, 202);
    QCOMPARE(post(lane).httpStatus, 201);
    QCOMPARE(post(lane).httpStatus, 500);
    QCOMPARE(post(lane).httpStatus, 302);  // a redirect is an answer, not followed
    QCOMPARE(receiver.requests.size(), 4);
    QCOMPARE(receiver.connections, 3);  // the close after 201 and after 500
}

void HttpLaneTest::skipsInterimAnswers()
{
    ScriptedReceiver receiver({{QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n")}});
    HttpLane lane(receiver.url(), 5'000);
    QCOMPARE(post(lane).httpStatus, 204);
}

void HttpLaneTest::sendsAgainOnceWhenAnIdleConnectionWasClosed()
{
    // The second request meets a connection the receiver closes without a word (as one closing an
    // idle connection just as it was reused): sent once more on a new one. The fourth meets the
    // same, and so does its second try: that is a failure.
    const QByteArray noContent = QByteArrayLiteral("HTTP/1.1 204 No Content\r\n\r\n");
    ScriptedReceiver receiver({{noContent}, {{}, 0}, {noContent}, {{}, 0}, {{}, 0}});
    HttpLane lane(receiver.url(), 5'000);
    QCOMPARE(post(lane).httpStatus, 204);
    QCOMPARE(post(lane).httpStatus, 204);
    QCOMPARE(receiver.requests.size(), 3);
    QCOMPARE(receiver.connections, 2);
    QCOMPARE(receiver.requests.at(1), receiver.requests.at(2));
    const HttpLane::Answer answer = post(lane);
    QVERIFY(!answer.httpStatus);
    QCOMPARE(answer.error, QStringLiteral("the receiver closed the connection before it answered"));
    QCOMPARE(receiver.requests.size(), 5);
}

void HttpLaneTest::silenceTimesOut()
{
    ScriptedReceiver::Reply silent;
    silent.silent = true;
    ScriptedReceiver receiver({silent, {QByteArrayLiteral("HTTP/1.1 204 No Content\r\n\r\n")}});
    HttpLane lane(receiver.url(), 200);
    const HttpLane::Answer answer = post(lane);
    QVERIFY(!answer.httpStatus);
    QCOMPARE(answer.error, QStringLiteral("no answer within 200 ms"));
    QVERIFY(answer.latencyMs >= 200);
    // The next request goes out on a new connection: the old one may still answer the first.
    QCOMPARE(post(lane).httpStatus, 204);
    QCOMPARE(receiver.connections, 2);
}

void HttpLaneTest::garbageIsNoAnswer()
{
    ScriptedReceiver receiver({{QByteArrayLiteral("SSH-2.0-OpenSSH\r\n\r\n")},
                               {QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n")}});
    HttpLane lane(receiver.url(), 5'000);
    HttpLane::Answer answer = post(lane);
    QVERIFY(!answer.httpStatus);
    QCOMPARE(answer.error, QStringLiteral("the receiver's answer is not HTTP/1.x"));
    answer = post(lane);
    QVERIFY(!answer.httpStatus);
    QCOMPARE(answer.error, QStringLiteral("the receiver's answer has a bad Content-Length"));
}

void HttpLaneTest::refusedConnectionIsNoAnswer()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    HttpLane lane(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort)), 5'000);
    const HttpLane::Answer answer = post(lane);
    QVERIFY(!answer.httpStatus);
    QCOMPARE(answer.error, QStringLiteral("Connection refused"));
}

QTEST_GUILESS_MAIN(HttpLaneTest)
#include "tst_httplane.moc"
