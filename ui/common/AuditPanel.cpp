#include "ui/common/AuditPanel.h"

#include "ui/common/Async.h"
#include "ui/common/TableColumns.h"
#include "ui/models/AuditModel.h"

#include "app/backend/Backend.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace bss {

AuditPanel::AuditPanel(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Audit"), this);
    m_title->setObjectName(QStringLiteral("auditTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit"));
    m_model = new AuditModel(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    // Old and new values can be long: a column shows its whole value up to 320 px (the tooltip
    // has the rest) and the last column takes what is left.
    fitColumnsOnEachQuery(m_table, m_model, 320);
    m_title->setBuddy(m_table);
    // A record with no trail yet says so, instead of showing an empty table.
    m_empty = new QLabel(tr("No changes are recorded for this record yet."), this);
    m_empty->setObjectName(QStringLiteral("auditEmpty"));
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(6);
    m_empty->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addWidget(m_empty, 1);
    connect(m_model, &AuditModel::pageLoaded, this, &AuditPanel::updateEmptyState);
    connect(m_model, &AuditModel::pageLoaded, this, &AuditPanel::nameParents);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPanel::updateEmptyState);
}

void AuditPanel::updateEmptyState() {
    const bool empty = m_id && m_model->isLoaded() && m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

// Parent Accounts are recorded by id: ask for their names once, and show those.
void AuditPanel::nameParents() {
    if (!m_backend)
        return;
    for (const Id id : m_model->unnamedParents()) {
        if (m_asked.contains(id))
            continue;
        m_asked.insert(id);
        whenReady(m_backend->account(id), this, m_busy, [this, id](const Result<Account> &r) {
            if (r)
                m_model->setAccountName(id, r->name);
        });
    }
}

void AuditPanel::setBackend(Backend *backend, BusyIndicator *busy) {
    m_backend = backend;
    m_busy = busy;
    m_model->setBusyIndicator(busy);
}

void AuditPanel::setSubject(const QString &entity, std::optional<Id> id, const QString &title) {
    m_entity = entity;
    m_id = id;
    m_title->setText(title.isEmpty() ? tr("Audit") : tr("Audit: %1").arg(title));
    m_table->setAccessibleName(m_title->text()); // what its label reads
    reload();
}

void AuditPanel::reload() {
    if (!m_backend || !m_id) {
        m_model->setFetch({});
        return;
    }
    Backend *backend = m_backend;
    AuditQuery query;
    query.entity = m_entity;
    query.entityId = m_id;
    m_model->setFetch([backend, query](const QString &cursor) {
        auto page = query;
        page.cursor = cursor;
        return backend->audit(page);
    });
}

} // namespace bss
