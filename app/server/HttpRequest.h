#pragma once

#include "app/server/ApiResponse.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <any>
#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace bss {

// One HTTP/1.1 request as HttpConnection read it: the head first (the handler admits or
// refuses it before any of the body is read), then the body.
struct HttpRequest {
    QByteArray method;
    QByteArray target; // as sent: "/api/v1/accounts?limit=5"
    QString path;      // decoded as QUrl::path() decodes it
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer; // the client's address, for throttling
    // Over the connection cap: only health checks are answered on this connection.
    bool restricted = false;
    // What the handler's admission learned from the head (the caller's identity), for its answer.
    std::any admission;

    QByteArray header(const QByteArray &name) const {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// What bssdesk-server's HTTP layer allows one connection; docs/security.md gives the reasons.
struct HttpLimits {
    qsizetype maxRequestLine = 8 * 1024; // longer: 414
    qsizetype maxHead = 32 * 1024;       // request line and headers; longer: 431
    int maxHeaders = 100;                // more: 431
    qsizetype maxBody = 1024 * 1024;     // larger: 413, from Content-Length or while chunked
    std::chrono::milliseconds headerTimeout{10'000}; // a head not complete by then: 408, closed
    std::chrono::milliseconds idleTimeout{30'000};   // no request for this long: closed
    std::chrono::milliseconds bodyTimeout{30'000};   // a body not complete by then: 408, closed
    std::chrono::milliseconds writeTimeout{30'000};  // an answer not read on for this long: closed
    std::chrono::milliseconds lingerTimeout{2'000};  // after a refusal, unread input is discarded
    // Proxies whose X-Forwarded-For names the client (its last address), for throttling.
    QList<QHostAddress> trustedProxies;
};

// The process's open connections, counted by the acceptor and the request threads together.
struct ConnectionCount {
    std::atomic<int> open{0};
};

// A connection over the cap, in the health-check reserve; the acceptor closes the oldest such
// connection to make room for a new one.
struct ReservedSlot {
    std::atomic<bool> open{true};
};

// What answers the requests of HttpConnection: the head first, then the whole request.
class HttpHandler {
public:
    using Reply = std::function<void(ApiResponse)>;
    struct Admission {
        std::optional<ApiResponse> refusal; // set: answered at once, the body is not read
        qsizetype maxBody = 0;              // the largest body this request may have
    };
    virtual ~HttpHandler() = default;
    virtual Admission admit(HttpRequest &request) = 0;
    // Answers once, now or later (in the handler's thread).
    virtual void respond(HttpRequest &request, Reply reply) = 0;
};

} // namespace bss
