#include "app/server/ServerPool.h"

#include <QTcpSocket>
#include <QThread>

namespace bss {

ServerPool::ServerPool(QObject *parent)
    : QTcpServer(parent) {}

ServerPool::~ServerPool() {
    stop();
}

Result<Done> ServerPool::start(int threads, WorkerSetup setup) {
    setup.listener = socketDescriptor();
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

void ServerPool::incomingConnection(qintptr descriptor) {
    if (m_workers.empty()) {
        QTcpSocket closing; // not serving: the socket closes the connection as it goes
        closing.setSocketDescriptor(descriptor);
        return;
    }
    ServerWorker *worker = m_workers[m_next].worker;
    m_next = (m_next + 1) % m_workers.size();
    worker->adopt(descriptor);
}

} // namespace bss
