#pragma once

#include "app/domain/Users.h"

#include <QAbstractTableModel>

namespace bss {

// Office > Users: the server's users (a short list, all at once), with the name of a reseller
// user's account.
class UsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Username, Role, Account, Status, Created, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setUsers(const QList<User> &users);
    // The names of reseller accounts, by id, as they become known.
    void setAccountName(Id id, const QString &name);
    const User *valueAt(const QModelIndex &index) const;
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
    QHash<Id, QString> m_accountNames;
};

} // namespace bss
