#pragma once

#include "base/clock.h"
#include "store/ledgerlocation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace orchard::api {

// Runs the scheduled exports that are due (CSV and JSON; PDF exports are drawn by orchardctl
// schedule run) once a minute, on its own connection and thread, never two runs at once.
class ExportRunner : public QObject
{
    Q_OBJECT

public:
    ExportRunner(LedgerLocation location, const Clock &clock, QObject *parent = nullptr);
    void start(int intervalMs);
    void stop();

private:
    void runOnce();

    LedgerLocation m_location;
    const Clock &m_clock;
    QTimer m_timer;
    QFutureWatcher<QString> m_running;
};

}  // namespace orchard::api
