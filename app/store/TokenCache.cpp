#include "app/store/TokenCache.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <map>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace bss {

namespace {

const QString channel = QStringLiteral("bss_auth");
constexpr int pingMs = 200;

QString databaseKey(const StoreConfig &config) {
    return QStringLiteral("%1@%2:%3/%4")
        .arg(config.user, config.host, QString::number(config.port), config.database);
}

} // namespace

// The listening connection, on a thread of its own with an event loop (QPSQL delivers notices
// through a socket notifier of the thread that opened the connection).
class TokenListener : public QThread {
public:
    TokenListener(TokenCache &cache, StoreConfig config)
        : m_cache(cache)
        , m_config(std::move(config))
        , m_name(QStringLiteral("bss-token-listener-%1").arg(quintptr(this), 0, 16)) {}

protected:
    void run() override {
        {
            QTimer ping;
            QObject::connect(&ping, &QTimer::timeout, &ping, [this] { check(); });
            ping.start(pingMs);
            check();
            exec();
            m_cache.setLive(false);
            if (QSqlDatabase db = QSqlDatabase::database(m_name, false); db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    // Up: keep listening while it answers, in the same session. Down: connect and listen again.
    void check() {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            const std::optional<qint64> pid = backendPid(db);
            if (pid && pid == m_pid)
                return;
            if (pid) {
                // The driver connected again by itself: a new session that listens to nothing.
                qCWarning(lcStore) << "token notices: the listening connection was replaced";
                m_cache.setLive(false);
                db.driver()->unsubscribeFromNotification(channel);
                listen(db);
                return;
            }
            db.close();
        }
        // Closed: also when the driver saw the connection fail while reading notices.
        if (m_cache.live()) {
            qCWarning(lcStore) << "token notices lost; every request reads its token until they"
                                  " are back";
            m_cache.setLive(false);
        }
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(m_config.host);
            db.setPort(m_config.port);
            db.setUserName(m_config.user);
            db.setPassword(m_config.password);
            db.setDatabaseName(m_config.database);
            db.setConnectOptions(QStringLiteral("application_name=bssdesk-token-notices"));
            QObject::connect(
                db.driver(),
                qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                    &QSqlDriver::notification),
                db.driver(), [this] { m_cache.flush(); });
        }
        if (db.open())
            listen(db);
    }

    void listen(QSqlDatabase &db) {
        if (db.driver()->subscribeToNotification(channel)) {
            m_pid = backendPid(db);
            if (m_pid) {
                qCInfo(lcStore) << "token notices: listening";
                m_cache.setLive(true);
                return;
            }
        }
        qCWarning(lcStore) << "cannot listen for token notices:" << db.lastError().text();
        db.close();
    }

    static std::optional<qint64> backendPid(const QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    }

    TokenCache &m_cache;
    StoreConfig m_config;
    QString m_name;
    std::optional<qint64> m_pid; // the listening session's
};

std::shared_ptr<TokenCache> TokenCache::forDatabase(const StoreConfig &config) {
    if (config.kind != StoreConfig::Kind::Postgres)
        return nullptr;
    static QMutex mutex;
    static std::map<QString, std::weak_ptr<TokenCache>> caches;
    const QMutexLocker lock(&mutex);
    std::weak_ptr<TokenCache> &slot = caches[databaseKey(config)];
    if (std::shared_ptr<TokenCache> cache = slot.lock())
        return cache;
    std::shared_ptr<TokenCache> cache(new TokenCache(config));
    slot = cache;
    return cache;
}

TokenCache::TokenCache(const StoreConfig &config)
    : m_thread(std::make_unique<TokenListener>(*this, config)) {
    m_thread->start();
}

TokenCache::~TokenCache() {
    m_thread->quit();
    m_thread->wait();
}

std::optional<quint64> TokenCache::generation() const {
    if (!m_live.load())
        return std::nullopt;
    return m_generation.load();
}

std::optional<TokenOwner> TokenCache::find(const QString &tokenHash) const {
    if (!m_live.load())
        return std::nullopt;
    const QMutexLocker lock(&m_mutex);
    const auto it = m_owners.constFind(tokenHash);
    if (it == m_owners.cend())
        return std::nullopt;
    return *it;
}

void TokenCache::put(const QString &tokenHash, const TokenOwner &owner, quint64 generation) {
    const QMutexLocker lock(&m_mutex);
    // Checked under the lock that flush() takes too: no notice came since the owner was read.
    if (!m_live.load() || generation != m_generation.load())
        return;
    if (m_owners.size() >= maxEntries)
        m_owners.clear();
    m_owners.insert(tokenHash, owner);
}

void TokenCache::flush() {
    const QMutexLocker lock(&m_mutex);
    m_generation.fetch_add(1);
    m_owners.clear();
}

void TokenCache::setLive(bool live) {
    const QMutexLocker lock(&m_mutex);
    m_generation.fetch_add(1);
    m_owners.clear();
    m_live.store(live);
}

} // namespace bss
