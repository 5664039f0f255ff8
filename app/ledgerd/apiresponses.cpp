#include "apiresponses.h"

#include "earning/earningtypes.h"

#include "money/moneytypes.h"
#include "ledger/sourceregistry.h"

#include <QHash>
#include <QJsonDocument>

#include <string>

namespace orchard::api {

namespace {

using Status = HttpStatus;

const char *reasonPhrase(Status status)
{
    switch (status) {
    case Status::Ok:
        return "OK";
    case Status::Created:
        return "Created";
    case Status::BadRequest:
        return "Bad Request";
    case Status::Unauthorized:
        return "Unauthorized";
    case Status::Forbidden:
        return "Forbidden";
    case Status::NotFound:
        return "Not Found";
    case Status::MethodNotAllowed:
        return "Method Not Allowed";
    case Status::Conflict:
        return "Conflict";
    case Status::UnprocessableContent:
        return "Unprocessable Content";
    case Status::ContentTooLarge:
        return "Content Too Large";
    case Status::HeaderFieldsTooLarge:
        return "Request Header Fields Too Large";
    case Status::InternalServerError:
        return "Internal Server Error";
    case Status::ServiceUnavailable:
        return "Service Unavailable";
    }
    return "Unknown";
}

void append(std::string &out, const QByteArray &bytes)
{
    out.append(bytes.constData(), size_t(bytes.size()));
}

}  // namespace

ApiResponse jsonResponse(const QJsonObject &body, Status status)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

namespace {

Status statusOf(const LedgerError &error)
{
    static const QHash<QString, Status> statuses{
        {errors::invalidArgument, Status::BadRequest},       {errors::unauthorized, Status::Unauthorized},
        {errors::forbidden, Status::Forbidden},              {errors::unknownMember, Status::NotFound},
        {errors::unknownReservation, Status::NotFound},      {errors::insufficientPoints, Status::Conflict},
        {errors::alreadyConfirmed, Status::Conflict},        {errors::alreadyReleased, Status::Conflict},
        {errors::reservationTimedOut, Status::Conflict},     {errors::idempotencyConflict, Status::Conflict},
        {errors::balanceLimit, Status::Conflict},            {errors::unavailable, Status::ServiceUnavailable},
        {errors::readOnly, Status::ServiceUnavailable},
        {errors::programmeWalletInsufficient, Status::Conflict}, {errors::insufficientFunds, Status::Conflict},
        {errors::pointsBelowMinimum, Status::Conflict},       {errors::quoteExpired, Status::Conflict},
        {errors::duplicateReference, Status::Conflict},
        {errors::refundExceedsConfirmed, Status::Conflict},   {errors::notRefundable, Status::Conflict},
        {QStringLiteral("not_found"), Status::NotFound},      {QStringLiteral("method_not_allowed"), Status::MethodNotAllowed},
        {errors::operationNotAllowed, Status::Forbidden},     {errors::unknownEventType, Status::UnprocessableContent},
        {errors::earningCapReached, Status::Conflict},
    };
    return statuses.value(error.code, Status::InternalServerError);
}

}  // namespace

QJsonObject errorBody(const LedgerError &error)
{
    QJsonObject body = error.toJson();
    QString code = error.code;
    if (code == errors::invalidArgument) {
        code = QStringLiteral("bad_request");
    } else if (code == errors::alreadyConfirmed || code == errors::alreadyReleased || code == errors::reservationTimedOut) {
        code = QStringLiteral("invalid_state");
        body.insert(QStringLiteral("state"), error.details.value(QStringLiteral("status")));
        body.remove(QStringLiteral("status"));
    } else if (statusOf(error) == Status::InternalServerError && code != errors::internal) {
        code = errors::internal;
    }
    body.insert(QStringLiteral("error"), code);
    return body;
}

ApiResponse errorResponse(const LedgerError &error)
{
    QJsonObject body = errorBody(error);
    const QString code = body.value(QStringLiteral("error")).toString();
    const Status status = statusOf(error);
    QByteArray headers;
    if (code == QLatin1String("method_not_allowed")) {
        headers = "Allow: " + body.value(QStringLiteral("allow")).toString().toLatin1() + "\r\n";
        body.remove(QStringLiteral("allow"));
    }
    ApiResponse response = jsonResponse(body, status);
    // A read-only ledger stays read-only: no Retry-After that would invite a retry loop.
    if (status == Status::ServiceUnavailable && code != errors::readOnly)
        headers += "Retry-After: 1\r\n";
    if (status == Status::Unauthorized)
        headers += "WWW-Authenticate: Bearer\r\n";
    response.headers = headers;
    return response;
}

ApiResponse badRequest(Status status, const QString &field, const QString &why)
{
    QJsonObject body = LedgerError::invalidArgument(field, why).toJson();
    body.insert(QStringLiteral("error"), QStringLiteral("bad_request"));
    return jsonResponse(body, status);
}

ApiResponse shuttingDown()
{
    ApiResponse response = jsonResponse({{QStringLiteral("error"), errors::unavailable},
                                         {QStringLiteral("message"), QStringLiteral("the service is shutting down; nothing was done")}},
                                        Status::ServiceUnavailable);
    response.headers = "Retry-After: 1\r\n";
    return response;
}

void serialize(const ApiResponse &response, bool closing, bool keepAliveHttp10, std::string &out)
{
    out.clear();
    out.append("HTTP/1.1 ");
    out.append(std::to_string(int(response.status)));
    out.push_back(' ');
    out.append(reasonPhrase(response.status));
    out.append("\r\nContent-Type: application/json\r\nCache-Control: no-store\r\nContent-Length: ");
    out.append(std::to_string(response.body.size()));
    out.append("\r\n");
    append(out, response.headers);
    if (closing)
        out.append("Connection: close\r\n");
    else if (keepAliveHttp10)
        out.append("Connection: keep-alive\r\n");
    out.append("\r\n");
    append(out, response.body);
}

}  // namespace orchard::api
