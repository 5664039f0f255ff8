#include "reportpdf.h"

#include "base/timeformat.h"

#include <QBuffer>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>

namespace orchard::reportpdf {

namespace {

const QList<QColor> seriesColours{QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x6c, 0x00), QColor(0x15, 0x65, 0xc0), QColor(0x6a, 0x1b, 0x9a)};

// Axis labels in major units for money (the chart's values are minor units), grouped the Indian way.
QString grouped(qint64 value, int decimals)
{
    const QLocale locale(QLocale::English, QLocale::India);
    if (decimals == 0)
        return locale.toString(value);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return locale.toString(value / scale);
}

// Bars per category (stacked or side by side), a value axis with grid lines, and a legend.
void drawChart(QPainter &painter, const QRectF &area, const ReportChart &chart)
{
    if (chart.categories.isEmpty() || chart.series.isEmpty())
        return;
    painter.save();
    QFont titleFont = painter.font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const QFontMetricsF metrics(painter.font(), painter.device());
    painter.drawText(QRectF(area.left(), area.top(), area.width(), metrics.height()), Qt::AlignLeft, chart.title);
    painter.setFont(QFont(painter.font().family(), painter.font().pointSize() - 1));
    const QFontMetricsF small(painter.font(), painter.device());

    qint64 maxValue = 1;
    for (qsizetype c = 0; c < chart.categories.size(); ++c) {
        qint64 stack = 0;
        for (const QList<qint64> &series : chart.series) {
            const qint64 v = c < series.size() ? std::max<qint64>(0, series.at(c)) : 0;
            stack = chart.stacked ? stack + v : std::max(stack, v);
        }
        maxValue = std::max(maxValue, stack);
    }
    const qreal legendHeight = small.height() * 1.6;
    const qreal axisWidth = small.horizontalAdvance(grouped(maxValue, chart.decimals)) + small.averageCharWidth() * 2;
    const QRectF plot(area.left() + axisWidth, area.top() + metrics.height() * 1.5, area.width() - axisWidth,
                      area.height() - metrics.height() * 1.5 - small.height() * 2 - legendHeight);

    painter.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0));
    for (int tick = 0; tick <= 4; ++tick) {
        const qreal y = plot.bottom() - plot.height() * tick / 4;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), y - small.height() / 2, axisWidth - small.averageCharWidth(), small.height()),
                         Qt::AlignRight | Qt::AlignVCenter, grouped(maxValue * tick / 4, chart.decimals));
        painter.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0));
    }
    const qreal slot = plot.width() / qreal(chart.categories.size());
    const qreal seriesCount = qreal(chart.series.size());
    for (qsizetype c = 0; c < chart.categories.size(); ++c) {
        const qreal x = plot.left() + slot * qreal(c) + slot * 0.15;
        const qreal barWidth = slot * 0.7;
        qreal stackTop = plot.bottom();
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            const qint64 v = c < chart.series.at(s).size() ? std::max<qint64>(0, chart.series.at(s).at(c)) : 0;
            const qreal h = plot.height() * qreal(v) / qreal(maxValue);
            QRectF bar = chart.stacked ? QRectF(x, stackTop - h, barWidth, h)
                                       : QRectF(x + barWidth * qreal(s) / seriesCount, plot.bottom() - h, barWidth / seriesCount, h);
            stackTop -= chart.stacked ? h : 0;
            painter.fillRect(bar, seriesColours.at(s % seriesColours.size()));
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(plot.left() + slot * qreal(c), plot.bottom() + small.height() * 0.2, slot, small.height()),
                         Qt::AlignHCenter | Qt::AlignTop, small.elidedText(chart.categories.at(c), Qt::ElideRight, slot));
    }
    painter.setPen(QPen(Qt::black, 0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    qreal legendX = plot.left();
    const qreal legendY = area.bottom() - legendHeight + small.height() * 0.3;
    for (qsizetype s = 0; s < chart.seriesNames.size(); ++s) {
        const QString label = chart.seriesNames.at(s) + QStringLiteral(" (") + chart.unit + QLatin1Char(')');
        painter.fillRect(QRectF(legendX, legendY, small.height() * 0.8, small.height() * 0.8), seriesColours.at(s % seriesColours.size()));
        painter.drawText(QPointF(legendX + small.height(), legendY + small.ascent() * 0.8), label);
        legendX += small.height() * 2 + small.horizontalAdvance(label);
    }
    painter.restore();
}

}  // namespace

