#include "simulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace orchard::cli {

namespace {

constexpr int maxReservationChecks = 2'000;

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(fraction * double(values.size())));
    return values.at(index);
}

}  // namespace

Simulator::Simulator(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_random(m_options.seed)
{
    Q_ASSERT(!m_options.members.isEmpty());
    Q_ASSERT(!m_options.urls.isEmpty());
    Q_ASSERT(m_options.concurrency >= 1);
}

QByteArray Simulator::nextKey(const char *what)
{
    return QByteArrayLiteral("sim-") + QByteArray::number(m_options.seed) + '-' + what + '-' + QByteArray::number(++m_keys)
           + '-' + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
}

void Simulator::start()
{
    loadBaselines();
}

void Simulator::addViolation(const QString &text)
{
    if (m_violations.size() < 100)
        m_violations.append(text);
}

void Simulator::send(const Call &call, Done done, int attempt)
{
    QNetworkRequest request(m_options.urls.at(call.node).resolved(QUrl(call.path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + call.apiKey.toUtf8());
    if (!call.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call.idempotencyKey);
    request.setTransferTimeout(30'000);
    ++m_requests;
    QElapsedTimer started;
    started.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, call.method, call.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, done = std::move(done), attempt, started]() mutable {
        reply->deleteLater();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.raw = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.raw).object();
        // No answer, or the service said to come back: the same key again, until it answers.
        if (answer.status == 0 || answer.status == 503) {
            ++m_outcomes[QStringLiteral("retried after no answer")];
            if (qint64(attempt) * 250 > qint64(m_options.maxAnswerWaitSeconds) * 1000) {
                addViolation(QStringLiteral("%1 %2 (key %3) got no answer").arg(QString::fromLatin1(call.method), call.path,
                                                                                QString::fromLatin1(call.idempotencyKey)));
                done(answer);
                return;
            }
            QTimer::singleShot(std::min(50 * attempt, 250), this, [this, call, done = std::move(done), attempt]() mutable {
                send(call, std::move(done), attempt + 1);
            });
            return;
        }
        m_latencyMs[call.endpoint].append(double(started.nsecsElapsed()) / 1e6);
        done(answer);
    });
}

void Simulator::sendMaybeTwice(const Call &call, Done done)
{
    const bool duplicate = int(m_random.bounded(100)) < m_options.duplicatePercent;
    send(call, [this, call, duplicate, done = std::move(done)](const Answer &first) mutable {
        if (!duplicate || first.status == 0) {
            done(first);
            return;
        }
        // As if the first response had been lost: the same request, the same key.
        send(call, [this, call, first, done = std::move(done)](const Answer &again) {
            ++m_outcomes[QStringLiteral("duplicates sent")];
            if (again.status != first.status || again.raw != first.raw)
                addViolation(QStringLiteral("a retry of %1 (key %2) answered %3 %4, the first answer was %5 %6")
                                 .arg(call.path, QString::fromLatin1(call.idempotencyKey))
                                 .arg(again.status)
                                 .arg(QString::fromUtf8(again.raw.left(200)))
                                 .arg(first.status)
                                 .arg(QString::fromUtf8(first.raw.left(200))));
            done(first);
        });
    });
}

void Simulator::loadBaselines()
{
    m_pendingChecks = int(m_options.members.size());
    for (const QString &member : std::as_const(m_options.members)) {
        send({"GET", QStringLiteral("/v1/members/%1/balance").arg(member), {}, m_options.marketplaceKey, {}, QStringLiteral("balance")},
             [this, member](const Answer &answer) {
                 if (answer.status != 200)
                     addViolation(QStringLiteral("balance of %1 at the start: %2 %3").arg(member).arg(answer.status)
                                      .arg(QString::fromUtf8(answer.raw)));
                 m_baselinePosted.insert(member, answer.json.value(QStringLiteral("posted")).toInteger());
                 if (--m_pendingChecks > 0)
                     return;
                 if (!m_violations.isEmpty()) {
                     Q_EMIT finished();
                     return;
                 }
                 m_clock.start();
                 m_activeClients = m_options.concurrency;
                 for (int client = 0; client < m_options.concurrency; ++client)
                     runClient(client);
             });
    }
}

void Simulator::runClient(int client)
{
    if (m_clock.elapsed() >= qint64(m_options.seconds) * 1000) {
        if (--m_activeClients == 0)
            finishRun();
        return;
    }
    const QString member = m_options.members.at(qsizetype(m_random.bounded(int(m_options.members.size()))));
    const qint64 points = 1 + qint64(m_random.bounded(50));
    if (m_random.bounded(2) == 0)
        marketplaceCheckout(client, member, points);
    else
        loyalifeConversion(client, member, points);
}

void Simulator::noteConfirmed(const QString &member, const Answer &answer)
{
    const qint64 points = answer.json.value(QStringLiteral("points")).toInteger();
    m_confirmedPoints[member] += points;
    m_confirmedReservations.append({answer.json.value(QStringLiteral("reservation")).toString(), points});
}

void Simulator::marketplaceCheckout(int client, const QString &member, qint64 points)
{
    const int node = client % int(m_options.urls.size());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("member"), member}, {QStringLiteral("points"), points},
                                                      {QStringLiteral("ref"), QStringLiteral("checkout-%1").arg(m_keys)},
                                                      {QStringLiteral("timeout_s"), 60}})
                                .toJson(QJsonDocument::Compact);
    sendMaybeTwice({"POST", QStringLiteral("/v1/reservations"), body, m_options.marketplaceKey, nextKey("mp-reserve"),
                    QStringLiteral("reserve"), node},
                   [this, client, member, node](const Answer &held) {
                       if (held.status != 201) {
                           ++m_outcomes[QStringLiteral("marketplace reserve %1 %2").arg(held.status).arg(held.json.value(QStringLiteral("error")).toString())];
                           runClient(client);
                           return;
                       }
                       const QString id = held.json.value(QStringLiteral("reservation")).toString();
                       if (int(m_random.bounded(100)) < m_options.failurePercent) {
                           sendMaybeTwice({"POST", QStringLiteral("/v1/reservations/%1/release").arg(id),
                                           R"({"reason":"failure: out of stock"})", m_options.marketplaceKey, nextKey("mp-release"),
                                           QStringLiteral("release"), node},
                                          [this, client](const Answer &released) {
                                              ++m_outcomes[QStringLiteral("marketplace stock failure, release %1").arg(released.status)];
                                              runClient(client);
                                          });
                           return;
                       }
                       sendMaybeTwice({"POST", QStringLiteral("/v1/reservations/%1/confirm").arg(id), {}, m_options.marketplaceKey,
                                       nextKey("mp-confirm"), QStringLiteral("confirm"), node},
                                      [this, client, member](const Answer &confirmed) {
                                          ++m_outcomes[QStringLiteral("marketplace confirm %1").arg(confirmed.status)];
                                          if (confirmed.status == 200)
                                              noteConfirmed(member, confirmed);
                                          runClient(client);
                                      });
                   });
}

