#include "overviewpage.h"

#include "queries/browsequery.h"
#include "consolesession.h"
#include "money/money.h"
#include "store/sqlerror.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace orchard::ui {

namespace {

QString bySource(const QMap<QString, Points> &points)
{
    const QLocale locale;
    QStringList parts;
    Points total = 0;
    for (auto it = points.constBegin(); it != points.constEnd(); ++it) {
        parts << QStringLiteral("%1: %2").arg(it.key(), locale.toString(it.value()));
        total += it.value();
    }
    if (parts.isEmpty())
        return OverviewPage::tr("none");
    return OverviewPage::tr("%1 points (%2)").arg(locale.toString(total), parts.join(QStringLiteral(", ")));
}

QLabel *figure(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

}  // namespace

OverviewPage::OverviewPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_points = figure(this);
    m_today = figure(this);
    m_month = figure(this);
    m_wallet = figure(this);
    auto *box = new QGroupBox(tr("Programme at a glance"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Points"), m_points);
    form->addRow(tr("Redeemed today"), m_today);
    form->addRow(tr("Redeemed this month"), m_month);
    form->addRow(tr("Funding wallet"), m_wallet);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(refreshButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(refreshButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &OverviewPage::refresh);
    m_timer->start(30'000);
    refresh();
}

void OverviewPage::refresh()
{
    const qint64 nowMs = m_session.clock().nowMs();
    m_session.service()
        .overview(nowMs)
        .then(this, [this](const Result<OverviewFigures> &figures) {
            if (!figures) {
                m_points->setText(tr("Error: %1").arg(figures.error().message));
                return;
            }
            const QLocale locale;
            const BrowseQuery::Overview &o = figures.value().overview;
            m_points->setText(tr("%1 available · %2 held · %3 members")
                                  .arg(locale.toString(o.available), locale.toString(o.held), locale.toString(o.members)));
            m_today->setText(bySource(o.redeemedToday));
            m_month->setText(bySource(o.redeemedThisMonth));
            const FundingWalletView &wallet = figures.value().wallet;
            const Result<money::Currency> currency = money::currency(QStringLiteral("currency"), wallet.currency);
            const money::Currency shown = currency ? currency.value() : money::Currency{wallet.currency, 2};
            const auto amount = [&](qint64 minor) { return tr("%1 %2").arg(money::formatAmount(minor, shown, locale), wallet.currency); };
            if (!wallet.opened)
                m_wallet->setText(tr("not funded yet (%1 programme)").arg(wallet.funding));
            else
                m_wallet->setText(tr("%1 available, %2 held%3")
                                      .arg(amount(wallet.balanceMinor), amount(wallet.heldMinor),
                                           wallet.belowThreshold() ? tr(" — below the low-balance threshold of %1").arg(amount(*wallet.thresholdMinor))
                                                                   : QString()));
            Q_EMIT refreshed();
        });
}

}  // namespace orchard::ui
