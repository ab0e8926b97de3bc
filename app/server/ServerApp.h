#pragma once

#include "app/server/ServerOptions.h"

#include <QTextStream>

namespace bss {

// Wires bssdesk-server together: store, services, users, HTTP(S). main() stays thin.
class ServerApp {
public:
    // Runs the server (or --add-user) and returns the process exit code.
    static int run(const ServerOptions &options, QTextStream &in, QTextStream &out,
                   QTextStream &err);
};

} // namespace bss
