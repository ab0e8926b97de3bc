// The desktop client's process killed (SIGKILL: a crash, a power cut of the process) while it
// writes to its embedded store, again and again at chosen and at random moments: in the middle of
// Execute, in the middle of a bulk of seat saves, anywhere. After each kill the store opens,
// passes SQLite's integrity check, and every order is either executed with one subscription per
// line (and at most one licence mail per subscription) or still a draft without any.

#include "app/backend/LocalBackend.h"
#include "app/store/SqlStore.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <signal.h>

using namespace bss;
using namespace bss::test;

namespace {

// One count over the store; -1 when the query fails.
qint64 count(QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QString text(QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

} // namespace

class TestStoreKilled : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("client.sqlite"));
        LocalBackend backend(StoreConfig::sqlite(m_path),
                             Actor{QStringLiteral("tester"), UserRole::Admin, {}});
        BSS_VERIFY_OK(await(backend.open()));
        BSS_VERIFY_OK(await(backend.installDemoData()));
        NewAccount input;
        input.name = QStringLiteral("Crash Test Ltd");
        input.type = AccountType::Direct;
        input.email = QStringLiteral("crash@example.com");
        const Result<Account> account = await(backend.createAccount(input));
        BSS_VERIFY_OK(account);
        m_account = account->id;
        SyncOptionsInput sync;
        sync.email = input.email;
        sync.role = SyncRole::User;
        BSS_VERIFY_OK(
            await(backend.saveAndSynchronize(m_account, QStringLiteral("kaspersky"), sync)));
    }

    void killedWhileWritingLeavesEveryOrderWholeOrDraft() {
        enum Moment { DuringExecute, DuringSeatSaves, Anywhere };
        constexpr int cycles = 45;
        int draftAfterExecuteKill = 0, executedAfterExecuteKill = 0, partlySeated = 0;
        QRandomGenerator random(20261207);
        for (int cycle = 0; cycle < cycles; ++cycle) {
            const Moment moment = Moment(cycle % 3);
            QProcess driver;
            driver.start(QStringLiteral(BSS_STORE_DRIVER), {m_path, QString::number(m_account)});
            QVERIFY2(driver.waitForStarted(10000), qPrintable(driver.errorString()));
            // The step to kill in, and after how many of them (so the store keeps growing).
            const QByteArray trigger = moment == DuringExecute     ? QByteArray("execute")
                                       : moment == DuringSeatSaves ? QByteArray("seats")
                                                                   : QByteArray("ready");
            int skip = moment == Anywhere ? 0 : random.bounded(3);
            Id inFlight = 0;
            bool triggered = false;
            QDeadlineTimer deadline(30000);
            while (!triggered && !deadline.hasExpired() && driver.state() == QProcess::Running) {
                if (!driver.canReadLine() && !driver.waitForReadyRead(100))
                    continue;
                while (driver.canReadLine()) {
                    const QList<QByteArray> words = driver.readLine().trimmed().split(' ');
                    if (words.value(0) == "seats" || words.value(0) == "execute")
                        inFlight = words.value(1).toLongLong();
                    if (words.value(0) == "done")
                        inFlight = 0;
                    if (words.value(0) == trigger && skip-- == 0) {
                        triggered = true;
                        break;
                    }
                }
            }
            QVERIFY2(triggered, qPrintable(QString::fromLocal8Bit(driver.readAllStandardError())));
            // Right in the step (a few hundred microseconds in), or anywhere in the loop.
            if (moment == Anywhere)
                QThread::msleep(20 + random.bounded(400));
            else
                QThread::usleep(random.bounded(moment == DuringExecute ? 1500 : 2500));
            ::kill(pid_t(driver.processId()), SIGKILL);
            QVERIFY(driver.waitForFinished(10000));
            QCOMPARE(driver.exitStatus(), QProcess::CrashExit);

            const QString status = checkStore(inFlight);
            if (QTest::currentTestFailed())
                return;
            if (moment == DuringExecute)
                (status == QLatin1String("draft") ? draftAfterExecuteKill
                                                  : executedAfterExecuteKill)++;
            if (moment == DuringSeatSaves && status == QLatin1String("draft") &&
                partlyHasSeats(inFlight))
                ++partlySeated;
        }
        qInfo("%d kills: killed in Execute, %d orders stayed drafts and %d were executed; "
              "killed in the seat saves, %d orders were left with some lines seated",
              cycles, draftAfterExecuteKill, executedAfterExecuteKill, partlySeated);
        // The kills did land inside the writes, not between them.
        QVERIFY(draftAfterExecuteKill > 0);
        QVERIFY(partlySeated > 0);
        QVERIFY(m_executed > 0);
    }

