#include "apiserver.h"

#include <QDateTime>
#include <chrono>
#include <cstdio>

#include "apipayload.h"
#include "apiresponses.h"
#include "service/ledgerservice.h"
#include "ledger/sourceregistry.h"

#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>

#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApiServer, "orchard.ledgerd.http")

namespace orchard::api {

namespace {

namespace asio = boost::asio;
using Status = HttpStatus;

constexpr std::chrono::milliseconds acceptRetryDelay{100};  // after EMFILE and the like

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

// A source may earn, redeem or both; reading a balance or its own reservation is open to either.
std::optional<LedgerError> refusedOperation(Endpoint endpoint, const SourcePermissions &grant)
{
    bool allowed = true;
    QString operation;
    switch (endpoint) {
    case Endpoint::Health:
    case Endpoint::Balance:
    case Endpoint::Reservation:
        return std::nullopt;
    case Endpoint::Earn:
    case Endpoint::EarnBatch:
        operation = QStringLiteral("earn");
        allowed = grant.canEarn;
        break;
    case Endpoint::Reserve:
    case Endpoint::Confirm:
    case Endpoint::Release:
    case Endpoint::Redeem:
    case Endpoint::CheckoutQuote:
    case Endpoint::Checkout:
    case Endpoint::Refund:
        operation = QStringLiteral("redeem");
        allowed = grant.canRedeem;
        break;
    }
    if (allowed)
        return std::nullopt;
    return LedgerError{errors::operationNotAllowed,
                       QStringLiteral("source '%1' may not %2 points (it may %3)").arg(grant.source, operation, grant.canText()),
                       {{QStringLiteral("operation"), operation}, {QStringLiteral("source"), grant.source}}};
}

EarnRequest earnRequestOf(const EarningPayload &payload, const QString &source)
{
    EarnRequest request;
    request.memberId = payload.member;
    request.source = source;
    request.eventId = payload.eventId;
    request.eventType = payload.eventType;
    request.points = payload.points;
    request.occurredAtMs = payload.occurredAtMs;
    request.reason = payload.reason;
    request.profile = payload.profile;
    return request;
}

LedgerError malformedReservation(const QString &text)
{
    return {errors::unknownReservation, QStringLiteral("reservation: there is no reservation '%1'").arg(text),
            {{QStringLiteral("reservation"), text}}};
}

}  // namespace

ApiServer::ApiServer(LedgerService &ledger, Options options, QObject *parent)
    : QObject(parent), m_ledger(ledger), m_options(std::move(options)), m_work(asio::make_work_guard(m_io)), m_acceptor(m_io),
      m_acceptRetry(m_io)
{
    Q_ASSERT(m_options.maxConnections > 0);
}

ApiServer::~ApiServer()
{
    stop();
}

std::optional<QString> ApiServer::useTls(const QString &certificateFile, const QString &keyFile)
{
    for (const QString &file : {certificateFile, keyFile}) {
        QFile probe(file);
        if (!probe.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1: %2").arg(file, probe.errorString());
    }
    auto context = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
    context->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 | asio::ssl::context::no_sslv3
                         | asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use);
    boost::system::error_code ec;
    context->use_certificate_chain_file(certificateFile.toStdString(), ec);
    if (ec)
        return QStringLiteral("%1 is not a PEM certificate chain (%2)").arg(certificateFile, QString::fromStdString(ec.message()));
    context->use_private_key_file(keyFile.toStdString(), asio::ssl::context::pem, ec);
    if (ec)
        return QStringLiteral("%1 is not a PEM private key (%2)").arg(keyFile, QString::fromStdString(ec.message()));
    if (SSL_CTX_check_private_key(context->native_handle()) != 1)
        return QStringLiteral("the key in %1 does not belong to the certificate in %2").arg(keyFile, certificateFile);
    m_tls = std::move(context);
    return std::nullopt;
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    boost::system::error_code ec;
    const asio::ip::address bind = asio::ip::make_address(address.toString().toStdString(), ec);
    if (ec) {
        m_error = QString::fromStdString(ec.message());
        return 0;
    }
    const asio::ip::tcp::endpoint endpoint(bind, port);
    // Like QTcpServer: SO_REUSEADDR, so a restarted service binds its port despite TIME_WAIT.
    m_acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        m_acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        m_acceptor.bind(endpoint, ec);
    if (!ec)
        m_acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        m_error = QString::fromStdString(ec.message());
        boost::system::error_code ignored;
        m_acceptor.close(ignored);
        return 0;
    }
    return m_acceptor.local_endpoint().port();
}

