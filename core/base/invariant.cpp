#include "base/invariant.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInvariant, "orchard.invariant")

namespace orchard {

InvariantViolation::InvariantViolation(const QString &what) : std::runtime_error(what.toStdString()), violated(what)
{
    qCCritical(lcInvariant).noquote() << "ledger invariant violated:" << what;
}

}  // namespace orchard
