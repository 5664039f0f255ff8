// The outbox (events written with the change they tell of, exactly) and their delivery to a
// receiver in this process: signed, in order per member, retried with backoff on a simulated
// clock, given up after the retry budget, with a rotated secret used from the next delivery.
#include "testledger.h"

#include "ledger/outbox.h"
#include "ledger/outboxevent.h"
#include "webhookdispatcher.h"
#include "webhooks/webhookstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace orchard;
using namespace orchard::test;

namespace {

const Actor admin{QStringLiteral("cli:test"), sourceAdmin};
constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 3'600'000;

struct ToldEvent
{
    qint64 id = 0;
    QString type;
    QString memberId;
    qint64 sequence = 0;
    QJsonObject data;
};

QList<ToldEvent> eventsAfter(TestLedger &t, qint64 afterId = 0)
{
    QSqlQuery query(t.database().connection());
    query.prepare(QStringLiteral("SELECT e.id, e.type, e.member_id, e.member_seq, ") + orchard::StoredEvent::columns()
                  + QStringLiteral(" FROM outbox_events e ") + orchard::StoredEvent::join() + QStringLiteral(" WHERE e.id > ? ORDER BY e.id"));
    query.addBindValue(afterId);
    if (!query.exec())
        qFatal("outbox query failed");
    QList<ToldEvent> events;
    while (query.next())
        events.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toLongLong(),
                       QJsonDocument::fromJson(orchard::StoredEvent::read(query, query.value(1).toString(), 4).dataJson().toUtf8()).object()});
    return events;
}

QStringList typesOf(const QList<ToldEvent> &events)
{
    QStringList types;
    for (const ToldEvent &event : events)
        types << event.type;
    return types;
}

qint64 lastEventId(TestLedger &t)
{
    const QList<ToldEvent> all = eventsAfter(t);
    return all.isEmpty() ? 0 : all.constLast().id;
}

RedeemRequest redeemOf(TestLedger &t, const QString &member, Points points, const QString &source = QStringLiteral("marketplace"))
{
    return {member, points, source, QStringLiteral("order-") + t.nextKey(), t.nextKey()};
}

// An HTTP/1.1 receiver that answers every POST with `status` (keep-alive) and keeps what came.
class Receiver : public QObject
{
public:
    struct Request
    {
        QHash<QByteArray, QByteArray> headers;  // lower-case names
        QByteArray body;
    };

    Receiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen();
    }
    void listen()
    {
        if (!m_server.listen(QHostAddress::LocalHost, m_port))
            qFatal("receiver cannot listen");
        m_port = m_server.serverPort();
    }
    void down()
    {
        m_server.close();
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
            socket->abort();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/orchard").arg(m_port); }

    int status = 200;
    QList<Request> received;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer.size() < headEnd + 4 + length)
                return;
            request.body = buffer.mid(headEnd + 4, length);
            buffer.remove(0, headEnd + 4 + length);
            received.append(request);
            socket->write(QStringLiteral("HTTP/1.1 %1 X\r\nContent-Length: 0\r\n\r\n").arg(status).toLatin1());
        }
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

