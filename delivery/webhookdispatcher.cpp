#include "webhookdispatcher.h"

#include "base/clock.h"
#include "httplane.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QTimer>

namespace orchard {

struct WebhookDispatcher::Batch
{
    WebhookSubscription subscription;
    QList<HttpLane *> connections;  // one per lane, kept alive across rounds
    QList<QList<OutgoingEvent>> lanes;
    QList<qsizetype> nextInLane;
    QList<DeliveryOutcome> outcomes;
    int openLanes = 0;
    bool full = false;
};

WebhookDispatcher::WebhookDispatcher(Database &database, const Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock), m_options(options),
      m_store(database, clock, {QStringLiteral("system:webhooks"), QStringLiteral("admin")})
{
    Q_ASSERT(options.lanes >= 1 && options.batchSize >= 1);
}

WebhookDispatcher::~WebhookDispatcher() = default;

void WebhookDispatcher::runRound()
{
    Q_ASSERT(!m_roundOpen);
    m_roundOpen = true;
    m_round = {};
    const auto finishNow = [this](const QString &error) {
        m_round.error = error;
        QTimer::singleShot(0, this, [this] {
            m_roundOpen = false;
            Q_EMIT roundFinished(m_round);
        });
    };
    const Result<qint64> fanned = m_store.fanOut();
    if (!fanned)
        return finishNow(fanned.error().message);
    const Result<QList<WebhookSubscription>> due = m_store.dueSubscriptions(m_clock.nowMs());
    if (!due)
        return finishNow(due.error().message);
    QList<std::shared_ptr<Batch>> batches;
    for (const WebhookSubscription &subscription : due.value()) {
        const Result<QList<OutgoingEvent>> pending = m_store.pending(subscription.id, m_options.batchSize);
        if (!pending)
            return finishNow(pending.error().message);
        if (pending.value().isEmpty())
            continue;
        auto batch = std::make_shared<Batch>();
        batch->subscription = subscription;
        batch->connections = connectionsFor(subscription);
        batch->full = pending.value().size() == m_options.batchSize;
        batch->lanes.resize(m_options.lanes);
        batch->nextInLane.fill(0, m_options.lanes);
        for (const OutgoingEvent &event : pending.value())
            batch->lanes[qsizetype(qHash(event.memberId) % uint(m_options.lanes))].append(event);
        batches.append(batch);
    }
    if (batches.isEmpty())
        return finishNow({});
    m_openBatches = int(batches.size());
    for (const std::shared_ptr<Batch> &batch : std::as_const(batches)) {
        for (int lane = 0; lane < m_options.lanes; ++lane)
            if (!batch->lanes.at(lane).isEmpty())
                ++batch->openLanes;
        for (int lane = 0; lane < m_options.lanes; ++lane)
            if (!batch->lanes.at(lane).isEmpty())
                sendNext(batch, lane);
    }
}

void WebhookDispatcher::sendNext(const std::shared_ptr<Batch> &batch, int lane)
{
    const qsizetype index = batch->nextInLane.at(lane);
    if (index >= batch->lanes.at(lane).size())
        return laneDone(batch);
    const OutgoingEvent &event = batch->lanes.at(lane).at(index);
    // The signature's time is when it is sent (a receiver compares it with its own clock); the
    // ledger's clock, which may be simulated, times the attempts.
    const QByteArray headers = "Orchard-Event-Id: " + QByteArray::number(event.eventId) + "\r\nOrchard-Event-Type: " + event.type.toLatin1()
                               + "\r\nOrchard-Signature: "
                               + WebhookStore::signature(batch->subscription.secret, QDateTime::currentSecsSinceEpoch(), event.body) + "\r\n";
    const qint64 attemptedAtMs = m_clock.nowMs();
    HttpLane *connection = batch->connections.at(lane);
    connect(
        connection, &HttpLane::answered, this,
        [this, batch, lane, index, attemptedAtMs](const HttpLane::Answer &answer) {
            const OutgoingEvent &sent = batch->lanes.at(lane).at(index);
            DeliveryOutcome outcome;
            outcome.eventId = sent.eventId;
            outcome.attemptsBefore = sent.attemptsBefore;
            outcome.eventAtMs = sent.atMs;
            outcome.attemptedAtMs = attemptedAtMs;
            outcome.latencyMs = answer.latencyMs;
            outcome.httpStatus = answer.httpStatus;
            if (!outcome.delivered())
                outcome.error = answer.httpStatus ? QStringLiteral("HTTP %1").arg(*answer.httpStatus) : answer.error;
            batch->outcomes.append(outcome);
            if (!outcome.delivered())
                return laneDone(batch);  // the member's later events wait for this one
            batch->nextInLane[lane] = index + 1;
            sendNext(batch, lane);
        },
        Qt::SingleShotConnection);
    connection->post(headers, event.body);
}

QList<HttpLane *> WebhookDispatcher::connectionsFor(const WebhookSubscription &subscription)
{
    QList<HttpLane *> &kept = m_connections[subscription.id];
    if (!kept.isEmpty() && kept.constFirst()->url() != QUrl(subscription.url)) {
        qDeleteAll(kept);
        kept.clear();
    }
    while (kept.size() < m_options.lanes)
        kept.append(new HttpLane(QUrl(subscription.url), m_options.timeoutMs, this));
    return kept;
}

void WebhookDispatcher::laneDone(const std::shared_ptr<Batch> &batch)
{
    if (--batch->openLanes == 0)
        batchDone(batch);
}

void WebhookDispatcher::batchDone(const std::shared_ptr<Batch> &batch)
{
    qint64 failed = 0;
    for (const DeliveryOutcome &outcome : std::as_const(batch->outcomes)) {
        if (outcome.delivered())
            ++m_round.delivered;
        else
            ++failed;
    }
    m_round.failedAttempts += failed;
    const Result<bool> recorded =
        m_store.record(batch->subscription, batch->outcomes, m_clock.nowMs(), QRandomGenerator::global()->generateDouble());
    if (!recorded)
        m_round.error = recorded.error().message;
    if (failed == 0 && batch->full)
        m_round.moreDue = true;
    if (--m_openBatches == 0) {
        m_roundOpen = false;
        Q_EMIT roundFinished(m_round);
    }
}

}  // namespace orchard
