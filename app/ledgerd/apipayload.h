#pragma once

#include "base/ledgertypes.h"
#include "base/result.h"
#include "earning/earningtypes.h"

#include <QByteArray>

#include <optional>
#include <vector>

// The request bodies of the points API, parsed and validated before anything touches the ledger.
// Strict JSON (nlohmann's SAX parser): UTF-8 throughout, one object, each key once, integers in
// the integer grammar only (no 1e2, 5.0 or -0), no unpaired \u surrogate escapes; a refusal names
// the field whose value is at fault. Pure functions of their bytes: the fuzz target drives them.
namespace orchard::api {

inline constexpr qsizetype maxBodyBytes = 64 * 1024;
// POST /v1/earnings/batch: up to maxBatchItems earnings, each a few hundred bytes.
inline constexpr qsizetype maxBatchBodyBytes = 2 * 1024 * 1024;
inline constexpr qsizetype maxBatchItems = 1000;

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

// POST /v1/earnings: an event type or a free amount, the event's id and time, and who the member
// is when they may be new.
struct EarningPayload
{
    QString member;
    QString eventType;
    std::optional<Points> points;
    QString eventId;
    qint64 occurredAtMs = 0;
    QString reason;
    std::optional<MemberProfile> profile;
};

// POST /v1/earnings/batch: {"items": [...], "atomic": bool}. A bad item is that item's error; only
// a body that is not such an object at all is refused as a whole.
struct EarningBatchPayload
{
    bool atomic = false;
    std::vector<Result<EarningPayload>> items;
};

Result<EarningPayload> parseEarning(const QByteArray &body);
Result<EarningBatchPayload> parseEarningBatch(const QByteArray &body);
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
