// The token cache of a server on PostgreSQL (app/store/TokenCache.h): a token is read from the
// database once and then served from memory, and every change of tokens or users anywhere on
// the database empties it at once: made by "another server" here as plain SQL on a connection
// that knows nothing of the cache, so only the database's notice can tell. While the listening
// connection is lost nothing is served from memory. SQLite keeps reading every token.
#include "app/services/AuthService.h"
#include "app/store/SqlConnection.h"
#include "app/store/SqlStore.h"
#include "app/store/TokenCache.h"
#include "tests/server/PostgresCluster.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace bss;
using namespace bss::test;

namespace {

const QString password = QStringLiteral("password-123");

// One server's store and AuthService, counting the statements its connection runs.
struct Node {
    explicit Node(const StoreConfig &config)
        : store(config, uniqueConnectionName(QStringLiteral("tst_token_cache")))
        , auth(store) {
        auth.setIterations(1000);
        store.connection().setStatementObserver([this](const Sql &) { ++statements; });
    }
    SqlStore store;
    AuthService auth;
    int statements = 0;
};

} // namespace

class TestTokenCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QString error;
        BSS_REQUIRE_POSTGRES();
        PostgresCluster *cluster = PostgresCluster::shared(&error);
        QVERIFY2(cluster, qPrintable(error));
        const QString url =
            cluster->createDatabase(QStringLiteral("tokens%1").arg(++m_databases), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        const Result<StoreConfig> config = StoreConfig::parse(url);
        BSS_VERIFY_OK(config);
        m_config = *config;
        m_server = std::make_unique<Node>(m_config);
        m_other = std::make_unique<Node>(m_config);
        BSS_VERIFY_OK(m_server->store.open());
        BSS_VERIFY_OK(m_other->store.open());
        BSS_VERIFY_OK(
            m_other->auth.upsertUser({QStringLiteral("agent"), password, UserRole::Agent, {}}));
        const Result<Session> session = m_server->auth.login(QStringLiteral("agent"), password);
        BSS_VERIFY_OK(session);
        m_token = session->token;
        // The first lookup starts the listening connection.
        BSS_VERIFY_OK(m_server->auth.authenticate(m_token));
        m_cache = TokenCache::forDatabase(m_config);
        QVERIFY(m_cache);
        QTRY_VERIFY(m_cache->live());
    }
    void cleanup() {
        m_cache.reset();
        m_server.reset();
        m_other.reset();
    }

    void aTokenIsReadOnceThenServedFromMemory() {
        BSS_VERIFY_OK(m_server->auth.authenticate(m_token));
        const int before = m_server->statements;
        for (int i = 0; i < 5; ++i) {
            const Result<AuthService::Identity> identity = m_server->auth.authenticate(m_token);
            BSS_VERIFY_OK(identity);
            QCOMPARE(identity->actor.user, QStringLiteral("agent"));
        }
        QCOMPARE(m_server->statements, before);
        // An unknown token is read each time, and never remembered.
        QVERIFY(!m_server->auth.authenticate(QStringLiteral("not-a-token")));
        QVERIFY(!m_server->auth.authenticate(QStringLiteral("not-a-token")));
        QCOMPARE(m_server->statements, before + 2);
    }

    void aTokenRevokedByAnotherServerIsRefusedAtOnce() {
        BSS_VERIFY_OK(m_server->auth.authenticate(m_token));
        revokeElsewhereAndWaitForRefusal();
    }

    void aUserChangedElsewhereIsReadAgain() {
        QCOMPARE(toString(m_server->auth.authenticate(m_token)->actor.role),
                 QStringLiteral("agent"));
        // As `bssdesk-server --add-user agent --role admin` from another process would.
        BSS_VERIFY_OK(m_other->store.connection().change(
            QStringLiteral("UPDATE users SET role = 'admin' WHERE username = 'agent'"), {}));
        QTRY_COMPARE_WITH_TIMEOUT(toString(m_server->auth.authenticate(m_token)->actor.role),
                                  QStringLiteral("admin"), 2000);
    }

    void aListeningSessionReplacedListensAgain() {
        BSS_VERIFY_OK(m_server->auth.authenticate(m_token));
        BSS_VERIFY_OK(m_other->store.connection().exec(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                           " WHERE application_name = 'bssdesk-token-notices'")));
        QTest::qWait(1000); // five checks of the listening connection
        QVERIFY(m_cache->live());
        BSS_VERIFY_OK(m_server->auth.authenticate(m_token));
        revokeElsewhereAndWaitForRefusal();
    }

    void anOwnerReadBeforeANoticeIsNotKept() {
        const std::optional<quint64> generation = m_cache->generation();
        QVERIFY(generation);
        const TokenOwner owner{User{}, QDateTime::currentDateTimeUtc().addSecs(60)};
        m_cache->flush(); // a notice came while the owner was being read
        m_cache->put(QStringLiteral("hash"), owner, *generation);
        QVERIFY(!m_cache->find(QStringLiteral("hash")));
        m_cache->put(QStringLiteral("hash"), owner, *m_cache->generation());
        QVERIFY(m_cache->find(QStringLiteral("hash")));
    }

    void sqliteHasNoCache() {
        QVERIFY(!TokenCache::forDatabase(StoreConfig::sqlite(m_sqlite.path())));
    }

    // Last: it stops the tests' database server for a moment.
    void whileTheDatabaseIsAwayNoTokenIsServedFromMemory() {
        BSS_VERIFY_OK(m_server->auth.authenticate(m_token));
        QString error;
        PostgresCluster *cluster = PostgresCluster::shared(&error);
        cluster->stop(PostgresCluster::StopMode::Fast);
        QTRY_VERIFY(!m_cache->live());
        const Result<AuthService::Identity> away = m_server->auth.authenticate(m_token);
        QVERIFY(!away);
        QCOMPARE(away.error().kind, ErrorKind::Unavailable);
        QVERIFY2(cluster->restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_cache->live(), 10000);
        BSS_VERIFY_OK(m_server->auth.authenticate(m_token));
        const int cached = m_server->statements;
        BSS_VERIFY_OK(m_server->auth.authenticate(m_token));
        QCOMPARE(m_server->statements, cached);
    }

private:
    // Deletes the token as another server would, on a connection without a cache, and waits
    // (without an event loop: the cache listens on its own thread) until it is refused here.
    void revokeElsewhereAndWaitForRefusal() {
        BSS_VERIFY_OK(m_other->store.connection().change(
            QStringLiteral("DELETE FROM tokens WHERE token_hash = :h"),
            {{QStringLiteral("h"), AuthService::tokenHash(m_token)}}));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        while (m_server->auth.authenticate(m_token) && sinceCommit.elapsed() < 2000) {
        }
        const Result<AuthService::Identity> refused = m_server->auth.authenticate(m_token);
        QVERIFY2(!refused, "still accepted 2 s after it was revoked");
        QCOMPARE(refused.error().code, QStringLiteral("unauthorized"));
        qInfo("refused %lld us after the revoking commit", sinceCommit.nsecsElapsed() / 1000);
    }

    TempStore m_sqlite;
    StoreConfig m_config;
    std::unique_ptr<Node> m_server;
    std::unique_ptr<Node> m_other;
    std::shared_ptr<TokenCache> m_cache;
    QString m_token;
    int m_databases = 0;
};

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_token_cache.moc"
