#include "app/backend/LocalBackend.h"

#include "app/services/DemoData.h"
#include "app/services/Permissions.h"
#include "app/services/Services.h"
#include "app/store/SqlStore.h"
#include "app/store/StoreBackup.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>
#include <QUuid>

Q_LOGGING_CATEGORY(lcLocal, "bss.backend.local")

namespace bss {

// Lives on the worker thread: owns the connection and the services that use it.
class LocalWorker : public QObject {
public:
    // The worker for counts (`counting`) opens its connection with its first call, and keeps
    // SQLite's small default page cache: a count reads an index once from end to end, and the
    // store's larger cache would only hold on to the memory.
    explicit LocalWorker(StoreConfig config, bool counting = false)
        : m_config(std::move(config))
        , m_counting(counting) {}

    Result<Done> open() {
        m_store = std::make_unique<SqlStore>(m_config, QStringLiteral("bss-local-") +
                                                           QUuid::createUuid().toString());
        Result<Done> opened = m_store->open();
        if (!opened) {
            m_store.reset();
            m_openError = opened.error();
            return opened;
        }
        if (m_counting)
            m_store->setPageCacheKiB(2000);
        m_services = std::make_unique<Services>(*m_store, m_clock);
        return opened;
    }

    Clock m_clock; // set before open()

    // Runs on the worker thread.
    template <typename T> Result<T> call(const std::function<Result<T>(Services &)> &work) {
        if (!m_services && m_counting && !m_openError)
            open();
        if (!m_services) {
            if (m_openError)
                return *m_openError;
            Error e = Error::internal(
                QCoreApplication::translate("bss::LocalBackend", "The store is not open."));
            e.kind = ErrorKind::Unavailable;
            return e;
        }
        return work(*m_services);
    }

    void close() {
        m_services.reset();
        m_store.reset();
    }

private:
    StoreConfig m_config;
    bool m_counting = false; // opens on demand, with a small page cache
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<Services> m_services;
    std::optional<Error> m_openError;
};

LocalBackend::LocalBackend(StoreConfig config, Actor actor, QObject *parent)
    : Backend(parent)
    , m_config(std::move(config))
    , m_actor(std::move(actor)) {
    // Known at once: the rules need no store to say what a role may do (the account's name
    // comes with me()).
    rememberMe(Me{m_actor.user, m_actor.role, m_actor.accountId, {}, permissionsOf(m_actor)});
    m_worker = new LocalWorker(m_config);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("bss-store"));
    m_thread.start();
    m_countWorker = new LocalWorker(m_config, true);
    m_countWorker->moveToThread(&m_countThread);
    m_countThread.setObjectName(QStringLiteral("bss-store-count"));
    m_countThread.start();
}

LocalBackend::~LocalBackend() {
    // Close the connection on the thread that opened it, then stop the thread.
    for (LocalWorker *worker : {m_worker, m_countWorker})
        QMetaObject::invokeMethod(
            worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    for (QThread *thread : {&m_thread, &m_countThread}) {
        thread->quit();
        thread->wait();
    }
    delete m_worker;
    delete m_countWorker;
}

Actor LocalBackend::defaultActor() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("local");
    return Actor{user, UserRole::Admin, {}};
}

void LocalBackend::setClock(std::function<QDateTime()> clock) {
    m_worker->m_clock = clock;
    m_countWorker->m_clock = std::move(clock);
}

QString LocalBackend::describe() const {
    return m_config.describe();
}

bool LocalBackend::canBackUpStore() const {
    return m_config.kind == StoreConfig::Kind::Sqlite && m_config.path != QLatin1String(":memory:");
}

QFuture<Result<Done>> LocalBackend::backUpStore(const QString &file) {
    // On the counting thread, with a connection of its own: the copy reads one snapshot while
    // the store thread goes on reading and writing.
    return run<Done>([config = m_config, file](Services &) { return backupStore(config, file); },
                     m_countWorker);
}

