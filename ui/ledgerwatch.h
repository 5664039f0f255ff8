#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace orchard::ui {

class ConsoleSession;

// Notices a write to the ledger by any process — this console, orchardctl, the API service,
// another admin's console — by polling the service's change mark, so screens follow the ledger
// without F5. One poll at a time; a poll that fails is tried again on the next tick.
class LedgerWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 1000;  // a change shows within about a second

    explicit LedgerWatch(ConsoleSession &session, int intervalMs = defaultIntervalMs, QObject *parent = nullptr);
    void poll();

Q_SIGNALS:
    void changed();

private:
    ConsoleSession &m_session;
    QTimer *m_timer = nullptr;
    QString m_lastMark;
    bool m_polling = false;
};

}  // namespace orchard::ui
