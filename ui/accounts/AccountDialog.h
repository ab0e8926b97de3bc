#pragma once

#include "ui/common/FieldErrors.h"

#include "app/domain/Permissions.h"
#include "app/domain/Types.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class AccountDialog;
}

namespace bss {

class Backend;
class BusyIndicator;

// New account / Edit account: name, type (direct, reseller, end-user), parent account (offers
// resellers only, for end-users) and contact email. Refusals appear beside their fields.
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    AccountDialog(Backend *backend, BusyIndicator *busy, std::optional<Account> account,
                  QWidget *parent = nullptr);
    ~AccountDialog() override;

    void save();
    QString fieldError(const QString &field) const { return m_errors.messageFor(field); }

Q_SIGNALS:
    void accountSaved(const bss::Account &account);

private:
    std::optional<AccountType> chosenType() const;
    void fitRole(const Me &me);
    void typeChanged();
    void finish(const Result<Account> &result);

    std::unique_ptr<Ui::AccountDialog> m_ui;
    Backend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;
    std::optional<Account> m_account;
    FieldErrors m_errors;
    bool m_saving = false;
};

} // namespace bss
