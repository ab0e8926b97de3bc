#pragma once

#include "app/domain/Result.h"
#include "app/store/StoreConfig.h"

#include <chrono>

namespace bss {

// Whether a store's database answers, asked on a connection of its own: a server's readiness
// answer (GET /health/ready) that does not wait behind the request threads' connections. Opened
// on first use and again after any failure; PostgreSQL gives up connecting after
// connectTimeout. Used by one thread only, as every database connection.
class StoreProbe {
public:
    StoreProbe(StoreConfig config, QString connectionName, std::chrono::seconds connectTimeout);
    ~StoreProbe();
    StoreProbe(const StoreProbe &) = delete;
    StoreProbe &operator=(const StoreProbe &) = delete;

    // Runs SELECT 1; Unavailable (code "store-unavailable") when it cannot.
    Result<Done> ping();

private:
    void close();

    StoreConfig m_config;
    QString m_connectionName;
    std::chrono::seconds m_connectTimeout;
    bool m_added = false;
};

} // namespace bss
