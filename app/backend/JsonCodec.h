#pragma once

#include "app/domain/Permissions.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/domain/Users.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace bss {

// Request bodies of the REST API that are not domain values of their own.
struct AddLineRequest {
    Id productId = 0;
    std::optional<int> seats;
};

struct ChangeRequest {
    int seats = 0;
    bool dryRun = false;
};

struct PurchaseRequest {
    Id accountId = 0;
    Id productId = 0;
    int seats = 0;
    QString quoteId;
};

struct LoginRequest {
    QString username;
    QString password;
};

// JSON <-> domain values, shared by bssdesk-server and RestBackend so that both sides agree
// on every field name (camelCase), amount ("12.50" beside a "currency"), and time (ISO 8601
// UTC). Request bodies are read strictly: an unknown field, a wrong JSON type, a fraction
// where an integer belongs or a number out of range is a BadRequest that lists every reason.
// What the rules say about the values (text length, seats limits, ...) is the services' job.
class JsonCodec {
public:
    // The body of a request: an object, or a BadRequest saying why not.
    static Result<QJsonObject> parseObject(const QByteArray &body);
    static QByteArray serialize(const QJsonObject &object);

    static QJsonValue dateTime(const QDateTime &value); // null when invalid
    static QJsonValue date(const QDate &value);
    static std::optional<QDateTime> parseDateTime(const QString &text);

    // Server answers
    static QJsonObject encode(const Platform &value);
    static QJsonObject encode(const Product &value);
    static QJsonObject encode(const Quote &value, const QString &currency);
    static QJsonObject encode(const PlatformSync &value);
    static QJsonObject encode(const Account &value);
    static QJsonObject encode(const Order &value);
    static QJsonObject encode(const Subscription &value);
    static QJsonObject encode(const Execution &value);
    static QJsonObject encode(const ConfigurationChange &value);
    static QJsonObject encode(const Purchase &value);
    static QJsonObject encode(const AuditEntry &value);
    static QJsonObject encode(const OutboxMessage &value);
    static QJsonObject encode(const Session &value);
    static QJsonObject encode(const User &value);
    static QJsonObject encode(const Me &value);
    template <typename T> static QJsonObject encode(const Page<T> &page) {
        QJsonArray items;
        for (const T &item : page.items)
            items.append(encode(item));
        return {{QStringLiteral("items"), items},
                {QStringLiteral("nextCursor"),
                 page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}};
    }
    template <typename T> static QJsonArray encodeList(const QList<T> &list) {
        QJsonArray items;
        for (const T &item : list)
            items.append(encode(item));
        return items;
    }

    // Reading server answers (RestBackend). Tolerant of fields it does not know, so that an
    // older client keeps working against a newer server; strict about types.
    template <typename T> static Result<T> decode(const QJsonValue &value);
    template <typename T> static Result<QList<T>> decodeList(const QJsonValue &value) {
        if (!value.isArray())
            return malformed(QStringLiteral("a list"));
        QList<T> list;
        const QJsonArray array = value.toArray();
        list.reserve(array.size());
        for (const QJsonValue &item : array) {
            Result<T> one = decode<T>(item);
            if (!one)
                return one.error();
            list.append(std::move(one).value());
        }
        return list;
    }
    template <typename T> static Result<Page<T>> decodePage(const QJsonValue &value) {
        const QJsonObject object = value.toObject();
        Result<QList<T>> items = decodeList<T>(object.value(QStringLiteral("items")));
        if (!items)
            return items.error();
        Page<T> page;
        page.items = std::move(items).value();
        page.nextCursor = object.value(QStringLiteral("nextCursor")).toString();
        return page;
    }

    // An error answer (application/problem+json) back into the Error the server started from.
    static QJsonObject problem(const Error &error, int status);
    static Error errorFromProblem(const QByteArray &body, int status);

    // Request bodies the client sends ...
    static QJsonObject request(const NewAccount &value);
    static QJsonObject request(const AccountPatch &value);
    static QJsonObject request(const SyncOptionsInput &value);
    static QJsonObject request(const AddLineRequest &value);
    static QJsonObject request(const ChangeRequest &value);
    static QJsonObject request(const PurchaseRequest &value);
    static QJsonObject request(const LoginRequest &value);
    static QJsonObject request(const NewUser &value);
    static QJsonObject request(const UserPatch &value);

    // ... and the server reads, strictly.
    template <typename T> static Result<T> readRequest(const QJsonObject &body);
    // {"seats": n} (quote, pencil panel) and {"accountId": n} (new order).
    static Result<int> readSeats(const QJsonObject &body);
    static Result<Id> readAccountId(const QJsonObject &body);

    // A BadRequest error with the reasons given.
    static Error badRequest(QList<FieldError> reasons);
    static Error malformed(const QString &expected);
};

} // namespace bss
