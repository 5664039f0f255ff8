#include "base/ledgertypes.h"

#include "base/timeformat.h"

#include <QRegularExpression>

namespace orchard {

namespace {
QJsonValue optionalTime(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(timeformat::toIso(*ms)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> parseOptionalTime(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return timeformat::parseIso(value.toString());
}
}  // namespace

QString reservationToken(qint64 reservationId)
{
    return QStringLiteral("rsv_%1").arg(reservationId);
}

std::optional<qint64> parseReservationToken(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:rsv_)?([1-9][0-9]{0,17})$"));
    const QRegularExpressionMatch match = pattern.match(token);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

QJsonObject MemberView::toJson() const
{
    return {{QStringLiteral("member"), memberId},
            {QStringLiteral("name"), name},
            {QStringLiteral("hris"), hris},
            {QStringLiteral("department"), department},
            {QStringLiteral("created_at"), timeformat::toIso(createdAtMs)}};
}

MemberView MemberView::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("member")).toString(), object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("hris")).toString(), object.value(QStringLiteral("department")).toString(),
            parseOptionalTime(object.value(QStringLiteral("created_at"))).value_or(0)};
}

QJsonObject Balance::toJson() const
{
    return {{QStringLiteral("member"), memberId},
            {QStringLiteral("available"), available},
            {QStringLiteral("held"), held},
            {QStringLiteral("posted"), posted},
            {QStringLiteral("wallet"), walletMinor}};
}

QJsonObject IssueReceipt::toJson() const
{
    return {{QStringLiteral("entry"), entryId},
            {QStringLiteral("lot"), lotId},
            {QStringLiteral("member"), memberId},
            {QStringLiteral("points"), points},
            {QStringLiteral("issued_at"), timeformat::toIso(issuedAtMs)},
            {QStringLiteral("expires_at"), optionalTime(expiresAtMs)}};
}

IssueReceipt IssueReceipt::fromJson(const QJsonObject &object)
{
    IssueReceipt receipt;
    receipt.entryId = object.value(QStringLiteral("entry")).toInteger();
    receipt.lotId = object.value(QStringLiteral("lot")).toInteger();
    receipt.memberId = object.value(QStringLiteral("member")).toString();
    receipt.points = object.value(QStringLiteral("points")).toInteger();
    receipt.issuedAtMs = parseOptionalTime(object.value(QStringLiteral("issued_at"))).value_or(0);
    receipt.expiresAtMs = parseOptionalTime(object.value(QStringLiteral("expires_at")));
    return receipt;
}

QJsonObject ReservationView::toJson() const
{
    // "points" is what the status is about: the points held while reserved, the points
    // deducted once confirmed. Both raw figures are there too.
    const bool isConfirmed = status == reservationstatus::confirmed;
    QJsonObject object{{QStringLiteral("reservation"), reservationToken(reservationId)},
                       {QStringLiteral("member"), memberId},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("ref"), reference},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("points"), isConfirmed ? confirmedPoints : reservedPoints},
                       {QStringLiteral("reserved_points"), reservedPoints},
                       {QStringLiteral("confirmed_points"), confirmedPoints},
                       {QStringLiteral("created_at"), timeformat::toIso(createdAtMs)},
                       {QStringLiteral("expires_at"), timeformat::toIso(expiresAtMs)},
                       {QStringLiteral("closed_at"), optionalTime(closedAtMs)}};
    if (!closeReason.isEmpty())
        object.insert(QStringLiteral("reason"), closeReason);
    if (orderMinor != 0 || walletMinor != 0 || fundingMinor != 0) {
        object.insert(QStringLiteral("order"), orderMinor);
        object.insert(QStringLiteral("wallet"), walletMinor);
        object.insert(QStringLiteral("funding"), fundingMinor);
    }
    return object;
}

ReservationView ReservationView::fromJson(const QJsonObject &object)
{
    ReservationView view;
    view.reservationId = parseReservationToken(object.value(QStringLiteral("reservation")).toString()).value_or(0);
    view.memberId = object.value(QStringLiteral("member")).toString();
    view.source = object.value(QStringLiteral("source")).toString();
    view.reference = object.value(QStringLiteral("ref")).toString();
    view.status = object.value(QStringLiteral("status")).toString();
    view.reservedPoints = object.value(QStringLiteral("reserved_points")).toInteger();
    view.confirmedPoints = object.value(QStringLiteral("confirmed_points")).toInteger();
    view.createdAtMs = parseOptionalTime(object.value(QStringLiteral("created_at"))).value_or(0);
    view.expiresAtMs = parseOptionalTime(object.value(QStringLiteral("expires_at"))).value_or(0);
    view.closedAtMs = parseOptionalTime(object.value(QStringLiteral("closed_at")));
    view.closeReason = object.value(QStringLiteral("reason")).toString();
    view.orderMinor = object.value(QStringLiteral("order")).toInteger();
    view.walletMinor = object.value(QStringLiteral("wallet")).toInteger();
    view.fundingMinor = object.value(QStringLiteral("funding")).toInteger();
    return view;
}

QJsonObject EntryView::toJson() const
{
    return {{QStringLiteral("entry"), entryId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("posted_at"), timeformat::toIso(postedAtMs)},
            {QStringLiteral("member"), memberId},
            {QStringLiteral("source"), source},
            {QStringLiteral("ref"), reference},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("reservation"),
             reservationId ? QJsonValue(reservationToken(*reservationId)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("points"), points},
            {QStringLiteral("money"), amountMinor},
            {QStringLiteral("reason"), reason}};
}

}  // namespace orchard
