#include "memberspage.h"
#include "localtimes.h"
#include "ledgerwords.h"
#include "memberdialog.h"

#include "queries/browsequery.h"
#include "consolesession.h"
#include "money/money.h"
#include "issuepointsdialog.h"
#include "service/ledgerservice.h"
#include "statementdialog.h"
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

#include <algorithm>

namespace orchard::ui {

namespace {

QString when(qint64 ms)
{
    return localtimes::date(ms);
}

}  // namespace

MembersPage::MembersPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Member id or name…"));
    m_query->setAccessibleName(tr("Find member"));
    m_query->setObjectName(QStringLiteral("memberSearch"));
    auto *find = new QPushButton(tr("&Find"), this);
    m_members = new QStandardItemModel(0, 7, this);
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Name"), tr("HRIS"), tr("Department"), tr("Available"), tr("Held"), tr("Wallet")});
    m_lots = new QStandardItemModel(0, 5, this);
    m_lots->setHorizontalHeaderLabels({tr("Lot"), tr("Issued"), tr("Age (days)"), tr("Expires"), tr("Remaining (held)")});
    m_memberView = new QTableView(this);
    m_memberView->setModel(m_members);
    m_memberView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberView->verticalHeader()->hide();
    m_memberView->horizontalHeader()->setStretchLastSection(true);
    m_memberView->setAccessibleName(tr("Members"));
    auto *lotView = new QTableView(this);
    m_lotView = lotView;
    lotView->setModel(m_lots);
    lotView->setSelectionBehavior(QAbstractItemView::SelectRows);
    lotView->setSelectionMode(QAbstractItemView::SingleSelection);
    lotView->verticalHeader()->hide();
    lotView->horizontalHeader()->setStretchLastSection(true);
    lotView->setAccessibleName(tr("Lots"));
    m_balance = new QLabel(tr("Select a member."), this);
    m_issue = new QPushButton(tr("&Issue points…"), this);
    auto *adjustButton = new QPushButton(tr("&Adjust…"), this);
    auto *cancelButton = new QPushButton(tr("&Cancel lot…"), this);
    auto *extendButton = new QPushButton(tr("E&xtend lot…"), this);
    auto *statementButton = new QPushButton(tr("&Statement…"), this);
    statementButton->setToolTip(tr("The member's statement for a period, as PDF or CSV."));
    connect(statementButton, &QPushButton::clicked, this, [this] {
        if (m_current.isEmpty())
            return;
        auto *dialog = new StatementDialog(m_session, m_current, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_issue->setProperty("purpose", tr("Issue points to the member shown, with a reason."));
    adjustButton->setProperty("purpose", tr("Credit or debit the member's points, with a reason."));
    cancelButton->setProperty("purpose", tr("Debit what is left in the selected lot."));
    extendButton->setProperty("purpose", tr("Give the selected lot a later expiry."));
    statementButton->setProperty("purpose", tr("The member's statement for a period, as PDF or CSV."));
    m_statement = statementButton;
    m_addMember = new QPushButton(tr("A&dd member…"), this);
    m_addMember->setEnabled(m_session.canIssuePoints());
    m_addMember->setToolTip(m_session.canIssuePoints() ? tr("Enrol a member by hand, with their HR details.")
                                                       : tr("Only the admin role may add a member."));
    m_editMember = new QPushButton(tr("&Edit member…"), this);
    m_editMember->setProperty("purpose", tr("Correct the member's name, HRIS or department; the audit trail keeps both."));
    m_memberActions = {m_editMember, m_issue, adjustButton, cancelButton, extendButton, statementButton};
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(find);
    searchRow->addWidget(m_addMember);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_balance);
    rightLayout->addWidget(lotView, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : std::as_const(m_memberActions))
        actions->addWidget(button);
    actions->addStretch(1);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_message);
    connect(adjustButton, &QPushButton::clicked, this, &MembersPage::askToAdjust);
    connect(cancelButton, &QPushButton::clicked, this, &MembersPage::askToCancelLot);
    connect(extendButton, &QPushButton::clicked, this, &MembersPage::askToExtendLot);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_memberView);
    splitter->addWidget(right);
    // The list with its balance columns takes the larger share.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_memberView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
    connect(m_addMember, &QPushButton::clicked, this, &MembersPage::askToAddMember);
    connect(m_editMember, &QPushButton::clicked, this, &MembersPage::askToEditMember);
    updateActions();
    m_session.service().currency().then(this, [this](const Result<money::Currency> &currency) {
        if (currency && currency.value().code != m_currency.code) {
            m_currency = currency.value();
            search(m_query->text());  // the wallets again, in the programme's own currency
        }
    });
    search(QString());
}

