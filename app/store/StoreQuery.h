#pragma once

#include "app/domain/Types.h"

#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <type_traits>

namespace bss::detail {

// The WHERE clause of a list query, built from optional filters.
struct Where {
    QStringList clauses;
    QVariantMap params;

    void add(const QString &clause, const QVariantMap &values = {}) {
        clauses.append(clause);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            params.insert(it.key(), it.value());
    }
    QString sql() const {
        return clauses.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

// SQL NULL. (A QVariant holding a default int or QString would bind 0 or '' on some drivers.)
inline QVariant sqlNull() {
    return QVariant::fromValue(nullptr);
}

inline int pageLimit(int requested) {
    return requested <= 0 ? 50 : qMin(requested, 500);
}

inline QVariant nullable(const std::optional<qint64> &v) {
    return v ? QVariant(*v) : sqlNull();
}
inline QVariant nullable(const std::optional<int> &v) {
    return v ? QVariant(*v) : sqlNull();
}

template <typename T> std::optional<T> optionalValue(const QVariant &v) {
    return v.isNull() ? std::nullopt : std::optional<T>(v.value<T>());
}

// A reseller's scope (`a`: the accounts table): its own account and its end-users.
inline const QString visibleAccount = QStringLiteral("(a.id = :scope OR a.parent_id = :scope)");

inline void addAccountScope(Where &where, std::optional<Id> scope) {
    if (scope)
        where.add(visibleAccount, {{QStringLiteral("scope"), *scope}});
}

} // namespace bss::detail

#include "app/store/SqlConnection.h"

namespace bss::detail {

// The cursor key of a row: `keyOf` takes either the row's value or the rows positioned on the
// row (a QSqlQuery or SqliteRows; for keys that are not in T).
template <typename T, typename KeyOf, typename Rows>
QVariantList keyOfRow(const KeyOf &keyOf, const Rows &q, const T &value) {
    if constexpr (std::is_invocable_v<KeyOf, const Rows &>)
        return keyOf(q);
    else
        return keyOf(value);
}

// How a list's rows are read: SqlConnection::exec, giving a QSqlQuery (the default), or SQLite's C
// API (SqliteStatements::exec, giving SqliteRows) for the hot lists.
struct QueryRows {
    SqlConnection &store;
    Result<QSqlQuery> operator()(const QString &sql, const QVariantMap &params) const {
        return store.exec(sql, params);
    }
};

// An error that ended the reading of rows early (SqliteRows reports it; QSqlQuery does not).
template <typename Rows> std::optional<Error> rowsError(const Rows &q) {
    if constexpr (requires { q.error(); })
        return q.error();
    else
        return std::nullopt;
}

// Runs a keyset-paged SELECT (`sql` must end with its ORDER BY; LIMIT is added here) with
// `exec` (see QueryRows), reads each row with `read`, and makes the next cursor from the last row
// with `keyOf` (see keyOfRow).
template <typename T, typename Exec, typename Read, typename KeyOf>
Result<Page<T>> fetchPageWith(const Exec &exec, const QString &sql, QVariantMap params, int limit,
                              Read read, KeyOf keyOf) {
    const int n = pageLimit(limit);
    // `sql` may place its LIMIT itself (in a subquery). The number is written into the statement,
    // not bound: PostgreSQL plans a bound LIMIT as if it kept a tenth of the table, so it planned
    // a page's statement anew for every request (0.36 ms of planning for 0.16 of execution); with
    // the number in its text, a statement keeps one plan per connection.
    const QString limitValue = QString::number(n + 1);
    const bool limited = sql.contains(QLatin1String(":limit"));
    auto q = exec(limited ? QString(sql).replace(QLatin1String(":limit"), limitValue)
                          : sql + QStringLiteral(" LIMIT ") + limitValue,
                  params);
    if (!q)
        return q.error();
    Page<T> page;
    page.items.reserve(n);
    bool more = false;
    QVariantList lastKey;
    while (q->next()) {
        if (page.items.size() == n) {
            more = true;
            break;
        }
        page.items.append(read(*q));
        lastKey = keyOfRow(keyOf, *q, page.items.constLast());
    }
    if (const std::optional<Error> error = rowsError(*q))
        return *error;
    if (more)
        page.nextCursor = encodeCursor(lastKey);
    return page;
}

template <typename T, typename Read, typename KeyOf>
Result<Page<T>> fetchPage(SqlConnection &store, const QString &sql, QVariantMap params, int limit,
                          Read read, KeyOf keyOf) {
    return fetchPageWith<T>(QueryRows{store}, sql, std::move(params), limit, read, keyOf);
}

// Adds "key < cursor" (descending id order) for lists paged by id, newest first.
inline bool addIdCursor(Where &where, const QString &column, const QString &cursor) {
    if (cursor.isEmpty())
        return true;
    const std::optional<QVariantList> key = decodeCursor(cursor, 1);
    if (!key)
        return false;
    where.add(column + QStringLiteral(" < :cursorId"),
              {{QStringLiteral("cursorId"), key->at(0).toLongLong()}});
    return true;
}

// The order of a list that can be paged by cursor and entered at any position: its sort key
// expressions (unique together, all ascending or all descending, the row's id last) and the
// FROM clauses.
struct ListSql {
    QString select;  // the columns and FROM of a page's rows
    QString keyFrom; // FROM for seeking a position: only the joins the filters need
    QStringList keys;
    bool descending = false;
    // The same keys as `select` names them, when its tables differ from `keyFrom`'s (empty:
    // `keys`).
    QStringList rowKeys = {};
    // Every key is a whole number: a cursor holding anything else is refused.
    bool integerKeys = false;
    // FROM for seeking a position when no filter applies (empty: keyFrom). SQLite, left to
    // itself, counts an OFFSET through a table's rows rather than through a narrow index of its
    // ids, five times the pages.
    QString seekFrom = {};
    // The rows come in key order from an index of their own table, and no filter applies: a
    // page reads its rows straight (index, then row), without choosing its keys first. The
    // keys-first form costs a second index search per row and a temporary table.
    bool direct = false;

