#include "tests/server/HttpClient.h"
#include "tests/server/ServerProcess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace bss::test;

// bssdesk-server answers on several threads, each with its own database connection. What a
// user relies on must not depend on which thread answers: the login throttling, the end of
// a session when its password changes, and the answers themselves.
class TestServerThreads : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}}, &error),
                 qPrintable(error));
        QVERIFY2(m_server.addUser({QStringLiteral("victim"), QStringLiteral("agent"), {}}, &error),
                 qPrintable(error));
        QVERIFY2(m_server.addUser({QStringLiteral("mover"), QStringLiteral("agent"), {}}, &error),
                 qPrintable(error));
        QVERIFY2(m_server.start(
                     {QStringLiteral("--demo"), QStringLiteral("--threads"), QStringLiteral("4")},
                     &error),
                 qPrintable(error));
        m_admin = std::make_unique<HttpClient>(m_server.url());
        QVERIFY(!m_admin->login(QStringLiteral("tester")).isEmpty());
    }

    void aBadThreadCountIsRefused_data() {
        QTest::addColumn<QString>("threads");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("too many") << QStringLiteral("65");
        QTest::newRow("not a number") << QStringLiteral("many");
    }

    void aBadThreadCountIsRefused() {
        QFETCH(QString, threads);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(ServerProcess::executable(), {QStringLiteral("--store"), m_server.storeUrl(),
                                              QStringLiteral("--threads"), threads});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAll().contains("--threads wants 1 to 64"), "the reason is named");
    }

    void parallelReadsGiveTheSameAnswers() {
        const HttpReply first = m_admin->get(QStringLiteral("/accounts?limit=20"));
        QCOMPARE(first.status, 200);
        const qint64 id =
            first.json()[QStringLiteral("items")].toArray().at(0)[QStringLiteral("id")].toInteger();
        const HttpReply one = m_admin->get(QStringLiteral("/accounts/%1").arg(id));
        QCOMPARE(one.status, 200);
        QList<HttpClient::Request> requests;
        for (int i = 0; i < 24; ++i) {
            requests.append({"GET", QStringLiteral("/accounts?limit=20"), {}, {}});
            requests.append({"GET", QStringLiteral("/accounts/%1").arg(id), {}, {}});
        }
        const QList<HttpReply> replies = m_admin->parallel(requests);
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const HttpReply &expected = i % 2 ? one : first;
            QCOMPARE(replies.at(i).status, 200);
            QCOMPARE(replies.at(i).body, expected.body);
            QCOMPARE(replies.at(i).header("ETag"), expected.header("ETag"));
        }
    }

    void parallelLoginsAllSucceed() {
        // Each login writes its token while other threads write theirs.
        HttpClient clients(m_server.url());
        QList<HttpClient::Request> logins;
        for (int i = 0; i < 8; ++i) {
            logins.append(
                {"POST",
                 QStringLiteral("/auth/token"),
                 QJsonDocument(
                     QJsonObject{{QStringLiteral("username"), QStringLiteral("tester")},
                                 {QStringLiteral("password"), QStringLiteral("password-123")}})
                     .toJson(QJsonDocument::Compact),
                 {}});
        }
        QSet<QString> tokens;
        for (const HttpReply &r : clients.parallel(logins)) {
            QVERIFY2(r.status == 200, qPrintable(QStringLiteral("%1: %2").arg(r.status).arg(
                                          QString::fromUtf8(r.body))));
            tokens.insert(r.json()[QStringLiteral("token")].toString());
        }
        QCOMPARE(tokens.size(), 8);
        for (const QString &token : std::as_const(tokens)) {
            HttpClient user(m_server.url());
            user.setToken(token);
            QCOMPARE(user.get(QStringLiteral("/accounts/count")).status, 200);
        }
    }

    void failedLoginsOnSeveralConnectionsLockTheName() {
        // At once, so they arrive on several connections and so on several threads.
        HttpClient guesser(m_server.url());
        QList<HttpClient::Request> guesses;
        for (int i = 0; i < 5; ++i) {
            guesses.append(
                {"POST",
                 QStringLiteral("/auth/token"),
                 QJsonDocument(
                     QJsonObject{{QStringLiteral("username"), QStringLiteral("victim")},
                                 {QStringLiteral("password"), QStringLiteral("guess-%1").arg(i)}})
                     .toJson(QJsonDocument::Compact),
                 {}});
        }
        for (const HttpReply &r : guesser.parallel(guesses))
            QCOMPARE(r.status, 401);
        // Whichever thread answers now knows of all five.
        QList<HttpClient::Request> rightOnes;
        for (int i = 0; i < 4; ++i) {
            rightOnes.append(
                {"POST",
                 QStringLiteral("/auth/token"),
                 QJsonDocument(
                     QJsonObject{{QStringLiteral("username"), QStringLiteral("victim")},
                                 {QStringLiteral("password"), QStringLiteral("password-123")}})
                     .toJson(QJsonDocument::Compact),
                 {}});
        }
        for (const HttpReply &r : guesser.parallel(rightOnes)) {
            QCOMPARE(r.status, 429);
            QCOMPARE(r.json()[QStringLiteral("code")].toString(),
                     QStringLiteral("too-many-attempts"));
        }
    }

    void aChangedPasswordEndsTheSessionOnEveryThread() {
        HttpClient mover(m_server.url());
        QVERIFY(!mover.login(QStringLiteral("mover")).isEmpty());
        // The token is checked (and remembered) by several threads.
        QList<HttpClient::Request> reads;
        for (int i = 0; i < 12; ++i)
            reads.append({"GET", QStringLiteral("/accounts/count"), {}, {}});
        for (const HttpReply &r : mover.parallel(reads))
            QCOMPARE(r.status, 200);

        const QJsonArray users = m_admin->get(QStringLiteral("/users")).array();
        qint64 moverId = 0;
        for (const QJsonValue &u : users) {
            if (u[QStringLiteral("username")].toString() == QLatin1String("mover"))
                moverId = u[QStringLiteral("id")].toInteger();
        }
        QVERIFY(moverId > 0);
        QCOMPARE(m_admin
                     ->patch(QStringLiteral("/users/%1").arg(moverId),
                             {{QStringLiteral("password"), QStringLiteral("a-new-password")}})
                     .status,
                 200);

        // At once, not after some cache expiry, and whichever thread answers.
        for (const HttpReply &r : mover.parallel(reads))
            QCOMPARE(r.status, 401);
        QVERIFY(!mover.login(QStringLiteral("mover"), QStringLiteral("a-new-password")).isEmpty());
        QCOMPARE(mover.get(QStringLiteral("/accounts/count")).status, 200);
    }

    void aDemotedUserLosesItsRightsAtOnce() {
        QCOMPARE(m_admin
                     ->post(QStringLiteral("/users"),
                            {{QStringLiteral("username"), QStringLiteral("boss")},
                             {QStringLiteral("password"), QStringLiteral("password-123")},
                             {QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
                 201);
        HttpClient boss(m_server.url());
        QVERIFY(!boss.login(QStringLiteral("boss")).isEmpty());
        QList<HttpClient::Request> reads;
        for (int i = 0; i < 8; ++i)
            reads.append({"GET", QStringLiteral("/users"), {}, {}});
        for (const HttpReply &r : boss.parallel(reads))
            QCOMPARE(r.status, 200);

        qint64 bossId = 0;
        for (const QJsonValue &u : m_admin->get(QStringLiteral("/users")).array()) {
            if (u[QStringLiteral("username")].toString() == QLatin1String("boss"))
                bossId = u[QStringLiteral("id")].toInteger();
        }
        QCOMPARE(m_admin
                     ->patch(QStringLiteral("/users/%1").arg(bossId),
                             {{QStringLiteral("role"), QStringLiteral("agent")}})
                     .status,
                 200);
        QSet<int> statuses;
        for (const HttpReply &r : boss.parallel(reads))
            statuses.insert(r.status);
        // The role change ended the session (401); in no case does it still act as an admin.
        QVERIFY2(!statuses.contains(200), "no thread serves the old role");
    }

private:
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_admin;
};

QTEST_GUILESS_MAIN(TestServerThreads)
#include "tst_server_threads.moc"
