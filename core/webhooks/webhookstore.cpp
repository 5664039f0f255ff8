#include "webhooks/webhookstore.h"

#include "base/clock.h"
#include "base/invariant.h"
#include "base/jsontext.h"
#include "base/timeformat.h"
#include "base/validation.h"
#include "ledger/outbox.h"
#include "ledger/outboxevent.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/sqlitestatement.h"
#include "store/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

namespace orchard {

namespace {

const QString columns = QStringLiteral(
    "id, name, url, events, source, secret, created_at_ms, enqueued_through, consecutive_failures, next_attempt_ms");

WebhookSubscription subscriptionFrom(QSqlQuery &query)
{
    WebhookSubscription subscription;
    subscription.id = query.value(0).toLongLong();
    subscription.name = query.value(1).toString();
    subscription.url = query.value(2).toString();
    subscription.events = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    subscription.source = query.value(4).toString();
    subscription.secret = query.value(5).toString();
    subscription.createdAtMs = query.value(6).toLongLong();
    subscription.enqueuedThrough = query.value(7).toLongLong();
    subscription.consecutiveFailures = query.value(8).toLongLong();
    subscription.nextAttemptMs = query.value(9).toLongLong();
    return subscription;
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<qint64> optionalLong(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QJsonValue jsonOf(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOf(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(timeformat::toIso(*ms)) : QJsonValue(QJsonValue::Null);
}

// The subscription's events among the outbox's, as SQL over outbox_events e; values appended.
QString matching(const WebhookSubscription &subscription, QVariantList &values)
{
    QStringList marks;
    for (const QString &type : subscription.events) {
        marks << QStringLiteral("?");
        values << type;
    }
    QString sql = QStringLiteral("e.type IN (%1)").arg(marks.join(QLatin1Char(',')));
    if (!subscription.source.isEmpty()) {
        // A platform hears of every balance, but only of its own reservations.
        sql += QStringLiteral(" AND (e.type NOT LIKE 'reservation.%' OR e.source = ?)");
        values << subscription.source;
    }
    return sql;
}

std::optional<LedgerError> checkUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("url"),
                                            QStringLiteral("'%1' is not an http:// or https:// URL with a host").arg(text));
    return std::nullopt;
}

std::optional<LedgerError> checkSecret(const QString &secret)
{
    if (secret.size() < 16 || secret.size() > 256)
        return LedgerError::invalidArgument(QStringLiteral("secret"),
                                            QStringLiteral("a signing secret has 16 to 256 characters; this one has %1").arg(secret.size()));
    for (const QChar c : secret)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return LedgerError::invalidArgument(QStringLiteral("secret"),
                                                QStringLiteral("a signing secret is printable ASCII without spaces"));
    return std::nullopt;
}

}  // namespace

QJsonObject WebhookSubscription::toJson() const
{
    QJsonArray types;
    for (const QString &type : events)
        types.append(type);
    return {{QStringLiteral("name"), name},
            {QStringLiteral("url"), url},
            {QStringLiteral("events"), types},
            {QStringLiteral("source"), source.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(source)},
            {QStringLiteral("created_at"), timeformat::toIso(createdAtMs)},
            {QStringLiteral("consecutive_failures"), consecutiveFailures},
            {QStringLiteral("next_attempt_at"), nextAttemptMs > 0 ? QJsonValue(timeformat::toIso(nextAttemptMs)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject DeliveryAttempt::toJson() const
{
    return {{QStringLiteral("attempt"), attempt},
            {QStringLiteral("at"), timeformat::toIso(atMs)},
            {QStringLiteral("status"), httpStatus ? QJsonValue(*httpStatus) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("error"), error},
            {QStringLiteral("latency_ms"), latencyMs}};
}

QJsonObject DeliveryView::toJson() const
{
    QJsonArray log;
    for (const DeliveryAttempt &attempt : attemptLog)
        log.append(attempt.toJson());
    return {{QStringLiteral("event"), eventId},
            {QStringLiteral("type"), type},
            {QStringLiteral("member"), memberId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(memberId)},
            {QStringLiteral("status"), status},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("last_status"), lastStatus ? QJsonValue(*lastStatus) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("last_error"), lastError},
            {QStringLiteral("last_attempt_at"), timeOf(lastAttemptMs)},
            {QStringLiteral("latency_ms"), jsonOf(latencyMs)},
            {QStringLiteral("delivered_at"), timeOf(deliveredAtMs)},
            {QStringLiteral("attempt_log"), log}};
}

WebhookStore::WebhookStore(Database &database, const Clock &clock, Actor actor)
    : m_database(database), m_clock(clock), m_actor(std::move(actor))
{
}

WebhookStore::~WebhookStore() = default;

QString WebhookStore::generateSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QStringLiteral("whsec_") + QString::fromLatin1(bytes.toHex());
}

QByteArray WebhookStore::signature(const QString &secret, qint64 unixSeconds, const QByteArray &body)
{
    const QByteArray stamp = QByteArray::number(unixSeconds);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(stamp + '.' + body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
    return "t=" + stamp + ",v1=" + mac;
}

qint64 WebhookStore::backoffMs(qint64 consecutiveFailures, double jitter)
{
    // 5 s, 10 s, 20 s ... doubling to at most an hour, each drawn from its upper half so that
    // receivers coming back are not hit by every sender at the same instant.
    Q_ASSERT(consecutiveFailures >= 1 && jitter >= 0 && jitter < 1);
    const qint64 ceilingMs = 3'600'000;
    const qint64 exponent = std::min<qint64>(consecutiveFailures - 1, 20);
    const qint64 fullMs = std::min(ceilingMs, qint64(5'000) << exponent);
    return fullMs / 2 + qint64(double(fullMs / 2) * jitter);
}

void WebhookStore::audit(const QString &action, const QString &name, const QJsonObject &details)
{
    AuditLog log(m_database);
    log.append({m_clock.nowMs(), m_actor.name, m_actor.source, action, QStringLiteral("webhook:") + name, details, std::nullopt, QString()});
}

std::optional<WebhookSubscription> WebhookStore::find(const QString &name)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT %1 FROM webhook_subscriptions WHERE name = ? AND removed_at_ms IS NULL").arg(columns), {name});
    std::optional<WebhookSubscription> found;
    if (query.next())
        found = subscriptionFrom(query);
    query.finish();
    return found;
}

WebhookSubscription WebhookStore::findOrRefuse(const QString &name)
{
    std::optional<WebhookSubscription> found = find(name);
    if (!found)
        throw LedgerError{errors::unknownWebhook, QStringLiteral("no webhook subscription is named '%1'").arg(name),
                          {{QStringLiteral("field"), QStringLiteral("name")}}};
    return *found;
}

qint64 WebhookStore::lastEventId()
{
    QSqlQuery &last = m_database.run(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM outbox_events"));
    require(last.next(), QStringLiteral("the outbox answers its last event"));
    const qint64 id = last.value(0).toLongLong();
    last.finish();
    return id;
}

Result<WebhookSubscription> WebhookStore::add(const QString &name, const QString &url, const QStringList &events,
                                              const QString &source, const QString &secret)
{
    if (const auto check = validation::identifier(QStringLiteral("name"), name))
        return *check;
    if (const auto check = checkUrl(url))
        return *check;
    if (events.isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("events"), QStringLiteral("name at least one event type"));
    for (const QString &type : events)
        if (!eventtypes::all().contains(type))
            return LedgerError::invalidArgument(QStringLiteral("events"), QStringLiteral("'%1' is not an event type; known: %2")
                                                                               .arg(type, eventtypes::all().join(QStringLiteral(", "))));
    const QString key = secret.isEmpty() ? generateSecret() : secret;
    if (const auto check = checkSecret(key))
        return *check;
    return inWriteTransaction<WebhookSubscription>(m_database, [&] {
        if (!source.isEmpty()) {
            QSqlQuery &known = m_database.run(QStringLiteral("SELECT 1 FROM sources WHERE name = ?"), {source});
            const bool exists = known.next();
            known.finish();
            if (!exists)
                throw LedgerError{errors::unknownSource, QStringLiteral("no source is named '%1'").arg(source),
                                  {{QStringLiteral("field"), QStringLiteral("source")}}};
        }
        if (find(name))
            throw LedgerError{errors::webhookExists, QStringLiteral("a webhook subscription named '%1' exists").arg(name),
                              {{QStringLiteral("field"), QStringLiteral("name")}}};
        QStringList unique;
        for (const QString &type : eventtypes::all())
            if (events.contains(type))
                unique << type;
        // A new subscription hears of what happens from now on; `replay` sends what came before.
        m_database.run(QStringLiteral("INSERT INTO webhook_subscriptions (name, url, events, source, secret, created_at_ms, "
                                      "enqueued_through) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {name, url, unique.join(QLatin1Char(',')), source, key, m_clock.nowMs(), lastEventId()});
        audit(QStringLiteral("webhook.add"), name,
              {{QStringLiteral("url"), url}, {QStringLiteral("events"), unique.join(QLatin1Char(','))}, {QStringLiteral("source"), source}});
        return *find(name);
    });
}

Result<QList<WebhookSubscription>> WebhookStore::list()
{
    try {
        QSqlQuery &query = m_database.run(
            QStringLiteral("SELECT %1 FROM webhook_subscriptions WHERE removed_at_ms IS NULL ORDER BY name").arg(columns));
        QList<WebhookSubscription> subscriptions;
        while (query.next())
            subscriptions.append(subscriptionFrom(query));
        query.finish();
        return subscriptions;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<WebhookSubscription> WebhookStore::remove(const QString &name)
{
    return inWriteTransaction<WebhookSubscription>(m_database, [&] {
        const WebhookSubscription subscription = findOrRefuse(name);
        // Kept, with its deliveries, for the record; it is no longer delivered to.
        m_database.run(QStringLiteral("UPDATE webhook_subscriptions SET removed_at_ms = ? WHERE id = ?"), {m_clock.nowMs(), subscription.id});
        audit(QStringLiteral("webhook.remove"), name, {{QStringLiteral("url"), subscription.url}});
        return subscription;
    });
}

Result<WebhookSubscription> WebhookStore::rotateSecret(const QString &name, const QString &secret)
{
    const QString key = secret.isEmpty() ? generateSecret() : secret;
    if (const auto check = checkSecret(key))
        return *check;
    return inWriteTransaction<WebhookSubscription>(m_database, [&] {
        WebhookSubscription subscription = findOrRefuse(name);
        m_database.run(QStringLiteral("UPDATE webhook_subscriptions SET secret = ? WHERE id = ?"), {key, subscription.id});
        audit(QStringLiteral("webhook.rotate_secret"), name, {});
        subscription.secret = key;
        return subscription;
    });
}

Result<QList<DeliveryView>> WebhookStore::deliveries(const QString &name, int limit, const QString &status)
{
    if (!status.isEmpty() && status != QLatin1String("pending") && status != QLatin1String("delivered") && status != QLatin1String("failed"))
        return LedgerError::invalidArgument(QStringLiteral("status"), QStringLiteral("'%1' is not pending, delivered or failed").arg(status));
    try {
        const WebhookSubscription subscription = findOrRefuse(name);
        QVariantList values{subscription.id};
        QString filter;
        if (!status.isEmpty()) {
            filter = QStringLiteral(" AND d.status = ?");
            values << status;
        }
        values << std::clamp(limit, 1, 10'000);
        // The most recent first.
        QSqlQuery &query = m_database.run(
            QStringLiteral("SELECT d.event_id, e.type, e.member_id, d.status, d.attempts, d.last_status, d.last_error, "
                           "d.last_attempt_ms, d.latency_ms, d.delivered_at_ms FROM webhook_deliveries d "
                           "JOIN outbox_events e ON e.id = d.event_id WHERE d.subscription_id = ?%1 "
                           "ORDER BY d.event_id DESC LIMIT ?")
                .arg(filter),
            values);
        QList<DeliveryView> views;
        while (query.next())
            views.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toLongLong(), optionalInt(query.value(5)),
                          query.value(6).toString(), optionalLong(query.value(7)), optionalLong(query.value(8)),
                          optionalLong(query.value(9)), {}});
        query.finish();
        for (DeliveryView &view : views) {
            QSqlQuery &attempts = m_database.run(
                QStringLiteral("SELECT attempt, at_ms, status, error, latency_ms FROM webhook_attempts "
                               "WHERE subscription_id = ? AND event_id = ? ORDER BY attempt"),
                {subscription.id, view.eventId});
            while (attempts.next())
                view.attemptLog.append({attempts.value(0).toLongLong(), attempts.value(1).toLongLong(),
                                        optionalInt(attempts.value(2)), attempts.value(3).toString(), attempts.value(4).toLongLong()});
            attempts.finish();
            // The successful attempt is the delivery's own row (failed ones each have theirs).
            if (view.status == QLatin1String("delivered") && view.deliveredAtMs)
                view.attemptLog.append({view.attempts, *view.deliveredAtMs, view.lastStatus, {}, view.latencyMs.value_or(0)});
        }
        return views;
    } catch (const LedgerError &error) {
        return error;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<qint64> WebhookStore::replay(const QString &name, qint64 fromEventId)
{
    if (fromEventId < 1)
        return LedgerError::invalidArgument(QStringLiteral("from"), QStringLiteral("an event id is 1 or more"));
    return inWriteTransaction<qint64>(m_database, [&] {
        const WebhookSubscription subscription = findOrRefuse(name);
        QVariantList values{subscription.id, fromEventId, subscription.enqueuedThrough};
        const QString match = matching(subscription, values);
        m_database.run(QStringLiteral("INSERT INTO webhook_deliveries (subscription_id, event_id, status) "
                                      "SELECT ?, e.id, 'pending' FROM outbox_events e WHERE e.id >= ? AND e.id <= ? AND %1 "
                                      "ON CONFLICT DO NOTHING")
                           .arg(match),
                       values);
        QSqlQuery &again = m_database.run(
            QStringLiteral("UPDATE webhook_deliveries SET status = 'pending', attempts = 0, last_error = '' "
                           "WHERE subscription_id = ? AND event_id >= ?"),
            {subscription.id, fromEventId});
        const qint64 count = again.numRowsAffected();
        m_database.run(QStringLiteral("DELETE FROM webhook_attempts WHERE subscription_id = ? AND event_id >= ?"),
                       {subscription.id, fromEventId});
        m_database.run(QStringLiteral("UPDATE webhook_subscriptions SET consecutive_failures = 0, next_attempt_ms = 0 WHERE id = ?"),
                       {subscription.id});
        audit(QStringLiteral("webhook.replay"), name, {{QStringLiteral("from"), fromEventId}, {QStringLiteral("deliveries"), count}});
        return count;
    });
}

Result<qint64> WebhookStore::fanOut()
{
    const Result<QList<WebhookSubscription>> subscriptions = list();
    if (!subscriptions)
        return subscriptions.error();
    std::optional<qint64> lastEvent;
    try {
        lastEvent = lastEventId();
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    } catch (const InvariantViolation &violation) {
        return LedgerError::internal(violation.violated);
    }
    bool behind = false;
    for (const WebhookSubscription &subscription : subscriptions.value())
        behind = behind || subscription.enqueuedThrough < *lastEvent;
    if (!behind)  // the common case, several times a second: no write at all
        return qint64(0);
    return inWriteTransaction<qint64>(m_database, [&] {
        qint64 enqueued = 0;
        for (const WebhookSubscription &subscription : subscriptions.value()) {
            if (subscription.enqueuedThrough >= *lastEvent)
                continue;
            QVariantList values{subscription.id, subscription.enqueuedThrough, *lastEvent};
            const QString match = matching(subscription, values);
            QSqlQuery &insert = m_database.run(
                QStringLiteral("INSERT INTO webhook_deliveries (subscription_id, event_id, status) "
                               "SELECT ?, e.id, 'pending' FROM outbox_events e WHERE e.id > ? AND e.id <= ? AND %1 "
                               "ON CONFLICT DO NOTHING")
                    .arg(match),
                values);
            enqueued += insert.numRowsAffected();
            m_database.run(QStringLiteral("UPDATE webhook_subscriptions SET enqueued_through = ? WHERE id = ? AND enqueued_through < ?"),
                           {*lastEvent, subscription.id, *lastEvent});
        }
        return enqueued;
    });
}

Result<QList<WebhookSubscription>> WebhookStore::dueSubscriptions(qint64 nowMs)
{
    const Result<QList<WebhookSubscription>> all = list();
    if (!all)
        return all;
    QList<WebhookSubscription> due;
    for (const WebhookSubscription &subscription : all.value())
        if (subscription.nextAttemptMs <= nowMs)
            due.append(subscription);
    return due;
}

Result<QList<OutgoingEvent>> WebhookStore::pending(qint64 subscriptionId, int limit)
{
    try {
        QSqlQuery &query = m_database.run(
            QStringLiteral("SELECT d.event_id, e.type, e.member_id, e.member_seq, e.at_ms, e.source, d.attempts, ") + StoredEvent::columns()
                + QStringLiteral(" FROM webhook_deliveries d JOIN outbox_events e ON e.id = d.event_id ") + StoredEvent::join()
                + QStringLiteral(" WHERE d.subscription_id = ? AND d.status = 'pending' ORDER BY d.event_id LIMIT ?"),
            {subscriptionId, limit});
        QList<OutgoingEvent> events;
        while (query.next()) {
            OutgoingEvent event;
            event.eventId = query.value(0).toLongLong();
            event.type = query.value(1).toString();
            event.memberId = query.value(2).toString();
            event.atMs = query.value(4).toLongLong();
            event.attemptsBefore = query.value(6).toLongLong();
            // By concatenation: the same bytes on every attempt, and no JSON writer per event.
            const QString source = query.value(5).toString();
            const QString body = QStringLiteral("{\"data\":") + StoredEvent::read(query, event.type, 7).dataJson()
                                 + QStringLiteral(",\"id\":\"")
                                 + QString::number(event.eventId) + QStringLiteral("\",\"member\":")
                                 + (event.memberId.isEmpty() ? QStringLiteral("null") : jsontext::quoted(event.memberId))
                                 + QStringLiteral(",\"occurred_at\":\"") + timeformat::toIso(event.atMs)
                                 + QStringLiteral("\",\"sequence\":") + QString::number(query.value(3).toLongLong())
                                 + QStringLiteral(",\"source\":") + (source.isEmpty() ? QStringLiteral("null") : jsontext::quoted(source))
                                 + QStringLiteral(",\"type\":") + jsontext::quoted(event.type) + QLatin1Char('}');
            event.body = body.toUtf8();
            events.append(event);
        }
        query.finish();
        return events;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    } catch (const InvariantViolation &violation) {
        return LedgerError::internal(violation.violated);
    }
}

Result<bool> WebhookStore::record(const WebhookSubscription &subscription, const QList<DeliveryOutcome> &outcomes, qint64 nowMs,
                                  double jitter)
{
    if (outcomes.isEmpty())
        return true;
    return inWriteTransaction<bool>(m_database, [&] {
        bool failed = false;
        for (const DeliveryOutcome &outcome : outcomes) {
            const QVariant status = outcome.httpStatus ? QVariant(*outcome.httpStatus) : QVariant(QMetaType(QMetaType::LongLong));
            if (outcome.delivered()) {
                static const QString delivered = QStringLiteral(
                    "UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, last_status = ?, last_error = '', "
                    "last_attempt_ms = ?, latency_ms = ?, delivered_at_ms = ? WHERE subscription_id = ? AND event_id = ?");
                if (m_database.engine() != Engine::Sqlite) {
                    m_database.run(delivered, {status, outcome.attemptedAtMs, outcome.latencyMs, outcome.attemptedAtMs, subscription.id,
                                               outcome.eventId});
                    continue;
                }
                if (!m_markDelivered)
                    m_markDelivered = std::make_unique<SqliteStatement>(m_database, delivered);
                m_markDelivered->bind(1, qint64(*outcome.httpStatus));
                m_markDelivered->bind(2, outcome.attemptedAtMs);
                m_markDelivered->bind(3, outcome.latencyMs);
                m_markDelivered->bind(4, outcome.attemptedAtMs);
                m_markDelivered->bind(5, subscription.id);
                m_markDelivered->bind(6, outcome.eventId);
                while (m_markDelivered->step()) {
                }
                m_markDelivered->reset();
                continue;
            }
            failed = true;
            // The retry budget runs from the event itself: after a day a receiver gets no more of it.
            const bool givenUp = nowMs - outcome.eventAtMs >= retryBudgetMs;
            m_database.run(QStringLiteral("UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, last_status = ?, "
                                          "last_error = ?, last_attempt_ms = ?, latency_ms = ? "
                                          "WHERE subscription_id = ? AND event_id = ?"),
                           {givenUp ? QStringLiteral("failed") : QStringLiteral("pending"), status, outcome.error,
                            outcome.attemptedAtMs, outcome.latencyMs, subscription.id, outcome.eventId});
            m_database.run(QStringLiteral("INSERT INTO webhook_attempts (subscription_id, event_id, attempt, at_ms, status, error, "
                                          "latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                           {subscription.id, outcome.eventId, outcome.attemptsBefore + 1, outcome.attemptedAtMs, status,
                            outcome.error, outcome.latencyMs});
        }
        if (failed) {
            const qint64 failures = subscription.consecutiveFailures + 1;
            m_database.run(QStringLiteral("UPDATE webhook_subscriptions SET consecutive_failures = ?, next_attempt_ms = ? WHERE id = ?"),
                           {failures, nowMs + backoffMs(failures, jitter), subscription.id});
        } else if (subscription.consecutiveFailures > 0 || subscription.nextAttemptMs > 0) {
            m_database.run(QStringLiteral("UPDATE webhook_subscriptions SET consecutive_failures = 0, next_attempt_ms = 0 WHERE id = ?"),
                           {subscription.id});
        }
        return true;
    });
}

Result<bool> WebhookStore::hasUndelivered()
{
    try {
        QSqlQuery &query = m_database.run(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id "
            "WHERE d.status = 'pending' AND s.removed_at_ms IS NULL) OR EXISTS (SELECT 1 FROM webhook_subscriptions s "
            "WHERE s.removed_at_ms IS NULL AND s.enqueued_through < (SELECT COALESCE(MAX(id), 0) FROM outbox_events))"));
        const bool undelivered = query.next() && query.value(0).toBool();
        query.finish();
        return undelivered;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

}  // namespace orchard
