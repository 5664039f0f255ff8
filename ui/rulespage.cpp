#include "rulespage.h"
#include "ledgerwords.h"

#include "consolesession.h"
#include "ledger/ledger.h"
#include "service/ledgerwriter.h"
#include "settings/programmebook.h"
#include "store/sqlerror.h"
#include "base/timeformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
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

}  // namespace

RulesPage::RulesPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_minPoints = new QLineEdit(this);
    m_minPoints->setAccessibleName(tr("Minimum points"));
    m_partialPoints = new QCheckBox(tr("Points may cover &part of an order"), this);
    m_walletRemainder = new QCheckBox(tr("&Wallet money may pay the rest"), this);
    m_fallback = new QComboBox(this);
    m_fallback->setAccessibleName(tr("Below the minimum"));
    m_fallback->addItem(tr("Pay with the wallet only"), int(SplitRules::Fallback::WalletOnly));
    m_fallback->addItem(tr("Refuse the order"), int(SplitRules::Fallback::Block));
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_save = new QPushButton(tr("&Save as a new version…"), this);

    auto *rules = new QGroupBox(tr("Rules"), this);
    auto *rulesForm = new QFormLayout(rules);
    rulesForm->addRow(tr("&Minimum points:"), m_minPoints);
    rulesForm->addRow(explanation(tr("A member needs at least this many available points before points apply, and uses at least this many."), this));
    rulesForm->addRow(m_partialPoints);
    rulesForm->addRow(explanation(tr("Off: points pay a whole order or nothing."), this));
    rulesForm->addRow(m_walletRemainder);
    rulesForm->addRow(explanation(tr("Off: the points must cover the order on their own."), this));
    rulesForm->addRow(tr("&Below the minimum:"), m_fallback);
    rulesForm->addRow(explanation(tr("What happens when the member's available points are under the minimum."), this));
    rulesForm->addRow(m_problem);
    rulesForm->addRow(m_save);

    m_order = new QLineEdit(QStringLiteral("1000.00"), this);
    m_order->setAccessibleName(tr("Order amount"));
    m_points = new QLineEdit(QStringLiteral("800"), this);
    m_points->setAccessibleName(tr("Available points"));
    m_wallet = new QLineEdit(QStringLiteral("500.00"), this);
    m_wallet->setAccessibleName(tr("Wallet balance"));
    m_chosen = new QLineEdit(this);
    m_chosen->setAccessibleName(tr("Points the member chooses"));
    m_chosen->setPlaceholderText(tr("empty: as many as the rules allow"));
    m_member = new QLineEdit(this);
    m_member->setAccessibleName(tr("Member"));
    m_member->setPlaceholderText(tr("a member id, then Enter: their points and wallet"));
    connect(m_member, &QLineEdit::returnPressed, this, [this] { useMember(m_member->text().trimmed()); });
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    auto *trial = new QGroupBox(tr("Try a checkout with these rules"), this);
    auto *trialForm = new QFormLayout(trial);
    trialForm->addRow(tr("M&ember:"), m_member);
    trialForm->addRow(tr("&Order:"), m_order);
    trialForm->addRow(tr("A&vailable points:"), m_points);
    trialForm->addRow(tr("Wa&llet:"), m_wallet);
    trialForm->addRow(tr("&Chosen points:"), m_chosen);
    trialForm->addRow(m_preview);

    m_history = new QStandardItemModel(0, 8, this);
    m_history->setHorizontalHeaderLabels({tr("Version"), tr("Minimum points"), tr("Partial points"), tr("Wallet remainder"), tr("Below the minimum"),
                                          tr("Author"), tr("Time"), tr("Reason")});
    auto *history = new QTableView(this);
    history->setModel(m_history);
    history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    history->horizontalHeader()->setStretchLastSection(true);
    history->setAccessibleName(tr("Rule versions"));

    auto *top = new QHBoxLayout;
    top->addWidget(rules, 1);
    top->addWidget(trial, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Versions (a checkout is quoted under the version in force):"), this));
    layout->addWidget(history, 1);

    if (session.role() != Role::Admin) {
        for (QWidget *control : std::initializer_list<QWidget *>{m_minPoints, m_partialPoints, m_walletRemainder, m_fallback, m_save}) {
            control->setEnabled(false);
            control->setToolTip(tr("Only an admin changes the split-payment rules."));
        }
    }
    for (QLineEdit *edit : {m_minPoints, m_order, m_points, m_wallet, m_chosen})
        connect(edit, &QLineEdit::textChanged, this, &RulesPage::edited);
    connect(m_partialPoints, &QCheckBox::toggled, this, &RulesPage::edited);
    connect(m_walletRemainder, &QCheckBox::toggled, this, &RulesPage::edited);
    connect(m_fallback, &QComboBox::currentIndexChanged, this, &RulesPage::edited);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    refresh();
}

