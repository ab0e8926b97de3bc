#include "ui/orders/OrderEditor.h"

#include "ui/common/Accessibility.h"
#include "ui/common/Async.h"
#include "ui/common/Confirm.h"
#include "ui/common/Format.h"
#include "ui/common/Palette.h"
#include "ui/models/OrderLinesModel.h"
#include "ui/orders/ProductChooserDialog.h"
#include "ui/orders/SeatsPanel.h"
#include "ui_OrderEditor.h"

#include "app/backend/Backend.h"

#include "app/domain/Audit.h"
#include <utility>

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QToolButton>

namespace bss {

namespace {

// Paints a selected row in the colours its model asks for (OrderLinesModel's dark red for an
// incomplete line), so the seed's red entry does not turn into the ordinary selection blue
// while its pencil panel is open.
class LineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!(option->state & QStyle::State_Selected))
            return;
        const QVariant background = index.data(OrderLinesModel::SelectedBackgroundRole);
        const QVariant text = index.data(OrderLinesModel::SelectedForegroundRole);
        if (!background.isValid())
            return;
        for (QPalette::ColorGroup group :
             {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            option->palette.setBrush(group, QPalette::Highlight, background.value<QBrush>());
            if (text.isValid())
                option->palette.setColor(group, QPalette::HighlightedText, text.value<QColor>());
        }
    }
};

} // namespace

OrderEditor::OrderEditor(Backend *backend, BusyIndicator *busy, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderEditor>())
    , m_backend(backend)
    , m_busy(busy) {
    setObjectName(QStringLiteral("orderEditor"));
    m_ui->setupUi(this);
    setAccessibleName(tr("Order"));

    m_lines = new OrderLinesModel(this);
    m_ui->orderLines->setModel(m_lines);
    m_ui->orderLines->setItemDelegate(new LineDelegate(m_ui->orderLines));
    m_ui->orderLines->verticalHeader()->setVisible(false);
    // Every column as wide as its values; the product takes the room left, but never less than
    // its names need (with the Seats panel open the table scrolls sideways instead).
    m_ui->orderLines->horizontalHeader()->setStretchLastSection(false);
    m_ui->orderLines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->orderLines->viewport()->installEventFilter(this);
    m_ui->seatsPanel->installEventFilter(this);
    connect(m_lines, &QAbstractItemModel::modelReset, this, &OrderEditor::fitProductColumn);
    m_ui->orderLines->horizontalHeader()->setHighlightSections(false);
    m_ui->seatsPanel->setBackend(backend, busy);
    m_ui->seatsPanel->setObjectName(QStringLiteral("seatsPanel"));
    m_ui->seatsPanel->setVisible(false);
    m_ui->audit->setBackend(backend, busy);
    // The Seats panel keeps the width it needs; the lines take the rest.
    m_ui->linesSplitter->setStretchFactor(0, 1);
    m_ui->linesSplitter->setStretchFactor(1, 0);

    QFont big = m_ui->number->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->number->setFont(big);
    QFont bold = m_ui->total->font();
    bold.setBold(true);
    m_ui->total->setFont(bold);

    m_ui->backToOrders->setIcon(QIcon(QStringLiteral(":/icons/back.svg")));
    m_ui->quickAdd->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    m_ui->execute->setIcon(QIcon(QStringLiteral(":/icons/execute.svg")));
    m_ui->cancelOrder->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    auto *quickAddMenu = new QMenu(m_ui->quickAdd);
    quickAddMenu->setObjectName(QStringLiteral("quickAddMenu"));
    m_addProduct = quickAddMenu->addAction(tr("Product"));
    m_addProduct->setObjectName(QStringLiteral("quickAddProduct"));
    m_ui->quickAdd->setMenu(quickAddMenu);
    // A split button, not an instant popup: its menu is in the accessibility tree, and Space,
    // Enter or a click opens it (Qt 6.4 cannot open an instant popup through accessibility).
    connect(m_ui->quickAdd, &QToolButton::clicked, m_ui->quickAdd, &QToolButton::showMenu);
    m_ui->tabs->tabBar()->setAccessibleName(tr("Order sections"));
    m_ui->editSelectedLine->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));

    connect(m_addProduct, &QAction::triggered, this, &OrderEditor::openProductChooser);
    connect(m_ui->backToOrders, &QPushButton::clicked, this, &OrderEditor::backRequested);
    connect(m_ui->removeLine, &QPushButton::clicked, this, &OrderEditor::removeSelectedLine);
    connect(m_ui->editSelectedLine, &QPushButton::clicked, this,
            [this] { editLine(accessibility::selectedRow(m_ui->orderLines).row()); });
    connect(m_ui->execute, &QPushButton::clicked, this, &OrderEditor::execute);
    connect(m_ui->cancelOrder, &QPushButton::clicked, this, &OrderEditor::cancelOrder);
    connect(m_ui->showSubscriptions, &QPushButton::clicked, this, [this] {
        if (m_order)
            Q_EMIT subscriptionsRequested(m_order->accountId, m_order->accountName);
    });
    connect(m_ui->seatsPanel, &SeatsPanel::saveRequested, this, &OrderEditor::saveLineSeats);
    connect(m_ui->seatsPanel, &SeatsPanel::closeRequested, this, [this] {
        m_ui->seatsPanel->setVisible(false);
        updateState();
    });
    connect(m_ui->orderLines, &QTableView::activated, this,
            [this](const QModelIndex &index) { editLine(index.row()); });
    accessibility::followSelection(m_ui->orderLines);
    connect(m_ui->orderLines->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrderEditor::updateState);
    updateState();
}