Result<QByteArray> render(const Report &report)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return LedgerError::internal(QStringLiteral("drawing a PDF needs a QGuiApplication"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool wide = report.table.columns.size() > 6;
    QPdfWriter writer(&buffer);
    writer.setResolution(150);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Orchard"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), wide ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter(&writer);
    const QRectF page = painter.viewport();
    const qreal width = page.width();

    QFont base(QStringLiteral("DejaVu Sans"), 9);
    painter.setFont(base);
    QFont heading = base;
    heading.setPointSize(15);
    heading.setBold(true);
    painter.setFont(heading);
    qreal y = 0;
    const QFontMetricsF headingMetrics(heading, painter.device());
    painter.drawText(QRectF(0, y, width, headingMetrics.height()), Qt::AlignLeft, report.title);
    y += headingMetrics.height() * 1.2;
    painter.setFont(base);
    const QFontMetricsF metrics(base, painter.device());
    QStringList parameters;
    for (auto it = report.parameters.constBegin(); it != report.parameters.constEnd(); ++it)
        if (it.key() != QLatin1String("rounding"))
            parameters << QStringLiteral("%1: %2").arg(it.key(), it.value().isString() ? it.value().toString()
                                                                                      : QString::number(it.value().toInteger()));
    const QRectF parameterRect(0, y, width, metrics.height() * 3);
    painter.drawText(parameterRect, Qt::TextWordWrap, parameters.join(QStringLiteral("   ")));
    y += painter.boundingRect(parameterRect, Qt::TextWordWrap, parameters.join(QStringLiteral("   "))).height() + metrics.height();

    if (!report.chart.categories.isEmpty()) {
        const qreal chartHeight = page.height() * (wide ? 0.42 : 0.33);
        drawChart(painter, QRectF(0, y, width, chartHeight), report.chart);
        y += chartHeight + metrics.height();
    }

    // The table: column widths from their content, shrunk to the page; numbers right-aligned.
    ReportRow headerRow;
    for (const QString &column : report.table.columns)
        headerRow.append(ReportCell::ofText(column));
    QList<ReportRow> rows{headerRow};
    rows.append(report.table.rows);
    if (!report.table.total.isEmpty())
        rows.append(report.table.total);
    // Column widths come from the data; headers (underscores shown as spaces) wrap onto two lines.
    QList<qreal> widths(report.table.columns.size(), 0);
    for (qsizetype r = 1; r < rows.size(); ++r)
        for (qsizetype i = 0; i < rows.at(r).size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], metrics.horizontalAdvance(rows.at(r).at(i).plain()) + metrics.averageCharWidth() * 2);
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const QStringList words = report.table.columns.at(i).split(QLatin1Char('_'));
        qreal longestWord = 0;
        for (const QString &word : words)
            longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
        const qreal halfHeader = metrics.horizontalAdvance(report.table.columns.at(i)) / 2;
        widths[i] = std::max({widths.at(i), longestWord + metrics.averageCharWidth() * 3, halfHeader + metrics.averageCharWidth() * 2});
    }
    const qreal total = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
    const qreal scale = total > width ? width / total : 1.0;
    const qreal rowHeight = metrics.height() * 1.35;
    QFont bold = base;
    bold.setBold(true);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool header = r == 0;
        const bool totals = !report.table.total.isEmpty() && r == rows.size() - 1;
        const qreal height = header ? rowHeight * 2 : rowHeight;
        if (y + height > page.height()) {
            writer.newPage();
            y = 0;
        }
        painter.setFont(header || totals ? bold : base);
        if (header)
            painter.fillRect(QRectF(0, y, std::min(total * scale, width), height), QColor(0xee, 0xee, 0xee));
        qreal x = 0;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const ReportCell typed = i < rows.at(r).size() ? rows.at(r).at(i) : ReportCell::empty();
            QString cell = typed.plain();
            const QRectF cellRect(x + metrics.averageCharWidth() * 0.5, y, widths.at(i) * scale - metrics.averageCharWidth(), height);
            if (header) {
                cell.replace(QLatin1Char('_'), QLatin1Char(' '));
                painter.drawText(cellRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, cell);
            } else {
                const bool numeric = typed.isNumber();
                painter.drawText(cellRect, (numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                                 QFontMetricsF(painter.font(), painter.device()).elidedText(cell, Qt::ElideRight, cellRect.width()));
            }
            x += widths.at(i) * scale;
        }
        if (header || totals)
            painter.drawLine(QPointF(0, totals ? y : y + height), QPointF(std::min(total * scale, width), totals ? y : y + height));
        y += height;
    }
    painter.setFont(base);
    y += metrics.height() * 0.5;
    QStringList footer = report.notes;
    if (const QJsonValue rounding = report.parameters.value(QStringLiteral("rounding")); rounding.isString())
        footer << QStringLiteral("Rounding: ") + rounding.toString();
    footer << QStringLiteral("Generated by Orchard at %1").arg(timeformat::toIso(QDateTime::currentMSecsSinceEpoch()));
    for (const QString &line : std::as_const(footer)) {
        if (y + metrics.height() > page.height()) {
            writer.newPage();
            y = 0;
        }
        painter.drawText(QRectF(0, y, width, metrics.height()), Qt::AlignLeft, line);
        y += metrics.height() * 1.2;
    }
    painter.end();
    return bytes;
}

}  // namespace orchard::reportpdf
