#include "apirequesthead.h"

#include "utf8.h"

#include <array>

namespace orchard::api {

namespace {

bool sameName(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

std::string_view trimmed(std::string_view value)
{
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
        value.remove_suffix(1);
    return value;
}

QString text(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

QByteArray bytes(std::string_view value)
{
    return QByteArray(value.data(), qsizetype(value.size()));
}

LedgerError badHeader(const QString &name, const QString &why)
{
    return LedgerError::invalidArgument(name, why);
}

// Decodes %XX escapes; nothing for a malformed escape or a result that is not UTF-8.
std::optional<QString> percentDecoded(std::string_view segment)
{
    if (segment.find('%') == std::string_view::npos)
        return isValidUtf8(segment) ? std::optional<QString>(text(segment)) : std::nullopt;
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::string decoded;
    decoded.reserve(segment.size());
    for (size_t i = 0; i < segment.size(); ++i) {
        if (segment[i] != '%') {
            decoded.push_back(segment[i]);
            continue;
        }
        if (i + 2 >= segment.size())
            return std::nullopt;
        const int high = hex(segment[i + 1]);
        const int low = hex(segment[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        decoded.push_back(char(high * 16 + low));
        i += 2;
    }
    if (!isValidUtf8(decoded))
        return std::nullopt;
    return QString::fromStdString(decoded);
}

LedgerError notFound(std::string_view path)
{
    constexpr size_t maxEchoedBytes = 200;
    return {QStringLiteral("not_found"), QStringLiteral("no such endpoint: %1").arg(text(path.substr(0, maxEchoedBytes))), {}};
}

LedgerError methodNotAllowed(const char *allowed)
{
    return {QStringLiteral("method_not_allowed"), QStringLiteral("this endpoint accepts %1").arg(QLatin1String(allowed)),
            {{QStringLiteral("allow"), QLatin1String(allowed)}}};
}

}  // namespace

Result<RequestHead> checkRequestHead(std::span<const HeaderField> fields)
{
    RequestHead head;
    bool sawAuthorization = false;
    bool sawIdempotencyKey = false;
    bool sawContentLength = false;
    bool sawTransferEncoding = false;
    for (const HeaderField &field : fields) {
        if (!isValidUtf8(field.value))
            return badHeader(isValidUtf8(field.name) ? text(field.name) : QStringLiteral("header"),
                             QStringLiteral("header is not valid UTF-8"));
        if (sameName(field.name, "Authorization")) {
            if (sawAuthorization)
                return badHeader(QStringLiteral("Authorization"), QStringLiteral("header appears twice"));
            sawAuthorization = true;
            head.authorization = bytes(trimmed(field.value));
        } else if (sameName(field.name, "Idempotency-Key")) {
            if (sawIdempotencyKey)
                return badHeader(QStringLiteral("Idempotency-Key"), QStringLiteral("header appears twice"));
            sawIdempotencyKey = true;
            head.idempotencyKey = bytes(trimmed(field.value));
        } else if (sameName(field.name, "Content-Length")) {
            if (sawContentLength)
                return badHeader(QStringLiteral("Content-Length"), QStringLiteral("header appears twice"));
            if (field.value.find(',') != std::string_view::npos)
                return badHeader(QStringLiteral("Content-Length"), QStringLiteral("header must be one length"));
            sawContentLength = true;
        } else if (sameName(field.name, "Transfer-Encoding")) {
            if (sawTransferEncoding)
                return badHeader(QStringLiteral("Transfer-Encoding"), QStringLiteral("header appears twice"));
            if (!sameName(trimmed(field.value), "chunked"))
                return badHeader(QStringLiteral("Transfer-Encoding"), QStringLiteral("header must be \"chunked\""));
            sawTransferEncoding = true;
        } else if (sameName(field.name, "Expect")) {
            head.expectsContinue = sameName(trimmed(field.value), "100-continue");
        }
    }
    if (sawContentLength && sawTransferEncoding)
        return badHeader(QStringLiteral("Transfer-Encoding"), QStringLiteral("header must not come with a Content-Length"));
    return head;
}

namespace {

struct PathMatch
{
    Endpoint endpoint;
    const char *allowed;  // the one method the endpoint takes
    QString argument;
};

std::optional<PathMatch> matchPath(std::string_view path)
{
    if (path.empty() || path.front() != '/')
        return std::nullopt;
    // At most four segments: v1, members, {member}, balance is the longest route.
    constexpr size_t maxSegments = 4;
    std::array<std::string_view, maxSegments> segments;
    size_t count = 0;
    for (std::string_view rest = path.substr(1);;) {
        if (count == maxSegments)
            return std::nullopt;
        const size_t slash = rest.find('/');
        segments[count++] = rest.substr(0, slash);
        if (slash == std::string_view::npos)
            break;
        rest.remove_prefix(slash + 1);
    }
    if (count < 2 || segments[0] != "v1")
        return std::nullopt;

    // The path's own argument: non-empty, not "." or "..", no "/" once decoded.
    const auto argument = [&](size_t index) -> std::optional<QString> {
        const std::optional<QString> decoded = percentDecoded(segments[index]);
        if (!decoded || decoded->isEmpty() || *decoded == QLatin1String(".") || *decoded == QLatin1String("..")
            || decoded->contains(QLatin1Char('/')))
            return std::nullopt;
        return decoded;
    };
    const std::string_view first = segments[1];
    if (count == 2) {
        if (first == "health")
            return PathMatch{Endpoint::Health, "GET", {}};
        if (first == "reservations")
            return PathMatch{Endpoint::Reserve, "POST", {}};
        if (first == "redemptions")
            return PathMatch{Endpoint::Redeem, "POST", {}};
        if (first == "checkout")
            return PathMatch{Endpoint::Checkout, "POST", {}};
        if (first == "earnings")
            return PathMatch{Endpoint::Earn, "POST", {}};
        return std::nullopt;
    }
    if (first == "earnings" && count == 3 && segments[2] == "batch")
        return PathMatch{Endpoint::EarnBatch, "POST", {}};
    if (first == "checkout" && count == 3 && segments[2] == "quote")
        return PathMatch{Endpoint::CheckoutQuote, "POST", {}};
    if (first == "members" && count == 4 && segments[3] == "balance") {
        if (auto member = argument(2))
            return PathMatch{Endpoint::Balance, "GET", std::move(*member)};
        return std::nullopt;
    }
    if (first == "reservations" && (count == 3 || count == 4)) {
        auto id = argument(2);
        if (!id)
            return std::nullopt;
        if (count == 3)
            return PathMatch{Endpoint::Reservation, "GET", std::move(*id)};
        if (segments[3] == "confirm")
            return PathMatch{Endpoint::Confirm, "POST", std::move(*id)};
        if (segments[3] == "release")
            return PathMatch{Endpoint::Release, "POST", std::move(*id)};
        if (segments[3] == "refunds")
            return PathMatch{Endpoint::Refund, "POST", std::move(*id)};
    }
    return std::nullopt;
}

}  // namespace

Result<Route> route(std::string_view method, std::string_view target)
{
    const std::string_view path = target.substr(0, target.find('?'));
    std::optional<PathMatch> match = matchPath(path);
    if (!match) {
        // TRACE, CONNECT, HEAD and the rest are refused as methods wherever they point.
        if (method == "GET" || method == "POST")
            return notFound(path);
        return methodNotAllowed("GET, POST");
    }
    if (method != match->allowed)
        return methodNotAllowed(match->allowed);
    return Route{match->endpoint, std::move(match->argument)};
}

}  // namespace orchard::api
