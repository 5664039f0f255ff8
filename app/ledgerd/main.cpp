// orchard-ledgerd: the points API service the marketplace and loyalife call.
#include "apiserver.h"
#include "configfile.h"
#include "metricsserver.h"
#include "exportrunner.h"
#include "base/clock.h"
#include "store/database.h"
#include "store/ledgerlocation.h"
#include "service/ledgerservice.h"
#include "signalwatcher.h"
#include "webhookrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sys/resource.h>
#include <systemd/sd-daemon.h>

Q_LOGGING_CATEGORY(lcLedgerd, "orchard.ledgerd")

namespace {

constexpr int sweepIntervalMs = 5'000;
constexpr int exportIntervalMs = 60'000;
constexpr int webhookIntervalMs = 200;

int fail(const QString &message)
{
    std::fprintf(stderr, "orchard-ledgerd: %s\n", qPrintable(message));
    return 2;
}

// A whole number of seconds (or connections) from an option, within [min, max].
std::optional<int> boundedInteger(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

// "127.0.0.1:8080", "[::1]:8080": the address and port, or nothing when it is neither.
std::optional<std::pair<QHostAddress, quint16>> hostAndPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(text.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (!portOk || port > 65535 || address.isNull())
        return std::nullopt;
    return std::pair{address, quint16(port)};
}

// Every connection is a descriptor: raise the soft limit towards the hard one so that
// --max-connections, not EMFILE, is what refuses connections.
void allowDescriptorsFor(int connections)
{
    constexpr rlim_t reserved = 64;  // the ledger's files, the readers' connections, pipes
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = rlim_t(connections) + reserved;
    if (limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orchard-ledgerd"));
    QCoreApplication::setOrganizationName(QStringLiteral("orchard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORCHARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Orchard points API service.\n"
                       "A read-only ledger file is served read-only: every write is answered 503 read_only."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Ledger: an SQLite file or a postgresql:// URL."),
                                QStringLiteral("PATH|URL"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:8080; port 0 picks a free one)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption busyTimeout(QStringLiteral("busy-timeout"),
                                         QStringLiteral("Milliseconds a write waits for the ledger's write lock before "
                                                        "answering 503 (default 30000)."),
                                         QStringLiteral("MS"), QStringLiteral("30000"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            QStringLiteral("Connections served at once (default 1024); further ones are "
                                                           "closed as soon as they are accepted."),
                                            QStringLiteral("N"), QStringLiteral("1024"));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"),
                                         QStringLiteral("Seconds a connection may wait between requests, and an answer may "
                                                        "take to be read, before it is closed (default 60)."),
                                         QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption headerTimeout(QStringLiteral("header-timeout"),
                                           QStringLiteral("Seconds a request's whole head may take to arrive, from its first "
                                                          "byte (default 10)."),
                                           QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption bodyTimeout(QStringLiteral("body-timeout"),
                                         QStringLiteral("Seconds a request's whole body may take to arrive after its head "
                                                        "(default 10)."),
                                         QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this PEM certificate chain (with --tls-key)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM private key of --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("Read options from FILE (`option = value` lines, e.g. /etc/orchard/ledgerd.conf); "
                                                   "the command line's win."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption metricsListen(QStringLiteral("metrics-listen"),
                                           QStringLiteral("Serve GET /metrics (Prometheus text format) on HOST:PORT, apart from the API "
                                                          "(default: not served)."),
                                           QStringLiteral("HOST:PORT"));
    const QCommandLineOption requestLog(QStringLiteral("request-log"),
                                        QStringLiteral("on: one key=value line per request on stderr (request id, source, endpoint, "
                                                       "status, latency); off (default)."),
                                        QStringLiteral("on|off"), QStringLiteral("off"));
    const QCommandLineOption webhooks(QStringLiteral("webhooks"),
                                      QStringLiteral("on (default): deliver the ledger's events to the webhook subscriptions; "
                                                     "off: leave them to `orchardctl webhook deliver`."),
                                      QStringLiteral("on|off"), QStringLiteral("on"));
    parser.addOptions({db, listen, busyTimeout, maxConnections, idleTimeout, headerTimeout, bodyTimeout, tlsCert, tlsKey, config,
                       metricsListen, requestLog, webhooks});
    parser.process(app);
    if (parser.isSet(config)) {
        const orchard::Result<QStringList> fromFile = orchard::api::argumentsFromConfig(parser.value(config));
        if (!fromFile)
            return fail(fromFile.error().message);
        QStringList arguments = app.arguments();
        arguments = QStringList{arguments.first()} + fromFile.value() + arguments.mid(1);
        parser.process(arguments);
    }

    QString dbText = parser.value(db);
    if (dbText.isEmpty())
        dbText = qEnvironmentVariable("ORCHARD_DB");
    if (dbText.isEmpty())
        dbText = orchard::LedgerLocation::defaultSqlitePath();
    const auto location = orchard::LedgerLocation::parse(dbText);
    if (!location)
        return fail(location.error().message);

    const QString listenText = parser.value(listen);
    const std::optional<std::pair<QHostAddress, quint16>> listenAt = hostAndPort(listenText);
    if (!listenAt)
        return fail(QStringLiteral("--listen: expected HOST:PORT such as 127.0.0.1:8080, got '%1'").arg(listenText));
    const QHostAddress address = listenAt->first;
    const quint16 port = listenAt->second;
    std::optional<std::pair<QHostAddress, quint16>> metricsAt;
    if (parser.isSet(metricsListen)) {
        metricsAt = hostAndPort(parser.value(metricsListen));
        if (!metricsAt)
            return fail(QStringLiteral("--metrics-listen: expected HOST:PORT such as 127.0.0.1:9464, got '%1'").arg(parser.value(metricsListen)));
    }
    if (parser.value(requestLog) != QLatin1String("on") && parser.value(requestLog) != QLatin1String("off"))
        return fail(QStringLiteral("--request-log: expected on or off, got '%1'").arg(parser.value(requestLog)));
    if (parser.value(webhooks) != QLatin1String("on") && parser.value(webhooks) != QLatin1String("off"))
        return fail(QStringLiteral("--webhooks: expected on or off, got '%1'").arg(parser.value(webhooks)));

    bool busyOk = false;
    const int busyTimeoutMs = parser.value(busyTimeout).toInt(&busyOk);
    if (!busyOk || busyTimeoutMs < 1 || busyTimeoutMs > 600'000)
        return fail(QStringLiteral("--busy-timeout: expected milliseconds from 1 to 600000"));

    orchard::api::Metrics metrics;
    orchard::api::ApiServer::Options serverOptions;
    serverOptions.metrics = &metrics;
    serverOptions.requestLog = parser.value(requestLog) == QLatin1String("on");
    const std::optional<int> connections = boundedInteger(parser, maxConnections, 1, 100'000);
    if (!connections)
        return fail(QStringLiteral("--max-connections: expected a number of connections from 1 to 100000"));
    serverOptions.maxConnections = *connections;
    const std::optional<int> idleSeconds = boundedInteger(parser, idleTimeout, 1, 3'600);
    if (!idleSeconds)
        return fail(QStringLiteral("--idle-timeout: expected seconds from 1 to 3600"));
    serverOptions.timeouts.idle = std::chrono::seconds(*idleSeconds);
    const std::optional<int> headerSeconds = boundedInteger(parser, headerTimeout, 1, 600);
    if (!headerSeconds)
        return fail(QStringLiteral("--header-timeout: expected seconds from 1 to 600"));
    serverOptions.timeouts.header = std::chrono::seconds(*headerSeconds);
    const std::optional<int> bodySeconds = boundedInteger(parser, bodyTimeout, 1, 600);
    if (!bodySeconds)
        return fail(QStringLiteral("--body-timeout: expected seconds from 1 to 600"));
    serverOptions.timeouts.body = std::chrono::seconds(*bodySeconds);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(QStringLiteral("--tls-cert and --tls-key go together: give both for HTTPS, or neither"));
    allowDescriptorsFor(serverOptions.maxConnections);

    orchard::SystemClock clock;
    orchard::LedgerService::Options options;
    options.location = location.value();
    options.clock = &clock;
    options.busyTimeoutMs = busyTimeoutMs;
    // A ledger file without write permission is served read-only: every write is answered 503 read_only.
    const bool readOnly = location.value().engine == orchard::Engine::Sqlite && QFileInfo::exists(location.value().sqlitePath)
                          && !orchard::Database::isWritableFile(location.value().sqlitePath);
    if (readOnly)
        options.mode = orchard::OpenMode::ReadOnly;
    auto service = orchard::LedgerService::open(options);
    if (!service)
        return fail(service.error().message);

    auto *server = new orchard::api::ApiServer(*service.value(), serverOptions, &app);
    if (parser.isSet(tlsCert)) {
        if (const std::optional<QString> refused = server->useTls(parser.value(tlsCert), parser.value(tlsKey)))
            return fail(QStringLiteral("--tls-cert/--tls-key: %1").arg(*refused));
    }
    const quint16 boundPort = server->listen(address, port);
    if (boundPort == 0)
        return fail(QStringLiteral("cannot listen on %1: %2").arg(listenText, server->errorString()));
    server->start();
    quint16 metricsPort = 0;
    if (metricsAt) {
        auto *metricsServer = new orchard::api::MetricsServer(metrics, *service.value(), &app);
        metricsPort = metricsServer->listen(metricsAt->first, metricsAt->second);
        if (metricsPort == 0)
            return fail(QStringLiteral("cannot serve metrics on %1: %2").arg(parser.value(metricsListen), metricsServer->errorString()));
    }
    std::printf("orchard-ledgerd listening on %s://%s:%u (ledger %s%s)\n", server->tls() ? "https" : "http",
                qPrintable(address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString())
                                                                               : address.toString()),
                unsigned(boundPort), qPrintable(location.value().displayName()),
                readOnly ? ", read-only: every write is answered 503 read_only" : "");
    if (metricsPort != 0)
        std::printf("orchard-ledgerd metrics on http://%s:%u/metrics\n", qPrintable(metricsAt->first.toString()), unsigned(metricsPort));
    std::fflush(stdout);
    // Under systemd (Type=notify): ready once the writer is open and the listener is bound.
    sd_notify(0, "READY=1");

    // Holds past their timeout are written down as releases without waiting for their member's next request.
    QTimer sweeper;
    QObject::connect(&sweeper, &QTimer::timeout, &app, [&service] {
        QCoro::connect(service.value()->sweep(), service.value().get(), [](const orchard::Result<orchard::Ledger::SweepCounts> &swept) {
            if (!swept)
                qCWarning(lcLedgerd) << "sweep failed:" << swept.error().message;
        });
    });
    // Scheduled exports for the ERP (the sweep above also writes every lot expiry as it falls due).
    orchard::api::ExportRunner exports(location.value(), clock);
    orchard::api::WebhookRunner webhookRunner(clock);
    if (!readOnly) {  // all three write: a read-only ledger is only read
        sweeper.start(sweepIntervalMs);
        exports.start(exportIntervalMs);
        if (parser.value(webhooks) == QLatin1String("on"))
            if (const std::optional<QString> refused = webhookRunner.start(location.value(), webhookIntervalMs))
                return fail(QStringLiteral("webhook delivery: %1").arg(*refused));
    }

    orchard::api::SignalWatcher signals;
    QObject::connect(server, &orchard::api::ApiServer::drained, &app, &QCoreApplication::quit);
    QObject::connect(&signals, &orchard::api::SignalWatcher::terminationRequested, &app, [&](int signalNumber) {
        qCInfo(lcLedgerd) << "signal" << signalNumber << "received: answering every request the ledger has, then exiting";
        sd_notify(0, "STOPPING=1");
        sweeper.stop();
        exports.stop();
        webhookRunner.stop();
        server->shutdown();  // drained() follows once every answer is written
    });

    const int code = app.exec();
    server->stop();           // the I/O thread ends; no connection is left
    service.value().reset();  // the writer commits everything queued before it stops
    delete server;
    return code;
}
