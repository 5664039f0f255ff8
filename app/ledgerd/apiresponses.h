#pragma once

#include "base/ledgererror.h"

#include <QByteArray>
#include <QJsonObject>

// How the points API answers: a ledger refusal or a success becomes a status and a JSON body.
// The mapping is a pure function of the ledger's result, so a retried request with the same
// idempotency key gets the first response's status and body back.
namespace orchard::api {

enum class HttpStatus {
    Ok = 200,
    Created = 201,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    Conflict = 409,
    ContentTooLarge = 413,
    UnprocessableContent = 422,
    HeaderFieldsTooLarge = 431,
    InternalServerError = 500,
    ServiceUnavailable = 503,
};

struct ApiResponse
{
    HttpStatus status = HttpStatus::Ok;
    QByteArray body;     // compact JSON
    QByteArray headers;  // extra header lines, each "Name: value\r\n"
};

ApiResponse errorResponse(const LedgerError &error);
// The body errorResponse() answers with: "error" as the API names it, "message", the details.
QJsonObject errorBody(const LedgerError &error);
ApiResponse jsonResponse(const QJsonObject &body, HttpStatus status);
// A refusal of the request's framing or head (400, 413, 431): {"error":"bad_request","field",...}.
ApiResponse badRequest(HttpStatus status, const QString &field, const QString &why);
ApiResponse shuttingDown();  // 503 unavailable: nothing was done, retry on another connection

// The status line and headers of a response, then its body. `closing` adds "Connection: close";
// `keepAliveHttp10` adds "Connection: keep-alive" for an HTTP/1.0 client that asked for it.
void serialize(const ApiResponse &response, bool closing, bool keepAliveHttp10, std::string &out);

}  // namespace orchard::api
