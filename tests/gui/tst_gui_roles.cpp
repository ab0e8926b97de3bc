// The window fits the role, against a real bssdesk-server: a reseller sees only its data and no
// action its role may not take (every page and menu walked, every enabled action checked against
// the server's `may`); an agent has no Users page; an administrator creates a reseller user in
// Office > Users, who then signs in and gets the reseller's window; a user disabled while its
// window is open is signed out with the next call, and signing in again keeps unsaved edits.
#include "GuiTest.h"

#include "tests/server/ServerProcess.h"
#include "ui/accounts/AccountDialog.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/SyncOptionsDialog.h"
#include "ui/common/AccountChooser.h"
#include "ui/common/RoleGate.h"
#include "ui/login/LoginDialog.h"
#include "ui/login/SignInAgainDialog.h"
#include "ui/models/AccountsModel.h"
#include "ui/users/UserDialog.h"
#include "ui/users/UsersPage.h"

#include "app/backend/RestBackend.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTranslator>

using namespace bss;
using namespace bss::test;

namespace {

const QString Password = QStringLiteral("password-123");

// Signed in with the tests' password (GuiTest.h's signedIn).
std::unique_ptr<RestBackend> signedIn(const QUrl &url, const QString &user) {
    return bss::test::signedIn(url, user, Password);
}

void type(QLineEdit *field, const QString &text) {
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
}

QStringList accountNames(const MainWindow &window) {
    const auto *model = window.accountsPage()->findChild<AccountsModel *>();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, AccountsModel::Name).data().toString());
    return names;
}

// Every control of the role table under `root` that is enabled is an action `me` may take, and
// every one it may not take is disabled and says why.
QStringList misfits(QWidget *root, const Me &me) {
    QStringList wrong;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const std::optional<Permission> p = RoleGate::permissionOf(w);
        if (!p)
            continue;
        if (w->isEnabled() && !me.can(*p))
            wrong.append(w->objectName() + QStringLiteral(" enabled without ") + toString(*p));
        if (!me.can(*p) && w->toolTip().isEmpty())
            wrong.append(w->objectName() + QStringLiteral(" does not say why it is disabled"));
    }
    return wrong;
}

} // namespace

class TestGuiRoles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resellerSeesOnlyItsDataAndNoForbiddenAction();
    void resellerCreatesEndUserUnderItself();
    void agentCannotOpenUsers();
    void adminCreatesResellerUserWhoGetsTheResellerWindow();
    void disabledUserIsSignedOutAndKeepsItsEdits();
    void windowsInGerman();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RestBackend> m_admin;
    Id m_northwind = 0;
};

void TestGuiRoles::initTestCase() {
    isolateSettings();
    m_server = std::make_unique<ServerProcess>();
    QString error;
    QVERIFY2(m_server->addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}}, &error),
             qPrintable(error));
    QVERIFY2(m_server->start({QStringLiteral("--demo")}, &error), qPrintable(error));
    m_admin = signedIn(m_server->url(), QStringLiteral("tester"));
    QVERIFY(m_admin);
    AccountQuery q;
    q.q = QStringLiteral("Northwind");
    const Result<Page<Account>> found = await(m_admin->accounts(q));
    BSS_VERIFY_OK(found);
    QCOMPARE(found->items.size(), 1);
    m_northwind = found->items.constFirst().id;
    BSS_VERIFY_OK(await(m_admin->createUser(
        NewUser{QStringLiteral("reseller1"), Password, UserRole::Reseller, m_northwind})));
    BSS_VERIFY_OK(await(
        m_admin->createUser(NewUser{QStringLiteral("agent1"), Password, UserRole::Agent, {}})));
}

