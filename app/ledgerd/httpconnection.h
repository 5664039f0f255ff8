#pragma once

#include "apirequesthead.h"
#include "apiresponses.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

namespace orchard::api {

// How long a connection may take over each part of an exchange.
struct HttpTimeouts
{
    std::chrono::seconds idle{60};    // waiting for the first byte of a request; also writing an answer
    std::chrono::seconds header{10};  // the whole request head, from its first byte
    std::chrono::seconds body{10};    // the whole body, from the end of the head
};

// A request whose head and body were read and checked, ready for the ledger.
struct Incoming
{
    Endpoint endpoint = Endpoint::Health;
    QString pathArgument;  // member or reservation id
    QByteArray body;
    QByteArray authorization;
    QByteArray idempotencyKey;
};

// One client connection on the I/O thread. It reads one request at a time and reads the next only
// once the answer to the previous one is written, so answers always leave in request order.
class HttpConnection
{
public:
    virtual ~HttpConnection() = default;
    // Shutting down: a connection with no request handed on closes now; one whose request is
    // with the ledger writes that answer (with "Connection: close") and then closes.
    virtual void drain() = 0;
};

// What a connection needs from the server; every call happens on the I/O thread.
class HttpConnectionHost
{
public:
    using Reply = std::function<void(ApiResponse)>;  // called once, on the I/O thread

    virtual ~HttpConnectionHost() = default;
    virtual const HttpTimeouts &timeouts() const = 0;
    virtual bool draining() const = 0;
    virtual void attach(HttpConnection *connection) = 0;
    virtual void detach(HttpConnection *connection) = 0;
    virtual void dispatch(Incoming incoming, Reply reply) = 0;
};

void startHttpConnection(boost::asio::ip::tcp::socket socket, HttpConnectionHost &host);
void startHttpsConnection(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context &tls, HttpConnectionHost &host);

}  // namespace orchard::api
