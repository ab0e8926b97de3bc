#pragma once

#include "app/store/StoreConfig.h"
#include "app/store/UserStore.h"

#include <QHash>
#include <QMutex>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace bss {

// Store-internal: the owners of bearer tokens looked up lately, shared by every connection of
// this process to one PostgreSQL database, so that a request spends no round trip on its token.
//
// It is trusted only while the database can tell it of every change. A connection of its own
// LISTENs on the channel "bss_auth", on which triggers of the tokens and users tables notify
// whenever a row of them is updated or deleted, by any server or by `bssdesk-server --add-user`
// (Migrations.cpp, authNotices()): a notice empties the cache. That connection is asked `SELECT 1`
// every 200 ms; while it does not answer, nothing is served from the cache (every token is read
// from the database), and when it listens again the cache starts empty. So a token revoked anywhere
// is refused everywhere as soon as the notice arrives (well under a millisecond on loopback),
// and within 200 ms in the worst case of a listening connection lost at that very moment.
//
// An owner read from the database is kept only if no notice came while it was being read (the
// generation did not move), so a revocation racing with a lookup is never undone.
class TokenCache {
public:
    // The one cache of this process for `config`'s database, started on first use; kept
    // while someone holds it. Null for SQLite (a token costs it no round trip).
    static std::shared_ptr<TokenCache> forDatabase(const StoreConfig &config);
    ~TokenCache();
    TokenCache(const TokenCache &) = delete;
    TokenCache &operator=(const TokenCache &) = delete;

    // The generation to hand to put() after reading the database; none while the listening
    // connection is down (then nothing is served or kept).
    std::optional<quint64> generation() const;
    std::optional<TokenOwner> find(const QString &tokenHash) const;
    void put(const QString &tokenHash, const TokenOwner &owner, quint64 generation);
    // Forgets every owner (a notice, or this process changed tokens or users itself).
    void flush();
    // Whether the listening connection is up and the cache in use (for tests and logs).
    bool live() const { return m_live.load(); }

private:
    friend class TokenListener;
    explicit TokenCache(const StoreConfig &config);
    void setLive(bool live);

    static constexpr qsizetype maxEntries = 100000;
    mutable QMutex m_mutex;
    QHash<QString, TokenOwner> m_owners;
    std::atomic<quint64> m_generation{1};
    std::atomic<bool> m_live{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace bss
