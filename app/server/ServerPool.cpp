#include "app/server/ServerPool.h"

#include "app/server/PasswordHasher.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace bss {

ServerPool::ServerPool(QObject *parent)
    : QTcpServer(parent) {
    // QTcpServer stops accepting for good after a failed accept (no descriptor left, say);
    // try again shortly instead of serving nobody from then on.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        qCWarning(lcServer) << "accepting failed:" << error << errorString();
        QTimer::singleShot(100, this, [this] {
            if (isListening())
                resumeAccepting();
        });
    });
}

ServerPool::~ServerPool() {
    stop();
}

Result<Done> ServerPool::start(int threads, WorkerSetup setup, int maxConnections,
                               int healthReserve) {
    m_count = setup.connections;
    m_hasher = setup.hasher;
    m_maxConnections = maxConnections;
    m_healthReserve = healthReserve;
    for (int i = 0; i < threads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("bssdesk-server-%1").arg(i + 1));
        auto *worker = new ServerWorker(i + 1, setup);
        worker->moveToThread(thread);
        m_workers.push_back({thread, worker});
        thread->start();
        // One at a time, so that the first that fails says why and nothing serves half-made.
        Result<Done> started = Done{};
        QMetaObject::invokeMethod(
            worker, [worker, &started] { started = worker->start(); },
            Qt::BlockingQueuedConnection);
        if (!started) {
            stop();
            return started;
        }
    }
    return Done{};
}

void ServerPool::stop() {
    close();
    // Checks still hashing answer into the workers' objects: they finish first.
    if (m_hasher)
        m_hasher->waitForDone();
    for (const Worker &w : m_workers) {
        // The worker's objects (sockets, database connection) end in the thread they live in.
        QMetaObject::invokeMethod(
            w.worker, [worker = w.worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
        w.thread->quit();
        w.thread->wait();
        delete w.worker;
        delete w.thread;
    }
    m_workers.clear();
}

// Over the cap and the reserve: the oldest reserved connection goes. Its slot frees once its
// worker closed it, so a few more are let in meanwhile; true when this one may be taken.
bool ServerPool::makeRoom(int open) {
    while (!m_reserved.empty() && !m_reserved.front().second->open)
        m_reserved.pop_front();
    if (!m_reserved.empty()) {
        auto [worker, slot] = m_reserved.front();
        m_reserved.pop_front();
        worker->evict(slot);
    }
    return open < m_maxConnections + 2 * m_healthReserve;
}

void ServerPool::incomingConnection(qintptr descriptor) {
    const int open = m_count ? m_count->open.load() : 0;
    const bool room = open < m_maxConnections + m_healthReserve || makeRoom(open);
    if (m_workers.empty() || !room) {
        if (!m_workers.empty() && (m_closedAtOnce++ % 1000) == 0)
            qCWarning(lcServer) << "connection cap reached:" << open
                                << "open; new connections are closed at once";
        QTcpSocket closing; // not serving: the socket closes the connection as it goes
        closing.setSocketDescriptor(descriptor);
        return;
    }
    ++m_count->open;
    ServerWorker *worker = m_workers[m_next].worker;
    m_next = (m_next + 1) % m_workers.size();
    std::shared_ptr<ReservedSlot> reserved;
    if (open >= m_maxConnections) {
        reserved = std::make_shared<ReservedSlot>();
        m_reserved.emplace_back(worker, reserved);
        // Connections that ended by themselves leave their entries; drop them now and then.
        if (m_reserved.size() > std::size_t(8 * m_healthReserve)) {
            std::erase_if(m_reserved, [](const auto &entry) { return !entry.second->open; });
        }
    }
    worker->adopt(descriptor, reserved);
}

} // namespace bss