WebhookDispatcher::RoundCounts deliverOnce(WebhookDispatcher &dispatcher)
{
    QSignalSpy finished(&dispatcher, &WebhookDispatcher::roundFinished);
    dispatcher.runRound();
    if (!finished.wait(20'000))
        qFatal("a delivery round did not finish");
    return finished.takeFirst().at(0).value<WebhookDispatcher::RoundCounts>();
}

QString statusOf(TestLedger &t, qint64 eventId)
{
    QSqlQuery query(t.database().connection());
    query.prepare(QStringLiteral("SELECT status FROM webhook_deliveries WHERE event_id = ?"));
    query.addBindValue(eventId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

}  // namespace

class WebhooksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachChangeTellsItsEvents();
    void aReservationsEventsSayWhatWasTrueThen();
    void refusedAndReplayedRequestsTellNothing();
    void fundingBelowThresholdOncePerCrossing();
    void expiringLotsAreToldOnce();
    void deliveryIsSignedAndFilteredBySource();
    void receiverDownThenBackGetsEverythingInOrder();
    void receiverFailingForeverEndsFailed();
    void rotatedSecretSignsTheNextDelivery();
    void subscriptionsRefuseBadInput();
};

void WebhooksTest::eachChangeTellsItsEvents()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 500);
    // issue 500: one balance.changed, 500 available.
    QList<ToldEvent> events = eventsAfter(t);
    QCOMPARE(typesOf(events), QStringList{eventtypes::balanceChanged});
    QCOMPARE(events.at(0).sequence, 1);
    QCOMPARE(events.at(0).data.value(QStringLiteral("available")).toInteger(), 500);
    QCOMPARE(events.at(0).data.value(QStringLiteral("posted")).toInteger(), 500);

    // reserve 200: reserved, then the balance 300 available + 200 held = 500 posted.
    const qint64 reservation = t.reserve(QStringLiteral("m"), 200, QStringLiteral("loyalife"));
    events = eventsAfter(t, events.constLast().id);
    QCOMPARE(typesOf(events), (QStringList{eventtypes::reservationReserved, eventtypes::balanceChanged}));
    QCOMPARE(events.at(0).sequence, 2);
    QCOMPARE(events.at(1).sequence, 3);
    QCOMPARE(events.at(1).data.value(QStringLiteral("available")).toInteger(), 300);
    QCOMPARE(events.at(1).data.value(QStringLiteral("held")).toInteger(), 200);
    QCOMPARE(events.at(1).data.value(QStringLiteral("posted")).toInteger(), 500);

    // confirm 150 of the 200: 50 back; 350 available, 0 held, 350 posted.
    QVERIFY(t.ledger().confirm({reservation, 150, t.nextKey(), std::nullopt}));
    events = eventsAfter(t, events.constLast().id);
    QCOMPARE(typesOf(events), (QStringList{eventtypes::reservationConfirmed, eventtypes::balanceChanged}));
    QCOMPARE(events.at(0).data.value(QStringLiteral("confirmed_points")).toInteger(), 150);
    QCOMPARE(events.at(1).data.value(QStringLiteral("available")).toInteger(), 350);
    QCOMPARE(events.at(1).data.value(QStringLiteral("held")).toInteger(), 0);
    QCOMPARE(events.at(1).data.value(QStringLiteral("entry")).toInteger(), 3);  // issue 1, reserve 2, confirm 3

    // A hold that times out, written down by the sweep: timed_out, then 350 available again.
    t.reserve(QStringLiteral("m"), 100, QStringLiteral("marketplace"), 60);
    const qint64 beforeTimeout = lastEventId(t);
    t.clock().advanceMs(2 * minuteMs);
    QCOMPARE(t.ledger().sweep().value().timedOutReservations, 1);
    events = eventsAfter(t, beforeTimeout);
    QCOMPARE(typesOf(events), (QStringList{eventtypes::reservationTimedOut, eventtypes::balanceChanged}));
    QCOMPARE(events.at(1).data.value(QStringLiteral("available")).toInteger(), 350);
    QCOMPARE(events.at(1).sequence, 9);  // 1 issue, 2-3 reserve, 4-5 confirm, 6-7 reserve, 8-9 timeout

    // A one-step redeem: confirmed at birth, then the balance; the sequence stays the member's own.
    t.addMember(QStringLiteral("n"));
    t.issue(QStringLiteral("n"), 10);
    QVERIFY(t.ledger().redeem(redeemOf(t, QStringLiteral("m"), 50)));
    events = eventsAfter(t, lastEventId(t) - 2);
    QCOMPARE(typesOf(events), (QStringList{eventtypes::reservationConfirmed, eventtypes::balanceChanged}));
    QCOMPARE(events.at(1).memberId, QStringLiteral("m"));
    QCOMPARE(events.at(1).sequence, 11);
    QCOMPARE(events.at(1).data.value(QStringLiteral("available")).toInteger(), 300);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 300);
}

