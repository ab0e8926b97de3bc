#pragma once

#include "app/domain/Result.h"
#include "app/services/AuthService.h"
#include "app/store/StoreConfig.h"

#include <QObject>
#include <QTcpServer>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <chrono>
#include <memory>
#include <optional>

namespace bss {

class ApiServer;
class IdempotencyStore;
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
    qintptr listener = -1; // the listening socket the acceptor thread accepts on
    Clock clock;           // empty: the real time (set by tests with --clock)
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> tls; // set: connections are HTTPS
#endif
};

// The TCP server a worker's ApiServer is bound to. The acceptor thread hands it connections
// that are already accepted; it wraps them (and, for HTTPS, completes the TLS handshake) in the
// worker's thread. QAbstractHttpServer wants a listening server, so it shares the acceptor's
// listening socket (a duplicate descriptor) but does not accept on it itself.
class HandoffServer final : public QTcpServer {
    Q_OBJECT
public:
    explicit HandoffServer(QObject *parent = nullptr);
#if QT_CONFIG(ssl)
    void setTls(const QSslConfiguration &configuration) {
        m_tls = configuration;
    }
#endif
    bool shareListener(qintptr listener);
    // Takes over an accepted connection; in this object's thread.
    void adopt(qintptr descriptor);

    QTcpSocket *nextPendingConnection() override;

protected:
    // Should the socket ever wake this server, what it accepts is served like a handed one.
    void incomingConnection(qintptr descriptor) override {
        adopt(descriptor);
    }

private:
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> m_tls;
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
    // From any thread: serve this accepted connection.
    void adopt(qintptr descriptor);

private:
    int m_index;
    WorkerSetup m_setup;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<ApiServer> m_server;
    HandoffServer *m_handoff = nullptr; // owned by m_server
};

} // namespace bss
