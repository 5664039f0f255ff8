#pragma once

#include "base/clock.h"
#include "store/database.h"
#include "store/ledgerlocation.h"
#include "webhookdispatcher.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace orchard::api {

// Delivers webhooks while the service runs: a round every few hundred milliseconds, at once
// again while a round comes back full, on its own connection (never the writer's).
class WebhookRunner : public QObject
{
    Q_OBJECT

public:
    WebhookRunner(const Clock &clock, QObject *parent = nullptr);
    std::optional<QString> start(const LedgerLocation &location, int intervalMs);  // why not, if it cannot
    void stop();

private:
    void roundIfIdle();

    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    QTimer m_timer;
    bool m_stopping = false;
};

}  // namespace orchard::api
