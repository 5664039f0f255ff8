#include "expirypolicypage.h"

#include "consolesession.h"
#include "ledgerwords.h"
#include "reportpage.h"

#include "base/ledgerlimits.h"
#include "base/timeformat.h"
#include "reports/reports.h"
#include "service/ledgerservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>

namespace orchard::ui {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false);  // the palette's quieter text
    return label;
}

QTableView *tableOf(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setAccessibleName(name);
    return view;
}

}  // namespace

ExpiryPolicyPage::ExpiryPolicyPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_window = new QComboBox(this);
    m_window->setAccessibleName(tr("Expiry window"));
    m_window->addItem(tr("Never"), int(ExpiryPolicy::Window::None));
    m_window->addItem(tr("Days after issue"), int(ExpiryPolicy::Window::Days));
    m_window->addItem(tr("At the end of the Nth month after issue"), int(ExpiryPolicy::Window::Months));
    m_window->addItem(tr("At the end of the Nth quarter after issue"), int(ExpiryPolicy::Window::Quarters));
    m_count = new QSpinBox(this);
    m_count->setRange(1, limits::maxExpiryDays);
    m_count->setAccessibleName(tr("Expiry count"));
    m_grace = new QSpinBox(this);
    m_grace->setRange(0, 3650);
    m_grace->setSuffix(tr(" days"));
    m_grace->setAccessibleName(tr("Grace days"));
    m_buckets = new QLineEdit(this);
    m_buckets->setAccessibleName(tr("Ageing buckets"));
    m_buckets->setPlaceholderText(tr("e.g. 0-90,91-180,181+"));
    m_breakage = new QLineEdit(this);
    m_breakage->setAccessibleName(tr("Expected breakage"));
    m_breakage->setPlaceholderText(tr("one rate per bucket, e.g. 0.05,auto,0.45; empty: estimated from history"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_whatIfButton = new QPushButton(tr("&What if…"), this);
    m_whatIfButton->setToolTip(tr("Today's figures beside what they would be had this window and grace applied to the same lots; changes nothing"));
    m_save = new QPushButton(tr("&Save as a new version…"), this);

    auto *policy = new QGroupBox(tr("Policy"), this);
    auto *form = new QFormLayout(policy);
    form->addRow(tr("&Expiry:"), m_window);
    form->addRow(tr("&N:"), m_count);
    form->addRow(tr("&Grace:"), m_grace);
    form->addRow(explanation(tr("A lot's expiry is fixed when it is issued: a new version applies to later issues only."), this));
    form->addRow(tr("&Buckets:"), m_buckets);
    form->addRow(tr("Expected brea&kage:"), m_breakage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_whatIfButton);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    form->addRow(m_problem);

    m_comparison = new QStandardItemModel(this);
    m_whatIfSummary = new QLabel(tr("Press What if… to see today's figures beside the proposal's before saving."), this);
    m_whatIfSummary->setWordWrap(true);
    auto *whatIf = new QGroupBox(tr("What if"), this);
    auto *whatIfLayout = new QVBoxLayout(whatIf);
    whatIfLayout->addWidget(m_whatIfSummary);
    whatIfLayout->addWidget(tableOf(m_comparison, tr("What-if figures"), this), 1);

    m_history = new QStandardItemModel(this);
    m_history->setHorizontalHeaderLabels({tr("Version"), tr("Expiry"), tr("Grace (days)"), tr("Buckets"), tr("Expected breakage"), tr("Author"),
                                          tr("Time"), tr("Reason")});

    auto *top = new QHBoxLayout;
    top->addWidget(policy, 2);
    top->addWidget(whatIf, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 2);
    layout->addWidget(new QLabel(tr("Versions (each lot keeps the dates of the version it was issued under):"), this));
    layout->addWidget(tableOf(m_history, tr("Policy versions"), this), 1);

    if (session.role() != Role::Admin) {
        m_save->setEnabled(false);
        m_save->setToolTip(tr("Only an admin changes the expiry policy."));
    }
    connect(m_window, &QComboBox::currentIndexChanged, this, &ExpiryPolicyPage::edited);
    connect(m_count, &QSpinBox::valueChanged, this, &ExpiryPolicyPage::edited);
    connect(m_grace, &QSpinBox::valueChanged, this, &ExpiryPolicyPage::edited);
    connect(m_buckets, &QLineEdit::textChanged, this, &ExpiryPolicyPage::edited);
    connect(m_breakage, &QLineEdit::textChanged, this, &ExpiryPolicyPage::edited);
    connect(m_whatIfButton, &QPushButton::clicked, this, &ExpiryPolicyPage::runWhatIf);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    refresh();
}

void ExpiryPolicyPage::refresh()
{
    ++m_busy;
    m_session.service().expiryPolicyHistory().then(this, [this](const Result<QList<ExpiryPolicy>> &versions) {
        --m_busy;
        if (!versions) {
            m_problem->setText(LedgerWords::error(versions.error()));
            return;
        }
        showVersions(versions.value());
        Q_EMIT refreshed();
    });
}

void ExpiryPolicyPage::showVersions(const QList<ExpiryPolicy> &versions)
{
    m_current = versions.isEmpty() ? ExpiryPolicy{} : versions.last();
    m_history->removeRows(0, m_history->rowCount());
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const ExpiryPolicy &version = versions.at(i);
        QList<QStandardItem *> row{new QStandardItem(QString::number(version.version)),
                                   new QStandardItem(version.windowText()),
                                   new QStandardItem(QString::number(version.graceDays)),
                                   new QStandardItem(version.buckets.toString()),
                                   new QStandardItem(version.breakage),
                                   new QStandardItem(version.version == 0 ? tr("(defaults)") : version.author),
                                   new QStandardItem(version.createdAtMs > 0 ? timeformat::toIso(version.createdAtMs) : QString()),
                                   new QStandardItem(version.reason)};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_history->appendRow(row);
    }
    const QSignalBlocker blockWindow(m_window), blockCount(m_count), blockGrace(m_grace), blockBuckets(m_buckets), blockBreakage(m_breakage);
    m_window->setCurrentIndex(m_window->findData(int(m_current->window)));
    m_count->setValue(std::max(1, m_current->windowCount));
    m_grace->setValue(m_current->graceDays);
    m_buckets->setText(m_current->buckets.toString());
    m_breakage->setText(m_current->breakage);
    edited();
}