OrderEditor::~OrderEditor() = default;

template <typename T, typename Done>
void OrderEditor::change(QFuture<Result<T>> future, Done done,
                         std::function<void(const Error &)> refused) {
    m_working = true;
    updateState();
    whenReady(std::move(future), this, m_busy,
              [this, done = std::move(done), refused = std::move(refused)](const Result<T> &r) {
                  m_working = false;
                  if (!r) {
                      updateState();
                      if (refused)
                          refused(r.error());
                      else
                          reportError(r.error());
                      return;
                  }
                  done(r.value());
              });
}

bool OrderEditor::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_ui->orderLines->viewport() && event->type() == QEvent::Resize)
        fitProductColumn();
    // Beside the Seats panel the lines give up their Platform column (the product names it),
    // so that they fit without scrolling sideways.
    if (watched == m_ui->seatsPanel &&
        (event->type() == QEvent::Show || event->type() == QEvent::Hide)) {
        const bool shown = event->type() == QEvent::Show;
        m_ui->orderLines->setColumnHidden(OrderLinesModel::PlatformName, shown);
        if (shown) { // the panel as narrow as its contents allow
            const int panel =
                qMax(m_ui->seatsPanel->minimumWidth(), m_ui->seatsPanel->minimumSizeHint().width());
            const int total = m_ui->linesSplitter->width();
            m_ui->linesSplitter->setSizes({total - panel, panel});
        }
        fitProductColumn();
    }
    return QWidget::eventFilter(watched, event);
}

void OrderEditor::fitProductColumn() {
    QTableView *table = m_ui->orderLines;
    QHeaderView *header = table->horizontalHeader();
    // What ResizeToContents gives a column (QTableView hides the public sizeHintForColumn).
    const auto needs = [table, header](int column) {
        return qMax(header->sectionSizeHint(column),
                    static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column));
    };
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != OrderLinesModel::Product && !header->isSectionHidden(column))
            others += needs(column);
    }
    const int product = needs(OrderLinesModel::Product);
    if (table->viewport()->width() >= others + product) {
        header->setSectionResizeMode(OrderLinesModel::Product, QHeaderView::Stretch);
    } else {
        header->setSectionResizeMode(OrderLinesModel::Product, QHeaderView::Fixed);
        header->resizeSection(OrderLinesModel::Product, product);
    }
}

SeatsPanel *OrderEditor::seatsPanel() const {
    return m_ui->seatsPanel;
}

