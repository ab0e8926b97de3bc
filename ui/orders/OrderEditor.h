#pragma once

#include "ui/common/MessageBar.h"

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QFuture>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class OrderEditor;
}

class QAction;

namespace bss {

class Backend;
class BusyIndicator;
class OrderLinesModel;
class ProductChooserDialog;
class SeatsPanel;

// One order: header (number, customer, status, total), the Products tab with its lines
// (Quick Add > Product; an incomplete line is red; the pencil opens the Seats panel), the
// blockers that keep Execute disabled, and the subscriptions that executing generated.
// Executed and cancelled orders are read-only.
class OrderEditor : public QWidget {
    Q_OBJECT
public:
    OrderEditor(Backend *backend, BusyIndicator *busy, QWidget *parent = nullptr);
    ~OrderEditor() override;

    void openOrder(Id orderId);
    void reload();
    const std::optional<Order> &order() const { return m_order; }
    bool isLoaded() const { return m_loaded; }

    ProductChooserDialog *openProductChooser();
    void addProduct(Id productId);
    // The pencil button of line `row`: opens the Seats panel.
    void editLine(int row);
    SeatsPanel *seatsPanel() const;
    void saveSeats();
    // True while the pencil panel is open on a line of a draft and no save is under way.
    bool canSave() const;
    void execute();
    void cancelOrder();

Q_SIGNALS:
    void backRequested();
    void orderChanged(const bss::Order &order);
    void messagePosted(bss::MessageBar::Kind kind, const QString &text);
    void subscriptionsRequested(bss::Id accountId, const QString &accountName);
    // canSave() may answer differently now.
    void saveableChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadCatalog();
    void fitProductColumn();
    void setOrder(const Order &order);
    void updatePencils();
    void updateState();
    void showSubscriptions(const QList<Subscription> &subscriptions);
    void loadSubscriptions();
    void saveLineSeats(Id lineId, int seats);
    void removeSelectedLine();
    std::optional<Product> productFor(Id productId) const;
    void reportError(const Error &error);
    // One change of the order: the editor is busy (its buttons off) until the answer; then
    // `done` gets the value, or the refusal goes to `refused` (the message bar when none).
    template <typename T, typename Done>
    void change(QFuture<Result<T>> future, Done done,
                std::function<void(const Error &)> refused = {});

    std::unique_ptr<Ui::OrderEditor> m_ui;
    Backend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;
    OrderLinesModel *m_lines = nullptr;
    QAction *m_addProduct = nullptr;
    std::optional<Order> m_order;
    QList<Product> m_products;
    QList<Platform> m_platforms;
    bool m_loaded = false;
    bool m_working = false;
    bool m_retrySeats = false; // the last Seats save found the server unreachable
    int m_generation = 0;
};

} // namespace bss