void Simulator::loyalifeConversion(int client, const QString &member, qint64 points)
{
    const int node = client % int(m_options.urls.size());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("member"), member}, {QStringLiteral("points"), points},
                                                      {QStringLiteral("ref"), QStringLiteral("voucher-%1").arg(m_keys)},
                                                      {QStringLiteral("timeout_s"), m_options.holdTimeoutSeconds}})
                                .toJson(QJsonDocument::Compact);
    sendMaybeTwice({"POST", QStringLiteral("/v1/reservations"), body, m_options.loyalifeKey, nextKey("ll-reserve"),
                    QStringLiteral("reserve"), node},
                   [this, client, member, node](const Answer &held) {
                       if (held.status != 201) {
                           ++m_outcomes[QStringLiteral("loyalife reserve %1 %2").arg(held.status).arg(held.json.value(QStringLiteral("error")).toString())];
                           runClient(client);
                           return;
                       }
                       const QString id = held.json.value(QStringLiteral("reservation")).toString();
                       if (int(m_random.bounded(100)) < m_options.failurePercent) {
                           // The client vanished: nobody confirms, the hold must time out by itself.
                           m_abandonedHolds.append(id);
                           ++m_outcomes[QStringLiteral("loyalife client vanished")];
                           runClient(client);
                           return;
                       }
                       sendMaybeTwice({"POST", QStringLiteral("/v1/reservations/%1/confirm").arg(id), {}, m_options.loyalifeKey,
                                       nextKey("ll-confirm"), QStringLiteral("confirm"), node},
                                      [this, client, member](const Answer &confirmed) {
                                          ++m_outcomes[QStringLiteral("loyalife confirm %1 %2").arg(confirmed.status).arg(confirmed.json.value(QStringLiteral("state")).toString())];
                                          if (confirmed.status == 200)
                                              noteConfirmed(member, confirmed);
                                          runClient(client);
                                      });
                   });
}

