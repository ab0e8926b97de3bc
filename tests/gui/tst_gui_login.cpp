// The client in team mode, against a real bssdesk-server on loopback: signing in through the
// login dialog (wrong password first), the Accounts page showing the server's accounts, saved
// connections without secrets, an unreachable server, a stale save (412) offering Reload, a
// lost connection offering Retry, and TLS with the team's own CA.
#include "GuiTest.h"

#include "tests/server/ServerProcess.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/login/LoginDialog.h"
#include "ui/models/AccountsModel.h"
#include "ui/orders/OrderEditor.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/SeatsPanel.h"

#include "app/backend/RestBackend.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>

using namespace bss;
using namespace bss::test;

namespace {

const QString AdminPassword = QStringLiteral("password-123");
const QString AlicePassword = QStringLiteral("alice-long-secret");

// Types `text` into the field the way a user does: it replaces what is selected.
void type(QLineEdit *field, const QString &text) {
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
}

// The reason under a field is shown in full, not cut after its first line.
bool fullyShown(const QLabel *label) {
    return label->isVisible() && label->height() >= label->heightForWidth(label->width());
}

QString serverText(const QUrl &url) {
    return url.toDisplayString(QUrl::RemovePath);
}

} // namespace

class TestGuiLogin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void wrongPasswordThenSignIn();
    void savedConnectionKeepsNoSecret();
    void unreachableServerIsShownBesideItsField();
    void staleSaveOffersReloadAndKeepsTheFirstSave();
    void lostConnectionOffersRetry();
    void customCaIsTrusted();
    void dialogFitsInEveryLanguage_data();
    void dialogFitsInEveryLanguage();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RestBackend> m_admin;
};

void TestGuiLogin::initTestCase() {
    isolateSettings();
    m_server = std::make_unique<ServerProcess>();
    QString error;
    QVERIFY2(m_server->addUser(
                 {QStringLiteral("tester"), QStringLiteral("admin"), {}, AdminPassword}, &error),
             qPrintable(error));
    QVERIFY2(m_server->start({QStringLiteral("--demo")}, &error), qPrintable(error));
    m_admin = signedIn(m_server->url(), QStringLiteral("tester"), AdminPassword);
    QVERIFY(m_admin);
    // The user of these tests is created the way an admin does it: through the API.
    const Result<User> alice = await(
        m_admin->createUser(NewUser{QStringLiteral("alice"), AlicePassword, UserRole::Agent, {}}));
    BSS_VERIFY_OK(alice);
}

void TestGuiLogin::init() {
    QSettings().remove(QStringLiteral("connections"));
}

