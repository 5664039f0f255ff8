#include "reports/reportformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <numeric>

namespace orchard::reportformat {

QByteArray csvField(const QString &value)
{
    const bool quoted = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
                        || value.contains(QLatin1Char('\r'));
    QByteArray bytes = value.toUtf8();
    if (!quoted)
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArrayList encoded;
    for (const QString &field : fields)
        encoded.append(csvField(field));
    return encoded.join(',') + "\r\n";
}

namespace {

QStringList plainRow(const ReportRow &row)
{
    QStringList fields;
    for (const ReportCell &cell : row)
        fields.append(cell.plain());
    return fields;
}

}  // namespace

QString table(const Report &report)
{
    QList<ReportRow> all{};
    ReportRow header;
    for (const QString &column : report.table.columns)
        header.append(ReportCell::ofText(column));
    all.append(header);
    all.append(report.table.rows);
    if (!report.table.total.isEmpty())
        all.append(report.table.total);
    QList<qsizetype> widths(report.table.columns.size(), 0);
    for (const ReportRow &row : std::as_const(all))
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).plain().size());
    QString text = report.title + QLatin1Char('\n');
    for (auto it = report.parameters.constBegin(); it != report.parameters.constEnd(); ++it)
        text += QStringLiteral("  %1: %2\n").arg(it.key(), it.value().isString() ? it.value().toString() : QString::number(it.value().toInteger()));
    text += QLatin1Char('\n');
    for (qsizetype r = 0; r < all.size(); ++r) {
        const ReportRow &row = all.at(r);
        QStringList cells;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const ReportCell cell = i < row.size() ? row.at(i) : ReportCell::empty();
            cells.append(cell.isNumber() ? cell.plain().rightJustified(widths.at(i)) : cell.plain().leftJustified(widths.at(i)));
        }
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
        if (r == 0 || (r == all.size() - 2 && !report.table.total.isEmpty()))
            text += QString(std::accumulate(widths.cbegin(), widths.cend(), qsizetype(0)) + 2 * (widths.size() - 1), QLatin1Char('-'))
                    + QLatin1Char('\n');
    }
    for (const QString &note : report.notes)
        text += QLatin1Char('\n') + note;
    return text;
}

QByteArray csv(const Report &report)
{
    // What the figures are, before them: the title and every parameter (as-of, period, rates,
    // rounding) as "# " comment lines, which spreadsheet and pandas readers skip (comment='#').
    QByteArray bytes;
    if (!report.title.isEmpty())
        bytes += "# " + report.title.toUtf8() + "\r\n";
    for (auto it = report.parameters.constBegin(); it != report.parameters.constEnd(); ++it)
        bytes += "# " + it.key().toUtf8() + ": "
                 + (it.value().isString() ? it.value().toString() : QString::number(it.value().toInteger())).toUtf8() + "\r\n";
    bytes += csvLine(report.table.columns);
    for (const ReportRow &row : report.table.rows)
        bytes += csvLine(plainRow(row));
    if (!report.table.total.isEmpty())
        bytes += csvLine(plainRow(report.table.total));
    return bytes;
}

QByteArray json(const Report &report)
{
    return QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
}

