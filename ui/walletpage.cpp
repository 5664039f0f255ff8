#include "walletpage.h"
#include "localtimes.h"
#include "ledgerwords.h"

#include "consolesession.h"
#include "ledger/ledger.h"
#include "service/ledgerwriter.h"
#include "money/money.h"
#include "store/sqlerror.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QUuid>
#include <QValueAxis>

#include <map>

#include <memory>

namespace orchard::ui {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr int historyShown = 5'000;

money::Currency currencyOf(const FundingWalletView &wallet)
{
    const Result<money::Currency> currency = money::currency(QStringLiteral("currency"), wallet.currency);
    return currency ? currency.value() : money::Currency{wallet.currency, 2};
}

}  // namespace

WalletPage::WalletPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_figures = new QLabel(this);
    m_figures->setTextFormat(Qt::RichText);
    m_warning = new QLabel(this);
    m_warning->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
    m_warning->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("amount, e.g. 250000.00"));
    m_amount->setAccessibleName(tr("Amount to fund"));
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("bank transfer reference"));
    m_reference->setAccessibleName(tr("Bank reference"));
    m_fundButton = new QPushButton(tr("&Fund…"), this);
    m_threshold = new QLineEdit(this);
    m_threshold->setPlaceholderText(tr("warn below, e.g. 50000.00"));
    m_threshold->setAccessibleName(tr("Low-balance threshold"));
    m_thresholdButton = new QPushButton(tr("Set &threshold"), this);
    const bool mayFund = session.role() != Role::Hr;
    for (QWidget *control : std::initializer_list<QWidget *>{m_amount, m_reference, m_fundButton, m_threshold, m_thresholdButton}) {
        control->setEnabled(mayFund);
        if (!mayFund)
            control->setToolTip(tr("Only admin and finance fund the programme wallet."));
    }
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Fund:"), this));
    actions->addWidget(m_amount, 1);
    actions->addWidget(m_reference, 1);
    actions->addWidget(m_fundButton);
    actions->addSpacing(24);
    actions->addWidget(m_threshold, 1);
    actions->addWidget(m_thresholdButton);

    m_chartView = new QChartView(new QChart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chartView->setAccessibleName(tr("Balance over time"));
    m_movements = new QStandardItemModel(0, 7, this);
    m_movements->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("Source"), tr("Reference"), tr("Member"), tr("Amount"), tr("Balance after")});
    auto *table = new QTableView(this);
    table->setModel(m_movements);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAccessibleName(tr("Funding wallet movements"));
    m_perDay = new QStandardItemModel(0, 4, this);
    m_perDay->setHorizontalHeaderLabels({tr("Day (UTC)"), tr("Source"), tr("Funded"), tr("Drawn (net of returns)")});
    auto *perDay = new QTableView(this);
    perDay->setModel(m_perDay);
    perDay->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    perDay->setAccessibleName(tr("Fundings and draws by source per day"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(table, tr("&Movements"));
    tabs->addTab(perDay, tr("By &day and source"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addWidget(m_warning);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_fundButton, &QPushButton::clicked, this, [this] { fund(m_amount->text(), m_reference->text()); });
    connect(m_thresholdButton, &QPushButton::clicked, this, [this] { setThreshold(m_threshold->text()); });
    refresh();
}

QString WalletPage::money(qint64 minor) const
{
    const money::Currency currency = m_wallet ? currencyOf(*m_wallet) : money::Currency{QStringLiteral("INR"), 2};
    return money::formatAmount(minor, currency, QLocale()) + QLatin1Char(' ') + currency.code;
}

void WalletPage::refresh()
{
    m_busy = true;
    m_session.service()
        .walletState(historyShown)
        .then(this, [this](const Result<WalletState> &state) {
            m_busy = false;
            if (!state) {
                m_message->setText(LedgerWords::error(state.error()));
                return;
            }
            show(state.value().wallet, state.value().movements);
            Q_EMIT refreshed();
        });
}

std::optional<qint64> WalletPage::daysOfCover(qint64 balanceMinor, const QList<FundingMovement> &movements, qint64 nowMs)
{
    // Drawn = what left the available balance other than by funding, net of what came back
    // (released and timed-out holds), over the 30 days before now.
    qint64 drawn = 0;
    for (const FundingMovement &movement : movements)
        if (movement.postedAtMs >= nowMs - 30 * dayMs && movement.postedAtMs < nowMs && movement.kind != QLatin1String("fund"))
            drawn -= movement.amountMinor;
    if (drawn <= 0)
        return std::nullopt;
    return balanceMinor * 30 / drawn;  // balance ÷ (drawn ÷ 30 days), rounded down
}

void WalletPage::show(const FundingWalletView &wallet, const QList<FundingMovement> &movements)
{
    m_wallet = wallet;
    if (!wallet.opened) {
        m_figures->setText(wallet.funding == QLatin1String("prepaid")
                               ? tr("<b>The funding wallet is not open yet.</b> Its first funding opens it; until then redemptions draw nothing.")
                               : tr("<b>This programme is not pre-paid</b> (programme setting funding = none)."));
    } else {
        const std::optional<qint64> cover = daysOfCover(wallet.balanceMinor, movements, m_session.clock().nowMs());
        m_figures->setText(tr("<b>Available %1</b> · held for open reservations %2 · drawn %3 · funded %4 · threshold %5 · %6")
                               .arg(money(wallet.balanceMinor), money(wallet.heldMinor), money(wallet.drawnMinor), money(wallet.fundedMinor),
                                    wallet.thresholdMinor ? money(*wallet.thresholdMinor) : tr("none"),
                                    cover ? tr("%n day(s) of cover at the last 30 days' draws", nullptr, int(std::min<qint64>(*cover, 1'000'000)))
                                          : tr("nothing drawn in the last 30 days")));
    }
    m_warning->setVisible(wallet.belowThreshold());
    m_warning->setText(tr("The funding wallet is below its threshold: fund it before redemptions are refused."));

    m_movements->removeRows(0, m_movements->rowCount());
    const QLocale locale;
    for (const FundingMovement &movement : movements) {
        QList<QStandardItem *> row{
            new QStandardItem(localtimes::dateTime(movement.postedAtMs)),
            new QStandardItem(LedgerWords::kind(movement.kind)),
            new QStandardItem(movement.source),
            new QStandardItem(movement.reference),
            new QStandardItem(movement.memberId),
            new QStandardItem(money(movement.amountMinor)),
            new QStandardItem(money(movement.balanceMinor)),
        };
        row[5]->setData(movement.amountMinor, Qt::UserRole);
        row[6]->setData(movement.balanceMinor, Qt::UserRole);
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_movements->appendRow(row);
    }
    drawChart(movements);
    fillPerDay(movements);
}

// Sums of the engine's movements, grouped: what was paid in, and what left the available
// balance other than by funding net of what came back, per UTC day and source.
void WalletPage::fillPerDay(const QList<FundingMovement> &movements)
{
    std::map<std::pair<QString, QString>, std::pair<qint64, qint64>, std::greater<>> days;  // newest day first
    for (const FundingMovement &movement : movements) {
        const QString day = QDateTime::fromMSecsSinceEpoch(movement.postedAtMs, QTimeZone::utc()).date().toString(Qt::ISODate);
        auto &[funded, drawn] = days[{day, movement.source}];
        if (movement.kind == QLatin1String("fund"))
            funded += movement.amountMinor;
        else
            drawn -= movement.amountMinor;
    }
    m_perDay->removeRows(0, m_perDay->rowCount());
    for (const auto &[key, sums] : days) {
        QList<QStandardItem *> row{new QStandardItem(key.first), new QStandardItem(key.second), new QStandardItem(money(sums.first)),
                                   new QStandardItem(money(sums.second))};
        row[2]->setData(sums.first, Qt::UserRole);
        row[3]->setData(sums.second, Qt::UserRole);
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_perDay->appendRow(row);
    }
}

void WalletPage::drawChart(const QList<FundingMovement> &movements)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Funding wallet balance"));
    chart->legend()->hide();
    auto *line = new QLineSeries;
    const int decimals = m_wallet ? currencyOf(*m_wallet).decimals : 2;
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    for (qsizetype i = movements.size() - 1; i >= 0; --i)  // oldest first
        line->append(double(movements.at(i).postedAtMs), double(movements.at(i).balanceMinor) / scale);  // drawing only
    chart->addSeries(line);
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("dd MMM"));
    chart->addAxis(time, Qt::AlignBottom);
    line->attachAxis(time);
    auto *amount = new QValueAxis;
    amount->setTitleText(m_wallet ? m_wallet->currency : QString());
    amount->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(amount, Qt::AlignLeft);
    line->attachAxis(amount);
    const std::unique_ptr<QChart> previous(m_chartView->chart());  // the view gives it up without deleting it
    m_chartView->setChart(chart);
}

