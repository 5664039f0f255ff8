#include "approvalspage.h"
#include "localtimes.h"
#include "ledgerwords.h"

#include "consolesession.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace orchard::ui {

namespace {

QString when(qint64 ms)
{
    return localtimes::dateTime(ms);
}

}  // namespace

ApprovalsPage::ApprovalsPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_pending = new QStandardItemModel(0, 8, this);
    m_pending->setHorizontalHeaderLabels({tr("Request"), tr("Kind"), tr("Requested by"), tr("Requested"), tr("What"), tr("Points"),
                                          tr("Money"), tr("Lapses")});
    m_view = new QTableView(this);
    m_view->setModel(m_pending);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Pending approval requests"));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_reject = new QPushButton(tr("&Reject…"), this);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    if (session.role() != Role::Admin) {
        for (QPushButton *button : {m_approve, m_reject}) {
            button->setEnabled(false);
            button->setToolTip(tr("Only another admin may decide a request."));
        }
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Requests above the approval thresholds, and every settings change, wait here for an admin "
                                    "other than the one who made them. Pending requests lapse after 7 days."),
                                 this));
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(refreshButton, &QPushButton::clicked, this, &ApprovalsPage::refresh);
    session.service().currency().then(this, [this](const Result<money::Currency> &currency) {
        if (currency) {
            m_currency = currency.value();
            refresh();
        }
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (const std::optional<qint64> id = selectedId();
            id && QMessageBox::question(this, tr("Approve"), tr("Approve %1? It takes effect now.").arg(approvalToken(*id))) == QMessageBox::Yes)
            approve(*id);
    });
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPage::askToReject);
    refresh();
}

std::optional<qint64> ApprovalsPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_pending->index(current.row(), Id).data(ApprovalIdRole).toLongLong();
}

void ApprovalsPage::refresh()
{
    m_session.service()
        .approvals(QStringLiteral("pending"))
        .then(this, [this](const Result<QList<ApprovalView>> &found) {
            m_pending->setRowCount(0);
            if (!found) {
                m_message->setText(tr("Error: %1").arg(LedgerWords::error(found.error())));
                Q_EMIT refreshed(0);
                return;
            }
            const QLocale locale;
            for (const ApprovalView &view : found.value()) {
                QList<QStandardItem *> items{new QStandardItem(approvalToken(view.id)), new QStandardItem(LedgerWords::approvalKind(view.kind)),
                                             new QStandardItem(view.requestedBy), new QStandardItem(when(view.requestedAtMs)),
                                             new QStandardItem(view.what), new QStandardItem(locale.toString(view.points)),
                                             new QStandardItem(m_currency ? money::formatAmount(view.moneyMinor, *m_currency) + QLatin1Char(' ') + m_currency->code
                                                                        : locale.toString(view.moneyMinor)), new QStandardItem(when(view.expiresAtMs))};
                items.at(Id)->setData(view.id, ApprovalIdRole);
                for (QStandardItem *item : items)
                    item->setEditable(false);
                items.at(Points)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                items.at(Money)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_pending->appendRow(items);
            }
            // The last decision's answer stays; the empty-list note goes once something waits.
            const QString nothing = tr("Nothing waits for approval.");
            if (found.value().isEmpty() && m_message->text().isEmpty())
                m_message->setText(nothing);
            else if (!found.value().isEmpty() && m_message->text() == nothing)
                m_message->clear();
            Q_EMIT refreshed(int(found.value().size()));
        });
}

void ApprovalsPage::approve(qint64 approvalId)
{
    m_session.service()
        .approve(approvalId, m_session.actor())
        .then(this, [this, approvalId](const Result<ApprovalView> &approved) {
            m_message->setText(approved ? tr("%1 approved: it has taken effect.").arg(approvalToken(approvalId))
                                        : tr("%1 was not approved: %2").arg(approvalToken(approvalId), LedgerWords::error(approved.error())));
            refresh();
            Q_EMIT decided(bool(approved));
        });
}

void ApprovalsPage::reject(qint64 approvalId, const QString &reason)
{
    m_session.service()
        .rejectApproval(approvalId, reason, m_session.actor())
        .then(this, [this, approvalId](const Result<ApprovalView> &rejected) {
            m_message->setText(rejected ? tr("%1 rejected.").arg(approvalToken(approvalId))
                                        : tr("%1 was not rejected: %2").arg(approvalToken(approvalId), LedgerWords::error(rejected.error())));
            refresh();
            Q_EMIT decided(bool(rejected));
        });
}

void ApprovalsPage::askToReject()
{
    const std::optional<qint64> id = selectedId();
    if (!id)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reject"), tr("Why is %1 rejected? (kept in the audit trail)").arg(approvalToken(*id)),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        reject(*id, reason);
}

}  // namespace orchard::ui
