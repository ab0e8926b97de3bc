#pragma once

#include "ui/models/PagedTableModel.h"

namespace bss {

// Billing > Orders, newest first as the Backend pages them.
class OrdersModel : public PagedTableModel<Order> {
    Q_OBJECT
public:
    enum Column { Number, Customer, Kind, Status, Total, Created, CreatedBy, ColumnCount };

    using PagedTableModel<Order>::PagedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace bss
