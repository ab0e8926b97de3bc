// Backups of the embedded store, restored: for every scenario, a store holding the demo catalog
// is written to without pause (new accounts, one transaction each) while
// `bssdesk-server --store sqlite:FILE --backup COPY` copies it; the copy is then opened as a store
// of its own and the seed's scenarios run on it, unchanged.

#include "tests/conformance/ConformanceSuite.h"
#include "tests/server/ServerProcess.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

namespace bss::test {

namespace {

constexpr int loadWrites = 400;

// What the copy taken during the writes holds, for the test that checks it is one moment's.
struct BackupFacts {
    int writesDoneWhenCopyStarted = -1;
    int writesDoneWhenCopyEnded = -1;
    QString serverOutput;
    int exitCode = -1;
};

class RestoredBackupTarget final : public ConformanceTarget {
public:
    RestoredBackupTarget() {
        const QString copy = m_dir.filePath(QStringLiteral("backup.sqlite"));
        {
            LocalFixture source(true);
            m_facts = backUpWhileWriting(source, copy);
        }
        m_backend = std::make_unique<LocalBackend>(
            StoreConfig::sqlite(copy), Actor{QStringLiteral("tester"), UserRole::Admin, {}});
        m_backend->setClock([] { return pinnedNow(); });
        const Result<Done> opened = await(m_backend->open());
        if (!opened)
            qWarning("the backup does not open: %s", qPrintable(opened.error().describe()));
        m_copy = copy;
    }
    Backend *backend() override { return m_backend.get(); }
    LocalBackend *local() { return m_backend.get(); }
    const BackupFacts &facts() const { return m_facts; }
    const QString &copy() const { return m_copy; }

private:
    static BackupFacts backUpWhileWriting(LocalFixture &source, const QString &copy) {
        BackupFacts facts;
        auto done = std::make_shared<std::atomic<int>>(0);
        QList<QFuture<Result<Account>>> writes;
        for (int i = 0; i < loadWrites; ++i) {
            NewAccount a;
            a.name = QStringLiteral("Backup Load %1").arg(i, 4, 10, QLatin1Char('0'));
            a.type = AccountType::Direct;
            a.email = QStringLiteral("load%1@example.com").arg(i);
            writes.append(source.backend->createAccount(a).then([done](Result<Account> r) {
                ++*done;
                return r;
            }));
        }
        // The copy starts once the writes are under way and runs beside them.
        QDeadlineTimer started(20000);
        while (*done < 20 && !started.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QProcess backup;
        backup.setProcessChannelMode(QProcess::MergedChannels);
        facts.writesDoneWhenCopyStarted = *done;
        backup.start(ServerProcess::executable(), {QStringLiteral("--store"), source.store.url(),
                                                   QStringLiteral("--backup"), copy});
        // The event loop goes on: the writes' futures finish through it.
        QDeadlineTimer ended(60000);
        while (backup.state() != QProcess::NotRunning && !ended.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        facts.writesDoneWhenCopyEnded = *done;
        facts.serverOutput = QString::fromLocal8Bit(backup.readAll());
        facts.exitCode = backup.exitStatus() == QProcess::NormalExit ? backup.exitCode() : -1;
        for (QFuture<Result<Account>> &w : writes)
            await(w);
        return facts;
    }

    QTemporaryDir m_dir;
    BackupFacts m_facts;
    QString m_copy;
    std::unique_ptr<LocalBackend> m_backend;
};

} // namespace

std::unique_ptr<ConformanceTarget> makeConformanceTarget() {
    return std::make_unique<RestoredBackupTarget>();
}

// The scenarios, and first what the copy holds.
class BackupConformance : public ConformanceSuite {
    Q_OBJECT
private Q_SLOTS:
    void B0_theBackupIsOneMomentOfTheStoreInUse() {
        RestoredBackupTarget target;
        const BackupFacts &facts = target.facts();
        QVERIFY2(facts.exitCode == 0, qPrintable(facts.serverOutput));
        QVERIFY2(facts.serverOutput.contains(QLatin1String("Backed up")),
                 qPrintable(facts.serverOutput));
        // The writes went on while the copy was taken.
        QVERIFY2(facts.writesDoneWhenCopyStarted < loadWrites &&
                     facts.writesDoneWhenCopyEnded < loadWrites,
                 qPrintable(QStringLiteral("%1 and %2 of %3 writes done")
                                .arg(facts.writesDoneWhenCopyStarted)
                                .arg(facts.writesDoneWhenCopyEnded)
                                .arg(loadWrites)));
        // Whole transactions only: every account in the copy has its audit entry, and the
        // accounts are the first N of the writes, none missing in between.
        const QString name = uniqueConnectionName(QStringLiteral("copy"));
        int copied = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(target.copy());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT count(*), max(name), (SELECT count(DISTINCT a.entity_id) FROM"
                        " audit a JOIN accounts c ON a.entity = 'account' AND a.entity_id ="
                        " c.id WHERE c.name LIKE 'Backup Load %') FROM accounts WHERE name"
                        " LIKE 'Backup Load %'")) &&
                    q.next());
            copied = q.value(0).toInt();
            QVERIFY2(copied >= facts.writesDoneWhenCopyStarted &&
                         copied <= facts.writesDoneWhenCopyEnded,
                     qPrintable(QStringLiteral("%1 accounts copied, %2 written at the start, %3 "
                                               "at the end")
                                    .arg(copied)
                                    .arg(facts.writesDoneWhenCopyStarted)
                                    .arg(facts.writesDoneWhenCopyEnded)));
            if (copied > 0)
                QCOMPARE(q.value(1).toString(),
                         QStringLiteral("Backup Load %1").arg(copied - 1, 4, 10, QLatin1Char('0')));
            QCOMPARE(q.value(2).toInt(), copied);
            qInfo("%d of %d accounts written when the copy started, %d when it ended, %d in it",
                  facts.writesDoneWhenCopyStarted, loadWrites, facts.writesDoneWhenCopyEnded,
                  copied);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        // The restored store works as a store: it lists what the copy holds.
        AccountQuery query;
        query.q = QStringLiteral("Backup Load");
        const Result<qint64> listed = await(target.local()->countAccounts(query));
        BSS_VERIFY_OK(listed);
        QCOMPARE(*listed, qint64(copied));

