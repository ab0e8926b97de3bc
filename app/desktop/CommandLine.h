#pragma once

#include <QString>

#include <optional>

class QCoreApplication;

namespace bss {

// What the desktop's command line asks for (bssdesk --help).
struct DesktopOptions {
    QString store;      // --store: sqlite:PATH or postgres://...; empty for the default file
    bool demo = false;  // --demo: add the demo data if missing
    QString page;       // --page, lower case; empty for the last one shown
    QString screenshot; // --screenshot: grab the page into this PNG and exit
    QString open;       // --open, with --screenshot: a dialog to grab (sync-options:ACCOUNT)
    QString language;   // --lang
    QString server;     // --server: team mode
    QString user;       // --user, with --server
    QString caCert;     // --ca-cert, with --server
    bool remote = false;
};

// Parses the command line of `app` (exits for --help, --version and unknown options, as
// QCommandLineParser::process does). Returns nullopt, after saying why on stderr, for options
// that do not go together or an unknown page: the caller exits with code 2.
std::optional<DesktopOptions> parseCommandLine(const QCoreApplication &app);

// "bssdesk: <message>" on stderr.
void printError(const QString &message);

} // namespace bss
