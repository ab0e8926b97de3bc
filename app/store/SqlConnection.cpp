#include "app/store/SqlConnection.h"
#include "app/store/Migrations.h"
#include "app/store/SqliteRows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>

#include <mutex>

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

// A failure of the connection itself rather than of the statement: libpq reports no SQLSTATE
// when the server went away, class 08 for connection exceptions, and 57P01-57P03 when the server
// shuts down or restarts under the connection.
bool connectionLost(const QSqlError &error) {
    const QString state = error.nativeErrorCode();
    return state.isEmpty() || state.startsWith(QLatin1String("08")) ||
           state.startsWith(QLatin1String("57P0"));
}

Error storeUnavailable(const QString &detail) {
    qCWarning(lcStore) << "database unavailable:" << detail;
    Error e = Error::internal(tr("The database cannot be reached at the moment. Try again in a "
                                 "few seconds."));
    e.kind = ErrorKind::Unavailable;
    e.code = QStringLiteral("store-unavailable");
    return e;
}
} // namespace

bool SqlConnection::forwardOnly() const {
    // SQLite reads rows as they are stepped. PostgreSQL's driver would read a forward-only result
    // row by row after exec() succeeded, and a connection lost meanwhile would look like the end
    // of the rows (a record "not found"); a page is at most a few hundred rows, so it takes the
    // whole result in exec(), where any failure is reported.
    return !m_dialect.isPostgres();
}

Error SqlConnection::failed(const QString &what, const QSqlError &error) {
    if (m_dialect.isPostgres() && connectionLost(error)) {
        m_lost = true;
        return storeUnavailable(error.text());
    }
    return storeError(what, error);
}

Result<Done> SqlConnection::reconnectIfLost() {
    if (!m_lost || m_depth > 0)
        return Done{};
    // The prepared statements belonged to the lost connection.
    m_statements.clear();
    QSqlDatabase db = database();
    db.close();
    if (!db.open())
        return storeUnavailable(db.lastError().text());
    m_lost = false;
    qCInfo(lcStore) << "database connection opened again";
    return Done{};
}

// A statement prepared once on this connection, with the names of its parameters and their
// ":name" placeholders, made once rather than on every call.
struct CachedStatement {
    QSqlQuery query;
    QStringList names;
    QStringList holders;
    bool leased = false;

    bool sameNames(const QVariantMap &params) const { return sameParameterNames(names, params); }
};

namespace {

// What exec() hands out for a cached statement: reads through to it, and when the caller's
// QSqlQuery goes away, resets it (so that it holds no read snapshot: SQLite would refuse to let
// this connection write after another had, and could not checkpoint the WAL past it) and gives it
// back to the cache.
class LeasedResult final : public QSqlResult {
public:
    explicit LeasedResult(std::shared_ptr<CachedStatement> statement)
        : QSqlResult(statement->query.driver())
        , m_statement(std::move(statement)) {
        QSqlQuery &q = m_statement->query;
        m_statement->leased = true;
        setForwardOnly(true);
        setSelect(q.isSelect());
        setActive(q.isActive());
        setAt(QSql::BeforeFirstRow);
    }
    ~LeasedResult() override {
        m_statement->query.finish();
        m_statement->leased = false;
    }
    QVariant handle() const override { return m_statement->query.result()->handle(); }

protected:
    QVariant data(int i) override { return m_statement->query.value(i); }
    bool isNull(int i) override { return m_statement->query.isNull(i); }
    bool reset(const QString &) override { return false; }
    bool fetch(int i) override { return moved(m_statement->query.seek(i), i); }
    bool fetchNext() override { return moved(m_statement->query.next(), at() + 1); }
    bool fetchFirst() override { return moved(m_statement->query.next(), 0); }
    bool fetchLast() override { return moved(m_statement->query.last(), m_statement->query.at()); }
    int size() override { return m_statement->query.size(); }
    int numRowsAffected() override { return m_statement->query.numRowsAffected(); }
    QSqlRecord record() const override { return m_statement->query.record(); }
    QVariant lastInsertId() const override { return m_statement->query.lastInsertId(); }
    // QSqlQuery::finish(): a caller done reading before the query goes away.
    void detachFromResultSet() override { m_statement->query.finish(); }

private:
    bool moved(bool ok, int to) {
        setAt(ok ? to : QSql::AfterLastRow);
        return ok;
    }

