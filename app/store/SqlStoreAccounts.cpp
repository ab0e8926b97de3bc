#include "app/store/SqlStore.h"
#include "app/store/StoreQuery.h"

#include <QCoreApplication>

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

const QString accountColumns = QStringLiteral(
    "SELECT a.id, a.name, a.type, a.parent_id, p.name, a.email, a.status, a.version, a.created_at"
    " FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id");

Account readAccount(const QSqlQuery &q) {
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.type = fromString<AccountType>(q.value(2).toString()).value_or(AccountType::Direct);
    a.parentId = detail::optionalValue<qint64>(q.value(3));
    a.parentName = q.value(4).toString();
    a.email = q.value(5).toString();
    a.status = q.value(6).toString();
    a.version = q.value(7).toLongLong();
    a.createdAt = SqlStore::parseTimestamp(q.value(8));
    return a;
}

void addScope(Where &where, std::optional<Id> scope, const QString &alias) {
    if (scope)
        where.add(QStringLiteral("(%1.id = :scope OR %1.parent_id = :scope)").arg(alias),
                  {{QStringLiteral("scope"), *scope}});
}

// How a text search of the accounts list runs.
enum class Search {
    Indexed, // by the index that matches it (the name index, or the trigram index)
    Scanned, // in name order, testing each row: for a substring most accounts contain
};

// The filters of the accounts list, shared by the page and its count. One or two characters
// match the start of the name (by the name index, in name order); three or more match anywhere
// in the name or the email, by the trigram index.
Where accountFilter(const Dialect &dialect, const AccountQuery &query, std::optional<Id> scope,
                    Search search = Search::Indexed) {
    Where where;
    addScope(where, scope, QStringLiteral("a"));
    const QString q = query.q.trimmed();
    if (q.size() >= 3 && search == Search::Scanned) {
        where.add(QStringLiteral("(a.name %1 :like ESCAPE '\\' OR a.email %1 :like ESCAPE '\\')")
                      .arg(dialect.ilike()),
                  {{QStringLiteral("like"),
                    QString(QLatin1Char('%') + likeEscape(q) + QLatin1Char('%'))}});
    } else if (q.size() >= 3) {
        where.add(dialect.accountSubstringMatch(),
                  {{QStringLiteral("fts"), dialect.accountSubstringValue(q)}});
    } else if (!q.isEmpty()) {
        where.add(QStringLiteral("a.name %1 :prefix ESCAPE '\\'").arg(dialect.ilike()),
                  {{QStringLiteral("prefix"), QString(likeEscape(q) + QLatin1Char('%'))}});
    }
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

// A page of a substring search has to sort every match by name. When most accounts match, it
// is quicker to walk the name index and test each row: the first page is found at once.
Search searchPlan(SqlStore &store, const AccountQuery &query) {
    constexpr int denseMatches = 50000;
    if (store.dialect().isPostgres() || query.q.trimmed().size() < 3)
        return Search::Indexed;
    const Result<QVariant> n = store.scalar(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM accounts_fts WHERE accounts_fts"
                       " MATCH :fts LIMIT %1) m")
            .arg(denseMatches + 1),
        {{QStringLiteral("fts"), store.dialect().accountSubstringValue(query.q.trimmed())}});
    return n && n->toLongLong() > denseMatches ? Search::Scanned : Search::Indexed;
}

} // namespace

Result<Done> SqlStore::insertPlatform(const Platform &platform) {
    m_platforms.reset();
    const Result<int> r =
        change(QStringLiteral("INSERT INTO platforms (code, name, position)"
                              " VALUES (:code, :name, (SELECT COUNT(*) FROM platforms))"),
               {{QStringLiteral("code"), platform.code}, {QStringLiteral("name"), platform.name}});
    if (!r)
        return r.error();
    return Done{};
}

Result<QList<Platform>> SqlStore::platforms() {
    if (m_platforms)
        return *m_platforms;
    Result<QSqlQuery> q =
        exec(QStringLiteral("SELECT code, name FROM platforms ORDER BY position"));
    if (!q)
        return q.error();
    QList<Platform> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString()});
    m_platforms = list;
    return list;
}

Result<Id> SqlStore::insertAccount(const NewAccount &account, const QDateTime &at) {
    return insert(
        QStringLiteral("INSERT INTO accounts (name, type, parent_id, email, created_at, updated_at)"
                       " VALUES (:name, :type, :parent, :email, :at, :at)"),
        {{QStringLiteral("name"), account.name.trimmed()},
         {QStringLiteral("type"), toString(account.type)},
         {QStringLiteral("parent"), nullable(account.parentId)},
         {QStringLiteral("email"), account.email.trimmed()},
         {QStringLiteral("at"), timestamp(at)}});
}

Result<std::optional<Account>> SqlStore::account(Id id, std::optional<Id> scope) {
    Where where;
    where.add(QStringLiteral("a.id = :id"), {{QStringLiteral("id"), id}});
    addScope(where, scope, QStringLiteral("a"));
    Result<QSqlQuery> q = exec(accountColumns + where.sql(), where.params);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Account>();
    QList<Account> one{readAccount(*q)};
    if (Result<Done> r = fillSync(one); !r)
        return r.error();
    return std::optional<Account>(one.constFirst());
}

