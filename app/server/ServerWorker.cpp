#include "app/server/ServerWorker.h"

#include "app/server/ApiServer.h"
#include "app/server/IdempotencyStore.h"
#include "app/server/ServerContext.h"
#include "app/services/Services.h"
#include "app/store/SqlStore.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace bss {

namespace {

// The socket refused the descriptor, so it does not close it either.
void refuse(QTcpSocket *socket, qintptr descriptor) {
    qCWarning(lcServer) << "cannot take over a connection:" << socket->errorString();
    socket->deleteLater();
#if defined(Q_OS_UNIX)
    ::close(int(descriptor));
#else
    Q_UNUSED(descriptor)
#endif
}

} // namespace

HandoffServer::HandoffServer(QObject *parent)
    : QTcpServer(parent) {}

bool HandoffServer::shareListener(qintptr listener) {
#if defined(Q_OS_UNIX)
    const int duplicate = ::fcntl(int(listener), F_DUPFD_CLOEXEC, 0);
    if (duplicate < 0 || !setSocketDescriptor(duplicate)) {
        if (duplicate >= 0)
            ::close(duplicate);
        return false;
    }
#else
    // No duplicate of a socket here: a private loopback port that nobody is told of.
    Q_UNUSED(listener)
    if (!listen(QHostAddress::LocalHost, 0))
        return false;
#endif
    pauseAccepting();
    return true;
}

QTcpSocket *HandoffServer::nextPendingConnection() {
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    // QTcpServer turns accepting back on here; accepting stays with the acceptor thread.
    pauseAccepting();
    return socket;
}

void HandoffServer::adopt(qintptr descriptor) {
#if QT_CONFIG(ssl)
    if (m_tls) {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            refuse(socket, descriptor);
            return;
        }
        socket->setSslConfiguration(*m_tls);
        // As QSslServer does: the HTTP server sees the connection once it is encrypted.
        connect(socket, &QSslSocket::encrypted, this, [this, socket] {
            disconnect(socket, &QAbstractSocket::errorOccurred, this, nullptr);
            addPendingConnection(socket);
        });
        connect(socket, &QAbstractSocket::errorOccurred, this, [socket] {
            socket->disconnect();
            socket->abort();
            socket->deleteLater();
        });
        socket->startServerEncryption();
        return;
    }
#endif
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        refuse(socket, descriptor);
        return;
    }
    addPendingConnection(socket);
}

ServerWorker::ServerWorker(int index, WorkerSetup setup)
    : m_index(index)
    , m_setup(std::move(setup)) {}

ServerWorker::~ServerWorker() {
    // stop() normally ran in the worker's thread; this is the fallback for a failed start.
    stop();
}

Result<Done> ServerWorker::start() {
    m_store = std::make_unique<SqlStore>(m_setup.store,
                                         QStringLiteral("bssdesk-server-worker-%1").arg(m_index));
    if (Result<Done> opened = m_store->open(); !opened)
        return opened.error();
    m_services = std::make_unique<Services>(*m_store, m_setup.clock);
    m_auth = std::make_unique<AuthService>(*m_store);
    m_auth->setTokenLifetime(m_setup.tokenLifetime);
    m_idempotency = std::make_unique<IdempotencyStore>(*m_store, m_setup.clock);
    m_context = std::make_unique<ServerContext>(ServerContext{
        *m_store, *m_services, *m_auth, *m_idempotency, *m_setup.readiness, m_setup.storeKind});
    m_server = std::make_unique<ApiServer>(*m_context);
    m_handoff = new HandoffServer;
#if QT_CONFIG(ssl)
    if (m_setup.tls)
        m_handoff->setTls(*m_setup.tls);
#endif
    if (!m_handoff->shareListener(m_setup.listener)) {
        const QString reason = m_handoff->errorString();
        delete m_handoff;
        m_handoff = nullptr;
        return Error::internal(
            QStringLiteral("Request thread %1 cannot share the listening socket: %2")
                .arg(m_index)
                .arg(reason));
    }
    m_server->bind(m_handoff); // takes ownership
    return Done{};
}

void ServerWorker::stop() {
    // The HTTP server (with its connections) before the services it calls, the connection last.
    m_handoff = nullptr;
    m_server.reset();
    m_context.reset();
    m_idempotency.reset();
    m_auth.reset();
    m_services.reset();
    m_store.reset();
}

void ServerWorker::adopt(qintptr descriptor) {
    QMetaObject::invokeMethod(
        this,
        [this, descriptor] {
            if (m_handoff) {
                m_handoff->adopt(descriptor);
                return;
            }
            QTcpSocket closing; // stopped: the socket closes the connection as it goes
            closing.setSocketDescriptor(descriptor);
        },
        Qt::QueuedConnection);
}

} // namespace bss
