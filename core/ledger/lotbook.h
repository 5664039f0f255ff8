#pragma once

#include "base/ledgertypes.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace orchard {

class Database;
class SeedStaging;

struct LotState
{
    qint64 lotId = 0;
    qint64 issuedAtMs = 0;
    std::optional<qint64> expiresAtMs;  // the date on the member's statement
    std::optional<qint64> lapsesAtMs;   // expires_at + the grace in force at issue: no longer redeemable
    Points remaining = 0;
    Points held = 0;
};

struct LotAllocation
{
    qint64 lotId = 0;
    Points points = 0;
};

struct MemberPosition
{
    Points posted = 0;
    Points held = 0;
    Points available() const { return posted - held; }
};

// Reads a member's point lots and decides which lots a deduction takes: earliest expiry first,
// lots that never expire last, ties broken by the oldest issue.
class LotBook
{
public:
    explicit LotBook(Database &database);
    ~LotBook();

    // The only writer of `lots` and `lot_movements`. Each verb checks 0 ≤ held ≤ remaining for
    // every lot it moves (the rows it updates say so) and throws InvariantViolation otherwise.
    qint64 create(const QString &memberId, qint64 issueEntryId, qint64 issuedAtMs, std::optional<qint64> expiresAtMs,
                  std::optional<qint64> lapsesAtMs, Points points);
    void hold(const QList<LotAllocation> &allocations);                     // held += each
    void consume(qint64 entryId, const QList<LotAllocation> &allocations);  // remaining -= each, a 'redeem' movement
    // Deferred (SQLite, a batch of redemptions decided together): consume() keeps its movements
    // and each lot's total until writeDeferred() writes the movements in a few statements and each
    // lot once (its free points checked against the total). No other verb may run meanwhile.
    void deferWrites();
    void writeDeferred();  // throws SqlFailure or InvariantViolation
    void discardDeferred();
    void debit(qint64 entryId, const QList<LotAllocation> &allocations);    // remaining -= each, an 'adjust' movement
    // A hold ends: every allocation is unheld and `confirmed` points of them are consumed, in order.
    void settleHold(qint64 entryId, const QList<LotAllocation> &allocations, Points confirmed);
    void expire(qint64 entryId, qint64 lotId, Points points);  // remaining -= points, an 'expire' movement
    // A refund (entry `entryId`): `points` back into a lot they were consumed from (remaining +=
    // points, a 'refund' movement of -points), or, for a lot that has lapsed, a new lot of origin
    // 'refund' standing for it; the new lot's id.
    void refundInto(qint64 entryId, qint64 lotId, Points points);
    qint64 reinstate(const QString &memberId, qint64 entryId, qint64 nowMs, qint64 lapsesAtMs, Points points, qint64 forLotId);
    // An admin's credit (entry `entryId`): a new lot of origin 'adjustment'.
    qint64 credit(const QString &memberId, qint64 entryId, qint64 nowMs, std::optional<qint64> expiresAtMs,
                  std::optional<qint64> lapsesAtMs, Points points);
    // A new expiry for a lot (an admin's extension); its points are untouched.
    void reschedule(qint64 lotId, qint64 expiresAtMs, qint64 lapsesAtMs);
    // A synthetic ledger's lots or movements, staged for `lots` or `lot_movements`; the table's
    // constraints apply. Returns the rows moved in.
    qint64 importStaged(const SeedStaging &staging);

    QList<LotState> openLots(const QString &memberId);  // remaining > 0, in consumption order
    // openLots() of each member at once (a member without open lots has none in the answer).
    QHash<QString, QList<LotState>> openLotsOf(const QStringList &memberIds);
    QList<LotAllocation> allocationsOf(qint64 reservationId);  // in consumption order
    // What a closed reservation took from each lot and no refund has given back yet, in the order
    // it took them.
    QList<LotAllocation> refundableOf(qint64 reservationId);
    std::optional<LotState> lot(qint64 lotId);
    std::optional<QString> memberOf(qint64 lotId);

    // What the member holds as of nowMs, counting holds past their timeout as returned and lots
    // past expiry as gone, whether or not the sweep has written that down yet.
    MemberPosition position(const QString &memberId, qint64 nowMs);

    // Past its expiry and its grace: the points are gone whether or not the expiry run wrote it.
    static bool isExpired(const LotState &lot, qint64 nowMs);
    static bool isInGrace(const LotState &lot, qint64 nowMs);
    static bool consumesBefore(const LotState &a, const LotState &b);
    // Takes points from lots that are not expired and not held; empty when they do not suffice.
    static QList<LotAllocation> allocate(const QList<LotState> &lotsInOrder, Points points, qint64 nowMs);

private:
    qint64 insert(const QString &memberId, qint64 entryId, qint64 issuedAtMs, std::optional<qint64> expiresAtMs,
                  std::optional<qint64> lapsesAtMs, Points points, const QString &origin, std::optional<qint64> originLotId);
    void take(qint64 entryId, const QList<LotAllocation> &allocations, const QString &insertMovement);
    QHash<qint64, Points> staleHoldsByLot(const QString &memberId, qint64 nowMs);

    struct Deferred;
    Database &m_database;
    std::unique_ptr<Deferred> m_deferred;
};

}  // namespace orchard
