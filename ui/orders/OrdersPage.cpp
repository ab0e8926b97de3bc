#include "ui/orders/OrdersPage.h"

#include "ui/common/Accessibility.h"
#include "ui/common/Format.h"
#include "ui/common/TableColumns.h"
#include "ui/models/OrdersModel.h"
#include "ui/orders/NewOrderDialog.h"
#include "ui/orders/OrderEditor.h"
#include "ui_OrdersPage.h"

#include "app/backend/Backend.h"
#include "app/domain/Audit.h"

#include <QHeaderView>
#include <QSettings>

#include <utility>

namespace bss {

OrdersPage::OrdersPage(Backend *backend, BusyIndicator *busy, QWidget *parent)
    : PageBase(backend, busy, parent)
    , m_ui(std::make_unique<Ui::OrdersPage>()) {
    setObjectName(QStringLiteral("ordersPage"));
    m_ui->setupUi(this);
    setAccessibleName(tr("Orders"));

    m_model = new OrdersModel(this);
    m_model->setBusyIndicator(busy);
    m_ui->ordersTable->setModel(m_model);
    m_ui->ordersTable->verticalHeader()->setVisible(false);
    m_ui->ordersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->ordersTable->horizontalHeader()->setHighlightSections(false);
    m_ui->audit->setBackend(backend, busy);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_ui->statusFilter->addItem(tr("All statuses"));
    for (OrderStatus s : {OrderStatus::Draft, OrderStatus::Executed, OrderStatus::Cancelled})
        m_ui->statusFilter->addItem(Format::orderStatus(s), static_cast<int>(s));
    m_ui->customerFilter->setBackend(backend, busy);
    m_ui->customerFilter->setLabel(tr("Customer"));
    m_ui->customerFilter->setNoneLabel(tr("All customers"));
    m_ui->newOrder->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    m_ui->openOrder->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));

    m_editor = new OrderEditor(backend, busy, m_ui->views);
    m_ui->views->addWidget(m_editor);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &OrdersPage::applyFilters);
    connect(m_ui->searchOrders, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    // Enter searches at once instead of after the typing pause.
    connect(m_ui->searchOrders, &QLineEdit::returnPressed, this, &OrdersPage::applyFilters);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilters);
    connect(m_ui->customerFilter, &AccountChooser::currentAccountChanged, this,
            &OrdersPage::applyFilters);
    connect(m_ui->newOrder, &QPushButton::clicked, this, [this] { startNewOrder(); });
    connect(m_ui->openOrder, &QPushButton::clicked, this, [this] {
        if (auto o = selectedOrder())
            openOrder(o->id);
    });
    connect(m_ui->ordersTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Order *o = m_model->valueAt(index))
            openOrder(o->id);
    });
    accessibility::followSelection(m_ui->ordersTable);
    connect(m_ui->ordersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersPage::selectionChanged);
    connect(m_model, &OrdersModel::pageLoaded, this, [this] {
        if (m_countAfterPage && m_model->isLoaded()) // not a page of the rows a refresh replaces
            countOrders(*std::exchange(m_countAfterPage, std::nullopt));
        updateEmptyState();
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            m_columnsFitted = true;
            fitColumns(m_ui->ordersTable);
        }
        if (!m_ui->ordersTable->currentIndex().isValid() && m_model->rowCount() > 0)
            m_ui->ordersTable->selectRow(0);
    });
    connect(m_model, &OrdersModel::errorOccurred, this,
            [this](const QString &text) { reportError(text); });

    connect(m_editor, &OrderEditor::backRequested, this, &OrdersPage::showList);
    connect(m_editor, &OrderEditor::saveableChanged, this, &PageBase::actionsChanged);
    connect(m_editor, &OrderEditor::messagePosted, this, &PageBase::messagePosted);
    connect(m_editor, &OrderEditor::subscriptionsRequested, this,
            &OrdersPage::subscriptionsRequested);
    connect(m_editor, &OrderEditor::orderChanged, this, [this](const Order &order) {
        if (!m_model->updateRecord(order))
            m_listStale = true;
    });
    connect(backend, &Backend::recordChanged, this, [this](Entity entity, Id) {
        if (entity == Entity::Order)
            m_listStale = true;
    });
    selectionChanged();
}

OrdersPage::~OrdersPage() = default;

bool OrdersPage::isReady() const {
    if (!isActivated())
        return false;
    return isEditing() ? m_editor->isLoaded() : m_model->isLoaded();
}

bool OrdersPage::isEditing() const {
    return m_ui->views->currentWidget() == m_editor;
}

