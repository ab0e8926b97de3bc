#pragma once

#include "ui/models/PagedTableModel.h"

#include <QIcon>

namespace bss {

// Office > Accounts: one row per account, one column per provisioning platform showing that
// platform's Provisioning Sync Status, so Microsoft never vouches for Kaspersky.
class AccountsModel : public PagedTableModel<Account> {
    Q_OBJECT
public:
    enum Column { Name, Type, Email, Parent, FirstPlatform };

    explicit AccountsModel(QObject *parent = nullptr);

    void setPlatforms(const QList<Platform> &platforms);
    const QList<Platform> &platforms() const { return m_platforms; }
    // The platform code shown in `column`, empty for the other columns.
    QString platformAt(int column) const;
    int columnOf(const QString &platform) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Platform> m_platforms;
    // Made once: a QIcon made per cell parses and renders its SVG again on every paint.
    QIcon m_synchronizedIcon;
    QIcon m_failedIcon;
    QIcon m_unsynchronizedIcon;
};

} // namespace bss
