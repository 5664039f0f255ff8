#pragma once

#include "reports/reports.h"
#include "base/result.h"

#include <QByteArray>

#include <optional>

class QPagedPaintDevice;

// A report as A4 pages: title and parameters, its chart, its table (landscape when wide; laid out
// to fit, a number never cut, the header again on each page), its notes, then an appendix (the
// liability's roll-forward). Needs a QGuiApplication (the offscreen platform is enough).
namespace orchard::reportpdf {

Result<QByteArray> render(const Report &report, const std::optional<Report> &appendix = std::nullopt);
// The same pages on any paged device: a printer, a print preview.
Result<bool> paint(QPagedPaintDevice &device, const Report &report, const std::optional<Report> &appendix = std::nullopt);
bool isWide(const Report &report);  // landscape

}  // namespace orchard::reportpdf
