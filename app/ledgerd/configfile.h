#pragma once

#include "base/result.h"

#include <QStringList>

namespace orchard::api {

// /etc/orchard/ledgerd.conf: one `option = value` per line (the long option without its
// dashes), `#` starts a comment. Returns the equivalent arguments ("--option", "value"), which
// go before the command line's, so an option given on the command line wins. A line that is not
// `option = value` is refused with its line number.
Result<QStringList> argumentsFromConfig(const QString &path);

}  // namespace orchard::api
