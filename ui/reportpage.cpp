#include "reportpage.h"
#include "ledgerwords.h"

#include "filedialogs.h"
#include "service/ledgerservice.h"
#include "consolesession.h"
#include "store/database.h"
#include "settings/expirypolicy.h"
#include "ledger/ledger.h"
#include "money/money.h"
#include "reports/reportformat.h"
#include "reportpdf.h"
#include "store/sqlerror.h"
#include "base/timeformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QCursor>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QFont>
#include <QLocale>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QPainter>
#include <QTableView>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <memory>

Q_LOGGING_CATEGORY(lcReportScreens, "orchard.console.reports", QtWarningMsg)

namespace orchard::ui {

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// The first instant of the quarter that holds `ms` (UTC).
qint64 quarterStart(qint64 ms)
{
    const QDate date = utc(ms).date();
    return QDateTime(QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

Result<ReportRequest> requestFor(const ExpiryPolicy &policy, ReportPage::Kind kind, const ReportPage::Parameters &parameters)
{
    ReportRequest request;
    if (kind != ReportPage::Kind::Liability) {
        request.name = kind == ReportPage::Kind::Cohorts ? QStringLiteral("cohorts") : QStringLiteral("reconciliation");
        request.fromMs = parameters.fromMs;
        request.toMs = parameters.toMs;
        request.asOfMs = parameters.toMs;
        request.cohortBy = parameters.by;
        return request;
    }
    request.name = QStringLiteral("liability");
    request.asOfMs = parameters.asOfMs;
    if (!parameters.buckets.trimmed().isEmpty()) {
        const Result<AgeingBuckets> buckets = AgeingBuckets::parse(parameters.buckets.trimmed());
        if (!buckets)
            return buckets.error();
        request.buckets = buckets.value();
    }
    const int bucketCount = request.buckets ? request.buckets->count() : policy.buckets.count();
    const Result<BreakageSpec> breakage = BreakageSpec::parse(parameters.breakage.trimmed(), bucketCount);
    if (!breakage)
        return breakage.error();
    request.breakage = breakage.value();
    request.liabilityBy = parameters.liabilityBy;
    return request;
}

// The report itself, or for the liability its quarter's roll-forward: what moved the liability
// from the quarter's start to the as-of instant (slower on a big ledger: it comes second).
LedgerService::ReportBuilder compute(ReportPage::Kind kind, const ReportPage::Parameters &parameters, bool rollForward)
{
    return [kind, parameters, rollForward](const ExpiryPolicy &policy) -> Result<ReportRequest> {
        Result<ReportRequest> request = requestFor(policy, kind, parameters);
        if (request && rollForward) {
            request.value().name = QStringLiteral("roll-forward");
            request.value().fromMs = quarterStart(parameters.asOfMs - 1);
            request.value().toMs = parameters.asOfMs;
        }
        return request;
    };
}

}  // namespace

void ReportPage::labelled(QHBoxLayout *layout, const QString &text, QWidget *field, int stretch)
{
    auto *label = new QLabel(text, this);
    label->setBuddy(field);
    layout->addWidget(label);
    layout->addWidget(field, stretch);
}

QString ReportPage::settingsKey(const QString &name) const
{
    static const char *const pages[] = {"liability", "cohorts", "reconciliation"};
    return QStringLiteral("reports/%1/%2").arg(QLatin1String(pages[int(m_kind)]), name);
}

ReportPage::ReportPage(ConsoleSession &session, Kind kind, QWidget *parent) : QWidget(parent), m_session(session), m_kind(kind)
{
    const qint64 nowMs = session.clock().nowMs();
    auto *form = new QHBoxLayout;
    if (kind == Kind::Liability) {
        m_asOf = new QDateTimeEdit(utc(nowMs), this);
        m_asOf->setTimeSpec(Qt::UTC);
        m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        m_asOf->setAccessibleName(tr("As of"));
        m_quarterEnds = new QComboBox(this);
        m_quarterEnds->setAccessibleName(tr("Quarter ends"));
        m_quarterEnds->addItem(tr("Now"), nowMs);
        qint64 end = quarterStart(nowMs);
        for (int i = 0; i < 4; ++i) {
            const QDate last = utc(end - 1).date();
            m_quarterEnds->addItem(tr("End of Q%1 %2").arg((last.month() - 1) / 3 + 1).arg(last.year()), end);
            end = quarterStart(end - 1);
        }
        // "Now" is the moment each computation starts, not the moment the console opened.
        connect(m_quarterEnds, &QComboBox::activated, this, [this](int index) {
            m_asOfFollowsNow = index == 0;
            m_asOf->setDateTime(utc(m_asOfFollowsNow ? m_session.clock().nowMs() : m_quarterEnds->itemData(index).toLongLong()));
        });
        connect(m_asOf, &QDateTimeEdit::editingFinished, this, [this] {
            const qint64 chosenMs = m_asOf->dateTime().toMSecsSinceEpoch();
            const int index = m_quarterEnds->findData(chosenMs);
            m_asOfFollowsNow = false;
            m_quarterEnds->setCurrentIndex(index > 0 ? index : -1);  // a date of one's own is no quarter end
        });
        m_breakage = new QLineEdit(QSettings().value(settingsKey(QStringLiteral("breakage")), QStringLiteral("default")).toString(), this);
        m_breakage->setAccessibleName(tr("Breakage rates"));
        m_breakage->setPlaceholderText(tr("default"));
        m_breakage->setToolTip(tr("default: the expected rates set in the expiry policy, else each bucket's rate estimated from "
                                  "history, else no breakage where there is no history yet (the report says which); auto: "
                                  "estimated from history only; or one rate per bucket, such as 0.05,0.2,0.45 (auto and rates "
                                  "can be mixed)"));
        m_buckets = new QLineEdit(QSettings().value(settingsKey(QStringLiteral("buckets"))).toString(), this);
        m_buckets->setAccessibleName(tr("Ageing buckets"));
        m_buckets->setPlaceholderText(tr("the policy's, e.g. 0-90,91-180,181+"));
        labelled(form, tr("As &of:"), m_asOf);
        form->addWidget(m_quarterEnds);
        labelled(form, tr("B&reakage:"), m_breakage, 1);
        labelled(form, tr("B&uckets:"), m_buckets, 1);
        m_liabilityBy = new QComboBox(this);
        m_liabilityBy->setAccessibleName(tr("Liability by"));
        m_liabilityBy->addItem(tr("Total only"), -1);
        m_liabilityBy->addItem(tr("Department"), int(LiabilityGroup::Department));
        m_liabilityBy->addItem(tr("HRIS"), int(LiabilityGroup::Hris));
        m_liabilityBy->setCurrentIndex(std::max(0, m_liabilityBy->findData(QSettings().value(settingsKey(QStringLiteral("liability_by")), -1).toInt())));
        labelled(form, tr("&Share by:"), m_liabilityBy);
    } else {
        const qint64 dayMs = 24LL * 60 * 60 * 1000;
        m_from = new QDateTimeEdit(utc(quarterStart(nowMs)), this);
        m_to = new QDateTimeEdit(utc(nowMs / dayMs * dayMs + dayMs), this);
        for (QDateTimeEdit *edit : {m_from, m_to}) {
            edit->setTimeSpec(Qt::UTC);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        }
        m_from->setAccessibleName(tr("From"));
        m_to->setAccessibleName(tr("To"));
        labelled(form, tr("&From:"), m_from);
        labelled(form, tr("&To:"), m_to);
        if (kind == Kind::Cohorts) {
            m_by = new QComboBox(this);
            m_by->setAccessibleName(tr("Cohorts by"));
            m_by->addItem(tr("Department"), int(CohortBy::Department));
            m_by->addItem(tr("HRIS"), int(CohortBy::Hris));
            m_by->addItem(tr("Issue month"), int(CohortBy::IssueMonth));
            m_by->setCurrentIndex(std::max(0, m_by->findData(QSettings().value(settingsKey(QStringLiteral("by")), 0).toInt())));
            labelled(form, tr("&By:"), m_by);
        }
        form->addStretch(1);
    }
    m_runButton = new QPushButton(tr("&Compute"), this);
    form->addWidget(m_runButton);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Computing"));
    m_busy->hide();
    form->addWidget(m_busy);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_problem->hide();
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_chartView = new QChartView(new QChart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setAccessibleName(tr("Chart"));
    m_table = new QStandardItemModel(this);
    auto *tableView = new QTableView(this);
    tableView->setModel(m_table);
    tableView->setSortingEnabled(kind == Kind::Cohorts);
    tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tableView->setAccessibleName(tr("Report table"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(tableView);
    if (kind == Kind::Liability) {
        m_rollForward = new QStandardItemModel(this);
        m_rollForwardView = new QTableView(this);
        m_rollForwardView->setModel(m_rollForward);
        m_rollForwardView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_rollForwardView->setAccessibleName(tr("Roll-forward for the quarter"));
        splitter->addWidget(m_rollForwardView);
    }

    auto *exports = new QHBoxLayout;
    auto *csvButton = new QPushButton(tr("Export C&SV…"), this);
    auto *pdfButton = new QPushButton(tr("Export &PDF…"), this);
    auto *pngButton = new QPushButton(tr("Save c&hart as PNG…"), this);
    auto *printButton = new QPushButton(tr("Pri&nt…"), this);
    printButton->setToolTip(tr("Print the report with its chart and table (Ctrl+P); a preview first."));
    auto *copyButton = new QPushButton(tr("Cop&y chart"), this);
    exports->addWidget(m_summary, 1);
    if (kind == Kind::Liability) {
        m_evidence = new QPushButton(tr("E&vidence pack…"), this);
        m_evidence->setToolTip(tr("For a quarter end: the auditor's pack (the quarter-end reports as CSV and PDF, the GL journal, the "
                                  "audit anchor, the verify transcript and a manifest of SHA-256 digests) in one ZIP"));
        m_evidence->setEnabled(false);
        exports->addWidget(m_evidence);
        connect(m_evidence, &QPushButton::clicked, this, &ReportPage::exportEvidence);
        const auto enable = [this] { m_evidence->setEnabled(chosenQuarter().has_value()); };
        connect(m_quarterEnds, &QComboBox::currentIndexChanged, this, enable);
    }
    exports->addWidget(csvButton);
    exports->addWidget(pdfButton);
    exports->addWidget(pngButton);
    exports->addWidget(printButton);
    exports->addWidget(copyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);
    layout->addLayout(exports);

    connect(m_runButton, &QPushButton::clicked, this, &ReportPage::run);
    connect(csvButton, &QPushButton::clicked, this, &ReportPage::exportCsv);
    connect(pdfButton, &QPushButton::clicked, this, &ReportPage::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &ReportPage::printPreview);
    connect(pngButton, &QPushButton::clicked, this, &ReportPage::exportChart);
    connect(copyButton, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setPixmap(m_chartView->grab()); });
}

ReportPage::Parameters ReportPage::parameters() const
{
    Parameters parameters;
    if (m_asOf)
        parameters.asOfMs = m_asOf->dateTime().toMSecsSinceEpoch();
    if (m_from) {
        parameters.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        parameters.toMs = m_to->dateTime().toMSecsSinceEpoch();
    }
    if (m_breakage) {
        parameters.breakage = m_breakage->text();
        parameters.buckets = m_buckets->text();
    }
    if (m_by)
        parameters.by = CohortBy(m_by->currentData().toInt());
    if (m_liabilityBy && m_liabilityBy->currentData().toInt() >= 0)
        parameters.liabilityBy = LiabilityGroup(m_liabilityBy->currentData().toInt());
    return parameters;
}

void ReportPage::setParameters(const Parameters &parameters)
{
    if (m_asOf) {
        m_asOf->setDateTime(utc(parameters.asOfMs));
        // An instant given is kept; only a choice of "Now" follows the clock.
        m_asOfFollowsNow = false;
        const int index = m_quarterEnds->findData(parameters.asOfMs);
        m_quarterEnds->setCurrentIndex(index > 0 ? index : -1);
    }
    if (m_from) {
        m_from->setDateTime(utc(parameters.fromMs));
        m_to->setDateTime(utc(parameters.toMs));
    }
    if (m_breakage) {
        m_breakage->setText(parameters.breakage);
        m_buckets->setText(parameters.buckets);
    }
    if (m_by)
        m_by->setCurrentIndex(m_by->findData(int(parameters.by)));
    if (m_liabilityBy)
        m_liabilityBy->setCurrentIndex(m_liabilityBy->findData(parameters.liabilityBy ? int(*parameters.liabilityBy) : -1));
}

// What computed without a refusal is what the page opens with next time.
void ReportPage::rememberParameters() const
{
    QSettings settings;
    if (m_breakage) {
        settings.setValue(settingsKey(QStringLiteral("breakage")), m_breakage->text());
        settings.setValue(settingsKey(QStringLiteral("buckets")), m_buckets->text());
    }
    if (m_by)
        settings.setValue(settingsKey(QStringLiteral("by")), m_by->currentData());
    if (m_liabilityBy)
        settings.setValue(settingsKey(QStringLiteral("liability_by")), m_liabilityBy->currentData());
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_report && !m_running)
        run();
}

void ReportPage::run()
{
    if (m_asOf && m_asOfFollowsNow) {
        const QSignalBlocker quiet(m_asOf);
        m_asOf->setDateTime(utc(m_session.clock().nowMs()));
    }
    const Parameters chosen = parameters();
    const Kind kind = m_kind;
    const quint64 generation = ++m_generation;
    m_sinceRun.start();
    m_running = true;
    m_busy->show();
    m_problem->hide();
    m_summary->setText(tr("Computing from the journal…"));
    m_session.service()
        .report(compute(kind, chosen, false))
        .then(this, [this, generation, kind, chosen](const Result<Report> &report) {
            if (generation != m_generation)
                return;  // the parameters changed and a newer run is under way
            if (!report) {
                m_running = false;
                m_busy->hide();
                showNothing(report.error());
                Q_EMIT finished(false);
                return;
            }
            show(report.value());
            qCInfo(lcReportScreens, "%s computed and drawn in %lld ms", qPrintable(report.value().name), m_sinceRun.elapsed());
            rememberParameters();
            Q_EMIT finished(true);
            if (kind != Kind::Liability) {
                m_running = false;
                m_busy->hide();
                return;
            }
            m_rollForward->clear();
            m_rollForward->setHorizontalHeaderLabels({tr("Computing the quarter's roll-forward…")});
            m_session.service()
                .report(compute(kind, chosen, true))
                .then(this, [this, generation](const Result<Report> &moved) {
                    if (generation != m_generation)
                        return;
                    m_running = false;
                    m_busy->hide();
                    if (moved) {
                        m_rollForwardReport = moved.value();
                        fill(m_rollForward, moved.value().table);
                    }
                    else
                        m_rollForward->setHorizontalHeaderLabels({LedgerWords::error(moved.error())});
                    qCInfo(lcReportScreens, "roll-forward for the quarter in %lld ms", m_sinceRun.elapsed());
                });
        });
}

void ReportPage::show(const Report &report)
{
    m_report = report;
    m_rollForwardReport.reset();  // the previous as-of's
    fill(m_table, report.table);
    drawChart(report.chart);
    m_summary->setText(headingOf(report));
}

// The heading names what is shown: the report and its instant or period.
QString ReportPage::headingOf(const Report &report)
{
    const QLocale locale;
    const auto when = [&](const char *key) {
        const std::optional<qint64> atMs = timeformat::parseIso(report.parameters.value(QLatin1String(key)).toString());
        return atMs ? locale.toString(utc(*atMs), QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") : QString();
    };
    QString heading = report.parameters.contains(QLatin1String("as_of"))
                          ? tr("%1 as of %2").arg(report.title, when("as_of"))
                          : tr("%1 from %2 to %3").arg(report.title, when("from"), when("to"));
    if (!report.notes.isEmpty())
        heading += QStringLiteral(" — ") + report.notes.join(QLatin1Char(' '));
    return heading;
}

// A computation that failed leaves no figures on screen: stale ones under new parameters would
// read as the answer.
void ReportPage::showNothing(const LedgerError &error)
{
    m_report.reset();
    m_rollForwardReport.reset();
    m_table->clear();
    if (m_rollForward)
        m_rollForward->clear();
    drawChart(ReportChart{});
    m_summary->setText(tr("No figures: the report could not be computed with these parameters."));
    m_problem->setText(error.message);  // names the field and what to change: "breakage: … give its rate, e.g. …"
    m_problem->show();
}

void ReportPage::fill(QStandardItemModel *model, const ReportTable &table)
{
    model->clear();
    // People read titles; the column's own name (what CSV and JSON call it) stays in ColumnNameRole.
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        auto *header = new QStandardItem(reportformat::columnTitle(table.columns.at(c)));
        header->setData(table.columns.at(c), ColumnNameRole);
        model->setHorizontalHeaderItem(int(c), header);
    }
    const qsizetype rateBasisColumn = table.columns.indexOf(QStringLiteral("rate_basis"));
    const auto addRow = [model, rateBasisColumn](const ReportRow &cells, bool total) {
        const QLocale locale;
        QList<QStandardItem *> items;
        for (const ReportCell &cell : cells) {
            // A rate basis is an identifier in CSV and JSON; here it reads as words.
            const bool basis = items.size() == rateBasisColumn && !cell.isNumber() && !cell.plain().isEmpty();
            auto *item = new QStandardItem(basis ? LedgerWords::rateBasis(cell.plain()) : cell.forPeople(locale));
            item->setData(cell.plain(), RawValueRole);
            item->setData(int(cell.kind), CellKindRole);
            item->setData(cell.value, CellValueRole);
            item->setEditable(false);
            if (cell.isNumber())
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            items.append(item);
        }
        model->appendRow(items);
    };
    for (const ReportRow &row : table.rows)
        addRow(row, false);
    if (!table.total.isEmpty())
        addRow(table.total, true);
}

void ReportPage::drawChart(const ReportChart &chart)
{
    auto *view = new QChart;
    // The system's light or dark palette: a dark window gets the dark chart theme.
    view->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    view->setTitle(chart.title);
    view->setAnimationOptions(QChart::NoAnimation);
    view->legend()->setAlignment(Qt::AlignBottom);
    // The view gives up the chart it showed without deleting it.
    const std::unique_ptr<QChart> previous(m_chartView->chart());
    if (chart.series.isEmpty() || chart.categories.isEmpty()) {
        m_chartView->setChart(view);
        return;
    }
    QAbstractBarSeries *series = chart.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                               : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double scale = 1;
    for (int i = 0; i < chart.decimals; ++i)
        scale *= 10;
    const bool isMoney = chart.unit != QLatin1String("points") && chart.unit != QLatin1String("%");
    const money::Currency currency{chart.unit, chart.decimals};
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        auto *set = new QBarSet(chart.seriesNames.value(s));
        const QList<qint64> values = chart.series.at(s);
        for (const qint64 value : values)
            set->append(double(value) / scale);  // drawing only; the figures are the table's
        connect(set, &QBarSet::hovered, this, [values, isMoney, currency, name = set->label(), unit = chart.unit](bool inside, int index) {
            if (!inside || index < 0 || index >= values.size()) {
                QToolTip::hideText();
                return;
            }
            const QLocale locale;
            const QString exact = isMoney ? money::formatAmount(values.at(index), currency, locale) + QLatin1Char(' ') + unit
                                          : locale.toString(values.at(index)) + QLatin1Char(' ') + unit;
            QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(name, exact));
        });
        series->append(set);
    }
    view->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(chart.categories);
    view->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setTitleText(chart.unit);
    values->setLabelFormat(QStringLiteral("%.0f"));
    view->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    values->applyNiceNumbers();
    m_chartView->setChart(view);
}

void ReportPage::exportCsv()
{
    if (!m_report)
        return;
    const QString path = FileDialogs::saveFileName(this, tr("Export the report"), m_report->name + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly))
        return;
    file.write(reportformat::csv(*m_report));
}

