#include "apiserver.h"

#include "apipayload.h"
#include "apiresponses.h"
#include "ledgerservice.h"
#include "sourceregistry.h"

#include <QTcpServer>

namespace orchard::api {

namespace {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

Actor apiActor(const QString &source)
{
    return {QStringLiteral("api:") + source, source};
}

QByteArray bearerKey(const QByteArray &authorization)
{
    static const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(prefix))
        return {};
    return authorization.mid(prefix.size()).trimmed();
}

// The points API's balance is the points alone, {"member","available","held","posted"}; the
// member's wallet money belongs to the checkout endpoints.
struct PointsBalance
{
    Balance balance;
    QJsonObject toJson() const
    {
        QJsonObject object = balance.toJson();
        object.remove(QStringLiteral("wallet"));
        return object;
    }
};

LedgerError malformedReservation(const QString &text)
{
    return {errors::unknownReservation, QStringLiteral("reservation: there is no reservation '%1'").arg(text),
            {{QStringLiteral("reservation"), text}}};
}

}  // namespace

ApiServer::ApiServer(LedgerService &ledger, QObject *parent) : QObject(parent), m_ledger(ledger)
{
    addRoutes();
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

void ApiServer::stopAccepting()
{
    for (QTcpServer *server : m_http.servers())
        server->close();
}

void ApiServer::addRoutes()
{
    m_http.route(QStringLiteral("/v1/health"), [](const QHttpServerRequest &request) {
        if (request.method() != Method::Get)
            return methodNotAllowed(QByteArrayLiteral("GET"));
        return jsonResponse({{QStringLiteral("status"), QStringLiteral("ok")}}, Status::Ok);
    });
    m_http.route(QStringLiteral("/v1/members/<arg>/balance"), [this](const QString &member, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        accept(Endpoint::Balance, member, request, std::move(responder), Method::Get);
    });
    m_http.route(QStringLiteral("/v1/reservations"), [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        accept(Endpoint::Reserve, QString(), request, std::move(responder), Method::Post);
    });
    m_http.route(QStringLiteral("/v1/reservations/<arg>"), [this](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        accept(Endpoint::Reservation, id, request, std::move(responder), Method::Get);
    });
    m_http.route(QStringLiteral("/v1/reservations/<arg>/confirm"), [this](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        accept(Endpoint::Confirm, id, request, std::move(responder), Method::Post);
    });
    m_http.route(QStringLiteral("/v1/reservations/<arg>/release"), [this](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        accept(Endpoint::Release, id, request, std::move(responder), Method::Post);
    });
    m_http.route(QStringLiteral("/v1/redemptions"), [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        accept(Endpoint::Redeem, QString(), request, std::move(responder), Method::Post);
    });
    m_http.route(QStringLiteral("/v1/checkout/quote"), [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        accept(Endpoint::CheckoutQuote, QString(), request, std::move(responder), Method::Post);
    });
    m_http.route(QStringLiteral("/v1/checkout"), [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        accept(Endpoint::Checkout, QString(), request, std::move(responder), Method::Post);
    });
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        notFound(request.url().path()).write(std::move(responder));
    });
}