Result<bool> SqlStore::updateAccount(const Account &account, qint64 expectedVersion,
                                     const QDateTime &at) {
    const Result<int> r =
        change(QStringLiteral("UPDATE accounts SET name = :name, email = :email,"
                              " parent_id = :parent, version = version + 1, updated_at = :at"
                              " WHERE id = :id AND version = :version"),
               {{QStringLiteral("name"), account.name.trimmed()},
                {QStringLiteral("email"), account.email.trimmed()},
                {QStringLiteral("parent"), nullable(account.parentId)},
                {QStringLiteral("at"), timestamp(at)},
                {QStringLiteral("id"), account.id},
                {QStringLiteral("version"), expectedVersion}});
    if (!r)
        return r.error();
    return *r == 1;
}

Result<Page<Account>> SqlStore::accounts(const AccountQuery &query, std::optional<Id> scope) {
    const detail::ListSql list{
        accountColumns,
        QStringLiteral("accounts a"),
        {m_dialect.sortKey(QStringLiteral("a.name")), QStringLiteral("a.id")}};
    Result<Page<Account>> page = detail::fetchWindow<Account>(
        *this, list, accountFilter(m_dialect, query, scope, searchPlan(*this, query)), query,
        readAccount, [this](const Account &a) {
            return QVariantList{m_dialect.sortValue(a.name), a.id};
        });
    if (page) {
        if (Result<Done> r = fillSync(page->items); !r)
            return r.error();
    }
    return page;
}

Result<qint64> SqlStore::countAccounts(const AccountQuery &query, std::optional<Id> scope) {
    const Where where = accountFilter(m_dialect, query, scope);
    // A substring search and nothing else counts on the trigram index alone (it holds every
    // account), without reading each match: 30,000 matches in 2 ms instead of 50.
    const bool searchOnly = !scope && !query.type && !query.parentId && query.platform.isEmpty() &&
                            !query.syncStatus && query.q.trimmed().size() >= 3;
    const Result<QVariant> n =
        searchOnly && !m_dialect.isPostgres()
            ? scalar(
                  QStringLiteral("SELECT COUNT(*) FROM accounts_fts WHERE accounts_fts MATCH :fts"),
                  {{QStringLiteral("fts"), m_dialect.accountSubstringValue(query.q.trimmed())}})
            : scalar(QStringLiteral("SELECT COUNT(*) FROM accounts a") + where.sql(), where.params);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<Done> SqlStore::fillSync(QList<Account> &accounts) {
    if (accounts.isEmpty())
        return Done{};
    const Result<QList<Platform>> all = platforms();
    if (!all)
        return all.error();
    // The ids go as one array value, so the statement's text is the same for every page (and is
    // prepared once per connection): JSON for SQLite, an array literal for PostgreSQL.
    const bool postgres = m_dialect.isPostgres();
    QByteArray ids(postgres ? "{" : "[");
    QHash<Id, qsizetype> index;
    index.reserve(accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (i > 0)
            ids += ',';
        ids += QByteArray::number(accounts.at(i).id);
        index.insert(accounts.at(i).id, i);
        for (const Platform &p : *all)
            accounts[i].sync.append(PlatformSync::unsynchronized(p.code));
    }
    ids += postgres ? '}' : ']';
    Result<QSqlQuery> q = exec(
        QStringLiteral("SELECT account_id, platform, status, email, role, parent_id,"
                       " reseller_pin IS NOT NULL, last_error, synced_at FROM account_sync"
                       " WHERE account_id ") +
            (postgres ? QStringLiteral("= ANY (CAST(:ids AS BIGINT[]))")
                      : QStringLiteral("IN (SELECT value FROM json_each(:ids))")),
        {{QStringLiteral("ids"), QString::fromLatin1(ids)}});
    if (!q)
        return q.error();
    while (q->next()) {
        const auto at = index.constFind(q->value(0).toLongLong());
        if (at == index.cend())
            continue;
        const QString platform = q->value(1).toString();
        for (PlatformSync &s : accounts[*at].sync) {
            if (s.platform != platform)
                continue;
            s.status =
                fromString<SyncStatus>(q->value(2).toString()).value_or(SyncStatus::UnSynchronized);
            s.email = q->value(3).toString();
            s.role = fromString<SyncRole>(q->value(4).toString());
            s.parentId = detail::optionalValue<qint64>(q->value(5));
            s.resellerPinSet = q->value(6).toBool();
            s.lastError = q->value(7).toString();
            s.syncedAt = parseTimestamp(q->value(8));
            break;
        }
    }
    return Done{};
}

Result<std::optional<StoredSync>> SqlStore::sync(Id accountId, const QString &platform) {
    Result<QSqlQuery> q =
        exec(QStringLiteral("SELECT status, email, role, parent_id, reseller_pin, last_error,"
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
    s.sync.syncedAt = parseTimestamp(q->value(6));
    return std::optional<StoredSync>(s);
}

Result<bool> SqlStore::pinTaken(const QString &platform, const QString &pin, Id exceptAccountId) {
    const Result<QVariant> v =
        scalar(QStringLiteral("SELECT 1 FROM account_sync WHERE platform = :platform"
                              " AND reseller_pin = :pin AND account_id <> :id"),
               {{QStringLiteral("platform"), platform},
                {QStringLiteral("pin"), pin},
                {QStringLiteral("id"), exceptAccountId}});
    if (!v)
        return v.error();
    return v->isValid();
}

Result<Done> SqlStore::saveSync(Id accountId, const StoredSync &stored) {
    const PlatformSync &s = stored.sync;
    const Result<int> r =
        change(QStringLiteral(
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
                {QStringLiteral("at"),
                 s.syncedAt.isValid() ? QVariant(timestamp(s.syncedAt)) : detail::sqlNull()}});
    if (!r)
        return r.error();
    return Done{};
}

} // namespace bss
