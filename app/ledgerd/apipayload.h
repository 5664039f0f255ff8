#pragma once

#include "base/ledgertypes.h"
#include "base/result.h"

#include <QByteArray>

#include <optional>

// The request bodies of the points API, parsed and validated before anything touches the ledger.
// Strict JSON (nlohmann's SAX parser): UTF-8 throughout, one object, each key once, integers in
// the integer grammar only (no 1e2, 5.0 or -0), no unpaired \u surrogate escapes; a refusal names
// the field whose value is at fault. Pure functions of their bytes: the fuzz target drives them.
namespace orchard::api {

inline constexpr qsizetype maxBodyBytes = 64 * 1024;

struct ReservePayload
{
    QString member;
    Points points = 0;
    QString ref;
    int timeoutSeconds = 900;
};

struct RedeemPayload
{
    QString member;
    Points points = 0;
    QString ref;
};

struct ConfirmPayload
{
    std::optional<Points> points;
};

struct ReleasePayload
{
    QString reason;
};

// POST /v1/reservations/{id}/refunds: "points" and "wallet" (minor units) name a part; neither is
// everything not yet refunded. "reason" is required.
struct RefundPayload
{
    std::optional<Points> points;
    std::optional<qint64> walletMinor;
    QString reason;
};

// POST /v1/checkout/quote and POST /v1/checkout: "amount" is the order in minor units.
struct CheckoutPayload
{
    QString member;
    qint64 amountMinor = 0;
    std::optional<Points> points;
    QString ref;                   // checkout only
    bool hold = false;             // checkout only
    int timeoutSeconds = 900;      // checkout with hold only
    std::optional<qint64> quoteId; // checkout only: "qte_7"
};

Result<CheckoutPayload> parseCheckoutQuote(const QByteArray &body);
Result<CheckoutPayload> parseCheckout(const QByteArray &body);
Result<ReservePayload> parseReserve(const QByteArray &body);
Result<RedeemPayload> parseRedeem(const QByteArray &body);
Result<ConfirmPayload> parseConfirm(const QByteArray &body);  // an empty body is {}
Result<ReleasePayload> parseRelease(const QByteArray &body);  // an empty body is {}
Result<RefundPayload> parseRefund(const QByteArray &body);

// The Idempotency-Key header: 1-128 characters, no control characters.
std::optional<LedgerError> checkIdempotencyKey(const QByteArray &header);

}  // namespace orchard::api
