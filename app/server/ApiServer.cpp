#include "app/server/ApiServer.h"

#include "app/server/AccountController.h"
#include "app/server/AuditController.h"
#include "app/server/AuthController.h"
#include "app/server/CatalogController.h"
#include "app/server/IdempotencyStore.h"
#include "app/server/OrderController.h"
#include "app/server/SubscriptionController.h"
#include "app/server/SystemController.h"
#include "app/services/AuthService.h"
#include "app/store/Store.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <exception>
#include <memory>

Q_LOGGING_CATEGORY(lcServer, "bss.server")

// The OpenAPI document lives in this static library's resources.
static void initServerResources() {
    Q_INIT_RESOURCE(server);
}

namespace bss {

namespace {

Error simpleError(ErrorKind kind, const QString &code, const QString &message) {
    Error e;
    e.kind = kind;
    e.code = code;
    e.message = message;
    return e;
}

QString bearerToken(const ApiRequest &request) {
    const QByteArray value = request.header("Authorization").trimmed();
    if (value.size() < 7 || value.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

// A replayed answer gets back the ETag its body names.
void restoreVersion(ApiResponse &response) {
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    if (o.value(QStringLiteral("version")).isDouble())
        response.withHeader(
            "ETag",
            '"' + QByteArray::number(qint64(o.value(QStringLiteral("version")).toDouble())) + '"');
}

} // namespace

ApiServer::ApiServer(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context) {
    initServerResources();
    m_controllers.push_back(std::make_unique<SystemController>(context));
    auto auth = std::make_unique<AuthController>(context);
    m_auth = auth.get();
    m_controllers.push_back(std::move(auth));
    m_controllers.push_back(std::make_unique<CatalogController>(context));
    m_controllers.push_back(std::make_unique<AccountController>(context));
    m_controllers.push_back(std::make_unique<OrderController>(context));
    m_controllers.push_back(std::make_unique<SubscriptionController>(context));
    m_controllers.push_back(std::make_unique<AuditController>(context));
    for (const auto &controller : m_controllers)
        controller->registerRoutes(m_router);
}

ApiServer::~ApiServer() = default;

void ApiServer::setPasswordHasher(PasswordHasher *hasher) {
    m_auth->setHasher(hasher, this);
}

namespace {

// What admit() learned from the head, for respond().
struct Admitted {
    const Router::Route *route = nullptr;
    QStringList params;
    std::optional<AuthService::Identity> identity;
};

bool isHealthCheck(const HttpRequest &request) {
    return request.method == "GET" && (request.path == ApiController::base() + u"/health" ||
                                       request.path == ApiController::base() + u"/health/ready");
}

} // namespace

HttpHandler::Admission ApiServer::admit(HttpRequest &request) {
    Admission admission;
    // Over the connection cap only health checks are served, so that monitoring still sees us.
    if (request.restricted && !isHealthCheck(request)) {
        admission.refusal = ApiController::problem(
            simpleError(ErrorKind::Unavailable, QStringLiteral("too-many-connections"),
                        tr("The server has too many open connections. Try again shortly.")));
        return admission;
    }
    const Router::Match match = m_router.match(request.method, request.path);
    const bool isPublic =
        match.route ? match.route->access == Router::Access::Public : match.knownPublicPath;
    Admitted admitted;
    if (!isPublic) {
        const ApiRequest api(request);
        Result<AuthService::Identity> identity = m_ctx.auth.authenticate(bearerToken(api));
        if (!identity) {
            admission.refusal = ApiController::problem(identity.error());
            return admission;
        }
        admitted.identity = *identity;
    }
    if (!match.route) {
        if (match.allowed.isEmpty()) {
            admission.refusal = ApiController::problem(
                Error::notFound(tr("The resource %1").arg(request.path.left(200))));
            return admission;
        }
        ApiResponse response = ApiController::problem(simpleError(
            ErrorKind::BadRequest, QStringLiteral("method-not-allowed"),
            tr("%1 is not allowed here.").arg(QString::fromLatin1(request.method.left(16)))));
        admission.refusal = response.withHeader("Allow", match.allowed.join(", "));
        return admission;
    }
    admitted.route = match.route;
    admitted.params = match.params;
    admission.maxBody = isPublic ? maxPublicBodySize : maxBodySize;
    request.admission = std::move(admitted);
    return admission;
}

void ApiServer::respond(HttpRequest &raw, Reply reply) {
    const Admitted *admitted = std::any_cast<Admitted>(&raw.admission);
    if (!admitted || !admitted->route)
        return reply(ApiController::problem(Error::internal(tr("The request was not admitted."))));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QByteArray requestId =
        QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
    Reply logged = [reply = std::move(reply), timer, method = raw.method, path = raw.path,
                    requestId](const ApiResponse &answer) {
        ApiResponse response = hideFailure(answer, requestId, method, path);
        response.withHeader("X-Request-Id", requestId);
        qCInfo(lcServer).noquote()
            << method << path << response.status << timer->elapsed() << "ms" << requestId;
        reply(response);
    };
    ApiRequest request(raw);
    if (admitted->identity)
        request.setActor(admitted->identity->actor, admitted->identity->userId);
    request.setParams(admitted->params);
    const Router::Route &route = *admitted->route;
    if (route.async)
        return route.async(request, std::move(logged));

    const QString key = QString::fromUtf8(request.header("Idempotency-Key"));
    if (route.replay == Router::Replay::WithIdempotencyKey && !key.isEmpty() && request.userId())
        return logged(withIdempotency(route, request, key));
    logged(dispatch(route, request));
}

ApiResponse ApiServer::hideFailure(const ApiResponse &response, const QByteArray &requestId,
                                   const QByteArray &method, const QString &path) {
    if (response.status < 500 || response.status == 503)
        return response;
    const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
    qCCritical(lcServer).noquote()
        << "request" << requestId << method << path.left(200) << "failed with" << response.status
        << "-" << problem.value(QStringLiteral("detail")).toString();
    Error e = Error::internal(tr("The server failed to handle this request (request id %1). "
                                 "Its administrator finds the details in the server's log.")
                                  .arg(QString::fromLatin1(requestId)));
    e.code = QStringLiteral("internal-error");
    return ApiController::problem(e);
}

ApiResponse ApiServer::dispatch(const Router::Route &route, ApiRequest &request) {
    try {
        return route.handler(request);
    } catch (const std::exception &e) {
        qCCritical(lcServer) << "handler failed:" << e.what();
    } catch (...) {
        qCCritical(lcServer) << "handler failed";
    }
    return ApiController::problem(Error::internal(tr("The server failed to handle this request.")));
}

ApiResponse ApiServer::withIdempotency(const Router::Route &route, ApiRequest &request,
                                       const QString &key) {
    if (key.size() > 200) {
        return ApiController::problem(JsonCodec::badRequest(
            {{QStringLiteral("Idempotency-Key"), tr("Idempotency-Key is too long.")}}));
    }
    const Id userId = *request.userId();
    const QString method = QString::fromLatin1(request.method());
    const QByteArray hash =
        IdempotencyStore::requestHash(request.method(), request.path(), request.body());
    const auto replay = [&](const IdempotencyStore::Answer &answer) -> ApiResponse {
        // Another request under a key already used: refused, never answered with the first
        // request's result (the client would believe its second request was done).
        if (answer.method != method || answer.path != request.path() ||
            (!answer.requestHash.isEmpty() && answer.requestHash != hash)) {
            return ApiController::problem(Error::validation(
                {{QStringLiteral("Idempotency-Key"),
                  tr("This Idempotency-Key was already used for a different request; a retry "
                     "must send the same request, and a new request needs a new key.")}},
                QStringLiteral("idempotency-key-mismatch")));
        }
        ApiResponse response;
        response.status = answer.status;
        response.body = answer.body;
        restoreVersion(response);
        return response.withHeader("Idempotent-Replayed", "true");
    };

    Result<std::optional<IdempotencyStore::Answer>> earlier = m_ctx.idempotency.find(key, userId);
    if (!earlier)
        return ApiController::problem(earlier.error());
    if (earlier->has_value())
        return replay(**earlier);

    // The work and the key commit together; a refusal or a concurrent duplicate rolls back.
    ApiResponse response;
    Result<Done> done = m_ctx.store.transaction<Done>([&]() -> Result<Done> {
        response = dispatch(route, request);
        if (response.status < 200 || response.status >= 300)
            return simpleError(ErrorKind::Conflict, QStringLiteral("refused"), QString());
        return m_ctx.idempotency.save(
            key, userId, {method, request.path(), response.status, response.body, hash});
    });
    if (done || done.error().code == QLatin1String("refused"))
        return response;
    // Most likely a concurrent request with the same key committed first.
    Result<std::optional<IdempotencyStore::Answer>> winner = m_ctx.idempotency.find(key, userId);
    if (winner && winner->has_value())
        return replay(**winner);
    return ApiController::problem(done.error());
}

} // namespace bss
