#include "tests/bench/BenchServer.h"

#include "tests/server/PostgresCluster.h"
#include "tests/server/ServerProcess.h"

#include <QElapsedTimer>
#include <QProcess>

namespace bss::bench {

QString benchUser() {
    return QStringLiteral("bench-agent");
}

QString benchPassword() {
    return QStringLiteral("bench-password-123");
}

BenchServer::BenchServer() = default;

BenchServer::~BenchServer() {
    if (m_server)
        m_server->stop();
    if (m_cluster)
        m_cluster->stop(test::PostgresCluster::StopMode::Fast);
}

std::unique_ptr<BenchServer> BenchServer::postgres(qint64 accounts, QString *error) {
    if (test::PostgresCluster::binDir().isEmpty()) {
        *error = QStringLiteral("PostgreSQL is not installed (initdb/pg_ctl not found)");
        return nullptr;
    }
    std::unique_ptr<BenchServer> server(new BenchServer);
    server->m_cluster = std::make_unique<test::PostgresCluster>();
    server->m_cluster->useStockSettings();
    if (!server->m_cluster->start(error))
        return nullptr;
    const QString store = server->m_cluster->createDatabase(QStringLiteral("bench"), error);
    if (store.isEmpty())
        return nullptr;
    server->m_server = std::make_unique<test::ServerProcess>(store);

    // The accounts as an administrator makes them: the server's own --generate.
    QProcess generate;
    generate.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    generate.start(test::ServerProcess::executable(),
                   {QStringLiteral("--store"), store, QStringLiteral("--generate"),
                    QStringLiteral("accounts=%1").arg(accounts)});
    if (!generate.waitForFinished(30 * 60 * 1000) || generate.exitCode() != 0) {
        *error = QStringLiteral("--generate failed: ") + QString::fromLocal8Bit(generate.readAll());
        return nullptr;
    }
    server->m_generateMs = double(timer.nsecsElapsed()) / 1e6;
    if (!server->start(error))
        return nullptr;
    return server;
}

std::unique_ptr<BenchServer> BenchServer::sqlite(const QString &file, QString *error) {
    std::unique_ptr<BenchServer> server(new BenchServer);
    server->m_server = std::make_unique<test::ServerProcess>(QStringLiteral("sqlite:") + file);
    if (!server->start(error))
        return nullptr;
    return server;
}

bool BenchServer::start(QString *error) {
    // --add-user creates or updates the user, so a prepared store may be used again.
    return m_server->addUser({benchUser(), QStringLiteral("agent"), {}, benchPassword()}, error) &&
           m_server->start({QStringLiteral("--threads"), QStringLiteral("2")}, error);
}

QString BenchServer::url() const {
    return m_server ? m_server->url().toString() : QString();
}

} // namespace bss::bench
