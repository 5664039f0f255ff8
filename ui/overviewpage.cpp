#include "overviewpage.h"
#include "ledgerwords.h"

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
    label->setWordWrap(true);  // long figures wrap instead of widening the window
    return label;
}

}  // namespace

OverviewPage::OverviewPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_points = figure(this);
    m_lifecycle = figure(this);
    m_liability = figure(this);
    m_today = figure(this);
    m_month = figure(this);
    m_wallet = figure(this);
    m_cover = figure(this);
    m_holds = figure(this);
    // Each figure opens the screen that explains it.
    const QList<std::pair<QLabel *, QString>> links{{m_lifecycle, QStringLiteral("transactions")}, {m_liability, QStringLiteral("liability")},
                                                    {m_today, QStringLiteral("reconciliation")}, {m_month, QStringLiteral("reconciliation")},
                                                    {m_wallet, QStringLiteral("wallet")},          {m_cover, QStringLiteral("wallet")},
                                                    {m_holds, QStringLiteral("reservations")}};
    for (const auto &[label, screen] : links) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        label->setTextFormat(Qt::RichText);
        connect(label, &QLabel::linkActivated, this, &OverviewPage::screenRequested);
        label->setProperty("screen", screen);
    }
    auto *box = new QGroupBox(tr("Programme at a glance"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Points"), m_points);
    form->addRow(tr("Since the start"), m_lifecycle);
    form->addRow(tr("Liability"), m_liability);
    form->addRow(tr("Redeemed today"), m_today);
    form->addRow(tr("Redeemed this month"), m_month);
    form->addRow(tr("Funding wallet"), m_wallet);
    form->addRow(tr("Wallet cover"), m_cover);
    form->addRow(tr("Holds"), m_holds);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(refreshButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(refreshButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    // The liability reads every lot: with the rest on F5 and every five minutes, not on each write.
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &OverviewPage::refresh);
    m_timer->start(5 * 60'000);
    refresh();
}

void OverviewPage::refresh()
{
    read(true);
}

void OverviewPage::followLedger()
{
    read(false);
}

QString OverviewPage::linked(const QLabel *label, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(label->property("screen").toString(), text.toHtmlEscaped());
}

void OverviewPage::read(bool withLiability)
{
    // As of the end of this millisecond: what was written at it counts.
    const qint64 nowMs = m_session.clock().nowMs() + 1;
    m_session.service()
        .overview(nowMs, withLiability)
        .then(this, [this](const Result<OverviewFigures> &figures) {
            if (!figures) {
                m_points->setText(tr("Error: %1").arg(LedgerWords::error(figures.error())));
                return;
            }
            const QLocale locale;
            const BrowseQuery::Overview &o = figures.value().overview;
            const ProgrammeSettings &programme = figures.value().programme;
            const auto amount = [&](qint64 minor) {
                return tr("%1 %2").arg(money::formatAmount(minor, programme.currency, locale), programme.currency.code);
            };
            const Points outstanding = o.available + o.held;
            m_points->setText(tr("%1 available · %2 held · %3 members")
                                  .arg(locale.toString(o.available), locale.toString(o.held), locale.toString(o.members)));
            m_lifecycle->setText(linked(m_lifecycle, tr("%1 issued · %2 redeemed · %3 expired · %4 taken by corrections · %5 outstanding")
                                                         .arg(locale.toString(o.issued), locale.toString(o.redeemed), locale.toString(o.expired),
                                                              locale.toString(o.adjustedOut), locale.toString(outstanding))));
            if (const std::optional<Report> &liability = figures.value().liability) {
                const QJsonObject total = liability->figures.value(QStringLiteral("total")).toObject();
                m_liability->setText(linked(m_liability, tr("%1 net of %2 expected breakage (value %3), at the programme's default rates")
                                                             .arg(amount(total.value(QStringLiteral("net_liability")).toInteger()),
                                                                  amount(total.value(QStringLiteral("expected_breakage")).toInteger()),
                                                                  amount(total.value(QStringLiteral("value")).toInteger()))));
            }
            m_today->setText(linked(m_today, bySource(o.redeemedToday)));
            m_month->setText(linked(m_month, bySource(o.redeemedThisMonth)));
            const FundingWalletView &wallet = figures.value().wallet;
            if (!wallet.opened)
                m_wallet->setText(linked(m_wallet, wallet.funding == QLatin1String("prepaid") ? tr("not funded yet (a prepaid programme)")
                                                                                              : tr("no funding wallet (a points-only programme)")));
            else
                m_wallet->setText(linked(m_wallet, tr("%1 available, %2 held%3")
                                                       .arg(amount(wallet.balanceMinor), amount(wallet.heldMinor),
                                                            wallet.belowThreshold()
                                                                ? tr(" — below the low-balance threshold of %1").arg(amount(*wallet.thresholdMinor))
                                                                : QString())));
            const qint64 outstandingMinor = programme.pointValue.valueOf(outstanding);
            if (programme.funding == FundingMode::None) {
                m_cover->setText(tr("a points-only programme: no wallet backs the points"));
            } else {
                // Whole per cent, for reading: the wallet (with what it holds for open holds) ÷ the value of every outstanding point.
                const qint64 backingMinor = wallet.balanceMinor + wallet.heldMinor;
                const qint64 percent = outstandingMinor > 0 ? backingMinor * 100 / outstandingMinor : 100;
                const QString text = tr("%1 % of the %2 outstanding points are worth").arg(locale.toString(percent), amount(outstandingMinor));
                m_cover->setText(linked(m_cover, percent < 100 ? tr("Warning: the wallet covers only %1").arg(text) : tr("the wallet covers %1").arg(text)));
                m_cover->setStyleSheet(percent < 100 ? QStringLiteral("color: palette(highlight)") : QString());
            }
            m_holds->setText(linked(m_holds, tr("%1 live, %2 due to time out within %3 minutes")
                                                 .arg(locale.toString(o.openHolds), locale.toString(o.holdsDueSoon),
                                                      locale.toString(BrowseQuery::Overview::dueSoonMs / 60'000))));
            Q_EMIT refreshed();
        });
}

}  // namespace orchard::ui
