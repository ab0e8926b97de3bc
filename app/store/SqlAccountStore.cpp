#include "app/store/SqlConnection.h"
#include "app/store/SqlNameOrder.h"
#include "app/store/SqlStores.h"
#include "app/store/SqliteRows.h"
#include "app/store/StoreQuery.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <vector>

namespace bss {

using detail::nullable;
using detail::Where;

namespace detail {
Error badCursor() {
    Error e = Error::validation(
        {{QStringLiteral("cursor"),
          QCoreApplication::translate("bss::SqlStore", "The page cursor is not valid.")}},
        QStringLiteral("bad-cursor"));
    e.kind = ErrorKind::BadRequest;
    return e;
}
Error badWindow() {
    Error e = Error::validation(
        {{QStringLiteral("offset"),
          QCoreApplication::translate(
              "bss::SqlStore", "offset is a whole number from 0, and goes without a cursor.")}},
        QStringLiteral("bad-offset"));
    e.kind = ErrorKind::BadRequest;
    return e;
}
} // namespace detail

namespace {

// The columns of an account_sync row `s` that readSyncRow reads, in its order.
const QString syncColumns =
    QStringLiteral("s.platform, s.status, s.email, s.role, s.parent_id, s.reseller_pin IS NOT NULL,"
                   " s.last_error, s.synced_at");

// Column 9 is the account's place in name order: SQLite's name_order (see placeInNameOrder),
// PostgreSQL's name_key.
// `withSync`: a row per sync row of the account as well (from column 10, see readSyncRow).
QString accountColumns(const Dialect &dialect, bool withSync = false) {
    return QStringLiteral("SELECT a.id, a.name, a.type, a.parent_id, p.name, a.email, a.status,"
                          " a.version, a.created_at, %1%2"
                          " FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id%3")
        .arg(dialect.isPostgres() ? QStringLiteral("a.name_key") : QStringLiteral("a.name_order"),
             withSync ? QStringLiteral(", ") + syncColumns : QString(),
             withSync ? QStringLiteral(" LEFT JOIN account_sync s ON s.account_id = a.id")
                      : QString());
}

// Column readers for a QSqlQuery and for SqliteRows (SQLite's C API), so that each reader below
// is written once and both give the same values.
QString textAt(const QSqlQuery &q, int i) {
    return q.value(i).toString();
}
QString textAt(const SqliteRows &q, int i) {
    return q.text(i);
}
qint64 int64At(const QSqlQuery &q, int i) {
    return q.value(i).toLongLong();
}
qint64 int64At(const SqliteRows &q, int i) {
    return q.int64(i);
}
std::optional<qint64> optionalIdAt(const QSqlQuery &q, int i) {
    return detail::optionalValue<qint64>(q.value(i));
}
std::optional<qint64> optionalIdAt(const SqliteRows &q, int i) {
    return q.isNull(i) ? std::nullopt : std::optional<qint64>(q.int64(i));
}
bool nullAt(const QSqlQuery &q, int i) {
    return q.isNull(i);
}
bool nullAt(const SqliteRows &q, int i) {
    return q.isNull(i);
}
QDateTime timeAt(const QSqlQuery &q, int i) {
    return SqlConnection::parseTimestamp(q.value(i));
}
QDateTime timeAt(const SqliteRows &q, int i) {
    return SqlConnection::parseTimestamp(q.utf8(i));
}
template <typename E> std::optional<E> enumAt(const QSqlQuery &q, int i) {
    return fromString<E>(q.value(i).toString());
}
template <typename E> std::optional<E> enumAt(const SqliteRows &q, int i) {
    return fromWireName<E>(q.utf8(i));
}

// The column as text; `likely` (a default such as "active") when it holds the same, which then
// shares its data instead of allocating.
QString textAt(const QSqlQuery &q, int i, const QString &) {
    return q.value(i).toString();
}
QString textAt(const SqliteRows &q, int i, const QString &likely) {
    const QByteArrayView bytes = q.utf8(i);
    return !bytes.isNull() && QAnyStringView::equal(QUtf8StringView(bytes), likely) ? likely
                                                                                    : q.text(i);
}

// The entry of `sync` for the platform in column `i`, if there is one.
PlatformSync *platformAt(QList<PlatformSync> &sync, const QSqlQuery &q, int i) {
    const QString platform = q.value(i).toString();
    for (PlatformSync &s : sync) {
        if (s.platform == platform)
            return &s;
    }
    return nullptr;
}
PlatformSync *platformAt(QList<PlatformSync> &sync, const SqliteRows &q, int i) {
    const QUtf8StringView platform(q.utf8(i));
    for (PlatformSync &s : sync) {
        if (QAnyStringView::equal(platform, s.platform))
            return &s;
    }
    return nullptr;
}

// Fills the entry of `sync` for the platform in column `first` from that column on: platform,
// status, email, role, parent_id, whether a reseller PIN is set, last_error, synced_at.
template <typename Rows> void readSyncRow(QList<PlatformSync> &sync, const Rows &q, int first) {
    PlatformSync *s = platformAt(sync, q, first);
    if (!s)
        return;
    s->status = enumAt<SyncStatus>(q, first + 1).value_or(SyncStatus::UnSynchronized);
    s->email = textAt(q, first + 2);
    s->role = enumAt<SyncRole>(q, first + 3);
    s->parentId = optionalIdAt(q, first + 4);
    s->resellerPinSet = int64At(q, first + 5) != 0;
    s->lastError = textAt(q, first + 6);
    s->syncedAt = timeAt(q, first + 7);
}

template <typename Rows> Account readAccount(const Rows &q) {
    Account a;
    a.id = int64At(q, 0);
    a.name = textAt(q, 1);
    a.type = enumAt<AccountType>(q, 2).value_or(AccountType::Direct);
    a.parentId = optionalIdAt(q, 3);
    a.parentName = textAt(q, 4);
    a.email = textAt(q, 5);
    a.status = textAt(q, 6, a.status);
    a.version = int64At(q, 7);
    a.createdAt = timeAt(q, 8);
    return a;
}

// An account's sync entries before its rows are read: one per platform, UnSynchronized.
QList<PlatformSync> unsynchronized(const QList<Platform> &platforms) {
    QList<PlatformSync> sync;
    sync.reserve(platforms.size());
    for (const Platform &p : platforms)
        sync.append(PlatformSync::unsynchronized(p.code));
    return sync;
}

void addScope(Where &where, std::optional<Id> scope, const QString &alias) {
    if (scope)
        where.add(QStringLiteral("(%1.id = :scope OR %1.parent_id = :scope)").arg(alias),
                  {{QStringLiteral("scope"), *scope}});
}

// How a text search of the accounts list runs.
enum class Search {
    Prefix,    // one or two characters: the start of the name, by the name index
    Substring, // three or more: anywhere in the name or the email, by the trigram index
    None,
};

Search searchOf(const AccountQuery &query) {
    const qsizetype n = query.q.trimmed().size();
    return n >= 3 ? Search::Substring : n > 0 ? Search::Prefix : Search::None;
}

// The filters of the accounts list, shared by the page and its count. One or two characters
// match the start of the name (by the name index, in name order); three or more match anywhere
// in the name or the email, by the trigram index: as a subquery, or (`ftsJoined`) as the MATCH
// of the trigram table joined as `f`.
Where accountFilter(const Dialect &dialect, const AccountQuery &query, std::optional<Id> scope,
                    bool ftsJoined = false) {
    Where where;
    const QString q = query.q.trimmed();
    if (searchOf(query) == Search::Substring && ftsJoined) {
        where.add(QStringLiteral("f.accounts_fts MATCH :fts"),
                  {{QStringLiteral("fts"), dialect.accountSubstringValue(q)}});
    } else if (searchOf(query) == Search::Substring) {
        where.add(dialect.accountSubstringMatch(),
                  {{QStringLiteral("fts"), dialect.accountSubstringValue(q)}});
    } else if (searchOf(query) == Search::Prefix) {
        where.add(dialect.namePrefixMatch(QStringLiteral("a")),
                  {{QStringLiteral("prefix"), dialect.namePrefixValue(q)}});
    }
    addScope(where, scope, QStringLiteral("a"));
    if (query.type)
        where.add(QStringLiteral("a.type = :type"),
                  {{QStringLiteral("type"), toString(*query.type)}});
    if (query.parentId)
        where.add(QStringLiteral("a.parent_id = :parent"),
                  {{QStringLiteral("parent"), *query.parentId}});
    const QString platformClause =
        query.platform.isEmpty() ? QString() : QStringLiteral(" AND s.platform = :platform");
    if (!query.platform.isEmpty())
        where.params.insert(QStringLiteral("platform"), query.platform);
    if (query.syncStatus == SyncStatus::UnSynchronized) {
        where.add(
            QStringLiteral("NOT EXISTS (SELECT 1 FROM account_sync s WHERE s.account_id = a.id"
                           " AND s.status <> 'UnSynchronized'") +
            platformClause + QLatin1Char(')'));
    } else if (query.syncStatus) {
        where.add(QStringLiteral("EXISTS (SELECT 1 FROM account_sync s WHERE s.account_id = a.id"
                                 " AND s.status = :status") +
                      platformClause + QLatin1Char(')'),
                  {{QStringLiteral("status"), toString(*query.syncStatus)}});
    } else if (!query.platform.isEmpty()) {
        where.add(QStringLiteral("EXISTS (SELECT 1 FROM account_sync s WHERE s.account_id = a.id") +
                  platformClause + QLatin1Char(')'));
    }
    return where;
}

} // namespace

Result<Id> SqlAccountStore::insert(const NewAccount &account, const QDateTime &at) {
    QVariantMap params{{QStringLiteral("name"), account.name.trimmed()},
                       {QStringLiteral("type"), toString(account.type)},
                       {QStringLiteral("parent"), nullable(account.parentId)},
                       {QStringLiteral("email"), account.email.trimmed()},
                       {QStringLiteral("at"), SqlConnection::timestamp(at)}};
    if (m_sql.dialect().isPostgres())
        return m_sql.insert(QStringLiteral("INSERT INTO accounts (name, type, parent_id, email,"
                                           " created_at, updated_at)"
                                           " VALUES (:name, :type, :parent, :email, :at, :at)"),
                            params);
    return m_sql.transaction<Id>([&]() -> Result<Id> {
        const Result<qint64> place = placeInNameOrder(m_sql, account.name.trimmed(), std::nullopt);
        if (!place)
            return place.error();
        params.insert(QStringLiteral("order"), *place);
        return m_sql.insert(
            QStringLiteral("INSERT INTO accounts (name, type, parent_id, email,"
                           " created_at, updated_at, name_order)"
                           " VALUES (:name, :type, :parent, :email, :at, :at, :order)"),
            params);
    });
}

Result<std::optional<Account>> SqlAccountStore::find(Id id, std::optional<Id> scope) {
    Where where;
    where.add(QStringLiteral("a.id = :id"), {{QStringLiteral("id"), id}});
    addScope(where, scope, QStringLiteral("a"));
    const Result<QList<Platform>> all = m_catalog.platforms();
    if (!all)
        return all.error();
    // The account and its sync rows in one statement: a row per sync row (one row without).
    const QString sql = accountColumns(m_sql.dialect(), true) + where.sql();
    const auto read = [&all](auto q) -> Result<std::optional<Account>> {
        if (!q)
            return q.error();
        if (!q->next())
            return detail::rowsError(*q) ? Result<std::optional<Account>>(*detail::rowsError(*q))
                                         : std::optional<Account>();
        Account account = readAccount(*q);
        account.sync = unsynchronized(*all);
        do {
            if (!nullAt(*q, 10))
                readSyncRow(account.sync, *q, 10);
        } while (q->next());
        if (const std::optional<Error> error = detail::rowsError(*q))
            return *error;
        return std::optional<Account>(std::move(account));
    };
    if (SqliteStatements *native = m_sql.nativeReader())
        return read(native->exec(sql, where.params));
    return read(m_sql.exec(sql, where.params));
}

Result<bool> SqlAccountStore::update(const Account &account, qint64 expectedVersion,
                                     const QDateTime &at) {
    QVariantMap params{{QStringLiteral("name"), account.name.trimmed()},
                       {QStringLiteral("email"), account.email.trimmed()},
                       {QStringLiteral("parent"), nullable(account.parentId)},
                       {QStringLiteral("at"), SqlConnection::timestamp(at)},
                       {QStringLiteral("id"), account.id},
                       {QStringLiteral("version"), expectedVersion}};
    const QString update = QStringLiteral(
        "UPDATE accounts SET name = :name, email = :email, parent_id = :parent,"
        " version = version + 1, updated_at = :at%1 WHERE id = :id AND version = :version");
    if (m_sql.dialect().isPostgres()) {
        const Result<int> r = m_sql.change(update.arg(QString()), params);
        if (!r)
            return r.error();
        return *r == 1;
    }
    // A renamed account moves to its new place in name order.
    return m_sql.transaction<bool>([&]() -> Result<bool> {
        const Result<QVariant> current = m_sql.scalar(
            QStringLiteral("SELECT name_order FROM accounts WHERE id = :id AND version = :version"),
            {{QStringLiteral("id"), account.id}, {QStringLiteral("version"), expectedVersion}});
        if (!current)
            return current.error();
        if (!current->isValid())
            return false;
        const Result<qint64> place =
            placeInNameOrder(m_sql, account.name.trimmed(), account.id, current->toLongLong());
        if (!place)
            return place.error();
        params.insert(QStringLiteral("order"), *place);
        const Result<int> r =
            m_sql.change(update.arg(QStringLiteral(", name_order = :order")), params);
        if (!r)
            return r.error();
        return *r == 1;
    });
}

Result<Page<Account>> SqlAccountStore::list(const AccountQuery &query, std::optional<Id> scope) {
    // In name order. SQLite: by the accounts' place in it (name_order, one narrow index), a
    // substring search driven by the trigram index (keyed by the same place, so its matches come
    // in order and the first page reads a page of them), and a prefix search by the name index,
    // which holds the prefix's range in order. PostgreSQL: by its name index (name_key, id),
    // which also holds a prefix's range; a substring search see postgresSearchPage.
    const bool postgres = m_sql.dialect().isPostgres();
    const Search search = searchOf(query);
    // A search matches a handful of accounts or all of them: planned for its text.
    std::optional<SqlConnection::PlanForValues> planned;
    if (search != Search::None)
        planned.emplace(m_sql);
    const bool byName = postgres || search == Search::Prefix;
    const bool byTrigrams = !postgres && search == Search::Substring;
    Where where = accountFilter(m_sql.dialect(), query, scope, byTrigrams);
    detail::ListSql list{accountColumns(m_sql.dialect()),
                         QStringLiteral("accounts a"),
                         {QStringLiteral("a.name_order")}};
    if (postgres) {
        list.keys = {QStringLiteral("a.name_key"), QStringLiteral("a.id")};
        if (search == Search::Substring) {
            const Result<std::optional<QString>> dense = denseMatches(query, scope);
            if (!dense)
                return dense.error();
            const bool jump = query.offset != 0 || query.fromEnd;
            if (*dense && !jump) {
                where.add(QStringLiteral("a.id = ANY (CAST(:page AS BIGINT[]))"),
                          {{QStringLiteral("page"), **dense}});
            } else if (!*dense) {
                // Sparse matches: found by the trigram index and sorted (the name index would be
                // walked past every account before the first match).
                list.keys = {QStringLiteral("(a.name_key || '')"), QStringLiteral("a.id")};
            }
        }
    } else if (byName) {
        list.keys = {QStringLiteral("a.name"), QStringLiteral("a.id")};
    } else if (byTrigrams) {
        // The accounts are joined only when another filter needs them.
        list.keyFrom =
            where.clauses.size() > 1
                ? QStringLiteral("accounts_fts f JOIN accounts a ON a.name_order = f.rowid")
                : QStringLiteral("accounts_fts f");
        list.keys = {QStringLiteral("f.rowid")};
        list.rowKeys = {QStringLiteral("a.name_order")};
    }
    list.integerKeys = !byName;
    // The whole list in name order (SQLite): page by page along the name_order index.
    // PostgreSQL reads a page straight along its name index, filters and all (the keys-first
    // form costs it a hash of the page's ids and a second search of each), but for a substring
    // search, whose matches it may sort: the joins then wait for the page's keys.
    list.direct =
        postgres ? search != Search::Substring : search == Search::None && where.clauses.isEmpty();
    const auto read = [](const auto &q) { return readAccount(q); };
    const auto keyOf = [postgres, byName](const auto &q) {
        if (postgres)
            return QVariantList{textAt(q, 9), int64At(q, 0)};
        return byName ? QVariantList{textAt(q, 1), int64At(q, 0)} : QVariantList{int64At(q, 9)};
    };
    Result<Page<Account>> page =
        m_sql.nativeReader()
            ? detail::fetchWindowWith<Account>(
                  m_sql,
                  [native = m_sql.nativeReader()](const QString &sql, const QVariantMap &params) {
                      return native->exec(sql, params);
                  },
                  list, std::move(where), query, read, keyOf)
            : detail::fetchWindow<Account>(m_sql, list, std::move(where), query, read, keyOf);
    if (page) {
        if (Result<Done> r = fillSync(page->items); !r)
            return r.error();
    }
    return page;
}

// PostgreSQL, a substring search: when its matches are dense where the page starts, the name
// index walked from there finds them sooner than the trigram index finds and sorts every match
// (a search every account matches: 2 ms against a second), and a jump counts its way through
// them along the name index too. The walk is bounded by `window` accounts; the ids of the page
// and one more when it found them (for a jump, the first page's: it tells dense from sparse).
Result<std::optional<QString>> SqlAccountStore::denseMatches(const AccountQuery &query,
                                                             std::optional<Id> scope) {
    AccountQuery others = query;
    others.q.clear();
    Where where = accountFilter(m_sql.dialect(), others, scope);
    if (!query.cursor.isEmpty() && query.offset == 0 && !query.fromEnd) {
        const std::optional<QVariantList> key = decodeCursor(query.cursor, 2);
        if (!key)
            return detail::badCursor();
        const detail::ListSql byName{
            {}, {}, {QStringLiteral("a.name_key"), QStringLiteral("a.id")}};
        byName.addAfter(where, *key, false);
    }
    const int n = detail::pageLimit(query.limit);
    where.params.insert(QStringLiteral("fts"),
                        m_sql.dialect().accountSubstringValue(query.q.trimmed()));
    where.params.insert(QStringLiteral("window"), 4000);
    where.params.insert(QStringLiteral("limit"), n + 1);
    Result<QSqlQuery> q = m_sql.exec(
        QStringLiteral("SELECT w.id FROM (SELECT a.id, a.name_key, a.search FROM accounts a") +
            where.sql() +
            QStringLiteral(" ORDER BY a.name_key, a.id LIMIT :window) w"
                           " WHERE w.search LIKE lower(:fts) ESCAPE '\\'"
                           " ORDER BY w.name_key, w.id LIMIT :limit"),
        where.params);
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    if (ids.size() <= n)
        return std::optional<QString>();
    return std::optional<QString>(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'));
}

Result<qint64> SqlAccountStore::count(const AccountQuery &query, std::optional<Id> scope) {
    const Where where = accountFilter(m_sql.dialect(), query, scope);
    std::optional<SqlConnection::PlanForValues> planned;
    if (searchOf(query) != Search::None)
        planned.emplace(m_sql);
    // A substring search and nothing else counts on the trigram index alone (it holds every
    // account), without reading each match: 30,000 matches in 2 ms instead of 50.
    const bool searchOnly = !scope && !query.type && !query.parentId && query.platform.isEmpty() &&
                            !query.syncStatus && query.q.trimmed().size() >= 3;
    // PostgreSQL counts every row it is asked to (MVCC: no count is kept in its indexes); the
    // unfiltered count reads the counter its triggers keep instead (see migration 6).
    const bool all = where.clauses.isEmpty() && m_sql.dialect().isPostgres();
    const Result<QVariant> n =
        all ? m_sql.scalar(QStringLiteral("SELECT n FROM row_counts WHERE name = 'accounts'"))
        : searchOnly && !m_sql.dialect().isPostgres()
            ? m_sql.scalar(
                  QStringLiteral("SELECT COUNT(*) FROM accounts_fts WHERE accounts_fts MATCH :fts"),
                  {{QStringLiteral("fts"),
                    m_sql.dialect().accountSubstringValue(query.q.trimmed())}})
            : m_sql.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts a") + where.sql(),
                           where.params);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<Done> SqlAccountStore::fillSync(QList<Account> &accounts) {
    if (accounts.isEmpty())
        return Done{};
    const Result<QList<Platform>> all = m_catalog.platforms();
    if (!all)
        return all.error();
    // The ids go as one array value, so the statement's text is the same for every page (and is
    // prepared once per connection): JSON for SQLite, an array literal for PostgreSQL.
    const bool postgres = m_sql.dialect().isPostgres();
    QByteArray ids(postgres ? "{" : "[");
    ids.reserve(accounts.size() * 9 + 2);
    // Each account's place by id, sorted, for the rows to find theirs.
    std::vector<std::pair<Id, qsizetype>> index;
    index.reserve(size_t(accounts.size()));
    // Shared until an account's sync rows are read into it: no list allocated for the others.
    const QList<PlatformSync> blank = unsynchronized(*all);
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (i > 0)
            ids += ',';
        ids += QByteArray::number(accounts.at(i).id);
        index.emplace_back(accounts.at(i).id, i);
        accounts[i].sync = blank;
    }
    ids += postgres ? '}' : ']';
    std::sort(index.begin(), index.end());
    const QString sql = QStringLiteral("SELECT s.account_id, ") + syncColumns +
                        QStringLiteral(" FROM account_sync s WHERE s.account_id ") +
                        (postgres ? QStringLiteral("= ANY (CAST(:ids AS BIGINT[]))")
                                  : QStringLiteral("IN (SELECT value FROM json_each(:ids))"));
    const QVariantMap params{{QStringLiteral("ids"), QString::fromLatin1(ids)}};
    const auto read = [&](auto q) -> Result<Done> {
        if (!q)
            return q.error();
        while (q->next()) {
            const Id id = int64At(*q, 0);
            const auto at =
                std::lower_bound(index.cbegin(), index.cend(), std::pair{id, qsizetype(0)});
            if (at != index.cend() && at->first == id)
                readSyncRow(accounts[at->second].sync, *q, 1);
        }
        if (const std::optional<Error> error = detail::rowsError(*q))
            return *error;
        return Done{};
    };
    if (SqliteStatements *native = m_sql.nativeReader())
        return read(native->exec(sql, params));
    return read(m_sql.exec(sql, params));
}

Result<std::optional<StoredSync>> SqlAccountStore::sync(Id accountId, const QString &platform) {
    Result<QSqlQuery> q =
        m_sql.exec(QStringLiteral("SELECT status, email, role, parent_id, reseller_pin, last_error,"
                                  " synced_at FROM account_sync"
                                  " WHERE account_id = :id AND platform = :platform"),
                   {{QStringLiteral("id"), accountId}, {QStringLiteral("platform"), platform}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredSync>();
    StoredSync s;
    s.sync.platform = platform;
    s.sync.status =
        fromString<SyncStatus>(q->value(0).toString()).value_or(SyncStatus::UnSynchronized);
    s.sync.email = q->value(1).toString();
    s.sync.role = fromString<SyncRole>(q->value(2).toString());
    s.sync.parentId = detail::optionalValue<qint64>(q->value(3));
    s.resellerPin = q->value(4).toString();
    s.sync.resellerPinSet = !q->value(4).isNull();
    s.sync.lastError = q->value(5).toString();
    s.sync.syncedAt = SqlConnection::parseTimestamp(q->value(6));
    return std::optional<StoredSync>(s);
}

Result<bool> SqlAccountStore::pinTaken(const QString &platform, const QString &pin,
                                       Id exceptAccountId) {
    const Result<QVariant> v =
        m_sql.scalar(QStringLiteral("SELECT 1 FROM account_sync WHERE platform = :platform"
                                    " AND reseller_pin = :pin AND account_id <> :id"),
                     {{QStringLiteral("platform"), platform},
                      {QStringLiteral("pin"), pin},
                      {QStringLiteral("id"), exceptAccountId}});
    if (!v)
        return v.error();
    return v->isValid();
}

Result<Done> SqlAccountStore::saveSync(Id accountId, const StoredSync &stored) {
    const PlatformSync &s = stored.sync;
    const Result<int> r = m_sql.change(
        QStringLiteral(
            "INSERT INTO account_sync (account_id, platform, status, email, role, parent_id,"
            " reseller_pin, last_error, synced_at)"
            " VALUES (:id, :platform, :status, :email, :role, :parent, :pin, :error, :at)"
            " ON CONFLICT (account_id, platform) DO UPDATE SET status = excluded.status,"
            " email = excluded.email, role = excluded.role, parent_id = excluded.parent_id,"
            " reseller_pin = excluded.reseller_pin, last_error = excluded.last_error,"
            " synced_at = excluded.synced_at"),
        {{QStringLiteral("id"), accountId},
         {QStringLiteral("platform"), s.platform},
         {QStringLiteral("status"), toString(s.status)},
         {QStringLiteral("email"), s.email},
         {QStringLiteral("role"), s.role ? QVariant(toString(*s.role)) : detail::sqlNull()},
         {QStringLiteral("parent"), nullable(s.parentId)},
         {QStringLiteral("pin"),
          stored.resellerPin.isEmpty() ? detail::sqlNull() : QVariant(stored.resellerPin)},
         {QStringLiteral("error"), s.lastError},
         {QStringLiteral("at"), s.syncedAt.isValid()
                                    ? QVariant(SqlConnection::timestamp(s.syncedAt))
                                    : detail::sqlNull()}});
    if (!r)
        return r.error();
    return Done{};
}

} // namespace bss
