#pragma once

#include "money/moneytypes.h"

#include <QWidget>

class QChartView;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace orchard::ui {

class ConsoleSession;

// The programme's pre-paid funding wallet: its balance, what is held and drawn, the low-balance
// threshold, days of cover at the last 30 days' draw rate, the balance over time, every movement;
// funding (amount and bank reference, confirmed with the balance after) for admin and finance.
class WalletPage : public QWidget
{
    Q_OBJECT

public:
    explicit WalletPage(ConsoleSession &session, QWidget *parent = nullptr);

    void refresh();
    // Funds the wallet with `amount` in major units ("250000.00") after the confirmation, which
    // `confirm` answers (the dialog by default; tests answer it themselves).
    void fund(const QString &amount, const QString &bankReference, const std::function<bool(const QString &question)> &confirm = {});
    void setThreshold(const QString &amount);

    const std::optional<FundingWalletView> &wallet() const { return m_wallet; }
    QStandardItemModel *movementsModel() const { return m_movements; }
    QStandardItemModel *perDayModel() const { return m_perDay; }
    QChartView *chartView() const { return m_chartView; }
    QLabel *message() const { return m_message; }
    bool isBusy() const { return m_busy; }

    // Days the balance lasts at the average daily draw of the 30 days before `nowMs`; none when
    // nothing was drawn. Integer days, rounded down.
    static std::optional<qint64> daysOfCover(qint64 balanceMinor, const QList<FundingMovement> &movements, qint64 nowMs);

Q_SIGNALS:
    void refreshed();
    void funded(bool ok);

private:
    void show(const FundingWalletView &wallet, const QList<FundingMovement> &movements);
    void drawChart(const QList<FundingMovement> &movements);
    void fillPerDay(const QList<FundingMovement> &movements);
    QString money(qint64 minor) const;

    ConsoleSession &m_session;
    std::optional<FundingWalletView> m_wallet;
    QLabel *m_figures = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_threshold = nullptr;
    QPushButton *m_fundButton = nullptr;
    QPushButton *m_thresholdButton = nullptr;
    QChartView *m_chartView = nullptr;
    QStandardItemModel *m_movements = nullptr;
    QStandardItemModel *m_perDay = nullptr;
    bool m_busy = false;
};

}  // namespace orchard::ui
