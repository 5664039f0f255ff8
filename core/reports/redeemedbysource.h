#pragma once

#include "base/ledgertypes.h"

#include <QMap>
#include <QString>

#include <optional>

namespace orchard {

class Database;

// The one definition of "points redeemed on a source": what the entries of that source posted to
// accountcodes::redeemed (confirms, one-step redeems, checkouts, and any correction that reverses
// them), in posted_at_ms ∈ [fromMs, toMs). Every screen and report that shows redemptions by
// source reads it here.
class RedeemedBySource
{
public:
    explicit RedeemedBySource(Database &database) : m_database(database) {}

    // Sources with nothing redeemed in the window are absent.
    QMap<QString, Points> between(std::optional<qint64> fromMs, std::optional<qint64> toMs);

private:
    Database &m_database;
};

}  // namespace orchard
