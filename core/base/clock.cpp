#include "base/clock.h"

#include <QDateTime>

namespace orchard {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

}  // namespace orchard
