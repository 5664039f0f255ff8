#include "transactionspage.h"
#include "localtimes.h"

#include "money/moneytypes.h"

#include "filedialogs.h"
#include "consolesession.h"
#include "money/money.h"
#include "reports/reportformat.h"
#include "store/sqlerror.h"
#include "transactionsmodel.h"
#include "ledgerwords.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QUuid>
#include <QMessageBox>
#include <QInputDialog>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace orchard::ui {

namespace {

// Each choice shows its word (`words`) and filters by the identifier behind it.
QComboBox *choices(const QString &accessibleName, const QStringList &values, QWidget *parent,
                   QString (*words)(const QString &) = nullptr)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->addItem(TransactionsPage::tr("Any"), QString());
    for (const QString &value : values)
        box->addItem(words ? words(value) : value, value);
    return box;
}

std::optional<QString> chosen(const QComboBox *box)
{
    const QString value = box->currentData().toString();
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

}  // namespace

TransactionsPage::TransactionsPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new TransactionsModel(session.service(), this);

    m_source = choices(tr("Source"), {QStringLiteral("marketplace"), QStringLiteral("loyalife"), QStringLiteral("admin")}, this);
    m_kind = choices(tr("Kind"), {QStringLiteral("issue"), QStringLiteral("reserve"), QStringLiteral("confirm"), QStringLiteral("release"),
                                  QStringLiteral("timeout"), QStringLiteral("expire"), QStringLiteral("reversal"), QStringLiteral("adjust"),
                                  QStringLiteral("checkout"), QStringLiteral("fund"), QStringLiteral("wallet_credit")},
                     this, &LedgerWords::kind);
    m_status = choices(tr("Status"), {QStringLiteral("reserved"), QStringLiteral("confirmed"), QStringLiteral("released"),
                                      QStringLiteral("timed_out"), QStringLiteral("posted")},
                       this, &LedgerWords::status);
    m_member = new QLineEdit(this);
    m_member->setPlaceholderText(tr("Member id"));
    m_member->setAccessibleName(tr("Member"));
    m_member->setObjectName(QStringLiteral("transactionsMember"));
    m_useDates = new QCheckBox(tr("Between"), this);
    m_from = new QDateTimeEdit(this);
    m_to = new QDateTimeEdit(this);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));  // 24-hour in every language
        edit->setEnabled(false);
        connect(m_useDates, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    // Ticking "Between" starts from whole days as of now (the session's clock), so this morning's
    // entries are in, however long the console has been open.
    const auto wholeDaysToNow = [this] {
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs()).date();
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        m_from->setDateTime(QDateTime(today.addDays(-30), QTime(0, 0)));
        m_to->setDateTime(QDateTime(today.addDays(1), QTime(0, 0)));
    };
    wholeDaysToNow();
    connect(m_useDates, &QCheckBox::toggled, this, [this, wholeDaysToNow](bool on) {
        if (on && !m_datesEdited)
            wholeDaysToNow();
    });
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { m_datesEdited = true; });
    m_minPoints = new QSpinBox(this);
    m_maxPoints = new QSpinBox(this);
    for (QSpinBox *spin : {m_minPoints, m_maxPoints}) {
        spin->setRange(0, 1'000'000'000);
        spin->setSpecialValueText(tr("any"));
        spin->setGroupSeparatorShown(true);
    }
    m_minPoints->setAccessibleName(tr("Minimum points"));
    m_maxPoints->setAccessibleName(tr("Maximum points"));
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("Reference contains…"));
    m_reference->setAccessibleName(tr("Reference"));
    auto *apply = new QPushButton(tr("&Apply"), this);
    apply->setDefault(true);
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), this);

    // Two rows of filters, so the screen fits 1280 pixels.
    auto *filters = new QGridLayout;
    int column = 0;
    for (QWidget *widget : std::initializer_list<QWidget *>{new QLabel(tr("Source"), this), m_source, new QLabel(tr("Kind"), this), m_kind,
                                                            new QLabel(tr("Status"), this), m_status, m_member})
        filters->addWidget(widget, 0, column++);
    filters->addWidget(apply, 0, column);
    column = 0;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_useDates, m_from, m_to, new QLabel(tr("Points"), this), m_minPoints,
                                                            m_maxPoints, m_reference})
        filters->addWidget(widget, 1, column++);
    filters->addWidget(exportButton, 1, column);
    filters->setColumnStretch(6, 1);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Sorting happens in SQL by keyset (TransactionsModel::sort): newest first until a header is clicked.
    m_view->horizontalHeader()->setSortIndicator(TransactionsModel::Time, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Transactions"));
    const QList<int> widths{135, 95, 75, 95, 125, 75, 95, 85};  // every column, Money and Status too, fits at 1280 pixels
    for (int i = 0; i < widths.size(); ++i)
        m_view->setColumnWidth(i, widths.at(i));
    m_detail = new QTextBrowser(this);
    m_detail->setAccessibleName(tr("Entry detail"));
    m_refund = new QPushButton(tr("&Refund…"), this);
    m_refund->setEnabled(false);
    m_refund->setToolTip(session.canIssuePoints() ? tr("Give back the selected confirmed redemption or checkout, whole or in part.")
                                                  : tr("Only the admin role may refund."));
    m_refundAnswer = new QLabel(this);
    m_refundAnswer->setWordWrap(true);
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_refund, 0, Qt::AlignLeft);
    detailLayout->addWidget(m_refundAnswer);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_changedSince = new QLabel(tr("The ledger has changed since these rows were read: Refresh (F5) shows the new entries."), this);
    m_changedSince->setAccessibleName(tr("The ledger has changed"));
    m_changedSince->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_changedSince);
    layout->addWidget(m_totals);

    connect(apply, &QPushButton::clicked, this, &TransactionsPage::applyControls);
    // Filters apply as they are typed, once the typing pauses.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, &TransactionsPage::applyControls);
    for (QComboBox *box : {m_source, m_kind, m_status})
        connect(box, &QComboBox::currentIndexChanged, m_typing, qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_member, m_reference})
        connect(edit, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    for (QSpinBox *spin : {m_minPoints, m_maxPoints})
        connect(spin, &QSpinBox::valueChanged, m_typing, qOverload<>(&QTimer::start));
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_useDates, &QCheckBox::toggled, m_typing, qOverload<>(&QTimer::start));
    connect(m_reference, &QLineEdit::returnPressed, apply, &QPushButton::click);
    connect(m_member, &QLineEdit::returnPressed, apply, &QPushButton::click);
    // Rows come first; on a big journal the count and sums of the filter follow seconds later.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_changedSince->hide();
        // A running balance belongs to one member's register.
        m_view->setColumnHidden(TransactionsModel::AvailableAfter, !m_model->filter().memberId);
        m_totals->setText(tr("Counting the entries and sums of this filter…"));
    });
    connect(m_model, &TransactionsModel::totalsChanged, this, &TransactionsPage::showTotals);
    connect(m_model, &TransactionsModel::failed, this, [this](const QString &message) { m_totals->setText(tr("Error: %1").arg(message)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TransactionsPage::showDetail);
    connect(m_refund, &QPushButton::clicked, this, &TransactionsPage::askToRefund);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        QMenu *menu = rowMenu(index.row());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFileName(this, tr("Export transactions"), QStringLiteral("transactions.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    QSettings settings;
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("transactions/header")).toByteArray());
    m_source->setCurrentIndex(std::max(0, m_source->findData(settings.value(QStringLiteral("transactions/source")).toString())));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(settings.value(QStringLiteral("transactions/kind")).toString())));
    m_model->setFilter(filterFromControls());
    m_typing->stop();  // the saved filters just restored are already applied
}

