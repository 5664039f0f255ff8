#pragma once

#include "store/ledgerlocation.h"

#include <QList>

namespace orchard::ui {

// The ledgers the console opened, most recent first, kept in QSettings (never a password).
class ConnectionHistory
{
public:
    static constexpr int maximum = 8;

    static QList<LedgerLocation> recent();
    static void remember(const LedgerLocation &location);
    static void forget(const LedgerLocation &location);
};

}  // namespace orchard::ui
