#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>

namespace bss::test {

// A throw-away PostgreSQL 15 cluster for the tests: initdb into a temporary folder, pg_ctl
// start on a free loopback port (trust authentication, no socket outside the folder), and
// stopped and removed with the object. As root it runs the binaries as the postgres user.
class PostgresCluster {
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // Where initdb and pg_ctl are; empty when PostgreSQL is not installed.
    static QString binDir();
    bool start(QString *error);
    // PostgreSQL's own settings (fsync, full page writes, synchronous commits on) instead of the
    // tests' faster unsafe ones: for figures that are quoted. Call before start().
    void useStockSettings() { m_stock = true; }
    // Stops the server, keeping its data: at once by default (as a crash would; with this
    // cluster's asynchronous commits the last moment's writes may be lost), or a clean shutdown
    // that keeps every commit (`fast`, what an administrator's restart does).
    enum class StopMode { Immediate, Fast };
    void stop(StopMode mode = StopMode::Immediate);
    // Starts the stopped server again on the same data and port.
    bool restart(QString *error);
    // Every process of the running cluster stopped (SIGSTOP) or continued (SIGCONT): a database
    // that hangs, its connections open and nothing answered, as a frozen machine's would be.
    bool freeze(QString *error) { return signalAll(SIGSTOP, error); }
    bool thaw(QString *error) { return signalAll(SIGCONT, error); }
    // A new empty database; its --store URL.
    QString createDatabase(const QString &name, QString *error);
    int port() const { return m_port; }

    // One cluster per test process, started on first use and stopped at exit.
    static PostgresCluster *shared(QString *error);

private:
    bool launch(QString *error);
    bool signalAll(int signal, QString *error);
    bool run(const QString &program, const QStringList &arguments, QString *error,
             int timeoutMs = 60000);

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
    bool m_stock = false;
};

} // namespace bss::test

// For a test that needs PostgreSQL: without it installed the test is skipped, with a message,
// except under CI (the environment variable CI set and not empty), where it fails: a CI run that
// reports PostgreSQL's tests as passed must have run them.
#define BSS_REQUIRE_POSTGRES()                                                                     \
    do {                                                                                           \
        if (bss::test::PostgresCluster::binDir().isEmpty()) {                                      \
            if (!qEnvironmentVariableIsEmpty("CI"))                                                \
                QFAIL("PostgreSQL is not installed (initdb/pg_ctl not found), and CI is set: "     \
                      "PostgreSQL's tests must run in CI (.ci/quickstart installs it).");          \
            QSKIP("PostgreSQL is not installed (initdb/pg_ctl not found); .ci/quickstart "         \
                  "installs it. With CI set this fails instead.");                                 \
        }                                                                                          \
    } while (false)
