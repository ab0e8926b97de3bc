#include "app/desktop/CommandLine.h"

#include "app/desktop/Screenshot.h"
#include "ui/MainWindow.h"

#include "app/store/StoreConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace bss {

namespace {

struct Options {
    QCommandLineOption store{QStringLiteral("store"),
                             QStringLiteral("The store to open: sqlite:PATH (default: %1) or "
                                            "postgres://USER@HOST:PORT/DB.")
                                 .arg(StoreConfig::defaultSqlitePath()),
                             QStringLiteral("url")};
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QStringLiteral("Add the demo accounts, catalog and orders if missing.")};
    QCommandLineOption page{QStringLiteral("page"),
                            QStringLiteral("The page to open: accounts, orders, subscriptions or "
                                           "storefront."),
                            QStringLiteral("name")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Open the page at 1280x800, save it as a PNG once "
                                                 "its data is shown, and exit."),
                                  QStringLiteral("file.png")};
    QCommandLineOption open{
        QStringLiteral("open"),
        QStringLiteral("With --screenshot: grab a dialog instead of the page, e.g. "
                       "sync-options:ACCOUNT or sync-options:ACCOUNT:PLATFORM (the Sync Options "
                       "of the account with that name; the first platform by default)."),
        QStringLiteral("what")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QStringLiteral("The language of the interface (en, de, el)."),
                            QStringLiteral("code")};
    QCommandLineOption server{
        QStringLiteral("server"),
        QStringLiteral("Work on the bssdesk-server at this URL (e.g. "
                       "https://bss.example.com:8443) instead of the embedded "
                       "store; asks for your user name and password."),
        QStringLiteral("url")};
    QCommandLineOption user{QStringLiteral("user"),
                            QStringLiteral("With --server: the user name to sign in with."),
                            QStringLiteral("name")};
    QCommandLineOption caCert{
        QStringLiteral("ca-cert"),
        QStringLiteral("With --server: also trust the CA certificates of this "
                       "PEM file (a server certificate of your team's own CA)."),
        QStringLiteral("file")};

    QList<QCommandLineOption> all() const {
        return {store, demo, page, screenshot, open, lang, server, user, caCert};
    }
};

// Why these options do not go together; empty when they do.
QString conflict(const DesktopOptions &o, const QCommandLineParser &parser, const Options &opts) {
    // "users": Office > Users, in an administrator's window of a team server.
    const QStringList pages = MainWindow::pageNames() << QStringLiteral("users");
    if (!o.page.isEmpty() && !pages.contains(o.page))
        return QStringLiteral("unknown page \"%1\"; use one of: %2")
            .arg(o.page, pages.join(QStringLiteral(", ")));
    if (!o.open.isEmpty() && o.screenshot.isEmpty())
        return QStringLiteral("--open goes with --screenshot");
    if (!o.open.isEmpty())
        if (const QString why = checkOpenTarget(o.open); !why.isEmpty())
            return why;
    if (!o.remote && (parser.isSet(opts.user) || parser.isSet(opts.caCert)))
        return QStringLiteral("--user and --ca-cert go with --server");
    if (o.remote && (parser.isSet(opts.store) || parser.isSet(opts.demo)))
        return QStringLiteral(
            "--store and --demo are for the embedded store; the server keeps its own");
    return {};
}

} // namespace

std::optional<DesktopOptions> parseCommandLine(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("BSS Desk: accounts, provisioning sync, orders, storefront "
                       "and subscriptions for a cloud-services marketplace."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options opts;
    parser.addOptions(opts.all());
    parser.process(app);

    DesktopOptions o;
    o.store = parser.value(opts.store);
    o.demo = parser.isSet(opts.demo);
    o.page = parser.value(opts.page).toLower();
    o.screenshot = parser.value(opts.screenshot);
    o.open = parser.value(opts.open);
    o.language = parser.value(opts.lang);
    o.server = parser.value(opts.server);
    o.user = parser.value(opts.user);
    o.caCert = parser.value(opts.caCert);
    o.remote = parser.isSet(opts.server);
    if (const QString why = conflict(o, parser, opts); !why.isEmpty()) {
        printError(why);
        return std::nullopt;
    }
    return o;
}

void printError(const QString &message) {
    std::fprintf(stderr, "bssdesk: %s\n", qUtf8Printable(message));
}

} // namespace bss