void ApiServer::start()
{
    Q_ASSERT(m_acceptor.is_open() && !m_ioThread.joinable());
    asio::post(m_io, [this] { accept(); });
    m_ioThread = std::thread([this] { m_io.run(); });
    m_ioThreadId = m_ioThread.get_id();
}

void ApiServer::shutdown()
{
    asio::post(m_io, [this] { beginDrain(); });
}

void ApiServer::stop()
{
    if (!m_ioThread.joinable())
        return;
    m_work.reset();
    m_io.stop();
    m_ioThread.join();
}

void ApiServer::accept()
{
    Q_ASSERT(onIoThread());
    m_acceptor.async_accept([this](boost::system::error_code ec, asio::ip::tcp::socket socket) {
        if (ec == asio::error::operation_aborted || !m_acceptor.is_open())
            return;
        if (ec) {
            // Out of descriptors, say: wait a moment rather than spin on the listening socket.
            qCWarning(lcApiServer) << "accept failed:" << QString::fromStdString(ec.message());
            m_acceptRetry.expires_after(acceptRetryDelay);
            m_acceptRetry.async_wait([this](boost::system::error_code waitError) {
                if (!waitError)
                    accept();
            });
            return;
        }
        if (qsizetype(m_connections.size()) >= m_options.maxConnections) {
            boost::system::error_code ignored;
            socket.close(ignored);  // over the limit: closed at once, nothing read or answered
        } else {
            boost::system::error_code ignored;
            socket.set_option(asio::ip::tcp::no_delay(true), ignored);
            if (m_tls)
                startHttpsConnection(std::move(socket), *m_tls, *this);
            else
                startHttpConnection(std::move(socket), *this);
        }
        accept();
    });
}

void ApiServer::attach(HttpConnection *connection)
{
    Q_ASSERT(onIoThread() || !m_ioThread.joinable());
    m_connections.insert(connection);
    Q_ASSERT(qsizetype(m_connections.size()) <= m_options.maxConnections);
    if (m_options.metrics)
        m_options.metrics->connectionOpened();
}

void ApiServer::detach(HttpConnection *connection)
{
    Q_ASSERT(onIoThread() || !m_ioThread.joinable());
    if (m_connections.erase(connection) == 1 && m_options.metrics)
        m_options.metrics->connectionClosed();
    if (m_draining && m_connections.empty() && !m_drainedSignalled) {
        m_drainedSignalled = true;
        QMetaObject::invokeMethod(this, &ApiServer::drained, Qt::QueuedConnection);
    }
}

void ApiServer::beginDrain()
{
    Q_ASSERT(onIoThread());
    if (m_draining)
        return;
    m_draining = true;
    boost::system::error_code ignored;
    m_acceptor.close(ignored);
    m_acceptRetry.cancel();
    // drain() only closes sockets or sets flags; connections leave the set later, from their handlers.
    const std::vector<HttpConnection *> open(m_connections.begin(), m_connections.end());
    for (HttpConnection *connection : open)
        connection->drain();
    if (m_connections.empty() && !m_drainedSignalled) {
        m_drainedSignalled = true;
        QMetaObject::invokeMethod(this, &ApiServer::drained, Qt::QueuedConnection);
    }
}

ApiServer::Reply ApiServer::measured(Endpoint endpoint, std::shared_ptr<QString> source, Reply reply)
{
    const auto started = std::chrono::steady_clock::now();
    const QByteArray requestId = "r" + QByteArray::number(++m_requestIds);
    return [this, endpoint, source = std::move(source), reply = std::move(reply), started, requestId](ApiResponse response) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (m_options.metrics)
            m_options.metrics->recordRequest(endpoint, int(response.status), seconds);
        if (m_options.requestLog)
            std::fprintf(stderr, "ts=%s level=info msg=request id=%s source=%s endpoint=%s status=%d latency_ms=%.3f\n",
                         qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), requestId.constData(),
                         qPrintable(source->isEmpty() ? QStringLiteral("-") : *source), Metrics::endpointName(endpoint),
                         int(response.status), seconds * 1000.0);
        response.headers += "X-Request-Id: " + requestId + "\r\n";
        reply(std::move(response));
    };
}

