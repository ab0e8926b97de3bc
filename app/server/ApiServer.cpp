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
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <exception>

Q_LOGGING_CATEGORY(lcServer, "bss.server")

// The OpenAPI document lives in this static library's resources.
static void initServerResources() {
    Q_INIT_RESOURCE(server);
}

namespace bss {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

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
    : QAbstractHttpServer(parent)
    , m_ctx(context) {
    initServerResources();
    m_controllers.push_back(std::make_unique<SystemController>(context));
    m_controllers.push_back(std::make_unique<AuthController>(context));
    m_controllers.push_back(std::make_unique<CatalogController>(context));
    m_controllers.push_back(std::make_unique<AccountController>(context));
    m_controllers.push_back(std::make_unique<OrderController>(context));
    m_controllers.push_back(std::make_unique<SubscriptionController>(context));
    m_controllers.push_back(std::make_unique<AuditController>(context));
    for (const auto &controller : m_controllers)
        controller->registerRoutes(m_router);
}

ApiServer::~ApiServer() = default;

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    QElapsedTimer timer;
    timer.start();
    const ApiResponse response = process(request);
    write(request, socket, response);
    qCInfo(lcServer).noquote() << methodName(request.method()) << request.url().path()
                               << response.status << timer.elapsed() << "ms"
                               << response.header("X-Request-Id");
    return true;
}

ApiResponse ApiServer::process(const QHttpServerRequest &raw) {
    const QByteArray requestId =
        QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
    ApiResponse response = answer(raw);
    // A failure of the server or its database is told in the log, with the words of the
    // driver; the client gets an id to quote, never those words (they describe the database).
    if (response.status >= 500 && response.status != 503) {
        const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
        qCCritical(lcServer).noquote()
            << "request" << requestId << methodName(raw.method()) << raw.url().path().left(200)
            << "failed with" << response.status << "-"
            << problem.value(QStringLiteral("detail")).toString();
        Error e = Error::internal(tr("The server failed to handle this request (request id %1). "
                                     "Its administrator finds the details in the server's log.")
                                      .arg(QString::fromLatin1(requestId)));
        e.code = QStringLiteral("internal-error");
        response = ApiController::problem(e);
    }
    return response.withHeader("X-Request-Id", requestId);
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    write(request, socket,
          ApiController::problem(
              Error::notFound(tr("The resource %1").arg(request.url().path().left(200)))));
}

void ApiServer::write(const QHttpServerRequest &request, QTcpSocket *socket,
                      const ApiResponse &response) {
    QHttpServerResponse out(response.contentType, response.body,
                            QHttpServerResponse::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        out.addHeader(name, value);
    out.write(makeResponder(request, socket));
}

ApiResponse ApiServer::answer(const QHttpServerRequest &raw) {
    const QByteArray method = methodName(raw.method());
    const QString path = raw.url().path();
    ApiRequest request(raw, method, path);

    if (raw.body().size() > maxBodySize) {
        return ApiController::problem(simpleError(ErrorKind::BadRequest,
                                                  QStringLiteral("payload-too-large"),
                                                  tr("The request body is larger than 1 MiB.")));
    }

    const Router::Match match = m_router.match(method, path);
    const bool isPublic =
        match.route ? match.route->access == Router::Access::Public : match.knownPublicPath;
    if (!isPublic) {
        const QString token = bearerToken(request);
        Result<AuthService::Identity> identity = m_ctx.auth.authenticate(token);
        if (!identity)
            return ApiController::problem(identity.error());
        request.setActor(identity->actor, identity->userId);
    }
    if (!match.route) {
        if (match.allowed.isEmpty())
            return ApiController::problem(
                Error::notFound(tr("The resource %1").arg(path.left(200))));
        QList<QByteArray> allowed = match.allowed;
        ApiResponse response = ApiController::problem(
            simpleError(ErrorKind::BadRequest, QStringLiteral("method-not-allowed"),
                        tr("%1 is not allowed here.").arg(QString::fromLatin1(method))));
        return response.withHeader("Allow", allowed.join(", "));
    }
    request.setParams(match.params);

    const QString key = QString::fromUtf8(request.header("Idempotency-Key"));
    if (match.route->replay == Router::Replay::WithIdempotencyKey && !key.isEmpty() &&
        request.userId())
        return withIdempotency(*match.route, request, key);
    return dispatch(*match.route, request);
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