void TestGuiRoles::resellerSeesOnlyItsDataAndNoForbiddenAction() {
    std::unique_ptr<RestBackend> backend = signedIn(m_server->url(), QStringLiteral("reseller1"));
    QVERIFY(backend);
    const Me me = backend->lastMe();
    QVERIFY(me.role == UserRole::Reseller);
    QVERIFY(!me.can(Permission::SyncSave));
    MainWindow window(backend.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(&window);

    // Its own account and its end-users, nobody else's.
    QStringList names = accountNames(window);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Alpine Dental Clinic"),
                                 QStringLiteral("Harbor View Hotel"),
                                 QStringLiteral("Northwind Cloud Partners")}));
    const QString status = child<QLabel>(&window, "signedInAs")->text();
    QVERIFY2(status.contains(QStringLiteral("reseller1")) &&
                 status.contains(QStringLiteral("Reseller")) &&
                 status.contains(QStringLiteral("Northwind Cloud Partners")),
             qPrintable(status));
    QVERIFY(!window.usersPage());
    QVERIFY(!window.showPage(QStringLiteral("users")));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("show_users")));
    screenshot(&window, QStringLiteral("reseller-accounts"));

    // Every page, and every menu: nothing enabled that the server would refuse.
    for (const QString &page : MainWindow::pageNames()) {
        QVERIFY(window.showPage(page));
        BSS_WAIT_IDLE(&window);
        const QStringList wrong = misfits(&window, me);
        QVERIFY2(wrong.isEmpty(), qPrintable(page + QLatin1String(": ") + wrong.join(u", ")));
        const bool mayCreate = page == QLatin1String("accounts")
                                   ? me.can(Permission::AccountsCreateEndUser)
                                   : me.can(Permission::OrdersCreate);
        if (child<QAction>(&window, "actionNew")->isEnabled())
            QVERIFY2(mayCreate, qPrintable(page));
        screenshot(&window, QStringLiteral("reseller-") + page);
    }
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (!a->objectName().startsWith(QLatin1String("show_")))
                continue;
            QVERIFY(a->objectName() != QLatin1String("show_users"));
        }
    }

    // Sync Options: shown, read-only, and it says why.
    QVERIFY(window.showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(&window);
    AccountsPage *accounts = window.accountsPage();
    auto *table = child<QTableView>(accounts, "accountsTable");
    table->selectRow(
        rowShowing(table->model(), AccountsModel::Name, QStringLiteral("Alpine Dental Clinic")));
    QTest::mouseClick(child<QPushButton>(accounts, "syncOptions"), Qt::LeftButton);
    auto *sync = opened<SyncOptionsDialog>(accounts);
    QTRY_VERIFY_WITH_TIMEOUT(window.isIdle(), GuiTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(sync, "email")->text(),
                              QStringLiteral("it@alpinedental.example"), GuiTimeout);
    for (const char *name : {"save", "saveAndSynchronize", "retry", "email", "role"}) {
        auto *w = child<QWidget>(sync, name);
        QVERIFY2(!w->isEnabled(), name);
        QVERIFY2(w->toolTip().contains(QStringLiteral("Only administrators and agents")), name);
    }
    QVERIFY(misfits(sync, me).isEmpty());
    screenshot(sync, QStringLiteral("reseller-sync-options"));
    sync->reject();
}

