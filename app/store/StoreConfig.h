#pragma once

#include "app/domain/Result.h"

#include <QString>

namespace bss {

// Which database a store opens: "sqlite:PATH" (":memory:" allowed) or
// "postgres://USER[:PASSWORD]@HOST:PORT/DBNAME".
struct StoreConfig {
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static Result<StoreConfig> parse(const QString &url);
    static StoreConfig sqlite(const QString &path);
    // The default embedded store: a file in the user's application-data folder.
    static QString defaultSqlitePath();
    // For people and logs; never shows the password.
    QString describe() const;
};

} // namespace bss
