// bssdesk: the desktop client. Parses the command line, opens the store (or, with --server,
// signs in to bssdesk-server), installs the translation, and shows the main window (or grabs
// one page into a PNG with --screenshot).
#include "ui/MainWindow.h"
#include "ui/common/OpeningProgress.h"
#include "ui/common/PageBase.h"
#include "ui/login/LoginDialog.h"

#include "app/backend/LocalBackend.h"
#include "app/backend/RestBackend.h"
#include "app/store/SqlStore.h"
#include "app/store/StoreConfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void fail(const QString &message) {
    std::fprintf(stderr, "bssdesk: %s\n", qUtf8Printable(message));
}

// Follows --lang, then the saved setting, then the system.
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

// Waits until the page has painted its data and no call is pending for a moment, then saves
// the window as it looks. Exits 0 on success.
void takeScreenshot(bss::MainWindow *window, const QString &file) {
    auto *timer = new QTimer(window);
    auto quietTicks = std::make_shared<int>(0);
    auto elapsed = std::make_shared<int>(0);
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, window, [window, file, timer, quietTicks, elapsed] {
        *elapsed += timer->interval();
        *quietTicks = window->isIdle() ? *quietTicks + 1 : 0;
        if (*quietTicks < 4 && *elapsed < 30000)
            return;
        timer->stop();
        if (*quietTicks < 4) {
            fail(QStringLiteral("the %1 page did not finish loading within 30 s")
                     .arg(window->currentPageName()));
            QApplication::exit(1);
            return;
        }
        if (!window->grab().save(file)) {
            fail(QStringLiteral("cannot write %1").arg(file));
            QApplication::exit(1);
            return;
        }
        std::printf("%s\n", qUtf8Printable(QFileInfo(file).absoluteFilePath()));
        QApplication::exit(0);
    });
    timer->start();
}

} // namespace

int main(int argc, char *argv[]) {
    bss::configureSqliteProcess(); // before the first connection
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BSS Desk"));
    QApplication::setApplicationName(QStringLiteral("BSS Desk"));
    QApplication::setApplicationVersion(QStringLiteral(BSS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("bssdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("BSS Desk: accounts, provisioning sync, orders, storefront "
                       "and subscriptions for a cloud-services marketplace."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QStringLiteral("The store to open: sqlite:PATH (default: %1) or "
                       "postgres://USER@HOST:PORT/DB.")
            .arg(bss::StoreConfig::defaultSqlitePath()),
        QStringLiteral("url"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Add the demo accounts, catalog and orders if missing."));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QStringLiteral("The page to open: accounts, orders, subscriptions or "
                       "storefront."),
        QStringLiteral("name"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Open the page at 1280x800, save it as a PNG once "
                       "its data is shown, and exit."),
        QStringLiteral("file.png"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("The language of the interface (en, de, el)."),
        QStringLiteral("code"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("Work on the bssdesk-server at this URL (e.g. "
                       "https://bss.example.com:8443) instead of the embedded "
                       "store; asks for your user name and password."),
        QStringLiteral("url"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QStringLiteral("With --server: the user name to sign in with."),
        QStringLiteral("name"));
    const QCommandLineOption caCertOption(
        QStringLiteral("ca-cert"),
        QStringLiteral("With --server: also trust the CA certificates of this "
                       "PEM file (a server certificate of your team's own CA)."),
        QStringLiteral("file"));
    parser.addOptions({storeOption, demoOption, pageOption, screenshotOption, langOption,
                       serverOption, userOption, caCertOption});
    parser.process(app);

    installTranslations(app, parser.value(langOption));

    const QString page = parser.value(pageOption).toLower();
    if (!page.isEmpty() && !bss::MainWindow::pageNames().contains(page)) {
        fail(QStringLiteral("unknown page \"%1\"; use one of: %2")
                 .arg(page, bss::MainWindow::pageNames().join(QStringLiteral(", "))));
        return 2;
    }
    const bool remote = parser.isSet(serverOption);
    if (!remote && (parser.isSet(userOption) || parser.isSet(caCertOption))) {
        fail(QStringLiteral("--user and --ca-cert go with --server"));
        return 2;
    }
    if (remote && (parser.isSet(storeOption) || parser.isSet(demoOption))) {
        fail(QStringLiteral(
            "--store and --demo are for the embedded store; the server keeps its own"));
        return 2;
    }
    const QString screenshot = parser.value(screenshotOption);
    const bool demo = parser.isSet(demoOption);
    std::unique_ptr<bss::Backend> backend;
    std::unique_ptr<bss::MainWindow> window;

    auto start = [&] {
        window = std::make_unique<bss::MainWindow>(backend.get());
        if (screenshot.isEmpty()) {
            window->restoreSettings();
            if (!page.isEmpty())
                window->showPage(page);
        } else {
            window->resize(1280, 800);
            window->showPage(page.isEmpty() ? QStringLiteral("accounts") : page);
            takeScreenshot(window.get(), screenshot);
        }
        window->show();
    };

    if (remote) {
        // The window opens once the dialog has signed in; closing the dialog ends the client.
        // Between the two no window is visible, which must not end the client yet.
        QApplication::setQuitOnLastWindowClosed(false);
        auto *login = new bss::LoginDialog;
        login->setAttribute(Qt::WA_DeleteOnClose);
        login->setConnection(
            {parser.value(serverOption), parser.value(userOption), parser.value(caCertOption)});
        QObject::connect(login, &QDialog::accepted, &app, [&, login] {
            backend = login->takeBackend();
            start();
            QApplication::setQuitOnLastWindowClosed(true);
        });
        QObject::connect(login, &QDialog::rejected, &app, [] { QApplication::exit(0); });
        login->show();
        const int code = QApplication::exec();
        window.reset();
        return code;
    }

    QString storeUrl = parser.value(storeOption);
    if (storeUrl.isEmpty()) {
        const QString path = bss::StoreConfig::defaultSqlitePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        storeUrl = QStringLiteral("sqlite:") + path;
    }
    const bss::Result<bss::StoreConfig> config = bss::StoreConfig::parse(storeUrl);
    if (!config) {
        fail(config.error().describe());
        return 2;
    }
    auto *local = new bss::LocalBackend(config.value());
    backend.reset(local);
    auto abort = [&](const bss::Error &error) {
        const QString text = QApplication::translate("main", "Cannot open the store %1: %2")
                                 .arg(config->describe(), error.describe());
        fail(text);
        if (screenshot.isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("main", "BSS Desk"), text);
        QApplication::exit(1);
    };

    // A window says that the store is opening when that takes long (not for a screenshot,
    // which nobody watches).
    std::unique_ptr<bss::OpeningProgress> opening;
    if (screenshot.isEmpty())
        opening = std::make_unique<bss::OpeningProgress>(config->describe());
    local->open().then(&app, [&](const bss::Result<bss::Done> &opened) {
        if (opening)
            opening->finish();
        if (!opened) {
            abort(opened.error());
            return;
        }
        if (!demo) {
            start();
            return;
        }
        local->installDemoData().then(&app, [&](const bss::Result<bool> &installed) {
            if (!installed) {
                abort(installed.error());
                return;
            }
            start();
        });
    });
    const int code = QApplication::exec();
    window.reset();
    return code;
}
