#include "importearningswizard.h"
#include "ledgerwords.h"

#include "consolesession.h"
#include "filedialogs.h"

#include <QComboBox>
#include <QDir>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace orchard::ui {

namespace {

// A wizard page whose Next waits for a condition the wizard checks.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(std::function<bool()> complete, QWidget *parent) : QWizardPage(parent), m_complete(std::move(complete)) {}
    bool isComplete() const override { return m_complete(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

void recheck(QWizard *wizard, int id)
{
    if (auto *page = dynamic_cast<CheckedPage *>(wizard->page(id)))
        page->recheck();
}

}  // namespace

ImportEarningsWizard::ImportEarningsWizard(ConsoleSession &session, QWidget *parent) : QWizard(parent), m_session(session)
{
    setWindowTitle(tr("Import earnings"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, buildFilePage());
    setPage(MappingPage, buildMappingPage());
    setPage(DryRunPage, buildDryRunPage());
    setPage(ImportPage, buildImportPage());
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportEarningsWizard::showProgress);
    resize(900, 620);

    m_session.service().sources().then(this, [this](const Result<QList<SourcePermissions>> &sources) {
        if (!sources)
            return;
        const QString chosen = m_source->currentText();
        m_source->clear();
        for (const SourcePermissions &source : sources.value())
            if (source.canEarn)
                m_source->addItem(source.source);
        m_source->setCurrentIndex(std::max(0, m_source->findText(chosen)));
        refreshPreview();
    });
}

ImportEarningsWizard::~ImportEarningsWizard()
{
    if (m_running)
        m_running->cancel = true;
}

QWizardPage *ImportEarningsWizard::buildFilePage()
{
    auto *page = new CheckedPage([this] { return !m_file.header.isEmpty() && m_source->count() > 0; }, this);
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV export (UTF-8, separated by commas or semicolons) with a header row: one earning event per row."));
    m_pathEdit = new QLineEdit(page);
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, &ImportEarningsWizard::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(browse);
    m_source = new QComboBox(page);
    m_source->addItem(sourceAdmin);  // until the ledger's sources are read
    m_source->setAccessibleName(tr("Source"));
    m_source->setToolTip(tr("The source the events come from: it must be allowed to earn, and to award free amounts for a points column."));
    connect(m_source, &QComboBox::currentTextChanged, this, [this] { refreshPreview(); });
    m_fileStatus = new QLabel(page);
    m_fileStatus->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Source:"), m_source);
    form->addRow(m_fileStatus);
    return page;
}

QWizardPage *ImportEarningsWizard::buildMappingPage()
{
    auto *page = new CheckedPage([this] { return mappingIsValid(); }, this);
    page->setTitle(tr("Check the columns"));
    page->setSubTitle(tr("Which of the file's columns holds each of Orchard's. They were guessed from the header; change any that is wrong."));
    const auto &names = EarningCsvLayout::columnNames();
    const QStringList required{QStringLiteral("employee_id"), QStringLiteral("event_id"), QStringLiteral("occurred_at")};
    // Two columns of "Orchard column: the file's header" pairs, all in view at once.
    auto *grid = new QGridLayout;
    const int perColumn = int(names.size() + 1) / 2;
    for (int column = 0; column < int(names.size()); ++column) {
        const QString &name = names[size_t(column)];
        const QString label = required.contains(name) ? tr("%1 (required):").arg(name)
                              : name == QLatin1String("event_type") || name == QLatin1String("points") ? tr("%1 (or the other):").arg(name)
                                                                                                      : tr("%1:").arg(name);
        auto *combo = new QComboBox(page);
        combo->setAccessibleName(name);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingMapping)
                refreshPreview();
        });
        m_mappingCombos.append(combo);
        auto *caption = new QLabel(label, page);
        caption->setBuddy(combo);
        grid->addWidget(caption, column % perColumn, (column / perColumn) * 2);
        grid->addWidget(combo, column % perColumn, (column / perColumn) * 2 + 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_mappingStatus = new QLabel(page);
    m_mappingStatus->setWordWrap(true);
    m_preview = new QStandardItemModel(this);
    m_previewView = new QTableView(page);
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setWordWrap(true);
    m_previewView->setAccessibleName(tr("Preview"));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(grid);
    layout->addWidget(m_mappingStatus);
    layout->addWidget(new QLabel(tr("The first %1 rows, each as it would be read:").arg(previewRows), page));
    layout->addWidget(m_previewView, 1);
    return page;
}

QWizardPage *ImportEarningsWizard::buildDryRunPage()
{
    auto *page = new CheckedPage([this] { return m_dryRun.has_value(); }, this);
    page->setTitle(tr("Dry run"));
    page->setSubTitle(tr("Every row decided as the import will decide it (rules, caps, members, rows already in), then rolled back: nothing has changed yet."));
    m_dryRunSummary = new QLabel(page);
    m_dryRunSummary->setWordWrap(true);
    m_dryRunErrors = new QListWidget(page);
    m_dryRunErrors->setAccessibleName(tr("Refused rows"));
    m_errorsPath = new QLineEdit(page);
    m_errorsPath->setAccessibleName(tr("Errors file"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_dryRunSummary);
    layout->addWidget(m_dryRunErrors, 1);
    auto *errorsRow = new QFormLayout;
    errorsRow->addRow(tr("Refused rows are written to:"), m_errorsPath);
    layout->addLayout(errorsRow);
    return page;
}

QWizardPage *ImportEarningsWizard::buildImportPage()
{
    auto *page = new CheckedPage([this] { return m_imported.has_value() && !m_importing; }, this);
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("Rows go in a thousand at a time. Cancel keeps what has gone in; importing the file again carries on from there."));
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 1000);
    m_progressText = new QLabel(page);
    m_cancel = new QPushButton(tr("Ca&ncel import"), page);
    connect(m_cancel, &QPushButton::clicked, this, &ImportEarningsWizard::cancelImport);
    m_importSummary = new QLabel(page);
    m_importSummary->setWordWrap(true);
    m_importSummary->setTextFormat(Qt::RichText);
    m_importSummary->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_importSummary);
    layout->addStretch(1);
    return page;
}