void OrderEditor::loadCatalog() {
    if (!m_products.isEmpty())
        return;
    whenReady(m_backend->platforms(), this, m_busy, [this](const Result<QList<Platform>> &r) {
        if (r) {
            m_platforms = r.value();
            if (m_order)
                m_lines->setLines(m_order->lines, m_platforms);
            updatePencils();
        }
    });
    whenReady(m_backend->products(), this, m_busy, [this](const Result<QList<Product>> &r) {
        if (r)
            m_products = r.value();
        else
            reportError(r.error());
    });
}

void OrderEditor::openOrder(Id orderId) {
    loadCatalog();
    m_loaded = false;
    m_order.reset();
    m_ui->seatsPanel->setVisible(false);
    m_ui->tabs->setCurrentWidget(m_ui->productsTab);
    m_ui->number->setText(orderNumber(orderId));
    m_lines->setLines({}, m_platforms);
    m_ui->generatedSubscriptions->clear();
    updateState();
    const int generation = ++m_generation;
    whenReady(m_backend->order(orderId), this, m_busy, [this, generation](const Result<Order> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            reportError(r.error());
            return;
        }
        setOrder(r.value());
        m_ui->audit->setSubject(audit::toString(audit::Entity::Order), r->id, r->number);
        loadSubscriptions();
    });
}

void OrderEditor::reload() {
    if (!m_order)
        return;
    // Retry after a save the server could not take sends the Seats typed again instead of
    // reloading the order, which would close the pencil panel and drop them.
    if (std::exchange(m_retrySeats, false) && m_ui->seatsPanel->isVisible()) {
        m_ui->seatsPanel->save();
        return;
    }
    openOrder(m_order->id);
}

void OrderEditor::setOrder(const Order &order) {
    const std::optional<Id> editing =
        m_ui->seatsPanel->isVisible() ? m_ui->seatsPanel->lineId() : std::nullopt;
    m_order = order;
    m_loaded = true;
    m_ui->number->setText(order.number);
    m_ui->customer->setText(order.accountName);
    m_ui->status->setText(Format::orderStatus(order.status));
    m_ui->total->setText(Format::money(order.total));
    m_ui->created->setText(tr("%1 by %2").arg(Format::dateTime(order.createdAt), order.createdBy));
    m_ui->executed->setText(order.executedAt.isValid() ? Format::dateTime(order.executedAt)
                                                       : tr("not yet"));
    m_lines->setLines(order.lines, m_platforms);
    m_ui->linesStack->setCurrentWidget(order.lines.isEmpty()
                                           ? static_cast<QWidget *>(m_ui->noLines)
                                           : static_cast<QWidget *>(m_ui->orderLines));
    updatePencils();

    m_ui->blockers->clear();
    if (order.status == OrderStatus::Draft) {
        if (order.blockers.isEmpty()) {
            auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/ok.svg")),
                                             tr("Ready to execute."), m_ui->blockers);
            item->setForeground(palette::text(palette::Tone::Ok));
        }
        for (const QString &b : order.blockers) {
            auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/warning.svg")), b,
                                             m_ui->blockers);
            item->setToolTip(b);
        }
    }
    if (editing && order.status == OrderStatus::Draft) {
        for (int row = 0; row < order.lines.size(); ++row) {
            if (order.lines.at(row).id == *editing)
                m_ui->orderLines->selectRow(row);
        }
    } else {
        m_ui->seatsPanel->setVisible(false);
    }
    updateState();
    Q_EMIT orderChanged(order);
}

void OrderEditor::updatePencils() {
    const bool editable = m_order && m_order->status == OrderStatus::Draft;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const OrderLine *line = m_lines->valueAt(row);
        auto *pencil = new QToolButton(m_ui->orderLines);
        pencil->setObjectName(QStringLiteral("editLine%1").arg(row));
        pencil->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
        pencil->setAutoRaise(true);
        pencil->setToolTip(tr("Set the Seats of %1").arg(line->productName));
        pencil->setAccessibleName(tr("Edit %1").arg(line->productName));
        pencil->setEnabled(editable);
        connect(pencil, &QToolButton::clicked, this, [this, row] { editLine(row); });
        m_ui->orderLines->setIndexWidget(m_lines->index(row, OrderLinesModel::Edit), pencil);
    }
}