    QString orderBy(bool reversed = false) const { return orderOf(keys, reversed); }
    QString rowOrderBy(bool reversed = false) const {
        return orderOf(rowKeys.isEmpty() ? keys : rowKeys, reversed);
    }
    QString rowId() const { return rowKeys.isEmpty() ? keys.constLast() : rowKeys.constLast(); }

    // The rows of a page: its keys chosen on the narrow FROM (`where`, `order`, `limit`), then
    // the columns and joins for those rows only.
    QString rowsOf(const Where &where, bool reversed, const QString &limit) const {
        if (direct)
            return select + where.sql() + rowOrderBy(reversed) + limit;
        return select + QStringLiteral(" WHERE ") + rowId() + QStringLiteral(" IN (SELECT ") +
               keys.constLast() + QStringLiteral(" FROM ") + keyFrom + where.sql() +
               orderBy(reversed) + limit + QStringLiteral(")") + rowOrderBy(reversed);
    }

    QString orderOf(const QStringList &terms, bool reversed) const {
        const bool desc = descending != reversed;
        QStringList ordered;
        for (const QString &k : terms)
            ordered.append(desc ? k + QStringLiteral(" DESC") : k);
        return QStringLiteral(" ORDER BY ") + ordered.join(QStringLiteral(", "));
    }

