#include "ledger/correctiontypes.h"

#include "base/timeformat.h"

#include <QJsonArray>

namespace orchard {

namespace {

QJsonValue optionalTime(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(timeformat::toIso(*ms)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> timeOf(const QJsonValue &value)
{
    return value.isString() ? timeformat::parseIso(value.toString()) : std::nullopt;
}

}  // namespace

QJsonObject CorrectionReceipt::toJson() const
{
    QJsonArray lots;
    for (const LotAllocation &lot : debitedLots)
        lots.append(QJsonObject{{QStringLiteral("lot"), lot.lotId}, {QStringLiteral("points"), lot.points}});
    QJsonObject object{{QStringLiteral("kind"), kind},
                       {QStringLiteral("entry"), entryId > 0 ? QJsonValue(entryId) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("member"), memberId},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("lot"), lotId ? QJsonValue(*lotId) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("lots"), lots},
                       {QStringLiteral("expires_at"), optionalTime(expiresAtMs)},
                       {QStringLiteral("available"), available},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("posted_at"), timeformat::toIso(postedAtMs)}};
    if (kind == QLatin1String("lot_extend"))
        object.insert(QStringLiteral("previous_expires_at"), optionalTime(previousExpiresAtMs));
    return object;
}

CorrectionReceipt CorrectionReceipt::fromJson(const QJsonObject &object)
{
    CorrectionReceipt receipt;
    receipt.kind = object.value(QStringLiteral("kind")).toString();
    receipt.entryId = object.value(QStringLiteral("entry")).toInteger();
    receipt.memberId = object.value(QStringLiteral("member")).toString();
    receipt.points = object.value(QStringLiteral("points")).toInteger();
    if (!object.value(QStringLiteral("lot")).isNull())
        receipt.lotId = object.value(QStringLiteral("lot")).toInteger();
    for (const QJsonValue &value : object.value(QStringLiteral("lots")).toArray())
        receipt.debitedLots.append({value.toObject().value(QStringLiteral("lot")).toInteger(),
                                    value.toObject().value(QStringLiteral("points")).toInteger()});
    receipt.expiresAtMs = timeOf(object.value(QStringLiteral("expires_at")));
    receipt.previousExpiresAtMs = timeOf(object.value(QStringLiteral("previous_expires_at")));
    receipt.available = object.value(QStringLiteral("available")).toInteger();
    receipt.reason = object.value(QStringLiteral("reason")).toString();
    receipt.postedAtMs = timeformat::parseIso(object.value(QStringLiteral("posted_at")).toString()).value_or(0);
    return receipt;
}

}  // namespace orchard
