#pragma once

#include "app/server/ServerWorker.h"

#include <QTcpServer>

#include <deque>
#include <memory>
#include <vector>

class QThread;

namespace bss {

// bssdesk-server's request threads: one listening socket on the main thread, whose accepted
// connections go round-robin to N workers, each with its own database connection (SQLite in
// WAL mode, or one PostgreSQL session each). A connection stays with its worker for its
// lifetime (keep-alive requests are answered by the same thread, in order).
//
// It counts the open connections: up to maxConnections they are served; the next
// healthReserve ones only get health checks answered (everything else 503, one request per
// connection), so that monitoring and load balancers still see the server when an attacker
// fills it. When the reserve is full too, the oldest connection in it is closed to make room
// for the new one. All of it stays below the process's descriptor limit, so accepting never
// fails for want of descriptors.
class ServerPool final : public QTcpServer {
    Q_OBJECT
public:
    explicit ServerPool(QObject *parent = nullptr);
    ~ServerPool() override;

    // Starts `threads` workers one after the other, once listen() succeeded; the first that
    // cannot open its connection stops them all and yields its error.
    Result<Done> start(int threads, WorkerSetup setup, int maxConnections, int healthReserve);
    void stop();
    int threadCount() const { return int(m_workers.size()); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Worker {
        QThread *thread = nullptr;
        ServerWorker *worker = nullptr;
    };
    std::vector<Worker> m_workers;
    std::size_t m_next = 0;
    std::shared_ptr<ConnectionCount> m_count;
    std::shared_ptr<PasswordHasher> m_hasher;
    int m_maxConnections = 0;
    int m_healthReserve = 0;
    qint64 m_closedAtOnce = 0;
    std::deque<std::pair<ServerWorker *, std::shared_ptr<ReservedSlot>>> m_reserved;

    bool makeRoom(int open);
};

} // namespace bss
