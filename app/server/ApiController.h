#pragma once

#include "app/backend/JsonCodec.h"
#include "app/server/ApiRequest.h"
#include "app/server/ApiResponse.h"
#include "app/server/JsonAnswers.h"
#include "app/server/Router.h"
#include "app/server/ServerContext.h"

#include <QCoreApplication>

namespace bss {

// Base of the controllers, one per resource. The one place where an Error becomes an HTTP
// status and a problem+json body.
class ApiController {
    Q_DECLARE_TR_FUNCTIONS(bss::ApiController)
public:
    explicit ApiController(ServerContext &context)
        : m_ctx(context) {}
    virtual ~ApiController() = default;
    ApiController(const ApiController &) = delete;
    ApiController &operator=(const ApiController &) = delete;

    virtual void registerRoutes(Router &router) = 0;

    static int statusFor(const Error &error);
    static ApiResponse problem(const Error &error);

    static QString base() { return QStringLiteral("/api/v1"); }

protected:
    template <typename T> static ApiResponse reply(const Result<T> &result, int okStatus = 200) {
        if (!result)
            return problem(result.error());
        ApiResponse response;
        response.status = okStatus;
        response.body = body(result.value());
        addVersion(response, result.value());
        return response;
    }
    // The JSON of an answer: the hot ones straight from JsonWriter, the others through
    // QJsonObject. Both give the same bytes.
    template <typename T> static QByteArray body(const T &value) {
        return JsonCodec::serialize(JsonCodec::encode(value));
    }
    static QByteArray body(const Account &value) { return JsonAnswers::encode(value); }
    static QByteArray body(const Page<Account> &value) { return JsonAnswers::encode(value); }
    static QByteArray body(const Order &value) { return JsonAnswers::encode(value); }
    static QByteArray body(const Page<Order> &value) { return JsonAnswers::encode(value); }
    template <typename T> static ApiResponse replyList(const Result<QList<T>> &result) {
        if (!result)
            return problem(result.error());
        return ApiResponse::json(JsonCodec::encodeList(result.value()));
    }
    // 201 with Location (and ETag when versioned).
    template <typename T>
    static ApiResponse created(const Result<T> &result, const QString &collection) {
        ApiResponse response = reply(result, 201);
        if (result)
            response.withHeader("Location", (base() + collection + QLatin1Char('/') +
                                             QString::number(idOf(result.value())))
                                                .toLatin1());
        return response;
    }

    static ApiResponse count(const Result<qint64> &result) {
        if (!result)
            return problem(result.error());
        return ApiResponse::json(QJsonObject{{QStringLiteral("count"), result.value()}});
    }
    // Requests that take no body accept none, {} or an empty body.
    static std::optional<Error> expectNoFields(const ApiRequest &request);

    static void addVersion(ApiResponse &response, const Account &account) {
        etag(response, account.version);
    }
    static void addVersion(ApiResponse &response, const Order &order) {
        etag(response, order.version);
    }
    template <typename T> static void addVersion(ApiResponse &, const T &) {}
    static void etag(ApiResponse &response, qint64 version) {
        response.withHeader("ETag", '"' + QByteArray::number(version) + '"');
    }
    template <typename T> static Id idOf(const T &value) { return value.id; }

    ServerContext &m_ctx;
};

} // namespace bss
