#include "httpconnection.h"

#include "apipayload.h"

#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace orchard::api {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

// The buffer a connection reads into: a whole request head must fit (so more than
// maxHeaderBytes), and pipelined requests queue in it up to this size, then in the kernel.
constexpr size_t maxBufferBytes = 32 * 1024;
static_assert(maxBufferBytes > maxHeaderBytes + 1024);
constexpr size_t readChunkBytes = 16 * 1024;
// After the last answer the peer may still be sending (a refused 100 MB body): we stop writing
// and read and drop its bytes for this long, so that closing does not reset the connection
// before the peer has read the answer.
constexpr std::chrono::seconds lingerTimeout{2};
constexpr size_t maxHeaderFields = 100;  // beyond this the head is refused like an oversized one

constexpr std::string_view continueResponse = "HTTP/1.1 100 Continue\r\n\r\n";

using RequestParser = http::request_parser<http::string_body>;

template<class Stream>
class BasicHttpConnection final : public HttpConnection, public std::enable_shared_from_this<BasicHttpConnection<Stream>>
{
public:
    static constexpr bool tls = !std::is_same_v<Stream, beast::tcp_stream>;

    template<class... StreamArguments>
    explicit BasicHttpConnection(HttpConnectionHost &host, StreamArguments &&...arguments)
        : m_stream(std::forward<StreamArguments>(arguments)...), m_host(host), m_buffer(maxBufferBytes)
    {
        m_host.attach(this);
    }

    ~BasicHttpConnection() override { m_host.detach(this); }

    void start()
    {
        if constexpr (tls) {
            m_state = State::Handshake;
            lowest().expires_after(m_host.timeouts().header);
            m_stream.async_handshake(asio::ssl::stream_base::server, [self = this->shared_from_this()](beast::error_code ec) {
                if (ec)
                    self->close();
                else
                    self->waitForRequest();
            });
        } else {
            waitForRequest();
        }
    }

