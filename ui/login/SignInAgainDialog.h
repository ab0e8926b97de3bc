#pragma once

#include "app/domain/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bss {

class RestBackend;
struct Session;

// The session ended while the user worked (it expired, or an administrator changed, disabled
// or deleted the user): signs the same user in again on the same backend, in place, so that
// every open window and every unsaved edit stays. A refusal (wrong password, user disabled)
// appears under the password.
class SignInAgainDialog : public QDialog {
    Q_OBJECT
public:
    SignInAgainDialog(RestBackend *backend, const QString &reason, QWidget *parent = nullptr);

    void signIn();
    QString error() const;

private:
    void finish(const Result<Session> &result);

    RestBackend *m_backend = nullptr;
    QString m_username;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_signingIn = false;
};

} // namespace bss
