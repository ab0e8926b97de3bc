// Two bssdesk-server processes on one PostgreSQL database, as behind a load balancer: whatever
// server a request reaches, the answer is the one a single server would give. Saves with one
// ETag, executes of one order, Idempotency-Key replays, sessions and the failed-login lock all
// hold across both, because none of it lives in one server's memory.
#include "tests/server/HttpClient.h"
#include "tests/server/PostgresCluster.h"
#include "tests/server/ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>
#include <vector>

using namespace bss::test;

namespace {

QByteArray jsonBody(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString describe(const HttpReply &r) {
    return QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
}

} // namespace

class TestServerCluster : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        BSS_REQUIRE_POSTGRES();
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        const QString store = m_cluster.createDatabase(QStringLiteral("cluster"), &error);
        QVERIFY2(!store.isEmpty(), qPrintable(error));
        for (int i = 0; i < 2; ++i)
            m_servers.push_back(std::make_unique<ServerProcess>(store));
        const QList<std::pair<QString, QString>> users{
            {QStringLiteral("tester"), QStringLiteral("admin")},
            {QStringLiteral("victim"), QStringLiteral("agent")},
            {QStringLiteral("bystander"), QStringLiteral("agent")}};
        for (const auto &[name, role] : users)
            QVERIFY2(m_servers[0]->addUser({name, role, {}}, &error), qPrintable(error));
        const QStringList threads{QStringLiteral("--threads"), QStringLiteral("2")};
        QVERIFY2(m_servers[0]->start(QStringList{QStringLiteral("--demo")} + threads, &error),
                 qPrintable(error));
        QVERIFY2(m_servers[1]->start(threads, &error), qPrintable(error));
        QVERIFY(m_servers[0]->url() != m_servers[1]->url());

