#include "apipayload.h"

#include "base/ledgerlimits.h"
#include "money/moneytypes.h"
#include "base/timeformat.h"
#include "base/validation.h"

#include "utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace orchard::api {

namespace {

// One value of the body's top-level object, as the JSON text spelled it: integer fields accept
// only the integer grammar (no 1e2, 5.0 or -0), so the token's kind is kept, not just its value.
struct JsonValue
{
    enum class Type { String, Integer, Unsigned, NotAnInteger, IntegerTooLarge, Boolean, Null, Object, Array };
    Type type = Type::Null;
    std::string text;  // a string's decoded UTF-8
    qint64 integer = 0;
    bool boolean = false;
};

struct JsonField
{
    std::string key;
    JsonValue value;
};

// The ordinals (0 for the body's first number, 1 for its second, ...) of the number tokens
// spelled "-0". nlohmann reports -0 as the integer 0, so this scan tells the two apart; it
// tokenises numbers exactly as JSON does, and a body with a syntax error is refused anyway.
std::vector<qsizetype> negativeZeroOrdinals(std::string_view json)
{
    const auto numberCharacter = [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    };
    std::vector<qsizetype> found;
    qsizetype ordinal = 0;
    bool inString = false;
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const size_t start = i;
            while (i + 1 < json.size() && numberCharacter(json[i + 1]))
                ++i;
            if (json.substr(start, i - start + 1) == "-0")
                found.push_back(ordinal);
            ++ordinal;
        }
    }
    return found;
}

// nlohmann's SAX events for a body that must be one flat JSON object: records each top-level
// field in order, refuses a key that appears twice, and remembers whose value was being read
// when the text broke, so that a refusal names that field ("ref":"x\ud800" names ref).
class TopLevelObjectReader
{
public:
    explicit TopLevelObjectReader(std::vector<qsizetype> negativeZeros) : m_negativeZeros(std::move(negativeZeros)) {}

    std::vector<JsonField> fields;
    std::optional<LedgerError> error;