void Simulator::finishRun()
{
    m_runMs = m_clock.elapsed();
    // Every abandoned hold must have run out before the end checks.
    QTimer::singleShot((m_options.holdTimeoutSeconds + 1) * 1000, this, &Simulator::checkEnd);
}

void Simulator::checkEnd()
{
    const qsizetype confirmedChecks = std::min<qsizetype>(m_confirmedReservations.size(), maxReservationChecks);
    m_pendingChecks = int(m_options.members.size() + m_abandonedHolds.size() + confirmedChecks);
    const auto checked = [this] {
        if (--m_pendingChecks == 0) {
            m_finished = true;
            Q_EMIT finished();
        }
    };
    for (const QString &member : std::as_const(m_options.members)) {
        send({"GET", QStringLiteral("/v1/members/%1/balance").arg(member), {}, m_options.loyalifeKey, {}, QStringLiteral("balance")},
             [this, member, checked](const Answer &answer) {
                 const qint64 expected = m_baselinePosted.value(member) - m_confirmedPoints.value(member);
                 const qint64 posted = answer.json.value(QStringLiteral("posted")).toInteger(-1);
                 const qint64 held = answer.json.value(QStringLiteral("held")).toInteger(-1);
                 const qint64 available = answer.json.value(QStringLiteral("available")).toInteger(-1);
                 if (posted != expected)
                     addViolation(QStringLiteral("%1 has %2 points posted; %3 at the start less %4 acknowledged is %5")
                                      .arg(member).arg(posted).arg(m_baselinePosted.value(member)).arg(m_confirmedPoints.value(member))
                                      .arg(expected));
                 if (held != 0)
                     addViolation(QStringLiteral("%1 still holds %2 points after every hold ran out").arg(member).arg(held));
                 if (available < 0)
                     addViolation(QStringLiteral("%1 has a negative balance: %2").arg(member).arg(available));
                 checked();
             });
    }
    for (const QString &id : std::as_const(m_abandonedHolds)) {
        send({"GET", QStringLiteral("/v1/reservations/") + id, {}, m_options.loyalifeKey, {}, QStringLiteral("reservation")},
             [this, id, checked](const Answer &answer) {
                 if (answer.json.value(QStringLiteral("status")).toString() != QLatin1String("timed_out"))
                     addViolation(QStringLiteral("abandoned hold %1 is %2, not timed_out").arg(id, answer.json.value(QStringLiteral("status")).toString()));
                 checked();
             });
    }
    for (qsizetype i = 0; i < confirmedChecks; ++i) {
        const auto [id, points] = m_confirmedReservations.at(i);
        // Either source may have made it; the other's key is refused with 403.
        send({"GET", QStringLiteral("/v1/reservations/") + id, {}, m_options.marketplaceKey, {}, QStringLiteral("reservation")},
             [this, id, points, checked](const Answer &answer) {
                 const auto judge = [this, id, points, checked](const Answer &owned) {
                     if (owned.json.value(QStringLiteral("status")).toString() != QLatin1String("confirmed")
                         || owned.json.value(QStringLiteral("points")).toInteger() != points)
                         addViolation(QStringLiteral("confirmed reservation %1 of %2 points reads %3").arg(id).arg(points)
                                          .arg(QString::fromUtf8(owned.raw.left(200))));
                     checked();
                 };
                 if (answer.status == 403)
                     send({"GET", QStringLiteral("/v1/reservations/") + id, {}, m_options.loyalifeKey, {}, QStringLiteral("reservation")},
                          judge);
                 else
                     judge(answer);
             });
    }
    if (m_pendingChecks == 0) {
        m_finished = true;
        Q_EMIT finished();
    }
}

