#pragma once

#include "app/domain/Result.h"
#include "app/server/HttpRequest.h"
#include "app/services/AuthService.h"
#include "app/store/StoreConfig.h"

#include <QObject>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <chrono>
#include <memory>
#include <optional>

namespace bss {

class ApiServer;
class IdempotencyStore;
class PasswordHasher;
class Readiness;
class Services;
class SqlStore;
struct ServerContext;

// What every request thread of bssdesk-server is set up with.
struct WorkerSetup {
    StoreConfig store;
    QString storeKind; // "sqlite" or "postgres", for GET /health
    std::chrono::seconds tokenLifetime{12 * 3600};
    // The process's database probe, for GET /health/ready.
    std::shared_ptr<Readiness> readiness;
    Clock clock; // empty: the real time (set by tests with --clock)
    HttpLimits limits;
    // The open connections of the process, counted by the acceptor and every worker.
    std::shared_ptr<ConnectionCount> connections = std::make_shared<ConnectionCount>();
    std::shared_ptr<PasswordHasher> hasher; // shared by the workers
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> tls; // set: connections are HTTPS
#endif
};

// One request thread: its own database connection, services, users and sessions (their state
// is in the database, shared with the other threads and servers) and HTTP server. Created in
// the main thread and moved to its own; start() and stop() run in that thread.
class ServerWorker final : public QObject {
    Q_OBJECT
public:
    ServerWorker(int index, WorkerSetup setup);
    ~ServerWorker() override;

    Result<Done> start();
    void stop();
    // From any thread: serve this accepted connection, already counted in the setup's
    // connections; with `reserved` (over the cap): health checks only.
    void adopt(qintptr descriptor, std::shared_ptr<ReservedSlot> reserved);
    // From any thread: close the connection of `reserved` (if it is still open).
    void evict(std::shared_ptr<ReservedSlot> reserved);

private:
    int m_index;
    WorkerSetup m_setup;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<QObject> m_connections; // parent of the HttpConnections

    void serve(qintptr descriptor, const std::shared_ptr<ReservedSlot> &reserved);
};

} // namespace bss
