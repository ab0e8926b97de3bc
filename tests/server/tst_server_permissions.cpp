// GET /auth/me against what the server does: for every role and every action of the `may` list,
// one real request that the action's rule decides. An action listed in `may` is never refused
// with 403, and one left out always is, on a SQLite and on a PostgreSQL server. And the users'
// lifecycle: disabling, a new password and deleting end the user's sessions at once.
#include "tests/server/HttpClient.h"
#include "tests/server/PostgresCluster.h"
#include "tests/server/ServerProcess.h"

#include "app/domain/Permissions.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace bss;
using namespace bss::test;

namespace {

const QStringList roles{QStringLiteral("admin"), QStringLiteral("agent"),
                        QStringLiteral("reseller")};

// A probe's answer: 403 (the role may not), or the rule ran (2xx, 409, 422). Anything else
// means the probe does not reach the rule, and the test says so.
bool reached(int status) {
    return (status >= 200 && status < 300) || status == 409 || status == 422;
}

} // namespace

class TestServerPermissions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_sqlite.setAutoRemove(true); }

    void openApiListsEveryAction() {
        QFile file(QStringLiteral(BSS_OPENAPI_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject me = QJsonDocument::fromJson(file.readAll())
                                   .object()[QStringLiteral("components")]
                                   .toObject()[QStringLiteral("schemas")]
                                   .toObject()[QStringLiteral("Me")]
                                   .toObject();
        const QJsonArray names = me[QStringLiteral("properties")][QStringLiteral("may")]
                                   [QStringLiteral("items")][QStringLiteral("enum")]
                                       .toArray();
        QStringList documented;
        for (const QJsonValue &n : names)
            documented.append(n.toString());
        QStringList known;
        for (Permission p : allPermissions())
            known.append(toString(p));
        QCOMPARE(documented, known);
    }

    void mayMatchesWhatTheServerAllows_data() { stores(); }
    void mayMatchesWhatTheServerAllows() {
        QFETCH(QString, url);
        if (url.isEmpty())
            BSS_REQUIRE_POSTGRES();
        ServerProcess server(url);
        QVERIFY(startWithUsers(server));
        HttpClient admin(server.url());
        QVERIFY(!admin.login(QStringLiteral("tester")).isEmpty());
        QVERIFY(findDemo(admin));

        QStringList failures;
        for (const QString &role : roles) {
            HttpClient client(server.url());
            QVERIFY(!client.login(role + QStringLiteral("1")).isEmpty());
            const HttpReply me = client.get(QStringLiteral("/auth/me"));
            QCOMPARE(me.status, 200);
            const QJsonObject body = me.json();
            QCOMPARE(body[QStringLiteral("role")].toString(), role);
            QCOMPARE(body[QStringLiteral("username")].toString(), role + QStringLiteral("1"));
            QCOMPARE(body[QStringLiteral("accountName")].toString(),
                     role == QLatin1String("reseller") ? QStringLiteral("Northwind Cloud Partners")
                                                       : QString());
            QStringList may;
            for (const QJsonValue &v : body[QStringLiteral("may")].toArray())
                may.append(v.toString());
            QVERIFY(!may.isEmpty());
            for (Permission p : allPermissions()) {
                const HttpReply reply = probe(admin, client, p, role);
                const bool listed = may.contains(toString(p));
                const bool refused = reply.status == 403;
                if ((!refused && !reached(reply.status)) || listed == refused)
                    failures.append(QStringLiteral("%1 as %2: may %3, server answered %4 %5")
                                        .arg(toString(p), role,
                                             listed ? QStringLiteral("lists it")
                                                    : QStringLiteral("leaves it out"))
                                        .arg(reply.status)
                                        .arg(QString::fromUtf8(reply.body.left(160))));
            }
            // What the issue names: a reseller may not save Sync Options nor manage users, an
            // agent may do everything but users, an administrator everything.
            QCOMPARE(may.contains(QStringLiteral("users.manage")), role == QLatin1String("admin"));
            QCOMPARE(may.contains(QStringLiteral("sync.save")), role != QLatin1String("reseller"));
            QVERIFY(may.contains(QStringLiteral("accounts.createEndUser")));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void changedUsersLoseTheirSessionsAtOnce_data() { stores(); }
    void changedUsersLoseTheirSessionsAtOnce() {
        QFETCH(QString, url);
        if (url.isEmpty())
            BSS_REQUIRE_POSTGRES();
        ServerProcess server(url);
        QVERIFY(startWithUsers(server));
        HttpClient admin(server.url());
        QVERIFY(!admin.login(QStringLiteral("tester")).isEmpty());
        const HttpReply created = admin.post(QStringLiteral("/users"),
                                             {{QStringLiteral("username"), QStringLiteral("temp")},
                                              {QStringLiteral("password"), QStringLiteral("short")},
                                              {QStringLiteral("role"), QStringLiteral("agent")}});
        QCOMPARE(created.status, 422);
        QCOMPARE(created.errorFields(), QStringList{QStringLiteral("password")});
        const HttpReply temp = admin.post(
            QStringLiteral("/users"), {{QStringLiteral("username"), QStringLiteral("temp")},
                                       {QStringLiteral("password"), QStringLiteral("password-123")},
                                       {QStringLiteral("role"), QStringLiteral("agent")}});
        QCOMPARE(temp.status, 201);
        const qint64 id = temp.json()[QStringLiteral("id")].toInteger();
        const QString users = QStringLiteral("/users/%1").arg(id);
        HttpClient user(server.url());

        // Disabled: the open session ends with the next request, and signing in is refused.
        QVERIFY(!user.login(QStringLiteral("temp")).isEmpty());
        QCOMPARE(user.get(QStringLiteral("/auth/me")).status, 200);
        const HttpReply disabled = admin.patch(users, {{QStringLiteral("disabled"), true}});
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json()[QStringLiteral("disabled")].toBool(), true);
        QCOMPARE(user.get(QStringLiteral("/accounts")).status, 401);
        HttpClient again(server.url());
        const HttpReply refused =
            again.post(QStringLiteral("/auth/token"),
                       {{QStringLiteral("username"), QStringLiteral("temp")},
                        {QStringLiteral("password"), QStringLiteral("password-123")}});
        QCOMPARE(refused.status, 401);
        QVERIFY2(
            refused.json()[QStringLiteral("detail")].toString().contains(QLatin1String("disabled")),
            refused.body.constData());
        QCOMPARE(admin.patch(users, {{QStringLiteral("disabled"), false}}).status, 200);

        // A new password: the old session ends.
        QVERIFY(!user.login(QStringLiteral("temp")).isEmpty());
        QCOMPARE(
            admin.patch(users, {{QStringLiteral("password"), QStringLiteral("another-secret")}})
                .status,
            200);
        QCOMPARE(user.get(QStringLiteral("/accounts")).status, 401);

        // Deleted: the session ends, the name is free again, the audit keeps who it was.
        QVERIFY(!user.login(QStringLiteral("temp"), QStringLiteral("another-secret")).isEmpty());
        QCOMPARE(admin.del(users).status, 204);
        QCOMPARE(user.get(QStringLiteral("/accounts")).status, 401);
        QCOMPARE(admin.del(users).status, 404);
        QCOMPARE(admin.get(QStringLiteral("/users")).array().size(), 4); // tester + 3 of roles
        const QJsonArray audit =
            admin.get(QStringLiteral("/audit?entity=user&entityId=%1&limit=100").arg(id))
                .json()[QStringLiteral("items")]
                .toArray();
        QStringList trail;
        for (const QJsonValue &e : audit)
            trail.append(e[QStringLiteral("action")].toString() + QLatin1Char(':') +
                         e[QStringLiteral("field")].toString());
        for (const QString &step :
             {QStringLiteral("create:username"), QStringLiteral("update:disabled"),
              QStringLiteral("update:password"), QStringLiteral("delete:username")})
            QVERIFY2(trail.contains(step), qPrintable(trail.join(QLatin1Char(' '))));

        // An administrator does not lock itself out.
        const qint64 self =
            admin.get(QStringLiteral("/users")).array().at(3)[QStringLiteral("id")].toInteger();
        QCOMPARE(admin.get(QStringLiteral("/users"))
                     .array()
                     .at(3)[QStringLiteral("username")]
                     .toString(),
                 QStringLiteral("tester"));
        QCOMPARE(admin.del(QStringLiteral("/users/%1").arg(self)).status, 409);
        QCOMPARE(
            admin.patch(QStringLiteral("/users/%1").arg(self), {{QStringLiteral("disabled"), true}})
                .status,
            422);
    }

private:
    void stores() {
        QTest::addColumn<QString>("url");
        QTest::newRow("sqlite") << QStringLiteral("sqlite:") +
                                       m_sqlite.filePath(QStringLiteral("s%1.sqlite").arg(++m_n));
        if (PostgresCluster::binDir().isEmpty()) {
            QTest::newRow("postgres") << QString(); // skipped, or failed under CI
            return;
        }
        QString error;
        PostgresCluster *cluster = PostgresCluster::shared(&error);
        QVERIFY2(cluster, qPrintable(error));
        const QString url = cluster->createDatabase(QStringLiteral("perm%1").arg(++m_n), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QTest::newRow("postgres") << url;
    }

    bool startWithUsers(ServerProcess &server) {
        QString error;
        if (!server.addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}}, &error) ||
            !server.start({QStringLiteral("--demo")}, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        HttpClient admin(server.url());
        admin.login(QStringLiteral("tester"));
        const QJsonArray accounts = admin.get(QStringLiteral("/accounts?q=Northwind"))
                                        .json()[QStringLiteral("items")]
                                        .toArray();
        if (accounts.isEmpty())
            return false;
        for (const QString &role : roles) {
            QJsonObject body{{QStringLiteral("username"), QString(role + QStringLiteral("1"))},
                             {QStringLiteral("password"), QStringLiteral("password-123")},
                             {QStringLiteral("role"), role}};
            if (role == QLatin1String("reseller"))
                body.insert(QStringLiteral("accountId"),
                            accounts.at(0)[QStringLiteral("id")].toInteger());
            if (admin.post(QStringLiteral("/users"), body).status != 201)
                return false;
        }
        return true;
    }

    // Northwind, Blue Harbor, Alpine Dental (Northwind's end-user with a subscription), KESC.
    bool findDemo(HttpClient &admin) {
        const auto idOf = [&admin](const QString &name) {
            const QJsonArray items = admin.get(QStringLiteral("/accounts?q=") + name)
                                         .json()[QStringLiteral("items")]
                                         .toArray();
            return items.isEmpty() ? 0 : items.at(0)[QStringLiteral("id")].toInteger();
        };
        m_northwind = idOf(QStringLiteral("Northwind"));
        m_blueHarbor = idOf(QStringLiteral("Blue%20Harbor"));
        m_alpine = idOf(QStringLiteral("Alpine"));
        m_kesc = admin.get(QStringLiteral("/products?platform=kaspersky"))
                     .array()
                     .at(0)[QStringLiteral("id")]
                     .toInteger();
        const QJsonArray subs =
            admin.get(QStringLiteral("/subscriptions?accountId=%1").arg(m_alpine))
                .json()[QStringLiteral("items")]
                .toArray();
        m_subscription = subs.isEmpty() ? 0 : subs.at(0)[QStringLiteral("id")].toInteger();
        return m_northwind && m_blueHarbor && m_alpine && m_kesc && m_subscription;
    }

    qint64 newEndUser(HttpClient &admin, const QString &name) {
        return admin
            .post(QStringLiteral("/accounts"),
                  {{QStringLiteral("name"), name},
                   {QStringLiteral("type"), QStringLiteral("endUser")},
                   {QStringLiteral("parentId"), m_northwind},
                   {QStringLiteral("email"), QStringLiteral("x@example.com")}})
            .json()[QStringLiteral("id")]
            .toInteger();
    }

    // A draft order of Alpine Dental with one line without seats (Execute refuses it: 422).
    qint64 draftOrder(HttpClient &admin) {
        const qint64 id =
            admin.post(QStringLiteral("/orders"), {{QStringLiteral("accountId"), m_alpine}})
                .json()[QStringLiteral("id")]
                .toInteger();
        admin.post(QStringLiteral("/orders/%1/lines").arg(id),
                   {{QStringLiteral("productId"), m_kesc}});
        return id;
    }

    // The request that action `p` is, on data the role sees (its own where it is a reseller).
    HttpReply probe(HttpClient &admin, HttpClient &client, Permission p, const QString &role) {
        const QString tag = QString(role + QStringLiteral(" probe"));
        const auto versioned = [&](const QString &path, const QJsonObject &body) {
            const qint64 version = admin.get(path).json()[QStringLiteral("version")].toInteger();
            return client.patch(path, body, HttpClient::ifMatch(version));
        };
        switch (p) {
        case Permission::AccountsCreate:
            return client.post(QStringLiteral("/accounts"),
                               {{QStringLiteral("name"), QString(QStringLiteral("Direct ") + tag)},
                                {QStringLiteral("type"), QStringLiteral("direct")},
                                {QStringLiteral("email"), QStringLiteral("d@example.com")}});
        case Permission::AccountsCreateEndUser:
            return client.post(
                QStringLiteral("/accounts"),
                {{QStringLiteral("name"), QString(QStringLiteral("End-user ") + tag)},
                 {QStringLiteral("type"), QStringLiteral("endUser")},
                 {QStringLiteral("parentId"), m_northwind},
                 {QStringLiteral("email"), QStringLiteral("e@example.com")}});
        case Permission::AccountsEdit:
            return versioned(
                QStringLiteral("/accounts/%1").arg(m_alpine),
                {{QStringLiteral("email"), QStringLiteral("it@alpinedental.example")}});
        case Permission::AccountsMove:
            return versioned(QStringLiteral("/accounts/%1")
                                 .arg(newEndUser(admin, QString(QStringLiteral("Movable ") + tag))),
                             {{QStringLiteral("parentId"), m_blueHarbor}});
        case Permission::SyncSave:
            return client.put(QStringLiteral("/accounts/%1/sync/kaspersky").arg(m_alpine),
                              {{QStringLiteral("email"), QStringLiteral("it@alpinedental.example")},
                               {QStringLiteral("role"), QStringLiteral("User")},
                               {QStringLiteral("parentId"), m_northwind}});
        case Permission::OrdersCreate:
            return client.post(QStringLiteral("/orders"),
                               {{QStringLiteral("accountId"), m_alpine}});
        case Permission::OrdersEdit:
            return client.post(QStringLiteral("/orders/%1/lines").arg(draftOrder(admin)),
                               {{QStringLiteral("productId"), m_kesc}});
        case Permission::OrdersExecute:
            return client.post(QStringLiteral("/orders/%1/execute").arg(draftOrder(admin)), {});
        case Permission::OrdersCancel:
            return client.post(QStringLiteral("/orders/%1/cancel").arg(draftOrder(admin)), {});
        case Permission::SubscriptionsChange:
            return client.post(QStringLiteral("/subscriptions/%1/change").arg(m_subscription),
                               {{QStringLiteral("seats"), 15}, {QStringLiteral("dryRun"), true}});
        case Permission::SubscriptionsRetryProvisioning:
            return client.post(
                QStringLiteral("/subscriptions/%1/retry-provisioning").arg(m_subscription), {});
        case Permission::SubscriptionsRevealKey:
            return client.get(
                QStringLiteral("/subscriptions/%1/activation-key").arg(m_subscription));
        case Permission::StorefrontPurchase:
            return client.post(QStringLiteral("/storefront/purchase"),
                               {{QStringLiteral("accountId"), m_alpine},
                                {QStringLiteral("productId"), m_kesc},
                                {QStringLiteral("seats"), 10},
                                {QStringLiteral("quoteId"), QStringLiteral("no-such-quote")}});
        case Permission::AuditRead:
            return client.get(QStringLiteral("/audit"));
        case Permission::UsersManage:
            return client.get(QStringLiteral("/users"));
        }
        return {};
    }

    QTemporaryDir m_sqlite;
    int m_n = 0;
    qint64 m_northwind = 0;
    qint64 m_blueHarbor = 0;
    qint64 m_alpine = 0;
    qint64 m_kesc = 0;
    qint64 m_subscription = 0;
};

QTEST_GUILESS_MAIN(TestServerPermissions)
#include "tst_server_permissions.moc"
