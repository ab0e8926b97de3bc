#pragma once

#include <QString>

namespace bss {

class AuthService;
class IdempotencyStore;
class Readiness;
class Services;
class Store;

// What the controllers share: the store's services, users and sessions, and replays.
struct ServerContext {
    Store &store;
    Services &services;
    AuthService &auth;
    IdempotencyStore &idempotency;
    // GET /health/ready, one per process.
    Readiness &readiness;
    QString storeKind; // "sqlite" or "postgres", for GET /health
};

} // namespace bss
