#include "webhookrunner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWebhooks, "orchard.webhooks")

namespace orchard::api {

WebhookRunner::WebhookRunner(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &WebhookRunner::roundIfIdle);
}

std::optional<QString> WebhookRunner::start(const LedgerLocation &location, int intervalMs)
{
    Result<std::unique_ptr<Database>> opened = Database::open(location, {});
    if (!opened)
        return opened.error().message;
    m_database = std::move(opened.value());
    m_dispatcher = std::make_unique<WebhookDispatcher>(*m_database, m_clock, WebhookDispatcher::Options{});
    connect(m_dispatcher.get(), &WebhookDispatcher::roundFinished, this, [this](const WebhookDispatcher::RoundCounts &round) {
        if (!round.error.isEmpty())
            qCWarning(lcWebhooks) << "webhook delivery:" << round.error;
        if (round.moreDue && !m_stopping)
            QTimer::singleShot(0, this, &WebhookRunner::roundIfIdle);
    });
    m_timer.start(intervalMs);
    return std::nullopt;
}

void WebhookRunner::stop()
{
    m_stopping = true;
    m_timer.stop();
}

void WebhookRunner::roundIfIdle()
{
    if (m_dispatcher && !m_dispatcher->busy() && !m_stopping)
        m_dispatcher->runRound();
}

}  // namespace orchard::api
