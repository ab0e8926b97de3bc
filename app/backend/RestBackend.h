#pragma once

#include "app/backend/Backend.h"
#include "app/backend/JsonCodec.h"

#include <QJsonObject>
#include <QMutex>
#include <QPromise>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace bss {

class RestWorker;

// The team mode: every Backend call is one HTTP request to bssdesk-server (API.md). A thin
// transport: the server runs the rules, this class only encodes, sends and decodes.
//
// The network runs on a thread of its own, so a caller may even wait on a future without
// freezing the replies; futures finish on that thread, and continuations attached with
// .then(context, ...) run on the context's thread. Writes carrying a version send
// If-Match "<version>"; a 412 comes back as ErrorKind::Stale, a 401 as Unauthorized (and
// sessionExpired()), a connection or TLS failure as Unavailable (code "tls-untrusted" when the
// server's certificate is not trusted). Every failed call is also announced by requestFailed()
// and every write by recordChanged(), both from the network thread (Backend.h).
//
// The code is in three files: RestTransport.cpp (the network thread, the session, HTTP),
// RestBackend.cpp (the Backend calls) and RestBackendUsers.cpp (sign-in and user management).
class RestBackend final : public Backend {
    Q_OBJECT
public:
    explicit RestBackend(QUrl serverUrl, QObject *parent = nullptr);
    ~RestBackend() override;

    // Trusts the CA certificates of this PEM file (besides the system's), for a server with a
    // certificate of the team's own CA.
    Result<Done> addCaCertificates(const QString &pemFile);
    // Seconds before a request without an answer counts as a network failure.
    void setTimeout(int milliseconds);

    QUrl serverUrl() const { return m_baseUrl; }
    // POST /auth/token, then GET /auth/me (lastMe()); finishes once both answered.
    QFuture<Result<Session>> login(const QString &username, const QString &password);
    void setSession(const Session &session); // e.g. a token kept from an earlier login
    Session session() const;
    bool isLoggedIn() const;
    void logout();

    // GET /health: {"status":"ok","store":...,"version":...}; needs no login.
    QFuture<Result<QJsonObject>> health();

    // User management (admin only on the server).
    QFuture<Result<QList<User>>> users();
    QFuture<Result<User>> createUser(const NewUser &user);
    QFuture<Result<User>> updateUser(Id id, const UserPatch &patch);
    QFuture<Result<Done>> deleteUser(Id id);

    QString describe() const override;
    Actor actor() const override;
    QFuture<Result<Me>> me() override;

    QFuture<Result<QList<Platform>>> platforms() override;
    QFuture<Result<QList<Product>>> products(const QString &platform) override;
    QFuture<Result<Quote>> quote(Id productId, int seats) override;
    QFuture<Result<Page<Account>>> accounts(const AccountQuery &query) override;
    QFuture<Result<qint64>> countAccounts(const AccountQuery &query) override;
    QFuture<Result<Account>> account(Id id) override;
    QFuture<Result<Account>> createAccount(const NewAccount &account) override;
    QFuture<Result<Account>> updateAccount(Id id, qint64 version,
                                           const AccountPatch &patch) override;
    QFuture<Result<PlatformSync>> syncOptions(Id accountId, const QString &platform) override;
    QFuture<Result<PlatformSync>> saveSyncOptions(Id accountId, const QString &platform,
                                                  const SyncOptionsInput &input) override;
    QFuture<Result<PlatformSync>> saveAndSynchronize(Id accountId, const QString &platform,
                                                     const SyncOptionsInput &input) override;
    QFuture<Result<Page<Order>>> orders(const OrderQuery &query) override;
    QFuture<Result<qint64>> countOrders(const OrderQuery &query) override;
    QFuture<Result<Order>> order(Id id) override;
    QFuture<Result<Order>> createOrder(Id accountId) override;
    QFuture<Result<Order>> addLine(Id orderId, Id productId, std::optional<int> seats) override;
    QFuture<Result<Order>> setSeats(Id orderId, qint64 version, Id lineId, int seats) override;
    QFuture<Result<Order>> removeLine(Id orderId, qint64 version, Id lineId) override;
    QFuture<Result<Order>> cancelOrder(Id orderId) override;
    QFuture<Result<Execution>> executeOrder(Id orderId) override;
    QFuture<Result<Page<Subscription>>> subscriptions(const SubscriptionQuery &query) override;
    QFuture<Result<Subscription>> subscription(Id id) override;
    QFuture<Result<QString>> activationKey(Id subscriptionId) override;
    QFuture<Result<Subscription>> retryProvisioning(Id subscriptionId) override;
    QFuture<Result<ConfigurationChange>> changeConfiguration(Id subscriptionId, int seats,
                                                             bool dryRun) override;
    QFuture<Result<Purchase>> purchase(Id accountId, Id productId, int seats,
                                       const QString &quoteId) override;
    QFuture<Result<Page<AuditEntry>>> audit(const AuditQuery &query) override;
    QFuture<Result<Page<OutboxMessage>>> outbox(const OutboxQuery &query) override;

private:
    // One HTTP exchange, described on the caller's thread and run on the network thread. Every
    // member has a default so that a call names only what it sets:
    //     Call{.verb = "PATCH", .path = ..., .body = ..., .ifMatch = version}
    struct Call {
        QByteArray verb = {};
        QString path = {}; // below /api/v1, already percent-encoded
        QUrlQuery query = {};
        std::optional<QJsonObject> body = std::nullopt;
        std::optional<qint64> ifMatch = std::nullopt;
        bool idempotent = false; // send an Idempotency-Key
    };
    struct Reply {
        int status = 0; // 0: no HTTP answer at all
        QByteArray body;
        QString networkError;
        bool tlsFailed = false; // the TLS handshake failed (untrusted or invalid certificate)
    };
    template <typename T> using Decoder = std::function<Result<T>(const QJsonValue &)>;
    // What a successful write of a T announces (Changes.h); empty for a read.
    template <typename T> using ChangesOf = std::function<Changes(const T &)>;

