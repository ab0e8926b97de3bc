#pragma once

#include "ui/models/PagedTableModel.h"

namespace bss {

// The subscriptions executed orders generated, paged.
class SubscriptionsModel : public PagedTableModel<Subscription> {
    Q_OBJECT
public:
    enum Column {
        Customer,
        Product,
        Seats,
        Provisioning,
        PeriodEnd,
        RecurringPrice,
        Status,
        ColumnCount
    };

    using PagedTableModel<Subscription>::PagedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace bss
