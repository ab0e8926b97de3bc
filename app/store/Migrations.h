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

} // namespace bss
