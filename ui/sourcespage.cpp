#include "sourcespage.h"
#include "ledgerwords.h"

#include "consolesession.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>


namespace orchard::ui {

namespace {

QStandardItem *tick(bool on, bool editable)
{
    auto *item = new QStandardItem;
    item->setCheckable(editable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    item->setEditable(false);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
    return item;
}

bool samePermissions(const SourcePermissions &a, const SourcePermissions &b)
{
    return a.canEarn == b.canEarn && a.canRedeem == b.canRedeem && a.freeAmounts == b.freeAmounts && a.maxPoints == b.maxPoints;
}

}  // namespace

SourcesPage::SourcesPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Source"), tr("Earns"), tr("Redeems"), tr("Free amounts"), tr("Most points per earning")});
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Sources"));
    m_save = new QPushButton(tr("&Save changes"), this);
    m_message = new QLabel(tr("A source that earns sends earning events (an HRIS, a card platform); one that redeems reserves and spends "
                              "points (the marketplace, loyalife). Free amounts: it may name the points itself instead of an earning rule's."),
                           this);
    m_message->setWordWrap(true);
    const bool mayChange = session.role() == Role::Admin && !session.isReadOnly();
    m_save->setEnabled(mayChange);
    if (!mayChange)
        m_save->setToolTip(tr("Only an admin changes what a source may do."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    connect(m_save, &QPushButton::clicked, this, &SourcesPage::save);
    refresh();
}

void SourcesPage::refresh()
{
    m_session.service().sources().then(this, [this](const Result<QList<SourcePermissions>> &sources) {
        if (!sources) {
            m_message->setText(LedgerWords::error(sources.error()));
            return;
        }
        m_loaded = sources.value();
        const bool editable = m_session.role() == Role::Admin && !m_session.isReadOnly();
        m_model->removeRows(0, m_model->rowCount());
        const QLocale locale;
        for (const SourcePermissions &source : std::as_const(m_loaded)) {
            auto *name = new QStandardItem(source.source);
            name->setEditable(false);
            auto *max = new QStandardItem(source.maxPoints ? locale.toString(*source.maxPoints) : QString());
            max->setData(source.maxPoints ? QVariant(*source.maxPoints) : QVariant(), Qt::EditRole);
            max->setEditable(editable);
            max->setToolTip(tr("Empty: no most"));
            m_model->appendRow({name, tick(source.canEarn, editable), tick(source.canRedeem, editable), tick(source.freeAmounts, editable), max});
        }
        m_view->resizeColumnsToContents();  // the names came after the view was laid out empty
        Q_EMIT refreshed();
    });
}

SourcePermissions SourcesPage::permissionsIn(int row) const
{
    SourcePermissions permissions;
    permissions.source = m_model->item(row, Name)->text();
    permissions.canEarn = m_model->item(row, CanEarn)->checkState() == Qt::Checked;
    permissions.canRedeem = m_model->item(row, CanRedeem)->checkState() == Qt::Checked;
    permissions.freeAmounts = m_model->item(row, FreeAmounts)->checkState() == Qt::Checked;
    bool isNumber = false;
    const qint64 max = m_model->item(row, MaxPoints)->data(Qt::EditRole).toLongLong(&isNumber);
    if (isNumber && max > 0 && permissions.freeAmounts)
        permissions.maxPoints = max;
    return permissions;
}

void SourcesPage::save()
{
    QList<SourcePermissions> changed;
    for (int row = 0; row < m_model->rowCount() && row < m_loaded.size(); ++row)
        if (!samePermissions(permissionsIn(row), m_loaded.at(row)))
            changed.append(permissionsIn(row));
    if (changed.isEmpty()) {
        m_message->setText(tr("Nothing has changed."));
        Q_EMIT saved(true);
        return;
    }
    saveEach(changed);
}

// One change after the other; the first refusal stops the rest and is shown.
void SourcesPage::saveEach(QList<SourcePermissions> remaining)
{
    if (remaining.isEmpty()) {
        m_message->setText(tr("Saved; the change is in the audit trail."));
        refresh();
        Q_EMIT saved(true);
        return;
    }
    const SourcePermissions permissions = remaining.takeFirst();
    m_session.service().setSourcePermissions(permissions, m_session.actor()).then(this, [this, permissions, remaining](const Result<SourcePermissions> &done) {
        if (!done) {
            m_message->setText(tr("%1: %2").arg(permissions.source, LedgerWords::error(done.error())));
            refresh();
            Q_EMIT saved(false);
            return;
        }
        saveEach(remaining);
    });
}

}  // namespace orchard::ui
