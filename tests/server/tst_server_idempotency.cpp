// An Idempotency-Key binds the request it came with: a retry (same key, same request, however
// its JSON is spaced or ordered) gets the first answer byte for byte, and the same key with
// another request is refused with 422 idempotency-key-mismatch, doing nothing. And a failure of
// the server's database answers 500 with a request id, never the driver's words. On SQLite and
// PostgreSQL servers.

#include "app/backend/RestBackend.h"
#include "app/store/StoreConfig.h"
#include "tests/server/HttpClient.h"
#include "tests/server/PostgresCluster.h"
#include "tests/server/RestFixture.h"
#include "tests/server/ServerProcess.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace bss;
using namespace bss::test;

namespace {

HttpClient::Headers key(const QByteArray &value) {
    return {{QByteArrayLiteral("Idempotency-Key"), value}};
}

QString describe(const HttpReply &r) {
    return QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(400)));
}

} // namespace

class TestServerIdempotency : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }

    void init() {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres)
            BSS_REQUIRE_POSTGRES();
        QString error;
        const QString store = RestFixture::freshStore(
            postgres ? RestFixture::Store::Postgres : RestFixture::Store::Sqlite, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_server = std::make_unique<ServerProcess>(store);
        QVERIFY2(m_server->addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}}, &error),
                 qPrintable(error));
        QVERIFY2(m_server->start({QStringLiteral("--demo")}, &error), qPrintable(error));
        m_http = std::make_unique<HttpClient>(m_server->url());
        QVERIFY(!m_http->login(QStringLiteral("tester")).isEmpty());
    }

    void cleanup() {
        m_http.reset();
        m_server.reset();
    }

    void theSameKeyForAnotherAccountIsRefused() {
        const qint64 a = createAccount(QStringLiteral("Keyholder A"));
        const qint64 b = createAccount(QStringLiteral("Keyholder B"));
        const HttpReply first = m_http->post(QStringLiteral("/orders"),
                                             {{QStringLiteral("accountId"), a}}, key("order-1"));
        QVERIFY2(first.status == 201, qPrintable(describe(first)));

        const HttpReply other = m_http->post(QStringLiteral("/orders"),
                                             {{QStringLiteral("accountId"), b}}, key("order-1"));
        QVERIFY2(other.status == 422, qPrintable(describe(other)));
        QCOMPARE(other.json()[QStringLiteral("code")].toString(),
                 QStringLiteral("idempotency-key-mismatch"));
        QVERIFY(other.errorFields().contains(QStringLiteral("Idempotency-Key")));
        QVERIFY(other.header("Idempotent-Replayed").isEmpty());
        QCOMPARE(ordersOf(b), 0);
        QCOMPARE(ordersOf(a), 1);

        // The same key on another path is another request too.
        const HttpReply elsewhere =
            m_http->post(QStringLiteral("/accounts"),
                         {{QStringLiteral("name"), QStringLiteral("Keyholder C")},
                          {QStringLiteral("type"), QStringLiteral("direct")}},
                         key("order-1"));
        QVERIFY2(elsewhere.status == 422, qPrintable(describe(elsewhere)));
        QCOMPARE(accountsNamed(QStringLiteral("Keyholder C")), 0);

        // The true retry still gets the first answer.
        const HttpReply retry = m_http->post(QStringLiteral("/orders"),
                                             {{QStringLiteral("accountId"), a}}, key("order-1"));
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.body, first.body);
        QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(ordersOf(a), 1);
    }

    void aPurchaseOfOtherSeatsUnderTheSameKeyIsRefused() {
        const qint64 a = createAccount(QStringLiteral("Seat Buyer"));
        const HttpReply synced =
            m_http->post(QStringLiteral("/accounts/%1/sync/kaspersky").arg(a),
                         {{QStringLiteral("email"), QStringLiteral("buyer@example.com")},
                          {QStringLiteral("role"), QStringLiteral("User")}});
        QVERIFY2(synced.status == 200, qPrintable(describe(synced)));
        const qint64 kesc = m_http->get(QStringLiteral("/products?platform=kaspersky"))
                                .array()
                                .at(0)[QStringLiteral("id")]
                                .toInteger();
        const auto buy = [&](int seats) {
            const QString quoteId = m_http
                                        ->post(QStringLiteral("/products/%1/quote").arg(kesc),
                                               {{QStringLiteral("seats"), seats}})
                                        .json()[QStringLiteral("quoteId")]
                                        .toString();
            return m_http->post(QStringLiteral("/storefront/purchase"),
                                {{QStringLiteral("accountId"), a},
                                 {QStringLiteral("productId"), kesc},
                                 {QStringLiteral("seats"), seats},
                                 {QStringLiteral("quoteId"), quoteId}},
                                key("purchase-1"));
        };
        const HttpReply five = buy(5);
        QVERIFY2(five.status >= 200 && five.status < 300, qPrintable(describe(five)));
        const HttpReply twenty = buy(20);
        QVERIFY2(twenty.status == 422, qPrintable(describe(twenty)));
        QCOMPARE(twenty.json()[QStringLiteral("code")].toString(),
                 QStringLiteral("idempotency-key-mismatch"));

        const QJsonArray subscriptions =
            m_http->get(QStringLiteral("/subscriptions?accountId=%1").arg(a))
                .json()[QStringLiteral("items")]
                .toArray();
        QCOMPARE(subscriptions.size(), 1);
        QCOMPARE(subscriptions.at(0)[QStringLiteral("seats")].toInt(), 5);
    }

    void theSameBodySpacedAndOrderedOtherwiseIsReplayedByteForByte() {
        const QByteArray sent =
            R"({"name":"Replay Ltd","type":"direct","email":"replay@example.com"})";
        const QByteArray again = "{\n  \"email\" : \"replay@example.com\",\n  \"type\": "
                                 "\"direct\",\n\t\"name\": \"Replay\\u0020Ltd\"\n}\n";
        const HttpClient::Headers headers =
            key("create-replay") +
            HttpClient::Headers{{QByteArrayLiteral("Content-Type"), "application/json"}};
        const HttpReply first = m_http->send("POST", QStringLiteral("/accounts"), sent, headers);
        QVERIFY2(first.status == 201, qPrintable(describe(first)));
        const HttpReply second = m_http->send("POST", QStringLiteral("/accounts"), again, headers);
        QVERIFY2(second.status == 201, qPrintable(describe(second)));
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.header("ETag"), first.header("ETag"));
        QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(accountsNamed(QStringLiteral("Replay Ltd")), 1);
    }

    // The database fails under a request (here: a table it writes has gone): the client reads
    // a request id and a generic sentence, the server's log the driver's words with that id.
    void aDatabaseFailureAnswersAnIdNotTheDriversWords() {
        {
            const StoreConfig config = StoreConfig::parse(m_server->storeUrl()).value();
            QSqlDatabase db = QSqlDatabase::addDatabase(config.kind == StoreConfig::Kind::Postgres
                                                            ? QStringLiteral("QPSQL")
                                                            : QStringLiteral("QSQLITE"),
                                                        QStringLiteral("saboteur"));
            if (config.kind == StoreConfig::Kind::Postgres) {
                db.setHostName(config.host);
                db.setPort(config.port);
                db.setUserName(config.user);
                db.setDatabaseName(config.database);
            } else {
                db.setDatabaseName(config.path);
            }
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE audit RENAME TO audit_gone")),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));

        const HttpReply failed = m_http->post(
            QStringLiteral("/accounts"), {{QStringLiteral("name"), QStringLiteral("Doomed Ltd")},
                                          {QStringLiteral("type"), QStringLiteral("direct")}});
        QVERIFY2(failed.status == 500, qPrintable(describe(failed)));
        const QByteArray id = failed.header("X-Request-Id");
        QVERIFY(id.size() >= 8);
        const QJsonObject problem = failed.json();
        QCOMPARE(problem[QStringLiteral("code")].toString(), QStringLiteral("internal-error"));
        QVERIFY2(problem[QStringLiteral("detail")].toString().contains(QString::fromLatin1(id)),
                 qPrintable(describe(failed)));
        for (const char *word : {"audit", "relation", "no such table", "SQL", "ERROR", "store"})
            QVERIFY2(!failed.body.contains(word), qPrintable(describe(failed)));
        // The log has the id and the reason.
        QTRY_VERIFY2(m_server->errorOutput().contains(QString::fromLatin1(id)),
                     qPrintable(m_server->errorOutput().right(2000)));
        const QString log = m_server->errorOutput();
        const QString line = log.mid(log.indexOf(QString::fromLatin1(id))).section(u'\n', 0, 0);
        QVERIFY2(line.contains(QLatin1String("audit")), qPrintable(line));
        // Every answer carries an id, a successful one too.
        QVERIFY(!m_http->get(QStringLiteral("/health")).header("X-Request-Id").isEmpty());
    }

    // The desktop client sends a key of its own with every call, so it never causes the mismatch;
    // if a proxy ever mixes requests up, the user reads that nothing was done, not a header name.
    void theDesktopClientExplainsAMismatch() {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres)
            QSKIP("The client's words do not depend on the store.");
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
        connect(&fake, &QTcpServer::newConnection, &fake, [&fake] {
            QTcpSocket *socket = fake.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                const QByteArray body = R"({"type":"x","title":"t","status":422,"detail":"d",)"
                                        R"("code":"idempotency-key-mismatch",)"
                                        R"("errors":[{"field":"Idempotency-Key","message":"m"}]})";
                socket->write("HTTP/1.1 422 Unprocessable Entity\r\n"
                              "Content-Type: application/problem+json\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        RestBackend backend(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(fake.serverPort())));
        const Result<Order> order = await(backend.createOrder(1));
        QVERIFY(!order);
        QCOMPARE(order.error().code, QStringLiteral("idempotency-key-mismatch"));
        QVERIFY(order.error().fieldErrors.isEmpty());
        QVERIFY2(order.error().describe().contains(QLatin1String("nothing was changed")),
                 qPrintable(order.error().describe()));
    }

private:
    qint64 createAccount(const QString &name) {
        const HttpReply r =
            m_http->post(QStringLiteral("/accounts"),
                         {{QStringLiteral("name"), name},
                          {QStringLiteral("type"), QStringLiteral("direct")},
                          {QStringLiteral("email"), QStringLiteral("someone@example.com")}});
        if (r.status != 201)
            qWarning("create account: %s", qPrintable(describe(r)));
        return r.json()[QStringLiteral("id")].toInteger();
    }
    qsizetype ordersOf(qint64 account) {
        return m_http->get(QStringLiteral("/orders?accountId=%1").arg(account))
            .json()[QStringLiteral("items")]
            .toArray()
            .size();
    }
    qsizetype accountsNamed(const QString &name) {
        const QJsonArray items =
            m_http->get(QStringLiteral("/accounts?q=%1").arg(name.section(u' ', 0, 0)))
                .json()[QStringLiteral("items")]
                .toArray();
        return std::count_if(items.begin(), items.end(), [&](const QJsonValue &v) {
            return v[QStringLiteral("name")].toString() == name;
        });
    }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
};

QTEST_GUILESS_MAIN(TestServerIdempotency)
#include "tst_server_idempotency.moc"