QJsonObject Simulator::report() const
{
    QJsonObject endpoints;
    qint64 answered = 0;
    for (auto it = m_latencyMs.constBegin(); it != m_latencyMs.constEnd(); ++it) {
        answered += it.value().size();
        endpoints.insert(it.key(), QJsonObject{{QStringLiteral("count"), it.value().size()},
                                               {QStringLiteral("p50_ms"), percentile(it.value(), 0.50)},
                                               {QStringLiteral("p99_ms"), percentile(it.value(), 0.99)}});
    }
    QJsonObject outcomes;
    for (auto it = m_outcomes.constBegin(); it != m_outcomes.constEnd(); ++it)
        outcomes.insert(it.key(), it.value());
    qint64 confirmedPoints = 0;
    for (const qint64 points : m_confirmedPoints)
        confirmedPoints += points;
    return {{QStringLiteral("ok"), passed()},
            {QStringLiteral("seconds"), double(m_runMs) / 1000.0},
            {QStringLiteral("requests"), m_requests},
            {QStringLiteral("requests_per_second"), m_runMs > 0 ? double(answered) * 1000.0 / double(m_runMs) : 0.0},
            {QStringLiteral("confirmed_reservations"), m_confirmedReservations.size()},
            {QStringLiteral("confirmed_points"), confirmedPoints},
            {QStringLiteral("abandoned_holds"), m_abandonedHolds.size()},
            {QStringLiteral("endpoints"), endpoints},
            {QStringLiteral("outcomes"), outcomes},
            {QStringLiteral("violations"), QJsonArray::fromStringList(m_violations)}};
}

QString Simulator::reportText() const
{
    const QJsonObject data = report();
    QString text = QStringLiteral("%1 requests in %2 s: %3 answered requests/s; %4 confirmed (%5 points), %6 holds abandoned\n")
                       .arg(data.value(QStringLiteral("requests")).toInteger())
                       .arg(data.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 1)
                       .arg(data.value(QStringLiteral("requests_per_second")).toDouble(), 0, 'f', 0)
                       .arg(data.value(QStringLiteral("confirmed_reservations")).toInteger())
                       .arg(data.value(QStringLiteral("confirmed_points")).toInteger())
                       .arg(data.value(QStringLiteral("abandoned_holds")).toInteger());
    text += QStringLiteral("latency per endpoint:\n");
    const QJsonObject endpoints = data.value(QStringLiteral("endpoints")).toObject();
    for (auto it = endpoints.constBegin(); it != endpoints.constEnd(); ++it) {
        const QJsonObject e = it.value().toObject();
        text += QStringLiteral("  %1 %2 requests, p50 %3 ms, p99 %4 ms\n")
                    .arg(it.key().leftJustified(12))
                    .arg(e.value(QStringLiteral("count")).toInteger(), 7)
                    .arg(e.value(QStringLiteral("p50_ms")).toDouble(), 0, 'f', 2)
                    .arg(e.value(QStringLiteral("p99_ms")).toDouble(), 0, 'f', 2);
    }
    text += QStringLiteral("outcomes:\n");
    const QJsonObject outcomes = data.value(QStringLiteral("outcomes")).toObject();
    for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it)
        text += QStringLiteral("  %1 %2\n").arg(it.key().leftJustified(48)).arg(it.value().toInteger());
    for (const QString &violation : m_violations)
        text += QStringLiteral("VIOLATION: %1\n").arg(violation);
    text += passed() ? QStringLiteral("no violations") : QStringLiteral("FAILED");
    return text;
}

}  // namespace orchard::cli