void TestGuiRoles::resellerCreatesEndUserUnderItself() {
    std::unique_ptr<RestBackend> backend = signedIn(m_server->url(), QStringLiteral("reseller1"));
    QVERIFY(backend);
    MainWindow window(backend.get());
    window.show();
    QVERIFY(window.showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(&window);
    QTest::keySequence(&window, QKeySequence::New);
    auto *dialog = opened<AccountDialog>(window.accountsPage());
    auto *typeBox = child<QComboBox>(dialog, "type");
    QCOMPARE(typeBox->currentText(), QStringLiteral("End-user"));
    QVERIFY(!typeBox->isEnabled());
    QVERIFY(!typeBox->toolTip().isEmpty());
    auto *parent = child<AccountChooser>(dialog, "parentAccount");
    QVERIFY(!parent->isEnabled());
    QVERIFY(parent->currentAccountId() == std::optional<Id>(m_northwind));
    QTRY_VERIFY(window.isIdle());
    QVERIFY2(
        parent->comboBox()->currentText().startsWith(QStringLiteral("Northwind Cloud Partners")),
        qPrintable(parent->comboBox()->currentText()));
    screenshot(dialog, QStringLiteral("reseller-new-account"));
    type(child<QLineEdit>(dialog, "name"), QStringLiteral("Reseller Own Customer"));
    type(child<QLineEdit>(dialog, "email"), QStringLiteral("own@example.com"));
    child<QPushButton>(dialog, "saveAccount")->click();
    QTRY_VERIFY_WITH_TIMEOUT(accountNames(window).contains(QStringLiteral("Reseller Own Customer")),
                             GuiTimeout);
    QVERIFY(window.messageBar()->kind() != MessageBar::Kind::Error);
    AccountQuery q;
    q.q = QStringLiteral("Reseller Own Customer");
    const Result<Page<Account>> saved = await(m_admin->accounts(q));
    BSS_VERIFY_OK(saved);
    QCOMPARE(saved->items.size(), 1);
    QVERIFY(saved->items.constFirst().type == AccountType::EndUser);
    QVERIFY(saved->items.constFirst().parentId == std::optional<Id>(m_northwind));
}

void TestGuiRoles::agentCannotOpenUsers() {
    std::unique_ptr<RestBackend> backend = signedIn(m_server->url(), QStringLiteral("agent1"));
    QVERIFY(backend);
    MainWindow window(backend.get());
    window.show();
    QVERIFY(window.showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(&window);
    QVERIFY(!window.usersPage());
    QVERIFY(!window.showPage(QStringLiteral("users")));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("show_users")));
    QVERIFY(child<QLabel>(&window, "signedInAs")->text().contains(QStringLiteral("Agent")));
    // Everything else is the agent's: Sync Options can be saved.
    auto *table = child<QTableView>(window.accountsPage(), "accountsTable");
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(window.accountsPage(), "syncOptions"), Qt::LeftButton);
    auto *sync = opened<SyncOptionsDialog>(window.accountsPage());
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(sync, "save")->isEnabled(), GuiTimeout);
    sync->reject();
}

