#include "ui/models/UsersModel.h"

#include "ui/common/Format.h"

namespace bss {

void UsersModel::setUsers(const QList<User> &users) {
    beginResetModel();
    m_users = users;
    endResetModel();
}

void UsersModel::setAccountName(Id id, const QString &name) {
    m_accountNames.insert(id, name);
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).accountId == id)
            Q_EMIT dataChanged(index(row, Account), index(row, Account));
    }
}

const User *UsersModel::valueAt(const QModelIndex &index) const {
    if (!index.isValid() || index.row() >= m_users.size())
        return nullptr;
    return &m_users.at(index.row());
}

int UsersModel::rowOf(Id id) const {
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == id)
            return row;
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const {
    const User *u = valueAt(index);
    if (!u || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Username:
        return u->username;
    case Role:
        return Format::userRole(u->role);
    case Account:
        if (!u->accountId)
            return QString();
        return m_accountNames.value(*u->accountId, tr("Account %1").arg(*u->accountId));
    case Status:
        return u->disabled ? tr("Disabled") : tr("Active");
    case Created:
        return Format::dateTime(u->createdAt);
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("User name");
    case Role:
        return tr("Role");
    case Account:
        return tr("Reseller account");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace bss
