#pragma once

#include "money/money.h"
#include "money/splitpayment.h"
#include "settings/splitrulesbook.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace orchard::ui {

class ConsoleSession;

// The split-payment rules: an editor with an explanation beside each rule, a live "try a
// checkout" panel that runs the real quote engine on the rules being edited, the version history,
// and Save, which asks for a reason and shows what changes. Only admin edits; finance reads.
class RulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RulesPage(ConsoleSession &session, QWidget *parent = nullptr);

    void refresh();
    // The rules as edited; an error naming the field when one is not valid.
    Result<SplitRules> editedRules() const;
    // The quote engine on the edited rules and the "try a checkout" fields (major units).
    Result<CheckoutQuote> previewQuote() const;
    void setPreviewInput(const QString &order, const QString &points, const QString &wallet, const QString &chosenPoints);
    // Fills the available points and wallet from a member's balance.
    void useMember(const QString &memberId);
    // Saves after `confirm` accepts the summary of changes and gives a reason (a dialog by default).
    void save(const std::function<std::optional<QString>(const QString &changes)> &confirm = {});

    QLineEdit *minPointsEdit() const { return m_minPoints; }
    QCheckBox *partialPointsBox() const { return m_partialPoints; }
    QCheckBox *walletRemainderBox() const { return m_walletRemainder; }
    QComboBox *fallbackBox() const { return m_fallback; }
    QLineEdit *availablePointsEdit() const { return m_points; }
    QLineEdit *walletEdit() const { return m_wallet; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *previewLabel() const { return m_preview; }
    QStandardItemModel *historyModel() const { return m_history; }
    bool isBusy() const { return m_busy; }
    const std::optional<SplitRulesVersion> &current() const { return m_current; }

Q_SIGNALS:
    void refreshed();
    void saved(bool ok);

private:
    void showVersions(const QList<SplitRulesVersion> &versions, const PointValue &value, const money::Currency &currency);
    void edited();
    QString changesFrom(const SplitRules &before, const SplitRules &after) const;

    ConsoleSession &m_session;
    std::optional<SplitRulesVersion> m_current;
    PointValue m_pointValue;
    money::Currency m_currency{QStringLiteral("INR"), 2};
    QLineEdit *m_minPoints = nullptr;
    QCheckBox *m_partialPoints = nullptr;
    QCheckBox *m_walletRemainder = nullptr;
    QComboBox *m_fallback = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QLineEdit *m_order = nullptr;
    QLineEdit *m_points = nullptr;
    QLineEdit *m_wallet = nullptr;
    QLineEdit *m_chosen = nullptr;
    QLineEdit *m_member = nullptr;
    QLabel *m_preview = nullptr;
    QStandardItemModel *m_history = nullptr;
    bool m_busy = false;
};

}  // namespace orchard::ui
