#include "tests/server/HttpClient.h"
#include "tests/server/ServerProcess.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace bss::test;

// Many clients at once: one save wins per ETag, one execute makes the subscriptions, even when
// two server processes with several request threads each share the store.
class TestServerConcurrency : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}}, &error),
                 qPrintable(error));
        // Several request threads in each of two server processes on the same store: the races
        // happen between threads and in the database too, whatever the machine's core count.
        const QStringList threads{QStringLiteral("--threads"), QStringLiteral("4")};
        QVERIFY2(m_server.start(QStringList{QStringLiteral("--demo")} + threads, &error),
                 qPrintable(error));
        m_second = std::make_unique<ServerProcess>(m_server.storeUrl());
        QVERIFY2(m_second->start(threads, &error), qPrintable(error));
        m_http = std::make_unique<HttpClient>(m_server.url());
        m_http2 = std::make_unique<HttpClient>(m_second->url());
        QVERIFY(!m_http->login(QStringLiteral("tester")).isEmpty());
        QVERIFY(!m_http2->login(QStringLiteral("tester")).isEmpty());
        m_kesc = m_http->get(QStringLiteral("/products?platform=kaspersky"))
                     .array()
                     .at(0)[QStringLiteral("id")]
                     .toInteger();
    }

    void parallelSavesWithOneEtagOneWins() {
        const QJsonObject account = createAccount(QStringLiteral("Race Ltd"));
        const qint64 id = account[QStringLiteral("id")].toInteger();
        const qint64 version = account[QStringLiteral("version")].toInteger();
        QList<HttpClient::Request> requests;
        for (int i = 0; i < 10; ++i) {
            requests.append({"PATCH", QStringLiteral("/accounts/%1").arg(id),
                             QJsonDocument(QJsonObject{{QStringLiteral("name"),
                                                        QStringLiteral("Race Ltd %1").arg(i)}})
                                 .toJson(),
                             HttpClient::ifMatch(version)});
        }
        const QList<HttpReply> replies = both(requests);
        QString winner;
        int won = 0, stale = 0;
        for (const HttpReply &r : replies) {
            if (r.status == 200) {
                ++won;
                winner = r.json()[QStringLiteral("name")].toString();
            } else if (r.status == 412) {
                ++stale;
            } else {
                QFAIL(qPrintable(QStringLiteral("unexpected %1: %2")
                                     .arg(r.status)
                                     .arg(QString::fromUtf8(r.body))));
            }
        }
        QCOMPARE(won, 1);
        QCOMPARE(stale, 9);
        const QJsonObject after = m_http->get(QStringLiteral("/accounts/%1").arg(id)).json();
        QCOMPARE(after[QStringLiteral("name")].toString(), winner);
        QCOMPARE(after[QStringLiteral("version")].toInteger(), version + 1);
    }

    void parallelSeatSavesWithOneEtagOneWins() {
        const QJsonObject order =
            m_http
                ->post(QStringLiteral("/orders"),
                       {{QStringLiteral("accountId"),
                         createAccount(QStringLiteral("Seats Race"))[QStringLiteral("id")]}})
                .json();
        const qint64 id = order[QStringLiteral("id")].toInteger();
        const QJsonObject withLine = m_http
                                         ->post(QStringLiteral("/orders/%1/lines").arg(id),
                                                {{QStringLiteral("productId"), m_kesc}})
                                         .json();
        const qint64 lineId =
            withLine[QStringLiteral("lines")].toArray().at(0)[QStringLiteral("id")].toInteger();
        const qint64 version = withLine[QStringLiteral("version")].toInteger();
        QList<HttpClient::Request> requests;
        for (int seats = 10; seats < 20; ++seats) {
            requests.append({"PATCH", QStringLiteral("/orders/%1/lines/%2").arg(id).arg(lineId),
                             QJsonDocument(QJsonObject{{QStringLiteral("seats"), seats}}).toJson(),
                             HttpClient::ifMatch(version)});
        }
        const QList<HttpReply> replies = both(requests);
        const auto count = [&](int status) {
            return std::count_if(replies.cbegin(), replies.cend(),
                                 [status](const HttpReply &r) { return r.status == status; });
        };
        QCOMPARE(count(200), 1);
        QCOMPARE(count(412), 9);
    }

    void parallelExecutesMakeOneSetOfSubscriptions() {
        const QJsonObject account = createAccount(QStringLiteral("Execute Race"));
        const qint64 accountId = account[QStringLiteral("id")].toInteger();
        const HttpReply sync =
            m_http->post(QStringLiteral("/accounts/%1/sync/kaspersky").arg(accountId),
                         {{QStringLiteral("email"), account[QStringLiteral("email")]},
                          {QStringLiteral("role"), QStringLiteral("User")}});
        QCOMPARE(sync.json()[QStringLiteral("status")].toString(), QStringLiteral("Synchronized"));
        const qint64 orderId =
            m_http->post(QStringLiteral("/orders"), {{QStringLiteral("accountId"), accountId}})
                .json()[QStringLiteral("id")]
                .toInteger();
        for (int seats : {10, 25})
            QCOMPARE(m_http
                         ->post(QStringLiteral("/orders/%1/lines").arg(orderId),
                                {{QStringLiteral("productId"), m_kesc},
                                 {QStringLiteral("seats"), seats}})
                         .status,
                     200);

        QList<HttpClient::Request> requests;
        for (int i = 0; i < 12; ++i) {
            HttpClient::Headers headers;
            if (i % 3 == 0)
                headers.append(
                    {QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("execute-once")});
            requests.append(
                {"POST", QStringLiteral("/orders/%1/execute").arg(orderId), {}, headers});
        }
        const QList<HttpReply> replies = both(requests);
        QSet<qint64> subscriptionIds;
        for (const HttpReply &r : replies) {
            QVERIFY2(r.status == 200, qPrintable(QStringLiteral("%1: %2").arg(r.status).arg(
                                          QString::fromUtf8(r.body))));
            const QJsonArray subs = r.json()[QStringLiteral("subscriptions")].toArray();
            QCOMPARE(subs.size(), 2);
            for (const QJsonValue &s : subs)
                subscriptionIds.insert(s[QStringLiteral("id")].toInteger());
        }
        QCOMPARE(subscriptionIds.size(), 2);
        const QJsonArray stored =
            m_http->get(QStringLiteral("/subscriptions?accountId=%1").arg(accountId))
                .json()[QStringLiteral("items")]
                .toArray();
        QCOMPARE(stored.size(), 2);
    }

    void idempotencyKeyReplaysACreate() {
        const HttpClient::Headers key{
            {QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("create-once")}};
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Once Only")},
                               {QStringLiteral("type"), QStringLiteral("direct")},
                               {QStringLiteral("email"), QStringLiteral("once@example.com")}};
        const qint64 before = m_http->get(QStringLiteral("/accounts/count"))
                                  .json()[QStringLiteral("count")]
                                  .toInteger();
        const QList<HttpReply> replies =
            both({{"POST", QStringLiteral("/accounts"), QJsonDocument(body).toJson(), key},
                  {"POST", QStringLiteral("/accounts"), QJsonDocument(body).toJson(), key},
                  {"POST", QStringLiteral("/accounts"), QJsonDocument(body).toJson(), key},
                  {"POST", QStringLiteral("/accounts"), QJsonDocument(body).toJson(), key}});
        QSet<qint64> ids;
        for (const HttpReply &r : replies) {
            QCOMPARE(r.status, 201);
            ids.insert(r.json()[QStringLiteral("id")].toInteger());
        }
        QCOMPARE(ids.size(), 1);
        QCOMPARE(m_http->get(QStringLiteral("/accounts/count"))
                     .json()[QStringLiteral("count")]
                     .toInteger(),
                 before + 1);
        // The same key for another request is refused rather than replayed.
        const HttpReply other = m_http->post(QStringLiteral("/orders"),
                                             {{QStringLiteral("accountId"), *ids.cbegin()}}, key);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.json()[QStringLiteral("code")].toString(),
                 QStringLiteral("idempotency-key-mismatch"));
    }

private:
    // Half the requests to each server process, all at once.
    QList<HttpReply> both(const QList<HttpClient::Request> &requests) {
        QList<HttpClient::Request> first, second;
        for (qsizetype i = 0; i < requests.size(); ++i)
            (i % 2 ? second : first).append(requests.at(i));
        // Start the second batch without waiting for the first: one event loop serves both.
        QList<HttpReply> a, b;
        QTimer::singleShot(0, [&] { b = m_http2->parallel(second); });
        a = m_http->parallel(first);
        // The nested loop of the second batch ran inside the first one's, so both are done.
        Q_ASSERT(b.size() == second.size());
        return a + b;
    }

    QJsonObject createAccount(const QString &name) {
        const HttpReply r = m_http->post(
            QStringLiteral("/accounts"),
            {{QStringLiteral("name"), name},
             {QStringLiteral("type"), QStringLiteral("direct")},
             {QStringLiteral("email"),
              QString(name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com"))}});
        return r.json();
    }

    ServerProcess m_server;
    std::unique_ptr<ServerProcess> m_second;
    std::unique_ptr<HttpClient> m_http, m_http2;
    qint64 m_kesc = 0;
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
