#include "app/store/SqliteRows.h"

#include "app/store/SqlStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>

#ifdef BSS_SQLITE_API
#include <sqlite3.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcStore) // SqlConnection.cpp

namespace bss {

#ifdef BSS_SQLITE_API

namespace {

// As SqlStore's storeError: the same code and sentence, SQLite's message in it.
Error sqliteError(const QString &what, sqlite3 *db) {
    const QString text = QString::fromUtf8(sqlite3_errmsg(db));
    qCWarning(lcStore) << what << text;
    Error e = Error::internal(
        QCoreApplication::translate("bss::SqlStore", "The store could not complete the request: %1")
            .arg(text));
    e.code = QStringLiteral("store-error");
    return e;
}

// Statements are cached by their text, as SqlStore::exec does.
constexpr qsizetype maxCachedStatements = 200;

} // namespace

struct SqliteStatement {
    sqlite3_stmt *stmt = nullptr;
    QStringList names;    // of the parameters, as bound last (QVariantMap's sorted order)
    QList<int> positions; // their places in the statement (0: not in it)
    bool leased = false;

    ~SqliteStatement() { sqlite3_finalize(stmt); }

    bool sameNames(const QVariantMap &params) const { return sameParameterNames(names, params); }
};

SqliteRows::SqliteRows(std::shared_ptr<SqliteStatement> statement)
    : m_statement(std::move(statement))
    , m_stmt(m_statement->stmt) {
    m_statement->leased = true;
}

SqliteRows::SqliteRows(SqliteRows &&other) noexcept
    : m_statement(std::move(other.m_statement))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_error(std::move(other.m_error)) {}

SqliteRows &SqliteRows::operator=(SqliteRows &&other) noexcept {
    if (this != &other) {
        SqliteRows gone(std::move(*this));
        m_statement = std::move(other.m_statement);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

SqliteRows::~SqliteRows() {
    if (!m_stmt)
        return;
    // Reset, not just dropped: a statement left mid-way keeps its read transaction open.
    sqlite3_reset(m_stmt);
    m_statement->leased = false;
}

bool SqliteRows::next() {
    if (!m_stmt || m_error)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = sqliteError(QString::fromUtf8(sqlite3_sql(m_stmt)), sqlite3_db_handle(m_stmt));
    return false;
}

bool SqliteRows::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteRows::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqliteRows::utf8(int column) const {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QString SqliteRows::text(int column) const {
    const QByteArrayView bytes = utf8(column);
    return bytes.data() ? QString::fromUtf8(bytes) : QString();
}

QVariant SqliteRows::value(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(text(column));
    }
}

std::unique_ptr<SqliteStatements> SqliteStatements::attach(const QSqlDatabase &db) {
    if (!db.isOpen() || !db.driver() || db.driverName() != QLatin1String("QSQLITE"))
        return {};
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return {};
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return {};
    return std::unique_ptr<SqliteStatements>(new SqliteStatements(connection));
}

SqliteStatements::~SqliteStatements() = default;

Result<std::shared_ptr<SqliteStatement>> SqliteStatements::prepare(const QString &text,
                                                                   const QVariantMap &params) {
    auto statement = std::make_shared<SqliteStatement>();
    const QByteArray sql = text.toUtf8();
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement->stmt, nullptr) != SQLITE_OK)
        return sqliteError(text, m_db);
    for (auto it = params.keyBegin(); it != params.keyEnd(); ++it) {
        statement->names.append(*it);
        statement->positions.append(sqlite3_bind_parameter_index(
            statement->stmt, QString(QLatin1Char(':') + *it).toUtf8().constData()));
    }
    return statement;
}

Result<SqliteRows> SqliteStatements::exec(const QString &text, const QVariantMap &params) {
    std::shared_ptr<SqliteStatement> statement;
    const auto found = m_statements.constFind(text);
    if (found != m_statements.cend() && !found.value()->leased &&
        found.value()->sameNames(params)) {
        statement = found.value();
    } else {
        Result<std::shared_ptr<SqliteStatement>> made = prepare(text, params);
        if (!made)
            return made.error();
        statement = std::move(*made);
        // A nested use of a text being read, or other names: a one-off, finalized after use.
        if (found == m_statements.cend()) {
            if (m_statements.size() >= maxCachedStatements) {
                for (auto it = m_statements.begin(); it != m_statements.end();)
                    it = it.value()->leased ? std::next(it) : m_statements.erase(it);
            }
            m_statements.insert(text, statement);
        }
    }
    sqlite3_stmt *stmt = statement->stmt;
    int rc = SQLITE_OK;
    qsizetype i = 0;
    for (auto it = params.cbegin(); it != params.cend() && rc == SQLITE_OK; ++it, ++i) {
        const int at = statement->positions.at(i);
        if (at == 0)
            continue;
        const QVariant &v = it.value();
        switch (v.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            rc = sqlite3_bind_null(stmt, at);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(stmt, at, v.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(stmt, at, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = v.toByteArray();
            rc = sqlite3_bind_blob64(stmt, at, bytes.constData(), sqlite3_uint64(bytes.size()),
                                     SQLITE_TRANSIENT);
            break;
        }
        default: {
            // Text, as SqlStore::exec binds it: a null QString is merely empty text.
            const QByteArray bytes = v.toString().toUtf8();
            rc = sqlite3_bind_text64(stmt, at, bytes.constData() ? bytes.constData() : "",
                                     sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
        }
    }
    if (rc != SQLITE_OK) {
        const Error error = sqliteError(text, m_db);
        sqlite3_reset(stmt);
        return error;
    }
    return SqliteRows(std::move(statement));
}

#else // Qt's QSQLITE has its own SQLite: everything reads through QSqlQuery.

struct SqliteStatement {};

SqliteRows::SqliteRows(std::shared_ptr<SqliteStatement> statement)
    : m_statement(std::move(statement)) {}
SqliteRows::SqliteRows(SqliteRows &&other) noexcept = default;
SqliteRows &SqliteRows::operator=(SqliteRows &&other) noexcept = default;
SqliteRows::~SqliteRows() = default;
bool SqliteRows::next() {
    return false;
}
bool SqliteRows::isNull(int) const {
    return true;
}
qint64 SqliteRows::int64(int) const {
    return 0;
}
QByteArrayView SqliteRows::utf8(int) const {
    return {};
}
QString SqliteRows::text(int) const {
    return {};
}
QVariant SqliteRows::value(int) const {
    return {};
}
std::unique_ptr<SqliteStatements> SqliteStatements::attach(const QSqlDatabase &) {
    return {};
}
SqliteStatements::~SqliteStatements() = default;
Result<SqliteRows> SqliteStatements::exec(const QString &, const QVariantMap &) {
    return Error::internal(QStringLiteral("SQLite's C API is not available."));
}

#endif

bool sameParameterNames(const QStringList &names, const QVariantMap &params) {
    if (params.size() != names.size())
        return false;
    qsizetype i = 0;
    for (auto it = params.keyBegin(); it != params.keyEnd(); ++it, ++i) {
        if (*it != names.at(i))
            return false;
    }
    return true;
}

void configureSqliteProcess() {
#ifdef BSS_SQLITE_API
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // SQLITE_MISUSE, harmless, once SQLite is in use
#endif
}

} // namespace bss
