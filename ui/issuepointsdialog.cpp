#include "issuepointsdialog.h"

#include "base/ledgerlimits.h"
#include "base/validation.h"
#include "money/money.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QUuid>
#include <QVBoxLayout>

namespace orchard::ui {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

}  // namespace

IssuePointsDialog::IssuePointsDialog(const AwardContext &context, qint64 nowMs, QWidget *parent)
    : QDialog(parent), m_context(context), m_nowMs(nowMs)
{
    setWindowTitle(tr("Issue points"));
    const QLocale locale;
    auto *member = new QLabel(tr("To <b>%1</b> %2 — %3 points available now")
                                  .arg(context.memberId.toHtmlEscaped(),
                                       context.memberName.isEmpty() ? QString() : QStringLiteral("(%1)").arg(context.memberName.toHtmlEscaped()),
                                       locale.toString(context.memberAvailable)),
                              this);
    member->setAccessibleName(tr("Member"));
    m_points = new QLineEdit(this);
    m_points->setAccessibleName(tr("Points"));
    m_points->setPlaceholderText(context.programme.maxPointsPerAward
                                     ? tr("1 to %1").arg(locale.toString(*context.programme.maxPointsPerAward))
                                     : tr("a whole number of points"));
    m_reason = new QLineEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("required, kept in the audit trail"));
    m_reference = new QLineEdit(this);
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setPlaceholderText(tr("optional, e.g. a ticket number; the same reference is never issued twice"));
    m_expires = new QCheckBox(tr("Expires on"), this);
    m_expires->setToolTip(tr("Unticked: the expiry policy in force decides."));
    m_expiryDate = new QDateEdit(utc(nowMs + 365 * dayMs).date(), this);
    m_expiryDate->setMinimumDate(utc(nowMs + dayMs).date());
    m_expiryDate->setCalendarPopup(true);
    m_expiryDate->setAccessibleName(tr("Expiry date (00:00 UTC)"));
    m_expiryDate->setEnabled(false);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiryDate, 1);
    expiryRow->addWidget(new QLabel(tr("at 00:00 UTC"), this));
    m_cover = new QLabel(this);
    m_cover->setWordWrap(true);
    m_cover->setAccessibleName(tr("Funding wallet cover"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_problem->setAccessibleName(tr("Why the award cannot be issued"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue…"));

    auto *form = new QFormLayout;
    form->addRow(member);
    form->addRow(tr("&Points:"), m_points);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Re&ference:"), m_reference);
    form->addRow(expiryRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_cover);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_points, m_reason, m_reference})
        connect(edit, &QLineEdit::textChanged, this, &IssuePointsDialog::update);
    connect(m_expires, &QCheckBox::toggled, m_expiryDate, &QDateEdit::setEnabled);
    connect(m_expires, &QCheckBox::toggled, this, &IssuePointsDialog::update);
    connect(m_expiryDate, &QDateEdit::dateChanged, this, &IssuePointsDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

bool IssuePointsDialog::walletBacksAwards() const
{
    return m_context.programme.funding == FundingMode::Prepaid && m_context.wallet.opened;
}

QString IssuePointsDialog::money(qint64 minor) const
{
    return money::formatAmount(minor, m_context.programme.currency, QLocale()) + QLatin1Char(' ') + m_context.programme.currency.code;
}

std::optional<Points> IssuePointsDialog::points(QString *problem) const
{
    const QString text = m_points->text().trimmed();
    if (text.isEmpty()) {
        *problem = tr("Points: give how many points to issue.");
        return std::nullopt;
    }
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        *problem = tr("Points: %1 is negative. Issuing only adds points; to take points away use Adjust….").arg(text);
        return std::nullopt;
    }
    bool ok = false;
    qint64 value = QLocale().toLongLong(text, &ok);  // "1,500" as this locale writes it
    if (!ok)
        value = QLocale::c().toLongLong(text, &ok);
    if (!ok) {
        *problem = tr("Points: \"%1\" is not a whole number of points.").arg(text);
        return std::nullopt;
    }
    if (value < 1) {
        *problem = tr("Points: at least 1 point.");
        return std::nullopt;
    }
    const QLocale locale;
    if (const std::optional<Points> most = m_context.programme.maxPointsPerAward; most && value > *most) {
        *problem = tr("Points: %1 is above the programme's maximum of %2 points per award.").arg(locale.toString(value), locale.toString(*most));
        return std::nullopt;
    }
    if (value > limits::maxPointsPerOperation) {
        *problem = tr("Points: at most %1 in one award.").arg(locale.toString(limits::maxPointsPerOperation));
        return std::nullopt;
    }
    if (walletBacksAwards()) {
        const qint64 worthMinor = m_context.programme.pointValue.valueOf(value);
        if (worthMinor > m_context.wallet.balanceMinor) {
            *problem = tr("Points: %1 points are worth %2, more than the %3 the funding wallet holds. Fund the wallet first.")
                           .arg(locale.toString(value), money(worthMinor), money(m_context.wallet.balanceMinor));
            return std::nullopt;
        }
    }
    return value;
}

QString IssuePointsDialog::problem() const
{
    QString why;
    if (!points(&why))
        return why;
    if (m_reason->text().trimmed().isEmpty())
        return tr("Reason: required; it is kept in the audit trail.");
    // The ledger's own checks; their messages start with the field's name.
    if (const auto invalid = validation::optionalText(tr("Reason"), m_reason->text().trimmed()))
        return invalid->message;
    if (const QString reference = m_reference->text().trimmed(); !reference.isEmpty())
        if (const auto invalid = validation::identifier(tr("Reference"), reference))
            return invalid->message;
    return {};
}

IssueRequest IssuePointsDialog::request() const
{
    QString ignored;
    IssueRequest request;
    request.memberId = m_context.memberId;
    request.points = points(&ignored).value_or(0);
    request.reason = m_reason->text().trimmed();
    const QString reference = m_reference->text().trimmed();
    // The reference is the idempotency key: the same ticket cannot be awarded twice by accident.
    request.idempotencyKey = reference.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : reference;
    if (m_expires->isChecked())
        request.expiresAtMs = QDateTime(m_expiryDate->date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    return request;
}

QString IssuePointsDialog::confirmation() const
{
    const QLocale locale;
    const IssueRequest award = request();
    QString text = tr("Issue %1 points to %2? Their available points go from %3 to %4.")
                       .arg(locale.toString(award.points), m_context.memberId, locale.toString(m_context.memberAvailable),
                            locale.toString(m_context.memberAvailable + award.points));
    if (walletBacksAwards()) {
        const qint64 outstandingMinor = m_context.programme.pointValue.valueOf(m_context.outstanding + award.points);
        if (outstandingMinor > m_context.wallet.balanceMinor)
            text += QLatin1Char('\n') + tr("Warning: points outstanding would then be worth %1, more than the %2 the funding wallet holds.")
                                            .arg(money(outstandingMinor), money(m_context.wallet.balanceMinor));
    }
    return text;
}

void IssuePointsDialog::update()
{
    const QLocale locale;
    QString ignored;
    const Points award = points(&ignored).value_or(0);
    if (m_context.programme.funding == FundingMode::None) {
        m_cover->setText(tr("A points-only programme: no funding wallet backs the points."));
    } else if (!m_context.wallet.opened) {
        m_cover->setText(tr("The funding wallet has not been funded yet: redemptions move no money until it is."));
    } else {
        const qint64 outstandingMinor = m_context.programme.pointValue.valueOf(m_context.outstanding + award);
        // Cover in whole per cent, for reading only: wallet ÷ value of outstanding points.
        const qint64 coverPercent = outstandingMinor > 0 ? m_context.wallet.balanceMinor * 100 / outstandingMinor : 100;
        m_cover->setText(tr("Funding wallet: %1. Points outstanding after this award: %2, worth %3 (the wallet covers %4 %).")
                             .arg(money(m_context.wallet.balanceMinor), locale.toString(m_context.outstanding + award),
                                  money(outstandingMinor), locale.toString(coverPercent)));
    }
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(why.isEmpty());
    ok->setToolTip(why);
}

}  // namespace orchard::ui
