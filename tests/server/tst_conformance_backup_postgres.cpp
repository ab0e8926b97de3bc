// Backups of a PostgreSQL store, restored, exactly as docs/deploy.md tells an administrator:
// pg_dump --format=custom while a bssdesk-server goes on writing to the database, createdb and
// pg_restore --no-owner --exit-on-error into a new one, a server started on that; then the
// seed's scenarios run against it through RestBackend, unchanged.

#include "tests/conformance/ConformanceSuite.h"
#include "tests/server/HttpClient.h"
#include "tests/server/PostgresCluster.h"
#include "tests/server/RestFixture.h"
#include "tests/server/ServerProcess.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QUrl>

namespace bss::test {

namespace {

struct DumpFacts {
    int writesDuringDump = 0;
    QString failure; // empty when the dump and the restore succeeded
};

// Runs a PostgreSQL client program as docs/deploy.md shows it; its output on failure.
QString runClient(const QString &program, const QStringList &arguments) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(PostgresCluster::binDir() + QLatin1Char('/') + program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAll());
    return {};
}

class RestoredDumpTarget final : public ConformanceTarget {
public:
    RestoredDumpTarget() {
        QString error;
        const QString source = RestFixture::freshStore(RestFixture::Store::Postgres, &error);
        if (!error.isEmpty()) {
            m_facts.failure = error;
            return;
        }
        const QString restored = dumpAndRestore(source);
        if (!m_facts.failure.isEmpty())
            return;
        m_server = std::make_unique<ServerProcess>(restored);
        if (!m_server->start({}, &error)) {
            m_facts.failure = error;
            return;
        }
        m_backend = std::make_unique<RestBackend>(m_server->url());
        const Result<Session> session =
            await(m_backend->login(QStringLiteral("tester"), QStringLiteral("password-123")));
        if (!session)
            m_facts.failure = session.error().describe();
    }
    Backend *backend() override {
        if (!m_facts.failure.isEmpty())
            qWarning("restored store: %s", qPrintable(m_facts.failure));
        return m_backend.get();
    }
    const DumpFacts &facts() const { return m_facts; }
    QUrl url() const { return m_server ? m_server->url() : QUrl(); }

private:
    // The source database in use by a server while it is dumped; the restored store's URL.
    QString dumpAndRestore(const QString &source) {
        QString error;
        ServerProcess server(source);
        if (!server.addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}}, &error) ||
            !server.start({QStringLiteral("--demo")}, &error)) {
            m_facts.failure = error;
            return {};
        }
        HttpClient http(server.url());
        http.login(QStringLiteral("tester"));
        const QString dump = m_dir.filePath(QStringLiteral("bssdesk.dump"));
        QProcess pgDump;
        pgDump.setProcessChannelMode(QProcess::MergedChannels);
        pgDump.start(PostgresCluster::binDir() + QStringLiteral("/pg_dump"),
                     {QStringLiteral("--format=custom"), QStringLiteral("--file=") + dump,
                      QStringLiteral("--dbname=") + source});
        // (waitForFinished() is false once the finish was seen by an event loop, such as the
        // one each request waits in: the state tells.)
        while (pgDump.state() != QProcess::NotRunning && !pgDump.waitForFinished(0) &&
               m_facts.writesDuringDump < 9999) {
            const HttpReply r =
                http.post(QStringLiteral("/accounts"),
                          {{QStringLiteral("name"),
                            QStringLiteral("Dump Load %1")
                                .arg(m_facts.writesDuringDump, 4, 10, QLatin1Char('0'))},
                           {QStringLiteral("type"), QStringLiteral("direct")}});
            if (r.status != 201) {
                m_facts.failure = QStringLiteral("write during the dump: %1").arg(r.status);
                return {};
            }
            ++m_facts.writesDuringDump;
        }
        if (pgDump.exitStatus() != QProcess::NormalExit || pgDump.exitCode() != 0) {
            m_facts.failure =
                QStringLiteral("pg_dump: ") + QString::fromLocal8Bit(pgDump.readAll());
            return {};
        }
        // createdb and pg_restore into a new database of the same cluster.
        const QUrl from(source);
        const QString name = from.path().mid(1) + QStringLiteral("_restored");
        QUrl to = from;
        to.setPath(QLatin1Char('/') + name);
        m_facts.failure = runClient(QStringLiteral("createdb"),
                                    {QStringLiteral("--host=") + from.host(),
                                     QStringLiteral("--port=") + QString::number(from.port()),
                                     QStringLiteral("--username=") + from.userName(), name});
        if (m_facts.failure.isEmpty())
            m_facts.failure =
                runClient(QStringLiteral("pg_restore"),
                          {QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error"),
                           QStringLiteral("--dbname=") + to.toString(), dump});
        return to.toString();
    }

    QTemporaryDir m_dir;
    DumpFacts m_facts;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RestBackend> m_backend;
};

} // namespace

std::unique_ptr<ConformanceTarget> makeConformanceTarget() {
    return std::make_unique<RestoredDumpTarget>();
}

class DumpConformance : public ConformanceSuite {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        BSS_REQUIRE_POSTGRES();
        QString error;
        QVERIFY2(PostgresCluster::shared(&error), qPrintable(error));
    }

    // The dump is one moment of the database in use: the accounts written meanwhile are in it
    // up to some point, with none missing before it.
    void B0_theBackupIsOneMomentOfTheStoreInUse() {
        RestoredDumpTarget target;
        QVERIFY2(target.facts().failure.isEmpty(), qPrintable(target.facts().failure));
        QVERIFY2(target.facts().writesDuringDump > 0, "no write went on during pg_dump");
        HttpClient http(target.url());
        QVERIFY(!http.login(QStringLiteral("tester")).isEmpty());
        const QJsonArray items = http.get(QStringLiteral("/accounts?q=Dump%20Load&limit=500"))
                                     .json()[QStringLiteral("items")]
                                     .toArray();
        qInfo("%d accounts written while pg_dump ran, %lld of them in the dump",
              target.facts().writesDuringDump, qlonglong(items.size()));
        QVERIFY(items.size() <= target.facts().writesDuringDump);
        QSet<QString> names;
        for (const QJsonValue &v : items)
            names.insert(v[QStringLiteral("name")].toString());
        for (int i = 0; i < items.size(); ++i)
            QVERIFY(names.contains(QStringLiteral("Dump Load %1").arg(i, 4, 10, QLatin1Char('0'))));
        // The demo data came along.
        QVERIFY(http.get(QStringLiteral("/products")).array().size() > 3);

        // bssdesk-server --backup sends an administrator of a PostgreSQL store to pg_dump.
        QProcess refused;
        refused.setProcessChannelMode(QProcess::MergedChannels);
        QString error;
        const QString store = RestFixture::freshStore(RestFixture::Store::Postgres, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        refused.start(ServerProcess::executable(),
                      {QStringLiteral("--store"), store, QStringLiteral("--backup"),
                       QDir::temp().filePath(QStringLiteral("never.sqlite"))});
        QVERIFY(refused.waitForFinished(30000));
        const QString said = QString::fromLocal8Bit(refused.readAll());
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY2(said.contains(QLatin1String("pg_dump")), qPrintable(said));
        QVERIFY(!QFileInfo::exists(QDir::temp().filePath(QStringLiteral("never.sqlite"))));
    }
};

} // namespace bss::test

QTEST_GUILESS_MAIN(bss::test::DumpConformance)
#include "tst_conformance_backup_postgres.moc"