    void drain() override
    {
        switch (m_state) {
        case State::Handshake:
        case State::Idle:
        case State::ReadingHead:
        case State::ReadingBody:
            close();  // nothing of this connection was handed to the ledger
            break;
        case State::Processing:
        case State::Writing:
            m_closeAfterAnswer = true;
            break;
        case State::Closing:
        case State::Closed:
            break;
        }
    }

private:
    enum class State { Handshake, Idle, ReadingHead, ReadingBody, Processing, Writing, Closing, Closed };

    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }

    // Idle until the first byte of the next request (the idle timeout), unless it is here already.
    void waitForRequest()
    {
        if (m_host.draining()) {
            gracefulClose();
            return;
        }
        m_parser.emplace();
        m_parser->header_limit(std::uint32_t(maxHeaderBytes));
        m_parser->body_limit(std::uint64_t(maxBatchBodyBytes));  // every other route holds its body to maxBodyBytes in onHead
        m_closeAfterAnswer = false;
        m_keepAliveHttp10 = false;
        if (m_buffer.size() > 0) {
            readHead();  // pipelined: its head timeout runs from the end of the previous answer
            return;
        }
        m_state = State::Idle;
        lowest().expires_after(m_host.timeouts().idle);
        m_stream.async_read_some(m_buffer.prepare(readChunkBytes),
                                 [self = this->shared_from_this()](beast::error_code ec, std::size_t bytes) {
                                     self->m_buffer.commit(bytes);
                                     if (ec || self->m_state == State::Closed)
                                         self->close();
                                     else
                                         self->readHead();
                                 });
    }

    void readHead()
    {
        m_state = State::ReadingHead;
        lowest().expires_after(m_host.timeouts().header);
        http::async_read_header(m_stream, m_buffer, *m_parser, [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
            self->onHead(ec);
        });
    }

    void onHead(beast::error_code ec)
    {
        if (m_state == State::Closed)
            return;
        if (ec) {
            refuseFraming(ec, /*inBody=*/false);
            return;
        }
        const auto &request = m_parser->get();
        m_closeAfterAnswer = !request.keep_alive();
        m_keepAliveHttp10 = request.version() == 10 && request.keep_alive();
        m_fields.clear();
        for (const auto &field : request) {
            if (m_fields.size() == maxHeaderFields) {
                refuseHead(badRequest(HttpStatus::HeaderFieldsTooLarge, QStringLiteral("header"),
                                      QStringLiteral("has more than %1 fields").arg(maxHeaderFields)));
                return;
            }
            m_fields.push_back({std::string_view(field.name_string().data(), field.name_string().size()),
                                std::string_view(field.value().data(), field.value().size())});
        }
        const Result<RequestHead> head = checkRequestHead(m_fields);
        if (!head) {
            m_closeAfterAnswer = true;  // where this request ends, and so the next begins, is in doubt
            refuseHead(errorResponse(head.error()));
            return;
        }
        const beast::string_view method = request.method_string();
        const beast::string_view target = request.target();
        Result<Route> found = route(std::string_view(method.data(), method.size()), std::string_view(target.data(), target.size()));
        if (!found) {
            refuseHead(errorResponse(found.error()));
            return;
        }
        m_incoming = Incoming{found.value().endpoint, std::move(found.value().argument), {}, head.value().authorization,
                              head.value().idempotencyKey};
        const qsizetype bodyLimit = m_incoming.endpoint == Endpoint::EarnBatch ? maxBatchBodyBytes : maxBodyBytes;
        if (const auto declared = m_parser->content_length(); declared && *declared > std::uint64_t(bodyLimit)) {
            refuseHead(badRequest(HttpStatus::ContentTooLarge, QStringLiteral("body"),
                                  QStringLiteral("is %1 bytes; at most %2 are accepted").arg(*declared).arg(bodyLimit)));
            return;
        }
        if (m_parser->is_done()) {
            onRequest();
            return;
        }
        m_state = State::ReadingBody;
        if (head.value().expectsContinue && request.version() >= 11) {
            lowest().expires_after(m_host.timeouts().body);
            asio::async_write(m_stream, asio::buffer(continueResponse.data(), continueResponse.size()),
                              [self = this->shared_from_this()](beast::error_code writeError, std::size_t) {
                                  if (writeError || self->m_state == State::Closed)
                                      self->close();
                                  else
                                      self->readBody();
                              });
            return;
        }
        readBody();
    }

    void readBody()
    {
        m_state = State::ReadingBody;
        lowest().expires_after(m_host.timeouts().body);
        http::async_read(m_stream, m_buffer, *m_parser, [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
            if (self->m_state == State::Closed)
                return;
            if (ec)
                self->refuseFraming(ec, /*inBody=*/true);
            else
                self->onRequest();
        });
    }

    // A head or body that could not be read: answered when it was the client's fault, then closed.
    void refuseFraming(beast::error_code ec, bool inBody)
    {
        if (ec == http::error::header_limit || (ec == http::error::buffer_overflow && !inBody)) {
            refuseHead(badRequest(HttpStatus::HeaderFieldsTooLarge, QStringLiteral("header"),
                                  QStringLiteral("is over %1 bytes").arg(maxHeaderBytes)));
        } else if (ec == http::error::body_limit) {
            const auto declared = m_parser->content_length();
            refuseHead(badRequest(HttpStatus::ContentTooLarge, QStringLiteral("body"),
                                  declared ? QStringLiteral("is %1 bytes; at most %2 are accepted").arg(*declared).arg(maxBatchBodyBytes)
                                           : QStringLiteral("is over %1 bytes; at most %1 are accepted").arg(maxBatchBodyBytes)));
        } else if (ec == http::error::bad_content_length) {
            refuseHead(badRequest(HttpStatus::BadRequest, QStringLiteral("Content-Length"),
                                  QStringLiteral("header is not one valid length, or comes with Transfer-Encoding")));
        } else if (ec == http::error::bad_transfer_encoding) {
            refuseHead(badRequest(HttpStatus::BadRequest, QStringLiteral("Transfer-Encoding"),
                                  QStringLiteral("header is repeated or comes with a Content-Length")));
        } else if (ec.category() == http::make_error_code(http::error::bad_method).category()
                   && ec != http::error::end_of_stream && ec != http::error::partial_message) {
            refuseHead(badRequest(HttpStatus::BadRequest, inBody ? QStringLiteral("body") : QStringLiteral("request"),
                                  QStringLiteral("is not valid HTTP/1.1 (%1)").arg(QString::fromStdString(ec.message()))));
        } else {
            close();  // the peer went away, reset, or took too long: nobody to answer
        }
    }

    // Refused before its body was read: answered, then closed unless the request was complete.
    void refuseHead(ApiResponse response)
    {
        if (!m_parser || !m_parser->is_done())
            m_closeAfterAnswer = true;
        answer(std::move(response));
    }

    void onRequest()
    {
        m_state = State::Processing;
        const std::string &body = m_parser->get().body();
        m_incoming.body = QByteArray(body.data(), qsizetype(body.size()));
        const qsizetype bodyLimit = m_incoming.endpoint == Endpoint::EarnBatch ? maxBatchBodyBytes : maxBodyBytes;
        if (m_incoming.body.size() > bodyLimit) {  // chunked: no length was declared
            answer(badRequest(HttpStatus::ContentTooLarge, QStringLiteral("body"),
                              QStringLiteral("is over %1 bytes; at most %1 are accepted").arg(bodyLimit)));
            return;
        }
        m_processing = this->shared_from_this();  // alive while the ledger works, whatever the socket does
        std::weak_ptr<BasicHttpConnection> weak = m_processing;
        m_host.dispatch(std::move(m_incoming), [weak](ApiResponse response) {
            if (const auto self = weak.lock())
                self->answer(std::move(response));
        });
    }

    void answer(ApiResponse response)
    {
        const auto self = this->shared_from_this();
        m_processing.reset();
        if (m_state == State::Closed)
            return;
        if (m_host.draining())
            m_closeAfterAnswer = true;
        serialize(response, m_closeAfterAnswer, m_keepAliveHttp10, m_out);
        m_state = State::Writing;
        lowest().expires_after(m_host.timeouts().idle);
        asio::async_write(m_stream, asio::buffer(m_out), [self](beast::error_code ec, std::size_t) {
            if (ec || self->m_state == State::Closed) {
                self->close();
                return;
            }
            self->m_parser.reset();
            if (self->m_closeAfterAnswer || self->m_host.draining())
                self->gracefulClose();
            else
                self->waitForRequest();
        });
    }

    // After the last answer: no more writing, and the peer's remaining bytes are read and
    // dropped until it closes or the linger time is up (closing with unread bytes would reset).
    void gracefulClose()
    {
        m_state = State::Closing;
        lowest().expires_after(std::min<std::chrono::seconds>(lingerTimeout, m_host.timeouts().idle));
        if constexpr (tls) {
            m_stream.async_shutdown([self = this->shared_from_this()](beast::error_code) { self->close(); });
        } else {
            beast::error_code ignored;
            lowest().socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
            m_buffer.clear();
            discard();
        }
    }

    void discard()
    {
        m_stream.async_read_some(m_buffer.prepare(readChunkBytes), [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec || self->m_state == State::Closed)
                self->close();
            else
                self->discard();  // nothing committed: the bytes are dropped
        });
    }

    void close()
    {
        if (m_state == State::Closed)
            return;
        m_state = State::Closed;
        beast::error_code ignored;
        lowest().socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
        lowest().close();
    }

    Stream m_stream;
    HttpConnectionHost &m_host;
    beast::flat_buffer m_buffer;
    std::optional<RequestParser> m_parser;  // one per request
    std::vector<HeaderField> m_fields;      // views into the parser's header, reused
    Incoming m_incoming;
    std::string m_out;  // the answer being written, reused
    std::shared_ptr<BasicHttpConnection> m_processing;
    State m_state = State::Idle;
    bool m_closeAfterAnswer = false;
    bool m_keepAliveHttp10 = false;
};

}  // namespace

void startHttpConnection(asio::ip::tcp::socket socket, HttpConnectionHost &host)
{
    std::make_shared<BasicHttpConnection<beast::tcp_stream>>(host, std::move(socket))->start();
}

void startHttpsConnection(asio::ip::tcp::socket socket, asio::ssl::context &tls, HttpConnectionHost &host)
{
    std::make_shared<BasicHttpConnection<beast::ssl_stream<beast::tcp_stream>>>(host, std::move(socket), tls)->start();
}

}  // namespace orchard::api
