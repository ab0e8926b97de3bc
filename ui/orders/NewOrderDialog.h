#pragma once

#include "ui/common/FieldErrors.h"

#include "app/domain/Types.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewOrderDialog;
}

namespace bss {

class AccountChooser;
class Backend;
class BusyIndicator;

// Billing > Orders > New order: choose the customer; Save creates the draft.
class NewOrderDialog : public QDialog {
    Q_OBJECT
public:
    NewOrderDialog(Backend *backend, BusyIndicator *busy, QWidget *parent = nullptr);
    ~NewOrderDialog() override;

    AccountChooser *customer() const;
    void setCustomer(Id accountId, const QString &name);
    void save();

Q_SIGNALS:
    void orderCreated(const bss::Order &order);

private:
    std::unique_ptr<Ui::NewOrderDialog> m_ui;
    Backend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;
    FieldErrors m_errors;
};

} // namespace bss
