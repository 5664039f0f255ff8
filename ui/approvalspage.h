#pragma once

#include "approvals/approvalbook.h"
#include "money/money.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace orchard::ui {

class ConsoleSession;

// The requests that wait for a second admin (maker-checker): who asked, when, what, and the
// amount; an admin other than the maker approves one (it takes effect then, once) or rejects it
// with a reason. Every step is audited by the ledger.
class ApprovalsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { Id, Kind, RequestedBy, RequestedAt, What, Points, Money, ExpiresAt };
    enum Roles { ApprovalIdRole = Qt::UserRole + 1 };

    explicit ApprovalsPage(ConsoleSession &session, QWidget *parent = nullptr);

    void refresh();
    void approve(qint64 approvalId);
    void reject(qint64 approvalId, const QString &reason);

    QStandardItemModel *pending() const { return m_pending; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void refreshed(int pendingCount);
    void decided(bool ok);

private:
    std::optional<qint64> selectedId() const;
    void askToReject();

    ConsoleSession &m_session;
    QStandardItemModel *m_pending = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_message = nullptr;
    std::optional<money::Currency> m_currency;  // the programme's, for the amounts
};

}  // namespace orchard::ui
