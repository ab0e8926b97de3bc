#pragma once

#include "app/store/StoreConfig.h"

#include <QString>

namespace bss {

// The few places where SQLite and PostgreSQL SQL differ. Everything else is common SQL.
class Dialect {
public:
    explicit Dialect(StoreConfig::Kind kind)
        : m_kind(kind) {}
    bool isPostgres() const { return m_kind == StoreConfig::Kind::Postgres; }

    // An auto-assigned 64-bit primary key column.
    QString idColumn() const;
    // Column type for case-insensitive names and emails (NOCASE in SQLite; PostgreSQL keeps
    // lower-cased copies in stored columns instead, see namePrefixMatch).
    QString nocaseText() const;
    // Locks the selected row until the transaction ends (PostgreSQL); SQLite locks the file.
    QString forUpdate() const { return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString(); }
    // Substring search over accounts' name and email (3+ characters), bound to :fts.
    QString accountSubstringMatch() const;
    QString accountSubstringValue(const QString &q) const;
    // Accounts (`alias`) whose name starts with :prefix, case-insensitively; the value to bind.
    // PostgreSQL: the range of the stored name key that its name index holds in order.
    QString namePrefixMatch(const QString &alias) const;
    QString namePrefixValue(const QString &q) const;

private:
    StoreConfig::Kind m_kind;
};

// Escapes % _ and \ for a LIKE pattern with ESCAPE '\'.
QString likeEscape(const QString &text);

} // namespace bss
