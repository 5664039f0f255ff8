#pragma once

#include "store/ledgerlocation.h"

#include <QString>

// Who released a hold, as a field of its own: the platform that holds it (its order failed; every
// API call names its source in ReleaseRequest::source) or an admin (the console and orchardctl
// release any platform's hold and name no source). The ledger records it as `released_by` in
// the release's audit details; the reports read it there and nowhere else.
namespace orchard::releaseorigin {

inline const QString detailsKey = QStringLiteral("released_by");
inline const QString platform = QStringLiteral("platform");
inline const QString admin = QStringLiteral("admin");

// SQL that is 'admin' or 'platform' for the release entry aliased `e`. Ledgers written before
// `released_by` was recorded carry no such field; for those the actor the CLI and the console
// used ("cli:…", "console:…") still decides.
QString ofReleaseEntrySql(Engine engine);

}  // namespace orchard::releaseorigin
