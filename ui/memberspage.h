#pragma once

#include "base/ledgererror.h"
#include "base/ledgertypes.h"
#include "money/money.h"

#include <QWidget>

#include <optional>

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
    enum Roles { MemberIdRole = Qt::UserRole + 1, LotIdRole, BalanceRole /* qint64: points, or the wallet in minor units */ };

    explicit MembersPage(ConsoleSession &session, QWidget *parent = nullptr);
    void search(const QString &text);
    void showMember(const QString &memberId);
    void followLedger();  // the ledger changed (LedgerWatch)
    // An admin's corrections, as the dialogs send them (the dialogs ask and confirm first).
    void adjust(Points points, const QString &reason);
    // Points by the earning rule for `eventType` in force now, as an HRIS event would earn them
    // (source admin, an event id of the console's own).
    void issueByRule(const QString &eventType, const QString &reason);
    // A free amount, as the Issue points dialog sends it once confirmed.
    void issue(const IssueRequest &request);
    void cancelLot(qint64 lotId, const QString &reason);
    // An admin's new member, or new details for one (the dialog's last step; tests). Audited.
    void addMember(const AddMemberRequest &request);
    void updateMember(const UpdateMemberRequest &request);
    QPushButton *addMemberButton() const { return m_addMember; }
    QPushButton *editMemberButton() const { return m_editMember; }
    void extendLot(qint64 lotId, qint64 expiresAtMs, const QString &reason);
    QLabel *messageLabel() const { return m_message; }
    QStandardItemModel *membersModel() const { return m_members; }
    QStandardItemModel *lotsModel() const { return m_lots; }
    QLabel *balanceLabel() const { return m_balance; }
    QPushButton *issueButton() const { return m_issue; }
    const QString &currentMember() const { return m_current; }

Q_SIGNALS:
    void searched();
    void memberShown(const QString &memberId);
    void corrected(bool ok);
    void issuedByRule(bool ok, const QString &message);
    void issuedAmount(bool ok);
    void memberSaved(bool ok, const QString &message);

private:
    void askToIssue();
    void askToAddMember();
    void askToEditMember();
    void askToAdjust();
    void askToCancelLot();
    void askToExtendLot();
    std::optional<qint64> selectedLot() const;
    void showOutcome(const QString &title, const LedgerError &error);
    void askToIssueAmount();
    void forgetMember();
    void updateActions();

    ConsoleSession &m_session;
    QLineEdit *m_query = nullptr;
    QStandardItemModel *m_members = nullptr;
    QStandardItemModel *m_lots = nullptr;
    QTableView *m_memberView = nullptr;
    QLabel *m_balance = nullptr;
    QPushButton *m_issue = nullptr;
    QTableView *m_lotView = nullptr;
    QLabel *m_message = nullptr;
    Points m_available = 0;
    QString m_current;
    QList<QPushButton *> m_memberActions;  // act on the member shown: disabled, with the reason, without one
    QPushButton *m_statement = nullptr;    // the one any role may use
    QPushButton *m_addMember = nullptr;
    QPushButton *m_editMember = nullptr;
    money::Currency m_currency{QStringLiteral("INR"), 2};  // the programme's, once read
};

}  // namespace orchard::ui