template <typename T>
QFuture<Result<T>> LocalBackend::run(std::function<Result<T>(Services &)> work,
                                     LocalWorker *worker) {
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    if (!worker)
        worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, promise, work = std::move(work)] {
        Result<T> result = worker->call<T>(work);
        if (!result)
            Q_EMIT requestFailed(result.error());
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

template <typename T>
QFuture<Result<T>> LocalBackend::write(std::function<Result<T>(Services &)> work,
                                       ChangesOf<T> changes) {
    return run<T>(std::move(work)).then(this, [this, changes](const Result<T> &r) {
        if (r)
            announce(changes(r.value()));
        return r;
    });
}

QFuture<Result<Done>> LocalBackend::open() {
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    QFuture<Result<Done>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, promise] {
        Result<Done> opened = worker->open();
        if (!opened)
            Q_EMIT requestFailed(opened.error());
        promise->addResult(std::move(opened));
        promise->finish();
    });
    return future;
}

QFuture<Result<Me>> LocalBackend::me() {
    return run<Me>([this, a = m_actor](Services &s) -> Result<Me> {
        Me me{a.user, a.role, a.accountId, {}, permissionsOf(a)};
        if (a.accountId) {
            const Result<Account> account = s.accounts.get(a, *a.accountId);
            if (!account)
                return account.error();
            me.accountName = account->name;
        }
        rememberMe(me);
        return me;
    });
}

QFuture<Result<bool>> LocalBackend::installDemoData() {
    return run<bool>([](Services &s) { return bss::installDemoData(s); });
}

QFuture<Result<QList<Platform>>> LocalBackend::platforms() {
    return run<QList<Platform>>([a = m_actor](Services &s) { return s.catalog.platforms(a); });
}

QFuture<Result<QList<Product>>> LocalBackend::products(const QString &platform) {
    return run<QList<Product>>(
        [a = m_actor, platform](Services &s) { return s.catalog.products(a, platform); });
}

QFuture<Result<Quote>> LocalBackend::quote(Id productId, int seats) {
    return run<Quote>([a = m_actor, productId, seats](Services &s) {
        return s.catalog.quote(a, productId, seats);
    });
}

QFuture<Result<Page<Account>>> LocalBackend::accounts(const AccountQuery &query) {
    return run<Page<Account>>(
        [a = m_actor, query](Services &s) { return s.accounts.list(a, query); });
}

QFuture<Result<qint64>> LocalBackend::countAccounts(const AccountQuery &query) {
    // Counts run on a connection of their own: counting a search over a million accounts may
    // take longer than a keystroke, and the next page must not wait behind it.
    return run<qint64>([a = m_actor, query](Services &s) { return s.accounts.count(a, query); },
                       m_countWorker);
}

QFuture<Result<Account>> LocalBackend::account(Id id) {
    return run<Account>([a = m_actor, id](Services &s) { return s.accounts.get(a, id); });
}

QFuture<Result<Account>> LocalBackend::createAccount(const NewAccount &account) {
    return write<Account>(
        [a = m_actor, account](Services &s) { return s.accounts.create(a, account); });
}

QFuture<Result<Account>> LocalBackend::updateAccount(Id id, qint64 version,
                                                     const AccountPatch &patch) {
    return write<Account>([a = m_actor, id, version, patch](Services &s) {
        return s.accounts.update(a, id, version, patch);
    });
}

QFuture<Result<PlatformSync>> LocalBackend::syncOptions(Id accountId, const QString &platform) {
    return run<PlatformSync>([a = m_actor, accountId, platform](Services &s) {
        return s.sync.get(a, accountId, platform);
    });
}

QFuture<Result<PlatformSync>> LocalBackend::saveSyncOptions(Id accountId, const QString &platform,
                                                            const SyncOptionsInput &input) {
    return write<PlatformSync>(
        [a = m_actor, accountId, platform, input](Services &s) {
            return s.sync.save(a, accountId, platform, input);
        },
        [accountId](const PlatformSync &sync) { return changesOf(accountId, sync); });
}

QFuture<Result<PlatformSync>> LocalBackend::saveAndSynchronize(Id accountId,
                                                               const QString &platform,
                                                               const SyncOptionsInput &input) {
    return write<PlatformSync>(
        [a = m_actor, accountId, platform, input](Services &s) {
            return s.sync.saveAndSynchronize(a, accountId, platform, input);
        },
        [accountId](const PlatformSync &sync) { return changesOf(accountId, sync); });
}