void TestGuiRoles::adminCreatesResellerUserWhoGetsTheResellerWindow() {
    MainWindow window(m_admin.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.showPage(QStringLiteral("users")));
    BSS_WAIT_IDLE(&window);
    UsersPage *users = window.usersPage();
    QVERIFY(users);
    auto *table = child<QTableView>(users, "usersTable");
    QTRY_VERIFY_WITH_TIMEOUT(rowShowing(table->model(), 0, QStringLiteral("reseller1")) >= 0,
                             GuiTimeout);
    type(child<QLineEdit>(users, "searchUsers"), QStringLiteral("agent"));
    QCOMPARE(table->model()->rowCount(), 1);
    child<QLineEdit>(users, "searchUsers")->clear();
    screenshot(&window, QStringLiteral("admin-users"));

    QTest::keySequence(&window, QKeySequence::New);
    auto *dialog = opened<UserDialog>(users);
    type(child<QLineEdit>(dialog, "username"), QStringLiteral("reseller2"));
    auto *role = child<QComboBox>(dialog, "role");
    role->setCurrentIndex(role->findText(QStringLiteral("Reseller")));
    auto *account = child<AccountChooser>(dialog, "account");
    QVERIFY(account->isEnabled());
    const auto northwind = [account] {
        return account->comboBox()->findText(QStringLiteral("Northwind Cloud Partners"),
                                             Qt::MatchStartsWith);
    };
    QTRY_VERIFY_WITH_TIMEOUT(northwind() >= 0, GuiTimeout);
    account->comboBox()->setCurrentIndex(northwind());
    // Too short, and typed differently twice: each said beside its field.
    type(child<QLineEdit>(dialog, "password"), QStringLiteral("short"));
    type(child<QLineEdit>(dialog, "repeatPassword"), QStringLiteral("shorter"));
    child<QPushButton>(dialog, "saveUser")->click();
    QVERIFY(!dialog->fieldError(QStringLiteral("repeatPassword")).isEmpty());
    type(child<QLineEdit>(dialog, "repeatPassword"), QStringLiteral("short"));
    child<QPushButton>(dialog, "saveUser")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("password")).isEmpty(), GuiTimeout);
    screenshot(dialog, QStringLiteral("admin-new-user-refused"));
    type(child<QLineEdit>(dialog, "password"), QStringLiteral("reseller-two-secret"));
    type(child<QLineEdit>(dialog, "repeatPassword"), QStringLiteral("reseller-two-secret"));
    child<QPushButton>(dialog, "saveUser")->click();
    QTRY_VERIFY_WITH_TIMEOUT(rowShowing(table->model(), 0, QStringLiteral("reseller2")) >= 0,
                             GuiTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()
                                     ->match(table->model()->index(0, 2), Qt::DisplayRole,
                                             QStringLiteral("Northwind Cloud Partners"), -1)
                                     .size() == 2,
                             GuiTimeout);

    // reseller2 signs in through the login dialog and gets the reseller's window.
    LoginDialog login;
    login.setConnection(
        {m_server->url().toDisplayString(QUrl::RemovePath), QStringLiteral("reseller2"), {}});
    login.show();
    type(child<QLineEdit>(&login, "password"), QStringLiteral("reseller-two-secret"));
    login.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(login.result(), int(QDialog::Accepted), GuiTimeout);
    std::unique_ptr<RestBackend> backend = login.takeBackend();
    MainWindow resellerWindow(backend.get());
    resellerWindow.show();
    QVERIFY(resellerWindow.showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(&resellerWindow);
    QVERIFY(child<QLabel>(&resellerWindow, "signedInAs")
                ->text()
                .contains(QStringLiteral("Northwind Cloud Partners")));
    QVERIFY(!resellerWindow.usersPage());
    QVERIFY(!accountNames(resellerWindow).contains(QStringLiteral("Contoso Ltd")));
    QVERIFY(misfits(&resellerWindow, backend->lastMe()).isEmpty());
}

void TestGuiRoles::disabledUserIsSignedOutAndKeepsItsEdits() {
    BSS_VERIFY_OK(await(
        m_admin->createUser(NewUser{QStringLiteral("agent2"), Password, UserRole::Agent, {}})));
    std::unique_ptr<RestBackend> backend = signedIn(m_server->url(), QStringLiteral("agent2"));
    QVERIFY(backend);
    MainWindow window(backend.get());
    window.show();
    QVERIFY(window.showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(&window);
    auto *table = child<QTableView>(window.accountsPage(), "accountsTable");
    table->selectRow(
        rowShowing(table->model(), AccountsModel::Name, QStringLiteral("Contoso Ltd")));
    const std::optional<Account> contoso = window.accountsPage()->selectedAccount();
    QVERIFY(contoso && contoso->name == QLatin1String("Contoso Ltd"));
    // An edit in progress when the administrator disables the user.
    QTest::mouseClick(child<QPushButton>(window.accountsPage(), "editAccount"), Qt::LeftButton);
    QPointer<AccountDialog> edit = opened<AccountDialog>(window.accountsPage());
    type(child<QLineEdit>(edit, "email"), QStringLiteral("new-it@contoso.example"));

    const Result<QList<User>> all = await(m_admin->users());
    BSS_VERIFY_OK(all);
    Id agent2 = 0;
    for (const User &u : *all) {
        if (u.username == QLatin1String("agent2"))
            agent2 = u.id;
    }
    UserPatch disable;
    disable.disabled = true;
    BSS_VERIFY_OK(await(m_admin->updateUser(agent2, disable)));

    // The next call: signed out, said clearly, with a way to sign in again.
    child<QPushButton>(edit, "saveAccount")->click();
    QTRY_COMPARE_WITH_TIMEOUT(window.messageBar()->actionText(), QStringLiteral("Sign in again…"),
                              GuiTimeout);
    QVERIFY2(window.messageBar()->text().contains(QStringLiteral("You are signed out")),
             qPrintable(window.messageBar()->text()));
    QVERIFY(child<QLabel>(&window, "signedInAs")->text().startsWith(QStringLiteral("Signed out")));
    QVERIFY(edit->isVisible());
    QCOMPARE(child<QLineEdit>(edit, "email")->text(), QStringLiteral("new-it@contoso.example"));
    screenshot(&window, QStringLiteral("signed-out"));

    // Signing in again while disabled: refused, saying so.
    window.findChild<MessageBar *>()->findChild<QPushButton *>()->click();
    auto *again = opened<SignInAgainDialog>(&window);
    type(child<QLineEdit>(again, "password"), Password);
    again->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(again->error().contains(QStringLiteral("disabled")), GuiTimeout);
    screenshot(again, QStringLiteral("disabled"));

    // Enabled again: signing in goes on where the user was, the edit is saved.
    disable.disabled = false;
    BSS_VERIFY_OK(await(m_admin->updateUser(agent2, disable)));
    type(child<QLineEdit>(again, "password"), Password);
    again->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!again->isVisible(), GuiTimeout);
    QVERIFY(child<QLabel>(&window, "signedInAs")->text().contains(QStringLiteral("agent2")));
    QVERIFY(!child<QLabel>(&window, "signedInAs")->text().startsWith(QStringLiteral("Signed out")));
    child<QPushButton>(edit, "saveAccount")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!edit, GuiTimeout); // saved and closed
    const Result<Account> saved = await(m_admin->account(contoso->id));
    BSS_VERIFY_OK(saved);
    QCOMPARE(saved->email, QStringLiteral("new-it@contoso.example"));
}

