#include "ui/orders/ProductChooserDialog.h"

#include "ui_ProductChooserDialog.h"

#include <QPushButton>

namespace bss {

ProductChooserDialog::ProductChooserDialog(const QList<Product> &products,
                                           const QList<Platform> &platforms, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProductChooserDialog>()) {
    setObjectName(QStringLiteral("productChooser"));
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Quick Add > Product"));
    setAccessibleName(windowTitle());
    m_ui->product->setCatalog(products, platforms);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add"));
    ok->setObjectName(QStringLiteral("addProduct"));
    ok->setAccessibleName(tr("Add"));
    ok->setEnabled(false);
    QPushButton *cancelButton = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancel"));
    cancelButton->setAccessibleName(cancelButton->text().remove(QLatin1Char('&')));
    connect(m_ui->product, &ProductTree::currentProductChanged, this,
            [this, ok] { ok->setEnabled(chosenProduct().has_value()); });
    connect(m_ui->product, &ProductTree::productActivated, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] {
        if (auto p = chosenProduct())
            Q_EMIT productChosen(*p);
    });
}

ProductChooserDialog::~ProductChooserDialog() = default;

std::optional<Product> ProductChooserDialog::chosenProduct() const {
    return m_ui->product->currentProduct();
}

bool ProductChooserDialog::chooseProductNamed(const QString &text) {
    return m_ui->product->selectProductNamed(text);
}

} // namespace bss
