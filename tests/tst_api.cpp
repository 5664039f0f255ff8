// The points API end to end: the real orchard-ledgerd on a free loopback port with a temporary
// ledger, driven over HTTP with Qt Network.
#include "base/clock.h"
#include "base/timeformat.h"
#include "earning/earnrulebook.h"
#include "store/database.h"
#include "ledger/ledger.h"
#include "ledger/sourceregistry.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QSslError>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

using namespace orchard;

namespace {

struct HttpResult
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

// One response off a raw connection: the status line, the headers and a Content-Length body.
// `pending` keeps what arrived beyond it (pipelined answers). Status 0: closed or timed out first.
HttpResult readResponse(QTcpSocket &socket, QByteArray &pending, int timeoutMs = 10'000)
{
    QElapsedTimer timer;
    timer.start();
    const auto more = [&] {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - timer.elapsed()))))
            return false;
        pending += socket.readAll();
        return true;
    };
    HttpResult result;
    qsizetype end = -1;
    while ((end = pending.indexOf("\r\n\r\n")) < 0)
        if (!more())
            return result;
    const QList<QByteArray> lines = pending.left(end).split('\n');
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        result.headers.insert(name, line.mid(colon + 1).trimmed());
        if (name == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    while (pending.size() < end + 4 + length)
        if (!more())
            return result;
    result.status = lines.first().mid(9, 3).toInt();
    result.raw = pending.mid(end + 4, length);
    result.json = QJsonDocument::fromJson(result.raw).object();
    pending.remove(0, end + 4 + length);
    return result;
}

// The service's resident memory, from /proc/PID/status.
qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// A client that tries to send `total` bytes (`head`, then `filler` over and over) while reading
// whatever comes back; it stops once a whole response arrived. Plain POSIX sockets, so that the
// bytes really leave this process at the pace the service takes them.
struct FloodOutcome
{
    int status = 0;
    qint64 sent = 0;
};

FloodOutcome flood(quint16 port, const QByteArray &head, const QByteArray &filler, qint64 total)
{
    FloodOutcome outcome;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return outcome;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    bool writable = true;
    while (timer.elapsed() < 60'000) {
        pollfd watched{fd, short(POLLIN | (writable && outcome.sent < total ? POLLOUT : 0)), 0};
        if (::poll(&watched, 1, 100) < 0)
            break;
        if (watched.revents & (POLLIN | POLLHUP | POLLERR)) {
            char buffer[4096];
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got > 0) {
                received.append(buffer, got);
                const qsizetype end = received.indexOf("\r\n\r\n");
                const qsizetype length = received.indexOf("Content-Length: ");
                if (end > 0 && length > 0) {
                    const qint64 bodyLength = received.mid(length + 16, received.indexOf("\r\n", length) - length - 16).toLongLong();
                    if (received.size() >= end + 4 + bodyLength)
                        break;  // the whole answer is here
                }
            } else if (got == 0 || errno != EAGAIN) {
                break;
            }
        }
        if (watched.revents & POLLOUT) {
            const QByteArray &chunk = outcome.sent < head.size() ? head : filler;
            const qint64 offset = outcome.sent < head.size() ? outcome.sent : (outcome.sent - head.size()) % filler.size();
            const qint64 wanted = std::min<qint64>(chunk.size() - offset, total - outcome.sent);
            const ssize_t written = ::send(fd, chunk.constData() + offset, size_t(wanted), MSG_NOSIGNAL);
            if (written > 0)
                outcome.sent += written;
            else if (errno != EAGAIN)
                writable = false;  // the service closed its side; read what it said
        }
    }
    ::close(fd);
    if (received.startsWith("HTTP/1.1 "))
        outcome.status = received.mid(9, 3).toInt();
    return outcome;
}

}  // namespace

class ApiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QProcess m_service;
    QString m_base;
    QString m_marketplaceKey;
    QString m_loyalifeKey;
    QString m_darwinboxKey;
    QNetworkAccessManager m_network;
    int m_keys = 0;
    std::optional<qint64> m_entriesBeforeMalformed;
    std::optional<qint64> m_keysBeforeMalformed;
    // A second service with short limits: --idle-timeout 2 --header-timeout 1 --max-connections 5.
    QProcess m_limited;
    quint16 m_limitedPort = 0;

    quint16 port() const { return quint16(QUrl(m_base).port()); }

    // Starts orchard-ledgerd on `db` with `extra` arguments; the first line it prints names its URL.
    static QString startService(QProcess &service, const QString &db, const QStringList &extra)
    {
        service.setProgram(qEnvironmentVariable("ORCHARD_LEDGERD"));
        service.setArguments(QStringList{QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extra);
        service.start();
        if (!service.waitForStarted() || !service.waitForReadyRead(20'000))
            return {};
        const QString banner = QString::fromUtf8(service.readLine());
        const qsizetype at = banner.indexOf(QLatin1String("://"));
        return at < 0 ? QString() : banner.mid(banner.lastIndexOf(QLatin1Char(' '), at) + 1).section(QLatin1Char(' '), 0, 0);
    }

    quint16 limitedPort()
    {
        if (m_limitedPort == 0) {
            const QString db = m_dir.filePath(QStringLiteral("limited.sqlite"));
            {
                LedgerLocation location;
                location.sqlitePath = db;
                if (!Database::open(location, {}).ok())
                    qFatal("cannot create the second ledger");
            }
            const QString url = startService(m_limited, db, {QStringLiteral("--idle-timeout"), QStringLiteral("2"),
                                                              QStringLiteral("--header-timeout"), QStringLiteral("1"),
                                                              QStringLiteral("--max-connections"), QStringLiteral("5")});
            m_limitedPort = quint16(QUrl(url).port());
            if (m_limitedPort == 0)
                qFatal("the limited service did not start: %s", m_limited.readAllStandardError().constData());
        }
        return m_limitedPort;
    }

    // One request on its own raw connection; %KEY% in it becomes the marketplace key.
    HttpResult rawCall(QByteArray request, quint16 toPort = 0)
    {
        request.replace("%KEY%", m_marketplaceKey.toUtf8());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, toPort ? toPort : port());
        if (!socket.waitForConnected(5'000))
            return {};
        socket.write(request);
        QByteArray pending;
        return readResponse(socket, pending);
    }

    static QByteArray healthRequest(const QByteArray &extraHeaders = {}, const QByteArray &version = "HTTP/1.1")
    {
        return "GET /v1/health " + version + "\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
    }

    HttpResult call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QString &apiKey = QString(), const QByteArray &idempotencyKey = QByteArray(),
                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!apiKey.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
        if (!idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotencyKey);
        for (const auto &[name, value] : extraHeaders)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.raw = reply->readAll();
        result.json = QJsonDocument::fromJson(result.raw).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return result;
    }

    QByteArray nextKey() { return "key-" + QByteArray::number(++m_keys); }

    qint64 count(const QString &sql)
    {
        LedgerLocation location;
        location.sqlitePath = m_db;
        auto database = Database::open(location, {});
        if (!database)
            qFatal("cannot open the test ledger");
        QSqlQuery query(database.value()->connection());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }

    QString reserve(const QString &member, qint64 points, const QString &key, int timeoutSeconds = 900)
    {
        const HttpResult held = call("POST", QStringLiteral("/v1/reservations"),
                                     QStringLiteral(R"({"member":"%1","points":%2,"ref":"r-%3","timeout_s":%4})")
                                         .arg(member).arg(points).arg(m_keys).arg(timeoutSeconds).toUtf8(),
                                     key, nextKey());
        if (held.status != 201)
            qFatal("reserve failed: %s", held.raw.constData());
        return held.json.value(QStringLiteral("reservation")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("api.sqlite"));
        {
            // The ledger and the sources' keys are set up before the service starts.
            LedgerLocation location;
            location.sqlitePath = m_db;
            SystemClock clock;
            auto database = Database::open(location, {});
            QVERIFY(database.ok());
            Ledger ledger(*database.value(), clock, Actor{QStringLiteral("test"), sourceAdmin});
            for (const char *member : {"alice", "bob", "carol", "dave"}) {
                QVERIFY(ledger.addMember({QString::fromLatin1(member), {}, QStringLiteral("other"), {}}).ok());
                IssueRequest issue;
                issue.memberId = QString::fromLatin1(member);
                issue.points = issue.memberId == QLatin1String("dave") ? 200 : 1000;
                issue.idempotencyKey = QStringLiteral("setup-") + issue.memberId;
                QVERIFY(ledger.issue(issue).ok());
            }
            // piper takes the pipelined requests: 10,000 points.
            QVERIFY(ledger.addMember({QStringLiteral("piper"), {}, QStringLiteral("other"), {}}).ok());
            IssueRequest pipersPoints;
            pipersPoints.memberId = QStringLiteral("piper");
            pipersPoints.points = 10'000;
            pipersPoints.idempotencyKey = QStringLiteral("setup-piper");
            QVERIFY(ledger.issue(pipersPoints).ok());
            // erin pays orders with points and wallet money: 800 points and ₹500.00.
            QVERIFY(ledger.addMember({QStringLiteral("erin"), {}, QStringLiteral("other"), {}}).ok());
            IssueRequest erinsPoints;
            erinsPoints.memberId = QStringLiteral("erin");
            erinsPoints.points = 800;
            erinsPoints.idempotencyKey = QStringLiteral("setup-erin");
            QVERIFY(ledger.issue(erinsPoints).ok());
            QVERIFY(ledger.creditWallet({QStringLiteral("erin"), 50000, QStringLiteral("top-up"), QStringLiteral("setup-erin-wallet")}).ok());
            SourceRegistry registry(*database.value(), clock, Actor{QStringLiteral("test"), sourceAdmin});
            m_marketplaceKey = registry.issueKey(sourceMarketplace).value().secretKey;
            m_loyalifeKey = registry.issueKey(sourceLoyalife).value().secretKey;
            m_darwinboxKey = registry.issueKey(QStringLiteral("darwinbox")).value().secretKey;
            // A milestone earns 500 by the rule in force since yesterday.
            FixedClock yesterday(clock.nowMs() - 86'400'000);
            EarnRuleChange milestone;
            milestone.eventType = QStringLiteral("milestone");
            milestone.points = 500;
            milestone.reason = QStringLiteral("policy");
            QVERIFY(EarnRuleBook(*database.value(), yesterday, Actor{QStringLiteral("test"), sourceAdmin}).add(milestone).ok());
        }
        m_service.setProgram(qEnvironmentVariable("ORCHARD_LEDGERD"));
        m_service.setArguments({QStringLiteral("--db"), m_db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--busy-timeout"), QStringLiteral("300")});
        m_service.start();
        QVERIFY(m_service.waitForStarted());
        QVERIFY(m_service.waitForReadyRead(20'000));
        const QString banner = QString::fromUtf8(m_service.readLine());
        const qsizetype at = banner.indexOf(QLatin1String("http://"));
        QVERIFY2(at >= 0, qPrintable(banner));
        m_base = banner.mid(at).section(QLatin1Char(' '), 0, 0);
    }

    void cleanupTestCase()
    {
        if (m_limited.state() != QProcess::NotRunning) {
            m_limited.terminate();
            QVERIFY(m_limited.waitForFinished(20'000));
            QCOMPARE(m_limited.exitCode(), 0);
        }
        m_service.terminate();  // SIGTERM: finish in flight, commit, exit 0
        QVERIFY(m_service.waitForFinished(20'000));
        QCOMPARE(m_service.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_service.exitCode(), 0);
    }

    void health()
    {
        const HttpResult health = call("GET", QStringLiteral("/v1/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json, (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
    }

    void balanceAndTheSeedExample()
    {
        // alice: 1000 issued; marketplace redeems 200 → 800; loyalife 801 refused, 800 held.
        const HttpResult redeemed = call("POST", QStringLiteral("/v1/redemptions"),
                                         R"({"member":"alice","points":200,"ref":"gift-1"})", m_marketplaceKey, nextKey());
        QCOMPARE(redeemed.status, 201);
        QCOMPARE(redeemed.json.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        const HttpResult balance = call("GET", QStringLiteral("/v1/members/alice/balance"), {}, m_loyalifeKey);
        QCOMPARE(balance.status, 200);
        QCOMPARE(balance.json, (QJsonObject{{QStringLiteral("member"), QStringLiteral("alice")},
                                            {QStringLiteral("available"), 800},
                                            {QStringLiteral("held"), 0},
                                            {QStringLiteral("posted"), 800}}));
        const HttpResult tooMuch = call("POST", QStringLiteral("/v1/reservations"),
                                        R"({"member":"alice","points":801,"ref":"v-1"})", m_loyalifeKey, nextKey());
        QCOMPARE(tooMuch.status, 409);
        QCOMPARE(tooMuch.json.value(QStringLiteral("error")).toString(), QStringLiteral("insufficient_points"));
        QCOMPARE(tooMuch.json.value(QStringLiteral("available")).toInteger(), 800);
        const HttpResult held = call("POST", QStringLiteral("/v1/reservations"),
                                     R"({"member":"alice","points":800,"ref":"v-2"})", m_loyalifeKey, nextKey());
        QCOMPARE(held.status, 201);
        QCOMPARE(held.json.value(QStringLiteral("status")).toString(), QStringLiteral("reserved"));
        QVERIFY(held.json.contains(QStringLiteral("expires_at")));
    }

    void reserveConfirmRelease()
    {
        const QString id = reserve(QStringLiteral("bob"), 300, m_marketplaceKey);
        const HttpResult state = call("GET", QStringLiteral("/v1/reservations/") + id, {}, m_marketplaceKey);
        QCOMPARE(state.status, 200);
        QCOMPARE(state.json.value(QStringLiteral("status")).toString(), QStringLiteral("reserved"));
        const HttpResult confirmed = call("POST", QStringLiteral("/v1/reservations/%1/confirm").arg(id), R"({"points":120})",
                                          m_marketplaceKey, nextKey());
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.json.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(confirmed.json.value(QStringLiteral("points")).toInteger(), 120);
        const HttpResult again = call("POST", QStringLiteral("/v1/reservations/%1/release").arg(id), {}, m_marketplaceKey, nextKey());
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_state"));
        QCOMPARE(again.json.value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));

        const QString second = reserve(QStringLiteral("bob"), 100, m_marketplaceKey);
        const HttpResult released = call("POST", QStringLiteral("/v1/reservations/%1/release").arg(second),
                                         R"({"reason":"out of stock"})", m_marketplaceKey, nextKey());
        QCOMPARE(released.status, 200);
        QCOMPARE(released.json.value(QStringLiteral("status")).toString(), QStringLiteral("released"));
        // 1000 − 120 confirmed; the released 100 and the unconfirmed 180 came back.
        QCOMPARE(call("GET", QStringLiteral("/v1/members/bob/balance"), {}, m_marketplaceKey).json.value(QStringLiteral("available")).toInteger(), 880);
    }

    void idempotentRetryAndConflict()
    {
        const QByteArray key = nextKey();
        const QByteArray body = R"({"member":"carol","points":50,"ref":"once"})";
        const HttpResult first = call("POST", QStringLiteral("/v1/redemptions"), body, m_loyalifeKey, key);
        const HttpResult retry = call("POST", QStringLiteral("/v1/redemptions"), body, m_loyalifeKey, key);
        QCOMPARE(first.status, 201);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.raw, first.raw);
        const HttpResult conflict = call("POST", QStringLiteral("/v1/redemptions"), R"({"member":"carol","points":51,"ref":"once"})",
                                         m_loyalifeKey, key);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.json.value(QStringLiteral("error")).toString(), QStringLiteral("idempotency_conflict"));
        QCOMPARE(call("GET", QStringLiteral("/v1/members/carol/balance"), {}, m_loyalifeKey).json.value(QStringLiteral("available")).toInteger(), 950);
    }

    void checkoutQuoteAndPay()
    {
        // Default rules (m = 0, split allowed), 1 point = ₹1: ₹1,000 = 800 points + ₹200.
        const QByteArray order = R"({"member":"erin","amount":100000})";
        const HttpResult quote = call("POST", QStringLiteral("/v1/checkout/quote"), order, m_marketplaceKey);
        QCOMPARE(quote.status, 200);
        QCOMPARE(quote.json.value(QStringLiteral("points")).toInteger(), 800);
        QCOMPARE(quote.json.value(QStringLiteral("points_value")).toInteger(), 80000);
        QCOMPARE(quote.json.value(QStringLiteral("wallet")).toInteger(), 20000);
        QCOMPARE(quote.json.value(QStringLiteral("member_wallet")).toInteger(), 50000);

        const QByteArray key = nextKey();
        const QByteArray pay = R"({"member":"erin","amount":100000,"ref":"basket-1"})";
        const HttpResult paid = call("POST", QStringLiteral("/v1/checkout"), pay, m_marketplaceKey, key);
        QCOMPARE(paid.status, 201);
        QCOMPARE(paid.json.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(paid.json.value(QStringLiteral("checkout")).toObject().value(QStringLiteral("wallet")).toInteger(), 20000);
        const HttpResult retry = call("POST", QStringLiteral("/v1/checkout"), pay, m_marketplaceKey, key);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.raw, paid.raw);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'checkout'")), 1);

        // ₹300 left in the wallet and no points: ₹1,000 more is insufficient_funds.
        const HttpResult refused = call("POST", QStringLiteral("/v1/checkout"), R"({"member":"erin","amount":100000,"ref":"basket-2"})",
                                        m_marketplaceKey, nextKey());
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(), QStringLiteral("insufficient_funds"));

        // Two-phase: hold ₹100 from the wallet, then confirm it like any reservation.
        const HttpResult held = call("POST", QStringLiteral("/v1/checkout"), R"({"member":"erin","amount":10000,"ref":"basket-3","hold":true})",
                                     m_marketplaceKey, nextKey());
        QCOMPARE(held.status, 201);
        QCOMPARE(held.json.value(QStringLiteral("status")).toString(), QStringLiteral("reserved"));
        QCOMPARE(held.json.value(QStringLiteral("wallet")).toInteger(), 10000);
        const HttpResult confirmed = call("POST", QStringLiteral("/v1/reservations/%1/confirm").arg(held.json.value(QStringLiteral("reservation")).toString()),
                                          {}, m_marketplaceKey, nextKey());
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(count(QStringLiteral("SELECT balance FROM accounts WHERE code = 'wallet:erin'")), 20000);

        const HttpResult fractional = call("POST", QStringLiteral("/v1/checkout"), R"({"member":"erin","amount":1.5,"ref":"b"})",
                                           m_marketplaceKey, nextKey());
        QCOMPARE(fractional.status, 400);
        QCOMPARE(fractional.json.value(QStringLiteral("field")).toString(), QStringLiteral("amount"));
        const HttpResult keyless = call("POST", QStringLiteral("/v1/checkout"), pay, m_marketplaceKey);
        QCOMPARE(keyless.status, 400);
        QCOMPARE(keyless.json.value(QStringLiteral("field")).toString(), QStringLiteral("Idempotency-Key"));
    }

    void earningThroughTheApi()
    {
        const QString anHourAgo = timeformat::toIso(QDateTime::currentMSecsSinceEpoch() - 3'600'000);
        const auto earning = [&](const QString &member, const QString &eventId, const QString &type) {
            return QStringLiteral(R"({"member":"%1","event_type":"%2","event_id":"%3","occurred_at":"%4","member_profile":{"name":"New Hire","department":"Ops","hris":"darwinbox"}})")
                .arg(member, type, eventId, anHourAgo);
        };
        const QByteArray body = earning(QStringLiteral("newhire"), QStringLiteral("dbx-1"), QStringLiteral("milestone")).toUtf8();
        const HttpResult earned = call("POST", QStringLiteral("/v1/earnings"), body, m_darwinboxKey, "earn-1");
        QCOMPARE(earned.status, 201);
        QCOMPARE(earned.json.value(QStringLiteral("member")).toString(), QStringLiteral("newhire"));
        QCOMPARE(earned.json.value(QStringLiteral("points")).toInteger(), 500);
        QCOMPARE(earned.json.value(QStringLiteral("rule_version")).toInteger(), 1);
        const HttpResult again = call("POST", QStringLiteral("/v1/earnings"), body, m_darwinboxKey, "earn-1");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.raw, earned.raw);  // byte for byte
        QCOMPARE(call("GET", QStringLiteral("/v1/members/newhire/balance"), {}, m_marketplaceKey).json.value(QStringLiteral("available")).toInteger(),
                 500);

        // A source may do what it is allowed to, and nothing else.
        const HttpResult darwinboxRedeems = call("POST", QStringLiteral("/v1/redemptions"),
                                                 R"({"member":"newhire","points":10,"ref":"o-1"})", m_darwinboxKey, nextKey());
        QCOMPARE(darwinboxRedeems.status, 403);
        QCOMPARE(darwinboxRedeems.json.value(QStringLiteral("error")).toString(), QStringLiteral("operation_not_allowed"));
        QCOMPARE(darwinboxRedeems.json.value(QStringLiteral("operation")).toString(), QStringLiteral("redeem"));
        const HttpResult marketplaceEarns = call("POST", QStringLiteral("/v1/earnings"),
                                                 earning(QStringLiteral("newhire"), QStringLiteral("mkt-1"), QStringLiteral("milestone")).toUtf8(),
                                                 m_marketplaceKey, nextKey());
        QCOMPARE(marketplaceEarns.status, 403);
        QCOMPARE(marketplaceEarns.json.value(QStringLiteral("operation")).toString(), QStringLiteral("earn"));

        // 1,000 items, item 500 of an unknown type: 999 lots and one error, in item order.
        const qint64 earningsBefore = count(QStringLiteral("SELECT COUNT(*) FROM earnings"));
        QStringList items;
        for (int i = 0; i < 1000; ++i)
            items << earning(QStringLiteral("hire-%1").arg(i % 250), QStringLiteral("batch-%1").arg(i),
                             i == 500 ? QStringLiteral("no_such_type") : QStringLiteral("milestone"));
        const HttpResult batch = call("POST", QStringLiteral("/v1/earnings/batch"),
                                      QStringLiteral(R"({"items":[%1]})").arg(items.join(QLatin1Char(','))).toUtf8(), m_darwinboxKey);
        QCOMPARE(batch.status, 200);
        const QJsonArray results = batch.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1000);
        int lots = 0;
        for (const QJsonValue &result : results)
            lots += result.toObject().contains(QStringLiteral("lot")) ? 1 : 0;
        QCOMPARE(lots, 999);
        QCOMPARE(results.at(500)[QStringLiteral("error")].toString(), QStringLiteral("unknown_event_type"));
        QCOMPARE(results.at(501)[QStringLiteral("event_id")].toString(), QStringLiteral("batch-501"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM earnings")), earningsBefore + 999);
        // hire-0 earned items 0, 250, 500 (refused) and 750: 3 × 500.
        QCOMPARE(call("GET", QStringLiteral("/v1/members/hire-0/balance"), {}, m_marketplaceKey).json.value(QStringLiteral("available")).toInteger(),
                 1500);

        // The same with atomic, on new events: nothing is applied.
        for (int i = 0; i < 1000; ++i)
            items[i] = earning(QStringLiteral("hire-%1").arg(i % 250), QStringLiteral("atomic-%1").arg(i),
                               i == 500 ? QStringLiteral("no_such_type") : QStringLiteral("milestone"));
        const HttpResult atomic = call("POST", QStringLiteral("/v1/earnings/batch"),
                                       QStringLiteral(R"({"atomic":true,"items":[%1]})").arg(items.join(QLatin1Char(','))).toUtf8(),
                                       m_darwinboxKey);
        QCOMPARE(atomic.status, 422);
        QCOMPARE(atomic.json.value(QStringLiteral("error")).toString(), QStringLiteral("batch_not_applied"));
        QCOMPARE(atomic.json.value(QStringLiteral("applied")).toBool(true), false);
        QCOMPARE(atomic.json.value(QStringLiteral("results")).toArray().at(0)[QStringLiteral("status")].toString(), QStringLiteral("not_applied"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM earnings")), earningsBefore + 999);
    }

    void anotherSourcesReservationIsForbidden()
    {
        const QString id = reserve(QStringLiteral("carol"), 10, m_marketplaceKey);
        for (const char *action : {"confirm", "release"}) {
            const HttpResult refused = call("POST", QStringLiteral("/v1/reservations/%1/%2").arg(id, QLatin1String(action)), {},
                                            m_loyalifeKey, nextKey());
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
        }
        QCOMPARE(call("GET", QStringLiteral("/v1/reservations/") + id, {}, m_loyalifeKey).status, 403);
        QCOMPARE(call("GET", QStringLiteral("/v1/reservations/") + id, {}, m_marketplaceKey).json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("reserved"));
    }

    void timeoutReleaseIsVisible()
    {
        const QString id = reserve(QStringLiteral("carol"), 5, m_loyalifeKey, 1);
        QThread::msleep(1'100);
        const HttpResult state = call("GET", QStringLiteral("/v1/reservations/") + id, {}, m_loyalifeKey);
        QCOMPARE(state.status, 200);
        QCOMPARE(state.json.value(QStringLiteral("status")).toString(), QStringLiteral("timed_out"));
        QCOMPARE(state.json.value(QStringLiteral("reason")).toString(), QStringLiteral("timeout"));
        const HttpResult late = call("POST", QStringLiteral("/v1/reservations/%1/confirm").arg(id), {}, m_loyalifeKey, nextKey());
        QCOMPARE(late.status, 409);
        QCOMPARE(late.json.value(QStringLiteral("state")).toString(), QStringLiteral("timed_out"));
    }

    void lastPointsRaceOnBothSurfaces()
    {
        // dave has 200 points; 60 redemptions of 5 from both platforms at once: exactly 40 succeed.
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 60; ++i) {
            QNetworkRequest request(QUrl(m_base + QStringLiteral("/v1/redemptions")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + (i % 2 ? m_loyalifeKey : m_marketplaceKey).toUtf8());
            request.setRawHeader("Idempotency-Key", nextKey());
            replies << m_network.post(request, QStringLiteral(R"({"member":"dave","points":5,"ref":"race-%1"})").arg(i).toUtf8());
        }
        int created = 0;
        int refused = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished()) {
                QEventLoop loop;
                connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
                loop.exec();
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 201)
                ++created;
            else if (status == 409 && QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toString()
                                          == QLatin1String("insufficient_points"))
                ++refused;
            reply->deleteLater();
        }
        QCOMPARE(created, 40);
        QCOMPARE(refused, 20);
        const HttpResult balance = call("GET", QStringLiteral("/v1/members/dave/balance"), {}, m_marketplaceKey);
        QCOMPARE(balance.json.value(QStringLiteral("posted")).toInteger(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM reservations WHERE member_id = 'dave' AND status = 'confirmed'")), 40);
    }

    void unavailableWhileTheLedgerIsLocked()
    {
        // Another process holds SQLite's write lock past the service's busy timeout (300 ms here).
        const QByteArray key = nextKey();
        const QByteArray body = R"({"member":"carol","points":3,"ref":"while-locked"})";
        {
            QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
            blocker.setDatabaseName(m_db);
            QVERIFY(blocker.open());
            QSqlQuery lock(blocker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const HttpResult busy = call("POST", QStringLiteral("/v1/redemptions"), body, m_marketplaceKey, key);
            QCOMPARE(busy.status, 503);
            QCOMPARE(busy.json.value(QStringLiteral("error")).toString(), QStringLiteral("unavailable"));
            QCOMPARE(busy.header("Retry-After"), QByteArrayLiteral("1"));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            lock.finish();
            blocker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        // Nothing was done, so the same key goes through once the ledger is free.
        QCOMPARE(call("POST", QStringLiteral("/v1/redemptions"), body, m_marketplaceKey, key).status, 201);
    }

    void unicodeReferencesAreFine()
    {
        const HttpResult redeemed = call("POST", QStringLiteral("/v1/redemptions"),
                                         QStringLiteral(R"({"member":"carol","points":1,"ref":"कूपन-🎁 ünïcode"})").toUtf8(),
                                         m_loyalifeKey, nextKey());
        QCOMPARE(redeemed.status, 201);
        QCOMPARE(redeemed.json.value(QStringLiteral("ref")).toString(), QStringLiteral("कूपन-🎁 ünïcode"));
    }

    void revokedKeyIsRefused()
    {
        LedgerLocation location;
        location.sqlitePath = m_db;
        SystemClock clock;
        auto database = Database::open(location, {});
        SourceRegistry registry(*database.value(), clock, Actor{QStringLiteral("test"), sourceAdmin});
        const NewApiKey extra = registry.issueKey(sourceMarketplace).value();
        QCOMPARE(call("GET", QStringLiteral("/v1/members/alice/balance"), {}, extra.secretKey).status, 200);
        QVERIFY(registry.revokeKey(sourceMarketplace, extra.key.keyId).ok());
        QThread::msleep(1'100);  // the service remembers a key's source for up to a second
        QCOMPARE(call("GET", QStringLiteral("/v1/members/alice/balance"), {}, extra.secretKey).status, 401);
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("auth");  // 0 none, 1 marketplace key, 2 a wrong key, 3 Basic
        QTest::addColumn<QByteArray>("idempotencyKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("raw");  // sent as it is on its own connection when not empty
        const QString reservations = QStringLiteral("/v1/reservations");
        const QByteArray k = "idem-bad";
        const auto row = [&](const char *name, const QByteArray &method, const QString &path, const QByteArray &body, int auth,
                             const QByteArray &key, int status, const char *code, const char *field, const QByteArray &raw = {}) {
            QTest::newRow(name) << method << path << body << auth << key << status << QString::fromLatin1(code)
                                << QString::fromLatin1(field) << raw;
        };
        // A raw request to /v1/redemptions: its header lines as given, then the body.
        const auto rawRedeem = [](const QByteArray &headerLines, const QByteArray &body) {
            return "POST /v1/redemptions HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headerLines + "\r\n" + body;
        };
        const QByteArray redeemBody = R"({"member":"alice","points":5,"ref":"raw"})";
        const QByteArray length = "Content-Length: " + QByteArray::number(redeemBody.size()) + "\r\n";
        const QByteArray auth = "Authorization: Bearer %KEY%\r\n";
        row("malformed JSON", "POST", reservations, "{", 1, k, 400, "bad_request", "body");
        row("array body", "POST", reservations, "[]", 1, k, 400, "bad_request", "body");
        row("empty body", "POST", reservations, "", 1, k, 400, "bad_request", "body");
        row("missing member", "POST", reservations, R"({"points":5,"ref":"r"})", 1, k, 400, "bad_request", "member");
        row("member a number", "POST", reservations, R"({"member":5,"points":5,"ref":"r"})", 1, k, 400, "bad_request", "member");
        row("member empty", "POST", reservations, R"({"member":"","points":5,"ref":"r"})", 1, k, 400, "bad_request", "member");
        row("member too long", "POST", reservations, "{\"member\":\"" + QByteArray(129, 'm') + "\",\"points\":5,\"ref\":\"r\"}", 1, k, 400, "bad_request", "member");
        row("member control char", "POST", reservations, R"({"member":"a\u0001b","points":5,"ref":"r"})", 1, k, 400, "bad_request", "member");
        row("points missing", "POST", reservations, R"({"member":"alice","ref":"r"})", 1, k, 400, "bad_request", "points");
        row("points a string", "POST", reservations, R"({"member":"alice","points":"5","ref":"r"})", 1, k, 400, "bad_request", "points");
        row("points fractional", "POST", reservations, R"({"member":"alice","points":1.5,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("points zero", "POST", reservations, R"({"member":"alice","points":0,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("points negative", "POST", reservations, R"({"member":"alice","points":-5,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("points huge", "POST", reservations, R"({"member":"alice","points":1e30,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("points over 10^12", "POST", reservations, R"({"member":"alice","points":1000000000001,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("points boolean", "POST", reservations, R"({"member":"alice","points":true,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("points null", "POST", reservations, R"({"member":"alice","points":null,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("ref missing", "POST", reservations, R"({"member":"alice","points":5})", 1, k, 400, "bad_request", "ref");
        row("ref newline", "POST", reservations, R"({"member":"alice","points":5,"ref":"a\nb"})", 1, k, 400, "bad_request", "ref");
        row("ref tab", "POST", reservations, R"({"member":"alice","points":5,"ref":"a\tb"})", 1, k, 400, "bad_request", "ref");
        row("ref invalid UTF-8", "POST", reservations, "{\"member\":\"alice\",\"points\":5,\"ref\":\"a\xff\xfe\"}", 1, k, 400, "bad_request", "body");
        row("timeout zero", "POST", reservations, R"({"member":"alice","points":5,"ref":"r","timeout_s":0})", 1, k, 400, "bad_request", "timeout_s");
        row("timeout too long", "POST", reservations, R"({"member":"alice","points":5,"ref":"r","timeout_s":86401})", 1, k, 400, "bad_request", "timeout_s");
        row("timeout a string", "POST", reservations, R"({"member":"alice","points":5,"ref":"r","timeout_s":"60"})", 1, k, 400, "bad_request", "timeout_s");
        row("unknown field", "POST", reservations, R"({"member":"alice","points":5,"ref":"r","source":"loyalife"})", 1, k, 400, "bad_request", "source");
        row("no idempotency key", "POST", reservations, R"({"member":"alice","points":5,"ref":"r"})", 1, QByteArray(), 400, "bad_request", "Idempotency-Key");
        row("idempotency key too long", "POST", reservations, R"({"member":"alice","points":5,"ref":"r"})", 1, QByteArray(129, 'k'), 400, "bad_request", "Idempotency-Key");
        row("no authorization", "POST", reservations, R"({"member":"alice","points":5,"ref":"r"})", 0, k, 401, "unauthorized", "");
        row("wrong key", "POST", reservations, R"({"member":"alice","points":5,"ref":"r"})", 2, k, 401, "unauthorized", "");
        row("basic auth", "POST", reservations, R"({"member":"alice","points":5,"ref":"r"})", 3, k, 401, "unauthorized", "");
        row("body over 64 KiB", "POST", reservations, "{\"member\":\"alice\",\"points\":5,\"ref\":\"" + QByteArray(70'000, 'x') + "\"}", 1, k, 413, "bad_request", "body");
        row("GET on a POST endpoint", "GET", QStringLiteral("/v1/redemptions"), {}, 1, k, 405, "method_not_allowed", "");
        row("PUT on reservations", "PUT", reservations, R"({"member":"alice","points":5,"ref":"r"})", 1, k, 405, "method_not_allowed", "");
        row("DELETE a balance", "DELETE", QStringLiteral("/v1/members/alice/balance"), {}, 1, k, 405, "method_not_allowed", "");
        row("path traversal", "GET", QStringLiteral("/v1/members/..%2F..%2Fetc%2Fpasswd/balance"), {}, 1, k, 404, "not_found", "");
        row("unknown path", "GET", QStringLiteral("/v1/secrets"), {}, 1, k, 404, "not_found", "");
        row("malformed reservation id", "POST", QStringLiteral("/v1/reservations/abc/confirm"), {}, 1, k, 404, "unknown_reservation", "");
        row("unknown reservation", "POST", QStringLiteral("/v1/reservations/rsv_999999/confirm"), {}, 1, k, 404, "unknown_reservation", "reservation");
        row("confirm points a string", "POST", QStringLiteral("/v1/reservations/rsv_1/confirm"), R"({"points":"x"})", 1, k, 400, "bad_request", "points");
        row("unknown member", "POST", QStringLiteral("/v1/redemptions"), R"({"member":"ghost","points":5,"ref":"r"})", 1, k, 404, "unknown_member", "member");
        row("unknown member balance", "GET", QStringLiteral("/v1/members/ghost/balance"), {}, 1, k, 404, "unknown_member", "member");

        row("quote without API key", "POST", QStringLiteral("/v1/checkout/quote"), R"({"member":"erin","amount":100})", 0, {}, 401, "unauthorized", "");
        // Integer fields take the integer grammar only.
        row("points 1e2", "POST", reservations, R"({"member":"alice","points":1e2,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("points 5.0", "POST", reservations, R"({"member":"alice","points":5.0,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("points 1E3", "POST", reservations, R"({"member":"alice","points":1E3,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("points -0", "POST", reservations, R"({"member":"alice","points":-0,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("checkout points -0", "POST", QStringLiteral("/v1/checkout"), R"({"member":"erin","amount":100,"points":-0,"ref":"r"})", 1, k, 400, "bad_request", "points");
        row("timeout 6e1", "POST", reservations, R"({"member":"alice","points":5,"ref":"r","timeout_s":6e1})", 1, k, 400, "bad_request", "timeout_s");
        row("duplicate JSON key", "POST", reservations, R"({"member":"alice","points":5,"member":"bob","ref":"r"})", 1, k, 400, "bad_request", "member");
        row("duplicate escaped JSON key", "POST", reservations, R"({"member":"alice","points":5,"ref":"r","r\u0065f":"s"})", 1, k, 400, "bad_request", "ref");
        // Lone UTF-16 surrogates in \u escapes name their field.
        row("ref lone high surrogate", "POST", reservations, R"({"member":"alice","points":5,"ref":"x\ud800"})", 1, k, 400, "bad_request", "ref");
        row("member lone low surrogate", "POST", reservations, R"({"member":"\udfff","points":5,"ref":"r"})", 1, k, 400, "bad_request", "member");
        row("ref surrogate then letter", "POST", reservations, R"({"member":"alice","points":5,"ref":"a\ud800b"})", 1, k, 400, "bad_request", "ref");
        row("ref surrogate then escape", "POST", reservations, R"({"member":"alice","points":5,"ref":"\ud800\u0041"})", 1, k, 400, "bad_request", "ref");
        row("reason lone surrogate", "POST", QStringLiteral("/v1/reservations/rsv_1/release"), R"({"reason":"a\ud800b"})", 1, k, 400, "bad_request", "reason");
        row("reason lone low surrogate", "POST", QStringLiteral("/v1/reservations/rsv_1/release"), R"({"reason":"\udfff"})", 1, k, 400, "bad_request", "reason");
        // Raw bytes that are not UTF-8 anywhere in the body: the body is at fault.
        row("member invalid UTF-8", "POST", reservations, "{\"member\":\"\xc3\x28\",\"points\":5,\"ref\":\"r\"}", 1, k, 400, "bad_request", "body");
        row("ref overlong UTF-8", "POST", reservations, "{\"member\":\"alice\",\"points\":5,\"ref\":\"\xc0\xaf\"}", 1, k, 400, "bad_request", "body");
        row("ref encoded surrogate", "POST", reservations, "{\"member\":\"alice\",\"points\":5,\"ref\":\"\xed\xa0\x80\"}", 1, k, 400, "bad_request", "body");
        // The request's head, sent raw: what Qt Network would never send.
        row("duplicate Idempotency-Key", "POST", {}, {}, 1, k, 400, "bad_request", "Idempotency-Key",
            rawRedeem(auth + "Idempotency-Key: a\r\nIdempotency-Key: b\r\n" + length, redeemBody));
        row("duplicate Authorization", "POST", {}, {}, 1, k, 400, "bad_request", "Authorization",
            rawRedeem(auth + auth + "Idempotency-Key: dup-auth\r\n" + length, redeemBody));
        row("Idempotency-Key not UTF-8", "POST", {}, {}, 1, k, 400, "bad_request", "Idempotency-Key",
            rawRedeem(auth + "Idempotency-Key: key-\xff\xfe\r\n" + length, redeemBody));
        row("conflicting Content-Length", "POST", {}, {}, 1, k, 400, "bad_request", "Content-Length",
            rawRedeem(auth + "Idempotency-Key: cl-1\r\n" + length + "Content-Length: 7\r\n", redeemBody));
        row("duplicate Content-Length", "POST", {}, {}, 1, k, 400, "bad_request", "Content-Length",
            rawRedeem(auth + "Idempotency-Key: cl-2\r\n" + length + length, redeemBody));
        row("Content-Length list", "POST", {}, {}, 1, k, 400, "bad_request", "Content-Length",
            rawRedeem(auth + "Idempotency-Key: cl-3\r\nContent-Length: 41, 41\r\n", redeemBody));
        row("Transfer-Encoding and Content-Length", "POST", {}, {}, 1, k, 400, "bad_request", "Transfer-Encoding",
            rawRedeem(auth + "Idempotency-Key: te-1\r\n" + length + "Transfer-Encoding: chunked\r\n", redeemBody));
        row("Transfer-Encoding gzip", "POST", {}, {}, 1, k, 400, "bad_request", "Transfer-Encoding",
            rawRedeem(auth + "Idempotency-Key: te-2\r\nTransfer-Encoding: gzip\r\n", redeemBody));
        row("TRACE", "TRACE", {}, {}, 1, k, 405, "method_not_allowed", "", "TRACE /v1/redemptions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        row("TRACE elsewhere", "TRACE", {}, {}, 1, k, 405, "method_not_allowed", "", "TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        row("CONNECT", "CONNECT", {}, {}, 1, k, 405, "method_not_allowed", "", "CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, auth);
        QFETCH(QByteArray, idempotencyKey);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QByteArray, raw);
        const qint64 entries = count(QStringLiteral("SELECT COUNT(*) FROM entries"));
        const qint64 keys = count(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys"));
        if (!m_entriesBeforeMalformed) {  // the first row: what the table must leave as it found it
            m_entriesBeforeMalformed = entries;
            m_keysBeforeMalformed = keys;
        }
        QList<QPair<QByteArray, QByteArray>> headers;
        QString apiKey;
        if (auth == 1)
            apiKey = m_marketplaceKey;
        else if (auth == 2)
            apiKey = QStringLiteral("orchard_000000000000_") + QString(43, QLatin1Char('A'));
        else if (auth == 3)
            headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic dXNlcjpwYXNz")});
        const HttpResult result = raw.isEmpty() ? call(method, path, body, apiKey, idempotencyKey, headers) : rawCall(raw);
        QCOMPARE(result.status, status);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(), code);
        if (!field.isEmpty())
            QCOMPARE(result.json.value(QStringLiteral("field")).toString(), field);
        QVERIFY(!result.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM entries")), entries);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys")), keys);
    }

    void malformedRequestsChangedNothing()
    {
        QVERIFY(m_entriesBeforeMalformed && m_keysBeforeMalformed);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM entries")), *m_entriesBeforeMalformed);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys")), *m_keysBeforeMalformed);
        QProcess verify;
        verify.start(qEnvironmentVariable("ORCHARDCTL"), {QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("verify")});
        QVERIFY(verify.waitForFinished(60'000));
        const QByteArray output = verify.readAllStandardOutput();
        QCOMPARE(verify.exitCode(), 0);
        QVERIFY2(QJsonDocument::fromJson(output).object().value(QStringLiteral("ok")).toBool(), output.constData());
    }

    void expectContinueIsAnsweredAtOnce()
    {
        // curl sends "Expect: 100-continue" before a large body and waits up to a second for it.
        const QByteArray body = QStringLiteral(R"({"member":"piper","points":1,"ref":"continue-1"})").toUtf8();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(5'000));
        QElapsedTimer timer;
        timer.start();
        socket.write("POST /v1/redemptions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_marketplaceKey.toUtf8()
                     + "\r\nIdempotency-Key: " + nextKey() + "\r\nExpect: 100-continue\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n");
        QByteArray pending;
        while (!pending.contains("\r\n\r\n") && timer.elapsed() < 1'500 && socket.waitForReadyRead(int(1'500 - timer.elapsed())))
            pending += socket.readAll();
        QVERIFY2(pending.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), pending.constData());
        pending.remove(0, qsizetype(qstrlen("HTTP/1.1 100 Continue\r\n\r\n")));
        socket.write(body);
        const HttpResult redeemed = readResponse(socket, pending);
        QCOMPARE(redeemed.status, 201);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));

        // A request refused by its head gets its refusal at once, not an invitation to send 300 MB.
        const HttpResult refused = rawCall("POST /v1/redemptions HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
                                           "Content-Length: 300000000\r\n\r\n");
        QCOMPARE(refused.status, 413);
        QCOMPARE(refused.json.value(QStringLiteral("field")).toString(), QStringLiteral("body"));
    }

    void pipelinedAnswersComeInRequestOrder()
    {
        // 300 requests in one write: balances (readers), redemptions (the writer), refusals before
        // the ledger (400), unknown paths (404) and refusals by the ledger (409), of many sizes.
        QByteArray requests;
        QList<int> expected;
        QList<QString> refs;
        const QByteArray auth = "Authorization: Bearer " + m_marketplaceKey.toUtf8() + "\r\n";
        const auto post = [&](const QByteArray &body) {
            requests += "POST /v1/redemptions HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "Idempotency-Key: " + nextKey()
                        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        for (int i = 0; i < 300; ++i) {
            const QByteArray padding(i * 37 % 2'000, ' ');  // bodies from 50 bytes to 2 KB
            const QString ref = QStringLiteral("pipe-%1-%2").arg(i).arg(QString(i % 90, QLatin1Char('x')));
            refs << ref;
            switch (i % 5) {
            case 0:
                requests += "GET /v1/members/piper/balance HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n";
                expected << 200;
                break;
            case 1:
                post(QStringLiteral(R"({"member":"piper",%1"points":7,"ref":"%2"})").arg(QString::fromLatin1(padding), ref).toUtf8());
                expected << 201;
                break;
            case 2:
                post(QStringLiteral(R"({"member":"piper","points":0,"ref":"%1"}%2)").arg(ref, QString::fromLatin1(padding)).toUtf8());
                expected << 400;
                break;
            case 3:
                requests += "GET /v1/nowhere/" + QByteArray::number(i) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
                expected << 404;
                break;
            case 4:
                post(QStringLiteral(R"({"member":"piper","points":900000,%1"ref":"%2"})").arg(QString::fromLatin1(padding), ref).toUtf8());
                expected << 409;
                break;
            }
        }
        const qint64 available = call("GET", QStringLiteral("/v1/members/piper/balance"), {}, m_marketplaceKey)
                                     .json.value(QStringLiteral("available")).toInteger();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(5'000));
        socket.write(requests);
        QByteArray pending;
        for (int i = 0; i < expected.size(); ++i) {
            const HttpResult answer = readResponse(socket, pending, 30'000);
            QVERIFY2(answer.status == expected.at(i),
                     qPrintable(QStringLiteral("request %1: %2 instead of %3: %4").arg(i).arg(answer.status).arg(expected.at(i))
                                    .arg(QString::fromUtf8(answer.raw))));
            if (expected.at(i) == 201)
                QCOMPARE(answer.json.value(QStringLiteral("ref")).toString(), refs.at(i));
            if (expected.at(i) == 200)
                QCOMPARE(answer.json.value(QStringLiteral("member")).toString(), QStringLiteral("piper"));
            if (expected.at(i) == 400)
                QCOMPARE(answer.json.value(QStringLiteral("field")).toString(), QStringLiteral("points"));
            if (expected.at(i) == 409)
                QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), QStringLiteral("insufficient_points"));
        }
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);  // nothing made it close
        QCOMPARE(call("GET", QStringLiteral("/v1/members/piper/balance"), {}, m_marketplaceKey).json.value(QStringLiteral("available")).toInteger(),
                 available - 60 * 7);
    }

    void connectionCloseAndHttp10()
    {
        const auto closesAfterOneAnswer = [this](const QByteArray &request) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port());
            if (!socket.waitForConnected(5'000))
                return QStringLiteral("no connection");
            socket.write(request);
            QByteArray pending;
            const HttpResult answer = readResponse(socket, pending);
            if (answer.status != 200)
                return QStringLiteral("status %1").arg(answer.status);
            if (answer.header("Connection") != "close")
                return QStringLiteral("no Connection: close");
            if (socket.state() != QAbstractSocket::UnconnectedState && !socket.waitForDisconnected(2'000))
                return QStringLiteral("still open 2 s after the answer");
            return QString();
        };
        QCOMPARE(closesAfterOneAnswer(healthRequest("Connection: close\r\n")), QString());
        QCOMPARE(closesAfterOneAnswer(healthRequest("Connection: keep-alive, close\r\n")), QString());
        QCOMPARE(closesAfterOneAnswer(healthRequest({}, "HTTP/1.0")), QString());

        // HTTP/1.0 that asks for keep-alive keeps its connection, and is told so.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(5'000));
        QByteArray pending;
        for (int i = 0; i < 2; ++i) {
            socket.write(healthRequest("Connection: keep-alive\r\n", "HTTP/1.0"));
            const HttpResult answer = readResponse(socket, pending);
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.header("Connection"), QByteArrayLiteral("keep-alive"));
        }
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    void idleConnectionsAreClosed()
    {
        // --idle-timeout 2: a connection that says nothing, or nothing more, is closed after 2 s.
        const quint16 limited = limitedPort();
        QTcpSocket silent;
        QTcpSocket afterOne;
        QTcpSocket busy;
        QElapsedTimer timer;
        silent.connectToHost(QHostAddress::LocalHost, limited);
        afterOne.connectToHost(QHostAddress::LocalHost, limited);
        busy.connectToHost(QHostAddress::LocalHost, limited);
        QVERIFY(silent.waitForConnected(5'000) && afterOne.waitForConnected(5'000) && busy.waitForConnected(5'000));
        timer.start();
        QByteArray pending;
        afterOne.write(healthRequest());
        QCOMPARE(readResponse(afterOne, pending).status, 200);
        // One request every 0.8 s keeps a connection open past the idle timeout.
        qint64 silentClosedMs = -1;
        qint64 afterOneClosedMs = -1;
        QByteArray busyPending;
        for (int i = 0; i < 5; ++i) {
            busy.write(healthRequest());
            QCOMPARE(readResponse(busy, busyPending).status, 200);
            const QDeadlineTimer next(800);
            while (!next.hasExpired()) {
                QThread::msleep(20);
                for (auto [socket, closedAt] : {std::pair{&silent, &silentClosedMs}, std::pair{&afterOne, &afterOneClosedMs}}) {
                    socket->waitForReadyRead(0);
                    if (*closedAt < 0 && socket->state() == QAbstractSocket::UnconnectedState)
                        *closedAt = timer.elapsed();
                }
            }
        }
        QCOMPARE(busy.state(), QAbstractSocket::ConnectedState);
        QVERIFY2(silentClosedMs >= 1'700 && silentClosedMs <= 3'000, qPrintable(QString::number(silentClosedMs)));
        QVERIFY2(afterOneClosedMs >= 1'700 && afterOneClosedMs <= 3'000, qPrintable(QString::number(afterOneClosedMs)));
    }

    void slowHeadersAreClosed()
    {
        // --header-timeout 1: one byte every 300 ms never completes a head; closed after ~1 s.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, limitedPort());
        QVERIFY(socket.waitForConnected(5'000));
        const QByteArray request = healthRequest("X-Slow: " + QByteArray(64, 's') + "\r\n");
        QElapsedTimer timer;
        timer.start();
        qsizetype sent = 0;
        while (sent < request.size() && socket.state() == QAbstractSocket::ConnectedState) {
            socket.write(request.mid(sent++, 1));
            socket.waitForBytesWritten(100);
            socket.waitForDisconnected(300);
        }
        const qint64 closedMs = timer.elapsed();
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(closedMs >= 800 && closedMs <= 1'800, qPrintable(QString::number(closedMs)));
        QVERIFY(sent < 10);
        QVERIFY(!socket.readAll().startsWith("HTTP/1.1 200"));
    }

    void connectionsBeyondTheLimitAreClosed()
    {
        // --max-connections 5: five are served, the sixth is closed at once.
        const quint16 limited = limitedPort();
        QThread::msleep(300);  // the earlier tests' connections are gone
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 5; ++i) {
            open.push_back(std::make_unique<QTcpSocket>());
            open.back()->connectToHost(QHostAddress::LocalHost, limited);
            QVERIFY(open.back()->waitForConnected(5'000));
            QByteArray pending;
            open.back()->write(healthRequest());
            QCOMPARE(readResponse(*open.back(), pending).status, 200);
        }
        QTcpSocket sixth;
        sixth.connectToHost(QHostAddress::LocalHost, limited);
        QVERIFY(sixth.waitForConnected(5'000));
        sixth.write(healthRequest());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(sixth.state() == QAbstractSocket::UnconnectedState || sixth.waitForDisconnected(1'000));
        QVERIFY(timer.elapsed() < 1'000);
        QVERIFY(!sixth.readAll().startsWith("HTTP/1.1 200"));
        // One of the five leaves: a new one is served again.
        open.front()->disconnectFromHost();
        QVERIFY(open.front()->state() == QAbstractSocket::UnconnectedState || open.front()->waitForDisconnected(1'000));
        QThread::msleep(200);
        QCOMPARE(rawCall(healthRequest(), limited).status, 200);
    }

    void readOnlyLedgerRefusesWrites()
    {
        // A ledger file without write permission is served read-only: reads work, writes are 503 read_only.
        const QString db = m_dir.filePath(QStringLiteral("read-only.sqlite"));
        QString key;
        {
            LedgerLocation location;
            location.sqlitePath = db;
            SystemClock clock;
            auto database = Database::open(location, {});
            QVERIFY(database.ok());
            Ledger ledger(*database.value(), clock, Actor{QStringLiteral("test"), sourceAdmin});
            QVERIFY(ledger.addMember({QStringLiteral("rita"), {}, QStringLiteral("other"), {}}).ok());
            IssueRequest issue;
            issue.memberId = QStringLiteral("rita");
            issue.points = 50;
            issue.idempotencyKey = QStringLiteral("setup-rita");
            QVERIFY(ledger.issue(issue).ok());
            SourceRegistry registry(*database.value(), clock, Actor{QStringLiteral("test"), sourceAdmin});
            key = registry.issueKey(sourceMarketplace).value().secretKey;
        }
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QProcess service;
        service.setProgram(qEnvironmentVariable("ORCHARD_LEDGERD"));
        service.setArguments({QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        service.start();
        QVERIFY(service.waitForStarted() && service.waitForReadyRead(20'000));
        const QString banner = QString::fromUtf8(service.readLine());
        QVERIFY2(banner.contains(QLatin1String("read-only")), qPrintable(banner));
        const QString base = banner.mid(banner.indexOf(QLatin1String("http://"))).section(QLatin1Char(' '), 0, 0);
        const quint16 readOnlyPort = quint16(QUrl(base).port());
        const QByteArray auth = "Authorization: Bearer " + key.toUtf8() + "\r\n";
        const HttpResult balance = rawCall("GET /v1/members/rita/balance HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n", readOnlyPort);
        QCOMPARE(balance.status, 200);
        QCOMPARE(balance.json.value(QStringLiteral("available")).toInteger(), 50);
        const QByteArray body = R"({"member":"rita","points":5,"ref":"ro-1"})";
        const HttpResult write = rawCall("POST /v1/redemptions HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "Idempotency-Key: ro-1\r\n"
                                             + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                                         readOnlyPort);
        QCOMPARE(write.status, 503);
        QCOMPARE(write.json.value(QStringLiteral("error")).toString(), QStringLiteral("read_only"));
        QVERIFY(!write.headers.contains("retry-after"));  // retrying will not help
        service.terminate();
        QVERIFY(service.waitForFinished(20'000));
        QCOMPARE(service.exitCode(), 0);
    }

    void httpsWithCertificateAndKey()
    {
        const QString certificate = m_dir.filePath(QStringLiteral("tls-cert.pem"));
        const QString privateKey = m_dir.filePath(QStringLiteral("tls-key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                                  privateKey, QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                                                  QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60'000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());

        // Both or neither, and readable: refused at start with a message that says which.
        const auto refusal = [this](const QStringList &arguments) {
            QProcess service;
            service.start(qEnvironmentVariable("ORCHARD_LEDGERD"),
                          QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + arguments);
            service.waitForFinished(20'000);
            return QPair<int, QString>(service.exitCode(), QString::fromUtf8(service.readAllStandardError()));
        };
        const auto alone = refusal({QStringLiteral("--tls-cert"), certificate});
        QCOMPARE(alone.first, 2);
        QVERIFY2(alone.second.contains(QLatin1String("--tls-key")), qPrintable(alone.second));
        const QString missing = m_dir.filePath(QStringLiteral("no-such-key.pem"));
        const auto unreadable = refusal({QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), missing});
        QCOMPARE(unreadable.first, 2);
        QVERIFY2(unreadable.second.contains(QLatin1String("cannot read ")) && unreadable.second.contains(missing),
                 qPrintable(unreadable.second));
        const auto swapped = refusal({QStringLiteral("--tls-cert"), privateKey, QStringLiteral("--tls-key"), certificate});
        QCOMPARE(swapped.first, 2);
        QVERIFY2(swapped.second.contains(QLatin1String("certificate")), qPrintable(swapped.second));

        QProcess service;
        const QString url = startService(service, m_db, {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), privateKey});
        QVERIFY2(url.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(url));
        QNetworkRequest request(QUrl(url + QStringLiteral("/v1/members/alice/balance")));
        request.setRawHeader("Authorization", "Bearer " + m_marketplaceKey.toUtf8());
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("member")).toString(), QStringLiteral("alice"));
        reply->deleteLater();
        // Plain HTTP on the HTTPS port gets nothing it could mistake for an answer.
        QVERIFY(rawCall(healthRequest(), quint16(QUrl(url).port())).status == 0);
        service.terminate();
        QVERIFY(service.waitForFinished(20'000));
        QCOMPARE(service.exitCode(), 0);
    }

    void hugeRequestsDoNotGrowMemory()
    {
        // 20 clients each try to send 100 MB: 10 as one header line, 5 as a body of a declared
        // 300,000,000 bytes, 5 as a chunked body. Each is refused after at most 16 or 64 KiB.
        const qint64 pid = m_service.processId();
        const qint64 before = residentKiB(pid);
        QVERIFY(before > 0);
        constexpr qint64 hundredMegabytes = 100'000'000;
        const QByteArray auth = "Authorization: Bearer " + m_marketplaceKey.toUtf8() + "\r\n";
        QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'c') + "\r\n";
        std::vector<FloodOutcome> outcomes(20);
        std::vector<std::thread> clients;
        std::atomic<int> running{20};
        for (int i = 0; i < 20; ++i) {
            QByteArray head;
            QByteArray filler;
            if (i < 10) {
                head = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: ";
                filler = QByteArray(0x10000, 'h');
            } else if (i < 15) {
                head = "POST /v1/redemptions HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth
                       + "Idempotency-Key: huge-" + QByteArray::number(i) + "\r\nContent-Length: 300000000\r\n\r\n";
                filler = QByteArray(0x10000, 'b');
            } else {
                head = "POST /v1/redemptions HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth
                       + "Idempotency-Key: huge-" + QByteArray::number(i) + "\r\nTransfer-Encoding: chunked\r\n\r\n";
                filler = chunk;
            }
            clients.emplace_back([&, i, head, filler] {
                outcomes[size_t(i)] = flood(port(), head, filler, hundredMegabytes);
                --running;
            });
        }
        qint64 peak = before;
        while (running.load() > 0) {
            peak = std::max(peak, residentKiB(pid));
            QThread::msleep(5);
        }
        for (std::thread &client : clients)
            client.join();
        peak = std::max(peak, residentKiB(pid));
        QVERIFY2(peak - before < 20 * 1024, qPrintable(QStringLiteral("VmRSS grew from %1 to %2 KiB").arg(before).arg(peak)));
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(outcomes[size_t(i)].status, i < 10 ? 431 : 413);
            QVERIFY(outcomes[size_t(i)].sent < hundredMegabytes);  // it was told before it sent it all
        }
        QCOMPARE(call("GET", QStringLiteral("/v1/health")).status, 200);
    }
};

QTEST_GUILESS_MAIN(ApiTest)
#include "tst_api.moc"
