#pragma once

#include "ledgertypes.h"
#include "result.h"

#include <QByteArray>
#include <QFuture>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QObject>
#include <QPromise>

#include <memory>

namespace orchard {
class LedgerService;
}

namespace orchard::api {

// The points API over HTTP: authenticates each request by its source's API key, validates its
// body, hands it to the ledger service (group commit) and answers once the change is committed.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    explicit ApiServer(LedgerService &ledger, QObject *parent = nullptr);

    quint16 listen(const QHostAddress &address, quint16 port);  // 0 when the port cannot be bound
    void stopAccepting();
    int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void idle();  // the last request in flight was answered

private:
    enum class Endpoint { Balance, Reserve, Reservation, Confirm, Release, Redeem, CheckoutQuote, Checkout };

    struct Incoming
    {
        Endpoint endpoint = Endpoint::Balance;
        QString pathArgument;  // member or reservation id
        QByteArray body;
        QByteArray authorization;
        QByteArray idempotencyKey;
    };

    void addRoutes();
    void accept(Endpoint endpoint, const QString &argument, const QHttpServerRequest &request,
                QHttpServerResponder &&responder, QHttpServerRequest::Method allowed);
    // Qt 6.4's QHttpServer keeps a reference to the request in its QFuture continuation, so an
    // answer that arrives later goes through the responder, kept until the ledger has answered.
    using Promise = std::shared_ptr<QHttpServerResponder>;
    void serve(const Incoming &incoming, const Promise &promise);
    void answer(const Incoming &incoming, const QString &source, const Promise &promise);
    template<typename T>
    void answerWith(QFuture<Result<T>> pending, QHttpServerResponder::StatusCode success, const Promise &promise);
    void finish(const Promise &promise, QHttpServerResponse &&response);

    LedgerService &m_ledger;
    QHttpServer m_http;
    int m_inFlight = 0;
};

}  // namespace orchard::api