private:
    // Opens the store as the client does, checks it whole; the status of `inFlight`.
    QString checkStore(Id inFlight) {
        {
            SqlStore store(StoreConfig::sqlite(m_path), uniqueConnectionName(QStringLiteral("re")));
            const Result<Done> opened = store.open();
            if (!opened) {
                QTest::qFail(qPrintable(opened.error().describe()), __FILE__, __LINE__);
                return {};
            }
        }
        const QString name = uniqueConnectionName(QStringLiteral("check"));
        QString status;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            if (!db.open())
                qWarning("%s", qPrintable(db.lastError().text()));
            const QString integrity = text(db, QStringLiteral("PRAGMA integrity_check"));
            const qint64 linesWithoutSubscription =
                count(db, QStringLiteral(
                              "SELECT count(*) FROM order_lines l JOIN orders o ON o.id ="
                              " l.order_id WHERE o.status = 'executed' AND NOT EXISTS"
                              " (SELECT 1 FROM subscriptions s WHERE s.order_line_id = l.id)"));
            const qint64 subscriptionsOfUnexecuted = count(
                db, QStringLiteral("SELECT count(*) FROM subscriptions s JOIN orders o ON o.id ="
                                   " s.order_id WHERE o.status <> 'executed'"));
            const qint64 orphans = count(
                db, QStringLiteral("SELECT count(*) FROM subscriptions s WHERE NOT EXISTS"
                                   " (SELECT 1 FROM order_lines l WHERE l.id = s.order_line_id"
                                   " AND l.order_id = s.order_id)"));
            const qint64 twoMails =
                count(db, QStringLiteral("SELECT count(*) FROM (SELECT subscription_id FROM outbox"
                                         " WHERE subscription_id IS NOT NULL GROUP BY"
                                         " subscription_id HAVING count(*) > 1) t"));
            const qint64 strange =
                count(db, QStringLiteral("SELECT count(*) FROM orders WHERE status NOT IN ('draft',"
                                         " 'executed', 'cancelled')"));
            m_executed = count(db, QStringLiteral("SELECT count(*) FROM orders WHERE status ="
                                                  " 'executed'"));
            status =
                inFlight
                    ? text(db,
                           QStringLiteral("SELECT status FROM orders WHERE id = %1").arg(inFlight))
                    : QStringLiteral("none");
            db.close();
            const auto fail = [](const QString &what) {
                QTest::qFail(qPrintable(what), __FILE__, __LINE__);
            };
            if (integrity != QLatin1String("ok"))
                fail(QStringLiteral("integrity_check: ") + integrity);
            else if (linesWithoutSubscription || subscriptionsOfUnexecuted || orphans || twoMails ||
                     strange)
                fail(QStringLiteral("inconsistent: %1 executed lines without a subscription, %2 "
                                    "subscriptions of unexecuted orders, %3 orphans, %4 "
                                    "subscriptions with two mails, %5 odd statuses")
                         .arg(linesWithoutSubscription)
                         .arg(subscriptionsOfUnexecuted)
                         .arg(orphans)
                         .arg(twoMails)
                         .arg(strange));
        }
        QSqlDatabase::removeDatabase(name);
        return status;
    }

    // Some but not all lines of a draft have their seats: the kill came between two saves.
    bool partlyHasSeats(Id order) {
        const QString name = uniqueConnectionName(QStringLiteral("seats"));
        qint64 seated = 0, lines = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            db.open();
            seated = count(db, QStringLiteral("SELECT count(seats) FROM order_lines WHERE"
                                              " order_id = %1")
                                   .arg(order));
            lines = count(
                db,
                QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = %1").arg(order));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return seated > 0 && seated < lines;
    }

    QTemporaryDir m_dir;
    QString m_path;
    Id m_account = 0;
    qint64 m_executed = 0;
};

QTEST_GUILESS_MAIN(TestStoreKilled)
#include "tst_store_killed.moc"
