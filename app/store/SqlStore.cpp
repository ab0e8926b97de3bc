#include "app/store/SqlStore.h"
#include "app/store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcStore, "bss.store")

namespace bss {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("bss::SqlStore", text);
}

Error storeError(const QString &what, const QSqlError &error) {
    qCWarning(lcStore) << what << error.text();
    Error e = Error::internal(tr("The store could not complete the request: %1").arg(error.text()));
    e.code = QStringLiteral("store-error");
    return e;
}
} // namespace

SqlStore::SqlStore(StoreConfig config, QString connectionName)
    : m_config(std::move(config))
    , m_dialect(m_config.kind)
    , m_connectionName(std::move(connectionName)) {}

SqlStore::~SqlStore() {
    m_db = QSqlDatabase(); // the connection must have no handle left when it is removed
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqlStore::database() const {
    // Kept from open(): looking the connection up by name takes a global lock on every statement.
    return m_db.isValid() ? m_db : QSqlDatabase::database(m_connectionName, false);
}

Result<Done> SqlStore::open() {
    const bool postgres = m_dialect.isPostgres();
    QSqlDatabase db = QSqlDatabase::addDatabase(
        postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return Error::internal(
            tr("The %1 database driver is not installed.")
                .arg(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE")));
    if (postgres) {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.database);
    } else {
        if (m_config.path != QLatin1String(":memory:")) {
            const QFileInfo file(m_config.path);
            if (!QDir().mkpath(file.absolutePath()))
                return Error::internal(tr("Cannot create the folder %1.").arg(file.absolutePath()));
        }
        db.setDatabaseName(m_config.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        return storeError(QStringLiteral("open"), db.lastError());
    m_db = db;

    if (!postgres) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=10000"}) {
            if (Result<QSqlQuery> r = exec(QLatin1String(pragma)); !r)
                return r.error();
        }
    } else if (Result<QSqlQuery> r = exec(QStringLiteral("SET client_min_messages TO WARNING"));
               !r) {
        return r.error();
    }
    return migrate();
}

int SqlStore::latestSchemaVersion() const {
    return migrations(m_dialect).constLast().version;
}

int SqlStore::schemaVersion() {
    const Result<QVariant> v = scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return v && v->isValid() ? v->toInt() : 0;
}

Result<Done> SqlStore::migrate() {
    if (Result<QSqlQuery> r =
            exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                " version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                                " applied_at TEXT NOT NULL)"));
        !r)
        return r.error();
    const int current = schemaVersion();
    for (const Migration &m : migrations(m_dialect)) {
        if (m.version <= current)
            continue;
        const Result<Done> applied = transaction<Done>([&]() -> Result<Done> {
            for (const QString &statement : m.statements) {
                if (Result<QSqlQuery> r = exec(statement); !r)
                    return r.error();
            }
            if (Result<QSqlQuery> r =
                    exec(QStringLiteral("INSERT INTO schema_version VALUES (:v, :d, :at)"),
                         {{QStringLiteral("v"), m.version},
                          {QStringLiteral("d"), m.description},
                          {QStringLiteral("at"), timestamp(QDateTime::currentDateTimeUtc())}});
                !r)
                return r.error();
            return Done{};
        });
        if (!applied)
            return applied.error();
        qCInfo(lcStore) << "schema migrated to version" << m.version;
    }
    return Done{};
}

Result<Done> SqlStore::begin() {
    QSqlDatabase db = database();
    // SQLite: take the write lock up front so concurrent writers queue instead of failing.
    if (!m_dialect.isPostgres()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return storeError(QStringLiteral("begin"), q.lastError());
        return Done{};
    }
    if (!db.transaction())
        return storeError(QStringLiteral("begin"), db.lastError());
    return Done{};
}

Result<Done> SqlStore::commit() {
    QSqlDatabase db = database();
    if (!m_dialect.isPostgres()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError error = q.lastError();
            rollback();
            return storeError(QStringLiteral("commit"), error);
        }
        return Done{};
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        rollback();
        return storeError(QStringLiteral("commit"), error);
    }
    return Done{};
}

void SqlStore::rollback() {
    QSqlDatabase db = database();
    if (!m_dialect.isPostgres()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    db.rollback();
}

Result<QSqlQuery> SqlStore::exec(const Sql &sql) {
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // Without parameters run it as is: PostgreSQL cannot prepare DDL or SET.
    if (sql.params.isEmpty()) {
        if (!q.exec(sql.text))
            return storeError(sql.text, q.lastError());
        return q;
    }
    if (!q.prepare(sql.text))
        return storeError(sql.text, q.lastError());
    for (auto it = sql.params.cbegin(); it != sql.params.cend(); ++it) {
        // A null QString is text that is merely empty; SQL NULL is written as sqlNull().
        const QVariant &v = it.value();
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.bindValue(QLatin1Char(':') + it.key(), nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec())
        return storeError(sql.text, q.lastError());
    return q;
}

Result<Id> SqlStore::insert(const QString &text, const QVariantMap &params) {
    Result<QSqlQuery> q = exec(text + QStringLiteral(" RETURNING id"), params);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::internal(tr("The store returned no id for a new record."));
    return q->value(0).toLongLong();
}

Result<int> SqlStore::change(const QString &text, const QVariantMap &params) {
    Result<QSqlQuery> q = exec(text, params);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<QVariant> SqlStore::scalar(const QString &text, const QVariantMap &params) {
    Result<QSqlQuery> q = exec(text, params);
    if (!q)
        return q.error();
    return q->next() ? q->value(0) : QVariant();
}

Result<QString> SqlStore::meta(const QString &key) {
    const Result<QVariant> v = scalar(QStringLiteral("SELECT value FROM meta WHERE key = :k"),
                                      {{QStringLiteral("k"), key}});
    if (!v)
        return v.error();
    return v->toString();
}

Result<Done> SqlStore::setMeta(const QString &key, const QString &value) {
    const Result<int> r =
        change(QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
               {{QStringLiteral("k"), key}, {QStringLiteral("v"), value}});
    if (!r)
        return r.error();
    return Done{};
}

QString SqlStore::timestamp(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime SqlStore::parseTimestamp(const QVariant &value) {
    if (value.isNull())
        return {};
    const QString text = value.toString();
    // What timestamp() writes, "2026-12-01T20:41:25.123Z", read by hand: QDateTime::fromString
    // costs a tenth of a page of accounts. Anything else goes the general way.
    const auto digits = [&text](qsizetype from, qsizetype count, int *out) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *out = v;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, msec = 0;
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z' &&
        digits(0, 4, &y) && digits(5, 2, &mo) && digits(8, 2, &d) && digits(11, 2, &h) &&
        digits(14, 2, &mi) && digits(17, 2, &sec) && digits(20, 3, &msec)) {
        const QDate date(y, mo, d);
        const QTime time(h, mi, sec, msec);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString encodeCursor(const QVariantList &key) {
    const QByteArray json =
        QJsonDocument(QJsonArray::fromVariantList(key)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QVariantList> decodeCursor(const QString &cursor, int size) {
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != size)
        return std::nullopt;
    return doc.array().toVariantList();
}

} // namespace bss
