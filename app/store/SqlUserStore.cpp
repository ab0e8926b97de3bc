#include "app/store/SqlConnection.h"
#include "app/store/SqlStores.h"
#include "app/store/StoreQuery.h"
#include "app/store/TokenCache.h"

namespace bss {

namespace {

const QString userColumns =
    QStringLiteral("SELECT id, username, role, account_id, created_at, disabled FROM users");

// Columns 0-5 as userColumns has them.
User readUser(const QSqlQuery &q) {
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.role = fromString<UserRole>(q.value(2).toString()).value_or(UserRole::Agent);
    if (!q.value(3).isNull())
        u.accountId = q.value(3).toLongLong();
    u.createdAt = SqlConnection::parseTimestamp(q.value(4));
    u.disabled = q.value(5).toInt() != 0;
    return u;
}

Result<std::optional<User>> oneUser(Result<QSqlQuery> q) {
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(readUser(*q));
}

Result<Done> done(const Result<int> &r) {
    if (!r)
        return r.error();
    return Done{};
}

} // namespace

Result<std::optional<User>> SqlUserStore::find(Id id) {
    return oneUser(
        m_sql.exec(userColumns + QStringLiteral(" WHERE id = :id"), {{QStringLiteral("id"), id}}));
}

Result<std::optional<User>> SqlUserStore::find(const QString &username) {
    return oneUser(m_sql.exec(userColumns + QStringLiteral(" WHERE username = :u"),
                              {{QStringLiteral("u"), username}}));
}

Result<std::optional<UserCredentials>> SqlUserStore::credentials(const QString &username) {
    // (The statement is reset when `q` goes: an open one would keep this connection on an old
    // snapshot, and SQLite refuses to turn a stale reader into a writer.)
    Result<QSqlQuery> q =
        m_sql.exec(QStringLiteral("SELECT id, username, role, account_id, created_at, disabled,"
                                  " password_hash, salt FROM users WHERE username = :u"),
                   {{QStringLiteral("u"), username}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<UserCredentials>();
    return std::optional<UserCredentials>(
        UserCredentials{readUser(*q), {q->value(6).toString(), q->value(7).toString()}});
}

Result<QList<User>> SqlUserStore::list() {
    Result<QSqlQuery> q = m_sql.exec(userColumns + QStringLiteral(" ORDER BY username"));
    if (!q)
        return q.error();
    QList<User> users;
    while (q->next())
        users.append(readUser(*q));
    return users;
}

Result<Id> SqlUserStore::insert(const User &user, const PasswordHash &password) {
    return m_sql.insert(
        QStringLiteral("INSERT INTO users (username, password_hash, salt, role, account_id,"
                       " created_at) VALUES (:u, :hash, :salt, :role, :account, :at)"),
        {{QStringLiteral("u"), user.username},
         {QStringLiteral("hash"), password.hash},
         {QStringLiteral("salt"), password.salt},
         {QStringLiteral("role"), toString(user.role)},
         {QStringLiteral("account"), detail::nullable(user.accountId)},
         {QStringLiteral("at"), SqlConnection::timestamp(user.createdAt)}});
}

Result<Done> SqlUserStore::update(const User &user, const std::optional<PasswordHash> &password) {
    QString sql = QStringLiteral(
        "UPDATE users SET role = :role, account_id = :account, disabled = :disabled");
    QVariantMap params{{QStringLiteral("id"), user.id},
                       {QStringLiteral("role"), toString(user.role)},
                       {QStringLiteral("account"), detail::nullable(user.accountId)},
                       {QStringLiteral("disabled"), user.disabled ? 1 : 0}};
    if (password) {
        sql += QStringLiteral(", password_hash = :hash, salt = :salt");
        params.insert(QStringLiteral("hash"), password->hash);
        params.insert(QStringLiteral("salt"), password->salt);
    }
    if (m_tokens)
        m_tokens->flush(); // the cached owners carry the role and account
    return done(m_sql.change(sql + QStringLiteral(" WHERE id = :id"), params));
}

Result<Done> SqlUserStore::remove(Id id) {
    if (m_tokens)
        m_tokens->flush(); // this process at once; the others with the notice of the commit
    const QVariantMap params{{QStringLiteral("id"), id}};
    for (const QString &sql : {QStringLiteral("DELETE FROM tokens WHERE user_id = :id"),
                               QStringLiteral("DELETE FROM idempotency WHERE user_id = :id"),
                               QStringLiteral("DELETE FROM users WHERE id = :id")}) {
        if (Result<int> r = m_sql.change(sql, params); !r)
            return r.error();
    }
    return Done{};
}

Result<Done> SqlUserStore::insertToken(const QString &tokenHash, Id userId,
                                       const QDateTime &expiresAt) {
    return done(m_sql.change(
        QStringLiteral("INSERT INTO tokens (token_hash, user_id, expires_at) VALUES (:h, :u, :e)"),
        {{QStringLiteral("h"), tokenHash},
         {QStringLiteral("u"), userId},
         {QStringLiteral("e"), SqlConnection::timestamp(expiresAt)}}));
}

Result<std::optional<TokenOwner>> SqlUserStore::tokenOwner(const QString &tokenHash) {
    if (!m_tokensChecked) {
        m_tokensChecked = true;
        m_tokens = TokenCache::forDatabase(m_sql.config());
    }
    const std::optional<quint64> generation =
        m_tokens ? m_tokens->generation() : std::optional<quint64>();
    if (generation) {
        if (std::optional<TokenOwner> cached = m_tokens->find(tokenHash))
            return cached;
    }
    Result<QSqlQuery> q =
        m_sql.exec(QStringLiteral("SELECT u.id, u.username, u.role, u.account_id, u.created_at,"
                                  " u.disabled, t.expires_at FROM tokens t"
                                  " JOIN users u ON u.id = t.user_id WHERE t.token_hash = :h"),
                   {{QStringLiteral("h"), tokenHash}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<TokenOwner>();
    TokenOwner owner{readUser(*q), SqlConnection::parseTimestamp(q->value(6))};
    if (generation)
        m_tokens->put(tokenHash, owner, *generation);
    return std::optional<TokenOwner>(std::move(owner));
}

Result<Done> SqlUserStore::deleteTokensExpiredBefore(const QDateTime &at) {
    return done(m_sql.change(QStringLiteral("DELETE FROM tokens WHERE expires_at < :now"),
                             {{QStringLiteral("now"), SqlConnection::timestamp(at)}}));
}

Result<Done> SqlUserStore::deleteTokensOf(Id userId) {
    // This process forgets at once; the other servers with the notice of the commit.
    if (m_tokens)
        m_tokens->flush();
    return done(m_sql.change(QStringLiteral("DELETE FROM tokens WHERE user_id = :id"),
                             {{QStringLiteral("id"), userId}}));
}

Result<std::optional<LoginFailures>> SqlUserStore::loginFailures(const QString &name) {
    Result<QSqlQuery> q = m_sql.exec(QStringLiteral("SELECT failures, last_failed_at, locked_until"
                                                    " FROM login_failures WHERE username = :n"),
                                     {{QStringLiteral("n"), name}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<LoginFailures>();
    LoginFailures f;
    f.count = q->value(0).toInt();
    f.lastFailedAt = SqlConnection::parseTimestamp(q->value(1));
    if (!q->value(2).isNull())
        f.lockedUntil = SqlConnection::parseTimestamp(q->value(2));
    return std::optional<LoginFailures>(f);
}

Result<int> SqlUserStore::addLoginFailure(const QString &name, const QDateTime &at) {
    // One statement for the first failure and the next ones: concurrent failures for one name
    // (on any server) each count, the row lock (PostgreSQL) or the write lock (SQLite) orders
    // them.
    const Result<int> changed = m_sql.change(
        QStringLiteral("INSERT INTO login_failures (username, failures, last_failed_at)"
                       " VALUES (:n, 1, :at) ON CONFLICT (username) DO UPDATE"
                       " SET failures = login_failures.failures + 1, last_failed_at = :at"),
        {{QStringLiteral("n"), name}, {QStringLiteral("at"), SqlConnection::timestamp(at)}});
    if (!changed)
        return changed.error();
    const Result<QVariant> count =
        m_sql.scalar(QStringLiteral("SELECT failures FROM login_failures WHERE username = :n"),
                     {{QStringLiteral("n"), name}});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<Done> SqlUserStore::setLoginLock(const QString &name, const QDateTime &lockedUntil) {
    return done(m_sql.change(
        QStringLiteral("UPDATE login_failures SET locked_until = :until WHERE username = :n"),
        {{QStringLiteral("n"), name},
         {QStringLiteral("until"), SqlConnection::timestamp(lockedUntil)}}));
}

Result<Done> SqlUserStore::clearLoginFailures(const QString &name) {
    return done(m_sql.change(QStringLiteral("DELETE FROM login_failures WHERE username = :n"),
                             {{QStringLiteral("n"), name}}));
}

Result<Done> SqlUserStore::deleteLoginFailuresBefore(const QDateTime &at) {
    return done(
        m_sql.change(QStringLiteral("DELETE FROM login_failures WHERE last_failed_at < :at"),
                     {{QStringLiteral("at"), SqlConnection::timestamp(at)}}));
}

} // namespace bss
