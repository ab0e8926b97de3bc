#include "app/server/PasswordHasher.h"

namespace bss {

PasswordHasher::PasswordHasher(int threads, int maxQueued)
    : m_maxQueued(maxQueued) {
    m_pool.setMaxThreadCount(qMax(1, threads));
    m_pool.setObjectName(QStringLiteral("bssdesk-server-hashing"));
}

PasswordHasher::~PasswordHasher() {
    waitForDone();
}

bool PasswordHasher::submit(std::function<bool()> work, QObject *context,
                            std::function<void(bool)> done) {
    if (++m_pending > m_pool.maxThreadCount() + m_maxQueued) {
        --m_pending;
        return false;
    }
    m_pool.start([this, work = std::move(work), context, done = std::move(done)] {
        const bool result = work();
        --m_pending;
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
    });
    return true;
}

void PasswordHasher::waitForDone() {
    m_pool.waitForDone();
}

} // namespace bss
