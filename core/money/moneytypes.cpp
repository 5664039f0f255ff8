#include "money/moneytypes.h"

#include "base/timeformat.h"

#include <QJsonArray>

namespace orchard {

QJsonObject MoneyReceipt::toJson() const
{
    QJsonObject object{{QStringLiteral("entry"), entryId},
                       {QStringLiteral("amount"), amountMinor},
                       {QStringLiteral("balance"), balanceMinor},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("ref"), reference},
                       {QStringLiteral("posted_at"), timeformat::toIso(postedAtMs)}};
    if (!memberId.isEmpty())
        object.insert(QStringLiteral("member"), memberId);
    return object;
}

MoneyReceipt MoneyReceipt::fromJson(const QJsonObject &object)
{
    MoneyReceipt receipt;
    receipt.entryId = object.value(QStringLiteral("entry")).toInteger();
    receipt.memberId = object.value(QStringLiteral("member")).toString();
    receipt.amountMinor = object.value(QStringLiteral("amount")).toInteger();
    receipt.balanceMinor = object.value(QStringLiteral("balance")).toInteger();
    receipt.currency = object.value(QStringLiteral("currency")).toString();
    receipt.reference = object.value(QStringLiteral("ref")).toString();
    receipt.postedAtMs = timeformat::parseIso(object.value(QStringLiteral("posted_at")).toString()).value_or(0);
    return receipt;
}

QJsonObject FundingWalletView::toJson() const
{
    return {{QStringLiteral("currency"), currency},
            {QStringLiteral("funding"), funding},
            {QStringLiteral("opened"), opened},
            {QStringLiteral("balance"), balanceMinor},
            {QStringLiteral("held"), heldMinor},
            {QStringLiteral("drawn"), drawnMinor},
            {QStringLiteral("funded"), fundedMinor},
            {QStringLiteral("threshold"), thresholdMinor ? QJsonValue(*thresholdMinor) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("below_threshold"), belowThreshold()}};
}

QJsonObject FundingMovement::toJson() const
{
    return {{QStringLiteral("entry"), entryId},
            {QStringLiteral("posted_at"), timeformat::toIso(postedAtMs)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("source"), source},
            {QStringLiteral("ref"), reference},
            {QStringLiteral("member"), memberId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(memberId)},
            {QStringLiteral("amount"), amountMinor},
            {QStringLiteral("balance"), balanceMinor}};
}

QJsonObject QuoteView::toJson() const
{
    QJsonObject object = quote.toJson();
    object.insert(QStringLiteral("quote"), quoteToken(quoteId));
    object.insert(QStringLiteral("member_points"), memberPoints);
    object.insert(QStringLiteral("member_wallet"), memberWalletMinor);
    object.insert(QStringLiteral("currency"), currency);
    object.insert(QStringLiteral("quoted_at"), timeformat::toIso(quotedAtMs));
    object.insert(QStringLiteral("valid_until"), timeformat::toIso(validUntilMs));
    return object;
}

namespace {

CheckoutQuote quoteFromJson(const QJsonObject &object)
{
    CheckoutQuote quote;
    quote.orderMinor = object.value(QStringLiteral("order")).toInteger();
    quote.points = object.value(QStringLiteral("points")).toInteger();
    quote.pointsValueMinor = object.value(QStringLiteral("points_value")).toInteger();
    quote.walletMinor = object.value(QStringLiteral("wallet")).toInteger();
    const QJsonArray allowed = object.value(QStringLiteral("allowed_points")).toArray();
    quote.allowedMin = allowed.at(0).toInteger();
    quote.allowedMax = allowed.at(1).toInteger();
    quote.ruleVersion = object.value(QStringLiteral("rule_version")).toInt();
    quote.why = object.value(QStringLiteral("why")).toString();
    return quote;
}

}  // namespace

QuoteView QuoteView::fromJson(const QJsonObject &object)
{
    QuoteView view;
    view.quoteId = parseQuoteToken(object.value(QStringLiteral("quote")).toString()).value_or(0);
    view.quote = quoteFromJson(object);
    view.memberPoints = object.value(QStringLiteral("member_points")).toInteger();
    view.memberWalletMinor = object.value(QStringLiteral("member_wallet")).toInteger();
    view.currency = object.value(QStringLiteral("currency")).toString();
    view.quotedAtMs = timeformat::parseIso(object.value(QStringLiteral("quoted_at")).toString()).value_or(0);
    view.validUntilMs = timeformat::parseIso(object.value(QStringLiteral("valid_until")).toString()).value_or(0);
    return view;
}

