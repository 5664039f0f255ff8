#pragma once

#include "base/ledgertypes.h"
#include "base/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace orchard {

class Clock;
class Database;
class SqliteStatement;

struct WebhookSubscription
{
    qint64 id = 0;
    QString name;
    QString url;
    QStringList events;   // event types delivered
    QString source;       // the platform it belongs to: only its own reservation.* events; '' for all
    QString secret;       // the HMAC key; never printed after it was made
    qint64 createdAtMs = 0;
    qint64 enqueuedThrough = 0;  // the last outbox event considered for it
    qint64 consecutiveFailures = 0;
    qint64 nextAttemptMs = 0;    // backing off until then
    QJsonObject toJson() const;  // without the secret
};

// One event as a receiver gets it: the exact bytes signed and sent, the same on every attempt.
struct OutgoingEvent
{
    qint64 eventId = 0;
    QString type;
    QString memberId;
    qint64 attemptsBefore = 0;
    qint64 atMs = 0;
    QByteArray body;
};

struct DeliveryOutcome
{
    qint64 eventId = 0;
    qint64 attemptsBefore = 0;
    qint64 eventAtMs = 0;
    std::optional<int> httpStatus;  // none: no answer (refused, timed out)
    QString error;
    qint64 attemptedAtMs = 0;
    qint64 latencyMs = 0;
    bool delivered() const { return httpStatus && *httpStatus >= 200 && *httpStatus < 300; }
};

struct DeliveryAttempt
{
    qint64 attempt = 0;
    qint64 atMs = 0;
    std::optional<int> httpStatus;
    QString error;
    qint64 latencyMs = 0;
    QJsonObject toJson() const;
};

struct DeliveryView
{
    qint64 eventId = 0;
    QString type;
    QString memberId;
    QString status;  // pending | delivered | failed
    qint64 attempts = 0;
    std::optional<int> lastStatus;
    QString lastError;
    std::optional<qint64> lastAttemptMs;
    std::optional<qint64> latencyMs;
    std::optional<qint64> deliveredAtMs;
    QList<DeliveryAttempt> attemptLog;  // every attempt, oldest first
    QJsonObject toJson() const;
};

// The webhook subscriptions and their deliveries: the only writer of `webhook_subscriptions`,
// `webhook_deliveries` and `webhook_attempts`. Administration is audited; the dispatcher's
// bookkeeping (what was sent, when, with what answer) is operational and is not.
class WebhookStore
{
public:
    WebhookStore(Database &database, const Clock &clock, Actor actor);
    ~WebhookStore();

    // An empty secret: one is generated. Returns the subscription with its secret (shown once).
    Result<WebhookSubscription> add(const QString &name, const QString &url, const QStringList &events, const QString &source,
                                    const QString &secret);
    Result<QList<WebhookSubscription>> list();
    Result<WebhookSubscription> remove(const QString &name);
    Result<WebhookSubscription> rotateSecret(const QString &name, const QString &secret);
    Result<QList<DeliveryView>> deliveries(const QString &name, int limit, const QString &status);
    // Every event of the subscription from `fromEventId` on is delivered again, in order.
    Result<qint64> replay(const QString &name, qint64 fromEventId);

    // The dispatcher's side.
    Result<qint64> fanOut();  // new outbox events into each subscription's deliveries; how many
    Result<QList<WebhookSubscription>> dueSubscriptions(qint64 nowMs);
    Result<QList<OutgoingEvent>> pending(qint64 subscriptionId, int limit);
    // One transaction: the outcomes, a failed delivery past the retry budget marked failed, and
    // the subscription's backoff. `jitter` in [0, 1).
    Result<bool> record(const WebhookSubscription &subscription, const QList<DeliveryOutcome> &outcomes, qint64 nowMs, double jitter);
    Result<bool> hasUndelivered();  // pending deliveries or events not fanned out yet

    static QString generateSecret();
    // Orchard-Signature: t=UNIX,v1=HEX(HMAC-SHA256(secret, t + "." + body)).
    static QByteArray signature(const QString &secret, qint64 unixSeconds, const QByteArray &body);
    static qint64 backoffMs(qint64 consecutiveFailures, double jitter);
    static constexpr qint64 retryBudgetMs = 24LL * 3'600'000;

private:
    std::optional<WebhookSubscription> find(const QString &name);
    WebhookSubscription findOrRefuse(const QString &name);
    void audit(const QString &action, const QString &name, const QJsonObject &details);
    qint64 lastEventId();  // throws SqlFailure

    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
    std::unique_ptr<SqliteStatement> m_markDelivered;  // SQLite: one per delivered event, through the C API
};

}  // namespace orchard
