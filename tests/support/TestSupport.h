#pragma once

#include "app/backend/LocalBackend.h"
#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFuture>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace bss::test {

// Waits for a backend call while the event loop runs (continuations are delivered through
// it); a call that does not finish in time fails the test with an Internal error.
template <typename T> Result<T> await(QFuture<Result<T>> future, int timeoutMs = 20000) {
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        return Error::internal(
            QStringLiteral("the backend call did not finish in %1 ms").arg(timeoutMs));
    return future.result();
}

// The instant every fixture's clock stands still at (embedded and server alike), so that periods,
// free months and proration are the same on every run: 2026-03-10 09:00 UTC. Expectations of
// dates and amounts are written by hand for it.
QDateTime pinnedNow();
inline QString pinnedNowText() {
    return QStringLiteral("2026-03-10T09:00:00Z");
}

// A fresh embedded store in a temporary folder, removed with the object.
class TempStore {
public:
    TempStore();
    QString path() const { return m_dir.filePath(QStringLiteral("bssdesk.sqlite")); }
    QString url() const { return QStringLiteral("sqlite:") + path(); }

private:
    QTemporaryDir m_dir;
};

// A database connection name that no other connection of the process uses.
QString uniqueConnectionName(const QString &prefix);

// An account as the accounts list shows it, and that order: case-insensitively by name, then by
// id.
struct NamedRow {
    Id id = 0;
    QString name;
};
void sortAsTheListShows(QList<NamedRow> &rows);

// A LocalBackend over a TempStore, its clock pinned at pinnedNow(), opened, with the demo data
// when `demo` is set.
struct LocalFixture {
    explicit LocalFixture(bool demo = true,
                          Actor actor = Actor{QStringLiteral("tester"), UserRole::Admin, {}});
    TempStore store;
    std::unique_ptr<LocalBackend> backend;
};

// Fails the current test with the error's words when `r` is an error.
#define BSS_VERIFY_OK(r)                                                                           \
    do {                                                                                           \
        const auto &bss_r_ = (r);                                                                  \
        if (!bss_r_.ok())                                                                          \
            QFAIL(qPrintable(QStringLiteral("expected success, got: ") +                           \
                             bss_r_.error().describe()));                                          \
    } while (false)

// Compares two domain enums by their wire names, so a failure reads "Failed" vs "Synchronized".
// (toString is found beside each enum: bss::toString, bss::audit::toString for Entity.)
#define BSS_COMPARE_STATUS(actual, expected)                                                       \
    do {                                                                                           \
        using bss::toString;                                                                       \
        QCOMPARE(toString(actual), toString(expected));                                            \
    } while (false)

} // namespace bss::test
