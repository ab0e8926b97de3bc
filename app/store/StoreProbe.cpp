#include "app/store/StoreProbe.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore) // SqlConnection.cpp

namespace bss {

namespace {

Error unavailable(const QString &detail) {
    qCWarning(lcStore) << "readiness probe: database unavailable:" << detail;
    Error e = Error::internal(QCoreApplication::translate(
        "bss::SqlStore",
        "The database cannot be reached at the moment. Try again in a few seconds."));
    e.kind = ErrorKind::Unavailable;
    e.code = QStringLiteral("store-unavailable");
    return e;
}

} // namespace

StoreProbe::StoreProbe(StoreConfig config, QString connectionName,
                       std::chrono::seconds connectTimeout)
    : m_config(std::move(config))
    , m_connectionName(std::move(connectionName))
    , m_connectTimeout(connectTimeout) {}

StoreProbe::~StoreProbe() {
    close();
}

void StoreProbe::close() {
    if (!m_added)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_added = false;
}

Result<Done> StoreProbe::ping() {
    const bool postgres = m_config.kind == StoreConfig::Kind::Postgres;
    if (!m_added) {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connectionName);
        m_added = true;
        if (postgres) {
            db.setHostName(m_config.host);
            db.setPort(m_config.port);
            db.setUserName(m_config.user);
            db.setPassword(m_config.password);
            db.setDatabaseName(m_config.database);
            // libpq's own bound on connecting (it counts whole seconds, at least 2).
            db.setConnectOptions(QStringLiteral("connect_timeout=%1")
                                     .arg(qMax<qint64>(2, m_connectTimeout.count())));
        } else {
            // Never creates the file: a missing store is not ready.
            db.setDatabaseName(m_config.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        }
    }
    bool answered = false;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!db.isOpen() && !db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            answered = q.exec(QStringLiteral("SELECT 1")) && q.next() && q.value(0).toInt() == 1;
            failure = q.lastError().text();
        }
    }
    if (!answered) {
        close(); // opened again by the next probe
        return unavailable(failure);
    }
    return Done{};
}

} // namespace bss
