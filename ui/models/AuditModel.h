#pragma once

#include "ui/models/PagedTableModel.h"

namespace bss {

// Who changed what, when: old → new, newest first.
class AuditModel : public PagedTableModel<AuditEntry>
{
    Q_OBJECT
public:
    enum Column { When, Who, Action, Field, Before, After, ColumnCount };

    using PagedTableModel<AuditEntry>::PagedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace bss
