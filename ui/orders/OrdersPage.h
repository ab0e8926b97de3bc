#pragma once

#include "ui/common/PageBase.h"

#include "app/domain/Types.h"

#include <QTimer>

#include <memory>

namespace Ui {
class OrdersPage;
}

namespace bss {

class NewOrderDialog;
class OrderEditor;
class OrdersModel;

// Billing > Orders: the paged list with filters (status, customer, number), New order, and
// the order editor in place of the list while an order is open.
class OrdersPage : public PageBase {
    Q_OBJECT
public:
    OrdersPage(Backend *backend, BusyIndicator *busy, QWidget *parent = nullptr);
    ~OrdersPage() override;

    bool isReady() const override;
    void refresh() override;
    void createNew() override;
    void focusSearch() override;
    void save() override;
    bool canCreate() const override { return true; }
    // Save stores the Seats of the line in the order editor's pencil panel.
    bool canSave() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;

    OrdersModel *model() const { return m_model; }
    OrderEditor *editor() const { return m_editor; }
    bool isEditing() const;
    NewOrderDialog *startNewOrder(std::optional<Id> accountId = {},
                                  const QString &accountName = {});
    void openOrder(Id orderId);
    void showList();

Q_SIGNALS:
    void subscriptionsRequested(bss::Id accountId, const QString &accountName);

private:
    void applyFilters();
    void loadOrders(bool keepRows);
    void countOrders(const OrderQuery &query);
    void updateEmptyState();
    void selectionChanged();
    std::optional<Order> selectedOrder() const;

    std::unique_ptr<Ui::OrdersPage> m_ui;
    OrdersModel *m_model = nullptr;
    OrderEditor *m_editor = nullptr;
    QTimer m_searchDelay;
    int m_countGeneration = 0;
    std::optional<OrderQuery> m_countAfterPage; // counted once the first page is in
    bool m_listStale = false;
    bool m_columnsFitted = false;

protected:
    void reactivated() override;
};

} // namespace bss