void WalletPage::fund(const QString &amountText, const QString &bankReference, const std::function<bool(const QString &)> &confirm)
{
    if (!m_wallet)
        return;
    const Result<qint64> amount = money::parseAmount(QStringLiteral("amount"), amountText.trimmed(), currencyOf(*m_wallet));
    if (!amount) {
        m_message->setText(LedgerWords::error(amount.error()));
        Q_EMIT funded(false);
        return;
    }
    if (bankReference.trimmed().isEmpty()) {
        m_message->setText(tr("bank reference: required; a bank transfer funds the wallet once"));
        Q_EMIT funded(false);
        return;
    }
    const QString question = tr("Fund the programme wallet with %1 (bank reference %2)?\nAvailable after: %3")
                                 .arg(money(amount.value()), bankReference.trimmed(), money(m_wallet->balanceMinor + amount.value()));
    const bool yes = confirm ? confirm(question)
                             : QMessageBox::question(this, tr("Fund the wallet"), question) == QMessageBox::Yes;
    if (!yes) {
        Q_EMIT funded(false);
        return;
    }
    FundRequest request{amount.value(), bankReference.trimmed(), QUuid::createUuid().toString(QUuid::WithoutBraces)};
    const Actor actor = m_session.actor();
    m_busy = true;
    m_session.service()
        .fundWallet(request, actor)
        .then(this, [this](const Result<MoneyReceipt> &receipt) {
            m_busy = false;
            m_message->setText(receipt ? tr("Funded.") : LedgerWords::error(receipt.error()));
            if (receipt) {
                m_amount->clear();
                m_reference->clear();
            }
            refresh();
            Q_EMIT funded(receipt.ok());
        });
}

void WalletPage::setThreshold(const QString &amountText)
{
    if (!m_wallet)
        return;
    const Result<qint64> amount = money::parseAmount(QStringLiteral("threshold"), amountText.trimmed(), currencyOf(*m_wallet));
    if (!amount) {
        m_message->setText(LedgerWords::error(amount.error()));
        return;
    }
    const Actor actor = m_session.actor();
    const qint64 minor = amount.value();
    m_session.service()
        .setFundingThreshold(minor, actor)
        .then(this, [this](const Result<FundingWalletView> &wallet) {
            m_message->setText(wallet ? tr("Threshold set.") : LedgerWords::error(wallet.error()));
            refresh();
        });
}

}  // namespace orchard::ui