// The reseller's and the administrator's windows in German: the words of this issue are
// translated, and the screenshots show them (build/tests/gui/screenshots/windowsInGerman-*).
void TestGuiRoles::windowsInGerman() {
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("bssdesk_de"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    const auto cleanup =
        qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    {
        std::unique_ptr<RestBackend> backend =
            signedIn(m_server->url(), QStringLiteral("reseller1"));
        QVERIFY(backend);
        MainWindow window(backend.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("accounts")));
        BSS_WAIT_IDLE(&window);
        QVERIFY2(child<QLabel>(&window, "signedInAs")
                     ->text()
                     .startsWith(QStringLiteral("Angemeldet als reseller1 · Wiederverkäufer")),
                 qPrintable(child<QLabel>(&window, "signedInAs")->text()));
        screenshot(&window, QStringLiteral("reseller-accounts"));
        auto *table = child<QTableView>(window.accountsPage(), "accountsTable");
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(window.accountsPage(), "syncOptions"), Qt::LeftButton);
        auto *sync = opened<SyncOptionsDialog>(window.accountsPage());
        BSS_WAIT_IDLE(&window);
        QVERIFY(child<QPushButton>(sync, "save")
                    ->toolTip()
                    .startsWith(QStringLiteral("Nur Administratoren")));
        screenshot(sync, QStringLiteral("reseller-sync-options"));
        sync->reject();
    }
    MainWindow window(m_admin.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.showPage(QStringLiteral("users")));
    BSS_WAIT_IDLE(&window);
    QCOMPARE(child<QPushButton>(window.usersPage(), "newUser")->text(),
             QStringLiteral("&Neuer Benutzer…"));
    screenshot(&window, QStringLiteral("admin-users"));
    QTest::keySequence(&window, QKeySequence::New);
    auto *dialog = opened<UserDialog>(window.usersPage());
    // A new user is an agent unless chosen otherwise; no account until the role is reseller.
    QCOMPARE(child<QComboBox>(dialog, "role")->currentText(), QStringLiteral("Sachbearbeiter"));
    child<QPushButton>(dialog, "saveUser")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("username")).isEmpty(), GuiTimeout);
    screenshot(dialog, QStringLiteral("admin-new-user"));
    dialog->reject();
}

QTEST_MAIN(TestGuiRoles)
#include "tst_gui_roles.moc"
