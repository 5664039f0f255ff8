#pragma once

#include <QString>

namespace orchard::jsontext {

// A JSON string literal (RFC 8259: quote, backslash and control characters escaped), for the few
// bodies written by concatenation on hot paths instead of through QJsonDocument.
QString quoted(const QString &text);

}  // namespace orchard::jsontext
