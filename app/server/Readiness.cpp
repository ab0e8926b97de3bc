#include "app/server/Readiness.h"

#include "app/store/StoreProbe.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace bss {

struct Readiness::State {
    explicit State(StoreConfig config)
        : store(std::move(config)) {}

    StoreConfig store;
    std::mutex mutex;
    std::condition_variable changed;
    quint64 asked = 0;    // probes asked for
    quint64 answered = 0; // probes done; a probe runs while answered < asked
    Result<Done> last = Done{};
    bool stopping = false;
    bool finished = false;
};

namespace {

Error notInTime() {
    Error e = Error::internal(QCoreApplication::translate(
        "bss::Readiness", "The database did not answer in time. Try again in a few seconds."));
    e.kind = ErrorKind::Unavailable;
    e.code = QStringLiteral("store-unavailable");
    return e;
}

} // namespace

Readiness::Readiness(StoreConfig store)
    : m_state(std::make_shared<State>(std::move(store)))
    , m_thread(&Readiness::run, m_state) {}

Readiness::~Readiness() {
    std::unique_lock lock(m_state->mutex);
    m_state->stopping = true;
    m_state->changed.notify_all();
    // A probe stuck in a database that does not answer is left to end by itself.
    if (m_state->changed.wait_for(lock, timeout, [this] { return m_state->finished; })) {
        lock.unlock();
        m_thread.join();
    } else {
        lock.unlock();
        qCWarning(lcServer) << "the readiness probe is still waiting for the database";
        m_thread.detach();
    }
}

void Readiness::run(std::shared_ptr<State> state) {
    {
        StoreProbe probe(state->store, QStringLiteral("bssdesk-server-readiness"),
                         std::chrono::duration_cast<std::chrono::seconds>(timeout));
        std::unique_lock lock(state->mutex);
        while (true) {
            state->changed.wait(lock,
                                [&] { return state->stopping || state->answered < state->asked; });
            if (state->stopping)
                break;
            const quint64 target = state->asked;
            lock.unlock();
            Result<Done> answer = probe.ping();
            lock.lock();
            state->last = std::move(answer);
            state->answered = target;
            state->changed.notify_all();
        }
    } // the probe's connection closes in this thread, where it was opened
    const std::lock_guard lock(state->mutex);
    state->finished = true;
    state->changed.notify_all();
}

Result<Done> Readiness::check() {
    std::unique_lock lock(m_state->mutex);
    // A probe under way answers this request too; otherwise one more is asked for.
    if (m_state->answered == m_state->asked)
        ++m_state->asked;
    const quint64 ticket = m_state->asked;
    m_state->changed.notify_all();
    if (!m_state->changed.wait_for(lock, timeout, [&] { return m_state->answered >= ticket; }))
        return notInTime();
    return m_state->last;
}

} // namespace bss
