// bssdesk: the desktop client. Reads the command line (app/desktop/CommandLine), installs the
// translation, and hands over to DesktopLauncher, which opens the store (or, with --server,
// signs in to bssdesk-server) and shows the main window (or grabs one page into a PNG with
// --screenshot, app/desktop/Screenshot).
#include "app/desktop/CommandLine.h"
#include "app/desktop/DesktopLauncher.h"

#include "app/store/SqlStore.h"

#include <BssVersion.h>

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[]) {
    bss::configureSqliteProcess(); // before the first connection
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BSS Desk"));
    QApplication::setApplicationName(QStringLiteral("BSS Desk"));
    QApplication::setApplicationVersion(QStringLiteral(BSS_VERSION " (commit " BSS_COMMIT ")"));
    QApplication::setDesktopFileName(QStringLiteral("com.bssdesk.BssDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    const std::optional<bss::DesktopOptions> options = bss::parseCommandLine(app);
    if (!options)
        return 2;
    bss::installTranslations(app, options->language);

    bss::DesktopLauncher launcher(*options);
    if (!launcher.start())
        return 2;
    return QApplication::exec();
}
