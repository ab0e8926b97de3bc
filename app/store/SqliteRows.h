#pragma once

#include "app/domain/Result.h"

#include <QByteArrayView>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace bss {

struct SqliteStatement;

// The rows of one statement read with SQLite's C API, straight from SQLite's own buffers:
// QSqlQuery turns every column of every row into a QVariant (and text into UTF-16 twice),
// which cost the accounts page a third of its time. Forward only. When it goes away the
// statement is reset, so that it holds no read snapshot (see LeasedResult in SqlConnection.cpp).
class SqliteRows {
public:
    explicit SqliteRows(std::shared_ptr<SqliteStatement> statement);
    SqliteRows(SqliteRows &&other) noexcept;
    SqliteRows &operator=(SqliteRows &&other) noexcept;
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;
    ~SqliteRows();

    // The next row; false at the end, or on an error (then error() says which).
    bool next();
    const std::optional<Error> &error() const { return m_error; }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    // The column's text as UTF-8, valid until the next call to next(); empty for NULL.
    QByteArrayView utf8(int column) const;
    // A null QString for NULL, as QSqlQuery::value().toString() gives.
    QString text(int column) const;
    // What QSqlQuery::value() would give for an integer, real, text or NULL column.
    QVariant value(int column) const;

private:
    std::shared_ptr<SqliteStatement> m_statement;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<Error> m_error;
};

// The statements of one SQLite connection that are read with the C API, prepared once each.
// Only built where Qt's QSQLITE plugin uses the shared libsqlite3 we link (checked when
// configuring, see app/store/CMakeLists.txt): the sqlite3 handle Qt opened is then one our
// calls understand. attach() gives nothing otherwise, and the store reads through QSqlQuery.
class SqliteStatements {
public:
    static std::unique_ptr<SqliteStatements> attach(const QSqlDatabase &db);
    ~SqliteStatements(); // finalizes the statements no caller is reading
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    // Runs `text` with `params` bound by name (":name"), positioned before the first row. A text
    // is prepared once; one that a caller is still reading is prepared again for the nested use.
    Result<SqliteRows> exec(const QString &text, const QVariantMap &params);

private:
    explicit SqliteStatements(sqlite3 *db)
        : m_db(db) {}
    Result<std::shared_ptr<SqliteStatement>> prepare(const QString &text,
                                                     const QVariantMap &params);

    sqlite3 *m_db = nullptr;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;
};

// Whether `params` has exactly `names` (a cached statement's parameters, as bound last): the same
// text comes with the same names, and QVariantMap keeps them sorted.
bool sameParameterNames(const QStringList &names, const QVariantMap &params);

} // namespace bss