void RulesPage::refresh()
{
    m_busy = true;
    m_session.service()
        .rules()
        .then(this, [this](const Result<RulesState> &state) {
            m_busy = false;
            if (!state) {
                m_problem->setText(LedgerWords::error(state.error()));
                return;
            }
            showVersions(state.value().versions, state.value().programme.pointValue, state.value().programme.currency);
            Q_EMIT refreshed();
        });
}

void RulesPage::showVersions(const QList<SplitRulesVersion> &versions, const PointValue &value, const money::Currency &currency)
{
    m_pointValue = value;
    m_currency = currency;
    m_current = versions.isEmpty() ? std::nullopt : std::optional(versions.last());
    m_history->removeRows(0, m_history->rowCount());
    const QLocale locale;
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const SplitRulesVersion &version = versions.at(i);
        QList<QStandardItem *> row{new QStandardItem(QString::number(version.rules.version)),
                                   new QStandardItem(locale.toString(version.rules.minPoints)),
                                   new QStandardItem(version.rules.partialPoints ? tr("yes") : tr("no")),
                                   new QStandardItem(version.rules.walletRemainder ? tr("yes") : tr("no")),
                                   new QStandardItem(SplitRules::fallbackName(version.rules.fallback)),
                                   new QStandardItem(version.rules.version == 0 ? tr("(defaults)") : version.author),
                                   new QStandardItem(version.createdAtMs > 0 ? timeformat::toIso(version.createdAtMs) : QString()),
                                   new QStandardItem(version.reason)};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_history->appendRow(row);
    }
    if (m_current) {
        const QSignalBlocker blockMin(m_minPoints), blockPartial(m_partialPoints), blockWallet(m_walletRemainder), blockFallback(m_fallback);
        m_minPoints->setText(QString::number(m_current->rules.minPoints));
        m_partialPoints->setChecked(m_current->rules.partialPoints);
        m_walletRemainder->setChecked(m_current->rules.walletRemainder);
        m_fallback->setCurrentIndex(m_fallback->findData(int(m_current->rules.fallback)));
    }
    edited();
}

Result<SplitRules> RulesPage::editedRules() const
{
    bool number = false;
    const qlonglong minPoints = m_minPoints->text().trimmed().toLongLong(&number);
    if (!number || minPoints < 0 || minPoints > limits::maxPointsPerOperation)
        return LedgerError::invalidArgument(tr("minimum points"), tr("a whole number of points from 0 to %1, not '%2'")
                                                                      .arg(QLocale().toString(limits::maxPointsPerOperation), m_minPoints->text()));
    SplitRules rules = m_current ? m_current->rules : SplitRules{};
    rules.minPoints = minPoints;
    rules.partialPoints = m_partialPoints->isChecked();
    rules.walletRemainder = m_walletRemainder->isChecked();
    rules.fallback = SplitRules::Fallback(m_fallback->currentData().toInt());
    return rules;
}

Result<CheckoutQuote> RulesPage::previewQuote() const
{
    const Result<SplitRules> rules = editedRules();
    if (!rules)
        return rules.error();
    const Result<qint64> order = money::parseAmount(tr("order"), m_order->text().trimmed(), m_currency);
    if (!order)
        return order.error();
    bool number = false;
    const qlonglong points = m_points->text().trimmed().toLongLong(&number);
    if (!number || points < 0)
        return LedgerError::invalidArgument(tr("available points"), tr("a whole number of points, not '%1'").arg(m_points->text()));
    // An empty wallet is most members' ("0.00" as a member's balance reads): a balance, unlike a
    // payment, may be zero.
    qint64 wallet = 0;
    static const QRegularExpression zero(QStringLiteral("^0*(\\.0*)?$"));
    if (const QString text = m_wallet->text().trimmed(); !zero.match(text).hasMatch()) {
        const Result<qint64> parsed = money::parseAmount(tr("wallet"), text, m_currency);
        if (!parsed)
            return parsed.error();
        wallet = parsed.value();
    }
    std::optional<Points> chosen;
    if (!m_chosen->text().trimmed().isEmpty()) {
        const qlonglong k = m_chosen->text().trimmed().toLongLong(&number);
        if (!number || k < 0)
            return LedgerError::invalidArgument(tr("chosen points"), tr("a whole number of points, not '%1'").arg(m_chosen->text()));
        chosen = k;
    }
    return quoteCheckout(CheckoutInput{order.value(), points, wallet, chosen}, rules.value(), m_pointValue);
}

void RulesPage::setPreviewInput(const QString &order, const QString &points, const QString &wallet, const QString &chosenPoints)
{
    m_order->setText(order);
    m_points->setText(points);
    m_wallet->setText(wallet);
    m_chosen->setText(chosenPoints);
}

