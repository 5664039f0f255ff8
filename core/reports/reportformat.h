#pragma once

#include "reports/reports.h"

#include <QByteArray>

// Writes a report as an aligned text table, RFC 4180 CSV (UTF-8, CRLF, "# " lines with the title
// and parameters, a header row, plain numbers) or JSON. The PDF, which needs Qt GUI, is drawn outside the core.
namespace orchard::reportformat {

QString table(const Report &report);
QByteArray csv(const Report &report);
QByteArray json(const Report &report);
// RFC 4180, for every CSV Orchard writes: a field quoted when it holds , " CR or LF.
QByteArray csvField(const QString &value);
QByteArray csvLine(const QStringList &fields);  // the fields and CRLF
// A column as people read it ("Expected breakage (INR)" for expected_breakage_INR), translated
// in the "ReportColumns" context; CSV and JSON keep the column's own name.
QString columnTitle(const QString &column);

}  // namespace orchard::reportformat