// A reservation's events keep only what changes over its life (schema 11); the rest comes from its
// row when delivered. Each still says what was true when it happened, after the row moved on.
void WebhooksTest::aReservationsEventsSayWhatWasTrueThen()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 500);
    const qint64 before = lastEventId(t);
    const qint64 reservation = t.reserve(QStringLiteral("m"), 200, QStringLiteral("loyalife"));
    QVERIFY(t.ledger().release({reservation, QStringLiteral("order \"cancelled\" %1"), t.nextKey(), std::nullopt}));
    const QList<ToldEvent> events = eventsAfter(t, before);
    QCOMPARE(typesOf(events), (QStringList{eventtypes::reservationReserved, eventtypes::balanceChanged, eventtypes::reservationReleased,
                                           eventtypes::balanceChanged}));
    // Reserved: 200 held, nothing confirmed, no close reason, although the row is released by now.
    const QJsonObject reserved = events.at(0).data;
    QCOMPARE(reserved.value(QStringLiteral("reservation")).toString(), QStringLiteral("res_%1").arg(reservation));
    QCOMPARE(reserved.value(QStringLiteral("status")).toString(), QStringLiteral("reserved"));
    QCOMPARE(reserved.value(QStringLiteral("reserved_points")).toInteger(), 200);
    QCOMPARE(reserved.value(QStringLiteral("confirmed_points")).toInteger(), 0);
    QVERIFY(!reserved.contains(QStringLiteral("close_reason")));
    // Released, with the reason as given (quotes and %1 kept verbatim).
    const QJsonObject released = events.at(2).data;
    QCOMPARE(released.value(QStringLiteral("status")).toString(), QStringLiteral("released"));
    QCOMPARE(released.value(QStringLiteral("close_reason")).toString(), QStringLiteral("order \"cancelled\" %1"));
    QCOMPARE(released.value(QStringLiteral("expires_at")).toString(), reserved.value(QStringLiteral("expires_at")).toString());
    QCOMPARE(events.at(3).data.value(QStringLiteral("available")).toInteger(), 500);
    // Typed columns, not JSON, for both kinds on the write path.
    QSqlQuery stored(t.database().connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT COUNT(*) FROM outbox_events WHERE data <> ''")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toInt(), 0);

    // An event kept as JSON (every event of a schema-10 ledger) is told verbatim.
    QVERIFY(stored.exec(QStringLiteral("INSERT INTO outbox_events (type, member_id, member_seq, at_ms, source, data) "
                                       "VALUES ('balance.changed', 'm', 99, 0, '', '{\"available\":7,\"entry\":1,\"held\":0,\"posted\":7}')")));
    const QList<ToldEvent> old = eventsAfter(t, events.constLast().id);
    QCOMPARE(old.size(), 1);
    QCOMPARE(old.at(0).data.value(QStringLiteral("available")).toInteger(), 7);
}

void WebhooksTest::refusedAndReplayedRequestsTellNothing()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 100);
    const qint64 before = lastEventId(t);
    QCOMPARE(t.ledger().redeem(redeemOf(t, QStringLiteral("m"), 101)).error().code, errors::insufficientPoints);
    QCOMPARE(eventsAfter(t, before).size(), 0);

    const RedeemRequest request = redeemOf(t, QStringLiteral("m"), 40);
    QVERIFY(t.ledger().redeem(request));
    QCOMPARE(eventsAfter(t, before).size(), 2);
    QVERIFY(t.ledger().redeem(request));  // the retry gets the first answer and tells nothing new
    QCOMPARE(eventsAfter(t, before).size(), 2);

    // A batch rolled back: its events go with it.
    QVERIFY(t.ledger().beginBatch());
    QVERIFY(t.ledger().redeem(redeemOf(t, QStringLiteral("m"), 10)));
    t.ledger().abandonBatch();
    QCOMPARE(eventsAfter(t, before).size(), 2);
}

