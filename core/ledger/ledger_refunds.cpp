// Refunds of confirmed redemptions and checkouts: the points back into the lots they came from,
// the member-wallet leg back to the member, and the programme's funding back by the same floor
// rule as its draw.
#include "ledger/ledger.h"

#include "base/invariant.h"
#include "base/timeformat.h"
#include "base/validation.h"
#include "ledger/accountcodes.h"
#include "ledger/refusal.h"
#include "settings/expirypolicy.h"
#include "settings/programmebook.h"

#include <QJsonArray>

#include <algorithm>

namespace orchard {

namespace {

constexpr qint64 dayMs = 86'400'000;

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

[[noreturn]] void refuseBeyondWhatWasPaid(qint64 reservationId, Points pointsLeft, qint64 walletLeftMinor, const QString &what)
{
    throw Refusal{{errors::refundExceedsConfirmed,
                   QStringLiteral("%1: reservation %2 has %3 points and %4 of its wallet leg (minor units) left to refund")
                       .arg(what, reservationToken(reservationId))
                       .arg(pointsLeft)
                       .arg(walletLeftMinor),
                   {{QStringLiteral("reservation"), reservationToken(reservationId)},
                    {QStringLiteral("points_left"), pointsLeft},
                    {QStringLiteral("wallet_left"), walletLeftMinor}}}};
}

}  // namespace

Result<RefundReceipt> Ledger::refund(const RefundRequest &request)
{
    if (const auto check = validation::identifier(QStringLiteral("key"), request.idempotencyKey))
        return *check;
    if (request.reason.trimmed().isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("reason"), QStringLiteral("a refund needs a reason"));
    if (const auto check = validation::optionalText(QStringLiteral("reason"), request.reason))
        return *check;
    if (request.points)
        if (const auto check = validation::points(QStringLiteral("points"), *request.points))
            return *check;
    if (request.walletMinor && *request.walletMinor <= 0)
        return LedgerError::invalidArgument(QStringLiteral("wallet"), QStringLiteral("a wallet refund is more than 0"));
    const qint64 nowMs = m_clock.nowMs();
    QString memberId;
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        const ReservationRow row = loadReservationOf(request.reservationId, request.source);
        memberId = row.view.memberId;
        return IdempotencyScope{row.sourceId, request.idempotencyKey, QStringLiteral("refund"),
                                OperationRunner::requestDigest({QString::number(request.reservationId), optionalNumber(request.points),
                                                                optionalNumber(request.walletMinor), request.reason})};
    };
    return m_runner.run<RefundReceipt>(scope, [&] { settleMember(memberId, nowMs); }, [&]() -> RefundReceipt {
        const ReservationRow row = loadReservation(request.reservationId);
        const ReservationView &view = row.view;
        if (view.status != reservationstatus::confirmed)
            throw Refusal{{errors::notRefundable,
                           QStringLiteral("reservation %1 is %2: only a confirmed redemption or checkout is refunded "
                                          "(a hold is released instead)")
                               .arg(reservationToken(view.reservationId), view.status),
                           {{QStringLiteral("reservation"), reservationToken(view.reservationId)}, {QStringLiteral("status"), view.status}}}};
        // What it paid: the confirmed points, the wallet leg (paid whole on confirm) and the
        // funding drawn for the points (appendClosingMoneyLegs' rule).
        const qint64 fundingDrawn = fundingDrawnFor(row, view.confirmedPoints);
        const RefundTotals before = m_reservations.refundTotals(view.reservationId);
        const Points pointsLeft = view.confirmedPoints - before.points;
        const qint64 walletLeft = view.walletMinor - before.walletMinor;
        require(pointsLeft >= 0 && walletLeft >= 0, QStringLiteral("reservation %1's refunds stay within what it paid").arg(view.reservationId));
        const bool named = request.points || request.walletMinor;
        const Points points = request.points.value_or(named ? 0 : pointsLeft);
        const qint64 wallet = request.walletMinor.value_or(named ? 0 : walletLeft);
        if (points > pointsLeft)
            refuseBeyondWhatWasPaid(view.reservationId, pointsLeft, walletLeft,
                                    QStringLiteral("points: %1 is more than is left").arg(points));
        if (wallet > walletLeft)
            refuseBeyondWhatWasPaid(view.reservationId, pointsLeft, walletLeft,
                                    QStringLiteral("wallet: %1 is more than is left").arg(wallet));
        if (points == 0 && wallet == 0)
            refuseBeyondWhatWasPaid(view.reservationId, pointsLeft, walletLeft, QStringLiteral("nothing is left to refund"));

        // The funding comes back as the floor of the refunded points' value, counted over all the
        // reservation's refunds so that a full refund returns exactly what was drawn.
        const qint64 fundingAfter = fundingDrawnFor(row, before.points + points);
        const qint64 fundingReturned = fundingAfter - before.fundingMinor;
        require(fundingReturned >= 0, QStringLiteral("a refund never takes funding"));

        const MemberAccounts accounts = m_accounts.ofMember(view.memberId);
        JournalEntry entry;
        entry.kind = QStringLiteral("reversal");
        entry.postedAtMs = nowMs;
        entry.memberId = view.memberId;
        entry.sourceId = row.sourceId;
        entry.sourceName = view.source;
        entry.reference = view.reference;
        entry.actor = m_actor.name;
        entry.reservationId = view.reservationId;
        entry.points = points;
        entry.amountMinor = wallet + fundingReturned;
        entry.reason = request.reason;
        if (points > 0) {
            entry.postings.append({m_accounts.programme(accountcodes::redeemed), -points});
            entry.postings.append({accounts.available, points});
        }
        if (fundingReturned > 0) {
            const std::optional<FundingAccounts> funding = m_wallets.existingFunding();
            require(funding.has_value(), QStringLiteral("reservation %1 drew funding, so the funding wallet exists").arg(view.reservationId));
            entry.postings.append({funding->drawn, -fundingReturned, funding->unit});
            entry.postings.append({funding->available, fundingReturned, funding->unit});
        }
        if (wallet > 0) {
            const WalletAccounts memberWallet = m_wallets.walletOf(view.memberId, {});
            entry.postings.append({m_accounts.ensure(accountcodes::merchant, QStringLiteral("merchant"), memberWallet.unit), -wallet,
                                   memberWallet.unit});
            entry.postings.append({memberWallet.available, wallet, memberWallet.unit});
        }

        // Back in reverse of the order they were taken: the longest-lived lot first.
        QList<RefundedLot> lots;
        Points toPlace = points;
        QList<LotAllocation> refundable = m_lots.refundableOf(view.reservationId);
        std::reverse(refundable.begin(), refundable.end());
        for (const LotAllocation &taken : std::as_const(refundable)) {
            if (toPlace == 0)
                break;
            const Points share = std::min(toPlace, taken.points);
            lots.append({taken.lotId, share, 0, std::nullopt});
            toPlace -= share;
        }
        require(toPlace == 0, QStringLiteral("reservation %1's lots took the %2 points it confirmed").arg(view.reservationId).arg(points));

        const RefundRecord record = [&] {
            RefundRecord r;
            r.reservationId = view.reservationId;
            r.number = before.refunds + 1;
            r.points = points;
            r.walletMinor = wallet;
            r.fundingMinor = fundingReturned;
            r.after = {before.refunds + 1, before.points + points, before.walletMinor + wallet, fundingAfter};
            r.confirmedPoints = view.confirmedPoints;
            r.walletPaidMinor = view.walletMinor;
            r.fundingDrawnMinor = fundingDrawn;
            r.reason = request.reason;
            r.createdAtMs = nowMs;
            return r;
        }();
        QJsonArray lotDetails;
        for (const RefundedLot &lot : std::as_const(lots))
            lotDetails.append(QJsonObject{{QStringLiteral("lot"), lot.lotId}, {QStringLiteral("points"), lot.points}});
        const qint64 entryId = m_journal.append(entry, QStringLiteral("reservation.refund"), view.memberId,
                                                {{QStringLiteral("reservation"), reservationToken(view.reservationId)},
                                                 {QStringLiteral("refund"), record.number},
                                                 {QStringLiteral("points"), points},
                                                 {QStringLiteral("wallet"), wallet},
                                                 {QStringLiteral("funding_returned"), fundingReturned},
                                                 {QStringLiteral("lots"), lotDetails},
                                                 {QStringLiteral("reason"), request.reason}});

        // A lot that has lapsed takes nothing back: its points go into a new lot that lapses after
        // the policy's refund grace (at once for 0, which then expires here and now).
        const int graceDays = ExpiryPolicyBook::currentIn(m_database).refundGraceDays;
        for (RefundedLot &lot : lots) {
            const std::optional<LotState> from = m_lots.lot(lot.lotId);
            require(from.has_value(), QStringLiteral("lot %1 exists").arg(lot.lotId));
            if (!LotBook::isExpired(*from, nowMs)) {
                m_lots.refundInto(entryId, lot.lotId, lot.points);
                lot.intoLotId = lot.lotId;
                lot.expiresAtMs = from->expiresAtMs;
                continue;
            }
            const qint64 lapsesAtMs = nowMs + qint64(graceDays) * dayMs;
            lot.intoLotId = m_lots.reinstate(view.memberId, entryId, nowMs, lapsesAtMs, lot.points, lot.lotId);
            lot.expiresAtMs = lapsesAtMs;
            if (graceDays == 0) {
                LotState reinstated;
                reinstated.lotId = lot.intoLotId;
                reinstated.issuedAtMs = nowMs;
                reinstated.expiresAtMs = lapsesAtMs;
                reinstated.lapsesAtMs = lapsesAtMs;
                reinstated.remaining = lot.points;
                expireLot(view.memberId, reinstated, nowMs);
            }
        }
        RefundRecord written = record;
        written.entryId = entryId;
        const qint64 refundId = m_reservations.recordRefund(written);

        RefundReceipt receipt;
        receipt.refundId = refundId;
        receipt.reservationId = view.reservationId;
        receipt.entryId = entryId;
        receipt.memberId = view.memberId;
        receipt.source = view.source;
        receipt.points = points;
        receipt.walletMinor = wallet;
        receipt.fundingReturnedMinor = fundingReturned;
        receipt.refundedPointsTotal = record.after.points;
        receipt.refundedWalletTotalMinor = record.after.walletMinor;
        receipt.pointsLeft = view.confirmedPoints - record.after.points;
        receipt.walletLeftMinor = view.walletMinor - record.after.walletMinor;
        receipt.lots = lots;
        receipt.reason = request.reason;
        receipt.postedAtMs = nowMs;
        receipt.currency = ProgrammeBook::currentIn(m_database).currency.code;
        m_outbox.refunded(receipt);
        return receipt;
    });
}

}  // namespace orchard
