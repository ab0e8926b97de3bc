#include "app/store/StoreBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace bss {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("bss::StoreBackup", text);
}

Error backupError(const QString &message) {
    Error e = Error::internal(message);
    e.code = QStringLiteral("backup-failed");
    return e;
}

// Copies the database into `partial` in one read transaction.
Result<Done> vacuumInto(const QString &source, const QString &partial) {
    const QString name = QStringLiteral("bss-backup-") + QUuid::createUuid().toString();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        // Waits out a writer's commit rather than failing; writers never wait on the copy.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("VACUUM INTO :file"));
            q.bindValue(QStringLiteral(":file"), partial);
            if (!q.exec())
                failure = q.lastError().text();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        return backupError(tr("The store could not be copied: %1").arg(failure));
    return Done{};
}

} // namespace

Result<Done> backupStore(const StoreConfig &store, const QString &target) {
    if (store.kind == StoreConfig::Kind::Postgres)
        return backupError(tr("A PostgreSQL store is backed up with pg_dump (see docs/deploy.md "
                              "in the BSS Desk sources), not by BSS Desk."));
    const QFileInfo source(store.path);
    if (store.path == QLatin1String(":memory:") || !source.isFile())
        return backupError(tr("There is no store file at %1 to back up.").arg(store.path));
    const QFileInfo file(target);
    if (target.isEmpty() || file.isDir())
        return backupError(tr("Name a file to back up the store to."));
    if (file.absoluteFilePath() == source.absoluteFilePath())
        return backupError(tr("The backup cannot replace the store itself; choose another file."));
    if (!file.absoluteDir().exists())
        return backupError(tr("The folder %1 does not exist.").arg(file.absolutePath()));

    // Beside the target, so that replacing it is a rename on one file system, and a failure
    // leaves an earlier backup of that name as it was.
    const QString partial = file.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Result<Done> copied = vacuumInto(source.absoluteFilePath(), partial); !copied) {
        QFile::remove(partial);
        return copied;
    }
    if (file.exists() && !QFile::remove(file.absoluteFilePath())) {
        QFile::remove(partial);
        return backupError(tr("Cannot replace %1.").arg(file.absoluteFilePath()));
    }
    if (!QFile::rename(partial, file.absoluteFilePath())) {
        QFile::remove(partial);
        return backupError(tr("Cannot write %1.").arg(file.absoluteFilePath()));
    }
    return Done{};
}

} // namespace bss