void ImportEarningsWizard::browse()
{
    const QString path = FileDialogs::openFileName(this, tr("Import earnings from"), QFileInfo(m_path).path(),
                                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportEarningsWizard::setFile(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_dryRun.reset();
    const Result<EarningFilePreview> preview = earningfile::preview(path, previewRows);
    if (!preview) {
        m_file = {};
        m_fileStatus->setText(LedgerWords::error(preview.error()));
        recheck(this, FilePage);
        return false;
    }
    m_file = preview.value();
    m_fileStatus->setText(tr("%n column(s) separated by '%1': %2", nullptr, int(m_file.header.size()))
                              .arg(QString(QLatin1Char(m_file.separator)), m_file.header.join(QStringLiteral(", "))));
    const QFileInfo info(path);
    m_errorsPath->setText(info.dir().filePath(info.completeBaseName() + QStringLiteral("-refused.csv")));

    const QHash<QString, QString> suggested = EarningCsvLayout::suggestedMapping(m_file.header);
    m_updatingMapping = true;
    const auto &names = EarningCsvLayout::columnNames();
    for (int row = 0; row < int(names.size()); ++row) {
        QComboBox *combo = m_mappingCombos.at(row);
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString &header : std::as_const(m_file.header))
            combo->addItem(header.trimmed(), header.trimmed());
        combo->setCurrentIndex(std::max(0, combo->findData(suggested.value(names[size_t(row)]))));
    }
    m_updatingMapping = false;
    refreshPreview();
    recheck(this, FilePage);
    return true;
}

void ImportEarningsWizard::setMapping(int column, const QString &header)
{
    QComboBox *combo = m_mappingCombos.at(column);
    combo->setCurrentIndex(std::max(0, combo->findData(header)));
}

QHash<QString, QString> ImportEarningsWizard::mappingChosen() const
{
    QHash<QString, QString> mapping;
    const auto &names = EarningCsvLayout::columnNames();
    for (int row = 0; row < int(names.size()); ++row) {
        // "(none)" is an empty header: the column is absent even where a header bears its name.
        mapping.insert(names[size_t(row)], m_mappingCombos.at(row)->currentData().toString());
    }
    return mapping;
}

bool ImportEarningsWizard::mappingIsValid() const
{
    return !m_file.header.isEmpty() && EarningCsvLayout::fromHeader(m_file.header, mappingChosen()).ok();
}

void ImportEarningsWizard::refreshPreview()
{
    m_dryRun.reset();
    m_preview->clear();
    if (m_file.header.isEmpty())
        return;
    const Result<EarningCsvLayout> layout = EarningCsvLayout::fromHeader(m_file.header, mappingChosen());
    m_mappingStatus->setText(layout ? tr("Every required column is mapped.") : LedgerWords::error(layout.error()));
    recheck(this, MappingPage);
    if (!layout)
        return;
    const auto &names = EarningCsvLayout::columnNames();
    QStringList labels{tr("Row")};
    QList<int> shown;
    for (int column = 0; column < int(names.size()); ++column)
        if (layout.value().has(EarningCsvLayout::Column(column))) {
            shown << column;
            labels << names[size_t(column)];
        }
    labels << tr("Check");
    m_preview->setHorizontalHeaderLabels(labels);
    for (qsizetype i = 0; i < m_file.rows.size(); ++i) {
        const QStringList &record = m_file.rows.at(i);
        const auto parsed = layout.value().request(record, i + 1, m_source->currentText());
        QList<QStandardItem *> items{new QStandardItem(QString::number(i + 1))};
        for (const int column : std::as_const(shown)) {
            const int index = layout.value().indexOf(EarningCsvLayout::Column(column));
            items << new QStandardItem(index < record.size() ? record.at(index) : QString());
        }
        auto *check = new QStandardItem;
        if (const auto *error = std::get_if<EarningRowError>(&parsed)) {
            check->setText(error->message);
            check->setToolTip(error->message);
            check->setForeground(QColor(0xb0, 0x00, 0x20));
        } else {
            check->setText(tr("ok"));
        }
        items << check;
        m_preview->appendRow(items);
    }
    m_previewView->resizeColumnsToContents();
    m_previewView->resizeRowsToContents();
}

EarningFileImport ImportEarningsWizard::request(bool dryRun) const
{
    EarningFileImport request;
    request.path = m_path;
    request.mapping = mappingChosen();
    request.options.source = m_source->currentText();
    request.options.dryRun = dryRun;
    if (!dryRun)
        request.errorsPath = m_errorsPath->text();
    return request;
}

void ImportEarningsWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == DryRunPage)
        runDryRun();
    else if (id == ImportPage)
        runImport();
}

