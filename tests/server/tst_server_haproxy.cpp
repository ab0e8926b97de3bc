// deploy/haproxy.cfg, as kept in the repository, run by HAProxy on loopback in front of two
// bssdesk-server processes on one PostgreSQL: requests go to both servers in turn, a session
// opened through the proxy holds whichever server answers, and a stopped server leaves the
// rotation without a failed request once the readiness check has noticed (and comes back).
#include "tests/server/HttpClient.h"
#include "tests/server/PostgresCluster.h"
#include "tests/server/ServerProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace bss::test;

namespace {

int freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString haproxyExecutable() {
    QString found = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                        QStringLiteral("/usr/local/sbin")});
    return found;
}

} // namespace

class TestServerHaproxy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (haproxyExecutable().isEmpty()) {
            if (!qEnvironmentVariableIsEmpty("CI"))
                QFAIL("HAProxy is not installed, and CI is set: the test of deploy/haproxy.cfg "
                      "must run in CI (.ci/quickstart test installs it).");
            QSKIP("HAProxy is not installed (Debian: apt-get install haproxy); with CI set this "
                  "fails instead.");
        }
        BSS_REQUIRE_POSTGRES();
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        const QString store = m_cluster.createDatabase(QStringLiteral("proxied"), &error);
        QVERIFY2(!store.isEmpty(), qPrintable(error));
        for (int i = 0; i < 2; ++i) {
            m_servers[i] = std::make_unique<ServerProcess>(store);
            m_ports[i] = freePort();
        }
        QVERIFY2(
            m_servers[0]->addUser({QStringLiteral("agent"), QStringLiteral("agent"), {}}, &error),
            qPrintable(error));
        QVERIFY2(startServer(0, {QStringLiteral("--demo")}, &error), qPrintable(error));
        QVERIFY2(startServer(1, {}, &error), qPrintable(error));
        QVERIFY(startProxy());
        // Both servers in the rotation once their first checks passed.
        QTRY_VERIFY_WITH_TIMEOUT(answeringServers(8) == (QSet<QString>{QStringLiteral("server1"),
                                                                       QStringLiteral("server2")}),
                                 10000);
    }

    void aSessionThroughTheProxyIsServedByBothServers() {
        HttpClient client(m_proxyUrl);
        QVERIFY(!client.login(QStringLiteral("agent")).isEmpty());
        QSet<QByteArray> servers;
        for (int i = 0; i < 8; ++i) {
            const HttpReply page = client.get(QStringLiteral("/accounts?limit=5"));
            QVERIFY2(page.status == 200, page.body.constData());
            QCOMPARE(page.json()[QStringLiteral("items")].toArray().size(), 5);
            servers.insert(page.header("X-BssDesk-Server"));
        }
        // Round robin: the token from one server's login is honoured by the other.
        QCOMPARE(servers, (QSet<QByteArray>{"server1", "server2"}));
    }

    void aStoppedServerLeavesTheRotationWithoutAFailedRequest() {
        HttpClient client(m_proxyUrl);
        QVERIFY(!client.login(QStringLiteral("agent")).isEmpty());
        m_servers[1]->stop();
        // The readiness check notices within two checks a second apart.
        QTRY_VERIFY_WITH_TIMEOUT(proxyLog().contains(QLatin1String("server2 is DOWN")), 10000);
        QList<HttpClient::Request> reads;
        for (int i = 0; i < 24; ++i)
            reads.append({"GET", QStringLiteral("/accounts?limit=5"), {}, {}});
        for (const HttpReply &r : client.parallel(reads)) {
            QVERIFY2(r.status == 200, qPrintable(QStringLiteral("%1 %2").arg(r.status).arg(
                                          QString::fromUtf8(r.body.left(200)))));
            QCOMPARE(r.header("X-BssDesk-Server"), QByteArray("server1"));
        }

        // Started again on its address, it is back in the rotation after two good checks.
        QString error;
        QVERIFY2(startServer(1, {}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(proxyLog().contains(QLatin1String("server2 is UP")), 10000);
        QSet<QByteArray> servers;
        for (int i = 0; i < 6; ++i) {
            const HttpReply r = client.get(QStringLiteral("/accounts?limit=5"));
            QCOMPARE(r.status, 200);
            servers.insert(r.header("X-BssDesk-Server"));
        }
        QCOMPARE(servers, (QSet<QByteArray>{"server1", "server2"}));
    }

    void cleanupTestCase() {
        if (m_proxy.state() != QProcess::NotRunning) {
            m_proxy.terminate();
            if (!m_proxy.waitForFinished(5000))
                m_proxy.kill();
            m_proxy.waitForFinished(5000);
        }
        for (auto &server : m_servers) {
            if (server)
                server->stop();
        }
        m_cluster.stop();
    }

private:
    bool startServer(int index, const QStringList &extra, QString *error) {
        return m_servers[index]->start(
            extra + QStringList{QStringLiteral("--threads"), QStringLiteral("2"),
                                QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(m_ports[index])},
            error);
    }

    // HAProxy in the foreground with deploy/haproxy.cfg, its addresses from the environment.
    bool startProxy() {
        const int port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BSS_PROXY_ADDR"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("BSS_PROXY_PORT"), QString::number(port));
        env.insert(QStringLiteral("BSS_SERVER1"), QStringLiteral("127.0.0.1:%1").arg(m_ports[0]));
        env.insert(QStringLiteral("BSS_SERVER2"), QStringLiteral("127.0.0.1:%1").arg(m_ports[1]));
        m_proxy.setProcessEnvironment(env);
        m_proxy.setProcessChannelMode(QProcess::MergedChannels);
        m_proxy.start(haproxyExecutable(), {QStringLiteral("-db"), QStringLiteral("-f"),
                                            QStringLiteral(BSS_HAPROXY_CFG)});
        if (!m_proxy.waitForStarted(10000)) {
            qWarning("haproxy did not start: %s", qPrintable(m_proxy.errorString()));
            return false;
        }
        m_proxyUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port));
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (probe.waitForConnected(100))
                return true;
            if (m_proxy.state() == QProcess::NotRunning)
                break;
            QTest::qWait(50);
        }
        qWarning("haproxy is not listening: %s", qPrintable(proxyLog()));
        return false;
    }

    // What HAProxy printed so far (server state changes among it).
    QString proxyLog() {
        m_proxyLog += QString::fromLocal8Bit(m_proxy.readAll());
        return m_proxyLog;
    }

    // The servers that answered `count` requests through the proxy (none when one failed).
    QSet<QString> answeringServers(int count) {
        HttpClient anonymous(m_proxyUrl);
        QSet<QString> servers;
        for (int i = 0; i < count; ++i) {
            const HttpReply r = anonymous.get(QStringLiteral("/health"));
            if (r.status != 200)
                return {};
            servers.insert(QString::fromLatin1(r.header("X-BssDesk-Server")));
        }
        return servers;
    }

    PostgresCluster m_cluster;
    std::unique_ptr<ServerProcess> m_servers[2];
    int m_ports[2] = {0, 0};
    QProcess m_proxy;
    QString m_proxyLog;
    QUrl m_proxyUrl;
};

QTEST_GUILESS_MAIN(TestServerHaproxy)
#include "tst_server_haproxy.moc"