void ApiServer::accept(Endpoint endpoint, const QString &argument, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder, Method allowed)
{
    const Promise promise = std::make_shared<QHttpServerResponder>(std::move(responder));
    ++m_inFlight;
    if (request.method() != allowed) {
        finish(promise, methodNotAllowed(allowed == Method::Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST")));
        return;
    }
    // The request object lives only as long as this call: copy what the coroutine needs.
    Incoming incoming;
    incoming.endpoint = endpoint;
    incoming.pathArgument = argument;
    incoming.body = request.body();
    incoming.authorization = request.value(QByteArrayLiteral("Authorization"));
    incoming.idempotencyKey = request.value(QByteArrayLiteral("Idempotency-Key"));
    serve(incoming, promise);
}

void ApiServer::finish(const Promise &promise, QHttpServerResponse &&response)
{
    response.write(std::move(*promise));
    Q_ASSERT(m_inFlight > 0);
    if (--m_inFlight == 0)
        Q_EMIT idle();
}

// Continuations rather than coroutines here: GCC 12 destroys by-value coroutine parameters twice
// in member coroutines like these, which released the response promise early.
void ApiServer::serve(const Incoming &incoming, const Promise &promise)
{
    if (incoming.body.size() > maxBodyBytes) {
        const LedgerError tooLarge = LedgerError::invalidArgument(
            QStringLiteral("body"), QStringLiteral("is %1 bytes; at most %2 are accepted").arg(incoming.body.size()).arg(maxBodyBytes));
        QJsonObject body = tooLarge.toJson();
        body.insert(QStringLiteral("error"), QStringLiteral("bad_request"));
        finish(promise, jsonResponse(body, Status::PayloadTooLarge));
        return;
    }
    const QString key = QString::fromUtf8(bearerKey(incoming.authorization));
    m_ledger
        .read<QString>([key](Ledger &ledger) {
            SourceRegistry registry(ledger.database(), ledger.clock(), Actor{QStringLiteral("system:api"), sourceAdmin});
            return registry.authenticate(key);
        })
        .then(this, [this, incoming, promise](const Result<QString> &source) {
            if (!source)
                finish(promise, errorResponse(source.error()));
            else
                answer(incoming, source.value(), promise);
        });
}

template<typename T>
void ApiServer::answerWith(QFuture<Result<T>> pending, Status success, const Promise &promise)
{
    pending.then(this, [this, success, promise](const Result<T> &result) {
        finish(promise, result ? jsonResponse(result.value().toJson(), success) : errorResponse(result.error()));
    });
}

void ApiServer::answer(const Incoming &incoming, const QString &source, const Promise &promise)
{
    // A quote moves nothing (it is only remembered for its validity), so it needs no key.
    const bool mutates = incoming.endpoint != Endpoint::Balance && incoming.endpoint != Endpoint::Reservation
                         && incoming.endpoint != Endpoint::CheckoutQuote;
    const QString idempotencyKey = QString::fromUtf8(incoming.idempotencyKey);
    if (mutates) {
        if (const std::optional<LedgerError> invalid = checkIdempotencyKey(incoming.idempotencyKey)) {
            finish(promise, errorResponse(*invalid));
            return;
        }
    }
    qint64 reservationId = 0;
    if (incoming.endpoint == Endpoint::Reservation || incoming.endpoint == Endpoint::Confirm
        || incoming.endpoint == Endpoint::Release) {
        const std::optional<qint64> parsed = parseReservationToken(incoming.pathArgument);
        if (!parsed) {
            finish(promise, errorResponse(malformedReservation(incoming.pathArgument)));
            return;
        }
        reservationId = *parsed;
    }
    const Actor actor = apiActor(source);
    LedgerWriter &writer = m_ledger.writer();

    switch (incoming.endpoint) {
    case Endpoint::Balance: {
        const QString member = incoming.pathArgument;
        answerWith(m_ledger.read<PointsBalance>([member](Ledger &ledger) -> Result<PointsBalance> {
            const Result<Balance> balance = ledger.balance(member);
            if (!balance)
                return balance.error();
            return PointsBalance{balance.value()};
        }),
                   Status::Ok, promise);
        return;
    }
    case Endpoint::Reservation: {
        // Another source's reservation is not even shown.
        answerWith(m_ledger.read<ReservationView>([reservationId, source](Ledger &ledger) -> Result<ReservationView> {
            const Result<ReservationView> found = ledger.reservation(reservationId);
            if (found && found.value().source != source)
                return LedgerError{errors::forbidden,
                                   QStringLiteral("reservation %1 belongs to another source").arg(reservationToken(reservationId)),
                                   {{QStringLiteral("reservation"), reservationToken(reservationId)}}};
            return found;
        }),
                   Status::Ok, promise);
        return;
    }
    case Endpoint::Reserve: {
        const Result<ReservePayload> payload = parseReserve(incoming.body);
        if (!payload) {
            finish(promise, errorResponse(payload.error()));
            return;
        }
        const ReserveRequest request{payload.value().member, payload.value().points, source, payload.value().ref,
                                     idempotencyKey, payload.value().timeoutSeconds};
        answerWith(writer.submit<ReservationView>([request, actor](Ledger &ledger) {
            ledger.setActor(actor);
            return ledger.reserve(request);
        }),
                   Status::Created, promise);
        return;
    }
    case Endpoint::Confirm: {
        const Result<ConfirmPayload> payload = parseConfirm(incoming.body);
        if (!payload) {
            finish(promise, errorResponse(payload.error()));
            return;
        }
        const ConfirmRequest request{reservationId, payload.value().points, idempotencyKey, source};
        answerWith(writer.submit<ReservationView>([request, actor](Ledger &ledger) {
            ledger.setActor(actor);
            return ledger.confirm(request);
        }),
                   Status::Ok, promise);
        return;
    }
    case Endpoint::Release: {
        const Result<ReleasePayload> payload = parseRelease(incoming.body);
        if (!payload) {
            finish(promise, errorResponse(payload.error()));
            return;
        }
        const QString reason = payload.value().reason.isEmpty() ? QStringLiteral("failure") : payload.value().reason;
        const ReleaseRequest request{reservationId, reason, idempotencyKey, source};
        answerWith(writer.submit<ReservationView>([request, actor](Ledger &ledger) {
            ledger.setActor(actor);
            return ledger.release(request);
        }),
                   Status::Ok, promise);
        return;
    }
    case Endpoint::Redeem: {
        const Result<RedeemPayload> payload = parseRedeem(incoming.body);
        if (!payload) {
            finish(promise, errorResponse(payload.error()));
            return;
        }
        const RedeemRequest request{payload.value().member, payload.value().points, source, payload.value().ref, idempotencyKey};
        answerWith(writer.submit<ReservationView>([request, actor](Ledger &ledger) {
            ledger.setActor(actor);
            return ledger.redeem(request);
        }),
                   Status::Created, promise);
        return;
    }
    case Endpoint::CheckoutQuote: {
        const Result<CheckoutPayload> payload = parseCheckoutQuote(incoming.body);
        if (!payload) {
            finish(promise, errorResponse(payload.error()));
            return;
        }
        const QuoteRequest request{payload.value().member, payload.value().amountMinor, payload.value().points};
        answerWith(writer.submit<QuoteView>([request, actor](Ledger &ledger) {
            ledger.setActor(actor);
            return ledger.quote(request);
        }),
                   Status::Ok, promise);
        return;
    }
    case Endpoint::Checkout: {
        const Result<CheckoutPayload> payload = parseCheckout(incoming.body);
        if (!payload) {
            finish(promise, errorResponse(payload.error()));
            return;
        }
        const CheckoutPayload &order = payload.value();
        const CheckoutRequest request{order.member,   order.amountMinor, order.points,         source, order.ref,
                                      idempotencyKey, order.hold,        order.timeoutSeconds, order.quoteId};
        answerWith(writer.submit<CheckoutReceipt>([request, actor](Ledger &ledger) {
            ledger.setActor(actor);
            return ledger.checkout(request);
        }),
                   Status::Created, promise);
        return;
    }
    }
}

}  // namespace orchard::api