Result<bool> ReportPage::exportPdfTo(const QString &path) const
{
    if (!m_report)
        return LedgerError::invalidArgument(QStringLiteral("report"), tr("compute the report first"));
    const Result<QByteArray> pdf = reportpdf::render(*m_report, m_rollForwardReport);
    if (!pdf)
        return pdf.error();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf.value().size())
        return LedgerError::invalidArgument(QStringLiteral("file"), tr("cannot write %1").arg(path));
    return true;
}

// The pages the PDF has, on a printer: QPrintPreviewDialog shows them first.
bool ReportPage::printTo(QPrinter &printer) const
{
    if (!m_report)
        return false;
    printer.setDocName(m_report->title);
    printer.setPageOrientation(reportpdf::isWide(*m_report) ? QPageLayout::Landscape : QPageLayout::Portrait);
    return bool(reportpdf::paint(printer, *m_report, m_rollForwardReport));
}

void ReportPage::printPreview()
{
    if (!m_report) {
        m_problem->setText(tr("Compute the report first: there is nothing to print yet."));
        m_problem->show();
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print %1").arg(m_report->title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) { printTo(*target); });
    preview.exec();
}

void ReportPage::exportPdf()
{
    if (!m_report)
        return;
    const QString path = FileDialogs::saveFileName(this, tr("Export the report"), m_report->name + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<bool> written = exportPdfTo(path);
    if (!written) {
        m_problem->setText(LedgerWords::error(written.error()));
        m_problem->show();
    }
}

std::optional<Quarter> ReportPage::chosenQuarter() const
{
    if (!m_quarterEnds || m_quarterEnds->currentIndex() <= 0)
        return std::nullopt;  // "Now" or a date of one's own
    const QDate last = utc(m_quarterEnds->currentData().toLongLong() - 1).date();
    const Result<Quarter> quarter = Quarter::parse(QStringLiteral("%1Q%2").arg(last.year()).arg((last.month() - 1) / 3 + 1));
    return quarter ? std::optional<Quarter>(quarter.value()) : std::nullopt;
}

void ReportPage::exportEvidence()
{
    const std::optional<Quarter> quarter = chosenQuarter();
    if (!quarter)
        return;
    const QString path = FileDialogs::saveFileName(this, tr("Save the evidence pack"), QStringLiteral("orchard-evidence-%1.zip").arg(quarter->name()),
                                                      tr("ZIP archives (*.zip)"));
    if (!path.isEmpty())
        makeEvidencePack(path);
}

void ReportPage::makeEvidencePack(const QString &zipPath)
{
    const std::optional<Quarter> quarter = chosenQuarter();
    if (!quarter) {
        m_problem->setText(tr("An evidence pack is of a quarter: choose a quarter end."));
        m_problem->show();
        Q_EMIT evidenceWritten(false);
        return;
    }
    const Parameters chosen = parameters();
    m_evidence->setEnabled(false);
    m_busy->show();
    m_summary->setText(tr("Writing the evidence pack of %1…").arg(quarter->name()));
    m_session.service()
        .readOnReader<QJsonObject>([chosen, quarter = *quarter, zipPath](Ledger &ledger) -> Result<QJsonObject> {
            try {
                const Result<ReportRequest> shape = requestFor(ExpiryPolicyBook::currentIn(ledger.database()), Kind::Liability, chosen);
                if (!shape)
                    return shape.error();
                const EvidenceRequest request{quarter, shape.value().buckets, shape.value().breakage, std::nullopt, {}};
                return EvidencePack::write(ledger.database(), ledger.clock(), request, zipPath);
            } catch (const SqlFailure &failure) {
                return ledgerErrorFor(failure);
            }
        })
        .then(this, [this, zipPath, name = quarter->name()](const Result<QJsonObject> &manifest) {
            m_busy->setVisible(m_running);
            m_evidence->setEnabled(chosenQuarter().has_value());
            if (!manifest) {
                m_problem->setText(LedgerWords::error(manifest.error()));
                m_problem->show();
                Q_EMIT evidenceWritten(false);
                return;
            }
            const QJsonObject anchor = manifest.value().value(QStringLiteral("anchor")).toObject();
            m_summary->setText(tr("Wrote %1: %2 files of %3 and their manifest; audit anchor at record %4.")
                                   .arg(QDir::toNativeSeparators(zipPath))
                                   .arg(manifest.value().value(QStringLiteral("files")).toArray().size())
                                   .arg(name)
                                   .arg(anchor.value(QStringLiteral("records")).toInteger()));
            Q_EMIT evidenceWritten(true);
        });
}

void ReportPage::exportChart()
{
    const QString path = FileDialogs::saveFileName(this, tr("Save the chart"), QStringLiteral("chart.png"),
                                                      tr("PNG images (*.png);;SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        m_chartView->grab().save(path);
        return;
    }
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_chartView->size());
    svg.setViewBox(m_chartView->rect());
    svg.setTitle(m_report ? m_report->title : QString());
    QPainter painter(&svg);
    m_chartView->render(&painter);
}

}  // namespace orchard::ui
