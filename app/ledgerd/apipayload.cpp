#include "apipayload.h"

#include "ledgerlimits.h"
#include "moneytypes.h"
#include "validation.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace orchard::api {

namespace {

// One JSON object whose every field is known; typed getters name the field in each refusal.
class JsonFields
{
public:
    static Result<JsonFields> parse(const QByteArray &body, const QSet<QString> &known, bool emptyMeansEmptyObject)
    {
        if (body.size() > maxBodyBytes)
            return LedgerError::invalidArgument(QStringLiteral("body"),
                                                QStringLiteral("is %1 bytes; at most %2 are accepted").arg(body.size()).arg(maxBodyBytes));
        if (body.trimmed().isEmpty() && emptyMeansEmptyObject)
            return JsonFields(QJsonObject());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return LedgerError::invalidArgument(QStringLiteral("body"),
                                                QStringLiteral("is not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
        if (!document.isObject())
            return LedgerError::invalidArgument(QStringLiteral("body"), QStringLiteral("must be a JSON object"));
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (!known.contains(it.key()))
                return LedgerError::invalidArgument(it.key(), QStringLiteral("is not a field of this request"));
        return JsonFields(object);
    }

    Result<QString> identifier(const QString &name) const
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined())
            return LedgerError::invalidArgument(name, QStringLiteral("is required"));
        if (!value.isString())
            return LedgerError::invalidArgument(name, QStringLiteral("must be a string"));
        if (const auto invalid = validation::identifier(name, value.toString()))
            return *invalid;
        return value.toString();
    }

    Result<QString> optionalText(const QString &name) const
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString())
            return LedgerError::invalidArgument(name, QStringLiteral("must be a string"));
        if (const auto invalid = validation::optionalText(name, value.toString()))
            return *invalid;
        return value.toString();
    }

    // A JSON integer within [min, max]; 1.5, "5", true, 1e30 and out-of-range values are refused.
    Result<std::optional<qint64>> integer(const QString &name, qint64 min, qint64 max, bool required) const
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined()) {
            if (required)
                return LedgerError::invalidArgument(name, QStringLiteral("is required"));
            return std::optional<qint64>();
        }
        if (!value.isDouble())
            return LedgerError::invalidArgument(name, QStringLiteral("must be a JSON integer"));
        constexpr qint64 notAnInteger = std::numeric_limits<qint64>::min();
        const qint64 number = value.toInteger(notAnInteger);
        if (number == notAnInteger) {
            const double raw = value.toDouble();
            if (raw > double(max) || raw < double(min))
                return LedgerError::invalidArgument(name, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
            return LedgerError::invalidArgument(name, QStringLiteral("must be a whole number"));
        }
        if (number < min || number > max)
            return LedgerError::invalidArgument(name, QStringLiteral("must be between %1 and %2, not %3").arg(min).arg(max).arg(number));
        return std::optional<qint64>(number);
    }

    Result<bool> boolean(const QString &name, bool fallback) const
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            return LedgerError::invalidArgument(name, QStringLiteral("must be true or false"));
        return value.toBool();
    }

    bool has(const QString &name) const { return m_object.contains(name); }

private:
    explicit JsonFields(QJsonObject object) : m_object(std::move(object)) {}
    QJsonObject m_object;
};

// member, points and ref: what every deduction names, checked in that order.
Result<RedeemPayload> deductionFields(const JsonFields &fields)
{
    const auto member = fields.identifier(QStringLiteral("member"));
    if (!member)
        return member.error();
    const auto points = fields.integer(QStringLiteral("points"), 1, limits::maxPointsPerOperation, true);
    if (!points)
        return points.error();
    const auto ref = fields.identifier(QStringLiteral("ref"));
    if (!ref)
        return ref.error();
    return RedeemPayload{member.value(), *points.value(), ref.value()};
}

// member, amount and points: what a quote and a checkout both name, in that order.
Result<CheckoutPayload> orderFields(const JsonFields &fields)
{
    const auto member = fields.identifier(QStringLiteral("member"));
    if (!member)
        return member.error();
    const auto amount = fields.integer(QStringLiteral("amount"), 1, limits::maxMoneyMinorUnits, true);
    if (!amount)
        return amount.error();
    const auto points = fields.integer(QStringLiteral("points"), 0, limits::maxPointsPerOperation, false);
    if (!points)
        return points.error();
    CheckoutPayload payload;
    payload.member = member.value();
    payload.amountMinor = *amount.value();
    payload.points = points.value();
    return payload;
}

}  // namespace