    // "The row sorts after `values`" (or at them, when `inclusive`). A row-value comparison,
    // which both SQLite and PostgreSQL turn into one index range; the expanded OR form makes
    // SQLite scan the index from the start, 70 ms deep into a million rows.
    void addAfter(Where &where, const QVariantList &values, bool inclusive) const {
        QStringList holders;
        QVariantMap params;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString name = QStringLiteral("after") + QString::number(i);
            holders.append(QLatin1Char(':') + name);
            params.insert(name, values.value(i));
        }
        const QString op = descending ? (inclusive ? QStringLiteral("<=") : QStringLiteral("<"))
                                      : (inclusive ? QStringLiteral(">=") : QStringLiteral(">"));
        where.add(QStringLiteral("(%1) %2 (%3)")
                      .arg(keys.join(QStringLiteral(", ")), op, holders.join(QStringLiteral(", "))),
                  params);
    }
};

Error badCursor();
Error badWindow();

// One page of a list: after the cursor (the next page, by key), or for a scrollbar jump the page
// at `offset` rows from the start or ending `offset` rows before the end. A jump finds the key
// of its first row on the narrowest index (`keyFrom`, key columns only) and then reads by key,
// so the skipped rows are never joined or read, and jumps near the end count from the end.
// `exec` reads the page's rows (see QueryRows); the seek for a jump, keys only, goes through
// `store`.
template <typename T, typename Exec, typename Query, typename Read, typename KeyOf>
Result<Page<T>> fetchWindowWith(SqlConnection &store, const Exec &exec, const ListSql &list,
                                Where where, const Query &query, Read read, KeyOf keyOf) {
    const int n = pageLimit(query.limit);
    if (query.offset < 0)
        return badWindow();
    if (!query.cursor.isEmpty()) {
        if (query.offset != 0 || query.fromEnd)
            return badWindow();
        const std::optional<QVariantList> key =
            decodeCursor(query.cursor, static_cast<int>(list.keys.size()));
        if (!key)
            return badCursor();
        if (list.integerKeys) {
            for (const QVariant &v : *key) {
                bool whole = false;
                if (v.typeId() != QMetaType::Double && v.typeId() != QMetaType::LongLong &&
                    v.typeId() != QMetaType::Int)
                    return badCursor();
                v.toString().toLongLong(&whole);
                if (!whole)
                    return badCursor();
            }
        }
        list.addAfter(where, *key, false);
    } else if (query.offset > 0 || query.fromEnd) {
        QVariantMap params = where.params;
        params.insert(QStringLiteral("seek"), query.fromEnd ? query.offset + n - 1 : query.offset);
        Result<QSqlQuery> seek = store.exec(
            QStringLiteral("SELECT ") + list.keys.join(QStringLiteral(", ")) +
                QStringLiteral(" FROM ") +
                (where.clauses.isEmpty() && !list.seekFrom.isEmpty() ? list.seekFrom
                                                                     : list.keyFrom) +
                where.sql() + list.orderBy(query.fromEnd) + QStringLiteral(" LIMIT 1 OFFSET :seek"),
            params);
        if (!seek)
            return seek.error();
        if (seek->next()) {
            QVariantList at;
            for (int i = 0; i < list.keys.size(); ++i)
                at.append(seek->value(i));
            list.addAfter(where, at, true);
        } else if (!query.fromEnd) {
            return Page<T>{}; // past the end
        } else {
            // Fewer than offset + n rows: the page starts at the first row.
            params = where.params;
            params.insert(QStringLiteral("offset"), query.offset);
            auto q =
                exec(list.rowsOf(where, true, QStringLiteral(" LIMIT %1 OFFSET :offset").arg(n)),
                     params);
            if (!q)
                return q.error();
            Page<T> page;
            QVariantList lastKey; // of the page's last row: the first one read backwards
            while (q->next()) {
                page.items.prepend(read(*q));
                if (lastKey.isEmpty())
                    lastKey = keyOfRow(keyOf, *q, page.items.constFirst());
            }
            if (const std::optional<Error> error = rowsError(*q))
                return *error;
            if (query.offset > 0 && !page.items.isEmpty())
                page.nextCursor = encodeCursor(lastKey);
            return page;
        }
    }
    // The page's keys first, on the narrow FROM; the columns and joins only for its rows. A search
    // sorts every match, and sorting keys instead of whole joined rows is a third quicker.
    return fetchPageWith<T>(exec, list.rowsOf(where, false, QStringLiteral(" LIMIT :limit")),
                            where.params, n, read, keyOf);
}

template <typename T, typename Query, typename Read, typename KeyOf>
Result<Page<T>> fetchWindow(SqlConnection &store, const ListSql &list, Where where,
                            const Query &query, Read read, KeyOf keyOf) {
    return fetchWindowWith<T>(store, QueryRows{store}, list, std::move(where), query, read, keyOf);
}

Error badCursor();

} // namespace bss::detail
