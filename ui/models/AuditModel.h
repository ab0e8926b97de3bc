#pragma once

#include "ui/models/PagedTableModel.h"

#include <QHash>

namespace bss {

// Who changed what, when: old → new, newest first, in words (Format::auditAction, auditField,
// auditValue); the tooltip of the action, field and values keeps the stored code for QA.
class AuditModel : public PagedTableModel<AuditEntry> {
    Q_OBJECT
public:
    enum Column { When, Who, Action, Field, Before, After, ColumnCount };

    using PagedTableModel<AuditEntry>::PagedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The accounts whose ids the loaded entries hold as a Parent Account, not yet named.
    QList<Id> unnamedParents() const;
    // Shows the Parent Account `id` as `name` instead of its id.
    void setAccountName(Id id, const QString &name);

private:
    static bool isParentField(const QString &field);
    QString value(const AuditEntry &e, const QString &stored) const;
    QHash<Id, QString> m_accountNames;
    // The product of order line `lineId` as the loaded part of the trail names it (the entry
    // that added or removed the line); empty when that entry is not loaded.
    QString lineProduct(Id lineId) const;
};

} // namespace bss
