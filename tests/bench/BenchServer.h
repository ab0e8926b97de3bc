#pragma once

#include <QString>

#include <memory>

namespace bss::test {
class PostgresCluster;
class ServerProcess;
} // namespace bss::test

namespace bss::bench {

// The user the REST cases sign in as (an agent, as a team's would).
QString benchUser();
QString benchPassword();

// A bssdesk-server on loopback for the cases that measure the client in team mode: on a
// PostgreSQL cluster of its own (stock settings) filled with `accounts` by the server's own
// --generate, or on an existing SQLite store. Stopped, and the cluster removed, with the object.
class BenchServer {
public:
    ~BenchServer();
    static std::unique_ptr<BenchServer> postgres(qint64 accounts, QString *error);
    static std::unique_ptr<BenchServer> sqlite(const QString &file, QString *error);

    QString url() const;
    // Milliseconds the server's --generate took (PostgreSQL only; 0 otherwise).
    double generateMs() const { return m_generateMs; }

private:
    BenchServer();
    bool start(QString *error);

    std::unique_ptr<test::PostgresCluster> m_cluster;
    std::unique_ptr<test::ServerProcess> m_server;
    double m_generateMs = 0;
};

} // namespace bss::bench
