#pragma once

#include "reports/reports.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace orchard::ui {

class ConsoleSession;

// A member's statement for a period: the same report `orchardctl statement` writes, previewed as
// its table and notes, and saved as an A4 PDF or CSV.
class StatementDialog : public QDialog
{
    Q_OBJECT

public:
    StatementDialog(ConsoleSession &session, const QString &memberId, QWidget *parent = nullptr);

    void setPeriod(qint64 fromMs, qint64 toMs);  // and previews it
    QStandardItemModel *preview() const { return m_preview; }
    QLabel *notes() const { return m_notes; }
    const std::optional<Report> &statement() const { return m_statement; }
    Result<bool> saveTo(const QString &path) const;  // .pdf or .csv, by its suffix

Q_SIGNALS:
    void previewed(bool ok);

private:
    void runPreview();
    void save(const QString &suffix);

    ConsoleSession &m_session;
    QString m_memberId;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QStandardItemModel *m_preview = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    std::optional<Report> m_statement;
    int m_previews = 0;  // only the latest preview's answer is shown
};

}  // namespace orchard::ui
