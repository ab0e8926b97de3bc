#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QDateTime>

#include <optional>

namespace bss {

// Provisioning platforms, products with their price bands, and the quotes handed out.
class CatalogStore {
public:
    virtual ~CatalogStore() = default;

    virtual Result<Done> insertPlatform(const Platform &platform) = 0;
    virtual Result<QList<Platform>> platforms() = 0;
    virtual Result<Id> insertProduct(const Product &product) = 0;
    // Every product, or those of one platform.
    virtual Result<QList<Product>> products(const QString &platform = {}) = 0;
    virtual Result<std::optional<Product>> product(Id id) = 0;
    virtual Result<Done> insertQuote(const Quote &quote, const QDateTime &at) = 0;
    virtual Result<std::optional<Quote>> quote(const QString &quoteId) = 0;
};

} // namespace bss
