// File > Sign out and File > Switch user on a team server, through the desktop's own launcher
// (app/desktop/DesktopLauncher): the window goes, the login dialog comes back (with the same
// user for Sign out), and whoever signs in gets a window that fits them, all without restarting
// the client.
#include "GuiTest.h"

#include "app/desktop/DesktopLauncher.h"
#include "tests/server/ServerProcess.h"
#include "ui/MainWindow.h"
#include "ui/login/LoginDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>

using namespace bss;
using namespace bss::test;

namespace {

const QString Password = QStringLiteral("password-123");

// The visible top-level widget of type T, or null.
template <typename T> T *visibleTopLevel() {
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// Signs in through the login dialog on screen; the window that opens, or null.
MainWindow *signInThroughDialog(const QString &user) {
    LoginDialog *login = nullptr;
    if (!QTest::qWaitFor([&] { return (login = visibleTopLevel<LoginDialog>()) != nullptr; },
                         GuiTimeout))
        return nullptr;
    auto *name = login->findChild<QLineEdit *>(QStringLiteral("userName"));
    if (!user.isEmpty())
        name->setText(user);
    login->findChild<QLineEdit *>(QStringLiteral("password"))->setText(Password);
    login->signIn();
    MainWindow *window = nullptr;
    if (!QTest::qWaitFor([&] { return (window = visibleTopLevel<MainWindow>()) != nullptr; },
                         GuiTimeout))
        return nullptr;
    return window;
}

QString signedInAs(MainWindow *window) {
    return window->findChild<QLabel *>(QStringLiteral("signedInAs"))->text();
}

} // namespace

class TestGuiSignOut : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        isolateSettings();
        QString error;
        for (const ServerProcess::UserSpec &user :
             {ServerProcess::UserSpec{QStringLiteral("agent1"), QStringLiteral("agent"), {}},
              ServerProcess::UserSpec{QStringLiteral("admin1"), QStringLiteral("admin"), {}}})
            QVERIFY2(m_server.addUser(user, &error), qPrintable(error));
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, &error), qPrintable(error));
    }

    void signOutAndSwitchUserWithoutRestarting() {
        DesktopOptions options;
        options.remote = true;
        options.server = m_server.url().toDisplayString(QUrl::RemovePath);
        options.user = QStringLiteral("agent1");
        DesktopLauncher launcher(options);
        QVERIFY(launcher.start());

        MainWindow *window = signInThroughDialog({});
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(signedInAs(window).contains(QStringLiteral("agent1")), GuiTimeout);
        QVERIFY(!window->usersPage());

        // Sign out: the window goes, the dialog asks the same user for the password again.
        auto *signOut = window->findChild<QAction *>(QStringLiteral("actionSignOut"));
        QVERIFY(signOut && signOut->isEnabled());
        signOut->trigger();
        LoginDialog *login = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((login = visibleTopLevel<LoginDialog>()) != nullptr, GuiTimeout);
        QTRY_VERIFY(!visibleTopLevel<MainWindow>());
        QCOMPARE(login->findChild<QLineEdit *>(QStringLiteral("userName"))->text(),
                 QStringLiteral("agent1"));
        QVERIFY(login->findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
        window = signInThroughDialog({});
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(signedInAs(window).contains(QStringLiteral("agent1")), GuiTimeout);

        // Switch user: the dialog comes back (offering the saved connection, its password empty);
        // another name signs in, and the administrator gets Office > Users.
        window->findChild<QAction *>(QStringLiteral("actionSwitchUser"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((login = visibleTopLevel<LoginDialog>()) != nullptr, GuiTimeout);
        QTRY_VERIFY(!visibleTopLevel<MainWindow>());
        QVERIFY(login->findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
        window = signInThroughDialog(QStringLiteral("admin1"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(signedInAs(window).contains(QStringLiteral("admin1")), GuiTimeout);
        QVERIFY(window->usersPage());
        BSS_WAIT_IDLE(window);
        screenshot(window, QStringLiteral("switched-to-admin"));
    }

private:
    ServerProcess m_server;
};

QTEST_MAIN(TestGuiSignOut)
#include "tst_gui_signout.moc"
