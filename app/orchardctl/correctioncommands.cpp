// orchardctl's corrections: an admin's adjustment of a member's points, and the cancellation or
// extension of one lot. Each is one keyed ledger operation (Ledger::adjust, cancelLot, extendLot).
#include "commandline.h"

#include "cliarguments.h"
#include "base/ledgerlimits.h"
#include "base/timeformat.h"
#include "ledger/ledger.h"
#include "approvals/approvaldesk.h"

namespace orchard::cli {

namespace {

QString lotsText(const QList<LotAllocation> &lots)
{
    QStringList parts;
    for (const LotAllocation &lot : lots)
        parts << QStringLiteral("%1 from lot %2").arg(lot.points).arg(lot.lotId);
    return parts.join(QStringLiteral(", "));
}

QString expiryText(const std::optional<qint64> &ms)
{
    return ms ? QStringLiteral("expires %1").arg(timeformat::toIso(*ms)) : QStringLiteral("never expires");
}

}  // namespace

QList<CommandLine::Command> CommandLine::correctionCommands()
{
    using O = QCommandLineOption;
    const O reason(QStringLiteral("reason"), QStringLiteral("Why (required)."), QStringLiteral("TEXT"));
    const O expiresAt(QStringLiteral("expires-at"), QStringLiteral("The lot's new expiry."), QStringLiteral("ISO"));
    return {
        {QStringLiteral("adjust"),
         QStringLiteral("adjust MEMBER POINTS --reason TEXT [--expires-at ISO] [--key KEY]   "
                        "(a credit lot for POINTS > 0; a debit, earliest expiry first, for POINTS < 0)"),
         {reason, O(QStringLiteral("expires-at"), QStringLiteral("A credit's expiry (default: the expiry policy's)."), QStringLiteral("ISO")),
          keyOption},
         2, 2, true, &CommandLine::adjust},
        {QStringLiteral("lot cancel"), QStringLiteral("lot cancel LOT --reason TEXT [--key KEY]   (its remaining points; not while any are held)"),
         {reason, keyOption}, 1, 1, true, &CommandLine::lotCancel},
        {QStringLiteral("lot extend"), QStringLiteral("lot extend LOT --expires-at ISO --reason TEXT [--key KEY]   (a later expiry; its grace is kept)"),
         {expiresAt, reason, keyOption}, 1, 1, true, &CommandLine::lotExtend},
    };
}

int CommandLine::adjust(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.isSet(QStringLiteral("reason")))
        return usageError(QStringLiteral("reason"), QStringLiteral("is required"), QStringLiteral("adjust MEMBER POINTS --reason TEXT"));
    const Result<qint64> points = parseBounded(QStringLiteral("points"), arguments.at(1), -limits::maxPointsPerOperation,
                                               limits::maxPointsPerOperation);
    if (!points)
        return m_output.error(points.error());
    AdjustRequest request;
    request.memberId = arguments.at(0);
    request.points = points.value();
    request.reason = parser.value(QStringLiteral("reason"));
    request.idempotencyKey = keyOrNew(parser);
    if (parser.isSet(QStringLiteral("expires-at"))) {
        const Result<qint64> at = parseTime(QStringLiteral("expires-at"), parser.value(QStringLiteral("expires-at")));
        if (!at)
            return m_output.error(at.error());
        request.expiresAtMs = at.value();
    }
    if (const std::optional<int> filed =
            fileForApproval(QStringLiteral("adjust"), approvalrequest::of(request),
                            QStringLiteral("adjust %1 by %2 points: %3").arg(request.memberId, QString::number(request.points), request.reason),
                            request.points < 0 ? -request.points : request.points, 0))
        return *filed;
    const Result<CorrectionReceipt> adjusted = ledger().adjust(request);
    if (!adjusted)
        return m_output.error(adjusted.error());
    const CorrectionReceipt &receipt = adjusted.value();
    const QString text = receipt.points > 0
                             ? QStringLiteral("credited %1 points to %2 (lot %3, %4); %5 available")
                                   .arg(receipt.points)
                                   .arg(receipt.memberId)
                                   .arg(receipt.lotId.value_or(0))
                                   .arg(expiryText(receipt.expiresAtMs))
                                   .arg(receipt.available)
                             : QStringLiteral("debited %1 points from %2 (%3); %4 available")
                                   .arg(-receipt.points)
                                   .arg(receipt.memberId, lotsText(receipt.debitedLots))
                                   .arg(receipt.available);
    m_output.result(receipt.toJson(), text);
    return Done;
}

int CommandLine::lotCancel(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.isSet(QStringLiteral("reason")))
        return usageError(QStringLiteral("reason"), QStringLiteral("is required"), QStringLiteral("lot cancel LOT --reason TEXT"));
    const Result<qint64> lot = parseBounded(QStringLiteral("lot"), arguments.at(0), 1, std::numeric_limits<qint64>::max());
    if (!lot)
        return m_output.error(lot.error());
    LotCancelRequest request;
    request.lotId = lot.value();
    request.reason = parser.value(QStringLiteral("reason"));
    request.idempotencyKey = keyOrNew(parser);
    const Result<CorrectionReceipt> cancelled = ledger().cancelLot(request);
    if (!cancelled)
        return m_output.error(cancelled.error());
    const CorrectionReceipt &receipt = cancelled.value();
    m_output.result(receipt.toJson(), QStringLiteral("cancelled lot %1: %2 points debited from %3; %4 available")
                                          .arg(receipt.lotId.value_or(0))
                                          .arg(-receipt.points)
                                          .arg(receipt.memberId)
                                          .arg(receipt.available));
    return Done;
}

int CommandLine::lotExtend(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.isSet(QStringLiteral("reason")) || !parser.isSet(QStringLiteral("expires-at")))
        return usageError(parser.isSet(QStringLiteral("reason")) ? QStringLiteral("expires-at") : QStringLiteral("reason"),
                          QStringLiteral("is required"), QStringLiteral("lot extend LOT --expires-at ISO --reason TEXT"));
    const Result<qint64> lot = parseBounded(QStringLiteral("lot"), arguments.at(0), 1, std::numeric_limits<qint64>::max());
    if (!lot)
        return m_output.error(lot.error());
    const Result<qint64> at = parseTime(QStringLiteral("expires-at"), parser.value(QStringLiteral("expires-at")));
    if (!at)
        return m_output.error(at.error());
    LotExtendRequest request;
    request.lotId = lot.value();
    request.expiresAtMs = at.value();
    request.reason = parser.value(QStringLiteral("reason"));
    request.idempotencyKey = keyOrNew(parser);
    const Result<CorrectionReceipt> extended = ledger().extendLot(request);
    if (!extended)
        return m_output.error(extended.error());
    const CorrectionReceipt &receipt = extended.value();
    m_output.result(receipt.toJson(), QStringLiteral("lot %1 of %2 now %3 (was %4)")
                                          .arg(receipt.lotId.value_or(0))
                                          .arg(receipt.memberId, expiryText(receipt.expiresAtMs),
                                               receipt.previousExpiresAtMs ? timeformat::toIso(*receipt.previousExpiresAtMs)
                                                                           : QStringLiteral("never")));
    return Done;
}

}  // namespace orchard::cli
