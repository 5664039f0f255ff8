#pragma once

#include "webhooks/webhookstore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace orchard::ui {

class ConsoleSession;

// The webhook subscriptions (admin): each with its receiver, events and whether it is failing;
// the selected one's recent deliveries with their status, attempts and latency, failures marked;
// and a replay from a chosen event. Subscriptions are added with `orchardctl webhook add` (its
// secret is shown once, on the command line).
class WebhooksPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { Name, Url, Events, Platform, State };
    enum DeliveryColumn { Event, Type, Member, Status, Attempts, LastAnswer, Latency, LastAttempt };

    explicit WebhooksPage(ConsoleSession &session, QWidget *parent = nullptr);

    void refresh();
    void showDeliveries(const QString &name);
    void replay(const QString &name, qint64 fromEventId);

    QStandardItemModel *subscriptions() const { return m_subscriptions; }
    QStandardItemModel *deliveries() const { return m_deliveries; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void refreshed();
    void deliveriesShown();
    void replayed(bool ok);

private:
    QString selectedName() const;

    ConsoleSession &m_session;
    QStandardItemModel *m_subscriptions = nullptr;
    QStandardItemModel *m_deliveries = nullptr;
    QTableView *m_subscriptionView = nullptr;
    QTableView *m_deliveryView = nullptr;
    QSpinBox *m_fromEvent = nullptr;
    QPushButton *m_replay = nullptr;
    QLabel *m_message = nullptr;
    QString m_shown;  // whose deliveries are listed
    bool m_keepActionMessage = false;  // a replay's answer stays until the user picks another subscription
};

}  // namespace orchard::ui