Result<ExpiryProposal> ExpiryPolicyPage::editedProposal() const
{
    const auto window = ExpiryPolicy::Window(m_window->currentData().toInt());
    return ExpiryProposal{window, window == ExpiryPolicy::Window::None ? 0 : m_count->value(), m_grace->value()};
}

Result<ExpiryPolicyChange> ExpiryPolicyPage::editedChange() const
{
    const Result<ExpiryProposal> proposal = editedProposal();
    if (!proposal)
        return proposal.error();
    const Result<AgeingBuckets> buckets = AgeingBuckets::parse(m_buckets->text().trimmed());
    if (!buckets)
        return buckets.error();
    const QString breakage = m_breakage->text().trimmed();
    if (!breakage.isEmpty()) {
        const Result<BreakageSpec> rates = BreakageSpec::parse(breakage, buckets.value().count());
        if (!rates)
            return rates.error();
    }
    ExpiryPolicyChange change;
    change.window = proposal.value().window;
    change.windowCount = proposal.value().windowCount;
    change.graceDays = proposal.value().graceDays;
    change.buckets = buckets.value();
    change.breakage = breakage;
    return change;
}

QString ExpiryPolicyPage::proposalKey() const
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(m_window->currentData().toInt())
        .arg(m_count->value())
        .arg(m_grace->value())
        .arg(m_buckets->text().trimmed(), m_breakage->text().trimmed());
}

void ExpiryPolicyPage::edited()
{
    const Result<ExpiryPolicyChange> change = editedChange();
    m_problem->setText(change ? QString() : LedgerWords::error(change.error()));
    m_count->setEnabled(m_window->currentData().toInt() != int(ExpiryPolicy::Window::None));
    m_whatIfButton->setEnabled(change.ok());
    const bool changed = change && m_current && !changesFrom(*m_current, change.value()).isEmpty();
    // Saved only once its what-if is on screen: the admin sees what the policy would have done.
    const bool whatIfShown = m_whatIfShownFor == proposalKey();
    m_save->setEnabled(changed && whatIfShown && m_session.role() == Role::Admin);
    if (changed && !whatIfShown && m_session.role() == Role::Admin)
        m_save->setToolTip(tr("Run What if… for these settings first."));
    else if (m_session.role() == Role::Admin)
        m_save->setToolTip(QString());
}

