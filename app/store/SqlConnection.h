#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/store/Dialect.h"
#include "app/store/StoreConfig.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <utility>

class QSqlError;

namespace bss {

struct CachedStatement;
class SqliteStatements;

// A bound SQL statement: named placeholders (:name) with values.
struct Sql {
    QString text;
    QVariantMap params;
    // Prepared anew and planned for these values (see SqlConnection::PlanForValues), not
    // reusing a plan made once for any values.
    bool planForValues = false;
};

// Store-internal: one database connection (SQLite or PostgreSQL), owned by the thread that
// opened it, with generic statements for the aggregate stores of app/store (and for tests).
// All SQL goes through bound parameters. Outside app/store, use the Store interface (Store.h).
class SqlConnection {
public:
    // `connectionName` must be unique per thread (QSqlDatabase connections are per thread).
    SqlConnection(StoreConfig config, QString connectionName);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    // Opens the database (creating the SQLite file and its folder), sets WAL and foreign keys,
    // and applies the pending migrations.
    Result<Done> open();
    int schemaVersion();
    int latestSchemaVersion() const;
    const StoreConfig &config() const { return m_config; }
    const Dialect &dialect() const { return m_dialect; }
    QSqlDatabase database() const;
    // Whether the accounts list and its sync rows are read with SQLite's C API (where it is
    // built in, see SqliteRows.h) rather than through QSqlQuery. On by default; tests turn it
    // off to compare the two.
    bool nativeReads() const { return m_nativeReads && m_sqlite; }
    void setNativeReads(bool on) { m_nativeReads = on; }

    // Runs `work` in one transaction: committed when it yields a value, rolled back when it
    // yields an Error, so a refusal changes nothing. Nested calls join the outer transaction.
    template <typename T> Result<T> transaction(const std::function<Result<T>()> &work) {
        if (m_depth > 0) {
            ++m_depth;
            Result<T> r = work();
            --m_depth;
            return r;
        }
        if (Result<Done> begun = begin(); !begun)
            return begun.error();
        ++m_depth;
        Result<T> r = work();
        --m_depth;
        if (!r.ok()) {
            rollback();
            return r;
        }
        if (Result<Done> committed = commit(); !committed)
            return committed.error();
        return r;
    }

    // Runs one statement; the query is positioned before the first row. A statement with
    // parameters is prepared once per connection and reused; it is reset (its read snapshot
    // released) when the returned query is destroyed, as a one-off statement would be finalized.
    Result<QSqlQuery> exec(const Sql &sql);
    Result<QSqlQuery> exec(const QString &text, const QVariantMap &params = {}) {
        return exec(Sql{text, params});
    }
    // INSERT ... returning the new row's id.
    Result<Id> insert(const QString &text, const QVariantMap &params);
    // UPDATE/DELETE; the number of rows changed.
    Result<int> change(const QString &text, const QVariantMap &params);
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &text, const QVariantMap &params = {});

    // While one lives, the statements of this connection are prepared anew each time, so that
    // PostgreSQL plans them for their values: for searches, whose matches may be a handful or
    // every row (a plan made once for any values reads every sync row for a rare substring).
    // Other statements keep their plan (planning each costs a single account 2.5 times the CPU).
    class PlanForValues {
    public:
        explicit PlanForValues(SqlConnection &sql)
            : m_sql(sql)
            , m_before(std::exchange(sql.m_planForValues, true)) {}
        ~PlanForValues() { m_sql.m_planForValues = m_before; }
        PlanForValues(const PlanForValues &) = delete;
        PlanForValues &operator=(const PlanForValues &) = delete;

    private:
        SqlConnection &m_sql;
        bool m_before;
    };

    // Called with every statement exec() runs and its values, before it runs (the plan tests
    // EXPLAIN what the store really asks). Empty: none.
    using StatementObserver = std::function<void(const Sql &sql)>;
    void setStatementObserver(StatementObserver observer) { m_observer = std::move(observer); }

    static QString timestamp(const QDateTime &at);
    static QDateTime parseTimestamp(const QVariant &value);
    static QDateTime parseTimestamp(QByteArrayView utf8); // null for a null view

    // SQLite's page cache of this connection (nothing for PostgreSQL).
    Result<Done> setPageCacheKiB(int kib);
    SqliteStatements *nativeReader() const { return nativeReads() ? m_sqlite.get() : nullptr; }

private:
    Result<Done> begin();
    Result<Done> commit();
    void rollback();
    Result<Done> migrate();
    Result<Done> applyMigrations();
    Result<Done> ensureSearchIndex();
    Result<QSqlQuery> execStatement(const Sql &sql);
    Result<QSqlQuery> execOnce(const Sql &sql);
    // The error of a failed statement. On PostgreSQL a failure that lost the connection (the
    // server went away or was restarted) is Unavailable, and the connection is opened again
    // before the next statement outside a transaction.
    Error failed(const QString &what, const QSqlError &error);
    bool forwardOnly() const;
    // Outside a transaction: opens a lost connection again; Unavailable while that fails.
    Result<Done> reconnectIfLost();

    StoreConfig m_config;
    Dialect m_dialect;
    StatementObserver m_observer;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_planForValues = false; // see PlanForValues
    bool m_lost = false; // PostgreSQL dropped the connection; reopen before the next statement
    // Prepared statements by SQL text; one in use by a caller is not handed out twice.
    QHash<QString, std::shared_ptr<CachedStatement>> m_statements;
    // The same connection's statements read with SQLite's C API; null where that is not built
    // in, and for PostgreSQL.
    std::unique_ptr<SqliteStatements> m_sqlite;
    bool m_nativeReads = true;
};

// Opaque keyset cursors: the sort key of the last row of a page.
QString encodeCursor(const QVariantList &key);
std::optional<QVariantList> decodeCursor(const QString &cursor, int size);

} // namespace bss