void RulesPage::useMember(const QString &memberId)
{
    m_session.service()
        .memberBalance(memberId)
        .then(this, [this](const Result<Balance> &balance) {
            if (!balance) {
                m_preview->setText(tr("<b>%1</b>").arg(LedgerWords::error(balance.error()).toHtmlEscaped()));
                return;
            }
            m_points->setText(QString::number(balance.value().available));
            m_wallet->setText(money::formatAmount(balance.value().walletMinor, m_currency));
        });
}

void RulesPage::edited()
{
    const Result<SplitRules> rules = editedRules();
    m_problem->setText(rules ? QString() : LedgerWords::error(rules.error()));
    m_save->setEnabled(rules && m_session.role() == Role::Admin && m_current && changesFrom(m_current->rules, rules.value()) != QString());
    const QLocale locale;
    const auto amount = [&](qint64 minor) { return money::formatAmount(minor, m_currency, locale) + QLatin1Char(' ') + m_currency.code; };
    const Result<CheckoutQuote> quote = previewQuote();
    if (!quote) {
        // The engine's message counts money in minor units; here it is written as money.
        const QJsonObject &figures = quote.error().details;
        const qint64 walletMinor = figures.value(QStringLiteral("wallet")).toInteger();
        QString message = LedgerWords::error(quote.error());
        if (quote.error().code == errors::insufficientFunds && figures.contains(QStringLiteral("to_pay")))
            message = tr("%1 points leave %2 to pay and the wallet holds %3")
                          .arg(locale.toString(figures.value(QStringLiteral("points")).toInteger()),
                               amount(figures.value(QStringLiteral("to_pay")).toInteger()), amount(walletMinor));
        else if (quote.error().code == errors::insufficientFunds)
            message = tr("the wallet holds %1 of the %2 the order needs")
                          .arg(amount(walletMinor), amount(figures.value(QStringLiteral("order")).toInteger()));
        m_preview->setText(tr("<b>Refused</b> (%1): %2").arg(quote.error().code, message.toHtmlEscaped()));
        return;
    }
    const CheckoutQuote &q = quote.value();
    m_preview->setText(tr("<b>%1 points</b> (worth %2) + <b>%3</b> from the wallet = %4<br>the member may use %5 to %6 points<br><i>%7</i>")
                           .arg(locale.toString(q.points), amount(q.pointsValueMinor), amount(q.walletMinor), amount(q.orderMinor),
                                locale.toString(q.allowedMin), locale.toString(q.allowedMax), q.why.toHtmlEscaped()));
}

QString RulesPage::changesFrom(const SplitRules &before, const SplitRules &after) const
{
    QStringList lines;
    const QLocale locale;
    if (before.minPoints != after.minPoints)
        lines << tr("minimum points %1 → %2").arg(locale.toString(before.minPoints), locale.toString(after.minPoints));
    if (before.partialPoints != after.partialPoints)
        lines << tr("partial points %1 → %2").arg(before.partialPoints ? tr("yes") : tr("no"), after.partialPoints ? tr("yes") : tr("no"));
    if (before.walletRemainder != after.walletRemainder)
        lines << tr("wallet remainder %1 → %2").arg(before.walletRemainder ? tr("yes") : tr("no"), after.walletRemainder ? tr("yes") : tr("no"));
    if (before.fallback != after.fallback)
        lines << tr("below the minimum %1 → %2").arg(SplitRules::fallbackName(before.fallback), SplitRules::fallbackName(after.fallback));
    return lines.join(QLatin1Char('\n'));
}

void RulesPage::save(const std::function<std::optional<QString>(const QString &changes)> &confirm)
{
    const Result<SplitRules> rules = editedRules();
    if (!rules || !m_current || m_session.role() != Role::Admin) {
        Q_EMIT saved(false);
        return;
    }
    const QString changes = changesFrom(m_current->rules, rules.value());
    if (changes.isEmpty()) {
        Q_EMIT saved(false);
        return;
    }
    std::optional<QString> reason;
    if (confirm) {
        reason = confirm(changes);
    } else {
        bool accepted = false;
        const QString typed = QInputDialog::getText(this, tr("Save the rules"),
                                                    tr("Version %1 will change:\n%2\n\nWhy (kept with the version and in the audit trail):")
                                                        .arg(m_current->rules.version + 1)
                                                        .arg(changes),
                                                    QLineEdit::Normal, QString(), &accepted);
        if (accepted)
            reason = typed;
    }
    if (!reason) {
        Q_EMIT saved(false);
        return;
    }
    SplitRulesChange change;
    change.minPoints = rules.value().minPoints;
    change.partialPoints = rules.value().partialPoints;
    change.walletRemainder = rules.value().walletRemainder;
    change.fallback = rules.value().fallback;
    change.reason = *reason;
    m_busy = true;
    m_session.service()
        .changeRules(change, m_session.actor())
        .then(this, [this](const Result<SplitRulesVersion> &version) {
            m_busy = false;
            m_problem->setText(version ? QString() : LedgerWords::error(version.error()));
            refresh();
            Q_EMIT saved(version.ok());
        });
}

}  // namespace orchard::ui
