#include "ui/models/OrdersModel.h"

#include "ui/common/Format.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QColor>

namespace bss {

int OrdersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const {
    const Order *order = valueAt(index);
    if (!order)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Total)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status &&
        order->status == OrderStatus::Cancelled)
        return QBrush(palette::text(palette::Tone::Muted));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number:
        return order->number;
    case Customer:
        return order->accountName;
    case Kind:
        return Format::orderKind(order->kind);
    case Status:
        return Format::orderStatus(order->status);
    case Total:
        return Format::money(order->total);
    case Created:
        return Format::dateTime(order->createdAt);
    case CreatedBy:
        return order->createdBy;
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Total:
        return tr("Total");
    case Created:
        return tr("Created");
    case CreatedBy:
        return tr("Created by");
    default:
        return {};
    }
}

} // namespace bss