TransactionsPage::~TransactionsPage()
{
    QSettings settings;
    settings.setValue(QStringLiteral("transactions/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("transactions/source"), m_source->currentData());
    settings.setValue(QStringLiteral("transactions/kind"), m_kind->currentData());
}

TransactionFilter TransactionsPage::filterFromControls() const
{
    TransactionFilter filter;
    filter.source = chosen(m_source);
    filter.kind = chosen(m_kind);
    filter.status = chosen(m_status);
    if (!m_member->text().trimmed().isEmpty())
        filter.memberId = m_member->text().trimmed();
    if (m_useDates->isChecked()) {
        filter.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        filter.toMs = m_to->dateTime().toMSecsSinceEpoch();
    }
    if (m_minPoints->value() > 0)
        filter.minPoints = m_minPoints->value();
    if (m_maxPoints->value() > 0)
        filter.maxPoints = m_maxPoints->value();
    filter.referenceContains = m_reference->text().trimmed();
    filter.order = m_model->filter().order;  // the header's order is not a filter control
    filter.descending = m_model->filter().descending;
    return filter;
}

// A filter that can match nothing is said to be so, not run.
QString TransactionsPage::filterProblem() const
{
    const QLocale locale;
    if (m_minPoints->value() > 0 && m_maxPoints->value() > 0 && m_minPoints->value() > m_maxPoints->value())
        return tr("Points: the minimum %1 is above the maximum %2, so no entry could match.")
            .arg(locale.toString(m_minPoints->value()), locale.toString(m_maxPoints->value()));
    if (m_useDates->isChecked() && m_from->dateTime() >= m_to->dateTime())
        return tr("Between: %1 is not before %2, so no entry could match.")
            .arg(localtimes::dateTime(m_from->dateTime()), localtimes::dateTime(m_to->dateTime()));
    return {};
}

void TransactionsPage::applyControls()
{
    m_typing->stop();
    if (const QString problem = filterProblem(); !problem.isEmpty()) {
        m_totals->setText(problem);
        return;
    }
    m_model->setFilter(filterFromControls());
}

void TransactionsPage::applyFilter(const TransactionFilter &filter)
{
    const auto select = [](QComboBox *box, const std::optional<QString> &value) { box->setCurrentIndex(std::max(0, box->findData(value.value_or(QString())))); };
    select(m_source, filter.source);
    select(m_kind, filter.kind);
    select(m_status, filter.status);
    m_member->setText(filter.memberId.value_or(QString()));
    m_useDates->setChecked(filter.fromMs.has_value());
    if (filter.fromMs)
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(*filter.fromMs, QTimeZone::utc()));
    if (filter.toMs)
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(*filter.toMs, QTimeZone::utc()));
    m_minPoints->setValue(int(filter.minPoints.value_or(0)));
    m_maxPoints->setValue(int(filter.maxPoints.value_or(0)));
    m_reference->setText(filter.referenceContains);
    m_model->setFilter(filter);
    const TransactionsModel::Column column = TransactionsModel::columnOf(filter.order);
    const QSignalBlocker quiet(m_view->horizontalHeader());
    m_view->horizontalHeader()->setSortIndicator(column, filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

// Another write reached the ledger. The newest rows come in at once unless the user is reading
// further down or has an entry selected: then the list stays put and says it is behind.
void TransactionsPage::followLedger()
{
    const bool reading = m_view->verticalScrollBar()->value() > 0 || m_view->selectionModel()->hasSelection();
    if (reading)
        m_changedSince->show();
    else
        m_model->refresh();
}

void TransactionsPage::showTotals(const TransactionTotals &totals)
{
    const QLocale locale;
    // Per kind: an issue's points and a redemption's are different things and never one sum.
    QStringList kinds;
    for (auto it = totals.byKind.constBegin(); it != totals.byKind.constEnd(); ++it)
        kinds << tr("%1 %2: %3 points").arg(locale.toString(it->count), LedgerWords::kind(it.key()), locale.toString(it->points));
    m_totals->setText(tr("%1 entries (%2) · %3 %4 in money")
                          .arg(locale.toString(totals.count), kinds.isEmpty() ? tr("none") : kinds.join(QStringLiteral(", ")),
                               money::formatAmount(totals.moneyMinor, m_model->currency(), locale), m_model->currency().code));
}

void TransactionsPage::showDetail(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const TransactionRow &selected = m_model->rowAt(index.row());
    const QString refusal = refundRefusal(selected);
    m_refund->setEnabled(refusal.isEmpty());
    m_refund->setToolTip(refusal.isEmpty() ? tr("Give back the selected confirmed redemption or checkout, whole or in part.") : refusal);
    const qint64 entryId = m_model->rowAt(index.row()).entryId;
    m_session.service()
        .transactionDetail(entryId)
        .then(this, [this](const Result<TransactionDetail> &detail) {
            if (!detail) {
                m_detail->setPlainText(LedgerWords::error(detail.error()));
                return;
            }
            m_detail->setHtml(detailHtml(detail.value()));
        });
}

// An entry as a person reads it: times local and UTC, points as points and money as money in
// its currency (postings in money are minor units), the audit record as labelled lines.
QString TransactionsPage::detailHtml(const TransactionDetail &d) const
{
    const QLocale locale;
    const auto when = [&](qint64 ms) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        return tr("%1 (%2 UTC)").arg(localtimes::dateTimeLong(ms),
                                      at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    };
    const auto inUnit = [&](qint64 amount, const QString &unit) {
        const QString sign = amount < 0 ? QStringLiteral("−") : QString();  // a true minus, for points and money alike
        if (unit == QLatin1String("points"))
            return tr("%1 points").arg(sign + locale.toString(amount < 0 ? -amount : amount));
        const Result<money::Currency> currency = money::currency(QStringLiteral("unit"), unit);
        const money::Currency shown = currency ? currency.value() : m_model->currency();
        const QString magnitude = money::formatAmount(amount < 0 ? -amount : amount, shown, locale);
        return sign + magnitude + QLatin1Char(' ') + shown.code;
    };
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = tr("<h3>Entry %1: %2</h3>").arg(d.row.entryId).arg(LedgerWords::kind(d.row.kind).toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Posted"), when(d.row.postedAtMs));
    html += row(tr("Member"), d.row.memberId);
    html += row(tr("Source"), d.row.source);
    if (!d.row.reference.isEmpty())
        html += row(tr("Reference"), d.row.reference);
    html += row(tr("Points"), inUnit(d.row.points, QStringLiteral("points")));
    if (d.row.moneyMinor != 0)
        html += row(tr("Money"), inUnit(d.row.moneyMinor, m_model->currency().code));
    html += row(tr("Status"), LedgerWords::status(d.row.status));
    html += row(tr("By"), d.actor);
    if (!d.reason.isEmpty())
        html += row(tr("Reason"), d.reason);
    html += QStringLiteral("</table>");
    html += tr("<h4>Postings</h4><table>");
    for (const QJsonObject &posting : d.postings)
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
                    .arg(posting.value(QStringLiteral("account")).toString().toHtmlEscaped(),
                         inUnit(posting.value(QStringLiteral("amount")).toInteger(), posting.value(QStringLiteral("unit")).toString()).toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (!d.lotMovements.isEmpty()) {
        html += tr("<h4>Lots</h4><table>");
        for (const QJsonObject &movement : d.lotMovements)
            html += tr("<tr><td>lot %1</td><td align=right>%2</td><td>%3</td></tr>")
                        .arg(movement.value(QStringLiteral("lot")).toInteger())
                        .arg(inUnit(movement.value(QStringLiteral("points")).toInteger(), QStringLiteral("points")).toHtmlEscaped(),
                             LedgerWords::movement(movement.value(QStringLiteral("kind")).toString()).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    if (!d.audit.isEmpty()) {
        // The details name their money in minor units; these keys are money.
        static const QStringList moneyKeys{QStringLiteral("funding_drawn"), QStringLiteral("funding_returned"), QStringLiteral("wallet"),
                                           QStringLiteral("wallet_paid"),   QStringLiteral("amount_minor"),     QStringLiteral("funding_minor"),
                                           QStringLiteral("wallet_minor"),  QStringLiteral("order")};
        html += tr("<h4>Audit record %1</h4><table>").arg(d.audit.value(QStringLiteral("record")).toInteger());
        html += row(tr("Action"), d.audit.value(QStringLiteral("action")).toString());
        html += row(tr("Actor"), d.audit.value(QStringLiteral("actor")).toString());
        html += row(tr("At"), when(d.audit.value(QStringLiteral("at_ms")).toInteger()));
        const QJsonObject details = d.audit.value(QStringLiteral("details")).toObject();
        for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
            QString value;
            if (it.value().isDouble() && moneyKeys.contains(it.key()))
                value = inUnit(it.value().toInteger(), m_model->currency().code);
            else if (it.value().isDouble())
                value = locale.toString(it.value().toInteger());
            else if (it.value().isString())
                value = it.value().toString();
            else
                value = QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            html += row(reportformat::columnTitle(it.key()), value);  // "Funding drawn", not funding_drawn
        }
        html += row(tr("Digest"), d.audit.value(QStringLiteral("hash")).toString());
        html += QStringLiteral("</table>");
    }
    return html;
}

QString TransactionsPage::refundRefusal(const TransactionRow &row) const
{
    if (!m_session.canIssuePoints())
        return tr("Only the admin role may refund.");
    if (!row.reservationId || (row.kind != QLatin1String("confirm") && row.kind != QLatin1String("checkout")))
        return tr("Only a confirmed redemption or a checkout can be refunded; this entry is a %1.").arg(LedgerWords::kind(row.kind));
    return {};
}

QMenu *TransactionsPage::rowMenu(int row)
{
    const TransactionRow entry = m_model->rowAt(row);
    auto *menu = new QMenu(this);
    QAction *copy = menu->addAction(tr("&Copy reference"), this, [entry] { QGuiApplication::clipboard()->setText(entry.reference); });
    copy->setEnabled(!entry.reference.isEmpty());
    if (entry.reference.isEmpty())
        copy->setToolTip(tr("This entry has no reference."));
    menu->addAction(tr("Copy entry &number"), this, [entry] { QGuiApplication::clipboard()->setText(QString::number(entry.entryId)); });
    menu->addSeparator();
    const QString noMember = tr("This entry belongs to the programme, not to a member.");
    QAction *only = menu->addAction(tr("&Only this member's entries"), this, [this, entry] {
        TransactionFilter filter = filterFromControls();
        filter.memberId = entry.memberId;
        applyFilter(filter);
    });
    QAction *open = menu->addAction(tr("&Open member"), this, [this, entry] { Q_EMIT memberRequested(entry.memberId); });
    for (QAction *action : {only, open}) {
        action->setEnabled(!entry.memberId.isEmpty());
        if (entry.memberId.isEmpty())
            action->setToolTip(noMember);
    }
    menu->addSeparator();
    QAction *refundAction = menu->addAction(tr("&Refund…"), this, &TransactionsPage::askToRefund);
    const QString refusal = refundRefusal(entry);
    refundAction->setEnabled(refusal.isEmpty());
    refundAction->setToolTip(refusal);
    QAction *release = menu->addAction(tr("Re&lease hold…"), this, [this, entry] { Q_EMIT holdReleaseRequested(*entry.reservationId, entry.points); });
    QString releaseRefusal;
    if (!m_session.canIssuePoints())
        releaseRefusal = tr("Only the admin role may release a hold.");
    else if (!entry.reservationId || entry.status != QLatin1String("reserved"))
        releaseRefusal = tr("Only a hold still reserved can be released; this one is %1.").arg(LedgerWords::status(entry.status));
    release->setEnabled(releaseRefusal.isEmpty());
    release->setToolTip(releaseRefusal);
    menu->setToolTipsVisible(true);
    return menu;
}

void TransactionsPage::askToRefund()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_session.canIssuePoints())
        return;
    const TransactionRow row = m_model->rowAt(current.row());
    if (!row.reservationId)
        return;
    const qint64 reservationId = *row.reservationId;
    m_session.service().memberBalance(row.memberId).then(this, [this, row, reservationId](const Result<Balance> &balance) {
        if (!balance) {
            m_refundAnswer->setText(LedgerWords::error(balance.error()));
            return;
        }
        bool ok = false;
        const int points = QInputDialog::getInt(this, tr("Refund"),
                                                tr("Points of %1 to give back to %2 (at most the %3 it confirmed, less earlier refunds):")
                                                    .arg(reservationToken(reservationId), row.memberId, QLocale().toString(row.points)),
                                                int(row.points), 0, int(std::min<Points>(row.points, 1'000'000'000)), 1, &ok);
        if (!ok)
            return;
        const QString reason = QInputDialog::getText(this, tr("Refund"), tr("Reason (kept in the audit trail):"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        if (QMessageBox::question(this, tr("Refund"),
                                  tr("Refund %1 points of %2 to %3 (%4)? Their available points become %5.")
                                      .arg(QLocale().toString(points), reservationToken(reservationId), row.memberId, reason,
                                           QLocale().toString(balance.value().available + points)))
            != QMessageBox::Yes)
            return;
        // 0 points: a checkout's wallet leg only is not offered here; orchardctl refund --wallet does it.
        refund(reservationId, points > 0 ? std::optional<Points>(points) : std::nullopt, reason);
    });
}

void TransactionsPage::refund(qint64 reservationId, std::optional<Points> points, const QString &reason)
{
    RefundRequest request;
    request.reservationId = reservationId;
    request.points = points;
    request.reason = reason;
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_session.service().refund(request, m_session.actor()).then(this, [this](const Result<RefundReceipt> &done) {
        const QString message = done ? tr("%1 of %2: %3 points back to %4; %5 left to refund.")
                                           .arg(refundToken(done.value().refundId), reservationToken(done.value().reservationId),
                                                QLocale().toString(done.value().points), done.value().memberId,
                                                QLocale().toString(done.value().pointsLeft))
                                     : LedgerWords::error(done.error());
        m_refundAnswer->setText(message);
        if (done)
            m_model->setFilter(m_model->filter());  // the refund's entry joins the list
        Q_EMIT refunded(bool(done), message);
    });
}

void TransactionsPage::exportCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_totals->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.write("time,member,kind,source,reference,points,money_minor,status\r\n");
    const TransactionFilter filter = m_model->filter();
    const qint64 expected = m_model->totals().count;
    QProgressDialog progress(tr("Exporting transactions…"), tr("Cancel"), 0, int(std::min<qint64>(expected, INT_MAX)), this);
    progress.setWindowModality(Qt::WindowModal);
    std::optional<TransactionKey> after;
    qint64 written = 0;
    // Page by page on a reader thread; the dialog stays responsive and can cancel.
    while (!progress.wasCanceled()) {
        QFuture<Result<QList<TransactionRow>>> pending = m_session.service().transactions(filter, after, 5000);
        while (!pending.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const Result<QList<TransactionRow>> page = pending.result();
        if (!page || page.value().isEmpty())
            break;
        for (const TransactionRow &row : page.value()) {
            const QStringList fields{QDateTime::fromMSecsSinceEpoch(row.postedAtMs, QTimeZone::utc()).toString(Qt::ISODateWithMs),
                                     row.memberId, row.kind, row.source, row.reference,
                                     QString::number(row.points), QString::number(row.moneyMinor), row.status};
            file.write(reportformat::csvLine(fields));
        }
        written += page.value().size();
        progress.setValue(int(std::min<qint64>(written, progress.maximum())));
        after = TransactionKey::of(page.value().last(), filter.order);
    }
    file.close();
    m_totals->setText(tr("Exported %1 entries to %2").arg(QLocale().toString(written), path));
}

}  // namespace orchard::ui