namespace {
// The HRIS by its name; the identifier stays in MemberIdRole for the edit dialog.
QStandardItem *hrisItem(const QString &hris)
{
    const QString shown = hris == QLatin1String("darwinbox")        ? MembersPage::tr("Darwinbox")
                          : hris == QLatin1String("successfactors") ? MembersPage::tr("SuccessFactors")
                                                                    : MembersPage::tr("Other");
    auto *item = new QStandardItem(shown);
    item->setData(hris, MembersPage::MemberIdRole);
    return item;
}
}  // namespace

void MembersPage::search(const QString &text)
{
    m_session.service()
        .findMembersWithBalances(text)
        .then(this, [this](const Result<QList<MemberRow>> &members) {
            m_members->setRowCount(0);
            if (!members) {
                m_balance->setText(tr("Error: %1").arg(LedgerWords::error(members.error())));
                return;
            }
            const QLocale locale;
            for (const MemberRow &row : members.value()) {
                const MemberView &member = row.member;
                const auto number = [](const QString &shown, qint64 value) {
                    auto *item = new QStandardItem(shown);
                    item->setData(value, BalanceRole);  // sorts and reads as a number
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    return item;
                };
                QList<QStandardItem *> items{new QStandardItem(member.memberId), new QStandardItem(member.name),
                                             hrisItem(member.hris), new QStandardItem(member.department),
                                             number(locale.toString(row.balance.available), row.balance.available),
                                             number(locale.toString(row.balance.held), row.balance.held),
                                             number(money::formatAmount(row.balance.walletMinor, m_currency, locale), row.balance.walletMinor)};
                items.first()->setData(member.memberId, MemberIdRole);
                for (QStandardItem *item : items)
                    item->setEditable(false);
                m_members->appendRow(items);
            }
            const bool stillListed = std::any_of(members.value().cbegin(), members.value().cend(),
                                                 [this](const MemberRow &row) { return row.member.memberId == m_current; });
            if (!stillListed)
                forgetMember();
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
                forgetMember();
                m_balance->setText(tr("Error: %1").arg(LedgerWords::error(file.error())));
                return;
            }
            if (memberId != m_current)
                return;  // a later choice is being shown
            updateActions();
            const QLocale locale;
            const Balance &balance = file.value().balance;
            m_available = balance.available;
            m_balance->setText(tr("<b>%1</b>: %2 points available, %3 held")
                                   .arg(memberId.toHtmlEscaped(), locale.toString(balance.available), locale.toString(balance.held)));
            m_lots->setRowCount(0);
            const qint64 nowMs = m_session.clock().nowMs();
            for (const LotState &lot : file.value().lots) {
                QList<QStandardItem *> items{new QStandardItem(QString::number(lot.lotId)), new QStandardItem(when(lot.issuedAtMs)),
                                             new QStandardItem(locale.toString((nowMs - lot.issuedAtMs) / (24LL * 3600 * 1000))),
                                             new QStandardItem(lot.expiresAtMs ? when(*lot.expiresAtMs) : tr("never")),
                                             new QStandardItem(tr("%1 (%2)").arg(locale.toString(lot.remaining), locale.toString(lot.held)))};
                items.first()->setData(lot.lotId, LotIdRole);
                for (QStandardItem *item : items)
                    item->setEditable(false);
                m_lots->appendRow(items);
            }
            Q_EMIT memberShown(memberId);
        });
}

void MembersPage::askToAddMember()
{
    if (!m_session.canIssuePoints())
        return;
    auto *dialog = new MemberDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addMember(dialog->addRequest()); });
    dialog->open();
}

