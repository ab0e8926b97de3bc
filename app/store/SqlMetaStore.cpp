#include "app/store/SqlConnection.h"
#include "app/store/SqlStores.h"

namespace bss {

Result<QString> SqlMetaStore::get(const QString &key) {
    const Result<QVariant> v = m_sql.scalar(QStringLiteral("SELECT value FROM meta WHERE key = :k"),
                                            {{QStringLiteral("k"), key}});
    if (!v)
        return v.error();
    return v->toString();
}

Result<Done> SqlMetaStore::set(const QString &key, const QString &value) {
    const Result<int> r =
        m_sql.change(QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {{QStringLiteral("k"), key}, {QStringLiteral("v"), value}});
    if (!r)
        return r.error();
    return Done{};
}

} // namespace bss
