#pragma once

#include "app/desktop/CommandLine.h"

#include <memory>

class QApplication;

namespace bss {

class Backend;
struct Error;
class MainWindow;
class OpeningProgress;

// Follows --lang, then the saved setting, then the system.
void installTranslations(QApplication &app, const QString &requested);

// Brings the desktop up as the options say: signs in to bssdesk-server (--server) or opens the
// embedded store (adding the demo data with --demo), then shows the main window, or grabs its
// page into a PNG (--screenshot). Lives until the event loop ends; the window goes before the
// backend it uses.
class DesktopLauncher {
public:
    explicit DesktopLauncher(DesktopOptions options);
    ~DesktopLauncher();

    // Starts the sign-in or the opening; the rest happens in the event loop. False, after
    // saying why on stderr, when the store URL is not valid (the caller exits with code 2).
    bool start();

private:
    void signIn();
    void signOut(bool switchUser);
    bool openEmbedded();
    void showWindow();
    void abort(const QString &store, const Error &error);

    DesktopOptions m_options;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<OpeningProgress> m_opening;
};

} // namespace bss
