#include "app/services/AuthService.h"
#include "app/store/SqlStore.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <functional>

using namespace bss;
using namespace bss::test;

namespace {

// What a row expects of the reseller's call: refused as staff only, refused as not its own
// record, refused either way (NotFound or a validation error that names nothing of the record),
// or allowed (so that the actor is known to be a working reseller, not a broken one).
enum class Expect { Forbidden, NotFound, Refused, Allowed };

struct Row {
    QString action; // as API.md and GET /auth/me name it
    std::function<Result<Done>(Backend &)> call;
    Expect expected;
};

template <typename T> Result<Done> done(const Result<T> &r) {
    if (!r)
        return r.error();
    return Done{};
}

QString expectedText(Expect e) {
    switch (e) {
    case Expect::Forbidden:
        return QStringLiteral("Forbidden");
    case Expect::NotFound:
        return QStringLiteral("NotFound");
    case Expect::Refused:
        return QStringLiteral("NotFound or Validation");
    case Expect::Allowed:
        break;
    }
    return QStringLiteral("success");
}

bool matches(Expect expected, const Result<Done> &r) {
    switch (expected) {
    case Expect::Forbidden:
        return !r && r.error().kind == ErrorKind::Forbidden &&
               r.error().code == QStringLiteral("forbidden");
    case Expect::NotFound:
        return !r && r.error().kind == ErrorKind::NotFound;
    case Expect::Refused:
        return !r &&
               (r.error().kind == ErrorKind::NotFound || r.error().kind == ErrorKind::Validation);
    case Expect::Allowed:
        break;
    }
    return r.ok();
}

Id accountNamed(Backend &backend, const QString &name) {
    AccountQuery q;
    q.q = name;
    const Result<Page<Account>> page = await(backend.accounts(q));
    if (!page)
        return 0;
    for (const Account &a : page->items) {
        if (a.name == name)
            return a.id;
    }
    return 0;
}

SyncOptionsInput userOptions(Id parent) {
    SyncOptionsInput in;
    in.parentId = parent;
    in.email = QStringLiteral("licenses@example.com");
    in.role = SyncRole::User;
    return in;
}

SyncOptionsInput resellerOptions() {
    SyncOptionsInput in;
    in.email = QStringLiteral("licensing@northwind.example");
    in.role = SyncRole::Reseller;
    in.resellerPin = QStringLiteral("NW-9001");
    return in;
}

} // namespace

