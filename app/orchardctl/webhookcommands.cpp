// orchardctl webhook: subscriptions to the ledger's events, their deliveries, and a delivery run
// for cron (orchard-ledgerd delivers on its own as it runs).
#include "commandline.h"

#include "base/timeformat.h"
#include "ledger/ledger.h"
#include "ledger/outbox.h"
#include "webhookdispatcher.h"
#include "webhooks/webhookstore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

namespace orchard::cli {

namespace {

const QString secretFileName = QStringLiteral("secret-file");
const QString generateSecretName = QStringLiteral("generate-secret");

// The secret from --secret-file (trimmed), '' for --generate-secret; exactly one of them.
Result<QString> secretFrom(const QCommandLineParser &parser, bool required)
{
    const bool fromFile = parser.isSet(secretFileName);
    const bool generate = parser.isSet(generateSecretName);
    if (fromFile && generate)
        return LedgerError::invalidArgument(QStringLiteral("secret"), QStringLiteral("give --secret-file or --generate-secret, not both"));
    if (!fromFile && !generate && required)
        return LedgerError::invalidArgument(QStringLiteral("secret"), QStringLiteral("give --secret-file F or --generate-secret"));
    if (!fromFile)
        return QString();
    QFile file(parser.value(secretFileName));
    if (!file.open(QIODevice::ReadOnly))
        return LedgerError::invalidArgument(QStringLiteral("secret-file"),
                                            QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QString secret = QString::fromUtf8(file.read(4096)).trimmed();
    if (secret.isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("secret-file"), QStringLiteral("%1 is empty").arg(file.fileName()));
    return secret;
}

QString subscriptionLine(const WebhookSubscription &subscription)
{
    return QStringLiteral("%1  %2  %3%4%5")
        .arg(subscription.name, subscription.url, subscription.events.join(QLatin1Char(',')),
             subscription.source.isEmpty() ? QString() : QStringLiteral("  source %1").arg(subscription.source),
             subscription.consecutiveFailures > 0
                 ? QStringLiteral("  failing (%1 in a row, next attempt %2)")
                       .arg(subscription.consecutiveFailures)
                       .arg(timeformat::toIso(subscription.nextAttemptMs))
                 : QString());
}

}  // namespace

QList<CommandLine::Command> CommandLine::webhookCommands()
{
    using O = QCommandLineOption;
    const O secretFile(secretFileName, QStringLiteral("Read the signing secret from FILE."), QStringLiteral("FILE"));
    const O generate(generateSecretName, QStringLiteral("Generate a signing secret and print it once."));
    return {
        {QStringLiteral("webhook add"),
         QStringLiteral("webhook add NAME --url URL --events E1,E2 [--source SRC] [--secret-file F | --generate-secret]   "
                        "(events: %1)")
             .arg(eventtypes::all().join(QStringLiteral(", "))),
         {O(QStringLiteral("url"), QStringLiteral("Where events are POSTed."), QStringLiteral("URL")),
          O(QStringLiteral("events"), QStringLiteral("Event types, comma-separated."), QStringLiteral("LIST")),
          O(QStringLiteral("source"), QStringLiteral("The platform it belongs to: only its own reservation events."), QStringLiteral("SRC")),
          secretFile, generate},
         1, 1, true, &CommandLine::webhookAdd},
        {QStringLiteral("webhook list"), QStringLiteral("webhook list"), {}, 0, 0, false, &CommandLine::webhookList,
         QStringLiteral("orchard_admin")},
        {QStringLiteral("webhook remove"), QStringLiteral("webhook remove NAME"), {}, 1, 1, true, &CommandLine::webhookRemove},
        {QStringLiteral("webhook rotate-secret"), QStringLiteral("webhook rotate-secret NAME [--secret-file F | --generate-secret]"),
         {secretFile, generate}, 1, 1, true, &CommandLine::webhookRotateSecret},
        {QStringLiteral("webhook deliveries"),
         QStringLiteral("webhook deliveries NAME [--status pending|delivered|failed] [--limit N]   (newest first, with every attempt)"),
         {O(QStringLiteral("status"), QStringLiteral("Only deliveries in this state."), QStringLiteral("STATUS")),
          O(QStringLiteral("limit"), QStringLiteral("At most N (default 50)."), QStringLiteral("N"))},
         1, 1, false, &CommandLine::webhookDeliveries, QStringLiteral("orchard_admin")},
        {QStringLiteral("webhook replay"), QStringLiteral("webhook replay NAME --from EVENT_ID   (deliver again from that event on, in order)"),
         {O(QStringLiteral("from"), QStringLiteral("The first event to deliver again."), QStringLiteral("EVENT_ID"))}, 1, 1, true,
         &CommandLine::webhookReplay},
        {QStringLiteral("webhook deliver"),
         QStringLiteral("webhook deliver [--max-seconds S]   (deliver what is due until nothing is, for cron)"),
         {O(QStringLiteral("max-seconds"), QStringLiteral("Stop after S seconds (default 300)."), QStringLiteral("S"))}, 0, 0, true,
         &CommandLine::webhookDeliver},
        {QStringLiteral("webhook settings"),
         QStringLiteral("webhook settings [--expiring-days N]   (points.expiring is told N days before a lot lapses; default 7)"),
         {O(QStringLiteral("expiring-days"), QStringLiteral("Days of notice before a lot lapses."), QStringLiteral("N"))}, 0, 0, true,
         &CommandLine::webhookSettings},
    };
}

WebhookStore CommandLine::webhookStore()
{
    return WebhookStore(*m_database, *m_clock, actor());
}

int CommandLine::webhookAdd(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.isSet(QStringLiteral("url")))
        return usageError(QStringLiteral("url"), QStringLiteral("name the receiver with --url URL"), {});
    if (!parser.isSet(QStringLiteral("events")))
        return usageError(QStringLiteral("events"), QStringLiteral("name the event types with --events E1,E2"), {});
    const Result<QString> secret = secretFrom(parser, true);
    if (!secret)
        return m_output.error(secret.error());
    QStringList events;
    for (const QString &type : parser.value(QStringLiteral("events")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        events << type.trimmed();
    const Result<WebhookSubscription> added =
        webhookStore().add(arguments.at(0), parser.value(QStringLiteral("url")), events, parser.value(QStringLiteral("source")), secret.value());
    if (!added)
        return m_output.error(added.error());
    QJsonObject json = added.value().toJson();
    QString text = QStringLiteral("webhook %1 added: %2").arg(added.value().name, subscriptionLine(added.value()));
    if (secret.value().isEmpty()) {
        json.insert(QStringLiteral("secret"), added.value().secret);
        text += QStringLiteral("\nsigning secret (store it now, it is not shown again): %1").arg(added.value().secret);
    }
    m_output.result(json, text);
    return Done;
}

int CommandLine::webhookList(const QCommandLineParser &, const QStringList &)
{
    const Result<QList<WebhookSubscription>> subscriptions = webhookStore().list();
    if (!subscriptions)
        return m_output.error(subscriptions.error());
    QJsonArray list;
    QStringList lines;
    for (const WebhookSubscription &subscription : subscriptions.value()) {
        list.append(subscription.toJson());
        lines << subscriptionLine(subscription);
    }
    m_output.result({{QStringLiteral("webhooks"), list}}, lines.isEmpty() ? QStringLiteral("no webhook subscriptions") : lines.join(QLatin1Char('\n')));
    return Done;
}

int CommandLine::webhookRemove(const QCommandLineParser &, const QStringList &arguments)
{
    const Result<WebhookSubscription> removed = webhookStore().remove(arguments.at(0));
    if (!removed)
        return m_output.error(removed.error());
    m_output.result({{QStringLiteral("removed"), removed.value().name}}, QStringLiteral("webhook %1 removed").arg(removed.value().name));
    return Done;
}

int CommandLine::webhookRotateSecret(const QCommandLineParser &parser, const QStringList &arguments)
{
    const Result<QString> secret = secretFrom(parser, false);
    if (!secret)
        return m_output.error(secret.error());
    const Result<WebhookSubscription> rotated = webhookStore().rotateSecret(arguments.at(0), secret.value());
    if (!rotated)
        return m_output.error(rotated.error());
    QJsonObject json{{QStringLiteral("name"), rotated.value().name}, {QStringLiteral("rotated"), true}};
    QString text = QStringLiteral("webhook %1: new signing secret in use from the next delivery").arg(rotated.value().name);
    if (secret.value().isEmpty()) {
        json.insert(QStringLiteral("secret"), rotated.value().secret);
        text += QStringLiteral("\nsigning secret (store it now, it is not shown again): %1").arg(rotated.value().secret);
    }
    m_output.result(json, text);
    return Done;
}

int CommandLine::webhookDeliveries(const QCommandLineParser &parser, const QStringList &arguments)
{
    int limit = 50;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return m_output.error(LedgerError::invalidArgument(QStringLiteral("limit"), QStringLiteral("a whole number of 1 or more")));
    }
    const Result<QList<DeliveryView>> deliveries = webhookStore().deliveries(arguments.at(0), limit, parser.value(QStringLiteral("status")));
    if (!deliveries)
        return m_output.error(deliveries.error());
    QJsonArray list;
    QStringList lines;
    for (const DeliveryView &delivery : deliveries.value()) {
        list.append(delivery.toJson());
        lines << QStringLiteral("event %1  %2  %3  %4  %5 attempt(s)%6%7")
                     .arg(delivery.eventId)
                     .arg(delivery.type, delivery.memberId.isEmpty() ? QStringLiteral("-") : delivery.memberId, delivery.status)
                     .arg(delivery.attempts)
                     .arg(delivery.lastStatus ? QStringLiteral("  last HTTP %1").arg(*delivery.lastStatus) : QString(),
                          delivery.latencyMs ? QStringLiteral("  %1 ms").arg(*delivery.latencyMs) : QString());
        for (const DeliveryAttempt &attempt : delivery.attemptLog)
            lines << QStringLiteral("    #%1 %2  %3  %4 ms")
                         .arg(attempt.attempt)
                         .arg(timeformat::toIso(attempt.atMs),
                              attempt.httpStatus ? QStringLiteral("HTTP %1").arg(*attempt.httpStatus) : attempt.error)
                         .arg(attempt.latencyMs);
    }
    m_output.result({{QStringLiteral("deliveries"), list}}, lines.isEmpty() ? QStringLiteral("no deliveries") : lines.join(QLatin1Char('\n')));
    return Done;
}

int CommandLine::webhookReplay(const QCommandLineParser &parser, const QStringList &arguments)
{
    bool ok = false;
    const qint64 from = parser.value(QStringLiteral("from")).toLongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("from"), QStringLiteral("name the first event with --from EVENT_ID"), {});
    const Result<qint64> replayed = webhookStore().replay(arguments.at(0), from);
    if (!replayed)
        return m_output.error(replayed.error());
    m_output.result({{QStringLiteral("name"), arguments.at(0)}, {QStringLiteral("from"), from}, {QStringLiteral("deliveries"), replayed.value()}},
                    QStringLiteral("webhook %1: %2 deliveries from event %3 will be sent again")
                        .arg(arguments.at(0))
                        .arg(replayed.value())
                        .arg(from));
    return Done;
}

int CommandLine::webhookDeliver(const QCommandLineParser &parser, const QStringList &)
{
    int maxSeconds = 300;
    if (parser.isSet(QStringLiteral("max-seconds"))) {
        bool ok = false;
        maxSeconds = parser.value(QStringLiteral("max-seconds")).toInt(&ok);
        if (!ok || maxSeconds < 1)
            return m_output.error(LedgerError::invalidArgument(QStringLiteral("max-seconds"), QStringLiteral("a whole number of 1 or more")));
    }
    // What is due to be told first: lots lapsing within the notice window.
    const Result<Ledger::SweepCounts> swept = ledger().sweep();
    if (!swept)
        return m_output.error(swept.error());
    WebhookDispatcher dispatcher(*m_database, *m_clock, {});
    WebhookDispatcher::RoundCounts total;
    QString error;
    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&dispatcher, &WebhookDispatcher::roundFinished, &loop, [&](const WebhookDispatcher::RoundCounts &round) {
        total.delivered += round.delivered;
        total.failedAttempts += round.failedAttempts;
        if (!round.error.isEmpty())
            error = round.error;
        if (round.moreDue && error.isEmpty() && elapsed.elapsed() < qint64(maxSeconds) * 1000)
            dispatcher.runRound();
        else
            loop.quit();
    });
    dispatcher.runRound();
    loop.exec();
    if (!error.isEmpty())
        return m_output.error(LedgerError::storage(error));
    const Result<bool> undelivered = webhookStore().hasUndelivered();
    const double seconds = double(elapsed.elapsed()) / 1000.0;
    m_output.result({{QStringLiteral("delivered"), total.delivered},
                     {QStringLiteral("failed_attempts"), total.failedAttempts},
                     {QStringLiteral("expiring_announced"), swept.value().expiringAnnounced},
                     {QStringLiteral("undelivered"), undelivered ? undelivered.value() : true},
                     {QStringLiteral("seconds"), seconds}},
                    QStringLiteral("%1 event(s) delivered, %2 failed attempt(s) in %3 s%4")
                        .arg(total.delivered)
                        .arg(total.failedAttempts)
                        .arg(seconds, 0, 'f', 2)
                        .arg(undelivered && undelivered.value() ? QStringLiteral("; some are still pending") : QString()));
    return Done;
}

int CommandLine::webhookSettings(const QCommandLineParser &parser, const QStringList &)
{
    Ledger book = ledger();
    if (parser.isSet(QStringLiteral("expiring-days"))) {
        bool ok = false;
        const qint64 days = parser.value(QStringLiteral("expiring-days")).toLongLong(&ok);
        if (!ok)
            return m_output.error(LedgerError::invalidArgument(QStringLiteral("expiring-days"), QStringLiteral("a whole number of days")));
        const Result<qint64> set = book.setExpiringNoticeDays(days);
        if (!set)
            return m_output.error(set.error());
    }
    const Result<qint64> days = book.expiringNoticeDays();
    if (!days)
        return m_output.error(days.error());
    m_output.result({{QStringLiteral("expiring_days"), days.value()}},
                    QStringLiteral("points.expiring is told %1 day(s) before a lot lapses").arg(days.value()));
    return Done;
}

}  // namespace orchard::cli