void ExpiryPolicyPage::runWhatIf()
{
    const Result<ExpiryPolicyChange> change = editedChange();
    if (!change) {
        m_problem->setText(LedgerWords::error(change.error()));
        Q_EMIT whatIfShown(false);
        return;
    }
    const ExpiryProposal proposal = editedProposal().value();
    const AgeingBuckets buckets = *change.value().buckets;
    const QString breakage = *change.value().breakage;
    const qint64 asOfMs = m_session.clock().nowMs() + 1;  // everything up to and including now
    const QString key = proposalKey();
    const quint64 generation = ++m_whatIfGeneration;
    ++m_busy;
    m_whatIfButton->setEnabled(false);
    m_whatIfSummary->setText(tr("Computing the what-if over every lot…"));
    m_session.service()
        .report([proposal, buckets, breakage, asOfMs](const ExpiryPolicy &) -> Result<ReportRequest> {
            ReportRequest request;
            request.name = QStringLiteral("what-if");
            request.asOfMs = asOfMs;
            request.buckets = buckets;
            request.proposedExpiry = proposal;
            // The edited expected rates, if any: they are what the policy would configure.
            const Result<BreakageSpec> rates = BreakageSpec::parse(breakage, buckets.count());
            if (!rates)
                return rates.error();
            request.breakage = rates.value();
            return request;
        })
        .then(this, [this, key, generation](const Result<Report> &report) {
            --m_busy;
            if (generation != m_whatIfGeneration)
                return;  // a later what-if was asked for
            m_whatIfButton->setEnabled(true);
            if (!report) {
                m_comparison->clear();
                m_whatIfShownFor.clear();
                m_whatIfSummary->setText(tr("No what-if: %1").arg(LedgerWords::error(report.error())));
                edited();
                Q_EMIT whatIfShown(false);
                return;
            }
            ReportPage::fill(m_comparison, report.value().table);
            const QJsonObject &figures = report.value().figures;
            const QJsonObject difference = figures.value(QStringLiteral("change")).toObject();
            const QString currency = report.value().parameters.value(QStringLiteral("currency")).toString();
            const int decimals = report.value().chart.decimals;
            const QLocale locale;
            const auto amount = [&](qint64 minor) {
                return money::formatAmount(minor, money::Currency{currency, decimals}, locale) + QLatin1Char(' ') + currency;
            };
            m_whatIfHeadline = tr("Had it applied, %1 of %2 lots would move: outstanding points %3, expired points %4, net liability %5.")
                                   .arg(locale.toString(figures.value(QStringLiteral("lots_moved")).toInteger()),
                                        locale.toString(figures.value(QStringLiteral("lots_governed")).toInteger()),
                                        locale.toString(difference.value(QStringLiteral("outstanding")).toInteger()),
                                        locale.toString(difference.value(QStringLiteral("expired")).toInteger()),
                                        amount(difference.value(QStringLiteral("net_liability")).toInteger()));
            m_whatIfSummary->setText(m_whatIfHeadline + QLatin1Char('\n') + report.value().notes.value(1));
            m_whatIfShownFor = key;
            edited();
            Q_EMIT whatIfShown(true);
        });
}

QString ExpiryPolicyPage::changesFrom(const ExpiryPolicy &before, const ExpiryPolicyChange &after) const
{
    QStringList lines;
    ExpiryPolicy proposed = before;
    proposed.window = *after.window;
    proposed.windowCount = *after.windowCount;
    if (proposed.window != before.window || proposed.windowCount != before.windowCount)
        lines << tr("expiry %1 → %2").arg(before.windowText(), proposed.windowText());
    if (*after.graceDays != before.graceDays)
        lines << tr("grace %1 → %2 days").arg(before.graceDays).arg(*after.graceDays);
    if (after.buckets->toString() != before.buckets.toString())
        lines << tr("buckets %1 → %2").arg(before.buckets.toString(), after.buckets->toString());
    if (*after.breakage != before.breakage)
        lines << tr("expected breakage %1 → %2").arg(before.breakage.isEmpty() ? tr("(from history)") : before.breakage,
                                                        after.breakage->isEmpty() ? tr("(from history)") : *after.breakage);
    return lines.join(QLatin1Char('\n'));
}

void ExpiryPolicyPage::save(const std::function<std::optional<QString>(const QString &summary)> &confirm)
{
    const Result<ExpiryPolicyChange> change = editedChange();
    if (!change || !m_current || m_session.role() != Role::Admin || m_whatIfShownFor != proposalKey()) {
        Q_EMIT saved(false);
        return;
    }
    const QString changes = changesFrom(*m_current, change.value());
    if (changes.isEmpty()) {
        Q_EMIT saved(false);
        return;
    }
    const QString summary = tr("Version %1 will change:\n%2\n\n%3\nLots already issued keep their dates.")
                                .arg(m_current->version + 1)
                                .arg(changes, m_whatIfHeadline);
    std::optional<QString> reason;
    if (confirm) {
        reason = confirm(summary);
    } else {
        bool accepted = false;
        const QString typed = QInputDialog::getText(this, tr("Save the expiry policy"),
                                                    summary + tr("\n\nWhy (kept with the version and in the audit trail):"),
                                                    QLineEdit::Normal, QString(), &accepted);
        if (accepted)
            reason = typed;
    }
    if (!reason) {
        Q_EMIT saved(false);
        return;
    }
    ExpiryPolicyChange filed = change.value();
    filed.reason = *reason;
    ++m_busy;
    m_session.service()
        .changeExpiryPolicy(filed, m_session.actor())
        .then(this, [this](const Result<ExpiryPolicy> &policy) {
            --m_busy;
            m_problem->setText(policy ? QString() : LedgerWords::error(policy.error()));
            refresh();
            Q_EMIT saved(policy.ok());
        });
}

}  // namespace orchard::ui
