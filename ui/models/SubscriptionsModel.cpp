#include "ui/models/SubscriptionsModel.h"

#include "ui/common/Format.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bss {

int SubscriptionsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionsModel::data(const QModelIndex &index, int role) const {
    const Subscription *s = valueAt(index);
    if (!s)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && (column == Seats || column == RecurringPrice))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == Provisioning) {
        if (s->provisioningStatus == ProvisioningStatus::Failed)
            return QBrush(palette::text(palette::Tone::Error));
        if (s->provisioningStatus == ProvisioningStatus::Provisioned)
            return QBrush(palette::text(palette::Tone::Ok));
        return {};
    }
    if (role == Qt::ToolTipRole && column == Provisioning && !s->lastError.isEmpty())
        return s->lastError;
    if (role == Qt::ToolTipRole && column == Seats && s->pendingSeats)
        return tr("%1 seats from the next period").arg(*s->pendingSeats);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Customer:
        return s->accountName;
    case Product:
        return s->productName;
    case Seats:
        if (s->pendingSeats)
            return tr("%1 → %2").arg(QLocale().toString(s->seats),
                                     QLocale().toString(*s->pendingSeats));
        return QLocale().toString(s->seats);
    case Status:
        return Format::subscriptionStatus(s->status);
    case Provisioning:
        return Format::provisioning(s->provisioningStatus);
    case PeriodEnd:
        return Format::date(s->currentPeriodEnd);
    case RecurringPrice:
        return Format::money(s->recurringPrice);
    default:
        return {};
    }
}

QVariant SubscriptionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer:
        return tr("Customer");
    case Product:
        return tr("Product");
    case Seats:
        return tr("Seats");
    case Status:
        return tr("Status");
    case Provisioning:
        return tr("Provisioning");
    case PeriodEnd:
        return tr("Next period");
    case RecurringPrice:
        return tr("Recurring price");
    default:
        return {};
    }
}

} // namespace bss
