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

// SQLite, as the latest version has them (for bulk loads that drop and rebuild them):
// the statement that gives every account its place in name order, spread evenly;
QString accountNameOrderFill();
// the trigram index of the accounts' names and emails, keyed by that place, and the triggers
// that keep it current.
QString accountSearchTable();
QStringList accountSearchTriggers();

// SQLite, as the latest version has them: the secondary indexes of accounts, which a bulk load
// drops and builds again after the rows are in (the name_order one first).
struct IndexDefinition {
    QString name;
    QString create;
};
QList<IndexDefinition> accountIndexes();

} // namespace bss
