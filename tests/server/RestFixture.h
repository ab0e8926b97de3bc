#pragma once

#include "app/backend/RestBackend.h"
#include "tests/server/ServerProcess.h"

#include <memory>

namespace bss::test {

// A bssdesk-server on loopback over a fresh store, with the admin "tester" (the name the
// embedded fixture's actor has), and a RestBackend logged in as that user.
class RestFixture {
public:
    enum class Store { Sqlite, Postgres };

    RestFixture() = default;
    ~RestFixture();

    // A fresh store of that kind: a temporary SQLite file, or a new database in the process's
    // PostgreSQL cluster. Empty (and *error set) when it cannot be had.
    static QString freshStore(Store kind, QString *error);

    bool start(Store kind, bool demo, QString *error);
    ServerProcess &server() { return *m_server; }
    RestBackend *backend() { return m_backend.get(); }
    QUrl url() const { return m_server ? m_server->url() : QUrl(); }

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RestBackend> m_backend;
};

} // namespace bss::test
