#pragma once

#include "queries/journalquery.h"

#include "base/ledgertypes.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QTimer;

namespace orchard::ui {

class ConsoleSession;
class TransactionsModel;

// The journal with its filters (source, kind, status, member, dates, points, reference), the count
// and sums of what they show, the selected entry's postings, lots and audit record, and CSV export.
class TransactionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TransactionsPage(ConsoleSession &session, QWidget *parent = nullptr);
    ~TransactionsPage() override;  // keeps the column widths and the source/kind filters for next time

    TransactionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TransactionFilter filterFromControls() const;
    void applyFilter(const TransactionFilter &filter);  // sets the controls too (tests, saved state)
    void exportCsv(const QString &path);
    void followLedger();  // the ledger changed (LedgerWatch)
    void applyControls();  // what the filters say, unless it could match nothing (then says why)
    QString filterProblem() const;
    QLabel *totalsLabel() const { return m_totals; }
    QSpinBox *minPointsBox() const { return m_minPoints; }
    QSpinBox *maxPointsBox() const { return m_maxPoints; }
    QLabel *changedSinceLabel() const { return m_changedSince; }

    // An admin's refund of the selected confirmed redemption or checkout, without asking (the
    // dialog's last step; tests). `points` none: everything not yet refunded.
    void refund(qint64 reservationId, std::optional<Points> points, const QString &reason);

    // The right-click menu of a row: copy its reference, show only its member's entries, open the
    // member, refund or release where the row and the role allow (each disabled one says why).
    QMenu *rowMenu(int row);

Q_SIGNALS:
    void refunded(bool ok, const QString &message);
    void memberRequested(const QString &memberId);
    void holdReleaseRequested(qint64 reservationId, Points points);

private:
    void askToRefund();
    QString refundRefusal(const TransactionRow &row) const;  // why the row cannot be refunded, or nothing
    void showDetail(const QModelIndex &index);
    void showTotals(const TransactionTotals &totals);
public:
    QString detailHtml(const TransactionDetail &detail) const;
    QTextBrowser *detailView() const { return m_detail; }
private:

    ConsoleSession &m_session;
    TransactionsModel *m_model = nullptr;
    QPushButton *m_refund = nullptr;
    QLabel *m_refundAnswer = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_member = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QSpinBox *m_minPoints = nullptr;
    QSpinBox *m_maxPoints = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_changedSince = nullptr;
    QTimer *m_typing = nullptr;
    bool m_datesEdited = false;  // once the user has set the dates, ticking "Between" keeps them
    QTextBrowser *m_detail = nullptr;
};

}  // namespace orchard::ui
