#include "ui/models/AuditModel.h"

#include "ui/common/Format.h"

namespace bss {

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *e = valueAt(index);
    if (!e || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case When:
        return Format::dateTime(e->at);
    case Who:
        return e->user;
    case Action:
        return e->action;
    case Field:
        return e->field;
    case Before:
        return e->before;
    case After:
        return e->after;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case Field:
        return tr("Field");
    case Before:
        return tr("Old value");
    case After:
        return tr("New value");
    default:
        return {};
    }
}

} // namespace bss
