#pragma once

#include "ui/common/FieldErrors.h"

#include "app/domain/Users.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bss {

class AccountChooser;
class BusyIndicator;
class RestBackend;

// Office > Users, one user: a new one (name, role, the reseller account of a reseller user,
// password typed twice), the role and account of one (Change role), or its password (Reset
// password, typed twice and never shown again). The server's refusals appear beside their
// fields; a saved change ends the user's sessions (the server does that).
class UserDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, ChangeRole, ResetPassword };

    // `accountName`: the name of the user's reseller account, when it has one.
    UserDialog(RestBackend *backend, BusyIndicator *busy, Mode mode, std::optional<User> user,
               const QString &accountName = {}, QWidget *parent = nullptr);

    void save();
    QString fieldError(const QString &field) const { return m_errors.messageFor(field); }

Q_SIGNALS:
    void userSaved(const bss::User &user);

private:
    void buildForm();
    QLabel *addRow(const QString &caption, QWidget *input, const QString &field);
    std::optional<UserRole> chosenRole() const;
    void roleChanged();
    bool checkPasswords();
    void finish(const Result<User> &result);

    RestBackend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;
    Mode m_mode;
    std::optional<User> m_user;
    QString m_accountName;
    FieldErrors m_errors;
    QLineEdit *m_username = nullptr;
    QComboBox *m_role = nullptr;
    AccountChooser *m_account = nullptr;
    QLabel *m_accountCaption = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};

} // namespace bss