void ApiServer::dispatch(Incoming incoming, Reply unmeasured)
{
    Q_ASSERT(onIoThread());
    auto sourceName = std::make_shared<QString>();
    const Reply reply = measured(incoming.endpoint, sourceName, std::move(unmeasured));
    if (incoming.endpoint == Endpoint::Health) {
        reply(jsonResponse({{QStringLiteral("status"), QStringLiteral("ok")}}, Status::Ok));
        return;
    }
    const QByteArray key = bearerKey(incoming.authorization);
    const KeySourceCache::Clock::time_point now = KeySourceCache::Clock::now();
    if (const std::optional<SourcePermissions> grant = m_keys.find(key, now)) {
        *sourceName = grant->source;
        serve(incoming, *grant, reply);
        return;
    }
    if (m_draining) {
        reply(shuttingDown());
        return;
    }
    const QString presented = QString::fromUtf8(key);
    m_ledger
        .grantFor(presented)
        .then(QtFuture::Launch::Sync, [this, incoming, reply, key, now, sourceName](const Result<SourcePermissions> &grant) {
            // On a reader thread: hand the outcome to the I/O thread, which owns the cache.
            asio::post(m_io, [this, incoming, reply, key, now, grant, sourceName] {
                if (!grant) {
                    reply(errorResponse(grant.error()));
                    return;
                }
                *sourceName = grant.value().source;
                m_keys.remember(key, grant.value(), now);
                serve(incoming, grant.value(), reply);
            });
        });
}

template<typename T>
void ApiServer::answerWith(QFuture<Result<T>> pending, Status success, const Reply &reply)
{
    // Runs on the writer or reader thread that finished the work; the answer is built on the I/O thread.
    pending.then(QtFuture::Launch::Sync, [executor = m_io.get_executor(), success, reply](const Result<T> &result) {
        asio::post(executor, [success, reply, result] {
            reply(result ? jsonResponse(result.value().toJson(), success) : errorResponse(result.error()));
        });
    });
}

