#pragma once

#include "base/ledgererror.h"

#include <QCoreApplication>
#include <QString>

namespace orchard::ui {

// The ledger's identifiers (entry kinds, reservation statuses, rate bases, error codes) as words a
// person reads, in the console's language. The identifiers themselves stay what the engine, the
// CLI and the API use; only what a screen shows goes through here. An identifier this does not
// know is shown as it is.
class LedgerWords
{
    Q_DECLARE_TR_FUNCTIONS(LedgerWords)

public:
    static QString kind(const QString &entryKind);
    static QString status(const QString &reservationStatus);  // and "posted", an entry without a hold
    static QString rateBasis(const QString &basis);            // manual, configured, estimated, no_history
    static QString deliveryStatus(const QString &status);      // pending, delivered, failed
    static QString movement(const QString &lotMovementKind);   // redeem, expire, refund
    static QString approvalKind(const QString &kind);
    static QString reportName(const QString &report);          // point-state, ageing, liability, ...
    static QString period(const QString &every);               // day, week, month, quarter          // issue, adjust, fund, refund, rules, policy, ...
    // What went wrong, in words: in a translated console a headline for the error's code in the
    // console's language, then the engine's own message (which names the field and the values) as
    // support will search for it; in English the engine's message alone.
    static QString error(const LedgerError &error);
    // The same for a message alone (a report's failure, say), when no code came with it.
    static QString error(const QString &code, const QString &message);
};

}  // namespace orchard::ui
