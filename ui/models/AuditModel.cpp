#include "ui/models/AuditModel.h"

#include "ui/common/Format.h"

#include "app/domain/Audit.h"

namespace bss {

int AuditModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const {
    const AuditEntry *e = valueAt(index);
    if (!e || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool code = role == Qt::ToolTipRole;
    switch (index.column()) {
    case When:
        return Format::dateTime(e->at);
    case Who:
        return e->user;
    case Action:
        return code ? e->action : Format::auditAction(e->action);
    case Field:
        if (code)
            return e->field;
        return Format::auditField(e->entity, e->field,
                                  audit::entityOf(e->entity) == audit::Entity::Order
                                      ? lineProduct(Format::auditLineId(e->field))
                                      : QString());
    case Before:
        return code ? e->before : value(*e, e->before);
    case After:
        return code ? e->after : value(*e, e->after);
    default:
        return {};
    }
}

bool AuditModel::isParentField(const QString &field) {
    const std::optional<audit::FieldPath> path = audit::FieldPath::parse(field);
    return path && path->field == audit::Field::ParentId;
}

// A Parent Account is stored as its id; it reads as the account's name once known.
QString AuditModel::value(const AuditEntry &e, const QString &stored) const {
    if (isParentField(e.field)) {
        bool ok = false;
        const Id id = stored.toLongLong(&ok);
        if (ok && m_accountNames.contains(id))
            return m_accountNames.value(id);
    }
    return Format::auditValue(e.entity, e.field, stored);
}

QList<Id> AuditModel::unnamedParents() const {
    QList<Id> ids;
    for (int row = 0; row < rowCount(); ++row) {
        const AuditEntry &e = valueAt(row); // empty while its page is not loaded
        if (!isParentField(e.field))
            continue;
        for (const QString &stored : {e.before, e.after}) {
            bool ok = false;
            const Id id = stored.toLongLong(&ok);
            if (ok && !m_accountNames.contains(id) && !ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

void AuditModel::setAccountName(Id id, const QString &name) {
    m_accountNames.insert(id, name);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Before), index(rowCount() - 1, After));
}

QString AuditModel::lineProduct(Id lineId) const {
    if (lineId == 0)
        return {};
    const QString field = audit::FieldPath::line(lineId).toString();
    // Added as "<product>" or "<product> × <seats>"; removed with the product as the old value.
    for (int row = 0; row < rowCount(); ++row) {
        const AuditEntry &e = valueAt(row);
        if (e.field != field)
            continue;
        const std::optional<audit::Action> action = audit::actionOf(e.action);
        if (action == audit::Action::AddLine)
            return audit::productOfLineValue(e.after);
        if (action == audit::Action::RemoveLine)
            return e.before;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
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
