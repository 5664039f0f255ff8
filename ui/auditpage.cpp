#include "auditpage.h"
#include "localtimes.h"
#include "ledgerwords.h"

#include "queries/browsequery.h"
#include "consolesession.h"
#include "store/sqlerror.h"
#include "journal/verifier.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace orchard::ui {

AuditPage::AuditPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_action = new QLineEdit(this);
    m_action->setPlaceholderText(tr("Action starts with… (e.g. reservation., rules., wallet.)"));
    m_action->setAccessibleName(tr("Action filter"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    auto *apply = new QPushButton(tr("&Apply"), this);
    auto *verifyButton = new QPushButton(tr("&Verify ledger"), this);
    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels({tr("Record"), tr("Time"), tr("Actor"), tr("Action"), tr("Subject"), tr("Details")});
    auto *view = new QTableView(this);
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(tr("Audit trail"));
    view->setColumnWidth(1, 150);
    view->setColumnWidth(3, 160);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_action, 1);
    top->addWidget(apply);
    top->addWidget(verifyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    layout->addWidget(m_verdict);
    connect(apply, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditPage::refresh);
    connect(verifyButton, &QPushButton::clicked, this, &AuditPage::verify);
    refresh();
}

void AuditPage::refresh()
{
    const QString prefix = m_action->text().trimmed();
    m_session.service()
        .auditTrail(prefix)
        .then(this, [this](const Result<QList<BrowseQuery::AuditRow>> &rows) {
            m_model->setRowCount(0);
            if (!rows) {
                m_verdict->setText(tr("Error: %1").arg(LedgerWords::error(rows.error())));
                return;
            }
            for (const BrowseQuery::AuditRow &row : rows.value()) {
                QList<QStandardItem *> items{
                    new QStandardItem(QString::number(row.id)),
                    new QStandardItem(localtimes::dateTime(row.atMs)),
                    new QStandardItem(row.actor), new QStandardItem(row.action), new QStandardItem(row.subject), new QStandardItem(row.details)};
                for (QStandardItem *item : items)
                    item->setEditable(false);
                m_model->appendRow(items);
            }
            Q_EMIT refreshed();
        });
}

QString AuditPage::checkTitle(const QString &check)
{
    if (check == QLatin1String("entries"))
        return tr("balanced entries");
    if (check == QLatin1String("accounts"))
        return tr("account balances");
    if (check == QLatin1String("lots"))
        return tr("point lots");
    if (check == QLatin1String("reservations"))
        return tr("reservations");
    if (check == QLatin1String("audit chain"))
        return tr("audit chain");
    if (check == QLatin1String("entry digests"))
        return tr("entry digests");
    return check;
}

void AuditPage::verify()
{
    m_verdict->setText(tr("Verifying the whole ledger…"));
    // Six checks, each a pass over one part of the ledger; Cancel stops before the next one.
    auto *progress = new QProgressDialog(tr("Verifying the ledger…"), tr("Cancel"), 0, 6, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    const QPointer<QProgressDialog> dialog(progress);
    m_session.service()
        .verify([cancelled, dialog](int step, int steps, const QString &check) {
                QMetaObject::invokeMethod(dialog, [dialog, step, steps, check] {  // on the UI thread
                    if (!dialog)
                        return;
                    dialog->setMaximum(steps);
                    dialog->setValue(step);
                    if (step < steps)
                        dialog->setLabelText(tr("Verifying the ledger: %1 (check %2 of %3)…").arg(checkTitle(check)).arg(step + 1).arg(steps));
                });
                return !cancelled->load();
        })
        .then(this, [this, progress](const Result<VerificationReport> &report) {
            progress->deleteLater();
            if (!report && report.error().code == QLatin1String("cancelled")) {
                m_verdict->setText(tr("Verification cancelled; nothing was concluded."));
                Q_EMIT verified(false);
                return;
            }
            if (!report) {
                m_verdict->setText(tr("Verification could not run: %1").arg(LedgerWords::error(report.error())));
                Q_EMIT verified(false);
                return;
            }
            const VerificationReport &r = report.value();
            if (r.ok()) {
                m_verdict->setText(tr("✔ Every check holds: %1 entries, %2 accounts, %3 lots, %4 reservations, %5 audit records.")
                                       .arg(r.entriesChecked)
                                       .arg(r.accountsChecked)
                                       .arg(r.lotsChecked)
                                       .arg(r.reservationsChecked)
                                       .arg(r.auditRecordsChecked));
            } else {
                QStringList lines;
                for (const Violation &violation : r.violations)
                    lines << violation.check + QStringLiteral(": ") + violation.message;
                m_verdict->setText(tr("✘ %1 violations:\n%2").arg(r.violations.size()).arg(lines.join(QLatin1Char('\n'))));
            }
            Q_EMIT verified(r.ok());
        });
}

}  // namespace orchard::ui
