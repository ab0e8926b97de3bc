#pragma once

#include "app/domain/Types.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ProductChooserDialog;
}

namespace bss {

// Quick Add > Product: the catalog grouped by platform.
class ProductChooserDialog : public QDialog {
    Q_OBJECT
public:
    ProductChooserDialog(const QList<Product> &products, const QList<Platform> &platforms,
                         QWidget *parent = nullptr);
    ~ProductChooserDialog() override;

    std::optional<Product> chosenProduct() const;
    bool chooseProductNamed(const QString &text);

Q_SIGNALS:
    void productChosen(const bss::Product &product);

private:
    std::unique_ptr<Ui::ProductChooserDialog> m_ui;
};

} // namespace bss
