// The failed-login rule (AuthService) with its counts in the database: two AuthServices on two
// connections of one database, as two servers have, on SQLite and on PostgreSQL. Guesses through
// either count together, a success forgets them, and an hour without a failure does too.
#include "app/services/AuthService.h"
#include "app/store/SqlStore.h"
#include "tests/server/PostgresCluster.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <memory>

using namespace bss;
using namespace bss::test;

namespace {

// What one server has: its own connection and AuthService, on the clock the test moves.
struct Node {
    Node(const StoreConfig &config, const QDateTime *now)
        : store(config, uniqueConnectionName(QStringLiteral("tst_login_throttle")))
        , auth(store, [now] { return *now; }) {
        auth.setIterations(1000); // the rule under test is the count, not the hash's cost
    }
    SqlStore store;
    AuthService auth;
};

const QString password = QStringLiteral("password-123");

} // namespace

class TestLoginThrottle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void guessesOnTwoServersCountTogether_data() { stores(); }
    void guessesOnTwoServersCountTogether() {
        QFETCH(QString, url);
        if (url.isEmpty())
            return;
        const auto [a, b] = twoNodes(url);
        QVERIFY(a && b);
        // Three wrong passwords on one, two on the other: the fifth locks the name on both.
        for (int i = 0; i < 5; ++i) {
            const Result<Session> s =
                (i % 2 ? b : a)
                    ->auth.login(QStringLiteral("Victim"), QStringLiteral("guess-%1").arg(i));
            QVERIFY(!s);
            QCOMPARE(s.error().code, QStringLiteral("unauthorized"));
        }
        for (Node *node : {a.get(), b.get()}) {
            const Result<Session> locked = node->auth.login(QStringLiteral("victim"), password);
            QVERIFY(!locked);
            QCOMPARE(locked.error().code, QStringLiteral("too-many-attempts"));
            QVERIFY2(locked.error().message.contains(QLatin1String("Wait 1 seconds")),
                     qPrintable(locked.error().message));
        }
        // Another name is not affected.
        BSS_VERIFY_OK(b->auth.login(QStringLiteral("bystander"), password));

        // A second later the lock is over; one more failure locks again, for twice as long.
        m_now = m_now.addSecs(2);
        QVERIFY(!a->auth.login(QStringLiteral("victim"), QStringLiteral("guess-5")));
        const Result<Session> longer = b->auth.login(QStringLiteral("victim"), password);
        QVERIFY(!longer);
        QVERIFY2(longer.error().message.contains(QLatin1String("Wait 2 seconds")),
                 qPrintable(longer.error().message));

        // After it, the right password works and the count starts again: four more failures
        // lock nothing.
        m_now = m_now.addSecs(3);
        BSS_VERIFY_OK(b->auth.login(QStringLiteral("victim"), password));
        for (int i = 0; i < 4; ++i)
            QVERIFY(!a->auth.login(QStringLiteral("victim"), QStringLiteral("again-%1").arg(i)));
        BSS_VERIFY_OK(b->auth.login(QStringLiteral("victim"), password));
    }

    void failuresAreForgottenAnHourAfterTheLast_data() { stores(); }
    void failuresAreForgottenAnHourAfterTheLast() {
        QFETCH(QString, url);
        if (url.isEmpty())
            return;
        const auto [a, b] = twoNodes(url);
        QVERIFY(a && b);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!a->auth.login(QStringLiteral("slow"), QStringLiteral("typo-%1").arg(i)));
        // Within the hour the fifth failure locks the name...
        m_now = m_now.addSecs(3000);
        QVERIFY(!b->auth.login(QStringLiteral("slow"), QStringLiteral("typo-4")));
        QCOMPARE(a->auth.login(QStringLiteral("slow"), password).error().code,
                 QStringLiteral("too-many-attempts"));
        // ...an hour and more after the last one, a failure is the first again.
        m_now = m_now.addSecs(3601);
        QVERIFY(!b->auth.login(QStringLiteral("slow"), QStringLiteral("typo-5")));
        BSS_VERIFY_OK(a->auth.login(QStringLiteral("slow"), password));
    }

    // A stranger's guesses lock the name for the stranger's address only; spraying names from
    // one address locks the address; both on every server.
    void aStrangerLocksOnlyItsOwnAddress_data() { stores(); }
    void aStrangerLocksOnlyItsOwnAddress() {
        QFETCH(QString, url);
        if (url.isEmpty())
            return;
        const auto [a, b] = twoNodes(url);
        QVERIFY(a && b);
        const QString stranger = QStringLiteral("203.0.113.7");
        for (int i = 0; i < 7; ++i)
            QVERIFY(!a->auth.login(QStringLiteral("victim"), QStringLiteral("guess-%1").arg(i),
                                   stranger));
        const Result<Session> locked = b->auth.login(QStringLiteral("victim"), password, stranger);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, QStringLiteral("too-many-attempts"));
        BSS_VERIFY_OK(
            b->auth.login(QStringLiteral("victim"), password, QStringLiteral("198.51.100.1")));

        // Twenty made-up names from one address: the address is locked, for real names too.
        const QString sprayer = QStringLiteral("203.0.113.8");
        for (int i = 0; i < 20; ++i)
            QVERIFY(!(i % 2 ? a : b)
                         ->auth.login(QStringLiteral("nobody-%1").arg(i), password, sprayer));
        QCOMPARE(a->auth.login(QStringLiteral("bystander"), password, sprayer).error().code,
                 QStringLiteral("too-many-attempts"));
        const Result<AuthService::LoginAttempt> attempt =
            b->auth.beginLogin(QStringLiteral("bystander"), sprayer);
        QVERIFY(attempt && attempt->refused && attempt->retryAfter >= 1);
        BSS_VERIFY_OK(
            a->auth.login(QStringLiteral("bystander"), password, QStringLiteral("198.51.100.2")));
    }

private:
    // The stores both nodes share: a SQLite file, and a PostgreSQL database where installed.
    void stores() {
        QTest::addColumn<QString>("url");
        QTest::newRow("sqlite") << QStringLiteral("sqlite:") + m_sqlite.path();
        QString error;
        if (PostgresCluster::binDir().isEmpty()) {
            if (!qEnvironmentVariableIsEmpty("CI"))
                QFAIL("PostgreSQL is not installed, and CI is set.");
            QTest::newRow("postgres (not installed)") << QString();
            return;
        }
        PostgresCluster *cluster = PostgresCluster::shared(&error);
        QVERIFY2(cluster, qPrintable(error));
        const QString url =
            cluster->createDatabase(QStringLiteral("throttle%1").arg(++m_databases), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QTest::newRow("postgres") << url;
    }

    // Two nodes on the store of `url`, with the users; null ones when that fails.
    std::pair<std::unique_ptr<Node>, std::unique_ptr<Node>> twoNodes(const QString &url) {
        const Result<StoreConfig> config = StoreConfig::parse(url);
        if (!config)
            return {};
        m_now = pinnedNow();
        auto a = std::make_unique<Node>(*config, &m_now);
        auto b = std::make_unique<Node>(*config, &m_now);
        if (!a->store.open() || !b->store.open())
            return {};
        for (const QString &name :
             {QStringLiteral("victim"), QStringLiteral("bystander"), QStringLiteral("slow")}) {
            if (!a->auth.upsertUser({name, password, UserRole::Agent, {}}))
                return {};
        }
        return {std::move(a), std::move(b)};
    }

    TempStore m_sqlite;
    QDateTime m_now;
    int m_databases = 0;
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_login_throttle.moc"
