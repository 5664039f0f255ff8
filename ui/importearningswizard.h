#pragma once

#include "earning/earningfile.h"

#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace orchard::ui {

class ConsoleSession;

// File ▸ Import earnings…: an HRIS export into the ledger, as `orchardctl import earnings` does
// it. Choose the file and the source; check the column mapping (detected from the header,
// editable) against a preview of the first rows, each with its validation; a dry run's totals
// and refused rows; then the import, with progress and Cancel (the transactions that committed
// stay; running it again carries on), and a summary linking the errors file.
class ImportEarningsWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, DryRunPage, ImportPage };
    static constexpr int previewRows = 20;

    explicit ImportEarningsWizard(ConsoleSession &session, QWidget *parent = nullptr);
    ~ImportEarningsWizard() override;

    bool setFile(const QString &path);  // reads the preview and detects the mapping; false when unreadable
    void setMapping(int column, const QString &header);  // EarningCsvLayout::Column → a header of the file ("" for none)
    void cancelImport();

    QComboBox *mappingCombo(int column) const { return m_mappingCombos.at(column); }
    QStandardItemModel *preview() const { return m_preview; }
    QLabel *mappingStatus() const { return m_mappingStatus; }
    QLabel *dryRunSummary() const { return m_dryRunSummary; }
    QListWidget *dryRunErrors() const { return m_dryRunErrors; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *importSummary() const { return m_importSummary; }
    QLineEdit *errorsPath() const { return m_errorsPath; }
    const std::optional<EarningFileOutcome> &dryRun() const { return m_dryRun; }
    const std::optional<EarningFileOutcome> &imported() const { return m_imported; }
    bool mappingIsValid() const;
    bool isImporting() const { return m_importing; }

Q_SIGNALS:
    void dryRunFinished(bool ok);
    void importProgressed(qint64 rows);
    void importFinished(bool ok);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    // What the writer's thread tells the window while an import runs, read by a timer.
    struct Progress
    {
        std::atomic<qint64> rows{0};
        std::atomic<qint64> bytesRead{0};
        std::atomic<bool> cancel{false};
    };

    QWizardPage *buildFilePage();
    QWizardPage *buildMappingPage();
    QWizardPage *buildDryRunPage();
    QWizardPage *buildImportPage();
    void browse();
    void refreshPreview();
    QHash<QString, QString> mappingChosen() const;
    EarningFileImport request(bool dryRun) const;
    void runDryRun();
    void runImport();
    void showProgress();
    QString totalsText(const EarningImportTotals &totals, bool dryRun) const;

    ConsoleSession &m_session;
    QString m_path;
    EarningFilePreview m_file;
    QLineEdit *m_pathEdit = nullptr;
    QComboBox *m_source = nullptr;
    QLabel *m_fileStatus = nullptr;
    QList<QComboBox *> m_mappingCombos;  // one per EarningCsvLayout::Column
    QTableView *m_previewView = nullptr;
    QStandardItemModel *m_preview = nullptr;
    QLabel *m_mappingStatus = nullptr;
    QLabel *m_dryRunSummary = nullptr;
    QListWidget *m_dryRunErrors = nullptr;
    QLineEdit *m_errorsPath = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_importSummary = nullptr;
    QTimer *m_poll = nullptr;
    std::optional<EarningFileOutcome> m_dryRun;
    std::optional<EarningFileOutcome> m_imported;
    std::shared_ptr<Progress> m_running;
    bool m_importing = false;
    bool m_updatingMapping = false;
};

}  // namespace orchard::ui
