#pragma once

#include "app/domain/Result.h"

#include <QString>

namespace bss {

// Key/value facts about the store itself (e.g. "demo" when the demo data is installed).
class MetaStore {
public:
    virtual ~MetaStore() = default;

    // An empty string for a key never set.
    virtual Result<QString> get(const QString &key) = 0;
    virtual Result<Done> set(const QString &key, const QString &value) = 0;
};

} // namespace bss
