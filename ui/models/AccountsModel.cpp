#include "ui/models/AccountsModel.h"

#include "ui/common/Format.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

namespace bss {

AccountsModel::AccountsModel(QObject *parent)
    : PagedTableModel<Account>(parent)
    , m_synchronizedIcon(QStringLiteral(":/icons/ok.svg"))
    , m_failedIcon(QStringLiteral(":/icons/error.svg"))
    , m_unsynchronizedIcon(QStringLiteral(":/icons/sync.svg")) {
    for (const char *code : {"kaspersky", "microsoft", "acronis"}) {
        const QString c = QLatin1String(code);
        m_platforms.append({c, Format::platformName(c)});
    }
}

void AccountsModel::setPlatforms(const QList<Platform> &platforms) {
    if (platforms.isEmpty())
        return;
    beginResetModel();
    m_platforms = platforms;
    endResetModel();
}

QString AccountsModel::platformAt(int column) const {
    const int i = column - FirstPlatform;
    return i >= 0 && i < m_platforms.size() ? m_platforms.at(i).code : QString();
}

int AccountsModel::columnOf(const QString &platform) const {
    for (int i = 0; i < m_platforms.size(); ++i) {
        if (m_platforms.at(i).code == platform)
            return FirstPlatform + i;
    }
    return -1;
}

int AccountsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : FirstPlatform + static_cast<int>(m_platforms.size());
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const {
    const Account *account = valueAt(index);
    if (!account)
        return {};
    const int column = index.column();
    if (column >= FirstPlatform) {
        const QString platform = platformAt(column);
        const PlatformSync *sync = account->syncFor(platform);
        const SyncStatus status = sync ? sync->status : SyncStatus::UnSynchronized;
        switch (role) {
        case Qt::DisplayRole:
            return Format::syncStatus(status);
        case Qt::ToolTipRole:
            if (status == SyncStatus::Failed && sync)
                return tr("Failed: %1\nClick to open Sync Options and retry.").arg(sync->lastError);
            if (status == SyncStatus::Synchronized && sync)
                return tr("Synchronized with %1 on %2")
                    .arg(m_platforms.at(column - FirstPlatform).name,
                         Format::dateTime(sync->syncedAt));
            return tr("Not synchronized with %1. Click to open Sync Options.")
                .arg(m_platforms.at(column - FirstPlatform).name);
        case Qt::ForegroundRole:
            switch (status) {
            case SyncStatus::Synchronized:
                return QBrush(palette::text(palette::Tone::Ok));
            case SyncStatus::Failed:
                return QBrush(palette::text(palette::Tone::Error));
            case SyncStatus::UnSynchronized:
                return QBrush(palette::text(palette::Tone::Muted));
            }
            return {};
        case Qt::DecorationRole:
            switch (status) {
            case SyncStatus::Synchronized:
                return m_synchronizedIcon;
            case SyncStatus::Failed:
                return m_failedIcon;
            case SyncStatus::UnSynchronized:
                return m_unsynchronizedIcon;
            }
            return {};
        case Qt::UserRole:
            return static_cast<int>(status);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Name:
            return account->name;
        case Type:
            return Format::accountType(account->type);
        case Email:
            return account->email;
        case Parent:
            return account->parentName;
        default:
            return {};
        }
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= FirstPlatform && section < columnCount())
        return tr("Provisioning Sync Status on %1")
            .arg(m_platforms.at(section - FirstPlatform).name);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Email:
        return tr("Email");
    case Parent:
        return tr("Parent Account");
    default:
        if (section >= FirstPlatform && section < columnCount())
            return m_platforms.at(section - FirstPlatform).name;
        return {};
    }
}

} // namespace bss
