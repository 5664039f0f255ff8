#pragma once

#include "httpconnection.h"
#include "apipayload.h"
#include "keysourcecache.h"
#include "metrics.h"
#include "base/ledgertypes.h"
#include "base/result.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <QFuture>
#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>
#include <thread>
#include <unordered_set>

namespace orchard {
class LedgerService;
}

namespace orchard::api {

// The points API over HTTP/1.1 (Boost.Beast): authenticates each request by its source's API
// key, validates its body, hands it to the ledger service (group commit) and answers once the
// change is committed. All sockets live on one I/O thread; the ledger's answers come back to it
// through QFuture continuations that post to it, so it never waits on the database.
class ApiServer : public QObject, private HttpConnectionHost
{
    Q_OBJECT

public:
    struct Options
    {
        int maxConnections = 1024;  // further connections are closed as soon as they are accepted
        HttpTimeouts timeouts;
        Metrics *metrics = nullptr;  // counts every answered request when set
        bool requestLog = false;     // one key=value line per request on stderr
    };

    ApiServer(LedgerService &ledger, Options options, QObject *parent = nullptr);
    ~ApiServer() override;  // stops the I/O thread if it still runs

    // HTTPS from now on; the error names the file and what is wrong with it.
    std::optional<QString> useTls(const QString &certificateFile, const QString &keyFile);
    bool tls() const { return m_tls != nullptr; }
    // Binds and listens; 0 when the address cannot be bound (errorString() says why).
    quint16 listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_error; }
    void start();  // the I/O thread: accepting and serving from now on
    // Stop accepting, close idle connections, answer every request already with the ledger, then
    // emit drained(). Requests that had not reached the ledger are answered 503 or see a close.
    void shutdown();
    void stop();  // ends the I/O thread; call after drained(), before the ledger service goes

Q_SIGNALS:
    void drained();

private:
    // HttpConnectionHost, on the I/O thread.
    const HttpTimeouts &timeouts() const override { return m_options.timeouts; }
    bool draining() const override { return m_draining; }
    void attach(HttpConnection *connection) override;
    void detach(HttpConnection *connection) override;
    void dispatch(Incoming incoming, Reply reply) override;

    void accept();
    void beginDrain();
    void serve(const Incoming &incoming, const SourcePermissions &grant, const Reply &reply);
    void answerBatch(const EarningBatchPayload &payload, const QString &source, const Actor &actor, const Reply &reply);
    // The reply that counts and logs the answer before it goes out (X-Request-Id on it).
    Reply measured(Endpoint endpoint, std::shared_ptr<QString> source, Reply reply);
    template<typename T>
    void answerWith(QFuture<Result<T>> pending, HttpStatus success, const Reply &reply);
    bool onIoThread() const { return std::this_thread::get_id() == m_ioThreadId; }

    LedgerService &m_ledger;
    Options m_options;
    QString m_error;
    // I/O thread state. Declared before the io_context, so that handlers the io_context still
    // holds when it is destroyed can detach their connection from a live set.
    std::unordered_set<HttpConnection *> m_connections;
    KeySourceCache m_keys;
    bool m_draining = false;
    qint64 m_requestIds = 0;
    bool m_drainedSignalled = false;
    std::unique_ptr<boost::asio::ssl::context> m_tls;
    boost::asio::io_context m_io{1};
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> m_work;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_acceptRetry;
    std::thread m_ioThread;
    std::thread::id m_ioThreadId;
};

}  // namespace orchard::api
