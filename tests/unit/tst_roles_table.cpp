// docs/roles.md shows the table of roles and actions that the server enforces: the table between
// its markers is exactly rolesTable(), the list the 403 answers and GET /auth/me use. When this
// fails, write the table again with `bssdesk-server --print-roles-table`.
#include "app/services/Permissions.h"

#include <QFile>
#include <QTest>

using namespace bss;

namespace {

// By name: QCOMPARE of two lists then says which action differs.
QStringList names(const QList<Permission> &permissions) {
    QStringList n;
    for (Permission p : permissions)
        n.append(toString(p));
    return n;
}

} // namespace

class TestRolesTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void docsShowTheServersTable() {
        QFile file(QStringLiteral(BSS_ROLES_DOC));
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), BSS_ROLES_DOC);
        const QString text = QString::fromUtf8(file.readAll());
        const QString begin =
            QStringLiteral("<!-- roles table: bssdesk-server --print-roles-table -->\n");
        const QString end = QStringLiteral("<!-- end of roles table -->");
        const qsizetype from = text.indexOf(begin);
        const qsizetype to = text.indexOf(end);
        QVERIFY2(from >= 0 && to > from, "docs/roles.md has no roles table markers");
        QCOMPARE(text.mid(from + begin.size(), to - from - begin.size()), rolesTable());
    }

    void everyActionHasOneRule() {
        QList<Permission> ruled;
        for (const PermissionRule &rule : permissionRules())
            ruled.append(rule.permission);
        QCOMPARE(names(ruled), names(allPermissions()));
        for (Permission p : allPermissions())
            QVERIFY(permissionOf(toString(p)) == std::optional<Permission>(p));
    }

    // The rules as API.md's roles table states them.
    void rolesAsTheContractSays() {
        const Actor admin{QStringLiteral("a"), UserRole::Admin, {}};
        const Actor agent{QStringLiteral("b"), UserRole::Agent, {}};
        const Actor reseller{QStringLiteral("c"), UserRole::Reseller, Id(7)};
        QCOMPARE(names(permissionsOf(admin)), names(allPermissions()));
        QList<Permission> agentMay = allPermissions();
        agentMay.removeOne(Permission::UsersManage);
        QCOMPARE(names(permissionsOf(agent)), names(agentMay));
        for (Permission p : {Permission::AccountsCreate, Permission::AccountsMove,
                             Permission::SyncSave, Permission::UsersManage}) {
            QVERIFY(!may(reseller, p));
            const std::optional<Error> refused = require(reseller, p);
            QVERIFY(refused);
            QCOMPARE(refused->kind, ErrorKind::Forbidden);
            QVERIFY(!refused->message.isEmpty());
        }
        QCOMPARE(permissionsOf(reseller).size(), allPermissions().size() - 4);
    }
};

QTEST_GUILESS_MAIN(TestRolesTable)
#include "tst_roles_table.moc"
