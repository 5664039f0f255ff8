// orchard-ledgerd: the points API service the marketplace and loyalife call.
#include "apiserver.h"
#include "exportrunner.h"
#include "clock.h"
#include "ledgerlocation.h"
#include "ledgerservice.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

Q_LOGGING_CATEGORY(lcLedgerd, "orchard.ledgerd")

namespace {

constexpr int sweepIntervalMs = 5'000;
constexpr int exportIntervalMs = 60'000;

int fail(const QString &message)
{
    std::fprintf(stderr, "orchard-ledgerd: %s\n", qPrintable(message));
    return 2;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orchard-ledgerd"));
    QCoreApplication::setOrganizationName(QStringLiteral("orchard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORCHARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Orchard points API service."));
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
    parser.addOptions({db, listen, busyTimeout});
    parser.process(app);

    QString dbText = parser.value(db);
    if (dbText.isEmpty())
        dbText = qEnvironmentVariable("ORCHARD_DB");
    if (dbText.isEmpty())
        dbText = orchard::LedgerLocation::defaultSqlitePath();
    const auto location = orchard::LedgerLocation::parse(dbText);
    if (!location)
        return fail(location.error().message);

    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenText.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(listenText.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (!portOk || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen: expected HOST:PORT such as 127.0.0.1:8080, got '%1'").arg(listenText));

    bool busyOk = false;
    const int busyTimeoutMs = parser.value(busyTimeout).toInt(&busyOk);
    if (!busyOk || busyTimeoutMs < 1 || busyTimeoutMs > 600'000)
        return fail(QStringLiteral("--busy-timeout: expected milliseconds from 1 to 600000"));

    orchard::SystemClock clock;
    orchard::LedgerService::Options options;
    options.location = location.value();
    options.clock = &clock;
    options.busyTimeoutMs = busyTimeoutMs;
    auto service = orchard::LedgerService::open(options);
    if (!service)
        return fail(service.error().message);

    auto *server = new orchard::api::ApiServer(*service.value(), &app);
    const quint16 boundPort = server->listen(address, quint16(port));
    if (boundPort == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(listenText));
    std::printf("orchard-ledgerd listening on http://%s:%u (ledger %s)\n",
                qPrintable(address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString())
                                                                               : address.toString()),
                unsigned(boundPort), qPrintable(location.value().displayName()));
    std::fflush(stdout);

    // Holds past their timeout are written down as releases without waiting for their member's next request.
    QTimer sweeper;
    QObject::connect(&sweeper, &QTimer::timeout, &app, [&service] {
        QCoro::connect(service.value()->sweep(), service.value().get(), [](const orchard::Result<orchard::Ledger::SweepCounts> &swept) {
            if (!swept)
                qCWarning(lcLedgerd) << "sweep failed:" << swept.error().message;
        });
    });
    sweeper.start(sweepIntervalMs);

    // Scheduled exports for the ERP (the sweep above also writes every lot expiry as it falls due).
    orchard::api::ExportRunner exports(location.value(), clock);
    exports.start(exportIntervalMs);

    orchard::api::SignalWatcher signals;
    QObject::connect(&signals, &orchard::api::SignalWatcher::terminationRequested, &app, [&](int signalNumber) {
        qCInfo(lcLedgerd) << "signal" << signalNumber << "received: finishing requests in flight";
        sweeper.stop();
        exports.stop();
        server->stopAccepting();
        if (server->requestsInFlight() == 0)
            QCoreApplication::quit();
        else
            QObject::connect(server, &orchard::api::ApiServer::idle, &app, &QCoreApplication::quit);
    });

    const int code = app.exec();
    delete server;
    service.value().reset();  // the writer commits everything queued before it stops
    return code;
}
