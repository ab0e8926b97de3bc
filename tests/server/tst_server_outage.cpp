// bssdesk-server while its PostgreSQL goes away and comes back: every request is answered at once
// with 503 and Retry-After (never a hang, a crash or a 500 with the driver's text), and the
// server serves again by itself once the database is back, without a restart.
#include "tests/server/HttpClient.h"
#include "tests/server/PostgresCluster.h"
#include "tests/server/ServerProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTest>

#include <memory>

using namespace bss::test;

class TestServerOutage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        BSS_REQUIRE_POSTGRES();
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        const QString store = m_cluster.createDatabase(QStringLiteral("outage"), &error);
        QVERIFY2(!store.isEmpty(), qPrintable(error));
        m_server = std::make_unique<ServerProcess>(store);
        QVERIFY2(m_server->addUser({QStringLiteral("agent"), QStringLiteral("agent"), {}}, &error),
                 qPrintable(error));
        QVERIFY2(m_server->start(
                     {QStringLiteral("--demo"), QStringLiteral("--threads"), QStringLiteral("2")},
                     &error),
                 qPrintable(error));
        m_client = std::make_unique<HttpClient>(m_server->url());
        QVERIFY(!m_client->login(QStringLiteral("agent")).isEmpty());
        QCOMPARE(m_client->get(QStringLiteral("/health/ready")).status, 200);
    }

    void requestsGet503WhileTheDatabaseIsDownAndServeAgainAfter() {
        QCOMPARE(m_client->get(QStringLiteral("/accounts?limit=5")).status, 200);

        // An administrator's restart: the server ends every connection and keeps every commit.
        m_cluster.stop(PostgresCluster::StopMode::Fast);
        // Each of the two request threads finds its connection gone; every answer is a 503 with
        // Retry-After, within a second.
        const QStringList paths{QStringLiteral("/accounts?limit=5"), QStringLiteral("/accounts/1"),
                                QStringLiteral("/orders?limit=5"),
                                QStringLiteral("/accounts/count"),
                                QStringLiteral("/accounts?limit=5")};
        for (const QString &path : paths) {
            QElapsedTimer timer;
            timer.start();
            const HttpReply reply = m_client->get(path);
            QVERIFY2(timer.elapsed() < 1000,
                     qPrintable(QStringLiteral("%1 took %2 ms").arg(path).arg(timer.elapsed())));
            QVERIFY2(reply.status == 503, qPrintable(QStringLiteral("%1: %2 %3")
                                                         .arg(path)
                                                         .arg(reply.status)
                                                         .arg(QString::fromUtf8(reply.body))));
            QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
            QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
            QCOMPARE(reply.json().value(QStringLiteral("code")).toString(),
                     QStringLiteral("store-unavailable"));
            // The driver's own words stay in the server's log.
            QVERIFY(!reply.body.contains("server closed"));
            QVERIFY(!reply.body.contains("connection"));
        }
        // Liveness stays 200 (the process is fine: no restart wanted); readiness says 503, so a
        // load balancer sends the requests elsewhere meanwhile.
        checkHealthWhileDown();
        // A write is refused the same way, and nothing half-done remains afterwards.
        const HttpReply write =
            m_client->post(QStringLiteral("/accounts"),
                           {{QStringLiteral("name"), QStringLiteral("Outage Ltd")},
                            {QStringLiteral("type"), QStringLiteral("direct")},
                            {QStringLiteral("email"), QStringLiteral("it@outage.example")}});
        QCOMPARE(write.status, 503);

        QString error;
        QVERIFY2(m_cluster.restart(&error), qPrintable(error));
        // Ready again by itself, and both threads reconnect on their next request; no restart
        // of the server.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(QStringLiteral("/health/ready")).status, 200,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(QStringLiteral("/accounts?limit=5")).status, 200,
                                  10000);
        for (int i = 0; i < 6; ++i) {
            const HttpReply one = m_client->get(QStringLiteral("/accounts/1"));
            QVERIFY2(one.status == 200, one.body.constData());
        }
        const HttpReply search = m_client->get(QStringLiteral("/accounts?q=Outage"));
        QCOMPARE(search.status, 200);
        QCOMPARE(search.json().value(QStringLiteral("items")).toArray().size(), 0);
        const HttpReply created =
            m_client->post(QStringLiteral("/accounts"),
                           {{QStringLiteral("name"), QStringLiteral("After Ltd")},
                            {QStringLiteral("type"), QStringLiteral("direct")},
                            {QStringLiteral("email"), QStringLiteral("it@after.example")}});
        QCOMPARE(created.status, 201);
    }

    // A crash of the database (no shutdown, the connections simply die): the same answers.
    void aCrashedDatabaseIsAnswered503AndServedAgainAfter() {
        QCOMPARE(m_client->get(QStringLiteral("/accounts?limit=5")).status, 200);
        m_cluster.stop(PostgresCluster::StopMode::Immediate);
        for (int i = 0; i < 4; ++i) {
            QElapsedTimer timer;
            timer.start();
            const HttpReply reply = m_client->get(QStringLiteral("/orders?limit=5"));
            QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
            QCOMPARE(reply.status, 503);
            QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
        }
        checkHealthWhileDown();
        QString error;
        QVERIFY2(m_cluster.restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(QStringLiteral("/health/ready")).status, 200,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(QStringLiteral("/orders?limit=5")).status, 200,
                                  10000);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(m_client->get(QStringLiteral("/accounts?limit=5")).status, 200);
    }

    // A database that hangs (every PostgreSQL process stopped: connections open, nothing
    // answered): readiness still answers, 503 once its probe has waited 2 s, liveness at once.
    void readinessAnswersInTimeWhileTheDatabaseHangs() {
        HttpClient anonymous(m_server->url());
        QCOMPARE(anonymous.get(QStringLiteral("/health/ready")).status, 200);
        QString error;
        QVERIFY2(m_cluster.freeze(&error), qPrintable(error));
        const auto thawed = qScopeGuard([this] {
            QString ignored;
            m_cluster.thaw(&ignored);
        });
        for (int i = 0; i < 2; ++i) {
            QElapsedTimer timer;
            timer.start();
            const HttpReply ready = anonymous.get(QStringLiteral("/health/ready"));
            QCOMPARE(ready.status, 503);
            QCOMPARE(ready.header("Retry-After"), QByteArray("1"));
            QCOMPARE(ready.json().value(QStringLiteral("code")).toString(),
                     QStringLiteral("store-unavailable"));
            QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        }
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(anonymous.get(QStringLiteral("/health")).status, 200);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

        QVERIFY2(m_cluster.thaw(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(anonymous.get(QStringLiteral("/health/ready")).status, 200,
                                  10000);
        QCOMPARE(m_client->get(QStringLiteral("/accounts?limit=5")).status, 200);
    }

    void cleanupTestCase() {
        if (m_server)
            m_server->stop();
        m_cluster.stop();
    }

private:
    // GET /health and GET /health/ready while PostgreSQL is down, each answered within a second.
    void checkHealthWhileDown() {
        HttpClient anonymous(m_server->url());
        QElapsedTimer timer;
        timer.start();
        const HttpReply live = anonymous.get(QStringLiteral("/health"));
        QCOMPARE(live.status, 200);
        QCOMPARE(live.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        for (int i = 0; i < 3; ++i) {
            const HttpReply ready = anonymous.get(QStringLiteral("/health/ready"));
            QVERIFY2(
                ready.status == 503,
                qPrintable(
                    QStringLiteral("%1 %2").arg(ready.status).arg(QString::fromUtf8(ready.body))));
            QCOMPARE(ready.header("Retry-After"), QByteArray("1"));
            QCOMPARE(ready.header("Content-Type"), QByteArray("application/problem+json"));
            QCOMPARE(ready.json().value(QStringLiteral("code")).toString(),
                     QStringLiteral("store-unavailable"));
        }
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    PostgresCluster m_cluster;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_client;
};

QTEST_GUILESS_MAIN(TestServerOutage)
#include "tst_server_outage.moc"
