#include "exportrunner.h"

#include "store/database.h"
#include "reports/exportschedule.h"

#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcExports, "orchard.ledgerd.exports")

namespace orchard::api {

ExportRunner::ExportRunner(LedgerLocation location, const Clock &clock, QObject *parent)
    : QObject(parent), m_location(std::move(location)), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &ExportRunner::runOnce);
    connect(&m_running, &QFutureWatcher<QString>::finished, this, [this] {
        const QString failure = m_running.result();
        if (!failure.isEmpty())
            qCWarning(lcExports) << "scheduled exports:" << failure;
    });
}

void ExportRunner::start(int intervalMs)
{
    m_timer.start(intervalMs);
    QTimer::singleShot(1000, this, &ExportRunner::runOnce);  // what fell due while the service was down
}

void ExportRunner::stop()
{
    m_timer.stop();
    m_running.waitForFinished();
}

void ExportRunner::runOnce()
{
    if (m_running.isRunning())
        return;
    m_running.setFuture(QtConcurrent::run([location = m_location, &clock = m_clock]() -> QString {
        Result<std::unique_ptr<Database>> database = Database::open(location, {});
        if (!database)
            return database.error().message;
        ExportScheduler scheduler(*database.value(), clock, Actor{QStringLiteral("system:exports"), sourceAdmin});
        const Result<QList<ExportRun>> runs = scheduler.runDue();
        if (!runs)
            return runs.error().message;
        for (const ExportRun &run : runs.value())
            qCInfo(lcExports) << "exported" << run.schedule << "to" << run.file;
        return {};
    }));
}

}  // namespace orchard::api
