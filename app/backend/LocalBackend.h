#pragma once

#include "app/backend/Backend.h"
#include "app/store/StoreConfig.h"

#include <QThread>

#include <functional>
#include <memory>

namespace bss {

class Services;
class LocalWorker;

// The embedded mode: the services run on a worker thread that owns the database connection,
// so the caller's thread never waits on SQL. Futures finish on the worker; continuations
// attached with .then(context, ...) run on the context's thread.
class LocalBackend final : public Backend {
    Q_OBJECT
public:
    explicit LocalBackend(StoreConfig config, Actor actor = defaultActor(),
                          QObject *parent = nullptr);
    ~LocalBackend() override;

    // Opens the store and brings its schema up to date. Call once before anything else.
    QFuture<Result<Done>> open();
    // Adds the deterministic demo data unless the store already holds it; true when added.
    QFuture<Result<bool>> installDemoData();
    // Before open(): the time the rules see (tests pin it); by default the real time.
    void setClock(std::function<QDateTime()> clock);

    static Actor defaultActor(); // the desktop user's login name, with the admin role

    QString describe() const override;
    bool canBackUpStore() const override;
    QFuture<Result<Done>> backUpStore(const QString &file) override;
    Actor actor() const override { return m_actor; }
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
    // Runs `work` on `worker`'s thread (by default the one that serves every call but counts).
    // A failure is announced by requestFailed, from that thread, before the future finishes.
    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(Services &)> work,
                           LocalWorker *worker = nullptr);
    // What a write of a T announces; by default changesOf(result).
    template <typename T> using ChangesOf = std::function<Changes(const T &)>;
    // Runs `work` like run(), and announces changesOf(result) (or `changes`) on success.
    template <typename T>
    QFuture<Result<T>> write(std::function<Result<T>(Services &)> work, ChangesOf<T> changes);
    template <typename T> QFuture<Result<T>> write(std::function<Result<T>(Services &)> work) {
        return write<T>(std::move(work), [](const T &value) { return changesOf(value); });
    }

    StoreConfig m_config;
    Actor m_actor;
    QThread m_thread;
    LocalWorker *m_worker = nullptr; // lives on m_thread
    QThread m_countThread;
    LocalWorker *m_countWorker = nullptr; // lives on m_countThread
};

} // namespace bss
