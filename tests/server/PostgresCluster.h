#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace bss::test {

// A throw-away PostgreSQL 15 cluster for the tests: initdb into a temporary folder, pg_ctl
// start on a free loopback port (trust authentication, no socket outside the folder), and
// stopped and removed with the object. As root it runs the binaries as the postgres user.
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // Where initdb and pg_ctl are; empty when PostgreSQL is not installed.
    static QString binDir();
    bool start(QString *error);
    void stop();
    // A new empty database; its --store URL.
    QString createDatabase(const QString &name, QString *error);
    int port() const { return m_port; }

    // One cluster per test process, started on first use and stopped at exit.
    static PostgresCluster *shared(QString *error);

private:
    bool run(const QString &program, const QStringList &arguments, QString *error, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace bss::test
