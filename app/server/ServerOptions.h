#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/services/Generator.h"
#include "app/store/StoreConfig.h"

#include <QDateTime>
#include <QHostAddress>
#include <QStringList>

namespace bss {

// bssdesk-server's command line:
//   --store sqlite:PATH | postgres://USER[:PASSWORD]@HOST:PORT/DBNAME
//   --listen HOST:PORT (127.0.0.1:8080; port 0 picks a free one and prints it)
//   --demo, --tls-cert FILE --tls-key FILE,
//   --add-user NAME --role admin|agent|reseller [--account ID] (password on standard input)
//   --generate accounts=N[,orders=M[,lines=K]] (synthetic data for scale tests, then exit)
//   --backup FILE (a consistent copy of the SQLite store, taken while it is in use, then exit)
//   --threads N (request threads, each with its own database connection; default: one per core)
//   --max-connections N, --idle-timeout S, --header-timeout S, --body-timeout S (HTTP limits;
//   docs/security.md), --allow-plain-http (plain HTTP on a non-loopback address),
//   --trusted-proxy ADDRESS (X-Forwarded-For from it names the client)
//   --print-roles-table (docs/roles.md: what each role may do)
struct ServerOptions {
    StoreConfig store;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    bool demo = false;
    QString tlsCert;
    QString tlsKey;
    int tokenHours = 12;
    int threads = defaultThreads();
    int maxConnections = 0; // 0: from the open-files limit
    int idleTimeout = 30;   // seconds
    int headerTimeout = 10;
    int bodyTimeout = 30;
    bool allowPlainHttp = false;
    QList<QHostAddress> trustedProxies;

    QString addUser; // non-empty: create or update this user and exit
    UserRole role = UserRole::Agent;
    std::optional<Id> account;

    std::optional<GenerateSpec> generate; // set: fill the store with synthetic data and exit
    QString backup; // non-empty: copy the SQLite store into this file and exit

    // Hidden, for tests: --clock 2026-03-10T09:00:00Z stops the rules' clock ("today" of
    // periods and proration, the times of records and audit) at that instant.
    QDateTime clock;

    // Every problem with the arguments at once; `arguments` includes the program name.
    static Result<ServerOptions> parse(const QStringList &arguments);
    static QString usage();
    static int defaultThreads();
    static constexpr int maxThreads = 64;
    // Connections over --max-connections that still get health checks answered.
    static constexpr int healthReserve = 16;
};

} // namespace bss
