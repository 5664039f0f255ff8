// An admin's corrections of a member's points: adjustments (a credit lot, or a debit taking lots
// earliest expiry first), the cancellation of a lot's remaining points and a lot's new expiry.
// The points of a correction move between the member and programme:adjusted, so every report
// can show them on a line of their own.
#include "ledger/ledger.h"

#include "base/invariant.h"
#include "base/timeformat.h"
#include "base/validation.h"
#include "ledger/accountcodes.h"
#include "ledger/refusal.h"
#include "settings/expirypolicy.h"

#include <QJsonArray>

namespace orchard {

namespace {

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

std::optional<LedgerError> reasonCheck(const QString &reason, const QString &what)
{
    if (reason.trimmed().isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("reason"), QStringLiteral("%1 needs a reason").arg(what));
    return validation::optionalText(QStringLiteral("reason"), reason);
}

// What a request about one lot must carry: the lot, a reason and a key.
std::optional<LedgerError> lotRequestCheck(qint64 lotId, const QString &reason, const QString &key, const QString &what)
{
    if (lotId <= 0)
        return LedgerError::invalidArgument(QStringLiteral("lot"), QStringLiteral("a lot id is a positive number"));
    if (const auto check = reasonCheck(reason, what))
        return check;
    return validation::identifier(QStringLiteral("key"), key);
}

QJsonArray lotsJson(const QList<LotAllocation> &lots)
{
    QJsonArray array;
    for (const LotAllocation &lot : lots)
        array.append(QJsonObject{{QStringLiteral("lot"), lot.lotId}, {QStringLiteral("points"), lot.points}});
    return array;
}

}  // namespace

Result<CorrectionReceipt> Ledger::adjust(const AdjustRequest &request)
{
    const qint64 nowMs = m_clock.nowMs();
    if (const auto check = validation::identifier(QStringLiteral("member"), request.memberId))
        return *check;
    if (request.points == 0)
        return LedgerError::invalidArgument(QStringLiteral("points"), QStringLiteral("an adjustment moves points: give a positive credit or a negative debit"));
    if (const auto check = validation::points(QStringLiteral("points"), request.points < 0 ? -request.points : request.points))
        return *check;
    if (const auto check = reasonCheck(request.reason, QStringLiteral("an adjustment")))
        return *check;
    if (const auto check = validation::identifier(QStringLiteral("key"), request.idempotencyKey))
        return *check;
    if (request.expiresAtMs && request.points < 0)
        return LedgerError::invalidArgument(QStringLiteral("expires_at"), QStringLiteral("only a credit makes a lot that expires"));
    if (request.expiresAtMs && *request.expiresAtMs <= nowMs)
        return LedgerError::invalidArgument(QStringLiteral("expires_at"), QStringLiteral("%1 is not after now (%2)")
                                                                              .arg(timeformat::toIso(*request.expiresAtMs), timeformat::toIso(nowMs)));
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        return IdempotencyScope{m_accounts.sourceId(sourceAdmin), request.idempotencyKey, QStringLiteral("adjust"),
                                OperationRunner::requestDigest({request.memberId, QString::number(request.points),
                                                                optionalNumber(request.expiresAtMs), request.reason})};
    };
    return m_runner.run<CorrectionReceipt>(scope, [&] { settleMember(request.memberId, nowMs); }, [&]() -> CorrectionReceipt {
        const MemberAccounts accounts = m_accounts.ofMember(request.memberId);
        const qint64 adjusted = m_accounts.programme(accountcodes::adjusted);
        CorrectionReceipt receipt;
        receipt.kind = QStringLiteral("adjust");
        receipt.memberId = request.memberId;
        receipt.points = request.points;
        receipt.reason = request.reason;
        receipt.postedAtMs = nowMs;
        JournalEntry entry =
            programmeEntry(QStringLiteral("adjust"), nowMs, request.memberId, request.idempotencyKey, m_actor.name, request.reason);
        if (request.points > 0) {
            refuseAboveBalanceLimit(request.memberId, accounts, request.points);
            const ExpiryPolicy policy = ExpiryPolicyBook::currentIn(m_database);
            const std::optional<qint64> expiresAtMs = request.expiresAtMs ? request.expiresAtMs : policy.expiryFor(nowMs);
            const std::optional<qint64> lapsesAtMs = expiresAtMs ? std::optional<qint64>(*expiresAtMs + policy.graceMs()) : std::nullopt;
            entry.points = request.points;
            entry.postings = {{adjusted, -request.points}, {accounts.available, request.points}};
            const qint64 entryId = m_journal.append(
                entry, QStringLiteral("points.adjust"), request.memberId,
                {{QStringLiteral("points"), request.points},
                 {QStringLiteral("expires_at"), expiresAtMs ? QJsonValue(timeformat::toIso(*expiresAtMs)) : QJsonValue(QJsonValue::Null)},
                 {QStringLiteral("grace_days"), expiresAtMs ? policy.graceDays : 0},
                 {QStringLiteral("reason"), request.reason}});
            receipt.entryId = entryId;
            receipt.lotId = m_lots.credit(request.memberId, entryId, nowMs, expiresAtMs, lapsesAtMs, request.points);
            receipt.expiresAtMs = expiresAtMs;
        } else {
            const Points points = -request.points;
            const QList<LotAllocation> lots = allocateOrRefuse(request.memberId, points, nowMs);
            entry.points = points;
            entry.postings = {{accounts.available, -points}, {adjusted, points}};
            receipt.entryId = m_journal.append(entry, QStringLiteral("points.adjust"), request.memberId,
                                               {{QStringLiteral("points"), request.points},
                                                {QStringLiteral("lots"), lotsJson(lots)},
                                                {QStringLiteral("reason"), request.reason}});
            m_lots.debit(receipt.entryId, lots);
            receipt.debitedLots = lots;
        }
        receipt.available = m_accounts.balanceOf(accounts.available);
        return receipt;
    });
}

