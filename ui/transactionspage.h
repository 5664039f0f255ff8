#pragma once

#include "queries/journalquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTextBrowser;

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

private:
    void showDetail(const QModelIndex &index);
    void showTotals(const TransactionTotals &totals);

    ConsoleSession &m_session;
    TransactionsModel *m_model = nullptr;
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
    QTextBrowser *m_detail = nullptr;
};

}  // namespace orchard::ui
