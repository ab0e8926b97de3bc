#pragma once

#include "app/store/Dialect.h"

#include <QStringList>

namespace bss {

// One schema version: the statements that bring the previous version to it.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

// Every migration, oldest first, written for `dialect`. Versions are never edited once
// released: a change is a new migration.
QList<Migration> migrations(const Dialect &dialect);

// SQLite, as the latest version has them. A bulk load (SqlBulkLoad.cpp) drops the objects that
// derive from the accounts' rows and makes them again from these same statements once the rows
// are in, so a generated store has exactly the schema of a migrated one.
//
// A named schema object and the statement that makes it.
struct SchemaObject {
    QString name;
    QString create;
};
// The statement that gives every account its place in name order, spread evenly;
QString accountNameOrderFill();
// the trigram index of the accounts' names and emails, keyed by that place, and the triggers
// that keep it current;
QString accountSearchTable();
QList<SchemaObject> accountSearchTriggers();
// the secondary indexes of accounts (the name_order one first).
QList<SchemaObject> accountIndexes();

// PostgreSQL, as the latest version has them: the accounts' name index (name_key, id), and
// their trigram index of `search` (name and email), which needs the pg_trgm extension and is
// made after the migrations where the extension can be had (SqlConnection::ensureSearchIndex).
QString postgresNameIndexSql();
QString postgresSearchIndexSql();

} // namespace bss
