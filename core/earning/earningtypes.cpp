#include "earning/earningtypes.h"

#include "base/timeformat.h"

namespace orchard {

namespace {

QJsonValue optionalTime(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(timeformat::toIso(*ms)) : QJsonValue(QJsonValue::Null);
}

}  // namespace

QJsonObject EarnReceipt::toJson() const
{
    return {{QStringLiteral("lot"), lotId},
            {QStringLiteral("entry"), entryId},
            {QStringLiteral("member"), memberId},
            {QStringLiteral("event_id"), eventId},
            {QStringLiteral("event_type"), eventType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(eventType)},
            {QStringLiteral("points"), points},
            {QStringLiteral("expires_at"), optionalTime(expiresAtMs)},
            {QStringLiteral("rule_version"), ruleVersion ? QJsonValue(*ruleVersion) : QJsonValue(QJsonValue::Null)}};
}

EarnReceipt EarnReceipt::fromJson(const QJsonObject &object)
{
    EarnReceipt receipt;
    receipt.lotId = object.value(QStringLiteral("lot")).toInteger();
    receipt.entryId = object.value(QStringLiteral("entry")).toInteger();
    receipt.memberId = object.value(QStringLiteral("member")).toString();
    receipt.eventId = object.value(QStringLiteral("event_id")).toString();
    receipt.eventType = object.value(QStringLiteral("event_type")).toString();
    receipt.points = object.value(QStringLiteral("points")).toInteger();
    const QJsonValue expires = object.value(QStringLiteral("expires_at"));
    if (expires.isString())
        receipt.expiresAtMs = timeformat::parseIso(expires.toString());
    const QJsonValue version = object.value(QStringLiteral("rule_version"));
    if (!version.isNull() && !version.isUndefined())
        receipt.ruleVersion = version.toInteger();
    return receipt;
}

QString SourcePermissions::canText() const
{
    QStringList can;
    if (canEarn)
        can << QStringLiteral("earn");
    if (canRedeem)
        can << QStringLiteral("redeem");
    return can.join(QLatin1Char(','));
}

QJsonObject SourcePermissions::toJson() const
{
    return {{QStringLiteral("source"), source},
            {QStringLiteral("can"), canText()},
            {QStringLiteral("earn"), canEarn},
            {QStringLiteral("redeem"), canRedeem},
            {QStringLiteral("free_amounts"), freeAmounts},
            {QStringLiteral("max_points"), maxPoints ? QJsonValue(*maxPoints) : QJsonValue(QJsonValue::Null)}};
}

}  // namespace orchard