bool ImportEarningsWizard::validateCurrentPage()
{
    return !m_importing && QWizard::validateCurrentPage();
}

void ImportEarningsWizard::reject()
{
    if (m_importing) {
        cancelImport();  // the window closes once the transaction under way has committed
        connect(this, &ImportEarningsWizard::importFinished, this, [this] { QWizard::reject(); }, Qt::SingleShotConnection);
        return;
    }
    QWizard::reject();
}

QString ImportEarningsWizard::totalsText(const EarningImportTotals &totals, bool dryRun) const
{
    const QLocale locale;
    return (dryRun ? tr("%1 rows: %2 would be imported (%3 points), %4 already in, %5 refused.")
                   : tr("%1 rows: %2 imported (%3 points), %4 already in, %5 refused."))
        .arg(locale.toString(totals.rows), locale.toString(totals.imported), locale.toString(totals.points),
             locale.toString(totals.alreadyIn), locale.toString(totals.refused));
}

void ImportEarningsWizard::runDryRun()
{
    m_dryRun.reset();
    m_dryRunErrors->clear();
    m_dryRunSummary->setText(tr("Checking every row…"));
    recheck(this, DryRunPage);
    m_session.service().importEarnings(request(true), {}, m_session.actor()).then(this, [this](const Result<EarningFileOutcome> &outcome) {
        if (!outcome) {
            m_dryRunSummary->setText(LedgerWords::error(outcome.error()));
            Q_EMIT dryRunFinished(false);
            return;
        }
        m_dryRun = outcome.value();
        m_dryRunSummary->setText(totalsText(outcome.value().totals, true));
        for (const EarningRowError &error : outcome.value().firstErrors) {
            // The message names its field ("occurred_at: …", "Achieved On: …"); the line names the column once.
            static const QRegularExpression fieldPrefix(QStringLiteral("^[^:]{1,64}: "));
            const QString why = error.column.isEmpty() ? error.message : QString(error.message).remove(fieldPrefix);
            m_dryRunErrors->addItem(tr("Row %1, %2: %3").arg(QString::number(error.row), error.column.isEmpty() ? tr("the row") : error.column, why));
        }
        if (outcome.value().totals.refused > qint64(outcome.value().firstErrors.size()))
            m_dryRunErrors->addItem(tr("… and %n more in the errors file", nullptr,
                                       int(outcome.value().totals.refused - outcome.value().firstErrors.size())));
        recheck(this, DryRunPage);
        Q_EMIT dryRunFinished(true);
    });
}

