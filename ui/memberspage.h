#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace orchard::ui {

class ConsoleSession;

// Search members by id or name; the selected member's balance and lots with age and expiry;
// admins issue points through a dialog that shows the result before it commits.
class MembersPage : public QWidget
{
    Q_OBJECT

public:
    enum Roles { MemberIdRole = Qt::UserRole + 1 };

    explicit MembersPage(ConsoleSession &session, QWidget *parent = nullptr);
    void search(const QString &text);
    void showMember(const QString &memberId);
    QStandardItemModel *membersModel() const { return m_members; }
    QStandardItemModel *lotsModel() const { return m_lots; }
    QLabel *balanceLabel() const { return m_balance; }

Q_SIGNALS:
    void searched();
    void memberShown(const QString &memberId);

private:
    void askToIssue();

    ConsoleSession &m_session;
    QLineEdit *m_query = nullptr;
    QStandardItemModel *m_members = nullptr;
    QStandardItemModel *m_lots = nullptr;
    QTableView *m_memberView = nullptr;
    QLabel *m_balance = nullptr;
    QPushButton *m_issue = nullptr;
    QString m_current;
};

}  // namespace orchard::ui
