#pragma once

#include "base/ledgertypes.h"
#include "ledger/lotbook.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// An admin's corrections of a member's points (ledger_corrections.cpp): an adjustment by a signed
// number of points, the cancellation of what is left in one lot, and a new expiry for one lot.
namespace orchard {

struct AdjustRequest
{
    QString memberId;
    Points points = 0;  // > 0 credits a new lot of origin 'adjustment'; < 0 debits, earliest expiry first
    QString reason;
    QString idempotencyKey;
    std::optional<qint64> expiresAtMs = std::nullopt;  // a credit's expiry; none: the expiry policy's
};

struct LotCancelRequest
{
    qint64 lotId = 0;
    QString reason;
    QString idempotencyKey;
};

struct LotExtendRequest
{
    qint64 lotId = 0;
    qint64 expiresAtMs = 0;
    QString reason;
    QString idempotencyKey;
};

// What a correction did. `points` is signed as the member sees it: a credit is positive.
struct CorrectionReceipt
{
    QString kind;       // "adjust", "lot_cancel" or "lot_extend"
    qint64 entryId = 0;  // 0 for an extension, which moves no points
    QString memberId;
    Points points = 0;
    std::optional<qint64> lotId;           // the credited, cancelled or extended lot
    QList<LotAllocation> debitedLots;      // a debit's points, lot by lot, in the order taken
    std::optional<qint64> expiresAtMs;     // of the credited or extended lot
    std::optional<qint64> previousExpiresAtMs;  // an extension's lot before it
    Points available = 0;                  // the member's available points after
    QString reason;
    qint64 postedAtMs = 0;

    QJsonObject toJson() const;
    static CorrectionReceipt fromJson(const QJsonObject &object);
};

}  // namespace orchard
