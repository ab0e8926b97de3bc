// RestBackend: signing in, the server's health, and user management (admins only).
#include "app/backend/RestBackend.h"

namespace bss {

QFuture<Result<Session>> RestBackend::login(const QString &username, const QString &password) {
    return send<Session>(Call{.verb = "POST",
                              .path = QStringLiteral("/auth/token"),
                              .body = JsonCodec::request(LoginRequest{username, password})},
                         [this, username](const QJsonValue &v) {
                             Result<Session> s = JsonCodec::decode<Session>(v);
                             if (s) {
                                 if (s->username.isEmpty())
                                     s->username = username;
                                 setSession(*s);
                             }
                             return s;
                         });
}

QFuture<Result<QJsonObject>> RestBackend::health() {
    return send<QJsonObject>(
        Call{.verb = "GET", .path = QStringLiteral("/health")},
        [](const QJsonValue &v) -> Result<QJsonObject> { return v.toObject(); });
}

QFuture<Result<QList<User>>> RestBackend::users() {
    return send<QList<User>>(Call{.verb = "GET", .path = QStringLiteral("/users")},
                             listDecoder<User>());
}

QFuture<Result<User>> RestBackend::createUser(const NewUser &user) {
    return write<User>(Call{.verb = "POST",
                            .path = QStringLiteral("/users"),
                            .body = JsonCodec::request(user),
                            .idempotent = true},
                       decoder<User>());
}

QFuture<Result<User>> RestBackend::updateUser(Id id, const UserPatch &patch) {
    return write<User>(Call{.verb = "PATCH",
                            .path = QStringLiteral("/users/%1").arg(id),
                            .body = JsonCodec::request(patch)},
                       decoder<User>());
}

} // namespace bss
