#include "tests/server/PostgresCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <signal.h>
#include <unistd.h>

namespace bss::test {

namespace {
bool isRoot() {
    return ::geteuid() == 0;
}

int freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster() {
    stop();
}

QString PostgresCluster::binDir() {
    const QStringList candidates{
        QStringLiteral("/usr/lib/postgresql/15/bin"), QStringLiteral("/usr/lib/postgresql/16/bin"),
        QStringLiteral("/usr/lib/postgresql/17/bin"), QStringLiteral("/usr/local/pgsql/bin")};
    for (const QString &dir : candidates) {
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")) &&
            QFileInfo::exists(dir + QStringLiteral("/pg_ctl")))
            return dir;
    }
    return {};
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments, QString *error,
                          int timeoutMs) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (isRoot()) {
        // PostgreSQL refuses to run as root.
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    } else {
        process.start(program, arguments);
    }
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2")
                     .arg(QFileInfo(program).fileName(),
                          QString::fromLocal8Bit(process.readAll()).right(2000));
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString *error) {
    const QString bin = binDir();
    if (bin.isEmpty()) {
        *error = QStringLiteral("PostgreSQL binaries not found");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (isRoot()) {
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("postgres:postgres"), m_dir.path()});
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadOther | QFile::ExeOther);
    }
    if (!run(bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
              QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
             error))
        return false;
    m_port = freePort();
    return launch(error);
}

bool PostgresCluster::restart(QString *error) {
    if (m_running || m_port == 0) {
        *error = QStringLiteral("the cluster is running or was never started");
        return false;
    }
    return launch(error);
}

bool PostgresCluster::launch(QString *error) {
    const QString bin = binDir();
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QString options =
        QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2").arg(m_port).arg(m_dir.path());
    if (!m_stock)
        options +=
            QStringLiteral(" -c fsync=off -c full_page_writes=off -c synchronous_commit=off");
    if (!run(bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
              m_dir.filePath(QStringLiteral("postgres.log")), QStringLiteral("-w"),
              QStringLiteral("start")},
             error))
        return false;
    m_running = true;
    return true;
}

void PostgresCluster::stop(StopMode mode) {
    if (!m_running)
        return;
    m_running = false;
    QString ignored;
    run(binDir() + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
         mode == StopMode::Fast ? QStringLiteral("fast") : QStringLiteral("immediate"),
         QStringLiteral("-w"), QStringLiteral("stop")},
        &ignored);
}

// The postmaster (first line of postmaster.pid) and its children (from /proc).
bool PostgresCluster::signalAll(int signal, QString *error) {
    QFile pidFile(m_dir.filePath(QStringLiteral("data/postmaster.pid")));
    if (!m_running || !pidFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the cluster is not running");
        return false;
    }
    const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
    QList<qint64> pids{postmaster};
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid ...": the name may hold spaces, so read after its ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmaster)
            pids.append(entry.toLongLong());
    }
    for (const qint64 pid : pids) {
        if (::kill(pid_t(pid), signal) != 0) {
            *error = QStringLiteral("cannot signal process %1").arg(pid);
            return false;
        }
    }
    return true;
}

QString PostgresCluster::createDatabase(const QString &name, QString *error) {
    const QString connection = QStringLiteral("pg-admin-") + name;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            // The name is ours (letters, digits, underscore), never user input.
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + name))
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error->isEmpty())
        return {};
    return QStringLiteral("postgres://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

PostgresCluster *PostgresCluster::shared(QString *error) {
    static std::unique_ptr<PostgresCluster> cluster;
    static QString failure;
    if (!cluster && failure.isEmpty()) {
        auto fresh = std::make_unique<PostgresCluster>();
        if (fresh->start(&failure)) {
            cluster = std::move(fresh);
            qAddPostRoutine([] { cluster.reset(); });
        }
    }
    *error = failure;
    return cluster.get();
}

} // namespace bss::test