void WebhooksTest::fundingBelowThresholdOncePerCrossing()
{
    TestLedger t;
    // A point is worth ₹1 (100 paise) and the programme is prepaid: each redeemed point draws 100.
    QVERIFY(t.ledger().fund({100'000, QStringLiteral("NEFT-1"), t.nextKey()}));  // ₹1,000.00
    QVERIFY(t.ledger().setFundingThreshold(50'000));                             // ₹500.00
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 5'000);
    const auto crossings = [&t] {
        int count = 0;
        for (const ToldEvent &event : eventsAfter(t))
            count += event.type == eventtypes::fundingBelowThreshold ? 1 : 0;
        return count;
    };
    QVERIFY(t.ledger().redeem(redeemOf(t, QStringLiteral("m"), 300)));  // 100000 - 30000 = 70000: above
    QCOMPARE(crossings(), 0);
    QVERIFY(t.ledger().redeem(redeemOf(t, QStringLiteral("m"), 300)));  // 40000: crossed
    QCOMPARE(crossings(), 1);
    QVERIFY(t.ledger().redeem(redeemOf(t, QStringLiteral("m"), 100)));  // 30000: still below, nothing new
    QCOMPARE(crossings(), 1);
    const QList<ToldEvent> all = eventsAfter(t);
    ToldEvent crossing;
    for (const ToldEvent &event : all)
        if (event.type == eventtypes::fundingBelowThreshold)
            crossing = event;
    QCOMPARE(crossing.memberId, QString());
    QCOMPARE(crossing.data.value(QStringLiteral("balance_minor")).toInteger(), 40'000);
    QCOMPARE(crossing.data.value(QStringLiteral("threshold_minor")).toInteger(), 50'000);

    QVERIFY(t.ledger().fund({100'000, QStringLiteral("NEFT-2"), t.nextKey()}));  // 130000: recovered
    QCOMPARE(crossings(), 1);
    QVERIFY(t.ledger().redeem(redeemOf(t, QStringLiteral("m"), 900)));  // 40000: crossed again
    QCOMPARE(crossings(), 2);
    // Raising the threshold above the balance is a crossing too; lowering it below is not.
    QVERIFY(t.ledger().setFundingThreshold(10'000));
    QCOMPARE(crossings(), 2);
    QVERIFY(t.ledger().setFundingThreshold(60'000));
    QCOMPARE(crossings(), 3);
}

void WebhooksTest::expiringLotsAreToldOnce()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    const qint64 dayMs = 24 * hourMs;
    t.issue(QStringLiteral("m"), 100, TestLedger::startMs + 5 * dayMs);   // within the 7-day notice
    t.issue(QStringLiteral("m"), 200, TestLedger::startMs + 30 * dayMs);  // not yet
    QCOMPARE(t.ledger().sweep().value().expiringAnnounced, 1);
    QCOMPARE(t.ledger().sweep().value().expiringAnnounced, 0);
    QList<ToldEvent> expiring;
    for (const ToldEvent &event : eventsAfter(t))
        if (event.type == eventtypes::pointsExpiring)
            expiring << event;
    QCOMPARE(expiring.size(), 1);
    QCOMPARE(expiring.at(0).data.value(QStringLiteral("points")).toInteger(), 100);
    QCOMPARE(expiring.at(0).data.value(QStringLiteral("expires_at")).toString(), QStringLiteral("2026-01-06T00:00:00Z"));

    // 24 days on, the second lot is 6 days from its lapse.
    t.clock().advanceMs(24 * dayMs);
    QCOMPARE(t.ledger().sweep().value().expiringAnnounced, 1);
    // A 40-day notice announces nothing twice.
    QCOMPARE(t.ledger().setExpiringNoticeDays(40).value(), 40);
    QCOMPARE(t.ledger().sweep().value().expiringAnnounced, 0);
    QCOMPARE(t.ledger().setExpiringNoticeDays(0).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("expiring-days"));
}

void WebhooksTest::deliveryIsSignedAndFilteredBySource()
{
    TestLedger t;
    Receiver receiver;
    WebhookStore store(t.database(), t.clock(), admin);
    const QString secret = QStringLiteral("whsec_test_secret_0123456789");
    QVERIFY(store.add(QStringLiteral("loyalife-balances"), receiver.url(),
                      {eventtypes::balanceChanged, eventtypes::reservationConfirmed}, QStringLiteral("loyalife"), secret));
    t.addMember(QStringLiteral("a"));
    t.addMember(QStringLiteral("b"));
    t.issue(QStringLiteral("a"), 1'000);
    t.issue(QStringLiteral("b"), 1'000);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(t.ledger().redeem(redeemOf(t, QStringLiteral("a"), 10)));                         // marketplace
        QVERIFY(t.ledger().redeem(redeemOf(t, QStringLiteral("b"), 20, QStringLiteral("loyalife"))));
    }
    WebhookDispatcher dispatcher(t.database(), t.clock(), {});
    const WebhookDispatcher::RoundCounts round = deliverOnce(dispatcher);
    // 2 issues + 10 redeems tell 12 balance.changed; of the 10 reservation.confirmed only loyalife's 5.
    QCOMPARE(round.delivered, 17);
    QCOMPARE(receiver.received.size(), 17);

    QHash<QString, qint64> lastSequence;
    int loyalifeReservations = 0;
    for (const Receiver::Request &request : std::as_const(receiver.received)) {
        const QJsonObject event = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(request.headers.value("orchard-event-id"), event.value(QStringLiteral("id")).toString().toLatin1());
        QCOMPARE(request.headers.value("orchard-event-type"), event.value(QStringLiteral("type")).toString().toLatin1());
        // t=UNIX,v1=HEX(HMAC-SHA256(secret, t + "." + body))
        const QList<QByteArray> parts = request.headers.value("orchard-signature").split(',');
        QCOMPARE(parts.size(), 2);
        const QByteArray stamp = parts.at(0).mid(2);
        QCOMPARE(parts.at(1),
                 "v1=" + QMessageAuthenticationCode::hash(stamp + '.' + request.body, secret.toUtf8(), QCryptographicHash::Sha256).toHex());
        const QString member = event.value(QStringLiteral("member")).toString();
        QVERIFY2(event.value(QStringLiteral("sequence")).toInteger() > lastSequence.value(member), "per-member order");
        lastSequence[member] = event.value(QStringLiteral("sequence")).toInteger();
        if (event.value(QStringLiteral("type")).toString() == eventtypes::reservationConfirmed) {
            QCOMPARE(event.value(QStringLiteral("source")).toString(), QStringLiteral("loyalife"));
            ++loyalifeReservations;
        }
    }
    QCOMPARE(loyalifeReservations, 5);
    // The last balance each member was told is the ledger's: a 1000 - 5×10 = 950, b 1000 - 5×20 = 900.
    QHash<QString, qint64> told;
    for (const Receiver::Request &request : std::as_const(receiver.received)) {
        const QJsonObject event = QJsonDocument::fromJson(request.body).object();
        if (event.value(QStringLiteral("type")).toString() == eventtypes::balanceChanged)
            told[event.value(QStringLiteral("member")).toString()] =
                event.value(QStringLiteral("data")).toObject().value(QStringLiteral("available")).toInteger();
    }
    QCOMPARE(told.value(QStringLiteral("a")), 950);
    QCOMPARE(told.value(QStringLiteral("b")), 900);
    QCOMPARE(deliverOnce(dispatcher).delivered, 0);  // nothing twice
}

void WebhooksTest::receiverDownThenBackGetsEverythingInOrder()
{
    TestLedger t;
    Receiver receiver;
    WebhookStore store(t.database(), t.clock(), admin);
    QVERIFY(store.add(QStringLiteral("all"), receiver.url(), {eventtypes::balanceChanged}, {}, QStringLiteral("whsec_down_then_back_01")));
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 1'000);
    receiver.down();
    WebhookDispatcher dispatcher(t.database(), t.clock(), {});
    // Ten minutes of a receiver that is not there, a redemption a minute.
    for (int minute = 0; minute < 10; ++minute) {
        QVERIFY(t.ledger().redeem(redeemOf(t, QStringLiteral("m"), 10)));
        deliverOnce(dispatcher);
        t.clock().advanceMs(minuteMs);
    }
    QCOMPARE(receiver.received.size(), 0);
    const WebhookSubscription failing = store.list().value().at(0);
    QVERIFY(failing.consecutiveFailures >= 1);
    QVERIFY(failing.nextAttemptMs > TestLedger::startMs);

    receiver.listen();
    t.clock().advanceMs(2 * hourMs);  // past any backoff (at most an hour)
    const WebhookDispatcher::RoundCounts round = deliverOnce(dispatcher);
    QCOMPARE(round.failedAttempts, 0);
    QCOMPARE(receiver.received.size(), 11);  // the issue and ten redemptions
    qint64 available = 1'000;
    for (qsizetype i = 0; i < receiver.received.size(); ++i) {
        const QJsonObject event = QJsonDocument::fromJson(receiver.received.at(i).body).object();
        QCOMPARE(event.value(QStringLiteral("data")).toObject().value(QStringLiteral("available")).toInteger(), available);
        available -= 10;
    }
    QCOMPARE(store.list().value().at(0).consecutiveFailures, 0);
}

void WebhooksTest::receiverFailingForeverEndsFailed()
{
    TestLedger t;
    Receiver receiver;
    receiver.status = 500;
    WebhookStore store(t.database(), t.clock(), admin);
    QVERIFY(store.add(QStringLiteral("broken"), receiver.url(), {eventtypes::balanceChanged}, {}, QStringLiteral("whsec_failing_forever_1")));
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 100);
    const qint64 eventId = lastEventId(t);
    WebhookDispatcher dispatcher(t.database(), t.clock(), {});
    int rounds = 0;
    while (statusOf(t, eventId) != QLatin1String("failed") && rounds < 200) {
        deliverOnce(dispatcher);
        t.clock().advanceMs(30 * minuteMs);
        ++rounds;
    }
    QCOMPARE(statusOf(t, eventId), QStringLiteral("failed"));
    const QList<DeliveryView> deliveries = store.deliveries(QStringLiteral("broken"), 10, {}).value();
    QCOMPARE(deliveries.size(), 1);
    const DeliveryView &delivery = deliveries.at(0);
    QCOMPARE(delivery.lastStatus.value_or(0), 500);
    QCOMPARE(qsizetype(delivery.attempts), delivery.attemptLog.size());
    QCOMPARE(qsizetype(delivery.attempts), receiver.received.size());
    // Backing off: fewer attempts than the rounds that ran; the last one a day or more after the first.
    QVERIFY(delivery.attempts > 5 && delivery.attempts < rounds);
    QVERIFY(delivery.attemptLog.constLast().atMs - delivery.attemptLog.constFirst().atMs >= WebhookStore::retryBudgetMs - hourMs);
    for (qsizetype i = 0; i < delivery.attemptLog.size(); ++i) {
        QCOMPARE(delivery.attemptLog.at(i).attempt, i + 1);
        QCOMPARE(delivery.attemptLog.at(i).httpStatus.value_or(0), 500);
    }
    // Given up: no more attempts.
    const qsizetype attempts = receiver.received.size();
    t.clock().advanceMs(2 * hourMs);
    deliverOnce(dispatcher);
    QCOMPARE(receiver.received.size(), attempts);
}

void WebhooksTest::rotatedSecretSignsTheNextDelivery()
{
    TestLedger t;
    Receiver receiver;
    WebhookStore store(t.database(), t.clock(), admin);
    const QString first = QStringLiteral("whsec_first_secret_00001");
    const QString second = QStringLiteral("whsec_second_secret_0002");
    QVERIFY(store.add(QStringLiteral("r"), receiver.url(), {eventtypes::balanceChanged}, {}, first));
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 100);
    WebhookDispatcher dispatcher(t.database(), t.clock(), {});
    deliverOnce(dispatcher);
    QVERIFY(store.rotateSecret(QStringLiteral("r"), second));
    t.issue(QStringLiteral("m"), 100);
    deliverOnce(dispatcher);
    QCOMPARE(receiver.received.size(), 2);
    const auto signedWith = [](const Receiver::Request &request, const QString &secret) {
        const QList<QByteArray> parts = request.headers.value("orchard-signature").split(',');
        return parts.at(1) == "v1=" + QMessageAuthenticationCode::hash(parts.at(0).mid(2) + '.' + request.body, secret.toUtf8(),
                                                                       QCryptographicHash::Sha256)
                                          .toHex();
    };
    QVERIFY(signedWith(receiver.received.at(0), first));
    QVERIFY(!signedWith(receiver.received.at(1), first));
    QVERIFY(signedWith(receiver.received.at(1), second));
    QSqlQuery audit(t.database().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('webhook.add', 'webhook.rotate_secret')")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 2);
}

void WebhooksTest::subscriptionsRefuseBadInput()
{
    TestLedger t;
    WebhookStore store(t.database(), t.clock(), admin);
    const QString secret = QStringLiteral("whsec_valid_secret_00001");
    const auto fieldOf = [](const Result<WebhookSubscription> &result) {
        return result ? QString() : result.error().details.value(QStringLiteral("field")).toString();
    };
    QCOMPARE(fieldOf(store.add(QStringLiteral("x"), QStringLiteral("ftp://host/x"), {eventtypes::balanceChanged}, {}, secret)),
             QStringLiteral("url"));
    QCOMPARE(fieldOf(store.add(QStringLiteral("x"), QStringLiteral("http://host/x"), {QStringLiteral("balance.moved")}, {}, secret)),
             QStringLiteral("events"));
    QCOMPARE(fieldOf(store.add(QStringLiteral("x"), QStringLiteral("http://host/x"), {eventtypes::balanceChanged}, {}, QStringLiteral("short"))),
             QStringLiteral("secret"));
    QCOMPARE(fieldOf(store.add(QStringLiteral("x"), QStringLiteral("http://host/x"), {eventtypes::balanceChanged}, QStringLiteral("nobody"), secret)),
             QStringLiteral("source"));
    QVERIFY(store.add(QStringLiteral("x"), QStringLiteral("http://host/x"), {eventtypes::balanceChanged}, {}, secret));
    QCOMPARE(store.add(QStringLiteral("x"), QStringLiteral("http://host/y"), {eventtypes::balanceChanged}, {}, secret).error().code,
             errors::webhookExists);
    QCOMPARE(store.remove(QStringLiteral("y")).error().code, errors::unknownWebhook);
    QCOMPARE(store.list().value().size(), 1);  // the refusals changed nothing
    const Result<WebhookSubscription> generated =
        store.add(QStringLiteral("g"), QStringLiteral("https://host/g"), {eventtypes::balanceChanged}, {}, {});
    QVERIFY(generated);
    QCOMPARE(generated.value().secret.size(), 6 + 64);  // whsec_ and 32 random bytes in hex
}

QTEST_GUILESS_MAIN(WebhooksTest)
#include "tst_webhooks.moc"
