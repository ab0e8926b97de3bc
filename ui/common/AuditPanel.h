#pragma once

#include "app/domain/Types.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QTableView;

namespace bss {

class AuditModel;
class Backend;
class BusyIndicator;

// The audit trail of one record: who, when, field, old → new.
class AuditPanel : public QWidget {
    Q_OBJECT
public:
    explicit AuditPanel(QWidget *parent = nullptr);

    void setBackend(Backend *backend, BusyIndicator *busy);
    // Shows the trail of `entity` ("account", "order", ...) `id`; no id clears it.
    void setSubject(const QString &entity, std::optional<Id> id, const QString &title = {});
    void reload();

    QTableView *table() const { return m_table; }
    AuditModel *model() const { return m_model; }

private:
    void updateEmptyState();
    void nameParents();

    Backend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;
    QSet<Id> m_asked; // Parent Accounts whose names were asked for
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    AuditModel *m_model = nullptr;
    QString m_entity;
    std::optional<Id> m_id;
};

} // namespace bss