        // A session opened on the first server.
        m_a = std::make_unique<HttpClient>(m_servers[0]->url());
        m_token = m_a->login(QStringLiteral("tester"));
        QVERIFY(!m_token.isEmpty());
        m_b = client(1);
        m_kesc = m_a->get(QStringLiteral("/products?platform=kaspersky"))
                     .array()
                     .at(0)[QStringLiteral("id")]
                     .toInteger();
        QVERIFY(m_kesc > 0);
    }

    void bothServersAreReady() {
        for (const auto &server : m_servers) {
            HttpClient anonymous(server->url());
            const HttpReply ready = anonymous.get(QStringLiteral("/health/ready"));
            QCOMPARE(ready.status, 200);
            QCOMPARE(ready.json()[QStringLiteral("status")].toString(), QStringLiteral("ready"));
            QCOMPARE(ready.json()[QStringLiteral("store")].toString(), QStringLiteral("postgres"));
        }
    }

    void aTokenFromOneServerWorksOnTheOtherUntilRevokedThere() {
        // The token from the first server's login, on the second server, as the admin it is.
        const HttpReply users = m_b->get(QStringLiteral("/users"));
        QVERIFY2(users.status == 200, qPrintable(describe(users)));
        QVERIFY(!users.array().isEmpty());

        // A bystander logs in on the second server and reads through the first.
        HttpClient onB(m_servers[1]->url());
        const QString token = onB.login(QStringLiteral("bystander"));
        QVERIFY(!token.isEmpty());
        HttpClient onA(m_servers[0]->url());
        onA.setToken(token);
        QCOMPARE(onA.get(QStringLiteral("/accounts/count")).status, 200);
        QCOMPARE(onB.get(QStringLiteral("/accounts/count")).status, 200);

        // An admin changes the bystander's password on the second server: the session ends there
        // with the very next request, and on the first as soon as the database's notice of the
        // change reaches it (its token cache, app/store/TokenCache.h: well under a millisecond
        // on a quiet machine, tens of milliseconds on a busy one).
        const qint64 id = userId(QStringLiteral("bystander"));
        const HttpReply changed =
            m_b->patch(QStringLiteral("/users/%1").arg(id),
                       {{QStringLiteral("password"), QStringLiteral("another-password-1")}});
        QVERIFY2(changed.status == 200, qPrintable(describe(changed)));
        QCOMPARE(onB.get(QStringLiteral("/accounts/count")).status, 401);
        QTRY_COMPARE_WITH_TIMEOUT(onA.get(QStringLiteral("/accounts/count")).status, 401, 1000);
        // The new password opens a session through either server.
        HttpClient again(m_servers[0]->url());
        QVERIFY(!again.login(QStringLiteral("bystander"), QStringLiteral("another-password-1"))
                     .isEmpty());
    }

    void sixteenParallelSavesWithOneEtagOneWins() {
        const QJsonObject account = createAccount(QStringLiteral("Cluster Race Ltd"));
        const qint64 id = account[QStringLiteral("id")].toInteger();
        const qint64 version = account[QStringLiteral("version")].toInteger();
        QList<std::pair<HttpClient *, HttpClient::Request>> requests;
        for (int i = 0; i < 16; ++i) {
            requests.append(
                {freshClient(i % 2),
                 {"PATCH", QStringLiteral("/accounts/%1").arg(id),
                  jsonBody({{QStringLiteral("name"), QStringLiteral("Cluster Race %1").arg(i)}}),
                  HttpClient::ifMatch(version)}});
        }
        const QList<HttpReply> replies = HttpClient::parallel(requests);
        QString winner;
        QSet<int> winningServer;
        int won = 0, stale = 0;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const HttpReply &r = replies.at(i);
            if (r.status == 200) {
                ++won;
                winner = r.json()[QStringLiteral("name")].toString();
                winningServer.insert(int(i % 2));
                QCOMPARE(r.header("ETag"), QByteArray('"' + QByteArray::number(version + 1) + '"'));
            } else {
                QVERIFY2(r.status == 412, qPrintable(describe(r)));
                ++stale;
            }
        }
        QCOMPARE(won, 1);
        QCOMPARE(stale, 15);
        // Both servers show the winner's name, one version on.
        for (HttpClient *c : {m_a.get(), m_b.get()}) {
            const QJsonObject after = c->get(QStringLiteral("/accounts/%1").arg(id)).json();
            QCOMPARE(after[QStringLiteral("name")].toString(), winner);
            QCOMPARE(after[QStringLiteral("version")].toInteger(), version + 1);
        }
    }

    void twelveParallelExecutesMakeOneSubscriptionPerLine() {
        const QJsonObject account = createAccount(QStringLiteral("Cluster Execute Ltd"));
        const qint64 accountId = account[QStringLiteral("id")].toInteger();
        const HttpReply sync =
            m_a->post(QStringLiteral("/accounts/%1/sync/kaspersky").arg(accountId),
                      {{QStringLiteral("email"), account[QStringLiteral("email")]},
                       {QStringLiteral("role"), QStringLiteral("User")}});
        QCOMPARE(sync.json()[QStringLiteral("status")].toString(), QStringLiteral("Synchronized"));
        const qint64 orderId =
            m_a->post(QStringLiteral("/orders"), {{QStringLiteral("accountId"), accountId}})
                .json()[QStringLiteral("id")]
                .toInteger();
        QSet<qint64> lineIds;
        for (int seats : {10, 25}) {
            const HttpReply line = m_b->post(
                QStringLiteral("/orders/%1/lines").arg(orderId),
                {{QStringLiteral("productId"), m_kesc}, {QStringLiteral("seats"), seats}});
            QVERIFY2(line.status == 200, qPrintable(describe(line)));
            for (const QJsonValue &l : line.json()[QStringLiteral("lines")].toArray())
                lineIds.insert(l[QStringLiteral("id")].toInteger());
        }
        QCOMPARE(lineIds.size(), 2);

        QList<std::pair<HttpClient *, HttpClient::Request>> requests;
        for (int i = 0; i < 12; ++i)
            requests.append({freshClient(i % 2),
                             {"POST", QStringLiteral("/orders/%1/execute").arg(orderId), {}, {}}});
        const QList<HttpReply> replies = HttpClient::parallel(requests);
        QSet<qint64> subscriptionIds;
        for (const HttpReply &r : replies) {
            // Executing an executed order creates nothing and answers the same subscriptions.
            QVERIFY2(r.status == 200, qPrintable(describe(r)));
            QCOMPARE(r.json()[QStringLiteral("order")][QStringLiteral("status")].toString(),
                     QStringLiteral("executed"));
            const QJsonArray subs = r.json()[QStringLiteral("subscriptions")].toArray();
            QCOMPARE(subs.size(), 2);
            for (const QJsonValue &s : subs)
                subscriptionIds.insert(s[QStringLiteral("id")].toInteger());
        }
        QCOMPARE(subscriptionIds.size(), 2);
        // What the account's subscriptions list shows, through either server: one per line.
        for (HttpClient *c : {m_a.get(), m_b.get()}) {
            const QJsonArray stored =
                c->get(QStringLiteral("/subscriptions?accountId=%1").arg(accountId))
                    .json()[QStringLiteral("items")]
                    .toArray();
            QCOMPARE(stored.size(), 2);
            QSet<qint64> ids;
            for (const QJsonValue &s : stored)
                ids.insert(s[QStringLiteral("id")].toInteger());
            QCOMPARE(ids, subscriptionIds);
        }
    }

    void anIdempotencyKeyReplayedOnTheOtherServerGetsTheSameAnswer() {
        const qint64 before = accountCount();
        const HttpClient::Headers key{
            {QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("cluster-create-once")}};
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Cluster Once Ltd")},
                               {QStringLiteral("type"), QStringLiteral("direct")},
                               {QStringLiteral("email"), QStringLiteral("once@cluster.example")}};
        const HttpReply first = m_a->post(QStringLiteral("/accounts"), body, key);
        QVERIFY2(first.status == 201, qPrintable(describe(first)));
        QVERIFY(first.header("Idempotent-Replayed").isEmpty());
        const HttpReply replayed = m_b->post(QStringLiteral("/accounts"), body, key);
        QCOMPARE(replayed.status, first.status);
        QCOMPARE(replayed.body, first.body);
        QCOMPARE(replayed.header("ETag"), first.header("ETag"));
        QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(accountCount(), before + 1);

        // At once on both servers, with another key: still one account, one answer.
        const HttpClient::Headers other{
            {QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("cluster-create-twice")}};
        QJsonObject second = body;
        second[QStringLiteral("name")] = QStringLiteral("Cluster Twice Ltd");
        QList<std::pair<HttpClient *, HttpClient::Request>> requests;
        for (int i = 0; i < 6; ++i)
            requests.append({freshClient(i % 2),
                             {"POST", QStringLiteral("/accounts"), jsonBody(second), other}});
        const QList<HttpReply> replies = HttpClient::parallel(requests);
        for (const HttpReply &r : replies) {
            QVERIFY2(r.status == 201, qPrintable(describe(r)));
            QCOMPARE(r.json(), replies.constFirst().json());
        }
        QCOMPARE(accountCount(), before + 2);
    }

    void failedLoginsOnOneServerLockTheNameOnTheOther() {
        // Five wrong passwords, taking turns between the servers (three on one, two on the
        // other): neither saw five, the database did.
        for (int i = 0; i < 5; ++i) {
            HttpClient guesser(m_servers[size_t(i % 2)]->url());
            const HttpReply r =
                guesser.post(QStringLiteral("/auth/token"),
                             {{QStringLiteral("username"), QStringLiteral("victim")},
                              {QStringLiteral("password"), QStringLiteral("guess-%1").arg(i)}});
            QVERIFY2(r.status == 401, qPrintable(describe(r)));
        }
        // Now the right password is refused on both servers for a while.
        for (const auto &server : m_servers) {
            HttpClient user(server->url());
            const HttpReply locked =
                user.post(QStringLiteral("/auth/token"),
                          {{QStringLiteral("username"), QStringLiteral("victim")},
                           {QStringLiteral("password"), QStringLiteral("password-123")}});
            QVERIFY2(locked.status == 429, qPrintable(describe(locked)));
            QCOMPARE(locked.json()[QStringLiteral("code")].toString(),
                     QStringLiteral("too-many-attempts"));
        }
        // Other names are not affected.
        HttpClient other(m_servers[1]->url());
        QVERIFY(!other.login(QStringLiteral("tester")).isEmpty());

        // After the lock (one second after the fifth failure), the right password works on
        // either server, and a success forgets the count there for all of them.
        HttpClient user(m_servers[1]->url());
        QTRY_VERIFY_WITH_TIMEOUT(!user.login(QStringLiteral("victim")).isEmpty(), 5000);
        HttpClient guesser(m_servers[0]->url());
        QCOMPARE(guesser
                     .post(QStringLiteral("/auth/token"),
                           {{QStringLiteral("username"), QStringLiteral("victim")},
                            {QStringLiteral("password"), QStringLiteral("one-more-guess")}})
                     .status,
                 401);
        HttpClient back(m_servers[0]->url());
        QVERIFY(!back.login(QStringLiteral("victim")).isEmpty());
    }

    void cleanupTestCase() {
        m_clients.clear();
        for (const auto &server : m_servers)
            server->stop();
        m_cluster.stop();
    }

