// RestBackend: signing in, the server's health, and user management (admins only).
#include "app/backend/RestBackend.h"

namespace bss {

QFuture<Result<Session>> RestBackend::login(const QString &username, const QString &password) {
    auto promise = std::make_shared<QPromise<Result<Session>>>();
    QFuture<Result<Session>> future = promise->future();
    promise->start();
    const auto finish = [promise](Result<Session> r) {
        promise->addResult(std::move(r));
        promise->finish();
    };
    // The continuations run on the network thread, where each answer arrives.
    send<Session>(Call{.verb = "POST",
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
                  })
        .then([this, finish](const Result<Session> &session) {
            if (!session)
                return finish(session);
            // The window is built for what the user may do: known before the login finishes.
            me().then([finish, session](const Result<Me> &me) {
                finish(me ? session : Result<Session>(me.error()));
            });
        });
    return future;
}

QFuture<Result<Me>> RestBackend::me() {
    return send<Me>(Call{.verb = "GET", .path = QStringLiteral("/auth/me")},
                    [this](const QJsonValue &v) {
                        Result<Me> me = JsonCodec::decode<Me>(v);
                        if (me)
                            rememberMe(*me);
                        return me;
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

QFuture<Result<Done>> RestBackend::deleteUser(Id id) {
    return write<Done>(
        Call{.verb = "DELETE", .path = QStringLiteral("/users/%1").arg(id)},
        [](const QJsonValue &) -> Result<Done> { return Done{}; },
        [](const Done &) { return Changes{}; });
}

QFuture<Result<User>> RestBackend::updateUser(Id id, const UserPatch &patch) {
    return write<User>(Call{.verb = "PATCH",
                            .path = QStringLiteral("/users/%1").arg(id),
                            .body = JsonCodec::request(patch)},
                       decoder<User>());
}

} // namespace bss
