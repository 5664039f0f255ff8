#pragma once

#include "ledgererror.h"

#include <QHttpServerResponse>
#include <QJsonObject>

// How the points API answers: a ledger refusal or a success becomes a status and a JSON body.
// The mapping is a pure function of the ledger's result, so a retried request with the same
// idempotency key gets the first response's status and body back.
namespace orchard::api {

QHttpServerResponse errorResponse(const LedgerError &error);
QHttpServerResponse jsonResponse(const QJsonObject &body, QHttpServerResponder::StatusCode status);
QHttpServerResponse notFound(const QString &path);
QHttpServerResponse methodNotAllowed(const QByteArray &allowed);

}  // namespace orchard::api
