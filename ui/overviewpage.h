#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace orchard::ui {

class ConsoleSession;

// Available and held points, today's and this month's redemptions by source, the funding
// wallet when the programme has one; refreshed every 30 seconds and on demand.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(ConsoleSession &session, QWidget *parent = nullptr);
    void refresh();
    QLabel *pointsLabel() const { return m_points; }
    QLabel *walletLabel() const { return m_wallet; }

Q_SIGNALS:
    void refreshed();

private:
    ConsoleSession &m_session;
    QLabel *m_points = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_month = nullptr;
    QLabel *m_wallet = nullptr;
    QTimer *m_timer = nullptr;
};

}  // namespace orchard::ui
