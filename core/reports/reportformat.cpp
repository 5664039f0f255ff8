#include "reports/reportformat.h"

#include <QJsonDocument>

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
    QByteArray bytes = csvLine(report.table.columns);
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

}  // namespace orchard::reportformat
