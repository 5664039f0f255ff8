#include "webhookspage.h"
#include "localtimes.h"
#include "ledgerwords.h"

#include "consolesession.h"
#include "service/ledgerservice.h"

#include <QBrush>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>

#include <limits>

namespace orchard::ui {

namespace {

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QString localTime(qint64 ms)
{
    return localtimes::dateTime(ms);
}

QTableView *tableFor(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setAccessibleName(name);
    return view;
}

}  // namespace

WebhooksPage::WebhooksPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_subscriptions = new QStandardItemModel(0, 5, this);
    m_subscriptions->setHorizontalHeaderLabels({tr("Name"), tr("Receiver"), tr("Events"), tr("Platform"), tr("State")});
    m_deliveries = new QStandardItemModel(0, 8, this);
    m_deliveries->setHorizontalHeaderLabels(
        {tr("Event"), tr("Type"), tr("Member"), tr("Status"), tr("Attempts"), tr("Last answer"), tr("Latency"), tr("Last attempt")});
    m_subscriptionView = tableFor(m_subscriptions, tr("Webhook subscriptions"), this);
    m_deliveryView = tableFor(m_deliveries, tr("Recent deliveries"), this);

    m_fromEvent = new QSpinBox(this);
    m_fromEvent->setRange(1, std::numeric_limits<int>::max());
    m_fromEvent->setPrefix(tr("from event "));
    m_fromEvent->setAccessibleName(tr("First event to deliver again"));
    m_replay = new QPushButton(tr("&Replay…"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    const bool mayReplay = session.role() == Role::Admin && !session.isReadOnly();
    m_replay->setEnabled(mayReplay);
    m_fromEvent->setEnabled(mayReplay);
    if (!mayReplay)
        m_replay->setToolTip(tr("Only an admin replays deliveries, on a ledger that may be written."));
    auto *hint = new QLabel(tr("Subscriptions are added on the command line (orchardctl webhook add), where the signing secret is shown once."),
                            this);
    hint->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_fromEvent);
    actions->addWidget(m_replay);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_subscriptionView);
    split->addWidget(m_deliveryView);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    connect(m_subscriptionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString name = selectedName();
        m_keepActionMessage = false;  // the user moved on
        if (!name.isEmpty())
            showDeliveries(name);
    });
    connect(m_replay, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty()) {
            m_message->setText(tr("Choose a subscription to replay."));
            return;
        }
        const qint64 from = m_fromEvent->value();
        if (QMessageBox::question(this, tr("Replay deliveries"),
                                  tr("Deliver every event of %1 from event %2 on again, in order? The receiver gets each again "
                                     "with its own id, so it can tell the repeats.")
                                      .arg(name)
                                      .arg(from))
            == QMessageBox::Yes)
            replay(name, from);
    });
    refresh();
}

QString WebhooksPage::selectedName() const
{
    const QModelIndex current = m_subscriptionView->currentIndex();
    return current.isValid() ? m_subscriptions->index(current.row(), Name).data().toString() : QString();
}

void WebhooksPage::refresh()
{
    m_session.service().webhooks().then(this, [this](const Result<QList<WebhookSubscription>> &subscriptions) {
        if (!subscriptions) {
            m_message->setText(LedgerWords::error(subscriptions.error()));
            return;
        }
        const QString keep = m_shown;
        // Rebuilding the list moves the selection; the deliveries are asked for once, below, not
        // by the selection's signal (which stands for the user picking a subscription).
        QSignalBlocker quiet(m_subscriptionView->selectionModel());
        m_subscriptions->removeRows(0, m_subscriptions->rowCount());
        for (const WebhookSubscription &subscription : subscriptions.value()) {
            QStandardItem *state = cell(subscription.consecutiveFailures == 0
                                            ? tr("delivering")
                                            : tr("failing: %n attempt(s) in a row, next %1", nullptr, int(subscription.consecutiveFailures))
                                                  .arg(localTime(subscription.nextAttemptMs)));
            if (subscription.consecutiveFailures > 0)
                state->setForeground(QBrush(Qt::darkRed));
            m_subscriptions->appendRow({cell(subscription.name), cell(subscription.url), cell(subscription.events.join(QStringLiteral(", "))),
                                        cell(subscription.source.isEmpty() ? tr("all platforms") : subscription.source), state});
        }
        if (subscriptions.value().isEmpty())
            m_message->setText(tr("No webhook subscriptions yet."));
        for (int row = 0; row < m_subscriptions->rowCount(); ++row)
            if (m_subscriptions->index(row, Name).data().toString() == keep || (keep.isEmpty() && row == 0)) {
                m_subscriptionView->selectRow(row);
                showDeliveries(m_subscriptions->index(row, Name).data().toString());
            }
        quiet.unblock();
        Q_EMIT refreshed();
    });
}

void WebhooksPage::showDeliveries(const QString &name)
{
    m_shown = name;
    m_session.service().webhookDeliveries(name, 200).then(this, [this, name](const Result<QList<DeliveryView>> &deliveries) {
        if (name != m_shown)
            return;
        if (!deliveries) {
            m_message->setText(LedgerWords::error(deliveries.error()));
            return;
        }
        m_deliveries->removeRows(0, m_deliveries->rowCount());
        const QLocale locale;
        for (const DeliveryView &delivery : deliveries.value()) {
            const QString status = LedgerWords::deliveryStatus(delivery.status);
            QList<QStandardItem *> row{
                cell(QString::number(delivery.eventId)),
                cell(delivery.type),
                cell(delivery.memberId.isEmpty() ? tr("programme") : delivery.memberId),
                cell(status),
                cell(locale.toString(delivery.attempts)),
                cell(delivery.lastStatus ? tr("HTTP %1").arg(*delivery.lastStatus) : delivery.lastError),
                cell(delivery.latencyMs ? tr("%1 ms").arg(locale.toString(*delivery.latencyMs)) : QString()),
                cell(delivery.lastAttemptMs ? localTime(*delivery.lastAttemptMs) : tr("not yet"))};
            if (delivery.status == QLatin1String("failed") || (delivery.status == QLatin1String("pending") && delivery.attempts > 0))
                for (QStandardItem *item : row)
                    item->setForeground(QBrush(Qt::darkRed));
            m_deliveries->appendRow(row);
        }
        // The list reloaded after a replay keeps the replay's answer in view.
        if (!m_keepActionMessage)
            m_message->setText(tr("%1: the %n most recent deliveries.", nullptr, int(deliveries.value().size())).arg(name));
        Q_EMIT deliveriesShown();
    });
}

void WebhooksPage::replay(const QString &name, qint64 fromEventId)
{
    m_session.service().replayWebhook(name, fromEventId, m_session.actor()).then(this, [this, name, fromEventId](const Result<qint64> &result) {
        m_message->setText(result ? tr("%n delivery(ies) of %1 from event %2 will be sent again.", nullptr, int(result.value()))
                                        .arg(name)
                                        .arg(fromEventId)
                                  : LedgerWords::error(result.error()));
        m_keepActionMessage = true;
        Q_EMIT replayed(result.ok());
        refresh();
    });
}

}  // namespace orchard::ui
