#include "app/backend/RestBackend.h"

namespace bss {

namespace {

QString enumText(const auto &value) {
    return value ? toString(*value) : QString();
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

// Reads use send(), writes write(): a write announces changesOf() of its result (Changes.h).

QFuture<Result<QList<Platform>>> RestBackend::platforms() {
    return send<QList<Platform>>(Call{.verb = "GET", .path = QStringLiteral("/platforms")},
                                 listDecoder<Platform>());
}

QFuture<Result<QList<Product>>> RestBackend::products(const QString &platform) {
    QUrlQuery q;
    addIf(q, QStringLiteral("platform"), platform);
    return send<QList<Product>>(
        Call{.verb = "GET", .path = QStringLiteral("/products"), .query = q},
        listDecoder<Product>());
}

QFuture<Result<Quote>> RestBackend::quote(Id productId, int seats) {
    return send<Quote>(Call{.verb = "POST",
                            .path = QStringLiteral("/products/%1/quote").arg(productId),
                            .body = QJsonObject{{QStringLiteral("seats"), seats}}},
                       decoder<Quote>());
}

QFuture<Result<Page<Account>>> RestBackend::accounts(const AccountQuery &query) {
    QUrlQuery q = accountFilter(query);
    addWindow(q, query);
    return send<Page<Account>>(Call{.verb = "GET", .path = QStringLiteral("/accounts"), .query = q},
                               pageDecoder<Account>());
}

QFuture<Result<qint64>> RestBackend::countAccounts(const AccountQuery &query) {
    return send<qint64>(Call{.verb = "GET",
                             .path = QStringLiteral("/accounts/count"),
                             .query = accountFilter(query)},
                        decoder<qint64>());
}

QFuture<Result<Account>> RestBackend::account(Id id) {
    return send<Account>(Call{.verb = "GET", .path = QStringLiteral("/accounts/%1").arg(id)},
                         decoder<Account>());
}

QFuture<Result<Account>> RestBackend::createAccount(const NewAccount &account) {
    return write<Account>(Call{.verb = "POST",
                               .path = QStringLiteral("/accounts"),
                               .body = JsonCodec::request(account),
                               .idempotent = true},
                          decoder<Account>());
}

QFuture<Result<Account>> RestBackend::updateAccount(Id id, qint64 version,
                                                    const AccountPatch &patch) {
    return write<Account>(Call{.verb = "PATCH",
                               .path = QStringLiteral("/accounts/%1").arg(id),
                               .body = JsonCodec::request(patch),
                               .ifMatch = version},
                          decoder<Account>());
}

QString RestBackend::syncPath(Id accountId, const QString &platform) {
    return QStringLiteral("/accounts/%1/sync/%2")
        .arg(QString::number(accountId), pathText(platform));
}

QFuture<Result<PlatformSync>> RestBackend::syncOptions(Id accountId, const QString &platform) {
    return send<PlatformSync>(Call{.verb = "GET", .path = syncPath(accountId, platform)},
                              decoder<PlatformSync>());
}

QFuture<Result<PlatformSync>> RestBackend::saveSyncOptions(Id accountId, const QString &platform,
                                                           const SyncOptionsInput &input) {
    return write<PlatformSync>(Call{.verb = "PUT",
                                    .path = syncPath(accountId, platform),
                                    .body = JsonCodec::request(input)},
                               decoder<PlatformSync>(), [accountId](const PlatformSync &sync) {
                                   return changesOf(accountId, sync);
                               });
}

QFuture<Result<PlatformSync>> RestBackend::saveAndSynchronize(Id accountId, const QString &platform,
                                                              const SyncOptionsInput &input) {
    return write<PlatformSync>(Call{.verb = "POST",
                                    .path = syncPath(accountId, platform),
                                    .body = JsonCodec::request(input)},
                               decoder<PlatformSync>(), [accountId](const PlatformSync &sync) {
                                   return changesOf(accountId, sync);
                               });
}

QFuture<Result<Page<Order>>> RestBackend::orders(const OrderQuery &query) {
    QUrlQuery q = orderFilter(query);
    addWindow(q, query);
    return send<Page<Order>>(Call{.verb = "GET", .path = QStringLiteral("/orders"), .query = q},
                             pageDecoder<Order>());
}

QFuture<Result<qint64>> RestBackend::countOrders(const OrderQuery &query) {
    return send<qint64>(
        Call{.verb = "GET", .path = QStringLiteral("/orders/count"), .query = orderFilter(query)},
        decoder<qint64>());
}

QFuture<Result<Order>> RestBackend::order(Id id) {
    return send<Order>(Call{.verb = "GET", .path = QStringLiteral("/orders/%1").arg(id)},
                       decoder<Order>());
}

QFuture<Result<Order>> RestBackend::createOrder(Id accountId) {
    return write<Order>(Call{.verb = "POST",
                             .path = QStringLiteral("/orders"),
                             .body = QJsonObject{{QStringLiteral("accountId"), accountId}},
                             .idempotent = true},
                        decoder<Order>());
}

QFuture<Result<Order>> RestBackend::addLine(Id orderId, Id productId, std::optional<int> seats) {
    return write<Order>(Call{.verb = "POST",
                             .path = QStringLiteral("/orders/%1/lines").arg(orderId),
                             .body = JsonCodec::request(AddLineRequest{productId, seats})},
                        decoder<Order>());
}

QFuture<Result<Order>> RestBackend::setSeats(Id orderId, qint64 version, Id lineId, int seats) {
    return write<Order>(Call{.verb = "PATCH",
                             .path = QStringLiteral("/orders/%1/lines/%2").arg(orderId).arg(lineId),
                             .body = QJsonObject{{QStringLiteral("seats"), seats}},
                             .ifMatch = version},
                        decoder<Order>());
}

QFuture<Result<Order>> RestBackend::removeLine(Id orderId, qint64 version, Id lineId) {
    return write<Order>(Call{.verb = "DELETE",
                             .path = QStringLiteral("/orders/%1/lines/%2").arg(orderId).arg(lineId),
                             .ifMatch = version},
                        decoder<Order>());
}

QFuture<Result<Order>> RestBackend::cancelOrder(Id orderId) {
    return write<Order>(
        Call{.verb = "POST", .path = QStringLiteral("/orders/%1/cancel").arg(orderId)},
        decoder<Order>());
}

QFuture<Result<Execution>> RestBackend::executeOrder(Id orderId) {
    return write<Execution>(Call{.verb = "POST",
                                 .path = QStringLiteral("/orders/%1/execute").arg(orderId),
                                 .idempotent = true},
                            decoder<Execution>());
}

QFuture<Result<Page<Subscription>>> RestBackend::subscriptions(const SubscriptionQuery &query) {
    QUrlQuery q;
    addId(q, QStringLiteral("accountId"), query.accountId);
    addId(q, QStringLiteral("productId"), query.productId);
    addIf(q, QStringLiteral("status"), enumText(query.status));
    addWindow(q, query);
    return send<Page<Subscription>>(
        Call{.verb = "GET", .path = QStringLiteral("/subscriptions"), .query = q},
        pageDecoder<Subscription>());
}

QFuture<Result<Subscription>> RestBackend::subscription(Id id) {
    return send<Subscription>(
        Call{.verb = "GET", .path = QStringLiteral("/subscriptions/%1").arg(id)},
        decoder<Subscription>());
}

QFuture<Result<QString>> RestBackend::activationKey(Id subscriptionId) {
    return send<QString>(
        Call{.verb = "GET",
             .path = QStringLiteral("/subscriptions/%1/activation-key").arg(subscriptionId)},
        [](const QJsonValue &v) {
            return JsonCodec::decode<QString>(v.toObject().value(QStringLiteral("activationKey")));
        });
}

QFuture<Result<Subscription>> RestBackend::retryProvisioning(Id subscriptionId) {
    return write<Subscription>(
        Call{.verb = "POST",
             .path = QStringLiteral("/subscriptions/%1/retry-provisioning").arg(subscriptionId)},
        decoder<Subscription>());
}

QFuture<Result<ConfigurationChange>> RestBackend::changeConfiguration(Id subscriptionId, int seats,
                                                                      bool dryRun) {
    // A dry run changes nothing: changesOf() announces nothing for it.
    return write<ConfigurationChange>(
        Call{.verb = "POST",
             .path = QStringLiteral("/subscriptions/%1/change").arg(subscriptionId),
             .body = JsonCodec::request(ChangeRequest{seats, dryRun}),
             .idempotent = !dryRun},
        decoder<ConfigurationChange>());
}

QFuture<Result<Purchase>> RestBackend::purchase(Id accountId, Id productId, int seats,
                                                const QString &quoteId) {
    return write<Purchase>(
        Call{.verb = "POST",
             .path = QStringLiteral("/storefront/purchase"),
             .body = JsonCodec::request(PurchaseRequest{accountId, productId, seats, quoteId}),
             .idempotent = true},
        decoder<Purchase>());
}

QFuture<Result<Page<AuditEntry>>> RestBackend::audit(const AuditQuery &query) {
    QUrlQuery q;
    addIf(q, QStringLiteral("entity"), query.entity);
    addId(q, QStringLiteral("entityId"), query.entityId);
    addPaging(q, query.limit, query.cursor);
    return send<Page<AuditEntry>>(Call{.verb = "GET", .path = QStringLiteral("/audit"), .query = q},
                                  pageDecoder<AuditEntry>());
}

QFuture<Result<Page<OutboxMessage>>> RestBackend::outbox(const OutboxQuery &query) {
    QUrlQuery q;
    addId(q, QStringLiteral("accountId"), query.accountId);
    addId(q, QStringLiteral("subscriptionId"), query.subscriptionId);
    addPaging(q, query.limit, query.cursor);
    return send<Page<OutboxMessage>>(
        Call{.verb = "GET", .path = QStringLiteral("/outbox"), .query = q},
        pageDecoder<OutboxMessage>());
}

} // namespace bss
