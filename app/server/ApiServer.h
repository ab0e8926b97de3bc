#pragma once

#include "app/server/ApiController.h"
#include "app/server/Router.h"
#include "app/server/ServerContext.h"

#include <QAbstractHttpServer>

#include <memory>
#include <vector>

namespace bss {

// bssdesk-server's HTTP front: QtHttpServer's connection handling with our own Router, so
// that every request goes through the same steps in the order API.md fixes: size limit (413),
// authentication (401), route (404/405), then the controller (400, 428/412, 422), with
// Idempotency-Key replays around creating and executing requests.
class ApiServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    static constexpr qsizetype maxBodySize = 1024 * 1024;

    explicit ApiServer(ServerContext &context, QObject *parent = nullptr);
    ~ApiServer() override;

    const Router &router() const { return m_router; }
    // The answer to one request (also for tests, without a socket), with its X-Request-Id; a
    // 500 carries that id and a generic sentence, the log the reason.
    ApiResponse process(const QHttpServerRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse answer(const QHttpServerRequest &request);
    ApiResponse dispatch(const Router::Route &route, ApiRequest &request);
    ApiResponse withIdempotency(const Router::Route &route, ApiRequest &request,
                                const QString &key);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response);

    ServerContext &m_ctx;
    Router m_router;
    std::vector<std::unique_ptr<ApiController>> m_controllers;
};

} // namespace bss
