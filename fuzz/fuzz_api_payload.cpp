// libFuzzer target: random bytes into the API's body parsers and validators, and into Beast's
// request parser followed by the API's request-head checks and router. Any crash, sanitizer report
// or accepted input that breaks a rule is a finding. The first byte chooses the parser.
#include "apipayload.h"
#include "apirequesthead.h"
#include "base/ledgerlimits.h"
#include "earning/csvreader.h"
#include "utf8.h"

#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/http.hpp>

#include <QBuffer>
#include <QStringDecoder>

#include <cstdlib>
#include <string_view>
#include <vector>

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

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

// Qt's own strict decoder agrees with isValidUtf8 on every input.
bool qtAcceptsUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

// A body the parsers accepted was UTF-8 throughout.
void requireAcceptedText(const QByteArray &body)
{
    require(api::isValidUtf8(view(body)));
}

// Beast reads the head as orchard-ledgerd does; then the API's checks and router take it.
void requestHead(const QByteArray &bytes)
{
    namespace beast = boost::beast;
    namespace http = beast::http;
    http::request_parser<http::string_body> parser;
    parser.header_limit(std::uint32_t(api::maxHeaderBytes));
    parser.body_limit(std::uint64_t(api::maxBodyBytes));
    beast::error_code ec;
    parser.put(boost::asio::buffer(bytes.constData(), size_t(bytes.size())), ec);
    if (!parser.is_header_done())
        return;
    const auto &request = parser.get();
    std::vector<api::HeaderField> fields;
    int authorizations = 0;
    for (const auto &field : request) {
        fields.push_back({std::string_view(field.name_string().data(), field.name_string().size()),
                          std::string_view(field.value().data(), field.value().size())});
        if (field.name() == http::field::authorization)
            ++authorizations;
    }
    if (const auto head = api::checkRequestHead(fields)) {
        require(authorizations <= 1);
        require(api::isValidUtf8(view(head.value().authorization)) && api::isValidUtf8(view(head.value().idempotencyKey)));
    } else {
        require(!head.error().message.isEmpty() && head.error().details.contains(QStringLiteral("field")));
    }
    const beast::string_view method = request.method_string();
    const beast::string_view target = request.target();
    const std::string_view methodText(method.data(), method.size());
    if (const auto found = api::route(methodText, std::string_view(target.data(), target.size()))) {
        require(methodText == "GET" || methodText == "POST");
        const api::Endpoint endpoint = found.value().endpoint;
        const bool takesArgument = endpoint == api::Endpoint::Balance || endpoint == api::Endpoint::Reservation
                                   || endpoint == api::Endpoint::Confirm || endpoint == api::Endpoint::Release;
        require(takesArgument != found.value().argument.isEmpty());
        require(!found.value().argument.contains(QLatin1Char('/')) && found.value().argument != QLatin1String(".."));
    } else {
        const QString code = found.error().code;
        require(code == QLatin1String("not_found") || code == QLatin1String("method_not_allowed"));
    }
}

// An earning the parser accepted names a member, an event and its time, and either an event type
// or a free amount within the limits.
void requireValidEarning(const api::EarningPayload &earning)
{
    require(validIdentifier(earning.member) && validIdentifier(earning.eventId));
    require(earning.eventType.isEmpty() != !earning.points);
    require(!earning.points || validPoints(*earning.points));
    require(earning.reason.size() <= limits::maxTextLength);
}

// An earnings file's reader never reads past its input, and never returns more text than it was given.
void csvRecords(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    qsizetype characters = 0;
    while (const auto record = reader.next()) {
        require(!record->isEmpty());
        for (const QString &field : *record)
            characters += field.size();
        require(reader.bytesRead() <= bytes.size());
    }
    require(characters <= bytes.size());
    require(reader.bytesRead() <= bytes.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 12) {
    case 0:
        if (const auto parsed = api::parseReserve(body)) {
            requireAcceptedText(body);
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
            requireAcceptedText(body);
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
        if (const auto parsed = data[0] % 12 == 5 ? api::parseCheckoutQuote(body) : api::parseCheckout(body)) {
            requireAcceptedText(body);
            const api::CheckoutPayload &order = parsed.value();
            require(validIdentifier(order.member));
            require(order.amountMinor >= 1 && order.amountMinor <= limits::maxMoneyMinorUnits);
            require(!order.points || (*order.points >= 0 && *order.points <= limits::maxPointsPerOperation));
            require(data[0] % 12 == 5 || validIdentifier(order.ref));
            require(!order.quoteId || *order.quoteId > 0);
            require(order.timeoutSeconds >= limits::minTimeoutSeconds && order.timeoutSeconds <= limits::maxTimeoutSeconds);
        } else {
            require(!parsed.error().code.isEmpty() && !parsed.error().message.isEmpty());
        }
        break;
    case 7:
        requestHead(body);
        break;
    case 8:
        require(api::isValidUtf8(view(body)) == qtAcceptsUtf8(body));
        break;
    case 9:
        if (const auto parsed = api::parseEarning(body)) {
            requireAcceptedText(body);
            requireValidEarning(parsed.value());
        } else {
            require(!parsed.error().code.isEmpty() && !parsed.error().message.isEmpty());
        }
        break;
    case 10:
        if (const auto parsed = api::parseEarningBatch(body)) {
            requireAcceptedText(body);
            require(!parsed.value().items.empty() && qsizetype(parsed.value().items.size()) <= api::maxBatchItems);
            for (const auto &item : parsed.value().items) {
                if (item)
                    requireValidEarning(item.value());
                else
                    require(!item.error().code.isEmpty() && !item.error().message.isEmpty());
            }
        }
        break;
    case 11:
        csvRecords(body);
        break;
    }
    return 0;
}
