// libFuzzer target: random bytes into the API's body parsers and validators. Any crash, sanitizer
// report or accepted payload that breaks a field rule is a finding.
#include "apipayload.h"
#include "ledgerlimits.h"

#include <cstdlib>

using namespace orchard;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool validIdentifier(const QString &value)
{
    const qsizetype characters = value.toUcs4().size();
    if (characters < 1 || characters > limits::maxIdentifierLength)
        return false;
    for (const QChar c : value)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return false;
    return true;
}

bool validPoints(qint64 points)
{
    return points >= 1 && points <= limits::maxPointsPerOperation;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 7) {
    case 0:
        if (const auto parsed = api::parseReserve(body)) {
            require(validIdentifier(parsed.value().member) && validIdentifier(parsed.value().ref));
            require(validPoints(parsed.value().points));
            require(parsed.value().timeoutSeconds >= limits::minTimeoutSeconds
                    && parsed.value().timeoutSeconds <= limits::maxTimeoutSeconds);
        } else {
            require(!parsed.error().code.isEmpty() && !parsed.error().message.isEmpty());
        }
        break;
    case 1:
        if (const auto parsed = api::parseRedeem(body)) {
            require(validIdentifier(parsed.value().member) && validIdentifier(parsed.value().ref));
            require(validPoints(parsed.value().points));
        }
        break;
    case 2:
        if (const auto parsed = api::parseConfirm(body))
            require(!parsed.value().points || validPoints(*parsed.value().points));
        break;
    case 3:
        if (const auto parsed = api::parseRelease(body))
            require(parsed.value().reason.size() <= limits::maxTextLength);
        break;
    case 4:
        if (!api::checkIdempotencyKey(body))
            require(validIdentifier(QString::fromUtf8(body)));
        break;
    case 5:
    case 6:
        if (const auto parsed = data[0] % 7 == 5 ? api::parseCheckoutQuote(body) : api::parseCheckout(body)) {
            const api::CheckoutPayload &order = parsed.value();
            require(validIdentifier(order.member));
            require(order.amountMinor >= 1 && order.amountMinor <= limits::maxMoneyMinorUnits);
            require(!order.points || (*order.points >= 0 && *order.points <= limits::maxPointsPerOperation));
            require(data[0] % 7 == 5 || validIdentifier(order.ref));
            require(!order.quoteId || *order.quoteId > 0);
            require(order.timeoutSeconds >= limits::minTimeoutSeconds && order.timeoutSeconds <= limits::maxTimeoutSeconds);
        } else {
            require(!parsed.error().code.isEmpty() && !parsed.error().message.isEmpty());
        }
        break;
    }
    return 0;
}