    template <typename T> static Decoder<T> decoder() {
        return [](const QJsonValue &v) { return JsonCodec::decode<T>(v); };
    }
    template <typename T> static Decoder<QList<T>> listDecoder() {
        return [](const QJsonValue &v) { return JsonCodec::decodeList<T>(v); };
    }
    template <typename T> static Decoder<Page<T>> pageDecoder() {
        return [](const QJsonValue &v) { return JsonCodec::decodePage<T>(v); };
    }

    // A read: sends `call` and decodes the answer.
    template <typename T> QFuture<Result<T>> send(Call call, Decoder<T> decode) {
        return exchange<T>(std::move(call), std::move(decode), nullptr);
    }
    // A write: like send(), and announces changesOf(result) (or `changes`) on success.
    template <typename T>
    QFuture<Result<T>> write(Call call, Decoder<T> decode, ChangesOf<T> changes) {
        return exchange<T>(std::move(call), std::move(decode), std::move(changes));
    }
    template <typename T> QFuture<Result<T>> write(Call call, Decoder<T> decode) {
        return write<T>(std::move(call), std::move(decode),
                        [](const T &value) { return changesOf(value); });
    }
    template <typename T>
    QFuture<Result<T>> exchange(Call call, Decoder<T> decode, ChangesOf<T> changes);

    void dispatch(Call call, std::function<void(const Reply &)> done);
    // On the network thread: the answer's JSON, or the Error the call fails with.
    Result<QJsonValue> payload(const Reply &reply, bool hadToken);
    Error replyError(const Reply &reply, bool hadToken);
    static QString pathText(const QString &text);
    static QString syncPath(Id accountId, const QString &platform);

    QUrl m_baseUrl;
    QThread m_thread;
    RestWorker *m_worker = nullptr; // lives on m_thread
    mutable QMutex m_mutex;         // guards m_session, written by login on the network thread
    Session m_session;
};

template <typename T>
QFuture<Result<T>> RestBackend::exchange(Call call, Decoder<T> decode, ChangesOf<T> changes) {
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    const bool hadToken = isLoggedIn();
    dispatch(std::move(call), [this, promise, decode = std::move(decode),
                               changes = std::move(changes), hadToken](const Reply &reply) {
        const Result<QJsonValue> json = payload(reply, hadToken);
        Result<T> result = json ? decode(json.value()) : Result<T>(json.error());
        // Announced before the future finishes, as Backend promises.
        if (!result)
            Q_EMIT requestFailed(result.error());
        else if (changes)
            announce(changes(result.value()));
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

} // namespace bss