    bool null() { return scalar(JsonValue{}); }
    bool boolean(bool value)
    {
        JsonValue v;
        v.type = JsonValue::Type::Boolean;
        v.boolean = value;
        return scalar(std::move(v));
    }
    bool number_integer(nlohmann::json::number_integer_t value)
    {
        JsonValue v;
        v.type = nextNumberIsNegativeZero() ? JsonValue::Type::NotAnInteger : JsonValue::Type::Integer;
        v.integer = value;
        return scalar(std::move(v));
    }
    bool number_unsigned(nlohmann::json::number_unsigned_t value)
    {
        JsonValue v;
        v.type = JsonValue::Type::Unsigned;
        if (value <= nlohmann::json::number_unsigned_t(std::numeric_limits<qint64>::max()))
            v.integer = qint64(value);
        else
            v.type = JsonValue::Type::IntegerTooLarge;
        if (nextNumberIsNegativeZero())
            v.type = JsonValue::Type::NotAnInteger;
        return scalar(std::move(v));
    }
    bool number_float(nlohmann::json::number_float_t, const std::string &raw)
    {
        nextNumberIsNegativeZero();
        JsonValue v;
        // nlohmann falls back to a float for an integer beyond 64 bits: still an integer, too large.
        const bool integerSyntax = raw.find_first_of(".eE") == std::string::npos;
        v.type = integerSyntax ? JsonValue::Type::IntegerTooLarge : JsonValue::Type::NotAnInteger;
        return scalar(std::move(v));
    }
    bool string(std::string &value)
    {
        JsonValue v;
        v.type = JsonValue::Type::String;
        v.text = std::move(value);
        return scalar(std::move(v));
    }
    bool binary(nlohmann::json::binary_t &) { return refuse(QStringLiteral("body"), QStringLiteral("is not valid JSON")); }
    bool start_object(std::size_t) { return open(JsonValue::Type::Object); }
    bool start_array(std::size_t) { return open(JsonValue::Type::Array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string &name)
    {
        if (m_depth != 1)
            return true;
        for (const JsonField &field : fields)
            if (field.key == name)
                return refuse(QString::fromStdString(name), QStringLiteral("appears twice in the body"));
        m_owner = std::move(name);
        return true;
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::json::exception &exception)
    {
        const std::string_view what = exception.what();
        const QString field = m_owner ? QString::fromStdString(*m_owner) : QStringLiteral("body");
        if (what.find("surrogate") != std::string_view::npos)
            return refuse(field, QStringLiteral("contains a \\u escape that is an unpaired UTF-16 surrogate"));
        std::string_view reason = what;
        if (const size_t detail = reason.find("] "); detail != std::string_view::npos)
            reason.remove_prefix(detail + 2);  // "[json.exception.parse_error.101] "
        return refuse(field, QStringLiteral("is not valid JSON (%1; byte %2)")
                                 .arg(QString::fromUtf8(reason.data(), qsizetype(reason.size())))
                                 .arg(position));
    }

private:
    bool nextNumberIsNegativeZero()
    {
        const qsizetype ordinal = m_numbers++;
        if (m_nextNegativeZero < m_negativeZeros.size() && m_negativeZeros[m_nextNegativeZero] == ordinal) {
            ++m_nextNegativeZero;
            return true;
        }
        return false;
    }
    bool scalar(JsonValue value)
    {
        if (m_depth == 0)
            return refuse(QStringLiteral("body"), QStringLiteral("must be a JSON object"));
        if (m_depth == 1) {
            Q_ASSERT(m_owner);
            fields.push_back({std::move(*m_owner), std::move(value)});
            m_owner.reset();
        }
        return true;
    }
    bool open(JsonValue::Type type)
    {
        if (m_depth == 0) {
            if (type != JsonValue::Type::Object)
                return refuse(QStringLiteral("body"), QStringLiteral("must be a JSON object"));
            m_depth = 1;
            return true;
        }
        if (m_depth == 1) {
            JsonValue v;
            v.type = type;
            Q_ASSERT(m_owner);
            fields.push_back({*m_owner, std::move(v)});  // the owner stays: errors inside name it
        }
        ++m_depth;
        return true;
    }
    bool close()
    {
        Q_ASSERT(m_depth > 0);
        if (--m_depth == 1)
            m_owner.reset();
        return true;
    }
    bool refuse(const QString &field, const QString &why)
    {
        if (!error)
            error = LedgerError::invalidArgument(field, why);
        return false;
    }

    std::vector<qsizetype> m_negativeZeros;
    size_t m_nextNegativeZero = 0;
    qsizetype m_numbers = 0;
    int m_depth = 0;                     // 1 inside the top-level object
    std::optional<std::string> m_owner;  // the top-level key whose value is being read
};

// One JSON object whose every field is known; typed getters name the field in each refusal.
class JsonFields
{
public:
    static Result<JsonFields> parse(const QByteArray &body, std::initializer_list<std::string_view> known,
                                    bool emptyMeansEmptyObject)
    {
        if (body.size() > maxBodyBytes)
            return LedgerError::invalidArgument(QStringLiteral("body"),
                                                QStringLiteral("is %1 bytes; at most %2 are accepted").arg(body.size()).arg(maxBodyBytes));
        if (emptyMeansEmptyObject && body.trimmed().isEmpty())
            return JsonFields({});
        const std::string_view text(body.constData(), size_t(body.size()));
        if (!isValidUtf8(text))
            return LedgerError::invalidArgument(QStringLiteral("body"), QStringLiteral("is not valid UTF-8"));
        TopLevelObjectReader reader(negativeZeroOrdinals(text));
        const bool parsed = nlohmann::json::sax_parse(text.begin(), text.end(), &reader);
        if (!parsed || reader.error) {
            if (reader.error)
                return *reader.error;
            return LedgerError::invalidArgument(QStringLiteral("body"), QStringLiteral("is not valid JSON"));
        }
        for (const JsonField &field : reader.fields)
            if (std::find(known.begin(), known.end(), field.key) == known.end())
                return LedgerError::invalidArgument(QString::fromStdString(field.key), QStringLiteral("is not a field of this request"));
        return JsonFields(std::move(reader.fields));
    }

    Result<QString> identifier(const QString &name) const
    {
        const JsonValue *value = find(name);
        if (!value)
            return LedgerError::invalidArgument(name, QStringLiteral("is required"));
        if (value->type != JsonValue::Type::String)
            return LedgerError::invalidArgument(name, QStringLiteral("must be a string"));
        const QString text = QString::fromStdString(value->text);
        if (const auto invalid = validation::identifier(name, text))
            return *invalid;
        return text;
    }

    Result<QString> optionalText(const QString &name) const
    {
        const JsonValue *value = find(name);
        if (!value || value->type == JsonValue::Type::Null)
            return QString();
        if (value->type != JsonValue::Type::String)
            return LedgerError::invalidArgument(name, QStringLiteral("must be a string"));
        const QString text = QString::fromStdString(value->text);
        if (const auto invalid = validation::optionalText(name, text))
            return *invalid;
        return text;
    }