// The details as the list shows them, which the search read with the balances.
void MembersPage::askToEditMember()
{
    if (!m_session.canIssuePoints() || m_current.isEmpty())
        return;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        if (m_members->index(row, 0).data(MemberIdRole).toString() != m_current)
            continue;
        const MemberView member{m_current, m_members->index(row, 1).data().toString(), m_members->index(row, 2).data(MemberIdRole).toString(),
                                m_members->index(row, 3).data().toString(), 0};
        auto *dialog = new MemberDialog(member, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { updateMember(dialog->updateRequest()); });
        dialog->open();
        return;
    }
}

void MembersPage::addMember(const AddMemberRequest &request)
{
    QCoro::connect(m_session.service().addMember(request, m_session.actor()), this, [this](const Result<MemberView> &added) {
        const QString message = added ? tr("Member %1 (%2) added.").arg(added.value().memberId, added.value().name) : LedgerWords::error(added.error());
        m_message->setText(message);
        if (added) {
            m_query->setText(added.value().memberId);
            m_current = added.value().memberId;
            search(added.value().memberId);
            showMember(added.value().memberId);
        }
        Q_EMIT memberSaved(added.ok(), message);
    });
}

void MembersPage::updateMember(const UpdateMemberRequest &request)
{
    QCoro::connect(m_session.service().updateMember(request, m_session.actor()), this, [this](const Result<MemberView> &updated) {
        const QString message = updated ? tr("Member %1 now reads: %2, %3, %4.")
                                              .arg(updated.value().memberId, updated.value().name, updated.value().hris, updated.value().department)
                                        : LedgerWords::error(updated.error());
        m_message->setText(message);
        if (updated)
            search(m_query->text());
        Q_EMIT memberSaved(updated.ok(), message);
    });
}

