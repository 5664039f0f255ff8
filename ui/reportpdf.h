#pragma once

#include "reports/reports.h"
#include "base/result.h"

#include <QByteArray>

// A report as an A4 PDF: title and parameters, its chart, its table (landscape when wide), its
// notes. Needs a QGuiApplication (the offscreen platform is enough).
namespace orchard::reportpdf {

Result<QByteArray> render(const Report &report);

}  // namespace orchard::reportpdf
