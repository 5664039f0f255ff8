#pragma once

#include "reports/reports.h"
#include "evidencepack.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPrinter;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace orchard::ui {

class ConsoleSession;

// One of the finance and HR reports on screen: its parameters, the engine's table (never
// recomputed here) and its chart, with CSV, PDF and PNG export. Liability adds the quarter's
// roll-forward under its table.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Liability, Cohorts, Reconciliation };
    enum {
        RawValueRole = Qt::UserRole + 1,  // a cell as CSV writes it: plain digits, a point for decimals
        CellKindRole,                     // ReportCell::Kind, as an int
        CellValueRole,                    // qint64: points, minor units, a scaled ratio or ms since the epoch
        ColumnNameRole,                   // on a header: the column's own name (bucket_days), as CSV writes it
    };

    ReportPage(ConsoleSession &session, Kind kind, QWidget *parent = nullptr);

    // What the controls hold, as texts the engine's parsers check (a wrong one is named in the page).
    struct Parameters
    {
        qint64 asOfMs = 0;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QString breakage;  // "auto" or "0.05,auto,0.45"
        QString buckets;   // empty: the expiry policy's
        CohortBy by = CohortBy::Department;
        std::optional<LiabilityGroup> liabilityBy;  // the liability also shared among departments or HRIS ids
    };
    Parameters parameters() const;
    void setParameters(const Parameters &parameters);

    void run();
    Result<bool> exportPdfTo(const QString &path) const;  // the A4 PDF of the report shown
    bool printTo(QPrinter &printer) const;                // the same pages on a printer
    void printPreview();                                   // Print…: a preview, then the printer
    bool isRunning() const { return m_running; }  // until the roll-forward too is in, for the liability
    const std::optional<Report> &report() const { return m_report; }
    const std::optional<Report> &rollForwardReport() const { return m_rollForwardReport; }
    QStandardItemModel *tableModel() const { return m_table; }
    QStandardItemModel *rollForwardModel() const { return m_rollForward; }
    QChartView *chartView() const { return m_chartView; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *summaryLabel() const { return m_summary; }
    QComboBox *quarterEnds() const { return m_quarterEnds; }
    QComboBox *liabilityByBox() const { return m_liabilityBy; }
    QPushButton *evidenceButton() const { return m_evidence; }  // the liability's, for a quarter end
    // The auditor's evidence pack of the quarter ending at the chosen quarter end, with the page's
    // buckets and breakage, written to `zipPath` (as orchardctl evidence writes it).
    void makeEvidencePack(const QString &zipPath);
    // A report's table as the screens show it (typed cells, numbers right-aligned, totals bold).
    static void fill(QStandardItemModel *model, const ReportTable &table);

Q_SIGNALS:
    void finished(bool ok);
    void evidenceWritten(bool ok);

protected:
    void showEvent(QShowEvent *event) override;  // the first time: computes with the defaults

private:
    void labelled(QHBoxLayout *layout, const QString &text, QWidget *field, int stretch = 0);
    QString settingsKey(const QString &name) const;
    void rememberParameters() const;
    void show(const Report &report);
    void showNothing(const LedgerError &error);
    static QString headingOf(const Report &report);
    void drawChart(const ReportChart &chart);
    void exportCsv();
    void exportPdf();
    void exportEvidence();
    std::optional<Quarter> chosenQuarter() const;  // the quarter that ends at the as-of, if it is a quarter end
    void exportChart();

    ConsoleSession &m_session;
    Kind m_kind;
    QDateTimeEdit *m_asOf = nullptr;
    QComboBox *m_quarterEnds = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_breakage = nullptr;
    QLineEdit *m_buckets = nullptr;
    QComboBox *m_by = nullptr;
    QPushButton *m_evidence = nullptr;
    QComboBox *m_liabilityBy = nullptr;  // -1: the total only, else a LiabilityGroup
    QPushButton *m_runButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_chartView = nullptr;
    QStandardItemModel *m_table = nullptr;
    QStandardItemModel *m_rollForward = nullptr;
    QTableView *m_rollForwardView = nullptr;
    std::optional<Report> m_report;
    std::optional<Report> m_rollForwardReport;  // the liability's, once computed: the PDF's appendix
    bool m_running = false;
    bool m_asOfFollowsNow = true;  // "Now" chosen: each computation takes the clock's now
    QElapsedTimer m_sinceRun;
    quint64 m_generation = 0;
};

}  // namespace orchard::ui
