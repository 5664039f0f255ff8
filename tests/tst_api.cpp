// The points API end to end: the real orchard-ledgerd on a free loopback port with a temporary
// ledger, driven over HTTP with Qt Network.
#include "clock.h"
#include "database.h"
#include "ledger.h"
#include "sourceregistry.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

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
    QNetworkAccessManager m_network;
    int m_keys = 0;

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
        const QString reservations = QStringLiteral("/v1/reservations");
        const QByteArray k = "idem-bad";
        const auto row = [&](const char *name, const QByteArray &method, const QString &path, const QByteArray &body, int auth,
                             const QByteArray &key, int status, const char *code, const char *field) {
            QTest::newRow(name) << method << path << body << auth << key << status << QString::fromLatin1(code)
                                << QString::fromLatin1(field);
        };
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
        const qint64 entries = count(QStringLiteral("SELECT COUNT(*) FROM entries"));
        const qint64 keys = count(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys"));
        QList<QPair<QByteArray, QByteArray>> headers;
        QString apiKey;
        if (auth == 1)
            apiKey = m_marketplaceKey;
        else if (auth == 2)
            apiKey = QStringLiteral("orchard_000000000000_") + QString(43, QLatin1Char('A'));
        else if (auth == 3)
            headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic dXNlcjpwYXNz")});
        const HttpResult result = call(method, path, body, apiKey, idempotencyKey, headers);
        QCOMPARE(result.status, status);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(), code);
        if (!field.isEmpty())
            QCOMPARE(result.json.value(QStringLiteral("field")).toString(), field);
        QVERIFY(!result.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM entries")), entries);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys")), keys);
    }
};

QTEST_GUILESS_MAIN(ApiTest)
#include "tst_api.moc"
