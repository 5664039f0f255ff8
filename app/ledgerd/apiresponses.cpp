#include "apiresponses.h"

#include "moneytypes.h"
#include "sourceregistry.h"

#include <QHash>

namespace orchard::api {

namespace {

using Status = QHttpServerResponder::StatusCode;

QHttpServerResponse withBody(const QJsonObject &body, Status status)
{
    QHttpServerResponse response(body, status);
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

}  // namespace

QHttpServerResponse jsonResponse(const QJsonObject &body, Status status)
{
    return withBody(body, status);
}

QHttpServerResponse errorResponse(const LedgerError &error)
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
    };
    QJsonObject body = error.toJson();
    QString code = error.code;
    if (code == errors::invalidArgument) {
        code = QStringLiteral("bad_request");
    } else if (code == errors::alreadyConfirmed || code == errors::alreadyReleased || code == errors::reservationTimedOut) {
        code = QStringLiteral("invalid_state");
        body.insert(QStringLiteral("state"), error.details.value(QStringLiteral("status")));
        body.remove(QStringLiteral("status"));
    } else if (code == errors::readOnly) {
        code = errors::unavailable;
    } else if (!statuses.contains(code)) {
        code = errors::internal;
    }
    body.insert(QStringLiteral("error"), code);
    const Status status = statuses.value(error.code, Status::InternalServerError);
    QHttpServerResponse response = withBody(body, status);
    if (status == Status::ServiceUnavailable)
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    if (status == Status::Unauthorized)
        response.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return response;
}

QHttpServerResponse notFound(const QString &path)
{
    return withBody({{QStringLiteral("error"), QStringLiteral("not_found")},
                     {QStringLiteral("message"), QStringLiteral("no such endpoint: %1").arg(path)}},
                    Status::NotFound);
}

QHttpServerResponse methodNotAllowed(const QByteArray &allowed)
{
    QHttpServerResponse response = withBody({{QStringLiteral("error"), QStringLiteral("method_not_allowed")},
                                             {QStringLiteral("message"), QStringLiteral("this endpoint accepts %1")
                                                                             .arg(QString::fromLatin1(allowed))}},
                                            Status::MethodNotAllowed);
    response.addHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

}  // namespace orchard::api
