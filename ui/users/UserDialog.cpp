#include "ui/users/UserDialog.h"

#include "ui/common/AccountChooser.h"
#include "ui/common/Async.h"
#include "ui/common/Format.h"
#include "ui/common/Palette.h"

#include "app/backend/RestBackend.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bss {

UserDialog::UserDialog(RestBackend *backend, BusyIndicator *busy, Mode mode,
                       std::optional<User> user, const QString &accountName, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_busy(busy)
    , m_mode(mode)
    , m_user(std::move(user))
    , m_accountName(accountName) {
    setObjectName(QStringLiteral("userDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QString name = m_user ? m_user->username : QString();
    setWindowTitle(mode == Mode::Create       ? tr("New user")
                   : mode == Mode::ChangeRole ? tr("Change role of %1").arg(name)
                                              : tr("Reset password of %1").arg(name));
    setAccessibleName(windowTitle());
    buildForm();
    resize(qMax(width(), 480), sizeHint().height());
}

QLabel *UserDialog::addRow(const QString &caption, QWidget *input, const QString &field) {
    auto *form = static_cast<QFormLayout *>(layout()->itemAt(0)->layout());
    auto *label = new QLabel(caption, this);
    label->setBuddy(input);
    input->setAccessibleName(QString(caption).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(input);
    auto *error = new QLabel(this);
    error->setObjectName(field + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(palette::textStyle(palette::Tone::Error));
    error->setVisible(false);
    column->addWidget(error);
    form->addRow(label, column);
    m_errors.bind(field, error, input);
    return label;
}

void UserDialog::buildForm() {
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(new QFormLayout);
    if (m_mode == Mode::Create) {
        m_username = new QLineEdit(this);
        m_username->setObjectName(QStringLiteral("username"));
        m_username->setMaxLength(200);
        addRow(tr("&User name:"), m_username, QStringLiteral("username"));
    }
    if (m_mode != Mode::ResetPassword) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("role"));
        for (UserRole r : {UserRole::Agent, UserRole::Reseller, UserRole::Admin})
            m_role->addItem(Format::userRole(r), static_cast<int>(r));
        addRow(tr("&Role:"), m_role, QStringLiteral("role"));
        m_account = new AccountChooser(this);
        m_account->setObjectName(QStringLiteral("account"));
        m_account->setBackend(m_backend, m_busy);
        m_account->setLabel(tr("Reseller account"));
        m_account->setTypeFilter(AccountType::Reseller);
        m_account->setNoneLabel(tr("(none)"));
        m_accountCaption = addRow(tr("Reseller &account:"), m_account, QStringLiteral("accountId"));
        if (m_user) {
            m_role->setCurrentIndex(m_role->findData(static_cast<int>(m_user->role)));
            if (m_user->accountId)
                m_account->setCurrentAccount(*m_user->accountId, m_accountName);
        }
        m_account->reload();
        connect(m_role, &QComboBox::currentIndexChanged, this, &UserDialog::roleChanged);
        roleChanged();
    }
    if (m_mode != Mode::ChangeRole) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        addRow(tr("&Password:"), m_password, QStringLiteral("password"));
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatPassword"));
        m_repeat->setEchoMode(QLineEdit::Password);
        addRow(tr("Re&peat password:"), m_repeat, QStringLiteral("repeatPassword"));
        m_password->setPlaceholderText(tr("at least 8 characters"));
    }
    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(palette::textStyle(palette::Tone::Error));
    m_generalError->setVisible(false);
    m_errors.bind(QString(), m_generalError);
    outer->addWidget(m_generalError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveUser"));
    save->setAccessibleName(save->text().remove(QLatin1Char('&')));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::optional<UserRole> UserDialog::chosenRole() const {
    if (!m_role || m_role->currentIndex() < 0)
        return std::nullopt;
    return static_cast<UserRole>(m_role->currentData().toInt());
}

void UserDialog::roleChanged() {
    // Only a reseller user is bound to an account: the reseller whose end-users it manages.
    const bool reseller = chosenRole() == UserRole::Reseller;
    m_account->setEnabled(reseller);
    m_accountCaption->setEnabled(reseller);
    if (!reseller)
        m_account->clearSelection();
}

bool UserDialog::checkPasswords() {
    if (!m_password || m_password->text() == m_repeat->text())
        return true;
    m_errors.show(Error::validation(
        {{QStringLiteral("repeatPassword"), tr("The two passwords differ; type them again.")}}));
    m_repeat->clear();
    FieldErrors::growToFit(this);
    return false;
}

void UserDialog::save() {
    if (m_saving)
        return;
    m_errors.clear();
    if (!checkPasswords())
        return;
    m_saving = true;
    m_buttons->setEnabled(false);
    const auto handler = [this](const Result<User> &r) { finish(r); };
    const std::optional<UserRole> role = chosenRole();
    const std::optional<Id> account =
        role == UserRole::Reseller ? m_account->currentAccountId() : std::nullopt;
    if (m_mode == Mode::Create) {
        const NewUser user{m_username->text().trimmed(), m_password->text(),
                           role.value_or(UserRole::Agent), account};
        whenReady(m_backend->createUser(user), this, m_busy, handler);
        return;
    }
    UserPatch patch;
    if (m_mode == Mode::ResetPassword) {
        patch.password = m_password->text();
    } else {
        patch.role = role;
        patch.accountId = account;
        patch.clearAccount = !account.has_value();
    }
    whenReady(m_backend->updateUser(m_user->id, patch), this, m_busy, handler);
}

void UserDialog::finish(const Result<User> &result) {
    m_saving = false;
    m_buttons->setEnabled(true);
    if (!result) {
        const QString rest = m_errors.show(result.error());
        if (!rest.isEmpty()) {
            m_generalError->setText(rest);
            m_generalError->setVisible(true);
        }
        FieldErrors::growToFit(this);
        return;
    }
    // Never shown again: the fields go with the dialog.
    if (m_password) {
        m_password->clear();
        m_repeat->clear();
    }
    Q_EMIT userSaved(result.value());
    accept();
}

} // namespace bss
