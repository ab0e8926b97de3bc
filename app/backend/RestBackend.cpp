#include "app/backend/RestBackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QUuid>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcRest, "bss.rest")

namespace bss {

namespace {

QString enumText(const auto &value) {
    return value ? toString(*value) : QString();
}

// The record a successful write touched, for recordChanged().
Id idOf(const Account &v) {
    return v.id;
}
Id idOf(const Order &v) {
    return v.id;
}
Id idOf(const Execution &v) {
    return v.order.id;
}
Id idOf(const Purchase &v) {
    return v.order.id;
}
Id idOf(const Subscription &v) {
    return v.id;
}
Id idOf(const ConfigurationChange &v) {
    return v.subscriptionId;
}
Id idOf(const User &v) {
    return v.id;
}
template <typename T> Id idOf(const T &) {
    return 0;
}
} // namespace

// Owns the QNetworkAccessManager on the network thread. Everything it does runs there.
class RestWorker : public QObject {
public:
    QNetworkAccessManager *manager() {
        if (!m_manager)
            m_manager = new QNetworkAccessManager(this);
        return m_manager;
    }
    int m_timeoutMs = 30000;
#if QT_CONFIG(ssl)
    void addCas(const QList<QSslCertificate> &certs) {
        // The system's roots are read once here: a configuration with extra CAs no longer
        // loads them on demand, and the team's CA is meant to be trusted besides them.
        if (!m_ssl)
            m_ssl = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> all = m_ssl->caCertificates();
        if (all.isEmpty())
            all = QSslConfiguration::systemCaCertificates();
        m_ssl->setCaCertificates(all + certs);
    }
    // Set once CA certificates were added; requests to https URLs use it.
    std::optional<QSslConfiguration> m_ssl;
#endif

private:
    QNetworkAccessManager *m_manager = nullptr;
};

RestBackend::RestBackend(QUrl serverUrl, QObject *parent)
    : Backend(parent)
    , m_baseUrl(std::move(serverUrl))
    , m_worker(new RestWorker) {
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/api/v1")))
        path += QStringLiteral("/api/v1");
    m_baseUrl.setPath(path);
    m_thread.setObjectName(QStringLiteral("bss-rest"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

RestBackend::~RestBackend() {
    m_thread.quit();
    m_thread.wait();
}

Result<Done> RestBackend::addCaCertificates(const QString &pemFile) {
#if QT_CONFIG(ssl)
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::validation({{QStringLiteral("caFile"), tr("Cannot read %1.").arg(pemFile)}});
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return Error::validation(
            {{QStringLiteral("caFile"), tr("%1 holds no PEM certificate.").arg(pemFile)}});
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, certs] { worker->addCas(certs); },
        Qt::BlockingQueuedConnection);
    return Done{};
#else
    Q_UNUSED(pemFile)
    return Error::validation({{QStringLiteral("caFile"), tr("This build has no TLS support.")}});
#endif
}

void RestBackend::setTimeout(int milliseconds) {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, milliseconds] { worker->m_timeoutMs = milliseconds; },
        Qt::QueuedConnection);
}

QString RestBackend::describe() const {
    const Session s = session();
    const QString where = m_baseUrl.toDisplayString(QUrl::RemovePath | QUrl::RemoveUserInfo);
    return s.token.isEmpty() ? tr("Server: %1").arg(where)
                             : tr("Server: %1 (%2)").arg(where, s.username);
}

Actor RestBackend::actor() const {
    const Session s = session();
    return Actor{s.username, s.role, s.accountId};
}

void RestBackend::setSession(const Session &session) {
    QMutexLocker lock(&m_mutex);
    m_session = session;
}

Session RestBackend::session() const {
    QMutexLocker lock(&m_mutex);
    return m_session;
}

bool RestBackend::isLoggedIn() const {
    return !session().token.isEmpty();
}

void RestBackend::logout() {
    setSession({});
}