void ApiServer::serve(const Incoming &incoming, const SourcePermissions &grant, const Reply &reply)
{
    Q_ASSERT(onIoThread());
    const QString &source = grant.source;
    if (const std::optional<LedgerError> refused = refusedOperation(incoming.endpoint, grant)) {
        reply(errorResponse(*refused));
        return;
    }
    const bool mutates = incoming.endpoint != Endpoint::Balance && incoming.endpoint != Endpoint::Reservation
                         && incoming.endpoint != Endpoint::CheckoutQuote;
    const QString idempotencyKey = QString::fromUtf8(incoming.idempotencyKey);
    // A batch's items carry their own keys (their event ids); a header key is then optional.
    if (mutates && (incoming.endpoint != Endpoint::EarnBatch || !incoming.idempotencyKey.isEmpty())) {
        if (const std::optional<LedgerError> invalid = checkIdempotencyKey(incoming.idempotencyKey)) {
            reply(errorResponse(*invalid));
            return;
        }
    }
    qint64 reservationId = 0;
    if (incoming.endpoint == Endpoint::Reservation || incoming.endpoint == Endpoint::Confirm
        || incoming.endpoint == Endpoint::Release || incoming.endpoint == Endpoint::Refund) {
        const std::optional<qint64> parsed = parseReservationToken(incoming.pathArgument);
        if (!parsed) {
            reply(errorResponse(malformedReservation(incoming.pathArgument)));
            return;
        }
        reservationId = *parsed;
    }
    // From here on a request is handed to the ledger and will be answered; while shutting down,
    // none is handed on any more.
    if (m_draining) {
        reply(shuttingDown());
        return;
    }
    const Actor actor = apiActor(source);

    switch (incoming.endpoint) {
    case Endpoint::Health:
        Q_UNREACHABLE();
        return;
    case Endpoint::Balance: {
        const QString member = incoming.pathArgument;
        answerWith(m_ledger.memberBalance(member).then(QtFuture::Launch::Sync, [](const Result<Balance> &balance) -> Result<PointsBalance> {
            if (!balance)
                return balance.error();
            return PointsBalance{balance.value()};
        }),
                   Status::Ok, reply);
        return;
    }
    case Endpoint::Reservation: {
        // Another source's reservation is not even shown.
        answerWith(m_ledger.reservationOf(reservationId).then(QtFuture::Launch::Sync, [reservationId, source](const Result<ReservationView> &found) -> Result<ReservationView> {
            if (found && found.value().source != source)
                return LedgerError{errors::forbidden,
                                   QStringLiteral("reservation %1 belongs to another source").arg(reservationToken(reservationId)),
                                   {{QStringLiteral("reservation"), reservationToken(reservationId)}}};
            return found;
        }),
                   Status::Ok, reply);
        return;
    }
    case Endpoint::Reserve: {
        const Result<ReservePayload> payload = parseReserve(incoming.body);
        if (!payload) {
            reply(errorResponse(payload.error()));
            return;
        }
        const ReserveRequest request{payload.value().member, payload.value().points, source, payload.value().ref,
                                     idempotencyKey, payload.value().timeoutSeconds};
        answerWith(m_ledger.submitReserve(request, actor),
                   Status::Created, reply);
        return;
    }
    case Endpoint::Confirm: {
        const Result<ConfirmPayload> payload = parseConfirm(incoming.body);
        if (!payload) {
            reply(errorResponse(payload.error()));
            return;
        }
        const ConfirmRequest request{reservationId, payload.value().points, idempotencyKey, source};
        answerWith(m_ledger.submitConfirm(request, actor),
                   Status::Ok, reply);
        return;
    }
    case Endpoint::Release: {
        const Result<ReleasePayload> payload = parseRelease(incoming.body);
        if (!payload) {
            reply(errorResponse(payload.error()));
            return;
        }
        const QString reason = payload.value().reason.isEmpty() ? QStringLiteral("failure") : payload.value().reason;
        const ReleaseRequest request{reservationId, reason, idempotencyKey, source};
        answerWith(m_ledger.submitRelease(request, actor),
                   Status::Ok, reply);
        return;
    }
    case Endpoint::Refund: {
        const Result<RefundPayload> payload = parseRefund(incoming.body);
        if (!payload) {
            reply(errorResponse(payload.error()));
            return;
        }
        RefundRequest request;
        request.reservationId = reservationId;
        request.points = payload.value().points;
        request.walletMinor = payload.value().walletMinor;
        request.reason = payload.value().reason;
        request.idempotencyKey = idempotencyKey;
        request.source = source;
        answerWith(m_ledger.submitRefund(request, actor), Status::Created, reply);
        return;
    }
    case Endpoint::Redeem: {
        const Result<RedeemPayload> payload = parseRedeem(incoming.body);
        if (!payload) {
            reply(errorResponse(payload.error()));
            return;
        }
        const RedeemRequest request{payload.value().member, payload.value().points, source, payload.value().ref, idempotencyKey};
        answerWith(m_ledger.submitRedeem(request, actor),
                   Status::Created, reply);
        return;
    }
    case Endpoint::Earn: {
        const Result<EarningPayload> payload = parseEarning(incoming.body);
        if (!payload) {
            reply(errorResponse(payload.error()));
            return;
        }
        answerWith(m_ledger.submitEarn(earnRequestOf(payload.value(), source), actor), Status::Created, reply);
        return;
    }
    case Endpoint::EarnBatch: {
        const Result<EarningBatchPayload> payload = parseEarningBatch(incoming.body);
        if (!payload) {
            reply(errorResponse(payload.error()));
            return;
        }
        answerBatch(payload.value(), source, actor, reply);
        return;
    }
    case Endpoint::CheckoutQuote: {
        // A quote moves nothing (it is only remembered for its validity), so it needs no
        // Idempotency-Key; it needs the API key like everything else, and remembers its source.
        const Result<CheckoutPayload> payload = parseCheckoutQuote(incoming.body);
        if (!payload) {
            reply(errorResponse(payload.error()));
            return;
        }
        const QuoteRequest request{payload.value().member, payload.value().amountMinor, payload.value().points, source};
        answerWith(m_ledger.submitQuote(request, actor),
                   Status::Ok, reply);
        return;
    }
    case Endpoint::Checkout: {
        const Result<CheckoutPayload> payload = parseCheckout(incoming.body);
        if (!payload) {
            reply(errorResponse(payload.error()));
            return;
        }
        const CheckoutPayload &order = payload.value();
        const CheckoutRequest request{order.member,   order.amountMinor, order.points,         source, order.ref,
                                      idempotencyKey, order.hold,        order.timeoutSeconds, order.quoteId};
        answerWith(m_ledger.submitCheckout(request, actor),
                   Status::Created, reply);
        return;
    }
    }
}

