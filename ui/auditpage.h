#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace orchard::ui {

class ConsoleSession;

// The audit trail, newest first, filtered by action; "Verify ledger" re-checks everything and
// says plainly whether every check holds.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(ConsoleSession &session, QWidget *parent = nullptr);
    void refresh();
    void verify();
    QStandardItemModel *model() const { return m_model; }
    QLabel *verdict() const { return m_verdict; }

Q_SIGNALS:
    void refreshed();
    void verified(bool ok);

private:
    static QString checkTitle(const QString &check);  // a verifier check's name, translated
    ConsoleSession &m_session;
    QLineEdit *m_action = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_verdict = nullptr;
};

}  // namespace orchard::ui