QFuture<Result<Page<Order>>> LocalBackend::orders(const OrderQuery &query) {
    return run<Page<Order>>([a = m_actor, query](Services &s) { return s.orders.list(a, query); });
}

QFuture<Result<qint64>> LocalBackend::countOrders(const OrderQuery &query) {
    return run<qint64>([a = m_actor, query](Services &s) { return s.orders.count(a, query); },
                       m_countWorker);
}

QFuture<Result<Order>> LocalBackend::order(Id id) {
    return run<Order>([a = m_actor, id](Services &s) { return s.orders.get(a, id); });
}

QFuture<Result<Order>> LocalBackend::createOrder(Id accountId) {
    return write<Order>(
        [a = m_actor, accountId](Services &s) { return s.orders.create(a, accountId); });
}

QFuture<Result<Order>> LocalBackend::addLine(Id orderId, Id productId, std::optional<int> seats) {
    return write<Order>([a = m_actor, orderId, productId, seats](Services &s) {
        return s.orders.addLine(a, orderId, productId, seats);
    });
}

QFuture<Result<Order>> LocalBackend::setSeats(Id orderId, qint64 version, Id lineId, int seats) {
    return write<Order>([a = m_actor, orderId, version, lineId, seats](Services &s) {
        return s.orders.setSeats(a, orderId, version, lineId, seats);
    });
}

QFuture<Result<Order>> LocalBackend::removeLine(Id orderId, qint64 version, Id lineId) {
    return write<Order>([a = m_actor, orderId, version, lineId](Services &s) {
        return s.orders.removeLine(a, orderId, version, lineId);
    });
}

QFuture<Result<Order>> LocalBackend::cancelOrder(Id orderId) {
    return write<Order>(
        [a = m_actor, orderId](Services &s) { return s.orders.cancel(a, orderId); });
}

QFuture<Result<Execution>> LocalBackend::executeOrder(Id orderId) {
    return write<Execution>(
        [a = m_actor, orderId](Services &s) { return s.orders.execute(a, orderId); });
}

QFuture<Result<Page<Subscription>>> LocalBackend::subscriptions(const SubscriptionQuery &query) {
    return run<Page<Subscription>>(
        [a = m_actor, query](Services &s) { return s.subscriptions.list(a, query); });
}

QFuture<Result<Subscription>> LocalBackend::subscription(Id id) {
    return run<Subscription>([a = m_actor, id](Services &s) { return s.subscriptions.get(a, id); });
}

QFuture<Result<QString>> LocalBackend::activationKey(Id subscriptionId) {
    return run<QString>([a = m_actor, subscriptionId](Services &s) {
        return s.subscriptions.activationKey(a, subscriptionId);
    });
}

QFuture<Result<Subscription>> LocalBackend::retryProvisioning(Id subscriptionId) {
    return write<Subscription>([a = m_actor, subscriptionId](Services &s) {
        return s.subscriptions.retryProvisioning(a, subscriptionId);
    });
}

QFuture<Result<ConfigurationChange>> LocalBackend::changeConfiguration(Id subscriptionId, int seats,
                                                                       bool dryRun) {
    // A dry run changes nothing: changesOf() announces nothing for it.
    return write<ConfigurationChange>([a = m_actor, subscriptionId, seats, dryRun](Services &s) {
        return s.subscriptions.change(a, subscriptionId, seats, dryRun);
    });
}

QFuture<Result<Purchase>> LocalBackend::purchase(Id accountId, Id productId, int seats,
                                                 const QString &quoteId) {
    return write<Purchase>([a = m_actor, accountId, productId, seats, quoteId](Services &s) {
        return s.subscriptions.purchase(a, accountId, productId, seats, quoteId);
    });
}

QFuture<Result<Page<AuditEntry>>> LocalBackend::audit(const AuditQuery &query) {
    return run<Page<AuditEntry>>(
        [a = m_actor, query](Services &s) { return s.audit.audit(a, query); });
}

QFuture<Result<Page<OutboxMessage>>> LocalBackend::outbox(const OutboxQuery &query) {
    return run<Page<OutboxMessage>>(
        [a = m_actor, query](Services &s) { return s.audit.outbox(a, query); });
}

} // namespace bss
