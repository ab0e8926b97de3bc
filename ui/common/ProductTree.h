#pragma once

#include "app/domain/Types.h"

#include <QTreeWidget>

#include <optional>

namespace bss {

// The catalog grouped by provisioning platform (Kaspersky Labs, Microsoft CSP, Acronis).
class ProductTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit ProductTree(QWidget *parent = nullptr);

    void setCatalog(const QList<Product> &products, const QList<Platform> &platforms);
    std::optional<Product> currentProduct() const;
    bool selectProduct(Id id);
    bool selectFirst();
    // Selects the first product whose name contains `text`; for keyboard users and tests.
    bool selectProductNamed(const QString &text);
    const QList<Product> &products() const { return m_products; }

Q_SIGNALS:
    void currentProductChanged();
    void productActivated();

private:
    QList<Product> m_products;
};

} // namespace bss
