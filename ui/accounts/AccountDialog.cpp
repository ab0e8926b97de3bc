#include "ui/accounts/AccountDialog.h"

#include "ui/common/Async.h"
#include "ui/common/Format.h"
#include "ui/common/RoleGate.h"
#include "ui_AccountDialog.h"

#include "app/backend/Backend.h"

#include <QPushButton>

namespace bss {

AccountDialog::AccountDialog(Backend *backend, BusyIndicator *busy, std::optional<Account> account,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDialog>())
    , m_backend(backend)
    , m_busy(busy)
    , m_account(std::move(account)) {
    setObjectName(QStringLiteral("accountDialog"));
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(m_account ? tr("Edit account") : tr("New account"));
    setAccessibleName(windowTitle());

    QPushButton *saveButton = m_ui->buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveAccount"));
    saveButton->setAccessibleName(saveButton->text().remove(QLatin1Char('&')));
    saveButton->setShortcut(QKeySequence::Save);
    QPushButton *cancelButton = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancel"));
    cancelButton->setAccessibleName(cancelButton->text().remove(QLatin1Char('&')));

    for (AccountType t : {AccountType::Direct, AccountType::Reseller, AccountType::EndUser})
        m_ui->type->addItem(Format::accountType(t), static_cast<int>(t));

    m_ui->parentAccount->setBackend(backend, busy);
    m_ui->parentAccount->setLabel(tr("Parent Account"));
    m_ui->parentAccount->setTypeFilter(AccountType::Reseller);
    m_ui->parentAccount->setNoneLabel(tr("(none)"));

    m_errors.bind(QStringLiteral("name"), m_ui->nameError, m_ui->name);
    m_errors.bind(QStringLiteral("type"), m_ui->typeError, m_ui->type);
    m_errors.bind(QStringLiteral("parentId"), m_ui->parentIdError, m_ui->parentAccount);
    m_errors.bind(QStringLiteral("email"), m_ui->emailError, m_ui->email);
    m_errors.bind(QString(), m_ui->generalError);

    if (m_account) {
        m_ui->name->setText(m_account->name);
        m_ui->type->setCurrentIndex(m_ui->type->findData(static_cast<int>(m_account->type)));
        m_ui->type->setEnabled(false); // the type of an existing account does not change
        m_ui->email->setText(m_account->email);
        m_ui->parentAccount->setExcluded(m_account->id);
        if (m_account->parentId)
            m_ui->parentAccount->setCurrentAccount(*m_account->parentId, m_account->parentName);
    }
    fitRole(backend->lastMe());
    m_ui->parentAccount->reload();

    connect(m_ui->type, &QComboBox::currentIndexChanged, this, &AccountDialog::typeChanged);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AccountDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    typeChanged();
}

AccountDialog::~AccountDialog() = default;

// A reseller's new account is an end-user under the reseller: type and parent are fixed.
void AccountDialog::fitRole(const Me &me) {
    if (!m_account && !me.can(Permission::AccountsCreate) && me.accountId) {
        m_ui->type->setCurrentIndex(m_ui->type->findData(static_cast<int>(AccountType::EndUser)));
        m_ui->parentAccount->setCurrentAccount(*me.accountId, me.accountName);
    }
    RoleGate::apply(this, me);
    if (!m_account && !me.can(Permission::AccountsMove))
        m_ui->parentAccount->setToolTip(tr("Your end-users belong to your own account."));
}

std::optional<AccountType> AccountDialog::chosenType() const {
    if (m_ui->type->currentIndex() < 0)
        return std::nullopt;
    return static_cast<AccountType>(m_ui->type->currentData().toInt());
}

void AccountDialog::typeChanged() {
    // Only an end-user has a parent: the reseller that provides its services.
    const bool endUser = chosenType() == AccountType::EndUser;
    m_ui->parentAccount->setEnabled(endUser);
    m_ui->parentLabel->setEnabled(endUser);
    if (!endUser)
        m_ui->parentAccount->clearSelection();
}

void AccountDialog::save() {
    if (m_saving)
        return;
    m_errors.clear();
    m_saving = true;
    m_ui->buttons->setEnabled(false);
    auto handler = [this](const Result<Account> &r) { finish(r); };
    if (!m_account) {
        NewAccount input;
        input.name = m_ui->name->text().trimmed();
        input.type = chosenType().value_or(AccountType::Direct);
        input.parentId = m_ui->parentAccount->currentAccountId();
        input.email = m_ui->email->text().trimmed();
        whenReady(m_backend->createAccount(input), this, m_busy, handler);
        return;
    }
    AccountPatch patch;
    if (const QString name = m_ui->name->text().trimmed(); name != m_account->name)
        patch.name = name;
    if (const QString email = m_ui->email->text().trimmed(); email != m_account->email)
        patch.email = email;
    const std::optional<Id> parent = m_ui->parentAccount->currentAccountId();
    if (parent != m_account->parentId) {
        if (parent)
            patch.parentId = parent;
        else
            patch.clearParent = true;
    }
    // Nothing changed: nothing to save (the server refuses a PATCH that names nothing).
    if (!patch.name && !patch.email && !patch.parentId && !patch.clearParent) {
        finish(*m_account);
        return;
    }
    whenReady(m_backend->updateAccount(m_account->id, m_account->version, patch), this, m_busy,
              handler);
}

void AccountDialog::finish(const Result<Account> &result) {
    m_saving = false;
    m_ui->buttons->setEnabled(true);
    if (!result) {
        const QString rest = m_errors.show(result.error());
        if (!rest.isEmpty()) {
            m_ui->generalError->setText(rest);
            m_ui->generalError->setVisible(true);
            FieldErrors::growToFit(this);
        }
        return;
    }
    Q_EMIT accountSaved(result.value());
    accept();
}

} // namespace bss
