#include "app/server/ServerApp.h"
#include "app/server/ServerOptions.h"
#include "app/services/Permissions.h"
#include "app/store/SqlStore.h"

#include <BssVersion.h>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    bss::configureSqliteProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bssdesk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("BSS Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BSS_VERSION " (commit " BSS_COMMIT ")"));

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
        if (code == QLatin1String("roles-table")) { // docs/roles.md
            out << bss::rolesTable();
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