void ImportEarningsWizard::runImport()
{
    m_imported.reset();
    m_importing = true;
    m_cancel->setEnabled(true);
    m_importSummary->clear();
    m_progress->setValue(0);
    m_running = std::make_shared<Progress>();
    const std::shared_ptr<Progress> running = m_running;
    recheck(this, ImportPage);
    m_poll->setProperty("startedMs", QDateTime::currentMSecsSinceEpoch());
    m_poll->start();
    m_session.service()
        .importEarnings(request(false),
                        [running](const EarningImportTotals &totals) {
                            running->rows = totals.rows;
                            running->bytesRead = totals.bytesRead;
                            return !running->cancel;
                        },
                        m_session.actor())
        .then(this, [this](const Result<EarningFileOutcome> &outcome) {
            m_poll->stop();
            m_importing = false;
            m_cancel->setEnabled(false);
            if (!outcome) {
                m_importSummary->setText(LedgerWords::error(outcome.error()).toHtmlEscaped());
                recheck(this, ImportPage);
                Q_EMIT importFinished(false);
                return;
            }
            m_imported = outcome.value();
            showProgress();
            const EarningImportTotals &totals = outcome.value().totals;
            QString text = totalsText(totals, false).toHtmlEscaped();
            if (totals.cancelled)
                text += QStringLiteral("<br>") + tr("Cancelled: what went in stays; import the file again to carry on.").toHtmlEscaped();
            if (totals.refused > 0)
                text += QStringLiteral("<br>") + tr("The refused rows are in <a href=\"%1\">%2</a>.")
                                                     .arg(QUrl::fromLocalFile(m_errorsPath->text()).toString(),
                                                          QDir::toNativeSeparators(m_errorsPath->text()).toHtmlEscaped());
            m_importSummary->setText(text);
            recheck(this, ImportPage);
            Q_EMIT importFinished(true);
        });
}

void ImportEarningsWizard::showProgress()
{
    if (!m_running)
        return;
    const qint64 rows = m_running->rows;
    const qint64 bytes = m_running->bytesRead;
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - m_poll->property("startedMs").toLongLong()) / 1000.0;
    const double fraction = m_file.fileBytes > 0 ? double(bytes) / double(m_file.fileBytes) : 0.0;
    m_progress->setValue(int(fraction * 1000));
    const QLocale locale;
    const qint64 perSecond = seconds > 0 ? qint64(double(rows) / seconds) : 0;
    const qint64 left = fraction > 0 ? qint64(seconds / fraction - seconds) : 0;
    m_progressText->setText(tr("%1 rows, %2 rows/s, about %3 s left").arg(locale.toString(rows), locale.toString(perSecond), locale.toString(left)));
    Q_EMIT importProgressed(rows);
}

void ImportEarningsWizard::cancelImport()
{
    if (m_running)
        m_running->cancel = true;
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Cancelling after the rows under way…"));
}

}  // namespace orchard::ui
