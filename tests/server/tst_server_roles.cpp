#include "tests/server/HttpClient.h"
#include "tests/server/ServerProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>

using namespace bss::test;

namespace {

enum Role { Admin, Agent, Reseller, Anonymous, RoleCount };
const char *roleNames[] = {"admin", "agent", "reseller", "anonymous"};

// Expected outcomes besides exact statuses.
constexpr int Reached = -1; // the rules ran: 2xx, 409 or 422 (not 401/403/404, never 5xx)
constexpr int Refused = -2; // any 4xx but 401: the role may not touch it

bool matches(int expected, int status) {
    if (expected == Reached)
        return (status >= 200 && status < 300) || status == 409 || status == 422;
    if (expected == Refused)
        return status >= 400 && status < 500 && status != 401;
    return expected == status;
}

struct Row {
    QString operation; // "METHOD /template" as in openapi.json
    std::function<QString(Role)> path;
    QJsonObject body;
    std::array<int, RoleCount> expected;
    // The record whose current version goes into If-Match (none when empty).
    std::function<QString(Role)> versionOf;
};

} // namespace

// Every route × every role: what each may see and do is decided by the server (API.md Roles).
class TestServerRoles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}}, &error),
                 qPrintable(error));
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, &error), qPrintable(error));
        m_admin = std::make_unique<HttpClient>(m_server.url());
        QVERIFY(!m_admin->login(QStringLiteral("tester")).isEmpty());

        const QJsonArray accounts = m_admin->get(QStringLiteral("/accounts?limit=500"))
                                        .json()[QStringLiteral("items")]
                                        .toArray();
        for (const QJsonValue &v : accounts) {
            const QJsonObject a = v.toObject();
            if (a[QStringLiteral("name")] == QStringLiteral("Northwind Cloud Partners"))
                m_resellerA = a[QStringLiteral("id")].toInteger();
            if (a[QStringLiteral("name")] == QStringLiteral("Blue Harbor IT"))
                m_resellerB = a[QStringLiteral("id")].toInteger();
        }
        QVERIFY(m_resellerA && m_resellerB);
        m_endUserA = createEndUser(QStringLiteral("Own Customer"), m_resellerA);
        m_endUserB = createEndUser(QStringLiteral("Foreign Customer"), m_resellerB);
        for (int r = 0; r < RoleCount; ++r)
            m_movable.append(
                createEndUser(QStringLiteral("Movable Customer %1").arg(r), m_resellerA));
        m_kesc = m_admin->get(QStringLiteral("/products?platform=kaspersky"))
                     .array()
                     .at(0)[QStringLiteral("id")]
                     .toInteger();

        QVERIFY(m_admin
                    ->post(QStringLiteral("/users"),
                           {{QStringLiteral("username"), QStringLiteral("agent1")},
                            {QStringLiteral("password"), QStringLiteral("password-123")},
                            {QStringLiteral("role"), QStringLiteral("agent")}})
                    .status == 201);
        const HttpReply reseller = m_admin->post(
            QStringLiteral("/users"), {{QStringLiteral("username"), QStringLiteral("resellerA")},
                                       {QStringLiteral("password"), QStringLiteral("password-123")},
                                       {QStringLiteral("role"), QStringLiteral("reseller")},
                                       {QStringLiteral("accountId"), m_resellerA}});
        QCOMPARE(reseller.status, 201);
        m_agentUserId =
            m_admin->get(QStringLiteral("/users")).array().at(0)[QStringLiteral("id")].toInteger();
        for (int r = 0; r < RoleCount; ++r)
            m_clients[r] = std::make_unique<HttpClient>(m_server.url());
        m_clients[Admin]->login(QStringLiteral("tester"));
        m_clients[Agent]->login(QStringLiteral("agent1"));
        QVERIFY(!m_clients[Reseller]->login(QStringLiteral("resellerA")).isEmpty());

        // A foreign order with two lines, and a foreign subscription (the demo's direct accounts').
        m_orderB =
            m_admin->post(QStringLiteral("/orders"), {{QStringLiteral("accountId"), m_endUserB}})
                .json()[QStringLiteral("id")]
                .toInteger();
        for (int i = 0; i < 3; ++i)
            m_admin->post(QStringLiteral("/orders/%1/lines").arg(m_orderB),
                          {{QStringLiteral("productId"), m_kesc}, {QStringLiteral("seats"), 10}});
        const QJsonArray lines = m_admin->get(QStringLiteral("/orders/%1").arg(m_orderB))
                                     .json()[QStringLiteral("lines")]
                                     .toArray();
        QCOMPARE(lines.size(), 3);
        for (const QJsonValue &l : lines)
            m_linesB.append(l[QStringLiteral("id")].toInteger());
        const QJsonArray subs = m_admin->get(QStringLiteral("/subscriptions?limit=500"))
                                    .json()[QStringLiteral("items")]
                                    .toArray();
        for (const QJsonValue &s : subs) {
            if (!ownedByA(s[QStringLiteral("accountId")].toInteger()))
                m_subscriptionB = s[QStringLiteral("id")].toInteger();
        }
        QVERIFY(m_subscriptionB);
    }

    void everyRouteForEveryRole() {
        const auto fixed = [](const QString &p) { return [p](Role) { return p; }; };
        const QString a = QString::number(m_endUserA), b = QString::number(m_endUserB);
        const QString orderB = QString::number(m_orderB), sub = QString::number(m_subscriptionB);
        const auto movable = [this](Role r) {
            return QStringLiteral("/accounts/%1").arg(m_movable.at(r));
        };
        const QList<Row> rows{
            {QStringLiteral("GET /health"),
             fixed(QStringLiteral("/health")),
             {},
             {200, 200, 200, 200},
             {}},
            {QStringLiteral("GET /health/ready"),
             fixed(QStringLiteral("/health/ready")),
             {},
             {200, 200, 200, 200},
             {}},
            {QStringLiteral("GET /openapi.json"),
             fixed(QStringLiteral("/openapi.json")),
             {},
             {200, 200, 200, 200},
             {}},
            {QStringLiteral("POST /auth/token"),
             fixed(QStringLiteral("/auth/token")),
             {{QStringLiteral("username"), QStringLiteral("agent1")},
              {QStringLiteral("password"), QStringLiteral("password-123")}},
             {200, 200, 200, 200},
             {}},
            {QStringLiteral("GET /users"),
             fixed(QStringLiteral("/users")),
             {},
             {200, 403, 403, 401},
             {}},
            {QStringLiteral("POST /users"),
             fixed(QStringLiteral("/users")),
             {{QStringLiteral("username"), QStringLiteral("someone")},
              {QStringLiteral("password"), QStringLiteral("password-123")},
              {QStringLiteral("role"), QStringLiteral("agent")}},
             {201, 403, 403, 401},
             {}},
            {QStringLiteral("PATCH /users/{id}"),
             fixed(QStringLiteral("/users/%1").arg(m_agentUserId)),
             {{QStringLiteral("role"), QStringLiteral("agent")}},
             {200, 403, 403, 401},
             {}},
            {QStringLiteral("GET /auth/me"),
             fixed(QStringLiteral("/auth/me")),
             {},
             {200, 200, 200, 401},
             {}},
            // A user that does not exist: 404 for the admin, 403 for the others.
            {QStringLiteral("DELETE /users/{id}"),
             fixed(QStringLiteral("/users/999999")),
             {},
             {404, 403, 403, 401},
             {}},
            {QStringLiteral("GET /platforms"),
             fixed(QStringLiteral("/platforms")),
             {},
             {200, 200, 200, 401},
             {}},
            {QStringLiteral("GET /products"),
             fixed(QStringLiteral("/products")),
             {},
             {200, 200, 200, 401},
             {}},
            {QStringLiteral("POST /products/{id}/quote"),
             fixed(QStringLiteral("/products/%1/quote").arg(m_kesc)),
             {{QStringLiteral("seats"), 10}},
             {200, 200, 200, 401},
             {}},
            {QStringLiteral("GET /accounts"),
             fixed(QStringLiteral("/accounts")),
             {},
             {200, 200, 200, 401},
             {}},
            {QStringLiteral("GET /accounts/count"),
             fixed(QStringLiteral("/accounts/count")),
             {},
             {200, 200, 200, 401},
             {}},
            {QStringLiteral("POST /accounts"),
             fixed(QStringLiteral("/accounts")),
             {{QStringLiteral("name"), QStringLiteral("New Own Customer")},
              {QStringLiteral("type"), QStringLiteral("endUser")},
              {QStringLiteral("parentId"), m_resellerA},
              {QStringLiteral("email"), QStringLiteral("own@example.com")}},
             {201, 201, 201, 401},
             {}},
            {QStringLiteral("POST /accounts"),
             fixed(QStringLiteral("/accounts")),
             {{QStringLiteral("name"), QStringLiteral("New Foreign Customer")},
              {QStringLiteral("type"), QStringLiteral("endUser")},
              {QStringLiteral("parentId"), m_resellerB},
              {QStringLiteral("email"), QStringLiteral("foreign@example.com")}},
             {201, 201, 404, 401},
             {}},
            // Staff only (API.md Roles): a reseller creates end-users under itself, nothing else.
            {QStringLiteral("POST /accounts"),
             fixed(QStringLiteral("/accounts")),
             {{QStringLiteral("name"), QStringLiteral("New Direct Customer")},
              {QStringLiteral("type"), QStringLiteral("direct")},
              {QStringLiteral("email"), QStringLiteral("direct@example.com")}},
             {201, 201, 403, 401},
             {}},
            {QStringLiteral("POST /accounts"),
             fixed(QStringLiteral("/accounts")),
             {{QStringLiteral("name"), QStringLiteral("New Reseller")},
              {QStringLiteral("type"), QStringLiteral("reseller")},
              {QStringLiteral("email"), QStringLiteral("reseller@example.com")}},
             {201, 201, 403, 401},
             {}},
            {QStringLiteral("GET /accounts/{id}"),
             fixed(QStringLiteral("/accounts/") + a),
             {},
             {200, 200, 200, 401},
             {}},
            {QStringLiteral("GET /accounts/{id}"),
             fixed(QStringLiteral("/accounts/") + b),
             {},
             {200, 200, 404, 401},
             {}},
            {QStringLiteral("GET /accounts/{id}"),
             fixed(QStringLiteral("/accounts/%1").arg(m_resellerB)),
             {},
             {200, 200, 404, 401},
             {}},
            {QStringLiteral("PATCH /accounts/{id}"),
             fixed(QStringLiteral("/accounts/") + a),
             {{QStringLiteral("email"), QStringLiteral("own2@example.com")}},
             {200, 200, 200, 401},
             fixed(QStringLiteral("/accounts/") + a)},
            {QStringLiteral("PATCH /accounts/{id}"),
             fixed(QStringLiteral("/accounts/") + b),
             {{QStringLiteral("email"), QStringLiteral("foreign2@example.com")}},
             {200, 200, 404, 401},
             fixed(QStringLiteral("/accounts/") + b)},
            // Moving an account is staff only: each role moves an end-user of its own to the other
            // reseller.
            {QStringLiteral("PATCH /accounts/{id}"),
             movable,
             {{QStringLiteral("parentId"), m_resellerB}},
             {200, 200, 403, 401},
             movable},
            // Sync Options are staff only, even on the reseller's own end-user and on itself.
            {QStringLiteral("PUT /accounts/{id}/sync/{platform}"),
             fixed(QStringLiteral("/accounts/%1/sync/kaspersky").arg(a)),
             syncBody(m_resellerA),
             {200, 200, 403, 401},
             {}},
            {QStringLiteral("POST /accounts/{id}/sync/{platform}"),
             fixed(QStringLiteral("/accounts/%1/sync/kaspersky").arg(a)),
             syncBody(m_resellerA),
             {200, 200, 403, 401},
             {}},
            {QStringLiteral("PUT /accounts/{id}/sync/{platform}"),
             fixed(QStringLiteral("/accounts/%1/sync/microsoft").arg(m_resellerA)),
             resellerSyncBody(),
             {Reached, Reached, 403, 401},
             {}},
            {QStringLiteral("POST /accounts/{id}/sync/{platform}"),
             fixed(QStringLiteral("/accounts/%1/sync/microsoft").arg(m_resellerA)),
             resellerSyncBody(),
             {Reached, Reached, 403, 401},
             {}},
            {QStringLiteral("GET /accounts/{id}/sync/{platform}"),
             fixed(QStringLiteral("/accounts/%1/sync/kaspersky").arg(a)),
             {},
             {200, 200, 200, 401},
             {}},
            {QStringLiteral("GET /accounts/{id}/sync/{platform}"),
             fixed(QStringLiteral("/accounts/%1/sync/kaspersky").arg(b)),
             {},
             {200, 200, 404, 401},
             {}},
            {QStringLiteral("PUT /accounts/{id}/sync/{platform}"),
             fixed(QStringLiteral("/accounts/%1/sync/kaspersky").arg(b)),
             syncBody(m_resellerB),
             {200, 200, 404, 401},
             {}},
            {QStringLiteral("POST /accounts/{id}/sync/{platform}"),
             fixed(QStringLiteral("/accounts/%1/sync/kaspersky").arg(b)),
             syncBody(m_resellerB),
             {200, 200, 404, 401},
             {}},
            {QStringLiteral("GET /orders"),
             fixed(QStringLiteral("/orders")),
             {},
             {200, 200, 200, 401},
             {}},
            {QStringLiteral("GET /orders/count"),
             fixed(QStringLiteral("/orders/count")),
             {},
             {200, 200, 200, 401},
             {}},
            {QStringLiteral("POST /orders"),
             fixed(QStringLiteral("/orders")),
             {{QStringLiteral("accountId"), m_endUserA}},
             {201, 201, 201, 401},
             {}},
            {QStringLiteral("POST /orders"),
             fixed(QStringLiteral("/orders")),
             {{QStringLiteral("accountId"), m_endUserB}},
             {201, 201, Refused, 401},
             {}},
            {QStringLiteral("GET /orders/{id}"),
             fixed(QStringLiteral("/orders/") + orderB),
             {},
             {200, 200, 404, 401},
             {}},
            {QStringLiteral("POST /orders/{id}/lines"),
             fixed(QStringLiteral("/orders/%1/lines").arg(orderB)),
             {{QStringLiteral("productId"), m_kesc}},
             {200, 200, 404, 401},
             {}},
            {QStringLiteral("PATCH /orders/{id}/lines/{lineId}"),
             fixed(QStringLiteral("/orders/%1/lines/%2").arg(orderB).arg(m_linesB.at(0))),
             {{QStringLiteral("seats"), 15}},
             {200, 200, 404, 401},
             fixed(QStringLiteral("/orders/") + orderB)},
            {QStringLiteral("DELETE /orders/{id}/lines/{lineId}"),
             [this, orderB](Role r) {
                 return QStringLiteral("/orders/%1/lines/%2")
                     .arg(orderB)
                     .arg(m_linesB.at(r == Agent ? 2 : 1));
             },
             {},
             {200, 200, 404, 401},
             fixed(QStringLiteral("/orders/") + orderB)},
            {QStringLiteral("POST /orders/{id}/execute"),
             fixed(QStringLiteral("/orders/%1/execute").arg(orderB)),
             {},
             {Reached, Reached, 404, 401},
             {}},
            {QStringLiteral("POST /orders/{id}/cancel"),
             fixed(QStringLiteral("/orders/%1/cancel").arg(orderB)),
             {},
             {Reached, Reached, 404, 401},
             {}},
            {QStringLiteral("GET /subscriptions"),
             fixed(QStringLiteral("/subscriptions")),
             {},
             {200, 200, 200, 401},
             {}},
            {QStringLiteral("GET /subscriptions/{id}"),
             fixed(QStringLiteral("/subscriptions/") + sub),
             {},
             {200, 200, 404, 401},
             {}},
            {QStringLiteral("GET /subscriptions/{id}/activation-key"),
             fixed(QStringLiteral("/subscriptions/%1/activation-key").arg(sub)),
             {},
             {200, 200, 404, 401},
             {}},
            {QStringLiteral("POST /subscriptions/{id}/retry-provisioning"),
             fixed(QStringLiteral("/subscriptions/%1/retry-provisioning").arg(sub)),
             {},
             {Reached, Reached, 404, 401},
             {}},
            {QStringLiteral("POST /subscriptions/{id}/change"),
             fixed(QStringLiteral("/subscriptions/%1/change").arg(sub)),
             {{QStringLiteral("seats"), 20}, {QStringLiteral("dryRun"), true}},
             {Reached, Reached, 404, 401},
             {}},
            {QStringLiteral("POST /storefront/purchase"),
             fixed(QStringLiteral("/storefront/purchase")),
             {{QStringLiteral("accountId"), m_endUserB},
              {QStringLiteral("productId"), m_kesc},
              {QStringLiteral("seats"), 10},
              {QStringLiteral("quoteId"), QStringLiteral("no-such-quote")}},
             {Reached, Reached, Refused, 401},
             {}},
            {QStringLiteral("GET /audit"),
             fixed(QStringLiteral("/audit")),
             {},
             {200, 200, 200, 401},
             {}},
            {QStringLiteral("GET /outbox"),
             fixed(QStringLiteral("/outbox")),
             {},
             {200, 200, 200, 401},
             {}},
        };

        QSet<QString> covered;
        QStringList failures;
        for (const Row &row : rows) {
            covered.insert(row.operation);
            const QByteArray verb = row.operation.section(QLatin1Char(' '), 0, 0).toLatin1();
            for (int r = 0; r < RoleCount; ++r) {
                HttpClient::Headers headers;
                if (row.versionOf) {
                    const qint64 version = m_admin->get(row.versionOf(Role(r)))
                                               .json()[QStringLiteral("version")]
                                               .toInteger();
                    headers = HttpClient::ifMatch(version);
                }
                const QString path = row.path(Role(r));
                const HttpReply reply = m_clients[r]->send(
                    verb, path,
                    row.body.isEmpty() ? QByteArray() : QJsonDocument(row.body).toJson(), headers);
                if (!matches(row.expected[r], reply.status)) {
                    failures.append(
                        QStringLiteral("%1 %2 as %3: got %4, expected %5 (%6)")
                            .arg(QString::fromLatin1(verb), path, QLatin1String(roleNames[r]))
                            .arg(reply.status)
                            .arg(row.expected[r])
                            .arg(QString::fromUtf8(reply.body.left(200))));
                }
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        // The matrix covers every operation of the API.
        QFile file(QStringLiteral(BSS_OPENAPI_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject paths =
            QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("paths")].toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            const QStringList methods = it.value().toObject().keys();
            for (const QString &m : methods) {
                const QString op = m.toUpper() + QLatin1Char(' ') + it.key();
                QVERIFY2(covered.contains(op),
                         qPrintable(QStringLiteral("not in the role matrix: ") + op));
            }
        }
    }

    // Every staff-only action of API.md's role matrix, on the reseller's own records: 403 with the
    // code "forbidden", and nothing changes (what an admin sees before and after is the same).
    void resellerIsRefusedEveryStaffOnlyAction_data() {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("versionOf"); // If-Match from this record, when set
        QTest::addColumn<QString>("witness");   // an admin's GET that must not change

        const qint64 own = createEndUser(QStringLiteral("Staff Only Customer"), m_resellerA);
        const QString ownPath = QStringLiteral("/accounts/%1").arg(own);
        const QString ownSync = ownPath + QStringLiteral("/sync/kaspersky");
        const QString selfSync = QStringLiteral("/accounts/%1/sync/kaspersky").arg(m_resellerA);
        const QJsonObject newDirect{
            {QStringLiteral("name"), QStringLiteral("Not Allowed Direct")},
            {QStringLiteral("type"), QStringLiteral("direct")},
            {QStringLiteral("email"), QStringLiteral("direct@example.com")}};
        const QJsonObject newReseller{
            {QStringLiteral("name"), QStringLiteral("Not Allowed Reseller")},
            {QStringLiteral("type"), QStringLiteral("reseller")},
            {QStringLiteral("email"), QStringLiteral("reseller@example.com")}};
        const QString count = QStringLiteral("/accounts/count");
        const QString users = QStringLiteral("/users");
        QTest::newRow("sync.save on an own end-user")
            << QByteArray("PUT") << ownSync << syncBody(m_resellerA) << QString() << ownSync;
        QTest::newRow("sync.save-and-synchronize on an own end-user")
            << QByteArray("POST") << ownSync << syncBody(m_resellerA) << QString() << ownSync;
        QTest::newRow("sync.save on itself")
            << QByteArray("PUT") << selfSync << resellerSyncBody() << QString() << selfSync;
        QTest::newRow("sync.save-and-synchronize on itself")
            << QByteArray("POST") << selfSync << resellerSyncBody() << QString() << selfSync;
        QTest::newRow("accounts.create direct")
            << QByteArray("POST") << QStringLiteral("/accounts") << newDirect << QString() << count;
        QTest::newRow("accounts.create reseller")
            << QByteArray("POST") << QStringLiteral("/accounts") << newReseller << QString()
            << count;
        QTest::newRow("accounts.move to another reseller")
            << QByteArray("PATCH") << ownPath
            << QJsonObject{{QStringLiteral("parentId"), m_resellerB}} << ownPath << ownPath;
        QTest::newRow("accounts.move to no parent")
            << QByteArray("PATCH") << ownPath
            << QJsonObject{{QStringLiteral("parentId"), QJsonValue::Null}} << ownPath << ownPath;
        QTest::newRow("users.list")
            << QByteArray("GET") << users << QJsonObject() << QString() << users;
        QTest::newRow("users.create")
            << QByteArray("POST") << users
            << QJsonObject{{QStringLiteral("username"), QStringLiteral("sneaky")},
                           {QStringLiteral("password"), QStringLiteral("password-123")},
                           {QStringLiteral("role"), QStringLiteral("admin")}}
            << QString() << users;
        QTest::newRow("users.update")
            << QByteArray("PATCH") << QStringLiteral("/users/%1").arg(m_agentUserId)
            << QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}} << QString() << users;
    }

    void resellerIsRefusedEveryStaffOnlyAction() {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, versionOf);
        QFETCH(QString, witness);
        const HttpReply before = m_admin->get(witness);
        QCOMPARE(before.status, 200);
        HttpClient::Headers headers;
        if (!versionOf.isEmpty())
            headers = HttpClient::ifMatch(
                m_admin->get(versionOf).json()[QStringLiteral("version")].toInteger());
        const HttpReply reply = m_clients[Reseller]->send(
            verb, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(), headers);
        QVERIFY2(reply.status == 403,
                 qPrintable(QStringLiteral("%1 %2: %3 %4")
                                .arg(QString::fromLatin1(verb), path)
                                .arg(reply.status)
                                .arg(QString::fromUtf8(reply.body.left(300)))));
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.json()[QStringLiteral("code")].toString(), QStringLiteral("forbidden"));
        const HttpReply after = m_admin->get(witness);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.body, before.body);
    }

    void resellerListsOnlyItsOwnTree() {
        HttpClient &reseller = *m_clients[Reseller];
        const QJsonArray accounts = reseller.get(QStringLiteral("/accounts?limit=500"))
                                        .json()[QStringLiteral("items")]
                                        .toArray();
        QVERIFY(!accounts.isEmpty());
        for (const QJsonValue &a : accounts)
            QVERIFY2(ownedByA(a[QStringLiteral("id")].toInteger()),
                     qPrintable(a[QStringLiteral("name")].toString()));
        const qint64 count = reseller.get(QStringLiteral("/accounts/count"))
                                 .json()[QStringLiteral("count")]
                                 .toInteger();
        QCOMPARE(count, accounts.size());
        for (const QString &list :
             {QStringLiteral("/orders?limit=500"), QStringLiteral("/subscriptions?limit=500"),
              QStringLiteral("/outbox?limit=500")}) {
            const QJsonArray items = reseller.get(list).json()[QStringLiteral("items")].toArray();
            for (const QJsonValue &i : items)
                QVERIFY2(ownedByA(i[QStringLiteral("accountId")].toInteger()), qPrintable(list));
        }
        // Filtering by a foreign account shows nothing rather than the foreign data.
        QCOMPARE(reseller.get(QStringLiteral("/orders?accountId=%1").arg(m_endUserB))
                     .json()[QStringLiteral("items")]
                     .toArray()
                     .size(),
                 0);
    }

    void badOrMissingTokensAre401() {
        HttpClient stranger(m_server.url());
        stranger.setToken(QStringLiteral("not-a-token"));
        const HttpReply reply = stranger.get(QStringLiteral("/accounts"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        // 401 comes before 404 for paths nobody knows.
        QCOMPARE(stranger.get(QStringLiteral("/no/such/thing")).status, 401);
        QCOMPARE(m_clients[Admin]->get(QStringLiteral("/no/such/thing")).status, 404);
    }

private:
    qint64 createEndUser(const QString &name, qint64 parent) {
        const HttpReply r = m_admin->post(
            QStringLiteral("/accounts"),
            {{QStringLiteral("name"), name},
             {QStringLiteral("type"), QStringLiteral("endUser")},
             {QStringLiteral("parentId"), parent},
             {QStringLiteral("email"),
              QString(name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com"))}});
        return r.json()[QStringLiteral("id")].toInteger();
    }
    QJsonObject syncBody(qint64 parent) const {
        return {{QStringLiteral("email"), QStringLiteral("licenses@example.com")},
                {QStringLiteral("role"), QStringLiteral("User")},
                {QStringLiteral("parentId"), parent}};
    }
    // The Sync Options of a reseller's own account (the reseller itself may not save them either).
    static QJsonObject resellerSyncBody() {
        return {{QStringLiteral("email"), QStringLiteral("licensing@northwind.example")},
                {QStringLiteral("role"), QStringLiteral("Reseller")},
                {QStringLiteral("resellerPin"), QStringLiteral("NW-9001")}};
    }
    bool ownedByA(qint64 accountId) {
        if (accountId == m_resellerA)
            return true;
        return m_admin->get(QStringLiteral("/accounts/%1").arg(accountId))
                   .json()[QStringLiteral("parentId")]
                   .toInteger() == m_resellerA;
    }

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_admin;
    std::array<std::unique_ptr<HttpClient>, RoleCount> m_clients;
    qint64 m_resellerA = 0, m_resellerB = 0, m_endUserA = 0, m_endUserB = 0, m_kesc = 0,
           m_orderB = 0;
    qint64 m_subscriptionB = 0, m_agentUserId = 0;
    QList<qint64> m_linesB;
    QList<qint64>
        m_movable; // an end-user of reseller A per role, for the move that only staff may make
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_server_roles.moc"