// By an earning rule (its points and expiry), or a free amount (held for a second admin above
// the approvals threshold, like `orchardctl issue`).
void MembersPage::askToIssue()
{
    if (m_current.isEmpty() || !m_session.canIssuePoints())
        return;
    const QString memberId = m_current;
    m_session.service().earnRules().then(this, [this, memberId](const Result<QList<EarnRule>> &rules) {
        QStringList choices{tr("A free amount…")};
        QStringList eventTypes{QString()};
        const QLocale locale;
        for (const EarnRule &rule : rules ? rules.value() : QList<EarnRule>{})
            if (!rule.retired && rule.inForceFromMs <= m_session.clock().nowMs()) {
                choices << tr("%1: %2 points (rule version %3)").arg(rule.eventType, locale.toString(rule.points), QString::number(rule.version));
                eventTypes << rule.eventType;
            }
        bool ok = false;
        const QString chosen = choices.size() == 1 ? choices.first()
                                                   : QInputDialog::getItem(this, tr("Issue points"), tr("Issue points to %1 by:").arg(memberId),
                                                                           choices, 0, false, &ok);
        if (choices.size() > 1 && !ok)
            return;
        const QString eventType = eventTypes.at(choices.indexOf(chosen));
        if (eventType.isEmpty()) {
            askToIssueAmount();
            return;
        }
        const QString reason = QInputDialog::getText(this, tr("Issue points"), tr("Reason (kept in the audit trail):"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        if (QMessageBox::question(this, tr("Issue points"), tr("Issue %1 to %2 (%3)?").arg(chosen, memberId, reason)) != QMessageBox::Yes)
            return;
        issueByRule(eventType, reason);
    });
}

void MembersPage::issueByRule(const QString &eventType, const QString &reason)
{
    EarnRequest request;
    request.memberId = m_current;
    request.source = sourceAdmin;
    request.eventId = QStringLiteral("console-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.eventType = eventType;
    request.occurredAtMs = m_session.clock().nowMs();
    request.reason = reason;
    const QString memberId = m_current;
    m_session.service().submitEarn(request, m_session.actor()).then(this, [this, memberId](const Result<EarnReceipt> &earned) {
        if (!earned) {
            m_message->setText(LedgerWords::error(earned.error()));
            Q_EMIT issuedByRule(false, LedgerWords::error(earned.error()));
        } else {
            const QString text = tr("Issued %1 points to %2 by the %3 rule (version %4).")
                                     .arg(QLocale().toString(earned.value().points), memberId, earned.value().eventType,
                                          QString::number(earned.value().ruleVersion.value_or(0)));
            m_message->setText(text);
            Q_EMIT issuedByRule(true, text);
        }
        showMember(memberId);
    });
}

// The free amount, checked in the dialog against the programme's maximum per award and the
// funding wallet, then confirmed with the balance after.
void MembersPage::askToIssueAmount()
{
    const QString memberId = m_current;
    const Points available = m_available;
    QString name;
    for (int row = 0; row < m_members->rowCount(); ++row)
        if (m_members->index(row, 0).data(MemberIdRole).toString() == memberId)
            name = m_members->index(row, 1).data().toString();
    m_session.service().rules().then(this, [this, memberId, available, name](const Result<RulesState> &rules) {
        if (!rules) {
            showOutcome(tr("Issue points"), rules.error());
            return;
        }
        m_session.service()
            .overview(m_session.clock().nowMs())
            .then(this, [this, memberId, available, name, programme = rules.value().programme](const Result<OverviewFigures> &figures) {
                if (!figures) {
                    showOutcome(tr("Issue points"), figures.error());
                    return;
                }
                if (memberId != m_current)
                    return;  // another member was chosen meanwhile: this dialog would name the wrong one
                const AwardContext context{memberId, name, available, programme, figures.value().wallet,
                                           figures.value().overview.available + figures.value().overview.held};
                IssuePointsDialog dialog(context, m_session.clock().nowMs(), this);
                if (dialog.exec() != QDialog::Accepted || !dialog.problem().isEmpty())
                    return;
                if (QMessageBox::question(this, tr("Issue points"), dialog.confirmation()) != QMessageBox::Yes)
                    return;
                issue(dialog.request());
            });
    });
}

void MembersPage::issue(const IssueRequest &request)
{
    const QString memberId = request.memberId;
    QCoro::connect(m_session.service().issue(request, m_session.actor()), this, [this, memberId](const Result<IssueReceipt> &issued) {
        if (!issued && issued.error().code == QLatin1String("approval_required"))
            m_message->setText(tr("%1 Another admin decides it on the Approvals screen.").arg(LedgerWords::error(issued.error())));
        else if (!issued)
            m_message->setText(LedgerWords::error(issued.error()));
        else
            m_message->setText(tr("Issued %1 points to %2.").arg(QLocale().toString(issued.value().points), memberId));
        Q_EMIT issuedAmount(bool(issued));
        showMember(memberId);
    });
}

// Another process may have changed the member shown: read their balance and lots again.
void MembersPage::followLedger()
{
    if (!m_current.isEmpty())
        showMember(m_current);
}

// A search that no longer lists the member shown leaves no member to act on.
void MembersPage::forgetMember()
{
    m_current.clear();
    m_available = 0;
    m_balance->setText(tr("Select a member."));
    m_lots->setRowCount(0);
    updateActions();
}

void MembersPage::updateActions()
{
    for (QPushButton *button : std::as_const(m_memberActions)) {
        const bool allowed = m_session.canIssuePoints() || button == m_statement;
        button->setEnabled(allowed && !m_current.isEmpty());
        button->setToolTip(!allowed ? (button == m_editMember ? tr("Only the admin role may change a member's details.")
                                                              : tr("Only the admin role may change a member's points."))
                           : m_current.isEmpty() ? tr("Select a member first.")
                                                 : button->property("purpose").toString());
    }
}

void MembersPage::showOutcome(const QString &title, const LedgerError &error)
{
    m_message->setText(error.message);
    // Filed for a second admin: not a failure.
    if (error.code == QLatin1String("approval_required"))
        QMessageBox::information(this, title, tr("%1\n\nAnother admin decides it on the Approvals screen.").arg(error.message));
    else
        QMessageBox::warning(this, title, error.message);
}

std::optional<qint64> MembersPage::selectedLot() const
{
    const QModelIndex current = m_lotView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_lots->index(current.row(), 0).data(LotIdRole).toLongLong();
}

void MembersPage::adjust(Points points, const QString &reason)
{
    AdjustRequest request;
    request.memberId = m_current;
    request.points = points;
    request.reason = reason;
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString memberId = m_current;
    m_session.service().adjust(request, m_session.actor()).then(this, [this, memberId](const Result<CorrectionReceipt> &done) {
        m_message->setText(done ? tr("Adjusted %1 by %2 points; %3 available.")
                                      .arg(memberId, QLocale().toString(done.value().points), QLocale().toString(done.value().available))
                                : LedgerWords::error(done.error()));
        showMember(memberId);
        Q_EMIT corrected(bool(done));
    });
}

void MembersPage::cancelLot(qint64 lotId, const QString &reason)
{
    const QString memberId = m_current;
    m_session.service()
        .cancelLot({lotId, reason, QUuid::createUuid().toString(QUuid::WithoutBraces)}, m_session.actor())
        .then(this, [this, memberId, lotId](const Result<CorrectionReceipt> &done) {
            m_message->setText(done ? tr("Lot %1 cancelled: %2 points debited.").arg(QString::number(lotId), QLocale().toString(-done.value().points))
                                    : LedgerWords::error(done.error()));
            showMember(memberId);
            Q_EMIT corrected(bool(done));
        });
}

void MembersPage::extendLot(qint64 lotId, qint64 expiresAtMs, const QString &reason)
{
    const QString memberId = m_current;
    m_session.service()
        .extendLot({lotId, expiresAtMs, reason, QUuid::createUuid().toString(QUuid::WithoutBraces)}, m_session.actor())
        .then(this, [this, memberId, lotId](const Result<CorrectionReceipt> &done) {
            m_message->setText(done ? tr("Lot %1 now expires %2.").arg(QString::number(lotId), when(*done.value().expiresAtMs)) : LedgerWords::error(done.error()));
            showMember(memberId);
            Q_EMIT corrected(bool(done));
        });
}

void MembersPage::askToAdjust()
{
    if (m_current.isEmpty() || !m_session.canIssuePoints())
        return;
    bool ok = false;
    const int points = QInputDialog::getInt(this, tr("Adjust points"), tr("Points for %1 (negative to debit):").arg(m_current), 0,
                                            -1'000'000'000, 1'000'000'000, 1, &ok);
    if (!ok || points == 0)
        return;
    const QString reason = QInputDialog::getText(this, tr("Adjust points"), tr("Reason (kept in the audit trail):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (QMessageBox::question(this, tr("Adjust points"),
                              tr("Adjust %1 by %2 points (%3)? Available afterwards: %4.")
                                  .arg(m_current, QLocale().toString(points), reason, QLocale().toString(m_available + points)))
        != QMessageBox::Yes)
        return;
    adjust(points, reason);
}

void MembersPage::askToCancelLot()
{
    const std::optional<qint64> lot = selectedLot();
    if (!lot || !m_session.canIssuePoints())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel lot"), tr("Why is lot %1 cancelled?").arg(*lot), QLineEdit::Normal, QString(), &ok);
    if (ok && QMessageBox::question(this, tr("Cancel lot"), tr("Debit everything left in lot %1 (%2)?").arg(QString::number(*lot), reason))
                  == QMessageBox::Yes)
        cancelLot(*lot, reason);
}

void MembersPage::askToExtendLot()
{
    const std::optional<qint64> lot = selectedLot();
    if (!lot || !m_session.canIssuePoints())
        return;
    bool ok = false;
    const QString date = QInputDialog::getText(this, tr("Extend lot"), tr("New expiry of lot %1 (YYYY-MM-DD, UTC midnight):").arg(*lot),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QDate day = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!day.isValid()) {
        m_message->setText(tr("'%1' is not a date like 2027-06-30.").arg(date));
        return;
    }
    const QString reason = QInputDialog::getText(this, tr("Extend lot"), tr("Reason (kept in the audit trail):"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        extendLot(*lot, QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(), reason);
}

}  // namespace orchard::ui
