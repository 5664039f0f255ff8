#pragma once

#include "base/ledgertypes.h"
#include "journal/journal.h"
#include "ledger/lotbook.h"
#include "money/splitpayment.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace orchard {

class Database;
class SeedStaging;

// A reservation as it is opened: held (reserve, checkout --hold) or born confirmed (one-step
// redeem, checkout pay), with the lots it takes.
struct ReservationDraft
{
    QString memberId;
    qint64 sourceId = 0;
    QString reference;
    Points points = 0;
    bool confirmed = false;      // born confirmed: its points were consumed at once
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;      // createdAtMs when born confirmed
    QString closeReason;         // when born confirmed
    qint64 fundingMinor = 0;     // the programme funding held (or drawn, when born confirmed)
    qint64 walletMinor = 0;      // a checkout's member-wallet leg
    qint64 orderMinor = 0;       // a checkout's order value
    PointValue value;            // what a point was worth
    std::optional<qint64> ruleVersion;  // a checkout's split-payment rules
    QList<LotAllocation> allocations;   // the lots it holds or consumed

    // What every deduction names; the rest is filled in by the operation that opens it.
    static ReservationDraft of(const QString &memberId, qint64 sourceId, const QString &reference, Points points,
                               qint64 createdAtMs, const PointValue &value, const QList<LotAllocation> &allocations);
    // The entry that opens it: the same member, source, reference, points, time and money; the
    // caller adds the postings.
    JournalEntry openingEntry(const QString &kind, qint64 reservationId, const QString &sourceName, const QString &actor) const;
    // The reservation as it was opened, as the ledger answers for it and later reads it back.
    ReservationView view(qint64 reservationId, const QString &sourceName) const;
};

// What a closed reservation paid and what its refunds gave back so far.
struct RefundTotals
{
    qint64 refunds = 0;  // how many
    Points points = 0;
    qint64 walletMinor = 0;
    qint64 fundingMinor = 0;
};

// One refund as it is written; the totals include it.
struct RefundRecord
{
    qint64 reservationId = 0;
    qint64 entryId = 0;
    qint64 number = 0;  // 1 for a reservation's first refund
    Points points = 0;
    qint64 walletMinor = 0;
    qint64 fundingMinor = 0;
    RefundTotals after;
    Points confirmedPoints = 0;  // what the reservation paid, which the totals never pass
    qint64 walletPaidMinor = 0;
    qint64 fundingDrawnMinor = 0;
    QString reason;
    qint64 createdAtMs = 0;
};

// The only writer of `reservations`, `reservation_lots` and `refunds`.
class ReservationBook
{
public:
    explicit ReservationBook(Database &database);
    ~ReservationBook();

    qint64 open(const ReservationDraft &draft);  // the new reservation's id
    // Deferred (SQLite, a batch decided together): open() numbers the reservation itself and keeps
    // its rows until writeDeferred() inserts them in a few statements.
    void deferWrites();
    void writeDeferred();  // throws SqlFailure
    void discardDeferred();
    // reserved → confirmed | released | timed_out, once: throws InvariantViolation otherwise.
    void close(qint64 reservationId, const QString &status, Points confirmedPoints, qint64 closedAtMs, const QString &reason);
    // Holds of the member past their timeout at nowMs, oldest timeout first.
    QList<qint64> dueTimeouts(const QString &memberId, qint64 nowMs);
    // Which of the members have a hold past its timeout at nowMs.
    QSet<QString> membersWithDueTimeouts(const QStringList &memberIds, qint64 nowMs);
    RefundTotals refundTotals(qint64 reservationId);
    // The refund's row (id returned); the table refuses totals past what was paid, and a number
    // another process took first.
    qint64 recordRefund(const RefundRecord &refund);
    // A synthetic ledger's reservations or their lots, staged for `reservations` or
    // `reservation_lots`; the table's constraints apply. Returns the rows moved in.
    qint64 importStaged(const SeedStaging &staging);

private:
    struct Deferred;
    Database &m_database;
    std::unique_ptr<Deferred> m_deferred;
};

}  // namespace orchard