QString columnTitle(const QString &column)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("bucket_days"), QT_TRANSLATE_NOOP("ReportColumns", "Age (days)")},
        {QStringLiteral("outstanding_points"), QT_TRANSLATE_NOOP("ReportColumns", "Outstanding points")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("ReportColumns", "Value")},
        {QStringLiteral("breakage_rate"), QT_TRANSLATE_NOOP("ReportColumns", "Breakage rate")},
        {QStringLiteral("rate_basis"), QT_TRANSLATE_NOOP("ReportColumns", "Rate basis")},
        {QStringLiteral("history_outstanding_D"), QT_TRANSLATE_NOOP("ReportColumns", "History outstanding (D)")},
        {QStringLiteral("history_expired_X"), QT_TRANSLATE_NOOP("ReportColumns", "History expired (X)")},
        {QStringLiteral("expected_breakage"), QT_TRANSLATE_NOOP("ReportColumns", "Expected breakage")},
        {QStringLiteral("net_liability"), QT_TRANSLATE_NOOP("ReportColumns", "Net liability")},
        {QStringLiteral("line"), QT_TRANSLATE_NOOP("ReportColumns", "Line")},
        {QStringLiteral("figure"), QT_TRANSLATE_NOOP("ReportColumns", "Figure")},
        {QStringLiteral("today"), QT_TRANSLATE_NOOP("ReportColumns", "Today")},
        {QStringLiteral("proposed"), QT_TRANSLATE_NOOP("ReportColumns", "Proposed")},
        {QStringLiteral("change"), QT_TRANSLATE_NOOP("ReportColumns", "Change")},
        {QStringLiteral("points"), QT_TRANSLATE_NOOP("ReportColumns", "Points")},
        {QStringLiteral("money"), QT_TRANSLATE_NOOP("ReportColumns", "Money")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("ReportColumns", "State")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("ReportColumns", "Source")},
        {QStringLiteral("reservations"), QT_TRANSLATE_NOOP("ReportColumns", "Reservations")},
        {QStringLiteral("reserved_points"), QT_TRANSLATE_NOOP("ReportColumns", "Reserved points")},
        {QStringLiteral("confirmations"), QT_TRANSLATE_NOOP("ReportColumns", "Confirmations")},
        {QStringLiteral("confirmed_points"), QT_TRANSLATE_NOOP("ReportColumns", "Confirmed points")},
        {QStringLiteral("confirmed_value"), QT_TRANSLATE_NOOP("ReportColumns", "Confirmed value")},
        {QStringLiteral("released_failure"), QT_TRANSLATE_NOOP("ReportColumns", "Released: failure")},
        {QStringLiteral("released_timeout"), QT_TRANSLATE_NOOP("ReportColumns", "Released: timeout")},
        {QStringLiteral("released_admin"), QT_TRANSLATE_NOOP("ReportColumns", "Released: admin")},
        {QStringLiteral("released_points"), QT_TRANSLATE_NOOP("ReportColumns", "Released points")},
        {QStringLiteral("net_points"), QT_TRANSLATE_NOOP("ReportColumns", "Net points")},
        {QStringLiteral("wallet_paid"), QT_TRANSLATE_NOOP("ReportColumns", "Wallet paid")},
        {QStringLiteral("funding_drawn"), QT_TRANSLATE_NOOP("ReportColumns", "Funding drawn")},
        {QStringLiteral("refunds"), QT_TRANSLATE_NOOP("ReportColumns", "Refunds")},
        {QStringLiteral("refunded_points"), QT_TRANSLATE_NOOP("ReportColumns", "Refunded points")},
        {QStringLiteral("adjustments"), QT_TRANSLATE_NOOP("ReportColumns", "Adjustments")},
        {QStringLiteral("adjusted_in_points"), QT_TRANSLATE_NOOP("ReportColumns", "Adjusted in (points)")},
        {QStringLiteral("adjusted_out_points"), QT_TRANSLATE_NOOP("ReportColumns", "Adjusted out (points)")},
        {QStringLiteral("share"), QT_TRANSLATE_NOOP("ReportColumns", "Share")},
        {QStringLiteral("cohort"), QT_TRANSLATE_NOOP("ReportColumns", "Cohort")},
        {QStringLiteral("members"), QT_TRANSLATE_NOOP("ReportColumns", "Members")},
        {QStringLiteral("points_issued"), QT_TRANSLATE_NOOP("ReportColumns", "Points issued")},
        {QStringLiteral("points_redeemed"), QT_TRANSLATE_NOOP("ReportColumns", "Points redeemed")},
        {QStringLiteral("redemption_rate"), QT_TRANSLATE_NOOP("ReportColumns", "Redemption rate")},
        {QStringLiteral("points_per_member"), QT_TRANSLATE_NOOP("ReportColumns", "Points per member")},
        {QStringLiteral("member"), QT_TRANSLATE_NOOP("ReportColumns", "Member")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ReportColumns", "Name")},
        {QStringLiteral("points_expiring"), QT_TRANSLATE_NOOP("ReportColumns", "Points expiring")},
        {QStringLiteral("first_expiry"), QT_TRANSLATE_NOOP("ReportColumns", "First expiry")},
        {QStringLiteral("in_grace_points"), QT_TRANSLATE_NOOP("ReportColumns", "Points in grace")},
        {QStringLiteral("redeemable_until"), QT_TRANSLATE_NOOP("ReportColumns", "Redeemable until")},
        {QStringLiteral("posted_at"), QT_TRANSLATE_NOOP("ReportColumns", "Posted at")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("ReportColumns", "Type")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("ReportColumns", "Reference")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("ReportColumns", "Reason")},
        {QStringLiteral("balance_points"), QT_TRANSLATE_NOOP("ReportColumns", "Balance (points)")},
    };
    // Money columns end in their currency code: expected_breakage_INR is "Expected breakage (INR)".
    static const QRegularExpression currencySuffix(QStringLiteral("^(.*)_([A-Z]{3})$"));
    QString name = column;
    QString currency;
    if (const QRegularExpressionMatch money = currencySuffix.match(column); money.hasMatch() && !titles.contains(column)) {
        name = money.captured(1);
        currency = money.captured(2);
    }
    const auto known = titles.constFind(name);
    QString title = known != titles.constEnd() ? QCoreApplication::translate("ReportColumns", *known) : QString(name).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (known == titles.constEnd() && !title.isEmpty())
        title[0] = title.at(0).toUpper();
    return currency.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, currency);
}

}  // namespace orchard::reportformat
