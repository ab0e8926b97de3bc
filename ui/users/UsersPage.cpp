#include "ui/users/UsersPage.h"

#include "ui/common/Confirm.h"
#include "ui/common/Format.h"
#include "ui/models/UsersModel.h"

#include "app/backend/RestBackend.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bss {

UsersPage::UsersPage(RestBackend *backend, BusyIndicator *busy, QWidget *parent)
    : PageBase(backend, busy, parent)
    , m_rest(backend) {
    setObjectName(QStringLiteral("usersPage"));
    setAccessibleName(tr("Users"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchUsers"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setPlaceholderText(tr("Search by user name, role or account"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    column->addLayout(bar);

    m_newUser = addButton(QStringLiteral("newUser"), tr("&New user…"), {});
    m_newUser->setToolTip(
        tr("New user (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_changeRole =
        addButton(QStringLiteral("changeRole"), tr("Change &role…"), QKeySequence(Qt::Key_F2));
    m_resetPassword = addButton(QStringLiteral("resetPassword"), tr("Reset &password…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_disable = addButton(QStringLiteral("disableUser"), tr("&Disable"),
                          QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete =
        addButton(QStringLiteral("deleteUser"), tr("De&lete…"), QKeySequence(QKeySequence::Delete));
    for (QPushButton *b : {m_newUser, m_changeRole, m_resetPassword, m_disable, m_delete})
        bar->addWidget(b);

    m_model = new UsersModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsersModel::Username, Qt::AscendingOrder);
    column->addWidget(m_table, 1);
    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("usersEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setVisible(false);
    column->addWidget(m_emptyState);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateButtons();
    });
    connect(m_newUser, &QPushButton::clicked, this, &UsersPage::createNew);
    connect(m_changeRole, &QPushButton::clicked, this,
            [this] { openDialog(UserDialog::Mode::ChangeRole); });
    connect(m_resetPassword, &QPushButton::clicked, this,
            [this] { openDialog(UserDialog::Mode::ResetPassword); });
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_delete, &QPushButton::clicked, this, &UsersPage::deleteUser);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    connect(m_table, &QTableView::activated, this,
            [this] { openDialog(UserDialog::Mode::ChangeRole); });
    updateButtons();
}

QPushButton *UsersPage::addButton(const QString &name, const QString &text,
                                  const QKeySequence &keys) {
    auto *b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    if (!keys.isEmpty()) {
        b->setShortcut(keys);
        b->setToolTip(QStringLiteral("%1 (%2)").arg(b->accessibleName(),
                                                    keys.toString(QKeySequence::NativeText)));
    }
    return b;
}

void UsersPage::refresh() {
    m_loaded = false;
    call(m_rest->users(), [this](const Result<QList<User>> &r) { loaded(r); });
}

void UsersPage::loaded(const Result<QList<User>> &result) {
    m_loaded = true;
    if (!result) {
        reportError(result.error());
        return;
    }
    const std::optional<User> before = selectedUser();
    m_model->setUsers(*result);
    QSet<Id> accounts;
    for (const User &u : *result) {
        if (u.accountId)
            accounts.insert(*u.accountId);
    }
    for (Id id : accounts) {
        call(m_backend->account(id), [this, id](const Result<Account> &a) {
            if (!a)
                return;
            m_model->setAccountName(id, a->name);
            m_table->resizeColumnToContents(UsersModel::Account);
        });
    }
    m_table->resizeColumnsToContents();
    m_emptyState->setText(tr("No users yet. Click “New user” to add the first one."));
    m_emptyState->setVisible(result->isEmpty());
    const QString wanted = std::exchange(m_selectAfterLoad, QString());
    if (!selectUser(!wanted.isEmpty() ? wanted : before ? before->username : QString()))
        m_table->selectRow(0);
    updateButtons();
}

void UsersPage::createNew() {
    openDialog(UserDialog::Mode::Create);
}

void UsersPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<User> UsersPage::selectedUser() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    if (const User *u = m_model->valueAt(m_filter->mapToSource(rows.constFirst())))
        return *u;
    return std::nullopt;
}

bool UsersPage::selectUser(const QString &username) {
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, UsersModel::Username);
        if (!username.isEmpty() && index.data().toString() == username) {
            m_table->selectRow(row);
            m_table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void UsersPage::updateButtons() {
    const std::optional<User> user = selectedUser();
    const bool self = user && user->username == m_backend->actor().user;
    for (QPushButton *b : {m_changeRole, m_resetPassword, m_disable, m_delete})
        b->setEnabled(user.has_value());
    // An administrator does not lock itself out (the server refuses it too).
    for (QPushButton *b : {m_changeRole, m_disable, m_delete}) {
        b->setEnabled(user && !self);
        b->setToolTip(self ? tr("Another administrator changes, disables or deletes your own user.")
                           : QString());
    }
    m_disable->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
}

UserDialog *UsersPage::openDialog(UserDialog::Mode mode) {
    const bool create = mode == UserDialog::Mode::Create;
    const std::optional<User> user = create ? std::nullopt : selectedUser();
    if (!create && !user)
        return nullptr;
    QString accountName;
    if (user && user->accountId)
        accountName =
            m_model->data(m_model->index(m_model->rowOf(user->id), UsersModel::Account)).toString();
    auto *dialog = new UserDialog(m_rest, m_busy, mode, user, accountName, this);
    connect(dialog, &UserDialog::userSaved, this, [this, mode](const User &saved) {
        m_selectAfterLoad = saved.username;
        reportSuccess(
            mode == UserDialog::Mode::ResetPassword
                ? tr("The password of %1 is set; their sessions have ended.").arg(saved.username)
                : tr("User %1 saved.").arg(saved.username));
        refresh();
    });
    dialog->open();
    return dialog;
}

void UsersPage::toggleDisabled() {
    const std::optional<User> user = selectedUser();
    if (!user || user->username == m_backend->actor().user)
        return;
    const bool disable = !user->disabled;
    if (disable && !Confirm::ask(this, tr("Disable user"),
                                 tr("Disable %1? They are signed out at once and cannot sign in "
                                    "until enabled again.")
                                     .arg(user->username),
                                 tr("Disable")))
        return;
    UserPatch patch;
    patch.disabled = disable;
    call(m_rest->updateUser(user->id, patch), [this, disable](const Result<User> &r) {
        if (!r)
            return reportError(r.error());
        m_selectAfterLoad = r->username;
        reportSuccess(disable ? tr("User %1 disabled and signed out.").arg(r->username)
                              : tr("User %1 enabled.").arg(r->username));
        refresh();
    });
}

void UsersPage::deleteUser() {
    const std::optional<User> user = selectedUser();
    if (!user || user->username == m_backend->actor().user)
        return;
    if (!Confirm::ask(this, tr("Delete user"),
                      tr("Delete %1? They are signed out at once; their name stays in the audit "
                         "trail. This cannot be undone.")
                          .arg(user->username),
                      tr("Delete")))
        return;
    const QString name = user->username;
    call(m_rest->deleteUser(user->id), [this, name](const Result<Done> &r) {
        if (!r)
            return reportError(r.error());
        reportSuccess(tr("User %1 deleted.").arg(name));
        refresh();
    });
}

} // namespace bss
