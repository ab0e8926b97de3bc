#include "app/server/ServerWorker.h"

#include "app/server/ApiServer.h"
#include "app/server/HttpConnection.h"
#include "app/server/IdempotencyStore.h"
#include "app/server/ServerContext.h"
#include "app/services/Services.h"
#include "app/store/SqlStore.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace bss {

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
    m_server->setPasswordHasher(m_setup.hasher.get());
    m_connections = std::make_unique<QObject>();
    return Done{};
}

void ServerWorker::stop() {
    // The connections before the HTTP server they call, the services, the database last.
    m_connections.reset();
    m_server.reset();
    m_context.reset();
    m_idempotency.reset();
    m_auth.reset();
    m_services.reset();
    m_store.reset();
}

void ServerWorker::adopt(qintptr descriptor, std::shared_ptr<ReservedSlot> reserved) {
    QMetaObject::invokeMethod(
        this, [this, descriptor, reserved = std::move(reserved)] { serve(descriptor, reserved); },
        Qt::QueuedConnection);
}

void ServerWorker::evict(std::shared_ptr<ReservedSlot> reserved) {
    QMetaObject::invokeMethod(
        this,
        [this, reserved = std::move(reserved)] {
            if (!m_connections)
                return;
            const auto connections = m_connections->findChildren<HttpConnection *>(
                QString(), Qt::FindDirectChildrenOnly);
            for (HttpConnection *connection : connections) {
                if (connection->reserved() == reserved)
                    connection->closeNow();
            }
        },
        Qt::QueuedConnection);
}

// In the worker's thread: the socket (for HTTPS, its handshake under the header timeout) and
// the connection that reads its requests.
void ServerWorker::serve(qintptr descriptor, const std::shared_ptr<ReservedSlot> &reserved) {
    QTcpSocket *socket = nullptr;
#if QT_CONFIG(ssl)
    QSslSocket *tls = m_setup.tls ? new QSslSocket : nullptr;
    socket = tls;
#endif
    if (!socket)
        socket = new QTcpSocket;
    const bool adopted = socket->setSocketDescriptor(descriptor);
    if (!adopted || !m_server) {
        if (!adopted) {
            // The socket refused the descriptor, so it does not close it either.
            qCWarning(lcServer) << "cannot take over a connection:" << socket->errorString();
#if defined(Q_OS_UNIX)
            ::close(int(descriptor));
#endif
        }
        delete socket; // stopped: closes the connection as it goes
        --m_setup.connections->open;
        return;
    }
    auto *connection = new HttpConnection(socket, *m_server, m_setup.limits, m_setup.connections,
                                          reserved, m_connections.get());
#if QT_CONFIG(ssl)
    if (tls) {
        tls->setSslConfiguration(*m_setup.tls);
        tls->startServerEncryption();
    }
#endif
    connection->start();
}

} // namespace bss
