#pragma once

#include "app/domain/Result.h"
#include "app/store/StoreConfig.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace bss {

// GET /health/ready: whether this server can serve, that is whether its database answers. The
// probe (SELECT 1 on a connection of its own, StoreProbe) runs on a thread of its own, so that a
// request thread waits for it at most `timeout` however the database fails (refused, lost, or
// hanging without a word). Requests that arrive while a probe runs share its answer, so a
// load balancer's checks from several places cost one query at a time. One per server process.
class Readiness {
public:
    explicit Readiness(StoreConfig store);
    ~Readiness();
    Readiness(const Readiness &) = delete;
    Readiness &operator=(const Readiness &) = delete;

    static constexpr std::chrono::milliseconds timeout{2000};

    // From any thread: Done when the database answered within `timeout`, else Unavailable.
    Result<Done> check();

private:
    struct State;
    static void run(std::shared_ptr<State> state);

    std::shared_ptr<State> m_state; // shared with the probe thread, which may outlive this
    std::thread m_thread;
};

} // namespace bss