Result<CorrectionReceipt> Ledger::cancelLot(const LotCancelRequest &request)
{
    const qint64 nowMs = m_clock.nowMs();
    if (const auto check = lotRequestCheck(request.lotId, request.reason, request.idempotencyKey, QStringLiteral("a cancellation")))
        return *check;
    QString memberId;
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        memberId = memberOfLot(request.lotId);
        return IdempotencyScope{m_accounts.sourceId(sourceAdmin), request.idempotencyKey, QStringLiteral("lot_cancel"),
                                OperationRunner::requestDigest({QString::number(request.lotId), request.reason})};
    };
    return m_runner.run<CorrectionReceipt>(scope, [&] { settleMember(memberId, nowMs); }, [&]() -> CorrectionReceipt {
        const LotState lot = openLotOrRefuse(request.lotId, nowMs);
        if (lot.held > 0)
            throw Refusal{{errors::lotHeld,
                           QStringLiteral("lot %1 has %2 of its %3 points held by open reservations: release or confirm them first")
                               .arg(lot.lotId)
                               .arg(lot.held)
                               .arg(lot.remaining),
                           {{QStringLiteral("lot"), lot.lotId}, {QStringLiteral("held"), lot.held}}}};
        const MemberAccounts accounts = m_accounts.ofMember(memberId);
        const Points points = lot.remaining;
        JournalEntry entry = programmeEntry(QStringLiteral("adjust"), nowMs, memberId, QStringLiteral("lot-%1").arg(lot.lotId),
                                            m_actor.name, request.reason);
        entry.points = points;
        entry.postings = {{accounts.available, -points}, {m_accounts.programme(accountcodes::adjusted), points}};
        const QList<LotAllocation> taken{{lot.lotId, points}};
        CorrectionReceipt receipt;
        receipt.kind = QStringLiteral("lot_cancel");
        receipt.entryId = m_journal.append(entry, QStringLiteral("lot.cancel"), memberId,
                                           {{QStringLiteral("lot"), lot.lotId},
                                            {QStringLiteral("points"), -points},
                                            {QStringLiteral("reason"), request.reason}});
        m_lots.debit(receipt.entryId, taken);
        receipt.memberId = memberId;
        receipt.points = -points;
        receipt.lotId = lot.lotId;
        receipt.debitedLots = taken;
        receipt.expiresAtMs = lot.expiresAtMs;
        receipt.available = m_accounts.balanceOf(accounts.available);
        receipt.reason = request.reason;
        receipt.postedAtMs = nowMs;
        return receipt;
    });
}

