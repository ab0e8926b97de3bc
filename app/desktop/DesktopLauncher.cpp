#include "app/desktop/DesktopLauncher.h"

#include "app/desktop/Screenshot.h"
#include "ui/MainWindow.h"
#include "ui/common/OpeningProgress.h"
#include "ui/login/LoginDialog.h"

#include "app/backend/LocalBackend.h"
#include "app/backend/RestBackend.h"
#include "app/store/StoreConfig.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace bss {

void installTranslations(QApplication &app, const QString &requested) {
    const QString code =
        requested.isEmpty() ? QSettings().value(QStringLiteral("language")).toString() : requested;
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    // English is the source language; its file only holds the plural forms ("1 order").
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("bssdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("bssdesk_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

DesktopLauncher::DesktopLauncher(DesktopOptions options)
    : m_options(std::move(options)) {}

DesktopLauncher::~DesktopLauncher() {
    m_opening.reset();
    m_window.reset(); // before the backend its pages call
}

bool DesktopLauncher::start() {
    if (!m_options.remote)
        return openEmbedded();
    signIn();
    return true;
}

void DesktopLauncher::showWindow() {
    m_window = std::make_unique<MainWindow>(m_backend.get());
    QObject::connect(m_window.get(), &MainWindow::signOutRequested, qApp,
                     [this](bool switchUser) { signOut(switchUser); });
    const QString &page = m_options.page;
    if (m_options.screenshot.isEmpty()) {
        m_window->restoreSettings();
        if (!page.isEmpty())
            m_window->showPage(page);
    } else {
        m_window->resize(1280, 800);
        m_window->showPage(page.isEmpty() ? QStringLiteral("accounts") : page);
        takeScreenshot(m_window.get(), m_backend.get(), m_options.screenshot, m_options.open);
    }
    m_window->show();
}

// File > Sign out / Switch user: the window and its session go, the login dialog comes, and
// the next window fits whoever signs in. Not a restart: the event loop goes on.
void DesktopLauncher::signOut(bool switchUser) {
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->saveSettings();
    m_window->hide();
    // After the signal that asked for it has returned: the window goes first, then its backend.
    QTimer::singleShot(0, qApp, [this, switchUser] {
        m_window.reset();
        if (auto *rest = dynamic_cast<RestBackend *>(m_backend.get())) {
            m_options.server = rest->serverUrl().toString();
            if (!switchUser)
                m_options.user = rest->session().username;
            else
                m_options.user.clear();
        }
        m_backend.reset();
        signIn();
    });
}

void DesktopLauncher::signIn() {
    // The window opens once the dialog has signed in; closing the dialog ends the client.
    // Between the two no window is visible, which must not end the client yet.
    QApplication::setQuitOnLastWindowClosed(false);
    auto *login = new LoginDialog;
    login->setAttribute(Qt::WA_DeleteOnClose);
    login->setConnection({m_options.server, m_options.user, m_options.caCert});
    QObject::connect(login, &QDialog::accepted, qApp, [this, login] {
        m_backend = login->takeBackend();
        showWindow();
        QApplication::setQuitOnLastWindowClosed(true);
    });
    QObject::connect(login, &QDialog::rejected, qApp, [] { QApplication::exit(0); });
    login->show();
}

bool DesktopLauncher::openEmbedded() {
    QString storeUrl = m_options.store;
    if (storeUrl.isEmpty()) {
        const QString path = StoreConfig::defaultSqlitePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        storeUrl = QStringLiteral("sqlite:") + path;
    }
    const Result<StoreConfig> config = StoreConfig::parse(storeUrl);
    if (!config) {
        printError(config.error().describe());
        return false;
    }
    auto *local = new LocalBackend(config.value());
    m_backend.reset(local);
    const QString store = config->describe();
    // A window says that the store is opening when that takes long (not for a screenshot,
    // which nobody watches).
    if (m_options.screenshot.isEmpty())
        m_opening = std::make_unique<OpeningProgress>(store);
    local->open().then(qApp, [this, local, store](const Result<Done> &opened) {
        if (m_opening)
            m_opening->finish();
        if (!opened)
            return abort(store, opened.error());
        if (!m_options.demo)
            return showWindow();
        local->installDemoData().then(qApp, [this, store](const Result<bool> &installed) {
            if (!installed)
                return abort(store, installed.error());
            showWindow();
        });
    });
    return true;
}

void DesktopLauncher::abort(const QString &store, const Error &error) {
    const QString text = QApplication::translate("main", "Cannot open the store %1: %2")
                             .arg(store, error.describe());
    printError(text);
    if (m_options.screenshot.isEmpty())
        QMessageBox::critical(nullptr, QApplication::translate("main", "BSS Desk"), text);
    QApplication::exit(1);
}

} // namespace bss