namespace {

// An atomic batch that applied nothing: an error body like every other 4xx, with every item's outcome.
ApiResponse notAppliedResponse(const QJsonArray &results)
{
    qsizetype refused = 0;
    for (const QJsonValue &item : results)
        refused += item.toObject().contains(QStringLiteral("error")) ? 1 : 0;
    return jsonResponse({{QStringLiteral("error"), QStringLiteral("batch_not_applied")},
                         {QStringLiteral("message"), QStringLiteral("%1 of %2 items were refused; an atomic batch applies all or none, so nothing was applied")
                                                         .arg(refused)
                                                         .arg(results.size())},
                         {QStringLiteral("results"), results},
                         {QStringLiteral("applied"), false}},
                        Status::UnprocessableContent);
}

}  // namespace

// Items that did not parse are answered with their error and never reach the ledger; with
// "atomic", one of them is enough for nothing to be applied. 200 with every item's outcome, or
// 422 when an atomic batch applied nothing.
void ApiServer::answerBatch(const EarningBatchPayload &payload, const QString &source, const Actor &actor, const Reply &reply)
{
    const auto parsedAll = std::all_of(payload.items.begin(), payload.items.end(), [](const auto &item) { return bool(item); });
    QList<EarnRequest> requests;
    QList<qsizetype> positions;  // of each request among the items
    for (qsizetype i = 0; i < qsizetype(payload.items.size()); ++i) {
        if (!payload.items[size_t(i)])
            continue;
        requests.append(earnRequestOf(payload.items[size_t(i)].value(), source));
        positions.append(i);
    }
    const auto itemErrors = std::make_shared<QJsonArray>();
    for (const Result<EarningPayload> &item : payload.items)
        itemErrors->append(item ? QJsonValue(QJsonValue::Null) : QJsonValue(errorBody(item.error())));
    const auto answer = [itemErrors, positions](const Result<LedgerService::EarnBatch> &batch, bool atomic) -> ApiResponse {
        if (!batch)
            return errorResponse(batch.error());
        QJsonArray results = *itemErrors;
        bool applied = batch.value().applied;
        for (qsizetype i = 0; i < positions.size(); ++i) {
            const Result<EarnReceipt> &result = batch.value().results.at(i);
            if (!result)
                applied = applied && !atomic;
            results[positions.at(i)] = result ? QJsonValue(result.value().toJson()) : QJsonValue(errorBody(result.error()));
        }
        for (const QJsonValue &item : std::as_const(*itemErrors))
            if (!item.isNull())
                applied = applied && !atomic;
        if (atomic && !applied) {
            // Nothing went in: the items that would have succeeded say so instead of naming lots that do not exist.
            for (qsizetype i = 0; i < results.size(); ++i) {
                QJsonObject item = results.at(i).toObject();
                if (item.contains(QStringLiteral("error")))
                    continue;
                results[i] = QJsonObject{{QStringLiteral("status"), QStringLiteral("not_applied")},
                                         {QStringLiteral("member"), item.value(QStringLiteral("member"))},
                                         {QStringLiteral("event_id"), item.value(QStringLiteral("event_id"))},
                                         {QStringLiteral("points"), item.value(QStringLiteral("points"))}};
            }
            return notAppliedResponse(results);
        }
        return jsonResponse({{QStringLiteral("results"), results}, {QStringLiteral("applied"), true}}, Status::Ok);
    };
    const bool atomic = payload.atomic;
    if (atomic && !parsedAll) {
        // Not one item is sent to the ledger: the others are reported as they are, unapplied.
        QJsonArray results = *itemErrors;
        for (qsizetype i = 0; i < positions.size(); ++i) {
            const EarnRequest &request = requests.at(i);
            results[positions.at(i)] = QJsonObject{{QStringLiteral("status"), QStringLiteral("not_applied")},
                                                   {QStringLiteral("member"), request.memberId},
                                                   {QStringLiteral("event_id"), request.eventId}};
        }
        reply(notAppliedResponse(results));
        return;
    }
    if (requests.isEmpty()) {
        reply(answer(LedgerService::EarnBatch{}, atomic));
        return;
    }
    m_ledger.submitEarnBatch(requests, atomic, actor)
        .then(QtFuture::Launch::Sync, [executor = m_io.get_executor(), reply, answer, atomic](const Result<LedgerService::EarnBatch> &batch) {
            asio::post(executor, [reply, answer, batch, atomic] { reply(answer(batch, atomic)); });
        });
}

}  // namespace orchard::api
