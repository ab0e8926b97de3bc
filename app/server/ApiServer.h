#pragma once

#include "app/server/ApiController.h"
#include "app/server/HttpRequest.h"
#include "app/server/Router.h"
#include "app/server/ServerContext.h"

#include <QObject>

#include <memory>
#include <vector>

namespace bss {

class AuthController;
class PasswordHasher;

// bssdesk-server's requests, as HttpConnection hands them over: every request goes through the
// same steps in the order API.md fixes. From the head alone, before any of the body is read:
// size limit (413), authentication (401), route (404/405); then the controller (400, 428/412,
// 422), with Idempotency-Key replays around creating and executing requests.
class ApiServer final : public QObject, public HttpHandler {
    Q_OBJECT
public:
    static constexpr qsizetype maxBodySize = 1024 * 1024;
    // Requests that need no token (logging in) are small; an anonymous client gets no more.
    static constexpr qsizetype maxPublicBodySize = 16 * 1024;

    explicit ApiServer(ServerContext &context, QObject *parent = nullptr);
    ~ApiServer() override;

    const Router &router() const { return m_router; }
    // Login passwords are checked on this pool (shared by the request threads).
    void setPasswordHasher(PasswordHasher *hasher);

    Admission admit(HttpRequest &request) override;
    void respond(HttpRequest &request, Reply reply) override;

private:
    // A failure of the server or its database (5xx but 503): the log gets the reason with the
    // request's id, the client a generic sentence with that id, never the driver's words.
    static ApiResponse hideFailure(const ApiResponse &response, const QByteArray &requestId,
                                   const QByteArray &method, const QString &path);
    ApiResponse dispatch(const Router::Route &route, ApiRequest &request);
    ApiResponse withIdempotency(const Router::Route &route, ApiRequest &request,
                                const QString &key);

    ServerContext &m_ctx;
    Router m_router;
    std::vector<std::unique_ptr<ApiController>> m_controllers;
    AuthController *m_auth = nullptr;
};

} // namespace bss
