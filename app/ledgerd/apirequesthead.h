#pragma once

#include "base/ledgererror.h"
#include "base/result.h"

#include <QByteArray>
#include <QString>

#include <span>
#include <string_view>

// What the points API checks in a request's head before it reads the body: the header fields it
// relies on (no duplicates, no ambiguous framing, UTF-8 only) and the route the target names.
// Pure functions of their bytes: the fuzz target drives them with Beast's parser in front.
namespace orchard::api {

inline constexpr size_t maxHeaderBytes = 16 * 1024;  // request line and header fields: above it, 431

struct HeaderField
{
    std::string_view name;
    std::string_view value;
};

struct RequestHead
{
    QByteArray authorization;   // empty when absent
    QByteArray idempotencyKey;  // empty when absent
    bool expectsContinue = false;  // "Expect: 100-continue"
};

// Refuses a header value that is not UTF-8, a second Authorization or Idempotency-Key, a repeated
// or listed Content-Length, and a Transfer-Encoding other than "chunked" or beside a Content-Length.
Result<RequestHead> checkRequestHead(std::span<const HeaderField> fields);

enum class Endpoint { Health, Balance, Reserve, Reservation, Confirm, Release, Redeem, CheckoutQuote, Checkout, Refund, Earn, EarnBatch };

struct Route
{
    Endpoint endpoint = Endpoint::Health;
    QString argument;  // the member or reservation id of the path, percent-decoded
};

// The endpoint a method and request target name: 404 not_found for a path that is none of ours,
// 405 method_not_allowed (with "allow" in the details) for a method the path does not take.
// Only GET and POST are ever accepted; the query string is ignored.
Result<Route> route(std::string_view method, std::string_view target);

}  // namespace orchard::api