    // A JSON integer within [min, max]; 1.5, 1e2, 5.0, -0, "5", true and out-of-range values are refused.
    Result<std::optional<qint64>> integer(const QString &name, qint64 min, qint64 max, bool required) const
    {
        const JsonValue *value = find(name);
        if (!value) {
            if (required)
                return LedgerError::invalidArgument(name, QStringLiteral("is required"));
            return std::optional<qint64>();
        }
        switch (value->type) {
        case JsonValue::Type::Integer:
        case JsonValue::Type::Unsigned:
            break;
        case JsonValue::Type::IntegerTooLarge:
            return LedgerError::invalidArgument(name, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        default:
            return LedgerError::invalidArgument(name, QStringLiteral("must be a JSON integer"));
        }
        if (value->integer < min || value->integer > max)
            return LedgerError::invalidArgument(name, QStringLiteral("must be between %1 and %2, not %3").arg(min).arg(max).arg(value->integer));
        return std::optional<qint64>(value->integer);
    }

    Result<bool> boolean(const QString &name, bool fallback) const
    {
        const JsonValue *value = find(name);
        if (!value)
            return fallback;
        if (value->type != JsonValue::Type::Boolean)
            return LedgerError::invalidArgument(name, QStringLiteral("must be true or false"));
        return value->boolean;
    }

    bool has(const QString &name) const { return find(name) != nullptr; }

private:
    explicit JsonFields(std::vector<JsonField> fields) : m_fields(std::move(fields)) {}

    const JsonValue *find(const QString &name) const
    {
        const QByteArray key = name.toUtf8();
        const std::string_view wanted(key.constData(), size_t(key.size()));
        for (const JsonField &field : m_fields)
            if (field.key == wanted)
                return &field.value;
        return nullptr;
    }

    std::vector<JsonField> m_fields;  // in the body's order; a handful at most
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
    const auto fields = JsonFields::parse(body, {"member", "amount", "points"}, false);
    if (!fields)
        return fields.error();
    return orderFields(fields.value());
}

Result<CheckoutPayload> parseCheckout(const QByteArray &body)
{
    const auto fields = JsonFields::parse(body, {"member", "amount", "points", "ref", "hold", "timeout_s", "quote"}, false);
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
    const auto fields = JsonFields::parse(body, {"member", "points", "ref", "timeout_s"}, false);
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
    const auto fields = JsonFields::parse(body, {"member", "points", "ref"}, false);
    if (!fields)
        return fields.error();
    return deductionFields(fields.value());
}

Result<ConfirmPayload> parseConfirm(const QByteArray &body)
{
    const auto fields = JsonFields::parse(body, {"points"}, true);
    if (!fields)
        return fields.error();
    const auto points = fields.value().integer(QStringLiteral("points"), 1, limits::maxPointsPerOperation, false);
    if (!points)
        return points.error();
    return ConfirmPayload{points.value()};
}

Result<ReleasePayload> parseRelease(const QByteArray &body)
{
    const auto fields = JsonFields::parse(body, {"reason"}, true);
    if (!fields)
        return fields.error();
    const auto reason = fields.value().optionalText(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    return ReleasePayload{reason.value()};
}

Result<RefundPayload> parseRefund(const QByteArray &body)
{
    const auto fields = JsonFields::parse(body, {"points", "wallet", "reason"}, false);
    if (!fields)
        return fields.error();
    const auto points = fields.value().integer(QStringLiteral("points"), 1, limits::maxPointsPerOperation, false);
    if (!points)
        return points.error();
    const auto wallet = fields.value().integer(QStringLiteral("wallet"), 1, limits::maxMoneyMinorUnits, false);
    if (!wallet)
        return wallet.error();
    const auto reason = fields.value().optionalText(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    if (reason.value().trimmed().isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("reason"), QStringLiteral("a refund needs a reason"));
    return RefundPayload{points.value(), wallet.value(), reason.value()};
}

std::optional<LedgerError> checkIdempotencyKey(const QByteArray &header)
{
    if (header.isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("Idempotency-Key"), QStringLiteral("header is required for this request"));
    return validation::identifier(QStringLiteral("Idempotency-Key"), QString::fromUtf8(header));
}

}  // namespace orchard::api

namespace orchard::api {

namespace {

// member_profile's own fields: strings (or null) named name, department and hris.
Result<std::optional<MemberProfile>> profileOf(const QByteArray &body)
{
    const nlohmann::json document = nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    const auto found = document.find("member_profile");
    if (found == document.end() || found->is_null())
        return std::optional<MemberProfile>();
    if (!found->is_object())
        return LedgerError::invalidArgument(QStringLiteral("member_profile"), QStringLiteral("must be an object with name, department and hris"));
    MemberProfile profile;
    for (auto field = found->begin(); field != found->end(); ++field) {
        const QString name = QString::fromStdString(field.key());
        QString *target = name == QLatin1String("name")         ? &profile.name
                          : name == QLatin1String("department") ? &profile.department
                          : name == QLatin1String("hris")       ? &profile.hris
                                                                : nullptr;
        const QString path = QStringLiteral("member_profile.") + name;
        if (!target)
            return LedgerError::invalidArgument(path, QStringLiteral("is not a field of a member profile (name, department, hris)"));
        if (field->is_null())
            continue;
        if (!field->is_string())
            return LedgerError::invalidArgument(path, QStringLiteral("must be a string"));
        *target = QString::fromStdString(field->get<std::string>());
        if (const auto invalid = validation::optionalText(path, *target))
            return *invalid;
    }
    if (!profile.hris.isEmpty())
        if (const auto invalid = validation::hris(profile.hris))
            return LedgerError::invalidArgument(QStringLiteral("member_profile.hris"), invalid->message);
    return std::optional<MemberProfile>(profile);
}

}  // namespace

Result<EarningPayload> parseEarning(const QByteArray &body)
{
    const auto fields =
        JsonFields::parse(body, {"member", "event_type", "points", "event_id", "occurred_at", "reason", "member_profile"}, false);
    if (!fields)
        return fields.error();
    EarningPayload payload;
    const auto member = fields.value().identifier(QStringLiteral("member"));
    if (!member)
        return member.error();
    payload.member = member.value();
    if (fields.value().has(QStringLiteral("event_type"))) {
        const auto type = fields.value().identifier(QStringLiteral("event_type"));
        if (!type)
            return type.error();
        payload.eventType = type.value();
    }
    const auto points = fields.value().integer(QStringLiteral("points"), 1, limits::maxPointsPerOperation, false);
    if (!points)
        return points.error();
    payload.points = points.value();
    if (payload.eventType.isEmpty() == !payload.points)
        return LedgerError::invalidArgument(payload.points ? QStringLiteral("points") : QStringLiteral("event_type"),
                                            payload.points ? QStringLiteral("give event_type or points, not both")
                                                           : QStringLiteral("is required (or points, for a free amount)"));
    const auto eventId = fields.value().identifier(QStringLiteral("event_id"));
    if (!eventId)
        return eventId.error();
    payload.eventId = eventId.value();
    const auto occurred = fields.value().identifier(QStringLiteral("occurred_at"));
    if (!occurred)
        return occurred.error();
    const std::optional<qint64> occurredAtMs = timeformat::parseIso(occurred.value());
    if (!occurredAtMs)
        return LedgerError::invalidArgument(
            QStringLiteral("occurred_at"),
            QStringLiteral("'%1' is not an ISO 8601 time with a zone, such as 2026-03-01T09:30:00Z").arg(occurred.value()));
    payload.occurredAtMs = *occurredAtMs;
    const auto reason = fields.value().optionalText(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    payload.reason = reason.value();
    const auto profile = profileOf(body);
    if (!profile)
        return profile.error();
    payload.profile = profile.value();
    return payload;
}

Result<EarningBatchPayload> parseEarningBatch(const QByteArray &body)
{
    if (body.size() > maxBatchBodyBytes)
        return LedgerError::invalidArgument(QStringLiteral("body"),
                                            QStringLiteral("is %1 bytes; at most %2 are accepted").arg(body.size()).arg(maxBatchBodyBytes));
    const std::string_view text(body.constData(), size_t(body.size()));
    if (!isValidUtf8(text))
        return LedgerError::invalidArgument(QStringLiteral("body"), QStringLiteral("is not valid UTF-8"));
    const nlohmann::json document = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (document.is_discarded() || !document.is_object())
        return LedgerError::invalidArgument(QStringLiteral("body"), QStringLiteral("is not a JSON object with \"items\""));
    EarningBatchPayload payload;
    for (auto field = document.begin(); field != document.end(); ++field) {
        if (field.key() == "atomic") {
            if (!field->is_boolean())
                return LedgerError::invalidArgument(QStringLiteral("atomic"), QStringLiteral("must be true or false"));
            payload.atomic = field->get<bool>();
        } else if (field.key() != "items") {
            return LedgerError::invalidArgument(QString::fromStdString(field.key()), QStringLiteral("is not a field of this request"));
        }
    }
    const auto items = document.find("items");
    if (items == document.end())
        return LedgerError::invalidArgument(QStringLiteral("items"), QStringLiteral("is required"));
    if (!items->is_array() || items->empty() || qsizetype(items->size()) > maxBatchItems)
        return LedgerError::invalidArgument(QStringLiteral("items"),
                                            QStringLiteral("must be an array of 1 to %1 earnings").arg(maxBatchItems));
    payload.items.reserve(items->size());
    for (const nlohmann::json &item : *items) {
        if (!item.is_object()) {
            payload.items.push_back(LedgerError::invalidArgument(QStringLiteral("item"), QStringLiteral("must be an object")));
            continue;
        }
        const std::string itemText = item.dump();
        payload.items.push_back(parseEarning(QByteArray(itemText.data(), qsizetype(itemText.size()))));
    }
    return payload;
}

}  // namespace orchard::api
