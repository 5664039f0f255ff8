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
    void refresh();       // every figure, the liability too
    void followLedger();  // the ledger changed: every figure but the liability
    QLabel *pointsLabel() const { return m_points; }
    QLabel *lifecycleLabel() const { return m_lifecycle; }
    QLabel *liabilityLabel() const { return m_liability; }
    QLabel *walletLabel() const { return m_wallet; }
    QLabel *coverLabel() const { return m_cover; }
    QLabel *holdsLabel() const { return m_holds; }

Q_SIGNALS:
    void refreshed();
    void screenRequested(const QString &screen);  // transactions, liability, reconciliation, wallet, reservations

private:
    void read(bool withLiability);
    static QString linked(const QLabel *label, const QString &text);

    ConsoleSession &m_session;
    QLabel *m_points = nullptr;
    QLabel *m_lifecycle = nullptr;
    QLabel *m_liability = nullptr;
    QLabel *m_cover = nullptr;
    QLabel *m_holds = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_month = nullptr;
    QLabel *m_wallet = nullptr;
    QTimer *m_timer = nullptr;
};

}  // namespace orchard::ui