Result<CorrectionReceipt> Ledger::extendLot(const LotExtendRequest &request)
{
    const qint64 nowMs = m_clock.nowMs();
    if (const auto check = lotRequestCheck(request.lotId, request.reason, request.idempotencyKey, QStringLiteral("an extension")))
        return *check;
    if (request.expiresAtMs <= nowMs)
        return LedgerError::invalidArgument(QStringLiteral("expires_at"), QStringLiteral("%1 is not after now (%2)")
                                                                              .arg(timeformat::toIso(request.expiresAtMs), timeformat::toIso(nowMs)));
    QString memberId;
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        memberId = memberOfLot(request.lotId);
        return IdempotencyScope{m_accounts.sourceId(sourceAdmin), request.idempotencyKey, QStringLiteral("lot_extend"),
                                OperationRunner::requestDigest({QString::number(request.lotId), QString::number(request.expiresAtMs),
                                                                request.reason})};
    };
    return m_runner.run<CorrectionReceipt>(scope, [&] { settleMember(memberId, nowMs); }, [&]() -> CorrectionReceipt {
        const LotState lot = openLotOrRefuse(request.lotId, nowMs);
        if (!lot.expiresAtMs)
            throw Refusal{LedgerError::invalidArgument(QStringLiteral("expires_at"),
                                                       QStringLiteral("lot %1 never expires: there is nothing to extend").arg(lot.lotId))};
        if (request.expiresAtMs <= *lot.expiresAtMs)
            throw Refusal{LedgerError::invalidArgument(QStringLiteral("expires_at"),
                                                       QStringLiteral("%1 is not after lot %2's expiry %3")
                                                           .arg(timeformat::toIso(request.expiresAtMs))
                                                           .arg(lot.lotId)
                                                           .arg(timeformat::toIso(*lot.expiresAtMs)))};
        // The lot keeps the grace it was issued with.
        const qint64 graceMs = lot.lapsesAtMs ? *lot.lapsesAtMs - *lot.expiresAtMs : 0;
        const qint64 lapsesAtMs = request.expiresAtMs + graceMs;
        m_lots.reschedule(lot.lotId, request.expiresAtMs, lapsesAtMs);
        // Sealed in the audit chain: the verifier takes a lot's last extension as its terms.
        m_audit.append({nowMs, m_actor.name, m_actor.source, QStringLiteral("lot.extend"), memberId,
                        QJsonObject{{QStringLiteral("lot"), lot.lotId},
                                    {QStringLiteral("previous_expires_at"), timeformat::toIso(*lot.expiresAtMs)},
                                    {QStringLiteral("expires_at"), timeformat::toIso(request.expiresAtMs)},
                                    {QStringLiteral("lapses_at"), timeformat::toIso(lapsesAtMs)},
                                    {QStringLiteral("reason"), request.reason}},
                        std::nullopt, {}});
        CorrectionReceipt receipt;
        receipt.kind = QStringLiteral("lot_extend");
        receipt.memberId = memberId;
        receipt.lotId = lot.lotId;
        receipt.expiresAtMs = request.expiresAtMs;
        receipt.previousExpiresAtMs = lot.expiresAtMs;
        receipt.available = m_accounts.balanceOf(m_accounts.ofMember(memberId).available);
        receipt.reason = request.reason;
        receipt.postedAtMs = nowMs;
        return receipt;
    });
}

QString Ledger::memberOfLot(qint64 lotId)
{
    const std::optional<QString> member = m_lots.memberOf(lotId);
    if (!member)
        throw Refusal{{errors::unknownLot, QStringLiteral("there is no lot %1").arg(lotId), {{QStringLiteral("lot"), lotId}}}};
    return *member;
}

LotState Ledger::openLotOrRefuse(qint64 lotId, qint64 nowMs)
{
    const std::optional<LotState> lot = m_lots.lot(lotId);
    require(lot.has_value(), QStringLiteral("lot %1 exists").arg(lotId));
    if (lot->remaining == 0 || LotBook::isExpired(*lot, nowMs))
        throw Refusal{{errors::lotNotOpen,
                       lot->remaining == 0 ? QStringLiteral("lot %1 has no points left").arg(lotId)
                                           : QStringLiteral("lot %1 lapsed at %2").arg(lotId).arg(timeformat::toIso(lot->lapsesAtMs.value_or(lot->expiresAtMs.value_or(0)))),
                       {{QStringLiteral("lot"), lotId}, {QStringLiteral("remaining"), lot->remaining}}}};
    return *lot;
}

}  // namespace orchard