QString RestBackend::pathText(const QString &text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// --- transport ----------------------------------------------------------------------------

void RestBackend::dispatch(Call call, std::function<void(const Reply &)> done) {
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + call.path, QUrl::StrictMode);
    if (!call.query.isEmpty())
        url.setQuery(call.query);
    const QString token = session().token;

    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, url, token, call = std::move(call), done = std::move(done)] {
            QNetworkRequest request(url);
            request.setTransferTimeout(worker->m_timeoutMs);
            request.setRawHeader("Accept", "application/json");
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            if (call.ifMatch)
                request.setRawHeader("If-Match", '"' + QByteArray::number(*call.ifMatch) + '"');
            if (call.idempotent)
                request.setRawHeader("Idempotency-Key",
                                     QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
#if QT_CONFIG(ssl)
            if (worker->m_ssl && url.scheme() == QLatin1String("https"))
                request.setSslConfiguration(*worker->m_ssl);
#endif
            QByteArray payload;
            if (call.body) {
                payload = JsonCodec::serialize(*call.body);
                request.setHeader(QNetworkRequest::ContentTypeHeader,
                                  QByteArrayLiteral("application/json"));
            }
            QNetworkReply *reply =
                worker->manager()->sendCustomRequest(request, call.verb, payload);
            QObject::connect(reply, &QNetworkReply::finished, worker, [reply, done] {
                reply->deleteLater();
                Reply r;
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                if (status.isValid()) {
                    r.status = status.toInt();
                    r.body = reply->readAll();
                } else {
                    r.networkError = reply->errorString();
                    r.tlsFailed = reply->error() == QNetworkReply::SslHandshakeFailedError;
                }
                done(r);
            });
        },
        Qt::QueuedConnection);
}

Error RestBackend::replyError(const Reply &reply, bool hadToken) {
    if (reply.status == 0) {
        Error e;
        e.kind = ErrorKind::Unavailable;
        e.code = QStringLiteral("unavailable");
        if (reply.tlsFailed) {
            e.code = QStringLiteral("tls-untrusted");
            e.message = tr("The server %1 has a certificate this computer does not trust: %2")
                            .arg(m_baseUrl.host(), reply.networkError);
        } else {
            e.message =
                tr("The server %1 cannot be reached: %2").arg(m_baseUrl.host(), reply.networkError);
        }
        qCWarning(lcRest) << "network failure:" << reply.networkError;
        return e;
    }
    Error e = JsonCodec::errorFromProblem(reply.body, reply.status);
    if (reply.status == 412 && e.message.isEmpty())
        e = Error::stale(tr("record"));
    if (reply.status == 401 && hadToken)
        Q_EMIT sessionExpired();
    return e;
}

template <typename T>
QFuture<Result<T>> RestBackend::send(Call call,
                                     std::function<Result<T>(const QJsonValue &)> decode) {
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    const QString entity = call.changedEntity;
    const Id changedId = call.changedId;
    const bool hadToken = isLoggedIn();
    dispatch(std::move(call), [this, promise, decode = std::move(decode), entity, changedId,
                               hadToken](const Reply &reply) {
        Result<T> result;
        if (reply.status >= 200 && reply.status < 300) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                result = JsonCodec::malformed(QStringLiteral("JSON"));
            else
                result = decode(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        } else {
            result = replyError(reply, hadToken);
        }
        const bool ok = result.ok();
        const Id id = ok ? (changedId ? changedId : idOf(result.value())) : 0;
        if (!ok)
            Q_EMIT requestFailed(result.error());
        promise->addResult(std::move(result));
        promise->finish();
        if (ok && !entity.isEmpty())
            Q_EMIT recordChanged(entity, id);
    });
    return future;
}

namespace {
template <typename T> std::function<Result<T>(const QJsonValue &)> decoder() {
    return [](const QJsonValue &v) { return JsonCodec::decode<T>(v); };
}
template <typename T> std::function<Result<QList<T>>(const QJsonValue &)> listDecoder() {
    return [](const QJsonValue &v) { return JsonCodec::decodeList<T>(v); };
}
template <typename T> std::function<Result<Page<T>>(const QJsonValue &)> pageDecoder() {
    return [](const QJsonValue &v) { return JsonCodec::decodePage<T>(v); };
}

void addPaging(QUrlQuery &q, int limit, const QString &cursor) {
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), cursor);
}

template <typename Query> void addWindow(QUrlQuery &q, const Query &query) {
    addPaging(q, query.limit, query.cursor);
    if (query.offset != 0)
        q.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    if (query.fromEnd)
        q.addQueryItem(QStringLiteral("fromEnd"), QStringLiteral("true"));
}

