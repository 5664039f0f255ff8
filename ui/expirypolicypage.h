#pragma once

#include "base/result.h"
#include "reports/expirywhatif.h"
#include "settings/expirypolicy.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;

namespace orchard::ui {

class ConsoleSession;

// The expiry policy: an editor for the window, grace, ageing buckets and expected breakage; the
// what-if of the window and grace being edited (today's figures beside the proposal's on the same
// lots, from `report what-if`), shown before Save; Save, which asks for a reason, says what changes
// and what the what-if found, and files the change (or holds it for approval); and the versions.
// Only an admin saves; finance reads and asks what-ifs.
class ExpiryPolicyPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExpiryPolicyPage(ConsoleSession &session, QWidget *parent = nullptr);

    void refresh();
    // The window and grace as edited; an error naming the field when one is not valid.
    Result<ExpiryProposal> editedProposal() const;
    // The change Save would file (window, grace, buckets, breakage), or why it cannot.
    Result<ExpiryPolicyChange> editedChange() const;
    // Runs the what-if of the edited proposal as of now.
    void runWhatIf();
    // Saves after `confirm` accepts the summary (changes and what-if) and gives a reason (a dialog by default).
    void save(const std::function<std::optional<QString>(const QString &summary)> &confirm = {});

    QComboBox *windowBox() const { return m_window; }
    QSpinBox *countBox() const { return m_count; }
    QSpinBox *graceBox() const { return m_grace; }
    QLineEdit *bucketsEdit() const { return m_buckets; }
    QLineEdit *breakageEdit() const { return m_breakage; }
    QPushButton *whatIfButton() const { return m_whatIfButton; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *whatIfSummary() const { return m_whatIfSummary; }
    QStandardItemModel *comparisonModel() const { return m_comparison; }
    QStandardItemModel *historyModel() const { return m_history; }
    bool isBusy() const { return m_busy > 0; }
    const std::optional<ExpiryPolicy> &current() const { return m_current; }

Q_SIGNALS:
    void refreshed();
    void whatIfShown(bool ok);
    void saved(bool ok);

private:
    void showVersions(const QList<ExpiryPolicy> &versions);
    void edited();
    QString proposalKey() const;  // what the shown what-if must have been asked for, for Save
    QString changesFrom(const ExpiryPolicy &before, const ExpiryPolicyChange &after) const;

    ConsoleSession &m_session;
    std::optional<ExpiryPolicy> m_current;
    QComboBox *m_window = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_grace = nullptr;
    QLineEdit *m_buckets = nullptr;
    QLineEdit *m_breakage = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_whatIfButton = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_whatIfSummary = nullptr;
    QStandardItemModel *m_comparison = nullptr;
    QStandardItemModel *m_history = nullptr;
    QString m_whatIfShownFor;  // proposalKey() of the what-if on screen; empty: none
    QString m_whatIfHeadline;  // its summary, for Save's confirmation
    quint64 m_whatIfGeneration = 0;
    int m_busy = 0;
};

}  // namespace orchard::ui