// The role matrix of API.md on the embedded store: the services with a reseller Actor refuse
// every staff-only action with Forbidden and another reseller's records with NotFound, and
// change nothing when they refuse. The same rules the server answers 403/404 with
// (tst_server_roles checks them over REST).
class TestRolesLocal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_admin = std::make_unique<LocalFixture>(true);
        Backend &admin = *m_admin->backend;
        m_resellerA = accountNamed(admin, QStringLiteral("Northwind Cloud Partners"));
        m_resellerB = accountNamed(admin, QStringLiteral("Blue Harbor IT"));
        QVERIFY(m_resellerA && m_resellerB);
        m_own = createEndUser(QStringLiteral("Own Customer"), m_resellerA);
        m_foreign = createEndUser(QStringLiteral("Foreign Customer"), m_resellerB);
        QVERIFY(m_own && m_foreign);

        // The same store, opened as the reseller user of Northwind.
        m_reseller = std::make_unique<LocalBackend>(
            StoreConfig::sqlite(m_admin->store.path()),
            Actor{QStringLiteral("resellerA"), UserRole::Reseller, m_resellerA});
        m_reseller->setClock([] { return pinnedNow(); });
        BSS_VERIFY_OK(await(m_reseller->open()));
    }

    void cleanupTestCase() {
        m_reseller.reset();
        m_admin.reset();
    }

    // GET /auth/me of the embedded store: the desktop's own user may do everything; a reseller
    // actor gets the reseller's list, from the same rules that refuse it below.
    void meAnswersFromTheSameRules() {
        const Result<Me> local = await(m_admin->backend->me());
        BSS_VERIFY_OK(local);
        QVERIFY(local->role == UserRole::Admin);
        QCOMPARE(local->may.size(), allPermissions().size());
        QCOMPARE(m_admin->backend->lastMe().may.size(), allPermissions().size());
        const Result<Me> reseller = await(m_reseller->me());
        BSS_VERIFY_OK(reseller);
        QCOMPARE(reseller->accountName, QStringLiteral("Northwind Cloud Partners"));
        for (Permission p : {Permission::AccountsCreate, Permission::AccountsMove,
                             Permission::SyncSave, Permission::UsersManage})
            QVERIFY2(!reseller->can(p), qPrintable(toString(p)));
        QVERIFY(reseller->can(Permission::AccountsCreateEndUser));
        QVERIFY(reseller->can(Permission::OrdersExecute));
        // A refused action is one `may` leaves out: Save of Sync Options on an own end-user.
        const Result<PlatformSync> saved = await(m_reseller->saveSyncOptions(
            m_own, QStringLiteral("kaspersky"), userOptions(m_resellerA)));
        QVERIFY(!saved && saved.error().kind == ErrorKind::Forbidden);
    }

    void resellerRefusedEveryStaffOnlyAction() {
        const Id own = m_own, foreign = m_foreign, self = m_resellerA, other = m_resellerB;
        const QString kaspersky = QStringLiteral("kaspersky");
        const auto versionOf = [this](Id id) {
            return await(m_admin->backend->account(id)).value().version;
        };
        const QList<Row> rows{
            // Staff only, on the reseller's own records.
            {QStringLiteral("sync.save (own end-user)"),
             [&](Backend &b) {
                 return done(await(b.saveSyncOptions(own, kaspersky, userOptions(self))));
             },
             Expect::Forbidden},
            {QStringLiteral("sync.save (Save & Synchronize, own end-user)"),
             [&](Backend &b) {
                 return done(await(b.saveAndSynchronize(own, kaspersky, userOptions(self))));
             },
             Expect::Forbidden},
            {QStringLiteral("sync.save (itself)"),
             [&](Backend &b) {
                 return done(await(b.saveSyncOptions(self, kaspersky, resellerOptions())));
             },
             Expect::Forbidden},
            {QStringLiteral("sync.save (Save & Synchronize, itself)"),
             [&](Backend &b) {
                 return done(await(b.saveAndSynchronize(self, kaspersky, resellerOptions())));
             },
             Expect::Forbidden},
            {QStringLiteral("accounts.create (direct)"),
             [](Backend &b) {
                 return done(await(b.createAccount({QStringLiteral("Not Allowed Direct"),
                                                    AccountType::Direct,
                                                    {},
                                                    QStringLiteral("direct@example.com")})));
             },
             Expect::Forbidden},
            {QStringLiteral("accounts.create (reseller)"),
             [](Backend &b) {
                 return done(await(b.createAccount({QStringLiteral("Not Allowed Reseller"),
                                                    AccountType::Reseller,
                                                    {},
                                                    QStringLiteral("reseller@example.com")})));
             },
             Expect::Forbidden},
            {QStringLiteral("accounts.update (move to another reseller)"),
             [&](Backend &b) {
                 AccountPatch move;
                 move.parentId = other;
                 return done(await(b.updateAccount(own, versionOf(own), move)));
             },
             Expect::Forbidden},
            {QStringLiteral("accounts.update (move to no parent)"),
             [&](Backend &b) {
                 AccountPatch move;
                 move.clearParent = true;
                 return done(await(b.updateAccount(own, versionOf(own), move)));
             },
             Expect::Forbidden},
            // Another reseller's records: not found, whatever the action.
            {QStringLiteral("sync.save (foreign)"),
             [&](Backend &b) {
                 return done(await(b.saveSyncOptions(foreign, kaspersky, userOptions(other))));
             },
             Expect::NotFound},
            {QStringLiteral("sync.save (Save & Synchronize, foreign)"),
             [&](Backend &b) {
                 return done(await(b.saveAndSynchronize(foreign, kaspersky, userOptions(other))));
             },
             Expect::NotFound},
            {QStringLiteral("accounts.read (foreign)"),
             [&](Backend &b) { return done(await(b.account(foreign))); }, Expect::NotFound},
            {QStringLiteral("accounts.read (the other reseller)"),
             [&](Backend &b) { return done(await(b.account(other))); }, Expect::NotFound},
            {QStringLiteral("accounts.update (foreign)"),
             [&](Backend &b) {
                 AccountPatch patch;
                 patch.email = QStringLiteral("foreign2@example.com");
                 return done(await(b.updateAccount(foreign, versionOf(foreign), patch)));
             },
             Expect::NotFound},
            {QStringLiteral("accounts.create (end-user under the other reseller)"),
             [&](Backend &b) {
                 return done(
                     await(b.createAccount({QStringLiteral("Not Mine"), AccountType::EndUser, other,
                                            QStringLiteral("notmine@example.com")})));
             },
             Expect::NotFound},
            // (The order service answers "Choose the customer account", as tst_server_roles'
            // "Refused" allows; API.md would have 404.)
            {QStringLiteral("orders.create (foreign)"),
             [&](Backend &b) { return done(await(b.createOrder(foreign))); }, Expect::Refused},
            {QStringLiteral("sync.read (foreign)"),
             [&](Backend &b) { return done(await(b.syncOptions(foreign, kaspersky))); },
             Expect::NotFound},
            // What a reseller may do: read its own, rename its end-user, create one more.
            {QStringLiteral("sync.read (own end-user)"),
             [&](Backend &b) { return done(await(b.syncOptions(own, kaspersky))); },
             Expect::Allowed},
            {QStringLiteral("accounts.update (own end-user's email)"),
             [&](Backend &b) {
                 AccountPatch patch;
                 patch.email = QStringLiteral("own2@example.com");
                 return done(await(b.updateAccount(own, versionOf(own), patch)));
             },
             Expect::Allowed},
            {QStringLiteral("accounts.create (end-user under itself)"),
             [](Backend &b) {
                 return done(await(b.createAccount({QStringLiteral("New Own Customer"),
                                                    AccountType::EndUser,
                                                    {},
                                                    QStringLiteral("newown@example.com")})));
             },
             Expect::Allowed},
        };

        QStringList failures;
        for (const Row &row : rows) {
            const QString before = snapshot();
            const Result<Done> r = row.call(*m_reseller);
            if (!matches(row.expected, r))
                failures.append(QStringLiteral("%1: expected %2, got %3")
                                    .arg(row.action, expectedText(row.expected),
                                         r ? QStringLiteral("success") : r.error().describe()));
            // A refusal changes nothing.
            if (row.expected != Expect::Allowed && snapshot() != before)
                failures.append(
                    QStringLiteral("%1: refused, but the store changed").arg(row.action));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        // The same calls as an admin are not refused (the rows test the role, not broken calls).
        BSS_VERIFY_OK(rows.at(1).call(*m_admin->backend));
        BSS_VERIFY_OK(rows.at(4).call(*m_admin->backend));
    }

    // Users are managed by admins only (API.md: "admin only"); the desktop's embedded mode has no
    // users, so this asks the service itself, as the server does.
    void usersAreAdminOnly() {
        SqlStore store(StoreConfig::sqlite(m_admin->store.path()),
                       uniqueConnectionName(QStringLiteral("tst_roles_local")));
        BSS_VERIFY_OK(store.open());
        AuthService auth(store, [] { return pinnedNow(); });
        auth.setIterations(1000); // the rule under test is the role, not the hash's cost
        const Actor admin{QStringLiteral("tester"), UserRole::Admin, {}};
        const Result<User> agent = auth.createUser(
            admin, {QStringLiteral("agent1"), QStringLiteral("password-123"), UserRole::Agent, {}});
        BSS_VERIFY_OK(agent);
        for (const Actor &actor :
             {Actor{QStringLiteral("resellerA"), UserRole::Reseller, m_resellerA},
              Actor{QStringLiteral("agent1"), UserRole::Agent, {}}}) {
            const QString who = toString(actor.role);
            const Result<QList<User>> list = auth.users(actor);
            QVERIFY2(!list && list.error().kind == ErrorKind::Forbidden, qPrintable(who));
            const Result<User> created = auth.createUser(
                actor,
                {QStringLiteral("sneaky"), QStringLiteral("password-123"), UserRole::Admin, {}});
            QVERIFY2(!created && created.error().kind == ErrorKind::Forbidden, qPrintable(who));
            UserPatch promote;
            promote.role = UserRole::Admin;
            const Result<User> updated = auth.updateUser(actor, agent->id, promote);
            QVERIFY2(!updated && updated.error().kind == ErrorKind::Forbidden, qPrintable(who));
        }
        // Nothing changed: the admin still sees one user, still an agent.
        const Result<QList<User>> users = auth.users(admin);
        BSS_VERIFY_OK(users);
        QCOMPARE(users->size(), qsizetype(1));
        QCOMPARE(toString(users->constFirst().role), QStringLiteral("agent"));
    }

private:
    Id createEndUser(const QString &name, Id parent) {
        const Result<Account> a = await(m_admin->backend->createAccount(
            {name, AccountType::EndUser, parent,
             name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com")}));
        return a ? a->id : 0;
    }

    // What an admin sees of the records the rows touch: equal before and after a refusal.
    QString snapshot() {
        Backend &admin = *m_admin->backend;
        QStringList parts;
        for (Id id : {m_own, m_foreign, m_resellerA}) {
            const Result<Account> a = await(admin.account(id));
            if (!a)
                return a.error().describe();
            parts << QStringLiteral("%1|%2|%3|%4|v%5")
                         .arg(a->name, a->email, QString::number(a->parentId.value_or(0)))
                         .arg(toString(a->type))
                         .arg(a->version);
            const Result<PlatformSync> s =
                await(admin.syncOptions(id, QStringLiteral("kaspersky")));
            if (!s)
                return s.error().describe();
            parts << QStringLiteral("%1|%2|%3|%4")
                         .arg(toString(s->status), s->email,
                              s->role ? toString(*s->role) : QString(),
                              s->resellerPinSet ? QStringLiteral("pin") : QString());
        }
        const Result<qint64> count = await(admin.countAccounts(AccountQuery{}));
        parts << (count ? QString::number(*count) : count.error().describe());
        return parts.join(QLatin1Char('\n'));
    }

    std::unique_ptr<LocalFixture> m_admin;
    std::unique_ptr<LocalBackend> m_reseller;
    Id m_resellerA = 0, m_resellerB = 0, m_own = 0, m_foreign = 0;
};

QTEST_GUILESS_MAIN(TestRolesLocal)
#include "tst_roles_local.moc"