void OrdersPage::refresh() {
    if (isEditing())
        m_editor->reload();
    else
        loadOrders(true);
}

void OrdersPage::applyFilters() {
    loadOrders(false);
}

void OrdersPage::loadOrders(bool keepRows) {
    if (!isActivated())
        return;
    m_searchDelay.stop();
    m_listStale = false;
    OrderQuery query;
    query.q = m_ui->searchOrders->text().trimmed();
    if (m_ui->statusFilter->currentIndex() > 0)
        query.status = static_cast<OrderStatus>(m_ui->statusFilter->currentData().toInt());
    query.accountId = m_ui->customerFilter->currentAccountId();
    Backend *backend = m_backend;
    auto fetch = [backend, query](const PageWindow &window) {
        return backend->orders(window.applyTo(query));
    };
    // The same list again keeps its rows until the answer comes (and when none comes).
    if (keepRows)
        m_model->refreshWindowFetch(fetch);
    else
        m_model->setWindowFetch(fetch);
    // Counted once the first page is in (see AccountsPage::applyFilters).
    ++m_countGeneration;
    m_countAfterPage = query;
    if (!m_ui->customerFilter->isLoaded())
        m_ui->customerFilter->reload();
}

void OrdersPage::countOrders(const OrderQuery &query) {
    const int generation = ++m_countGeneration;
    call(m_backend->countOrders(query), [this, generation](const Result<qint64> &r) {
        if (generation != m_countGeneration)
            return;
        if (r)
            m_model->setTotal(r.value());
        m_ui->orderCount->setText(r ? tr("%Ln order(s)", nullptr, static_cast<int>(r.value()))
                                    : QString());
    });
}

void OrdersPage::updateEmptyState() {
    const bool empty = m_model->isLoaded() && m_model->rowCount() == 0;
    if (empty) {
        const bool filtered = !m_ui->searchOrders->text().isEmpty() ||
                              m_ui->statusFilter->currentIndex() > 0 ||
                              m_ui->customerFilter->currentAccountId();
        m_ui->emptyState->setText(
            filtered ? tr("No order matches the search and filters.")
                     : tr("No orders yet. Click “New order” to place the first one."));
    }
    m_ui->tableStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_ui->emptyState)
                                             : static_cast<QWidget *>(m_ui->ordersTable));
}

std::optional<Order> OrdersPage::selectedOrder() const {
    if (const Order *o = m_model->valueAt(accessibility::selectedRow(m_ui->ordersTable)))
        return *o;
    return std::nullopt;
}

void OrdersPage::selectionChanged() {
    const auto order = selectedOrder();
    m_ui->openOrder->setEnabled(order.has_value());
    m_ui->audit->setSubject(audit::toString(audit::Entity::Order),
                            order ? std::optional<Id>(order->id) : std::nullopt,
                            order ? order->number : QString());
}

void OrdersPage::createNew() {
    startNewOrder();
}

void OrdersPage::focusSearch() {
    if (isEditing())
        showList();
    m_ui->searchOrders->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchOrders->selectAll();
}

void OrdersPage::save() {
    if (isEditing())
        m_editor->saveSeats();
}

bool OrdersPage::canSave() const {
    return isEditing() && m_editor->canSave();
}

NewOrderDialog *OrdersPage::startNewOrder(std::optional<Id> accountId, const QString &accountName) {
    auto *dialog = new NewOrderDialog(m_backend, m_busy, this);
    if (accountId)
        dialog->setCustomer(*accountId, accountName);
    connect(dialog, &NewOrderDialog::orderCreated, this, [this](const Order &order) {
        m_listStale = true;
        openOrder(order.id);
        reportSuccess(
            tr("Draft order %1 created. Add products with Quick Add > Product.").arg(order.number));
    });
    dialog->open();
    return dialog;
}

void OrdersPage::openOrder(Id orderId) {
    m_ui->views->setCurrentWidget(m_editor);
    m_editor->openOrder(orderId);
    Q_EMIT actionsChanged();
}

void OrdersPage::showList() {
    m_ui->views->setCurrentWidget(m_ui->listView);
    Q_EMIT actionsChanged();
    if (m_listStale)
        applyFilters();
}

void OrdersPage::reactivated() {
    if (!isEditing() && m_listStale)
        applyFilters();
}

void OrdersPage::saveSettings(QSettings &settings) const {
    settings.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_ui->ordersTable->horizontalHeader()->saveState());
}

void OrdersPage::restoreSettings(QSettings &settings) {
    m_ui->splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_columnsFitted = m_ui->ordersTable->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("header")).toByteArray());
}

} // namespace bss