void addIf(QUrlQuery &q, const QString &name, const QString &value) {
    if (!value.isEmpty())
        q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

void addId(QUrlQuery &q, const QString &name, const std::optional<Id> &value) {
    if (value)
        q.addQueryItem(name, QString::number(*value));
}

QUrlQuery accountFilter(const AccountQuery &query) {
    QUrlQuery q;
    addIf(q, QStringLiteral("q"), query.q);
    addIf(q, QStringLiteral("type"), enumText(query.type));
    addId(q, QStringLiteral("parentId"), query.parentId);
    addIf(q, QStringLiteral("platform"), query.platform);
    addIf(q, QStringLiteral("syncStatus"), enumText(query.syncStatus));
    return q;
}

QUrlQuery orderFilter(const OrderQuery &query) {
    QUrlQuery q;
    addId(q, QStringLiteral("accountId"), query.accountId);
    addIf(q, QStringLiteral("status"), enumText(query.status));
    addIf(q, QStringLiteral("q"), query.q);
    return q;
}
} // namespace

// --- session and users --------------------------------------------------------------------

QFuture<Result<Session>> RestBackend::login(const QString &username, const QString &password) {
    Call call{"POST", QStringLiteral("/auth/token"),
              {},     JsonCodec::request(LoginRequest{username, password}),
              {},     false,
              {}};
    return send<Session>(std::move(call), [this, username](const QJsonValue &v) {
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
        Call{"GET", QStringLiteral("/health"), {}, {}, {}, false, {}},
        [](const QJsonValue &v) -> Result<QJsonObject> { return v.toObject(); });
}

QFuture<Result<QList<User>>> RestBackend::users() {
    return send<QList<User>>(Call{"GET", QStringLiteral("/users"), {}, {}, {}, false, {}},
                             listDecoder<User>());
}

QFuture<Result<User>> RestBackend::createUser(const NewUser &user) {
    return send<User>(Call{"POST",
                           QStringLiteral("/users"),
                           {},
                           JsonCodec::request(user),
                           {},
                           true,
                           QStringLiteral("user")},
                      decoder<User>());
}

QFuture<Result<User>> RestBackend::updateUser(Id id, const UserPatch &patch) {
    return send<User>(Call{"PATCH",
                           QStringLiteral("/users/") + pathId(id),
                           {},
                           JsonCodec::request(patch),
                           {},
                           false,
                           QStringLiteral("user")},
                      decoder<User>());
}

// --- Backend --------------------------------------------------------------------------------

QFuture<Result<QList<Platform>>> RestBackend::platforms() {
    return send<QList<Platform>>(Call{"GET", QStringLiteral("/platforms"), {}, {}, {}, false, {}},
                                 listDecoder<Platform>());
}

QFuture<Result<QList<Product>>> RestBackend::products(const QString &platform) {
    QUrlQuery q;
    addIf(q, QStringLiteral("platform"), platform);
    return send<QList<Product>>(Call{"GET", QStringLiteral("/products"), q, {}, {}, false, {}},
                                listDecoder<Product>());
}

QFuture<Result<Quote>> RestBackend::quote(Id productId, int seats) {
    return send<Quote>(
        Call{"POST",
             QStringLiteral("/products/") + pathId(productId) + QStringLiteral("/quote"),
             {},
             QJsonObject{{QStringLiteral("seats"), seats}},
             {},
             false,
             {}},
        decoder<Quote>());
}

QFuture<Result<Page<Account>>> RestBackend::accounts(const AccountQuery &query) {
    QUrlQuery q = accountFilter(query);
    addWindow(q, query);
    return send<Page<Account>>(Call{"GET", QStringLiteral("/accounts"), q, {}, {}, false, {}},
                               pageDecoder<Account>());
}

QFuture<Result<qint64>> RestBackend::countAccounts(const AccountQuery &query) {
    return send<qint64>(
        Call{"GET", QStringLiteral("/accounts/count"), accountFilter(query), {}, {}, false, {}},
        decoder<qint64>());
}

QFuture<Result<Account>> RestBackend::account(Id id) {
    return send<Account>(
        Call{"GET", QStringLiteral("/accounts/") + pathId(id), {}, {}, {}, false, {}},
        decoder<Account>());
}

QFuture<Result<Account>> RestBackend::createAccount(const NewAccount &account) {
    return send<Account>(Call{"POST",
                              QStringLiteral("/accounts"),
                              {},
                              JsonCodec::request(account),
                              {},
                              true,
                              QStringLiteral("account")},
                         decoder<Account>());
}

QFuture<Result<Account>> RestBackend::updateAccount(Id id, qint64 version,
                                                    const AccountPatch &patch) {
    return send<Account>(Call{"PATCH",
                              QStringLiteral("/accounts/") + pathId(id),
                              {},
                              JsonCodec::request(patch),
                              version,
                              false,
                              QStringLiteral("account")},
                         decoder<Account>());
}

QFuture<Result<PlatformSync>> RestBackend::syncOptions(Id accountId, const QString &platform) {
    return send<PlatformSync>(Call{"GET",
                                   QStringLiteral("/accounts/") + pathId(accountId) +
                                       QStringLiteral("/sync/") + pathText(platform),
                                   {},
                                   {},
                                   {},
                                   false,
                                   {}},
                              decoder<PlatformSync>());
}

QFuture<Result<PlatformSync>> RestBackend::saveSyncOptions(Id accountId, const QString &platform,
                                                           const SyncOptionsInput &input) {
    return send<PlatformSync>(Call{"PUT",
                                   QStringLiteral("/accounts/") + pathId(accountId) +
                                       QStringLiteral("/sync/") + pathText(platform),
                                   {},
                                   JsonCodec::request(input),
                                   {},
                                   false,
                                   QStringLiteral("account"),
                                   accountId},
                              decoder<PlatformSync>());
}

QFuture<Result<PlatformSync>> RestBackend::saveAndSynchronize(Id accountId, const QString &platform,
                                                              const SyncOptionsInput &input) {
    return send<PlatformSync>(Call{"POST",
                                   QStringLiteral("/accounts/") + pathId(accountId) +
                                       QStringLiteral("/sync/") + pathText(platform),
                                   {},
                                   JsonCodec::request(input),
                                   {},
                                   false,
                                   QStringLiteral("account"),
                                   accountId},
                              decoder<PlatformSync>());
}

QFuture<Result<Page<Order>>> RestBackend::orders(const OrderQuery &query) {
    QUrlQuery q = orderFilter(query);
    addWindow(q, query);
    return send<Page<Order>>(Call{"GET", QStringLiteral("/orders"), q, {}, {}, false, {}},
                             pageDecoder<Order>());
}

QFuture<Result<qint64>> RestBackend::countOrders(const OrderQuery &query) {
    return send<qint64>(
        Call{"GET", QStringLiteral("/orders/count"), orderFilter(query), {}, {}, false, {}},
        decoder<qint64>());
}

QFuture<Result<Order>> RestBackend::order(Id id) {
    return send<Order>(Call{"GET", QStringLiteral("/orders/") + pathId(id), {}, {}, {}, false, {}},
                       decoder<Order>());
}

QFuture<Result<Order>> RestBackend::createOrder(Id accountId) {
    return send<Order>(Call{"POST",
                            QStringLiteral("/orders"),
                            {},
                            QJsonObject{{QStringLiteral("accountId"), accountId}},
                            {},
                            true,
                            QStringLiteral("order")},
                       decoder<Order>());
}

QFuture<Result<Order>> RestBackend::addLine(Id orderId, Id productId, std::optional<int> seats) {
    return send<Order>(Call{"POST",
                            QStringLiteral("/orders/") + pathId(orderId) + QStringLiteral("/lines"),
                            {},
                            JsonCodec::request(AddLineRequest{productId, seats}),
                            {},
                            false,
                            QStringLiteral("order")},
                       decoder<Order>());
}

QFuture<Result<Order>> RestBackend::setSeats(Id orderId, qint64 version, Id lineId, int seats) {
    return send<Order>(Call{"PATCH",
                            QStringLiteral("/orders/") + pathId(orderId) +
                                QStringLiteral("/lines/") + pathId(lineId),
                            {},
                            QJsonObject{{QStringLiteral("seats"), seats}},
                            version,
                            false,
                            QStringLiteral("order")},
                       decoder<Order>());
}

QFuture<Result<Order>> RestBackend::removeLine(Id orderId, qint64 version, Id lineId) {
    return send<Order>(Call{"DELETE",
                            QStringLiteral("/orders/") + pathId(orderId) +
                                QStringLiteral("/lines/") + pathId(lineId),
                            {},
                            {},
                            version,
                            false,
                            QStringLiteral("order")},
                       decoder<Order>());
}

QFuture<Result<Order>> RestBackend::cancelOrder(Id orderId) {
    return send<Order>(
        Call{"POST",
             QStringLiteral("/orders/") + pathId(orderId) + QStringLiteral("/cancel"),
             {},
             {},
             {},
             false,
             QStringLiteral("order")},
        decoder<Order>());
}

QFuture<Result<Execution>> RestBackend::executeOrder(Id orderId) {
    return send<Execution>(
        Call{"POST",
             QStringLiteral("/orders/") + pathId(orderId) + QStringLiteral("/execute"),
             {},
             {},
             {},
             true,
             QStringLiteral("order")},
        decoder<Execution>());
}

QFuture<Result<Page<Subscription>>> RestBackend::subscriptions(const SubscriptionQuery &query) {
    QUrlQuery q;
    addId(q, QStringLiteral("accountId"), query.accountId);
    addId(q, QStringLiteral("productId"), query.productId);
    addIf(q, QStringLiteral("status"), enumText(query.status));
    addWindow(q, query);
    return send<Page<Subscription>>(
        Call{"GET", QStringLiteral("/subscriptions"), q, {}, {}, false, {}},
        pageDecoder<Subscription>());
}

QFuture<Result<Subscription>> RestBackend::subscription(Id id) {
    return send<Subscription>(
        Call{"GET", QStringLiteral("/subscriptions/") + pathId(id), {}, {}, {}, false, {}},
        decoder<Subscription>());
}

QFuture<Result<QString>> RestBackend::activationKey(Id subscriptionId) {
    return send<QString>(Call{"GET",
                              QStringLiteral("/subscriptions/") + pathId(subscriptionId) +
                                  QStringLiteral("/activation-key"),
                              {},
                              {},
                              {},
                              false,
                              {}},
                         [](const QJsonValue &v) {
                             return JsonCodec::decode<QString>(
                                 v.toObject().value(QStringLiteral("activationKey")));
                         });
}

QFuture<Result<Subscription>> RestBackend::retryProvisioning(Id subscriptionId) {
    return send<Subscription>(Call{"POST",
                                   QStringLiteral("/subscriptions/") + pathId(subscriptionId) +
                                       QStringLiteral("/retry-provisioning"),
                                   {},
                                   {},
                                   {},
                                   false,
                                   QStringLiteral("subscription")},
                              decoder<Subscription>());
}

QFuture<Result<ConfigurationChange>> RestBackend::changeConfiguration(Id subscriptionId, int seats,
                                                                      bool dryRun) {
    return send<ConfigurationChange>(
        Call{"POST",
             QStringLiteral("/subscriptions/") + pathId(subscriptionId) + QStringLiteral("/change"),
             {},
             JsonCodec::request(ChangeRequest{seats, dryRun}),
             {},
             !dryRun,
             dryRun ? QString() : QStringLiteral("subscription")},
        decoder<ConfigurationChange>());
}

QFuture<Result<Purchase>> RestBackend::purchase(Id accountId, Id productId, int seats,
                                                const QString &quoteId) {
    return send<Purchase>(
        Call{"POST",
             QStringLiteral("/storefront/purchase"),
             {},
             JsonCodec::request(PurchaseRequest{accountId, productId, seats, quoteId}),
             {},
             true,
             QStringLiteral("subscription")},
        decoder<Purchase>());
}

QFuture<Result<Page<AuditEntry>>> RestBackend::audit(const AuditQuery &query) {
    QUrlQuery q;
    addIf(q, QStringLiteral("entity"), query.entity);
    addId(q, QStringLiteral("entityId"), query.entityId);
    addPaging(q, query.limit, query.cursor);
    return send<Page<AuditEntry>>(Call{"GET", QStringLiteral("/audit"), q, {}, {}, false, {}},
                                  pageDecoder<AuditEntry>());
}

QFuture<Result<Page<OutboxMessage>>> RestBackend::outbox(const OutboxQuery &query) {
    QUrlQuery q;
    addId(q, QStringLiteral("accountId"), query.accountId);
    addId(q, QStringLiteral("subscriptionId"), query.subscriptionId);
    addPaging(q, query.limit, query.cursor);
    return send<Page<OutboxMessage>>(Call{"GET", QStringLiteral("/outbox"), q, {}, {}, false, {}},
                                     pageDecoder<OutboxMessage>());
}

} // namespace bss