Result<CheckoutPayload> parseCheckoutQuote(const QByteArray &body)
{
    const auto fields = JsonFields::parse(body, {QStringLiteral("member"), QStringLiteral("amount"), QStringLiteral("points")}, false);
    if (!fields)
        return fields.error();
    return orderFields(fields.value());
}

Result<CheckoutPayload> parseCheckout(const QByteArray &body)
{
    const auto fields = JsonFields::parse(body, {QStringLiteral("member"), QStringLiteral("amount"), QStringLiteral("points"),
                                                 QStringLiteral("ref"), QStringLiteral("hold"), QStringLiteral("timeout_s"),
                                                 QStringLiteral("quote")},
                                          false);
    if (!fields)
        return fields.error();
    Result<CheckoutPayload> payload = orderFields(fields.value());
    if (!payload)
        return payload;
    const auto ref = fields.value().identifier(QStringLiteral("ref"));
    if (!ref)
        return ref.error();
    const auto hold = fields.value().boolean(QStringLiteral("hold"), false);
    if (!hold)
        return hold.error();
    const auto timeout = fields.value().integer(QStringLiteral("timeout_s"), limits::minTimeoutSeconds,
                                                limits::maxTimeoutSeconds, false);
    if (!timeout)
        return timeout.error();
    if (timeout.value() && !hold.value())
        return LedgerError::invalidArgument(QStringLiteral("timeout_s"), QStringLiteral("applies only with \"hold\": true"));
    CheckoutPayload &order = payload.value();
    order.ref = ref.value();
    order.hold = hold.value();
    order.timeoutSeconds = int(timeout.value().value_or(limits::defaultTimeoutSeconds));
    if (fields.value().has(QStringLiteral("quote"))) {
        const auto quote = fields.value().identifier(QStringLiteral("quote"));
        if (!quote)
            return quote.error();
        order.quoteId = parseQuoteToken(quote.value());
        if (!order.quoteId)
            return LedgerError::invalidArgument(QStringLiteral("quote"),
                                                QStringLiteral("'%1' is not a quote id such as qte_7").arg(quote.value()));
    }
    return payload;
}

Result<ReservePayload> parseReserve(const QByteArray &body)
{
    const auto fields = JsonFields::parse(body, {QStringLiteral("member"), QStringLiteral("points"), QStringLiteral("ref"),
                                                 QStringLiteral("timeout_s")},
                                          false);
    if (!fields)
        return fields.error();
    const auto deduction = deductionFields(fields.value());
    if (!deduction)
        return deduction.error();
    const auto timeout = fields.value().integer(QStringLiteral("timeout_s"), limits::minTimeoutSeconds,
                                                limits::maxTimeoutSeconds, false);
    if (!timeout)
        return timeout.error();
    return ReservePayload{deduction.value().member, deduction.value().points, deduction.value().ref,
                          int(timeout.value().value_or(limits::defaultTimeoutSeconds))};
}

Result<RedeemPayload> parseRedeem(const QByteArray &body)
{
    const auto fields = JsonFields::parse(body, {QStringLiteral("member"), QStringLiteral("points"), QStringLiteral("ref")}, false);
    if (!fields)
        return fields.error();
    return deductionFields(fields.value());
}

Result<ConfirmPayload> parseConfirm(const QByteArray &body)
{
    const auto fields = JsonFields::parse(body, {QStringLiteral("points")}, true);
    if (!fields)
        return fields.error();
    const auto points = fields.value().integer(QStringLiteral("points"), 1, limits::maxPointsPerOperation, false);
    if (!points)
        return points.error();
    return ConfirmPayload{points.value()};
}

Result<ReleasePayload> parseRelease(const QByteArray &body)
{
    const auto fields = JsonFields::parse(body, {QStringLiteral("reason")}, true);
    if (!fields)
        return fields.error();
    const auto reason = fields.value().optionalText(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    return ReleasePayload{reason.value()};
}

std::optional<LedgerError> checkIdempotencyKey(const QByteArray &header)
{
    if (header.isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("Idempotency-Key"), QStringLiteral("header is required for this request"));
    return validation::identifier(QStringLiteral("Idempotency-Key"), QString::fromUtf8(header));
}

}  // namespace orchard::api
