#pragma once

#include "ui/common/BusyIndicator.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <utility>

namespace bss {

// Runs `handler(result)` on `context`'s thread once `future` finishes; the busy indicator
// counts the call as pending meanwhile. If `context` is deleted first, the handler is dropped.
template<typename T, typename F>
void whenReady(QFuture<T> future, QObject *context, BusyIndicator *busy, F handler)
{
    BusyIndicator::Token token = busy ? busy->begin() : BusyIndicator::Token{};
    future.then(context, [token, handler = std::move(handler)](const T &result) mutable {
        token.reset();
        handler(result);
    });
}

} // namespace bss