void OrderEditor::updateState() {
    const bool draft = m_order && m_order->status == OrderStatus::Draft;
    const bool idle = !m_working;
    m_ui->quickAdd->setEnabled(draft && idle);
    m_addProduct->setEnabled(draft && idle);
    const bool lineSelected = accessibility::selectedRow(m_ui->orderLines).isValid();
    m_ui->removeLine->setEnabled(draft && idle && lineSelected);
    m_ui->editSelectedLine->setEnabled(draft && idle && lineSelected);
    m_ui->execute->setEnabled(draft && idle && m_order->canExecute && m_order->blockers.isEmpty());
    m_ui->execute->setToolTip(
        draft && !m_order->blockers.isEmpty()
            ? tr("Cannot execute yet:\n%1").arg(m_order->blockers.join(QLatin1Char('\n')))
            : QString());
    m_ui->cancelOrder->setEnabled(draft && idle);
    m_ui->blockers->setVisible(draft);
    m_ui->blockersLabel->setVisible(draft);
    m_ui->showSubscriptions->setEnabled(m_order && m_order->status == OrderStatus::Executed);

    QString notice;
    if (m_order && m_order->status == OrderStatus::Executed)
        notice = tr("This order was executed on %1 and is read-only. Change the seats of its "
                    "subscriptions "
                    "with Change Configuration.")
                     .arg(Format::dateTime(m_order->executedAt));
    else if (m_order && m_order->status == OrderStatus::Cancelled)
        notice = tr("This order is cancelled and read-only.");
    m_ui->readOnlyNotice->setText(notice);
    m_ui->readOnlyNotice->setVisible(!notice.isEmpty());
    Q_EMIT saveableChanged();
}

std::optional<Product> OrderEditor::productFor(Id productId) const {
    for (const Product &p : m_products) {
        if (p.id == productId)
            return p;
    }
    return std::nullopt;
}

ProductChooserDialog *OrderEditor::openProductChooser() {
    if (!m_order || m_order->status != OrderStatus::Draft)
        return nullptr;
    auto *dialog = new ProductChooserDialog(m_products, m_platforms, this);
    connect(dialog, &ProductChooserDialog::productChosen, this,
            [this](const Product &p) { addProduct(p.id); });
    dialog->open();
    return dialog;
}

void OrderEditor::addProduct(Id productId) {
    if (!m_order)
        return;
    change(m_backend->addLine(m_order->id, productId), [this](const Order &order) {
        setOrder(order);
        // The new line is left unselected so that its red (incomplete) state shows.
        if (!order.lines.isEmpty()) {
            Q_EMIT messagePosted(MessageBar::Kind::Info,
                                 tr("“%1” added. Click its pencil to set the Seats.")
                                     .arg(order.lines.last().productName));
        }
    });
}

void OrderEditor::editLine(int row) {
    const OrderLine *line = m_lines->valueAt(row);
    if (!line || !m_order || m_order->status != OrderStatus::Draft)
        return;
    m_ui->orderLines->selectRow(row);
    m_ui->seatsPanel->edit(*line, productFor(line->productId));
    updateState();
}

bool OrderEditor::canSave() const {
    return m_order && m_order->status == OrderStatus::Draft && !m_working &&
           !m_ui->seatsPanel->isHidden();
}

void OrderEditor::saveSeats() {
    if (canSave())
        m_ui->seatsPanel->save();
}

void OrderEditor::saveLineSeats(Id lineId, int seats) {
    if (!m_order)
        return;
    m_ui->seatsPanel->setSaving(true);
    change(
        m_backend->setSeats(m_order->id, m_order->version, lineId, seats),
        [this](const Order &order) {
            m_retrySeats = false;
            m_ui->seatsPanel->setSaving(false);
            m_ui->seatsPanel->setVisible(false);
            setOrder(order);
            Q_EMIT messagePosted(
                MessageBar::Kind::Success,
                tr("Seats saved. Order total: %1.").arg(Format::money(order.total)));
        },
        [this](const Error &error) {
            m_ui->seatsPanel->setSaving(false);
            m_retrySeats = error.kind == ErrorKind::Unavailable;
            if (error.kind == ErrorKind::Stale) {
                reportError(error);
                reload();
            } else {
                m_ui->seatsPanel->showError(error);
            }
        });
}

