#pragma once

#include "app/server/ApiRequest.h"
#include "app/server/ApiResponse.h"

#include <functional>

namespace bss {

// The REST routes: "METHOD /api/v1/accounts/{id}/sync/{platform}". Unlike QHttpServer's
// router it can list its operations, which the OpenAPI test compares with openapi.json.
class Router {
public:
    using Handler = std::function<ApiResponse(ApiRequest &)>;
    // A handler that answers later through the callback (in the request's thread), such as a
    // login whose password hash runs on the hashing pool.
    using Reply = std::function<void(ApiResponse)>;
    using AsyncHandler = std::function<void(ApiRequest &, Reply)>;
    enum class Access { Public, Authenticated };
    // Idempotency-Key is honoured on creating and executing requests.
    enum class Replay { No, WithIdempotencyKey };

    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        Access access = Access::Authenticated;
        Replay replay = Replay::No;
        AsyncHandler async; // set instead of handler
    };

    struct Match {
        const Route *route = nullptr;
        QStringList params;
        QList<QByteArray> allowed; // methods of routes whose path matched (for 405)
        bool knownPublicPath = false;
    };

    void add(const QByteArray &method, const QString &pattern, Handler handler,
             Access access = Access::Authenticated, Replay replay = Replay::No);
    void addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler,
                  Access access);
    Match match(const QByteArray &method, const QString &path) const;
    // "GET /api/v1/accounts/{id}", one per route.
    QStringList operations() const;

private:
    static bool matches(const Route &route, const QStringList &segments, QStringList *params);
    QList<Route> m_routes;
};

} // namespace bss
