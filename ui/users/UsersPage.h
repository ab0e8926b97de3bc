#pragma once

#include "ui/common/PageBase.h"
#include "ui/users/UserDialog.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bss {

class RestBackend;
class UsersModel;

// Office > Users, for administrators of a team server: the users with a search, New user
// (Ctrl+N), Change role (F2), Reset password (Ctrl+Shift+P), Disable/Enable (Ctrl+D) and Delete
// (Del), the last two after a confirmation. Every change ends the user's sessions at once and
// is in the audit trail (the server does both).
class UsersPage : public PageBase {
    Q_OBJECT
public:
    UsersPage(RestBackend *backend, BusyIndicator *busy, QWidget *parent = nullptr);

    void refresh() override;
    void createNew() override;
    void focusSearch() override;
    bool canCreate() const override { return true; }
    bool isReady() const override { return isActivated() && m_loaded; }

    UserDialog *openDialog(UserDialog::Mode mode);
    void toggleDisabled();
    void deleteUser();
    std::optional<User> selectedUser() const;
    bool selectUser(const QString &username);

private:
    QPushButton *addButton(const QString &name, const QString &text, const QKeySequence &keys);
    void loaded(const Result<QList<User>> &result);
    void updateButtons();

    RestBackend *m_rest = nullptr;
    UsersModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QPushButton *m_newUser = nullptr;
    QPushButton *m_changeRole = nullptr;
    QPushButton *m_resetPassword = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_delete = nullptr;
    QString m_selectAfterLoad;
    bool m_loaded = false;
};

} // namespace bss
