#pragma once

#include "ui/common/BusyIndicator.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace bss {

// Runs `handler(result)` on `context`'s thread once `future` finishes; the busy indicator
// counts the call as pending meanwhile. If `context` is deleted first, the handler is dropped.
// The handler always runs from the event loop, never inside this call: QFuture::then(context)
// calls it at once when the future has already finished, and a caller that sets its "loading"
// state after starting the request would then see the answer before its own state.
template <typename T, typename F>
void whenReady(QFuture<T> future, QObject *context, BusyIndicator *busy, F handler) {
    BusyIndicator::Token token = busy ? busy->begin() : BusyIndicator::Token{};
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, token, handler = std::move(handler)]() mutable {
                         token.reset();
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0) // none when cancelled
                             handler(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace bss
