#pragma once

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace bss {

// The password checks of logins (PBKDF2, ~0.1 s of CPU each) on a few threads of their own,
// shared by the request threads: a burst of logins waits here instead of holding up every
// other request, and costs at most `threads` cores. At most `maxQueued` checks wait; beyond,
// submit() refuses and the login is answered 503 with Retry-After.
class PasswordHasher {
public:
    PasswordHasher(int threads, int maxQueued);
    ~PasswordHasher();

    // Runs `work` on the pool, then `done` with its result in `context`'s thread. False when
    // the queue is full (nothing runs). `context` must outlive waitForDone().
    bool submit(std::function<bool()> work, QObject *context, std::function<void(bool)> done);
    // Waits for the running and queued checks (before the request threads stop).
    void waitForDone();

    int threads() const { return m_pool.maxThreadCount(); }
    int maxQueued() const { return m_maxQueued; }

private:
    QThreadPool m_pool;
    int m_maxQueued;
    std::atomic<int> m_pending{0};
};

} // namespace bss