void TestGuiLogin::wrongPasswordThenSignIn() {
    LoginDialog dialog;
    dialog.setConnection({serverText(m_server->url()), QStringLiteral("alice"), {}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *password = child<QLineEdit>(&dialog, "password");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(password->accessibleName(), QStringLiteral("Password"));
    QCOMPARE(child<QLineEdit>(&dialog, "serverUrl")->text(), serverText(m_server->url()));
    QCOMPARE(child<QLineEdit>(&dialog, "userName")->text(), QStringLiteral("alice"));
    QCOMPARE(dialog.focusWidget(), password); // server and user given: the password is next
    // Every control a user touches has the name it shows.
    for (const char *name : {"profile", "serverUrl", "userName", "password", "caFile",
                             "forgetProfile", "browseCaFile", "signIn", "cancel"}) {
        auto *w = child<QWidget>(&dialog, name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }
    QCOMPARE(child<QPushButton>(&dialog, "signIn")->accessibleName(), QStringLiteral("Sign in"));
    QCOMPARE(child<QPushButton>(&dialog, "browseCaFile")->accessibleName(),
             child<QPushButton>(&dialog, "browseCaFile")->text().remove(QLatin1Char('&')));
    screenshot(&dialog, QStringLiteral("empty"));

    // Wrong password, Enter: the dialog stays usable while it asks, then says why beside the field.
    type(password, QStringLiteral("not-the-password"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isSigningIn());
    QVERIFY(child<QProgressBar>(&dialog, "signInProgress")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "signIn")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "cancel")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSigningIn(), GuiTimeout);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.fieldError(QStringLiteral("password")),
             QStringLiteral("The user name or password is wrong."));
    QVERIFY(fullyShown(child<QLabel>(&dialog, "passwordError")));
    QVERIFY(!child<QProgressBar>(&dialog, "signInProgress")->isVisible());
    QVERIFY(child<QPushButton>(&dialog, "signIn")->isEnabled());
    QCOMPARE(dialog.focusWidget(), password);
    screenshot(&dialog, QStringLiteral("wrong-password"));

    // The right one: the dialog is accepted with a signed-in backend.
    QTest::keyClicks(password, AlicePassword); // the wrong one is still selected
    QCOMPARE(password->text(), AlicePassword);
    QTest::keyClick(password, Qt::Key_Enter);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), GuiTimeout);
    std::unique_ptr<RestBackend> backend = dialog.takeBackend();
    QVERIFY(backend && backend->isLoggedIn());
    QCOMPARE(backend->actor().user, QStringLiteral("alice"));

    // The main window on that backend: the status bar names the server and the user, and the
    // Accounts page shows the server's accounts, in the server's order.
    MainWindow window(backend.get());
    window.show();
    QVERIFY(window.showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(&window);
    const QString status = child<QLabel>(&window, "storeDescription")->text();
    QVERIFY2(status.contains(serverText(m_server->url())) &&
                 status.contains(QStringLiteral("alice")),
             qPrintable(status));
    AccountQuery query;
    query.limit = 5;
    const Result<Page<Account>> expected = await(m_admin->accounts(query));
    BSS_VERIFY_OK(expected);
    QVERIFY(expected->items.size() == 5);
    auto *table = child<QTableView>(window.accountsPage(), "accountsTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 5, GuiTimeout);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(table->model()->index(row, AccountsModel::Name).data().toString(),
                 expected->items.at(row).name);
    screenshot(&window, QStringLiteral("accounts"));
}

void TestGuiLogin::savedConnectionKeepsNoSecret() {
    QString token;
    {
        LoginDialog first;
        first.setConnection({serverText(m_server->url()), QStringLiteral("alice"), {}});
        type(child<QLineEdit>(&first, "password"), AlicePassword);
        first.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(first.result(), int(QDialog::Accepted), GuiTimeout);
        token = first.takeBackend()->session().token;
        QVERIFY(!token.isEmpty());
    }
    QSettings().sync();
    QCOMPARE(LoginDialog::savedConnections().size(), 1);
    QCOMPARE(LoginDialog::savedConnections().constFirst().userName, QStringLiteral("alice"));
    QFile file(QSettings().fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("alice"));
    QVERIFY(!stored.contains(AlicePassword.toUtf8()));
    QVERIFY(!stored.contains(token.toUtf8()));

    // Next start, without anything on the command line: the last connection is chosen.
    LoginDialog next;
    next.show();
    auto *profile = child<QComboBox>(&next, "profile");
    QCOMPARE(profile->count(), 2);
    QCOMPARE(profile->currentText(),
             QStringLiteral("alice on %1").arg(serverText(m_server->url())));
    QCOMPARE(child<QLineEdit>(&next, "serverUrl")->text(), serverText(m_server->url()));
    QCOMPARE(child<QLineEdit>(&next, "userName")->text(), QStringLiteral("alice"));
    QVERIFY(child<QLineEdit>(&next, "password")->text().isEmpty());
    QCOMPARE(next.focusWidget(), child<QLineEdit>(&next, "password"));
    screenshot(&next, QStringLiteral("saved-connection"));

    // Typing another user makes it a new connection; Forget removes a saved one.
    type(child<QLineEdit>(&next, "userName"), QStringLiteral("bob"));
    QCOMPARE(profile->currentText(), QStringLiteral("New connection"));
    QVERIFY(!child<QPushButton>(&next, "forgetProfile")->isEnabled());
    profile->setCurrentIndex(0);
    Q_EMIT profile->activated(0);
    QCOMPARE(child<QLineEdit>(&next, "userName")->text(), QStringLiteral("alice"));
    QTest::mouseClick(child<QPushButton>(&next, "forgetProfile"), Qt::LeftButton);
    QCOMPARE(profile->count(), 1);
    QVERIFY(LoginDialog::savedConnections().isEmpty());
    QVERIFY(child<QLineEdit>(&next, "serverUrl")->text().isEmpty());
}