QJsonObject CheckoutReceipt::toJson() const
{
    QJsonObject object = reservation.toJson();
    object.insert(QStringLiteral("checkout"), quote.toJson());
    object.insert(QStringLiteral("funding_draw"), fundingDrawMinor);
    object.insert(QStringLiteral("currency"), currency);
    return object;
}

CheckoutReceipt CheckoutReceipt::fromJson(const QJsonObject &object)
{
    CheckoutReceipt receipt;
    receipt.reservation = ReservationView::fromJson(object);
    receipt.quote = quoteFromJson(object.value(QStringLiteral("checkout")).toObject());
    receipt.fundingDrawMinor = object.value(QStringLiteral("funding_draw")).toInteger();
    receipt.currency = object.value(QStringLiteral("currency")).toString();
    return receipt;
}

QString quoteToken(qint64 quoteId)
{
    return QStringLiteral("qte_") + QString::number(quoteId);
}

std::optional<qint64> parseQuoteToken(const QString &token)
{
    const QString digits = token.startsWith(QLatin1String("qte_")) ? token.mid(4) : token;
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0 || digits.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return id;
}

QString refundToken(qint64 refundId)
{
    return QStringLiteral("rfd_") + QString::number(refundId);
}

QJsonObject RefundReceipt::toJson() const
{
    QJsonArray lotRows;
    for (const RefundedLot &lot : lots) {
        QJsonObject row{{QStringLiteral("lot"), lot.lotId}, {QStringLiteral("points"), lot.points}, {QStringLiteral("into_lot"), lot.intoLotId}};
        row.insert(QStringLiteral("expires_at"), lot.expiresAtMs ? QJsonValue(timeformat::toIso(*lot.expiresAtMs)) : QJsonValue(QJsonValue::Null));
        lotRows.append(row);
    }
    return {{QStringLiteral("refund"), refundToken(refundId)},
            {QStringLiteral("reservation"), reservationToken(reservationId)},
            {QStringLiteral("entry"), entryId},
            {QStringLiteral("member"), memberId},
            {QStringLiteral("source"), source},
            {QStringLiteral("points"), points},
            {QStringLiteral("wallet"), walletMinor},
            {QStringLiteral("funding_returned"), fundingReturnedMinor},
            {QStringLiteral("refunded_points_total"), refundedPointsTotal},
            {QStringLiteral("refunded_wallet_total"), refundedWalletTotalMinor},
            {QStringLiteral("points_left"), pointsLeft},
            {QStringLiteral("wallet_left"), walletLeftMinor},
            {QStringLiteral("lots"), lotRows},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("posted_at"), timeformat::toIso(postedAtMs)}};
}

RefundReceipt RefundReceipt::fromJson(const QJsonObject &object)
{
    RefundReceipt receipt;
    const QString token = object.value(QStringLiteral("refund")).toString();
    receipt.refundId = token.startsWith(QLatin1String("rfd_")) ? token.mid(4).toLongLong() : 0;
    receipt.reservationId = parseReservationToken(object.value(QStringLiteral("reservation")).toString()).value_or(0);
    receipt.entryId = object.value(QStringLiteral("entry")).toInteger();
    receipt.memberId = object.value(QStringLiteral("member")).toString();
    receipt.source = object.value(QStringLiteral("source")).toString();
    receipt.points = object.value(QStringLiteral("points")).toInteger();
    receipt.walletMinor = object.value(QStringLiteral("wallet")).toInteger();
    receipt.fundingReturnedMinor = object.value(QStringLiteral("funding_returned")).toInteger();
    receipt.refundedPointsTotal = object.value(QStringLiteral("refunded_points_total")).toInteger();
    receipt.refundedWalletTotalMinor = object.value(QStringLiteral("refunded_wallet_total")).toInteger();
    receipt.pointsLeft = object.value(QStringLiteral("points_left")).toInteger();
    receipt.walletLeftMinor = object.value(QStringLiteral("wallet_left")).toInteger();
    for (const QJsonValue &value : object.value(QStringLiteral("lots")).toArray()) {
        const QJsonObject row = value.toObject();
        RefundedLot lot;
        lot.lotId = row.value(QStringLiteral("lot")).toInteger();
        lot.points = row.value(QStringLiteral("points")).toInteger();
        lot.intoLotId = row.value(QStringLiteral("into_lot")).toInteger();
        if (row.value(QStringLiteral("expires_at")).isString())
            lot.expiresAtMs = timeformat::parseIso(row.value(QStringLiteral("expires_at")).toString());
        receipt.lots.append(lot);
    }
    receipt.reason = object.value(QStringLiteral("reason")).toString();
    receipt.currency = object.value(QStringLiteral("currency")).toString();
    receipt.postedAtMs = timeformat::parseIso(object.value(QStringLiteral("posted_at")).toString()).value_or(0);
    return receipt;
}

}  // namespace orchard
