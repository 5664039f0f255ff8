#include "reportpdf.h"

#include "base/timeformat.h"
#include "reports/reportformat.h"

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

// Lays a table out to fit the page's width: the font shrinks (down to 6 pt) until every column
// fits whole; if it still cannot, only text columns give way. A number is never cut.
struct TableLayout
{
    QFont font;
    QList<qreal> widths;
    qreal total = 0;
};

TableLayout layOut(const ReportTable &table, const QFont &base, QPaintDevice *device, qreal width)
{
    TableLayout layout;
    QList<bool> numeric(table.columns.size(), false);
    for (const ReportRow &row : table.rows)
        for (qsizetype i = 0; i < row.size() && i < numeric.size(); ++i)
            numeric[i] = numeric.at(i) || row.at(i).isNumber();
    for (qreal size = base.pointSizeF(); size >= 6.0; size -= 0.5) {
        layout.font = base;
        layout.font.setPointSizeF(size);
        const QFontMetricsF metrics(layout.font, device);
        QFont bold = layout.font;
        bold.setBold(true);
        const QFontMetricsF boldMetrics(bold, device);
        layout.widths = QList<qreal>(table.columns.size(), 0);
        const auto measure = [&](const ReportRow &row, const QFontMetricsF &m) {
            for (qsizetype i = 0; i < row.size() && i < layout.widths.size(); ++i)
                layout.widths[i] = std::max(layout.widths.at(i), m.horizontalAdvance(row.at(i).plain()) + m.averageCharWidth() * 2);
        };
        for (const ReportRow &row : table.rows)
            measure(row, metrics);
        measure(table.total, boldMetrics);  // totals are bold, so wider
        for (qsizetype i = 0; i < layout.widths.size(); ++i) {
            // A header wraps onto two lines at most: its longest word, or half of it.
            const QString title = reportformat::columnTitle(table.columns.at(i));
            qreal longestWord = 0;
            for (const QString &word : title.split(QLatin1Char(' ')))
                longestWord = std::max(longestWord, boldMetrics.horizontalAdvance(word));
            layout.widths[i] = std::max({layout.widths.at(i), longestWord + metrics.averageCharWidth() * 2,
                                         boldMetrics.horizontalAdvance(title) / 2 + metrics.averageCharWidth() * 2});
        }
        layout.total = std::accumulate(layout.widths.cbegin(), layout.widths.cend(), qreal(0));
        if (layout.total <= width)
            return layout;
    }
    qreal numbers = 0;
    qreal texts = 0;
    for (qsizetype i = 0; i < layout.widths.size(); ++i)
        (numeric.at(i) ? numbers : texts) += layout.widths.at(i);
    const qreal textScale = texts > 0 ? std::max<qreal>(0.1, (width - numbers) / texts) : 1;
    for (qsizetype i = 0; i < layout.widths.size(); ++i)
        if (!numeric.at(i))
            layout.widths[i] *= textScale;
    layout.total = std::accumulate(layout.widths.cbegin(), layout.widths.cend(), qreal(0));
    return layout;
}

// Pages that draw onto any paged device, starting a new page when one is full.
class PageWriter
{
public:
    PageWriter(QPagedPaintDevice &device, QPainter &painter) : m_device(device), m_painter(painter), m_page(painter.viewport()) {}

    qreal width() const { return m_page.width(); }
    qreal height() const { return m_page.height(); }
    qreal y = 0;

    void need(qreal height)
    {
        if (y > 0 && y + height > m_page.height()) {
            m_device.newPage();
            y = 0;
        }
    }

    // Wrapped text, whole: a paragraph is never cut at the page's edge.
    void paragraph(const QString &text, const QFont &font, qreal spacingAfter)
    {
        m_painter.setFont(font);
        const QRectF room(0, 0, width(), m_page.height());
        const qreal height = m_painter.boundingRect(room, Qt::TextWordWrap, text).height();
        need(height);
        m_painter.drawText(QRectF(0, y, width(), height), Qt::TextWordWrap, text);
        y += height + spacingAfter;
    }