void TestGuiLogin::unreachableServerIsShownBesideItsField() {
    // A loopback port nobody listens on: the server's own, once it is stopped.
    ServerProcess stopped;
    QString error;
    QVERIFY2(stopped.start({}, &error), qPrintable(error));
    const QUrl url = stopped.url();
    stopped.stop();

    LoginDialog dialog;
    dialog.setConnection({serverText(url), QStringLiteral("alice"), {}});
    dialog.show();
    type(child<QLineEdit>(&dialog, "password"), AlicePassword);
    QTest::mouseClick(child<QPushButton>(&dialog, "signIn"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSigningIn(), GuiTimeout);
    QVERIFY(dialog.isVisible());
    const QString shown = dialog.fieldError(QStringLiteral("serverUrl"));
    QVERIFY2(shown.contains(QStringLiteral("cannot be reached")), qPrintable(shown));
    QVERIFY(fullyShown(child<QLabel>(&dialog, "serverUrlError")));
    QVERIFY(child<QPushButton>(&dialog, "signIn")->isEnabled()); // the user may retry

    // Nothing typed at all: every missing field is named at once, and nothing is sent.
    LoginDialog empty;
    empty.show();
    empty.signIn();
    QVERIFY(!empty.isSigningIn());
    QVERIFY(!empty.fieldError(QStringLiteral("serverUrl")).isEmpty());
    QCOMPARE(empty.fieldError(QStringLiteral("username")), QStringLiteral("Enter your user name."));
    QCOMPARE(empty.fieldError(QStringLiteral("password")), QStringLiteral("Enter your password."));
    for (const char *label : {"serverUrlError", "userNameError", "passwordError"})
        QVERIFY2(fullyShown(child<QLabel>(&empty, label)), label);
    screenshot(&empty, QStringLiteral("missing-fields"));
}

void TestGuiLogin::staleSaveOffersReloadAndKeepsTheFirstSave() {
    // A draft order with one line, seen by alice in the window and by the admin elsewhere.
    AccountQuery accounts;
    accounts.limit = 1;
    const Result<Page<Account>> account = await(m_admin->accounts(accounts));
    BSS_VERIFY_OK(account);
    const Result<QList<Product>> products = await(m_admin->products(QStringLiteral("kaspersky")));
    BSS_VERIFY_OK(products);
    QVERIFY(!products->isEmpty());
    const Product product = products->constFirst();
    const Result<Order> created = await(m_admin->createOrder(account->items.constFirst().id));
    BSS_VERIFY_OK(created);
    const Result<Order> draft = await(m_admin->addLine(created->id, product.id, product.minSeats));
    BSS_VERIFY_OK(draft);
    const Id lineId = draft->lines.constFirst().id;

    std::unique_ptr<RestBackend> alice =
        signedIn(m_server->url(), QStringLiteral("alice"), AlicePassword);
    QVERIFY(alice);
    MainWindow window(alice.get());
    window.show();
    QVERIFY(window.showPage(QStringLiteral("orders")));
    BSS_WAIT_IDLE(&window);
    OrdersPage *orders = window.ordersPage();
    orders->openOrder(draft->id);
    OrderEditor *editor = orders->editor();
    QTRY_VERIFY_WITH_TIMEOUT(orders->isEditing() && editor->isLoaded(), GuiTimeout);
    BSS_WAIT_IDLE(&window);

    // The admin saves first ...
    const int firstSeats = product.minSeats + product.step;
    BSS_VERIFY_OK(await(m_admin->setSeats(draft->id, draft->version, lineId, firstSeats)));

    // ... then alice, on the version she opened: refused, told in words, with Reload.
    auto *pencil = child<QToolButton>(editor, "editLine0");
    QVERIFY(pencil->isEnabled());
    QTest::mouseClick(pencil, Qt::LeftButton);
    SeatsPanel *panel = editor->seatsPanel();
    QTRY_VERIFY(panel->isVisible());
    const int secondSeats = firstSeats + product.step;
    child<QSpinBox>(panel, "seats")->setValue(secondSeats);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isQuoted(), GuiTimeout);
    QTest::mouseClick(child<QPushButton>(panel, "save"), Qt::LeftButton);
    MessageBar *bar = window.messageBar();
    QTRY_COMPARE_WITH_TIMEOUT(
        bar->text(),
        QStringLiteral("Someone else changed this record; reload to see their "
                       "changes."),
        GuiTimeout);
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    BSS_WAIT_IDLE(&window);
    // The page's own report of the same refusal does not replace the message or its button.
    QCOMPARE(bar->actionText(), QStringLiteral("Reload"));
    auto *reload = child<QPushButton>(bar, "messageAction");
    QVERIFY(reload->isVisible());
    QCOMPARE(reload->accessibleName(), QStringLiteral("Reload"));
    screenshot(&window, QStringLiteral("stale-save"));

    // Nothing was overwritten: the record keeps the first save.
    const Result<Order> stored = await(m_admin->order(draft->id));
    BSS_VERIFY_OK(stored);
    QCOMPARE(stored->lines.constFirst().seats, std::optional<int>(firstSeats));

    // Reload shows the other user's change.
    QTest::mouseClick(reload, Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    BSS_WAIT_IDLE(&window);
    QTRY_COMPARE_WITH_TIMEOUT(editor->order()->lines.constFirst().seats,
                              std::optional<int>(firstSeats), GuiTimeout);
    QCOMPARE(editor->order()->version, stored->version);
}

void TestGuiLogin::lostConnectionOffersRetry() {
    // A server of its own, stopped and started again on the same port.
    ServerProcess server;
    QString error;
    QVERIFY2(server.addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}, AdminPassword},
                            &error),
             qPrintable(error));
    QVERIFY2(server.start({QStringLiteral("--demo")}, &error), qPrintable(error));
    const QUrl url = server.url();
    std::unique_ptr<RestBackend> backend = signedIn(url, QStringLiteral("tester"), AdminPassword);
    QVERIFY(backend);
    MainWindow window(backend.get());
    window.show();
    QVERIFY(window.showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(&window);
    auto *table = child<QTableView>(window.accountsPage(), "accountsTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, GuiTimeout);

    server.stop();
    child<QAction>(&window, "actionRefresh")->trigger();
    MessageBar *bar = window.messageBar();
    QTRY_COMPARE_WITH_TIMEOUT(bar->actionText(), QStringLiteral("Retry"), GuiTimeout);
    QVERIFY2(bar->text().contains(QStringLiteral("cannot be reached")), qPrintable(bar->text()));
    BSS_WAIT_IDLE(&window);
    QCOMPARE(bar->actionText(), QStringLiteral("Retry")); // not replaced by the page's report
    screenshot(&window, QStringLiteral("offline"));
    // The window still answers: another page opens (and says the same).
    QVERIFY(window.showPage(QStringLiteral("orders")));
    BSS_WAIT_IDLE(&window);
    QTRY_COMPARE_WITH_TIMEOUT(bar->actionText(), QStringLiteral("Retry"), GuiTimeout);

    // The server is back (same store, same port, the token still valid): Retry loads the page.
    QVERIFY2(
        server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port())},
                     &error),
        qPrintable(error));
    QCOMPARE(server.url().port(), url.port());
    // ServerProcess::start() finds the first run's "listening on" line at once; wait until the
    // second run really answers.
    QTRY_VERIFY_WITH_TIMEOUT(await(backend->health(), 2000).ok(), GuiTimeout);
    QTRY_COMPARE(bar->actionText(), QStringLiteral("Retry"));
    QTest::mouseClick(child<QPushButton>(bar, "messageAction"), Qt::LeftButton);
    BSS_WAIT_IDLE(&window);
    QVERIFY2(!bar->isVisible(), qPrintable(bar->text()));
    QVERIFY(window.ordersPage()->isReady());
}

