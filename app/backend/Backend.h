#pragma once

#include "app/backend/Changes.h"
#include "app/domain/Permissions.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>

namespace bss {

// Every use case of BSS Desk, asynchronously. The UI and the conformance suite talk only to
// this interface; LocalBackend runs the services on a worker thread over the embedded store,
// RestBackend calls bssdesk-server. A call never blocks: it returns a future that finishes
// with the value or with the Error explaining the refusal. Consume it on the caller's thread:
//
//     backend->account(id).then(this, [this](const Result<Account> &r) { ... });
//
// Writes that need a version (accounts, orders) take the version the caller last saw and are
// refused with ErrorKind::Stale when the record changed since.
//
// Both signals below are emitted before the call's future finishes, so a receiver hears of a
// change or a failure before the caller's continuation runs. The embedded backend announces
// changes on its own thread and failures on its store thread, the REST backend both on its
// network thread: connect with the default connection type (queued across threads).
class Backend : public QObject {
    Q_OBJECT
public:
    explicit Backend(QObject *parent = nullptr)
        : QObject(parent) {
        // Receivers on another thread get the signals queued.
        qRegisterMetaType<bss::Entity>();
        qRegisterMetaType<bss::Error>();
    }
    ~Backend() override = default;

    // For the status bar: "Embedded store: /home/me/.local/share/BSS Desk/bssdesk.sqlite".
    virtual QString describe() const = 0;
    // The user whose name goes into the audit trail.
    virtual Actor actor() const = 0;

    // GET /auth/me: who is signed in and what they may do, by the rules that answer 403; the
    // window offers only what `may` lists. The embedded store's user may do everything.
    virtual QFuture<Result<Me>> me() = 0;
    // What me() answered last (RestBackend asks right after signing in); before any answer,
    // the actor with nothing allowed.
    Me lastMe() const {
        QMutexLocker lock(&m_meMutex);
        if (m_me)
            return *m_me;
        const Actor a = actor();
        return Me{a.user, a.role, a.accountId, {}, {}};
    }

    // Catalog and quotes (Calculate cost)
    virtual QFuture<Result<QList<Platform>>> platforms() = 0;
    virtual QFuture<Result<QList<Product>>> products(const QString &platform = {}) = 0;
    virtual QFuture<Result<Quote>> quote(Id productId, int seats) = 0;

    // Office > Accounts
    virtual QFuture<Result<Page<Account>>> accounts(const AccountQuery &query) = 0;
    virtual QFuture<Result<qint64>> countAccounts(const AccountQuery &query) = 0;
    virtual QFuture<Result<Account>> account(Id id) = 0;
    virtual QFuture<Result<Account>> createAccount(const NewAccount &account) = 0;
    virtual QFuture<Result<Account>> updateAccount(Id id, qint64 version,
                                                   const AccountPatch &patch) = 0;

    // Sync Options; the PIN never comes back, only whether one is set.
    virtual QFuture<Result<PlatformSync>> syncOptions(Id accountId, const QString &platform) = 0;
    virtual QFuture<Result<PlatformSync>> saveSyncOptions(Id accountId, const QString &platform,
                                                          const SyncOptionsInput &input) = 0;
    // Save & Synchronize: validates, saves, calls the platform's connector. A connector refusal
    // is not an error: the result has status Failed and lastError. Call it again to retry.
    virtual QFuture<Result<PlatformSync>> saveAndSynchronize(Id accountId, const QString &platform,
                                                             const SyncOptionsInput &input) = 0;

    // Billing > Orders
    virtual QFuture<Result<Page<Order>>> orders(const OrderQuery &query) = 0; // lines not filled
    virtual QFuture<Result<qint64>> countOrders(const OrderQuery &query) = 0;
    virtual QFuture<Result<Order>> order(Id id) = 0;
    virtual QFuture<Result<Order>> createOrder(Id accountId) = 0;
    // Quick Add > Product; without seats the line is incomplete.
    virtual QFuture<Result<Order>> addLine(Id orderId, Id productId,
                                           std::optional<int> seats = {}) = 0;
    // The pencil panel's Save.
    virtual QFuture<Result<Order>> setSeats(Id orderId, qint64 version, Id lineId, int seats) = 0;
    virtual QFuture<Result<Order>> removeLine(Id orderId, qint64 version, Id lineId) = 0;
    virtual QFuture<Result<Order>> cancelOrder(Id orderId) = 0;
    // Idempotent: executing an executed order returns the same subscriptions.
    virtual QFuture<Result<Execution>> executeOrder(Id orderId) = 0;

    // Subscriptions and Change Configuration
    virtual QFuture<Result<Page<Subscription>>> subscriptions(const SubscriptionQuery &query) = 0;
    virtual QFuture<Result<Subscription>> subscription(Id id) = 0;
    // The activation key in clear, for the "reveal" button.
    virtual QFuture<Result<QString>> activationKey(Id subscriptionId) = 0;
    virtual QFuture<Result<Subscription>> retryProvisioning(Id subscriptionId) = 0;
    virtual QFuture<Result<ConfigurationChange>> changeConfiguration(Id subscriptionId, int seats,
                                                                     bool dryRun) = 0;

    // Storefront: Buy this configuration, with the quote its cost was calculated from.
    virtual QFuture<Result<Purchase>> purchase(Id accountId, Id productId, int seats,
                                               const QString &quoteId) = 0;

    virtual QFuture<Result<Page<AuditEntry>>> audit(const AuditQuery &query) = 0;
    virtual QFuture<Result<Page<OutboxMessage>>> outbox(const OutboxQuery &query) = 0;

    // File > Back up store…: a consistent copy of the embedded store, taken while it is in use,
    // written to `file`. Only the embedded backend can (a team's server database is backed up
    // by its administrator); the others refuse.
    virtual bool canBackUpStore() const { return false; }
    virtual QFuture<Result<Done>> backUpStore(const QString &file) {
        Q_UNUSED(file);
        Error e = Error::internal(tr("Only the embedded store is backed up from BSS Desk."));
        e.code = QStringLiteral("backup-unavailable");
        QPromise<Result<Done>> promise;
        promise.start();
        promise.addResult(Result<Done>(e));
        promise.finish();
        return promise.future();
    }

Q_SIGNALS:
    // After a successful write, once per record it changed (changesOf(result), Changes.h):
    // lists showing `entity` may refresh. A purchase, for one, announces its order and each of
    // its subscriptions. Reads and refused writes announce nothing.
    void recordChanged(bss::Entity entity, bss::Id id);
    // A call failed, whatever the call and whatever the reason; the same Error its future
    // finishes with. The window offers Reload for ErrorKind::Stale and Retry for Unavailable in
    // one place instead of every page doing it.
    void requestFailed(const bss::Error &error);
    // A signed-in call was refused with 401: the session expired, was revoked or the user was
    // disabled. The window offers to sign in again.
    void sessionExpired();

protected:
    // Emits recordChanged for each change; used by both backends, only for successful writes.
    void announce(const Changes &changes) {
        for (const Change &c : changes)
            Q_EMIT recordChanged(c.entity, c.id);
    }
    void rememberMe(const Me &me) {
        QMutexLocker lock(&m_meMutex);
        m_me = me;
    }

private:
    mutable QMutex m_meMutex; // me() answers on the store's or the network's thread
    std::optional<Me> m_me;
};

} // namespace bss