        // Refusals leave every file as it was.
        const auto backUp = [](const QString &store, const QString &file) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(ServerProcess::executable(),
                    {QStringLiteral("--store"), QStringLiteral("sqlite:") + store,
                     QStringLiteral("--backup"), file});
            p.waitForFinished(30000);
            return std::pair(p.exitCode(), QString::fromLocal8Bit(p.readAll()));
        };
        const QString missing = QFileInfo(target.copy()).dir().filePath(QStringLiteral("none"));
        const auto [noStore, noStoreSaid] = backUp(missing, missing + QStringLiteral(".copy"));
        QCOMPARE(noStore, 2);
        QVERIFY2(noStoreSaid.contains(QLatin1String("no store file")), qPrintable(noStoreSaid));
        QVERIFY(!QFileInfo::exists(missing) &&
                !QFileInfo::exists(missing + QStringLiteral(".copy")));
        const auto [onItself, onItselfSaid] = backUp(target.copy(), target.copy());
        QCOMPARE(onItself, 2);
        QVERIFY2(onItselfSaid.contains(QLatin1String("cannot replace the store itself")),
                 qPrintable(onItselfSaid));
        // A backup over an earlier one replaces it, leaving no partial file behind.
        const QString again = QFileInfo(target.copy()).dir().filePath(QStringLiteral("again"));
        QCOMPARE(backUp(target.copy(), again).first, 0);
        const auto [replaced, replacedSaid] = backUp(target.copy(), again);
        QVERIFY2(replaced == 0, qPrintable(replacedSaid));
        QVERIFY(QFileInfo(again).size() > 0);
        QVERIFY(!QFileInfo::exists(again + QStringLiteral(".partial")));
    }
};

} // namespace bss::test

QTEST_GUILESS_MAIN(bss::test::BackupConformance)
#include "tst_conformance_backup_sqlite.moc"