private:
    // The admin's session on server `index`, through a client of its own (its own connections).
    std::unique_ptr<HttpClient> client(int index) {
        auto c = std::make_unique<HttpClient>(m_servers[size_t(index)]->url());
        c->setToken(m_token);
        return c;
    }
    HttpClient *freshClient(int index) {
        m_clients.push_back(client(index));
        return m_clients.back().get();
    }

    QJsonObject createAccount(const QString &name) {
        const HttpReply r =
            m_a->post(QStringLiteral("/accounts"),
                      {{QStringLiteral("name"), name},
                       {QStringLiteral("type"), QStringLiteral("direct")},
                       {QStringLiteral("email"), QString(name.toLower().remove(QLatin1Char(' ')) +
                                                         QStringLiteral("@example.com"))}});
        if (r.status != 201)
            qWarning("cannot create %s: %s", qPrintable(name), qPrintable(describe(r)));
        return r.json();
    }

    qint64 accountCount() {
        return m_b->get(QStringLiteral("/accounts/count"))
            .json()[QStringLiteral("count")]
            .toInteger();
    }

    qint64 userId(const QString &name) {
        const QJsonArray users = m_a->get(QStringLiteral("/users")).array();
        for (const QJsonValue &u : users) {
            if (u[QStringLiteral("username")].toString() == name)
                return u[QStringLiteral("id")].toInteger();
        }
        return 0;
    }

    PostgresCluster m_cluster;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
    std::unique_ptr<HttpClient> m_a, m_b; // the admin on the first and on the second server
    std::vector<std::unique_ptr<HttpClient>> m_clients;
    QString m_token;
    qint64 m_kesc = 0;
};

QTEST_GUILESS_MAIN(TestServerCluster)
#include "tst_server_cluster.moc"
