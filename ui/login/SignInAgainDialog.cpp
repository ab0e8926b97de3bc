#include "ui/login/SignInAgainDialog.h"

#include "ui/common/Async.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/Palette.h"

#include "app/backend/RestBackend.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bss {

SignInAgainDialog::SignInAgainDialog(RestBackend *backend, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_username(backend->lastMe().username) {
    setObjectName(QStringLiteral("signInAgainDialog"));
    setWindowTitle(tr("Sign in again"));
    setAccessibleName(windowTitle());
    auto *column = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("%1\n\nSign in again as %2 to go on: nothing you have not saved is lost.")
                       .arg(reason, m_username),
                   this);
    intro->setObjectName(QStringLiteral("reason"));
    intro->setWordWrap(true);
    column->addWidget(intro);
    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    auto *caption = new QLabel(tr("&Password:"), this);
    caption->setBuddy(m_password);
    form->addRow(caption, m_password);
    column->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(palette::textStyle(palette::Tone::Error));
    m_error->setVisible(false);
    column->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    column->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInAgainDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString SignInAgainDialog::error() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInAgainDialog::signIn() {
    if (m_signingIn)
        return;
    m_error->setVisible(false);
    if (m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your password."));
        m_error->setVisible(true);
        return;
    }
    m_signingIn = true;
    m_signIn->setEnabled(false);
    whenReady(m_backend->login(m_username, m_password->text()), this, nullptr,
              [this](const Result<Session> &r) { finish(r); });
}

void SignInAgainDialog::finish(const Result<Session> &result) {
    m_signingIn = false;
    m_signIn->setEnabled(true);
    m_password->clear();
    if (result) {
        accept();
        return;
    }
    const Error &e = result.error();
    // The server's words: wrong password, user disabled, too many attempts, unreachable.
    m_error->setText(e.message.isEmpty() ? e.describe() : e.message);
    m_error->setVisible(true);
    FieldErrors::growToFit(this);
    m_password->setFocus();
}

} // namespace bss
