#include "schedulespage.h"
#include "ledgerwords.h"

#include "filedialogs.h"
#include "consolesession.h"
#include "ledger/ledger.h"
#include "service/ledgerwriter.h"
#include "reportpdf.h"
#include "base/timeformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

namespace orchard::ui {

SchedulesPage::SchedulesPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new QStandardItemModel(0, 7, this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Report"), tr("Every"), tr("Format"), tr("Folder"), tr("Last run"), tr("Next run (as of)")});
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Scheduled exports"));

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("name, e.g. quarter-close"));
    m_name->setAccessibleName(tr("Schedule name"));
    m_report = new QComboBox(this);
    for (const QString &report : ReportRequest::names() + QStringList{QStringLiteral("lots")})
        if (report != QLatin1String("what-if"))  // a question about one proposal, not a recurring export
            m_report->addItem(LedgerWords::reportName(report), report);
    m_report->setAccessibleName(tr("Report"));
    m_every = new QComboBox(this);
    for (const char *every : {"day", "week", "month", "quarter"})
        m_every->addItem(LedgerWords::period(QString::fromLatin1(every)), QString::fromLatin1(every));
    m_every->setAccessibleName(tr("Every"));
    m_format = new QComboBox(this);
    m_format->addItems({QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")});
    m_format->setAccessibleName(tr("Format"));
    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("absolute folder, e.g. /srv/finance/exports"));
    m_folder->setAccessibleName(tr("Output folder"));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    auto *addButton = new QPushButton(tr("&Add schedule"), this);
    auto *removeButton = new QPushButton(tr("Re&move selected…"), this);
    auto *runButton = new QPushButton(tr("R&un selected now"), this);
    runButton->setToolTip(tr("Write the selected schedule's export as of now into its folder; its calendar is unchanged."));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    const bool mayChange = session.role() != Role::Hr;
    for (QWidget *control : std::initializer_list<QWidget *>{m_name, m_report, m_every, m_format, m_folder, browse, addButton, removeButton, runButton}) {
        control->setEnabled(mayChange);
        if (!mayChange)
            control->setToolTip(tr("Only admin and finance schedule exports."));
    }
    auto *form = new QHBoxLayout;
    const auto labelled = [this, form](const QString &text, QWidget *field, int stretch) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addWidget(label);
        form->addWidget(field, stretch);
    };
    labelled(tr("&Name:"), m_name, 0);
    labelled(tr("R&eport:"), m_report, 0);
    labelled(tr("E&very:"), m_every, 0);
    labelled(tr("&Format:"), m_format, 0);
    labelled(tr("F&older:"), m_folder, 1);
    form->addWidget(browse);
    form->addWidget(addButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(runButton);
    actions->addWidget(removeButton);
    layout->addLayout(actions);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::existingDirectory(this, tr("Where the exports go"));
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    connect(addButton, &QPushButton::clicked, this,
            [this] { add(m_name->text().trimmed(), m_report->currentData().toString(), m_every->currentData().toString(), m_format->currentText(),
                     m_folder->text().trimmed()); });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid()) {
            m_message->setText(tr("Select a schedule first."));
            return;
        }
        const QString name = m_model->index(current.row(), 0).data().toString();
        if (QMessageBox::question(this, tr("Remove schedule"),
                                  tr("Remove the schedule %1? Its exports already written stay in %2; no more are made.")
                                      .arg(name, m_model->index(current.row(), 4).data().toString()))
            == QMessageBox::Yes)
            remove(name);
    });
    connect(runButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid()) {
            m_message->setText(tr("Select a schedule first."));
            return;
        }
        runNow(m_model->index(current.row(), 0).data().toString());
    });
    refresh();
}

void SchedulesPage::refresh()
{
    m_busy = true;
    m_session.service()
        .schedules()
        .then(this, [this](const Result<QList<ExportSchedule>> &schedules) {
            m_busy = false;
            if (!schedules) {
                m_message->setText(LedgerWords::error(schedules.error()));
                return;
            }
            m_model->removeRows(0, m_model->rowCount());
            for (const ExportSchedule &schedule : schedules.value()) {
                QList<QStandardItem *> row{new QStandardItem(schedule.name),
                                           new QStandardItem(LedgerWords::reportName(schedule.report)),
                                           new QStandardItem(LedgerWords::period(schedule.every)),
                                           new QStandardItem(schedule.format),
                                           new QStandardItem(schedule.directory),
                                           new QStandardItem(schedule.lastRunMs ? timeformat::toIso(*schedule.lastRunMs) + QStringLiteral(" → ")
                                                                                      + schedule.lastFile
                                                                                : tr("not yet")),
                                           new QStandardItem(timeformat::toIso(schedule.nextDueMs))};
                for (QStandardItem *item : row)
                    item->setEditable(false);
                m_model->appendRow(row);
            }
            Q_EMIT refreshed();
        });
}

void SchedulesPage::whenDone(QFuture<Result<ExportSchedule>> pending, const QString &done)
{
    m_busy = true;
    pending.then(this, [this, done](const Result<ExportSchedule> &result) {
        m_message->setText(result ? done : LedgerWords::error(result.error()));
        refresh();
        Q_EMIT changed(result.ok());
    });
}

void SchedulesPage::add(const QString &name, const QString &report, const QString &every, const QString &format, const QString &folder)
{
    ExportSchedule schedule;
    schedule.name = name;
    schedule.report = report;
    schedule.every = every;
    schedule.format = format;
    schedule.directory = folder;
    whenDone(m_session.service().addSchedule(schedule, m_session.actor(), [](const Report &shown) { return reportpdf::render(shown); }), tr("Schedule %1 added.").arg(name));
}

void SchedulesPage::runNow(const QString &name)
{
    m_busy = true;
    m_session.service()
        .runScheduleNow(name, m_session.actor(), [](const Report &shown) { return reportpdf::render(shown); })
        .then(this, [this](const Result<ExportRun> &run) {
            m_message->setText(run ? tr("Wrote %1 (%2 rows) and its manifest.").arg(run.value().file, QLocale().toString(run.value().rows))
                                   : LedgerWords::error(run.error()));
            refresh();
            Q_EMIT changed(run.ok());
        });
}

void SchedulesPage::remove(const QString &name)
{
    whenDone(m_session.service().removeSchedule(name, m_session.actor()), tr("Schedule %1 removed.").arg(name));
}

}  // namespace orchard::ui