    void table(const ReportTable &table, const QFont &base)
    {
        const TableLayout layout = layOut(table, base, &m_device, width());
        const QFontMetricsF metrics(layout.font, &m_device);
        QFont bold = layout.font;
        bold.setBold(true);
        const qreal rowHeight = metrics.height() * 1.35;
        QList<ReportRow> rows;
        rows.append(table.rows);
        if (!table.total.isEmpty())
            rows.append(table.total);
        // As tall as the most-wrapped title.
        m_painter.setFont(bold);
        qreal headerHeight = rowHeight;
        for (qsizetype i = 0; i < layout.widths.size(); ++i) {
            const QRectF room(0, 0, layout.widths.at(i) - metrics.averageCharWidth(), height());
            headerHeight = std::max(headerHeight, m_painter.boundingRect(room, Qt::TextWordWrap, reportformat::columnTitle(table.columns.at(i))).height()
                                                      + metrics.height() * 0.35);
        }
        const auto header = [&] {
            need(headerHeight + rowHeight);
            m_painter.setFont(bold);
            m_painter.fillRect(QRectF(0, y, std::min(layout.total, width()), headerHeight), QColor(0xee, 0xee, 0xee));
            qreal x = 0;
            for (qsizetype i = 0; i < layout.widths.size(); ++i) {
                const QRectF cell(x + metrics.averageCharWidth() * 0.5, y, layout.widths.at(i) - metrics.averageCharWidth(), headerHeight);
                m_painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, reportformat::columnTitle(table.columns.at(i)));
                x += layout.widths.at(i);
            }
            y += headerHeight;
            m_painter.drawLine(QPointF(0, y), QPointF(std::min(layout.total, width()), y));
        };
        header();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const bool totals = !table.total.isEmpty() && r == rows.size() - 1;
            if (y + rowHeight > height()) {
                m_device.newPage();
                y = 0;
                header();  // each page's table says what its columns are
            }
            m_painter.setFont(totals ? bold : layout.font);
            const QFontMetricsF cellMetrics(m_painter.font(), &m_device);
            if (totals)
                m_painter.drawLine(QPointF(0, y), QPointF(std::min(layout.total, width()), y));
            qreal x = 0;
            for (qsizetype i = 0; i < layout.widths.size(); ++i) {
                const ReportCell typed = i < rows.at(r).size() ? rows.at(r).at(i) : ReportCell::empty();
                const QRectF cell(x + metrics.averageCharWidth() * 0.5, y, layout.widths.at(i) - metrics.averageCharWidth(), rowHeight);
                const QString text = typed.isNumber() ? typed.plain() : cellMetrics.elidedText(typed.plain(), Qt::ElideRight, cell.width());
                m_painter.drawText(cell, (typed.isNumber() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
                x += layout.widths.at(i);
            }
            y += rowHeight;
        }
    }

private:
    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    QRectF m_page;
};

QString parameterText(const Report &report)
{
    QStringList parameters;
    for (auto it = report.parameters.constBegin(); it != report.parameters.constEnd(); ++it)
        if (it.key() != QLatin1String("rounding"))
            parameters << QStringLiteral("%1: %2").arg(it.key(), it.value().isString() ? it.value().toString()
                                                                                      : QString::number(it.value().toInteger()));
    return parameters.join(QStringLiteral("   "));
}

}  // namespace

bool isWide(const Report &report)
{
    return report.table.columns.size() > 6;
}

Result<bool> paint(QPagedPaintDevice &device, const Report &report, const std::optional<Report> &appendix)
{
    QPainter painter;
    if (!painter.begin(&device))
        return LedgerError::internal(QStringLiteral("the page cannot be drawn on"));
    PageWriter pages(device, painter);
    QFont base(QStringLiteral("DejaVu Sans"), 9);
    QFont heading = base;
    heading.setPointSize(15);
    heading.setBold(true);
    QFont subheading = base;
    subheading.setPointSize(11);
    subheading.setBold(true);
    const QFontMetricsF metrics(base, &device);

    pages.paragraph(report.title, heading, metrics.height() * 0.3);
    pages.paragraph(parameterText(report), base, metrics.height());
    if (!report.chart.categories.isEmpty()) {
        const qreal chartHeight = pages.height() * (isWide(report) ? 0.42 : 0.33);
        pages.need(chartHeight);
        painter.setFont(base);
        drawChart(painter, QRectF(0, pages.y, pages.width(), chartHeight), report.chart);
        pages.y += chartHeight + metrics.height();
    }
    pages.table(report.table, base);
    pages.y += metrics.height() * 0.5;
    QStringList footer = report.notes;
    if (const QJsonValue rounding = report.parameters.value(QStringLiteral("rounding")); rounding.isString())
        footer << QStringLiteral("Rounding: ") + rounding.toString();
    for (const QString &line : std::as_const(footer))
        pages.paragraph(line, base, metrics.height() * 0.2);
    if (appendix) {
        pages.y += metrics.height();
        pages.paragraph(appendix->title, subheading, metrics.height() * 0.2);
        pages.paragraph(parameterText(*appendix), base, metrics.height() * 0.5);
        pages.table(appendix->table, base);
        pages.y += metrics.height() * 0.5;
        for (const QString &line : appendix->notes)
            pages.paragraph(line, base, metrics.height() * 0.2);
    }
    pages.paragraph(QStringLiteral("Generated by Orchard at %1").arg(timeformat::toIso(QDateTime::currentMSecsSinceEpoch())), base, 0);
    painter.end();
    return true;
}

Result<QByteArray> render(const Report &report, const std::optional<Report> &appendix)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return LedgerError::internal(QStringLiteral("drawing a PDF needs a QGuiApplication"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(150);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Orchard"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), isWide(report) ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    const Result<bool> drawn = paint(writer, report, appendix);
    if (!drawn)
        return drawn.error();
    return bytes;
}

}  // namespace orchard::reportpdf
