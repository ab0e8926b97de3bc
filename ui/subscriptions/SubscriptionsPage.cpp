#include "ui/subscriptions/SubscriptionsPage.h"

#include "ui/common/Accessibility.h"
#include "ui/common/Format.h"
#include "ui/common/Palette.h"
#include "ui/common/TableColumns.h"
#include "ui/models/SubscriptionsModel.h"
#include "ui/subscriptions/ChangeConfigurationDialog.h"
#include "ui_SubscriptionsPage.h"

#include "app/backend/Backend.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>

namespace bss {

SubscriptionsPage::SubscriptionsPage(Backend *backend, BusyIndicator *busy, QWidget *parent)
    : PageBase(backend, busy, parent)
    , m_ui(std::make_unique<Ui::SubscriptionsPage>()) {
    setObjectName(QStringLiteral("subscriptionsPage"));
    m_ui->setupUi(this);
    setAccessibleName(tr("Subscriptions"));

    m_model = new SubscriptionsModel(this);
    m_model->setBusyIndicator(busy);
    m_ui->subscriptionsTable->setModel(m_model);
    m_ui->subscriptionsTable->verticalHeader()->setVisible(false);
    m_ui->subscriptionsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->subscriptionsTable->horizontalHeader()->setHighlightSections(false);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({380, 340});
    m_ui->customerFilter->setBackend(backend, busy);
    m_ui->customerFilter->setLabel(tr("Customer"));
    m_ui->customerFilter->setNoneLabel(tr("All customers"));
    m_ui->statusFilter->addItem(tr("All statuses"));
    for (SubscriptionStatus s : {SubscriptionStatus::Active, SubscriptionStatus::Cancelled})
        m_ui->statusFilter->addItem(Format::subscriptionStatus(s), static_cast<int>(s));
    m_ui->retryProvisioning->setIcon(QIcon(QStringLiteral(":/icons/retry.svg")));
    m_ui->revealKey->setIcon(QIcon(QStringLiteral(":/icons/reveal.svg")));
    m_ui->changeConfiguration->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ui->activationKey->setFont(mono);

    connect(m_ui->customerFilter, &AccountChooser::currentAccountChanged, this,
            &SubscriptionsPage::applyFilters);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this,
            &SubscriptionsPage::applyFilters);
    accessibility::followSelection(m_ui->subscriptionsTable);
    connect(m_ui->subscriptionsTable->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &SubscriptionsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SubscriptionsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SubscriptionsPage::selectionChanged);
    connect(m_model, &SubscriptionsModel::pageLoaded, this, [this] {
        const bool empty = m_model->rowCount() == 0;
        if (empty) {
            m_ui->emptyState->setText(
                m_ui->customerFilter->currentAccountId() || m_ui->statusFilter->currentIndex() > 0
                    ? tr("No subscription matches the filters.")
                    : tr("No subscriptions yet. Executing an order generates them."));
        }
        m_ui->tableStack->setCurrentWidget(empty
                                               ? static_cast<QWidget *>(m_ui->emptyState)
                                               : static_cast<QWidget *>(m_ui->subscriptionsTable));
        if (!m_columnsFitted && !empty) {
            m_columnsFitted = true;
            fitColumns(m_ui->subscriptionsTable, 300);
        }
        if (m_selectAfterLoad && selectSubscription(*m_selectAfterLoad))
            m_selectAfterLoad.reset();
        else if (!m_ui->subscriptionsTable->currentIndex().isValid() && !empty)
            m_ui->subscriptionsTable->selectRow(0);
    });
    connect(m_model, &SubscriptionsModel::errorOccurred, this,
            [this](const QString &t) { reportError(t); });
    connect(m_ui->changeConfiguration, &QPushButton::clicked, this,
            &SubscriptionsPage::changeConfiguration);
    connect(m_ui->revealKey, &QPushButton::toggled, this, &SubscriptionsPage::revealKey);
    connect(m_ui->retryProvisioning, &QPushButton::clicked, this,
            &SubscriptionsPage::retryProvisioning);
    connect(m_ui->outbox, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_ui->messageBody->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    connect(backend, &Backend::recordChanged, this, [this](Entity entity, Id) {
        // Executed orders and purchases announce each subscription they create.
        if (entity == Entity::Subscription)
            m_stale = true;
    });
    showDetails(std::nullopt);
}

SubscriptionsPage::~SubscriptionsPage() = default;

bool SubscriptionsPage::isReady() const {
    return isActivated() && m_model->isLoaded();
}

void SubscriptionsPage::refresh() {
    if (auto s = selectedSubscription())
        m_selectAfterLoad = s->id;
    applyFilters();
}

void SubscriptionsPage::reactivated() {
    if (m_stale)
        refresh();
}

void SubscriptionsPage::applyFilters() {
    if (!isActivated())
        return;
    m_stale = false;
    SubscriptionQuery query;
    query.accountId = m_ui->customerFilter->currentAccountId();
    if (m_ui->statusFilter->currentIndex() > 0)
        query.status = static_cast<SubscriptionStatus>(m_ui->statusFilter->currentData().toInt());
    Backend *backend = m_backend;
    m_model->setFetch([backend, query](const QString &cursor) {
        auto page = query;
        page.cursor = cursor;
        return backend->subscriptions(page);
    });
    if (!m_ui->customerFilter->isLoaded())
        m_ui->customerFilter->reload();
}

void SubscriptionsPage::focusSearch() {
    m_ui->customerFilter->searchField()->setFocus(Qt::ShortcutFocusReason);
}

void SubscriptionsPage::showCustomer(Id accountId, const QString &name) {
    activate();
    m_ui->customerFilter->setCurrentAccount(accountId, name);
}

bool SubscriptionsPage::selectSubscription(Id id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_ui->subscriptionsTable->selectRow(row);
    m_ui->subscriptionsTable->scrollTo(m_model->index(row, 0));
    return true;
}

std::optional<Subscription> SubscriptionsPage::selectedSubscription() const {
    if (const Subscription *s =
            m_model->valueAt(accessibility::selectedRow(m_ui->subscriptionsTable)))
        return *s;
    return std::nullopt;
}

void SubscriptionsPage::selectionChanged() {
    showDetails(selectedSubscription());
}

void SubscriptionsPage::showDetails(const std::optional<Subscription> &s) {
    m_ui->detailsPane->setEnabled(s.has_value());
    {
        const QSignalBlocker blocker(m_ui->revealKey);
        m_ui->revealKey->setChecked(false);
        setRevealLabel(tr("Reveal"));
    }
    if (!s) {
        for (QLabel *l : {m_ui->product, m_ui->customer, m_ui->seats, m_ui->period, m_ui->freeUntil,
                          m_ui->recurringPrice, m_ui->provisioning, m_ui->activationKey})
            l->setText(QStringLiteral("—"));
        m_ui->retryProvisioning->setVisible(false);
        m_ui->outbox->clear();
        m_ui->messageBody->clear();
        return;
    }
    m_ui->product->setText(s->productName);
    m_ui->customer->setText(s->accountName);
    m_ui->seats->setText(s->pendingSeats ? tr("%1 (%2 from %3)")
                                               .arg(QLocale().toString(s->seats),
                                                    QLocale().toString(*s->pendingSeats),
                                                    Format::date(s->currentPeriodEnd))
                                         : QLocale().toString(s->seats));
    m_ui->period->setText(
        tr("%1 – %2").arg(Format::date(s->currentPeriodStart), Format::date(s->currentPeriodEnd)));
    m_ui->freeUntil->setText(s->freeUntil > s->startedAt ? Format::date(s->freeUntil)
                                                         : tr("no free period"));
    m_ui->recurringPrice->setText(Format::money(s->recurringPrice));
    QString provisioning = Format::provisioning(s->provisioningStatus);
    palette::Tone tone = palette::Tone::Muted;
    if (s->provisioningStatus == ProvisioningStatus::Failed) {
        provisioning = tr("Failed: %1").arg(s->lastError);
        tone = palette::Tone::Error;
    } else if (s->provisioningStatus == ProvisioningStatus::Provisioned) {
        tone = palette::Tone::Ok;
    }
    m_ui->provisioning->setText(provisioning);
    m_ui->provisioning->setStyleSheet(palette::textStyle(tone));
    m_ui->retryProvisioning->setVisible(s->provisioningStatus == ProvisioningStatus::Failed);
    m_ui->activationKey->setText(s->activationKey.isEmpty() ? tr("not issued yet")
                                                            : s->activationKey);
    m_ui->revealKey->setEnabled(!s->activationKey.isEmpty());
    m_ui->changeConfiguration->setEnabled(s->status == SubscriptionStatus::Active);
    loadOutbox(s->id);
}

void SubscriptionsPage::loadOutbox(Id subscriptionId) {
    OutboxQuery query;
    query.subscriptionId = subscriptionId;
    query.limit = 50;
    const int generation = ++m_detailGeneration;
    call(m_backend->outbox(query), [this, generation](const Result<Page<OutboxMessage>> &r) {
        if (generation != m_detailGeneration)
            return;
        m_ui->outbox->clear();
        m_ui->messageBody->clear();
        if (!r) {
            reportError(r.error());
            return;
        }
        for (const OutboxMessage &m : r->items) {
            auto *item = new QTreeWidgetItem(
                m_ui->outbox, {Format::dateTime(m.createdAt), m.recipient, m.subject});
            item->setData(0, Qt::UserRole, m.body);
        }
        if (r->items.isEmpty()) {
            auto *none = new QTreeWidgetItem(m_ui->outbox, {tr("No messages sent yet.")});
            none->setFlags(Qt::NoItemFlags);
            none->setFirstColumnSpanned(true);
        }
        for (int c = 0; c < 2; ++c)
            m_ui->outbox->resizeColumnToContents(c);
        if (!r->items.isEmpty())
            m_ui->outbox->setCurrentItem(m_ui->outbox->topLevelItem(0));
    });
}

void SubscriptionsPage::revealKey(bool reveal) {
    const auto s = selectedSubscription();
    if (!s)
        return;
    if (!reveal) {
        m_ui->activationKey->setText(s->activationKey);
        setRevealLabel(tr("Reveal"));
        return;
    }
    const Id id = s->id;
    call(m_backend->activationKey(id), [this, id](const Result<QString> &r) {
        const auto current = selectedSubscription();
        if (!current || current->id != id || !m_ui->revealKey->isChecked())
            return;
        if (!r) {
            const QSignalBlocker blocker(m_ui->revealKey);
            m_ui->revealKey->setChecked(false);
            reportError(r.error());
            return;
        }
        m_ui->activationKey->setText(r.value());
        setRevealLabel(tr("Hide"));
    });
}

void SubscriptionsPage::setRevealLabel(const QString &label) {
    m_ui->revealKey->setText(label);
    m_ui->revealKey->setAccessibleName(label);
}

void SubscriptionsPage::retryProvisioning() {
    const auto s = selectedSubscription();
    if (!s)
        return;
    m_ui->retryProvisioning->setEnabled(false);
    call(m_backend->retryProvisioning(s->id), [this](const Result<Subscription> &r) {
        m_ui->retryProvisioning->setEnabled(true);
        if (!r) {
            reportError(r.error());
            return;
        }
        m_model->updateRecord(r.value());
        if (r->provisioningStatus == ProvisioningStatus::Failed)
            reportError(tr("Provisioning failed again: %1").arg(r->lastError));
        else
            reportSuccess(tr("%1 provisioned.").arg(r->productName));
    });
}

ChangeConfigurationDialog *SubscriptionsPage::changeConfiguration() {
    const auto s = selectedSubscription();
    if (!s)
        return nullptr;
    auto *dialog = new ChangeConfigurationDialog(m_backend, m_busy, *s, this);
    connect(
        dialog, &ChangeConfigurationDialog::configurationChanged, this,
        [this](const ConfigurationChange &c) {
            m_model->updateRecord(c.subscription);
            reportSuccess(
                tr("Configuration changed: charged now %1, effective %2, new recurring price %3.")
                    .arg(Format::money(c.chargeNow), Format::date(c.effectiveDate),
                         Format::money(c.newRecurringPrice)));
        });
    dialog->open();
    return dialog;
}

void SubscriptionsPage::saveSettings(QSettings &settings) const {
    settings.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("header"),
                      m_ui->subscriptionsTable->horizontalHeader()->saveState());
}

void SubscriptionsPage::restoreSettings(QSettings &settings) {
    m_ui->splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_columnsFitted = m_ui->subscriptionsTable->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("header")).toByteArray());
}

} // namespace bss
