#include "app/server/ServerApp.h"
#include "app/server/ServerOptions.h"

#include <QCoreApplication>

#include <cstdio>

#if defined(BSS_HAVE_SQLITE3)
#include <sqlite3.h>
#endif

int main(int argc, char *argv[]) {
#if defined(BSS_HAVE_SQLITE3)
    // SQLite counts every allocation under one process-wide mutex; the request threads read text
    // columns as UTF-16 (Qt's driver), an allocation per value, and queued on it. Must come before
    // the first connection; a no-op (SQLITE_MISUSE) if SQLite is already in use.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bssdesk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("BSS Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BSS_VERSION));

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const bss::Result<bss::ServerOptions> options =
        bss::ServerOptions::parse(QCoreApplication::arguments());
    if (!options) {
        const QString code = options.error().code;
        if (code == QLatin1String("help")) {
            out << bss::ServerOptions::usage();
            return 0;
        }
        if (code == QLatin1String("version")) {
            out << QCoreApplication::applicationName() << ' '
                << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        err << options.error().describe() << Qt::endl << Qt::endl << bss::ServerOptions::usage();
        return 1;
    }
    return bss::ServerApp::run(*options, in, out, err);
}
