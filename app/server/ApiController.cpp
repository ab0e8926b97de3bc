#include "app/server/ApiController.h"

namespace bss {

int ApiController::statusFor(const Error &error) {
    switch (error.kind) {
    case ErrorKind::Validation:
        return 422;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::Stale:
        return 412;
    case ErrorKind::BadRequest:
        if (error.code == QLatin1String("precondition-required"))
            return 428;
        if (error.code == QLatin1String("payload-too-large"))
            return 413;
        if (error.code == QLatin1String("method-not-allowed"))
            return 405;
        return 400;
    case ErrorKind::Forbidden:
        return 403;
    case ErrorKind::Unauthorized:
        return error.code == QLatin1String("too-many-attempts") ? 429 : 401;
    case ErrorKind::Unavailable:
        return 503;
    case ErrorKind::Internal:
        break;
    }
    return 500;
}

ApiResponse ApiController::problem(const Error &error) {
    const int status = statusFor(error);
    ApiResponse response = ApiResponse::json(JsonCodec::problem(error, status), status);
    response.contentType = QByteArrayLiteral("application/problem+json");
    if (status == 401)
        response.withHeader("WWW-Authenticate", "Bearer realm=\"bssdesk\"");
    // The database is away (restarting, failing over): the next try may well succeed.
    if (status == 503)
        response.withHeader("Retry-After", "1");
    return response;
}

std::optional<Error> ApiController::expectNoFields(const ApiRequest &request) {
    const Result<QJsonObject> body = request.json();
    if (!body)
        return body.error();
    QList<FieldError> reasons;
    const QStringList keys = body->keys();
    for (const QString &key : keys)
        reasons.append({key.left(40), tr("Unknown field \"%1\".").arg(key.left(40))});
    if (reasons.isEmpty())
        return std::nullopt;
    return JsonCodec::badRequest(reasons);
}

} // namespace bss
