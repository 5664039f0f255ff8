#include "holdspage.h"
#include "localtimes.h"
#include "ledgerwords.h"

#include "queries/browsequery.h"
#include "consolesession.h"
#include "store/sqlerror.h"

#include <QCoroTask>
#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QUuid>
#include <QTimer>
#include <QVBoxLayout>

namespace orchard::ui {

namespace {

QString when(qint64 ms)
{
    return localtimes::dateTime(ms);
}

QTableView *tableFor(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(name);
    return view;
}

}  // namespace

HoldsPage::HoldsPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_open = new QStandardItemModel(0, 6, this);
    m_open->setHorizontalHeaderLabels({tr("Reservation"), tr("Member"), tr("Source"), tr("Reference"), tr("Points"), tr("Time left")});
    m_closed = new QStandardItemModel(0, 6, this);
    m_closed->setHorizontalHeaderLabels({tr("Reservation"), tr("Member"), tr("Source"), tr("Points"), tr("Closed"), tr("Reason")});
    m_openView = tableFor(m_open, tr("Live holds"), this);
    auto *closedView = tableFor(m_closed, tr("Released and timed-out holds"), this);
    closedView->setColumnWidth(4, 160);
    closedView->setWordWrap(false);
    m_release = new QPushButton(tr("&Release hold…"), this);
    if (!session.canReleaseHolds()) {
        m_release->setEnabled(false);
        m_release->setToolTip(tr("Only the admin role may release a hold."));
    }
    m_status = new QLabel(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Live holds"), top));
    topLayout->addWidget(m_openView);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Released and timed out"), bottom));
    bottomLayout->addWidget(closedView);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_release, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    connect(m_release, &QPushButton::clicked, this, qOverload<>(&HoldsPage::askToRelease));
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, &HoldsPage::tick);
    ticker->start(1000);
    refresh();
}

void HoldsPage::refresh()
{
    m_session.service()
        .holds()
        .then(this, [this](const Result<HoldsView> &holds) {
            if (!holds) {
                m_status->setText(tr("Error: %1").arg(LedgerWords::error(holds.error())));
                return;
            }
            const QLocale locale;
            const qint64 nowMs = m_session.clock().nowMs();
            // The hold being looked at stays selected when the list is read again.
            const QVariant selected = m_openView->currentIndex().siblingAtColumn(0).data(ReservationIdRole);
            m_open->setRowCount(0);
            for (const BrowseQuery::HoldRow &row : holds.value().open) {
                QList<QStandardItem *> items{new QStandardItem(reservationToken(row.reservationId)), new QStandardItem(row.memberId),
                                             new QStandardItem(row.source), new QStandardItem(row.reference),
                                             new QStandardItem(locale.toString(row.points)),
                                             new QStandardItem(timeLeft(row.expiresAtMs - nowMs))};
                items.first()->setData(row.reservationId, ReservationIdRole);
                items.first()->setData(row.points, PointsRole);
                items.first()->setData(row.expiresAtMs, ExpiresAtRole);
                for (QStandardItem *item : items)
                    item->setEditable(false);
                m_open->appendRow(items);
                if (selected.isValid() && selected.toLongLong() == row.reservationId)
                    m_openView->setCurrentIndex(m_open->index(m_open->rowCount() - 1, 0));
            }
            m_closed->setRowCount(0);
            for (const BrowseQuery::HoldRow &row : holds.value().closed) {
                QList<QStandardItem *> items{new QStandardItem(reservationToken(row.reservationId)), new QStandardItem(row.memberId),
                                             new QStandardItem(row.source), new QStandardItem(locale.toString(row.points)),
                                             new QStandardItem(row.closedAtMs ? when(*row.closedAtMs) : QString()),
                                             new QStandardItem(row.reason.isEmpty() ? LedgerWords::status(row.status) : tr("%1: %2").arg(LedgerWords::status(row.status), row.reason))};
                items.first()->setData(row.reservationId, ReservationIdRole);
                for (QStandardItem *item : items)
                    item->setEditable(false);
                m_closed->appendRow(items);
            }
            m_status->setText(tr("%1 live holds").arg(holds.value().open.size()));
            Q_EMIT refreshed();
        });
}

QString HoldsPage::timeLeft(qint64 leftMs)
{
    const qint64 seconds = std::max<qint64>(0, leftMs / 1000);
    if (seconds == 0)
        return tr("due now");
    if (seconds >= 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

// Time left counts down between reads of the ledger.
void HoldsPage::tick()
{
    const qint64 nowMs = m_session.clock().nowMs();
    for (int row = 0; row < m_open->rowCount(); ++row) {
        const qint64 expiresAtMs = m_open->index(row, 0).data(ExpiresAtRole).toLongLong();
        m_open->item(row, 5)->setText(timeLeft(expiresAtMs - nowMs));
    }
}

void HoldsPage::askToRelease()
{
    const QModelIndex current = m_openView->currentIndex();
    if (!current.isValid()) {
        m_status->setText(tr("Select a live hold first."));
        return;
    }
    const QModelIndex first = m_open->index(current.row(), 0);
    askToRelease(first.data(ReservationIdRole).toLongLong(), first.data(PointsRole).toLongLong());
}

void HoldsPage::askToRelease(qint64 reservationId, Points points)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Release hold"),
                                                 tr("Why is %1 (%2 points) being released? The reason is kept in the audit trail.")
                                                     .arg(reservationToken(reservationId), QLocale().toString(points)),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        m_status->setText(tr("A reason is required; nothing was released."));
        return;
    }
    if (QMessageBox::question(this, tr("Release hold"), tr("Release %1 and return its points to the member?").arg(reservationToken(reservationId)))
        != QMessageBox::Yes)
        return;
    releaseHold(reservationId, reason.trimmed());
}

void HoldsPage::releaseHold(qint64 reservationId, const QString &reason)
{
    if (!m_session.canReleaseHolds()) {
        Q_EMIT released(reservationId, false, tr("Only the admin role may release a hold."));
        return;
    }
    // No source: an admin's release (releaseorigin.h); the "admin:" in the reason is only wording for people.
    ReleaseRequest request{reservationId, QStringLiteral("admin: ") + reason, QUuid::createUuid().toString(QUuid::WithoutBraces), std::nullopt};
    QCoro::connect(m_session.service().release(request, m_session.actor()), this, [this, reservationId](const Result<ReservationView> &done) {
        const QString message = done ? tr("%1 released.").arg(reservationToken(reservationId)) : LedgerWords::error(done.error());
        m_status->setText(message);
        Q_EMIT released(reservationId, done.ok(), message);
        refresh();
    });
}

}  // namespace orchard::ui