void OrderEditor::removeSelectedLine() {
    const OrderLine *line = m_lines->valueAt(accessibility::selectedRow(m_ui->orderLines).row());
    if (!line || !m_order)
        return;
    change(m_backend->removeLine(m_order->id, m_order->version, line->id),
           [this](const Order &order) { setOrder(order); });
}

void OrderEditor::execute() {
    if (!m_order || !m_ui->execute->isEnabled())
        return;
    const Order order = *m_order;
    if (!Confirm::ask(this, tr("Execute order"),
                      tr("Execute %1 for %2? This generates %n subscription(s), provisions them "
                         "and sends the "
                         "license keys. The order becomes read-only.",
                         nullptr, static_cast<int>(order.lines.size()))
                          .arg(order.number, order.accountName),
                      tr("Execute")))
        return;
    change(
        m_backend->executeOrder(order.id),
        [this](const Execution &execution) {
            setOrder(execution.order);
            m_ui->audit->reload();
            showSubscriptions(execution.subscriptions);
            m_ui->tabs->setCurrentWidget(m_ui->subscriptionsTab);
            Q_EMIT messagePosted(MessageBar::Kind::Success,
                                 tr("%1 executed: %n subscription(s) generated.", nullptr,
                                    static_cast<int>(execution.subscriptions.size()))
                                     .arg(execution.order.number));
        },
        [this](const Error &error) {
            reportError(error);
            reload();
        });
}

void OrderEditor::cancelOrder() {
    if (!m_order || m_order->status != OrderStatus::Draft)
        return;
    if (!Confirm::ask(
            this, tr("Cancel order"),
            tr("Cancel the draft order %1? It can no longer be executed.").arg(m_order->number),
            tr("Cancel order")))
        return;
    change(m_backend->cancelOrder(m_order->id), [this](const Order &order) {
        setOrder(order);
        m_ui->audit->reload();
        Q_EMIT messagePosted(MessageBar::Kind::Info, tr("%1 cancelled.").arg(order.number));
    });
}

void OrderEditor::loadSubscriptions() {
    if (!m_order || m_order->status != OrderStatus::Executed)
        return;
    SubscriptionQuery query;
    query.accountId = m_order->accountId;
    query.limit = 200;
    const Id orderId = m_order->id;
    whenReady(m_backend->subscriptions(query), this, m_busy,
              [this, orderId](const Result<Page<Subscription>> &r) {
                  if (!r || !m_order || m_order->id != orderId)
                      return;
                  QList<Subscription> mine;
                  for (const Subscription &s : r->items) {
                      if (s.orderId == orderId)
                          mine.append(s);
                  }
                  showSubscriptions(mine);
              });
}

void OrderEditor::showSubscriptions(const QList<Subscription> &subscriptions) {
    m_ui->generatedSubscriptions->clear();
    for (const Subscription &s : subscriptions) {
        auto *item = new QTreeWidgetItem(
            m_ui->generatedSubscriptions,
            {s.productName, QLocale().toString(s.seats), Format::provisioning(s.provisioningStatus),
             Format::date(s.startedAt),
             s.freeUntil > s.startedAt ? Format::date(s.freeUntil) : tr("no free period"),
             Format::money(s.recurringPrice)});
        if (!s.lastError.isEmpty())
            item->setToolTip(2, s.lastError);
    }
    for (int c = 0; c < m_ui->generatedSubscriptions->columnCount(); ++c)
        m_ui->generatedSubscriptions->resizeColumnToContents(c);
}

void OrderEditor::reportError(const Error &error) {
    Q_EMIT messagePosted(MessageBar::Kind::Error, error.describe());
}

} // namespace bss
