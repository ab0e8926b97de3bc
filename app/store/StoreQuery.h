#pragma once

#include <QStringList>
#include <QVariantMap>

#include <optional>

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

} // namespace bss::detail

#include "app/store/SqlStore.h"

namespace bss::detail {

// Runs a keyset-paged SELECT (`sql` must end with its ORDER BY; LIMIT is added here), reads
// each row with `read`, and makes the next cursor from the last row with `keyOf`.
template <typename T, typename Read, typename KeyOf>
Result<Page<T>> fetchPage(SqlStore &store, const QString &sql, QVariantMap params, int limit,
                          Read read, KeyOf keyOf) {
    const int n = pageLimit(limit);
    params.insert(QStringLiteral("limit"), n + 1);
    Result<QSqlQuery> q = store.exec(sql + QStringLiteral(" LIMIT :limit"), params);
    if (!q)
        return q.error();
    Page<T> page;
    bool more = false;
    while (q->next()) {
        if (page.items.size() == n) {
            more = true;
            break;
        }
        page.items.append(read(*q));
    }
    if (more)
        page.nextCursor = encodeCursor(keyOf(page.items.constLast()));
    return page;
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

Error badCursor();

} // namespace bss::detail
