#include "memberspage.h"

#include "queries/browsequery.h"
#include "consolesession.h"
#include "store/sqlerror.h"

#include <QCoroTask>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QUuid>
#include <QVBoxLayout>

namespace orchard::ui {

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toLocalTime().date(), QLocale::ShortFormat);
}

}  // namespace

MembersPage::MembersPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Member id or name…"));
    m_query->setAccessibleName(tr("Find member"));
    auto *find = new QPushButton(tr("&Find"), this);
    m_members = new QStandardItemModel(0, 4, this);
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Name"), tr("HRIS"), tr("Department")});
    m_lots = new QStandardItemModel(0, 5, this);
    m_lots->setHorizontalHeaderLabels({tr("Lot"), tr("Issued"), tr("Age (days)"), tr("Expires"), tr("Remaining (held)")});
    m_memberView = new QTableView(this);
    m_memberView->setModel(m_members);
    m_memberView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberView->verticalHeader()->hide();
    m_memberView->horizontalHeader()->setStretchLastSection(true);
    m_memberView->setAccessibleName(tr("Members"));
    auto *lotView = new QTableView(this);
    lotView->setModel(m_lots);
    lotView->verticalHeader()->hide();
    lotView->horizontalHeader()->setStretchLastSection(true);
    lotView->setAccessibleName(tr("Lots"));
    m_balance = new QLabel(tr("Select a member."), this);
    m_issue = new QPushButton(tr("&Issue points…"), this);
    if (!session.canIssuePoints()) {
        m_issue->setEnabled(false);
        m_issue->setToolTip(tr("Only the admin role may issue points."));
    }
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(find);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_balance);
    rightLayout->addWidget(lotView, 1);
    rightLayout->addWidget(m_issue, 0, Qt::AlignLeft);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_memberView);
    splitter->addWidget(right);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
    connect(find, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    connect(m_query, &QLineEdit::returnPressed, find, &QPushButton::click);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            showMember(m_members->index(index.row(), 0).data(MemberIdRole).toString());
    });
    connect(m_issue, &QPushButton::clicked, this, &MembersPage::askToIssue);
    search(QString());
}

void MembersPage::search(const QString &text)
{
    m_session.service()
        .findMembers(text)
        .then(this, [this](const Result<QList<MemberView>> &members) {
            m_members->setRowCount(0);
            if (!members) {
                m_balance->setText(tr("Error: %1").arg(members.error().message));
                return;
            }
            for (const MemberView &member : members.value()) {
                QList<QStandardItem *> items{new QStandardItem(member.memberId), new QStandardItem(member.name),
                                             new QStandardItem(member.hris), new QStandardItem(member.department)};
                items.first()->setData(member.memberId, MemberIdRole);
                for (QStandardItem *item : items)
                    item->setEditable(false);
                m_members->appendRow(items);
            }
            Q_EMIT searched();
        });
}

void MembersPage::showMember(const QString &memberId)
{
    m_current = memberId;
    m_session.service()
        .memberFile(memberId)
        .then(this, [this, memberId](const Result<MemberFile> &file) {
            if (!file) {
                m_balance->setText(tr("Error: %1").arg(file.error().message));
                return;
            }
            const QLocale locale;
            const Balance &balance = file.value().balance;
            m_balance->setText(tr("<b>%1</b>: %2 points available, %3 held")
                                   .arg(memberId.toHtmlEscaped(), locale.toString(balance.available), locale.toString(balance.held)));
            m_lots->setRowCount(0);
            const qint64 nowMs = m_session.clock().nowMs();
            for (const LotState &lot : file.value().lots) {
                QList<QStandardItem *> items{new QStandardItem(QString::number(lot.lotId)), new QStandardItem(when(lot.issuedAtMs)),
                                             new QStandardItem(locale.toString((nowMs - lot.issuedAtMs) / (24LL * 3600 * 1000))),
                                             new QStandardItem(lot.expiresAtMs ? when(*lot.expiresAtMs) : tr("never")),
                                             new QStandardItem(tr("%1 (%2)").arg(locale.toString(lot.remaining), locale.toString(lot.held)))};
                for (QStandardItem *item : items)
                    item->setEditable(false);
                m_lots->appendRow(items);
            }
            Q_EMIT memberShown(memberId);
        });
}

void MembersPage::askToIssue()
{
    if (m_current.isEmpty() || !m_session.canIssuePoints())
        return;
    bool ok = false;
    const int points = QInputDialog::getInt(this, tr("Issue points"), tr("Points to issue to %1:").arg(m_current), 100, 1, 1'000'000'000, 1, &ok);
    if (!ok)
        return;
    const QString reason = QInputDialog::getText(this, tr("Issue points"), tr("Reason (kept in the audit trail):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (QMessageBox::question(this, tr("Issue points"),
                              tr("Issue %1 points to %2 (%3)? The member's balance goes up by exactly that.")
                                  .arg(QLocale().toString(points), m_current, reason))
        != QMessageBox::Yes)
        return;
    IssueRequest request;
    request.memberId = m_current;
    request.points = points;
    request.reason = reason;
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString memberId = m_current;
    QCoro::connect(m_session.service().issue(request, m_session.actor()), this, [this, memberId](const Result<IssueReceipt> &issued) {
        if (!issued)
            QMessageBox::warning(this, tr("Issue points"), issued.error().message);
        showMember(memberId);
    });
}

}  // namespace orchard::ui