void TestGuiLogin::customCaIsTrusted() {
#if !QT_CONFIG(ssl)
    QSKIP("this Qt has no TLS support");
#else
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is needed to make the test CA");
    QTemporaryDir dir;
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(openssl, args);
        const bool ok = p.waitForFinished(60000) && p.exitCode() == 0;
        if (!ok)
            qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAll().constData());
        return ok;
    };
    QFile ext(dir.filePath(QStringLiteral("ext.cnf")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    QVERIFY(run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=BSS Desk Test CA")}));
    QVERIFY(run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                 QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1")}));
    QVERIFY(
        run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")}));

    ServerProcess server;
    QString error;
    QVERIFY2(server.addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}, AdminPassword},
                            &error),
             qPrintable(error));
    QVERIFY2(server.start({QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("server.crt")),
                           QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("server.key"))},
                          &error),
             qPrintable(error));
    QCOMPARE(server.url().scheme(), QStringLiteral("https"));

    // Without the CA the certificate is not trusted, and the dialog says where to fix it.
    LoginDialog dialog;
    dialog.setConnection({serverText(server.url()), QStringLiteral("tester"), {}});
    dialog.show();
    type(child<QLineEdit>(&dialog, "password"), AdminPassword);
    QTest::keyClick(child<QLineEdit>(&dialog, "password"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSigningIn(), GuiTimeout);
    QVERIFY(dialog.result() != QDialog::Accepted);
    const QString untrusted = dialog.fieldError(QStringLiteral("caFile"));
    QVERIFY2(untrusted.contains(QStringLiteral("does not trust")), qPrintable(untrusted));
    QVERIFY(fullyShown(child<QLabel>(&dialog, "caFileError")));
    screenshot(&dialog, QStringLiteral("untrusted"));

    // With the team's CA (what --ca-cert fills in), it signs in over TLS.
    type(child<QLineEdit>(&dialog, "caFile"), dir.filePath(QStringLiteral("ca.crt")));
    QTest::keyClick(child<QLineEdit>(&dialog, "caFile"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), GuiTimeout);
    std::unique_ptr<RestBackend> backend = dialog.takeBackend();
    QVERIFY(backend);
    const Result<Page<Account>> page = await(backend->accounts(AccountQuery{}));
    BSS_VERIFY_OK(page);
    QCOMPARE(LoginDialog::savedConnections().constFirst().caFile,
             dir.filePath(QStringLiteral("ca.crt")));
#endif
}

void TestGuiLogin::dialogFitsInEveryLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("el") << QStringLiteral("el");
}

void TestGuiLogin::dialogFitsInEveryLanguage() {
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("bssdesk_") + language, QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    {
        LoginDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QPushButton>(&dialog, "signIn")->text() != QStringLiteral("&Sign in"));
        dialog.signIn(); // every field's reason at once
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            if (label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->text()));
            else
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        screenshot(&dialog, language);
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestGuiLogin)
#include "tst_gui_login.moc"