    std::shared_ptr<CachedStatement> m_statement;
};

// Statements are cached by their text; lists with many filter combinations make many texts.
constexpr qsizetype maxCachedStatements = 200;

// A null QString is text that is merely empty; SQL NULL is written as sqlNull().
QVariant boundValue(const QVariant &v) {
    return v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral(""))
                                                                     : v;
}

} // namespace

SqlConnection::SqlConnection(StoreConfig config, QString connectionName)
    : m_config(std::move(config))
    , m_dialect(m_config.kind)
    , m_connectionName(std::move(connectionName)) {}

SqlConnection::~SqlConnection() {
    m_sqlite.reset(); // its statements are finalized before Qt closes the connection
    m_statements.clear();
    m_db = QSqlDatabase(); // the connection must have no handle left when it is removed
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqlConnection::database() const {
    // Kept from open(): looking the connection up by name takes a global lock on every statement.
    return m_db.isValid() ? m_db : QSqlDatabase::database(m_connectionName, false);
}

Result<Done> SqlConnection::open() {
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
        // A page cache of 16 MiB (SQLite's default is 2 MiB): enough for the narrow list
        // indexes of a million accounts, so that a scrollbar jump counts its OFFSET in memory
        // instead of reading a few thousand pages back from the system (40-60 ms a jump into the
        // middle). It is a bound: memory grows to it as the user jumps around, then stays flat.
        // A new store has pages of 8 KiB, not 4: half the pages to write for a big load (a
        // million generated accounts commit 550 MB in 0.34 s instead of 0.57) and shallower
        // trees; a store made before keeps its pages.
        for (const char *pragma : {"PRAGMA page_size=8192", "PRAGMA journal_mode=WAL",
                                   "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                                   "PRAGMA busy_timeout=10000", "PRAGMA cache_size=-16384"}) {
            if (Result<QSqlQuery> r = exec(QLatin1String(pragma)); !r)
                return r.error();
        }
    } else {
        // Statements are prepared once per connection and keep PostgreSQL's own choice of
        // plan (plan_cache_mode auto). Their SQL is written so that a plan made without the
        // values is still the right one (tst_store_plans checks both kinds): forcing a plan per
        // execution cost a single account 2.5 times the CPU (3,600 requests a second instead of
        // 8,800).
        for (const char *set : {"SET client_min_messages TO WARNING"}) {
            if (Result<QSqlQuery> r = exec(QLatin1String(set)); !r)
                return r.error();
        }
    }
    if (Result<Done> migrated = migrate(); !migrated)
        return migrated;
    if (!postgres)
        m_sqlite = SqliteStatements::attach(db);
    return Done{};
}

int SqlConnection::latestSchemaVersion() const {
    return migrations(m_dialect).constLast().version;
}

int SqlConnection::schemaVersion() {
    const Result<QVariant> v = scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return v && v->isValid() ? v->toInt() : 0;
}

// PostgreSQL: one server process or connection at a time migrates (several servers may start
// together on one database); the others wait, then find the schema current.
Result<Done> SqlConnection::migrate() {
    if (!m_dialect.isPostgres())
        return applyMigrations();
    // A number of this program's own: the lock of the schema.
    const QString lock = QStringLiteral("SELECT pg_advisory_lock(7301180)");
    const QString unlock = QStringLiteral("SELECT pg_advisory_unlock(7301180)");
    if (Result<QSqlQuery> r = exec(lock); !r)
        return r.error();
    Result<Done> done = applyMigrations();
    if (done)
        done = ensureSearchIndex();
    exec(unlock);
    return done;
}

// PostgreSQL: substring search by the trigram index of the accounts' search text, which needs
// the pg_trgm extension. A role that may not create it still gets a working store: searches
// then read every account, and the server says once, at start, what an administrator runs.
Result<Done> SqlConnection::ensureSearchIndex() {
    const Result<QVariant> has = scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')"));
    if (!has)
        return has.error();
    if (!has->toBool()) {
        QSqlQuery create(database());
        if (!create.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"))) {
            static std::once_flag said;
            std::call_once(said, [&] {
                qCWarning(lcStore).noquote()
                    << QStringLiteral(
                           "substring search has no index and reads every account: this role"
                           " may not create the pg_trgm extension (%1); an administrator runs,"
                           " in database \"%2\": CREATE EXTENSION pg_trgm;")
                           .arg(create.lastError()
                                    .databaseText()
                                    .section(QLatin1Char('\n'), 0, 0)
                                    .remove(QStringLiteral("ERROR:"))
                                    .trimmed(),
                                m_config.database);
            });
            return Done{};
        }
    }
    if (Result<QSqlQuery> r = exec(postgresSearchIndexSql()); !r)
        return r.error();
    return Done{};
}

Result<Done> SqlConnection::applyMigrations() {
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

Result<Done> SqlConnection::begin() {
    if (Result<Done> r = reconnectIfLost(); !r)
        return r;
    QSqlDatabase db = database();
    // SQLite: take the write lock up front so concurrent writers queue instead of failing.
    if (!m_dialect.isPostgres()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return storeError(QStringLiteral("begin"), q.lastError());
        return Done{};
    }
    if (!db.transaction()) {
        const Error e = failed(QStringLiteral("begin"), db.lastError());
        // A connection that died while idle (PostgreSQL restarted since its last statement)
        // fails its next one: nothing was done yet, so begin once more on a new connection.
        if (!m_lost)
            return e;
        if (Result<Done> r = reconnectIfLost(); !r)
            return r;
        if (!database().transaction())
            return failed(QStringLiteral("begin"), database().lastError());
    }
    return Done{};
}

Result<Done> SqlConnection::commit() {
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
        return failed(QStringLiteral("commit"), error);
    }
    return Done{};
}

void SqlConnection::rollback() {
    QSqlDatabase db = database();
    if (!m_dialect.isPostgres()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    db.rollback();
}

Result<QSqlQuery> SqlConnection::exec(const Sql &given) {
    Sql sql = given;
    sql.planForValues = sql.planForValues || (m_planForValues && m_dialect.isPostgres());
    const bool wasLost = m_lost;
    Result<QSqlQuery> r = execStatement(sql);
    // A connection that died while idle (PostgreSQL restarted since its last statement) fails
    // its next statement: a read outside a transaction runs once more on a new connection,
    // rather than answering "unavailable" once per request thread after the database is back.
    // (A write is not repeated: it may have been done before the connection went.)
    if (!r && m_lost && !wasLost && m_depth == 0 &&
        sql.text.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
        return execStatement(sql);
    return r;
}

Result<QSqlQuery> SqlConnection::execStatement(const Sql &sql) {
    if (Result<Done> r = reconnectIfLost(); !r)
        return r.error();
    if (m_observer)
        m_observer(sql);
    // Without parameters run it as is: PostgreSQL cannot prepare DDL or SET. A statement to
    // plan for its values is prepared anew (PostgreSQL plans a new statement for its values).
    if (sql.params.isEmpty() || sql.planForValues)
        return execOnce(sql);
    auto found = m_statements.find(sql.text);
    std::shared_ptr<CachedStatement> statement;
    if (found != m_statements.end()) {
        // In use by a caller still reading it (a nested query of the same text), or bound with
        // other names (a value bound last time would linger): a one-off statement, as before.
        if (found.value()->leased || !found.value()->sameNames(sql.params))
            return execOnce(sql);
        statement = found.value();
    } else {
        statement = std::make_shared<CachedStatement>();
        statement->query = QSqlQuery(database());
        statement->query.setForwardOnly(forwardOnly());
        if (!statement->query.prepare(sql.text))
            return failed(sql.text, statement->query.lastError());
        for (auto it = sql.params.keyBegin(); it != sql.params.keyEnd(); ++it) {
            statement->names.append(*it);
            statement->holders.append(QLatin1Char(':') + *it);
        }
        if (m_statements.size() >= maxCachedStatements) {
            for (auto it = m_statements.begin(); it != m_statements.end();)
                it = it.value()->leased ? std::next(it) : m_statements.erase(it);
        }
        m_statements.insert(sql.text, statement);
    }
    qsizetype i = 0;
    for (auto it = sql.params.cbegin(); it != sql.params.cend(); ++it, ++i)
        statement->query.bindValue(statement->holders.at(i), boundValue(it.value()));
    if (!statement->query.exec()) {
        const QSqlError error = statement->query.lastError();
        statement->query.finish();
        return failed(sql.text, error);
    }
    return QSqlQuery(new LeasedResult(std::move(statement)));
}

Result<QSqlQuery> SqlConnection::execOnce(const Sql &sql) {
    QSqlQuery q(database());
    q.setForwardOnly(forwardOnly());
    if (sql.params.isEmpty()) {
        if (!q.exec(sql.text))
            return failed(sql.text, q.lastError());
        return q;
    }
    if (!q.prepare(sql.text))
        return failed(sql.text, q.lastError());
    for (auto it = sql.params.cbegin(); it != sql.params.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), boundValue(it.value()));
    if (!q.exec())
        return failed(sql.text, q.lastError());
    return q;
}

Result<Id> SqlConnection::insert(const QString &text, const QVariantMap &params) {
    Result<QSqlQuery> q = exec(text + QStringLiteral(" RETURNING id"), params);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::internal(tr("The store returned no id for a new record."));
    return q->value(0).toLongLong();
}

Result<int> SqlConnection::change(const QString &text, const QVariantMap &params) {
    Result<QSqlQuery> q = exec(text, params);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<QVariant> SqlConnection::scalar(const QString &text, const QVariantMap &params) {
    Result<QSqlQuery> q = exec(text, params);
    if (!q)
        return q.error();
    return q->next() ? q->value(0) : QVariant();
}

Result<Done> SqlConnection::setPageCacheKiB(int kib) {
    if (m_dialect.isPostgres())
        return Done{};
    const Result<QSqlQuery> r = exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kib));
    if (!r)
        return r.error();
    return Done{};
}

QString SqlConnection::timestamp(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// What timestamp() writes, "2026-12-01T20:41:25.123Z", read by hand: QDateTime::fromString
// costs a tenth of a page of accounts. Anything else (an invalid QDateTime here) goes the
// general way. `at(i)` gives the i-th character as a char16_t.
template <typename At> QDateTime parseIsoMillisUtc(qsizetype size, const At &at) {
    if (size != 24)
        return {};
    const auto digits = [&at](qsizetype from, qsizetype count, int *out) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = at(i);
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *out = v;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, msec = 0;
    if (at(4) == u'-' && at(7) == u'-' && at(10) == u'T' && at(13) == u':' && at(16) == u':' &&
        at(19) == u'.' && at(23) == u'Z' && digits(0, 4, &y) && digits(5, 2, &mo) &&
        digits(8, 2, &d) && digits(11, 2, &h) && digits(14, 2, &mi) && digits(17, 2, &sec) &&
        digits(20, 3, &msec)) {
        const QDate date(y, mo, d);
        const QTime time(h, mi, sec, msec);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return {};
}

} // namespace

QDateTime SqlConnection::parseTimestamp(const QVariant &value) {
    if (value.isNull())
        return {};
    const QString text = value.toString();
    const QDateTime fast =
        parseIsoMillisUtc(text.size(), [&text](qsizetype i) { return text.at(i).unicode(); });
    return fast.isValid() ? fast : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QDateTime SqlConnection::parseTimestamp(QByteArrayView utf8) {
    if (utf8.isNull())
        return {};
    const QDateTime fast = parseIsoMillisUtc(
        utf8.size(), [utf8](qsizetype i) { return char16_t(static_cast<uchar>(utf8.at(i))); });
    return fast.isValid()
               ? fast
               : QDateTime::fromString(QString::fromUtf8(utf8), Qt::ISODateWithMs).toUTC();
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
