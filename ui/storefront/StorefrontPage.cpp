#include "ui/storefront/StorefrontPage.h"

#include "ui/common/Accessibility.h"
#include "ui/common/Confirm.h"
#include "ui/common/Format.h"
#include "ui/common/Palette.h"
#include "ui/common/QuoteFigures.h"
#include "ui/common/TableColumns.h"
#include "ui/models/SubscriptionsModel.h"
#include "ui/subscriptions/ChangeConfigurationDialog.h"
#include "ui_StorefrontPage.h"

#include "app/backend/Backend.h"
#include "app/domain/Limits.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>

namespace bss {

StorefrontPage::StorefrontPage(Backend *backend, BusyIndicator *busy, QWidget *parent)
    : PageBase(backend, busy, parent)
    , m_ui(std::make_unique<Ui::StorefrontPage>()) {
    setObjectName(QStringLiteral("storefrontPage"));
    m_ui->setupUi(this);
    setAccessibleName(tr("Storefront"));

    m_ui->customer->setBackend(backend, busy);
    m_ui->customer->setLabel(tr("Customer"));
    m_subscriptions = new SubscriptionsModel(this);
    m_subscriptions->setBusyIndicator(busy);
    m_ui->customerSubscriptions->setModel(m_subscriptions);
    m_ui->customerSubscriptions->hideColumn(SubscriptionsModel::Customer);
    m_ui->customerSubscriptions->verticalHeader()->setVisible(false);
    m_ui->customerSubscriptions->horizontalHeader()->setStretchLastSection(true);
    m_ui->customerSubscriptions->horizontalHeader()->setHighlightSections(false);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({640, 430});
    m_ui->verticalSplitter->setStretchFactor(0, 3);
    m_ui->verticalSplitter->setStretchFactor(1, 2);
    // The catalog and the configuration first, the customer's subscriptions below (without
    // sizes the split would follow the panes' size hints and move whenever a form changes).
    m_ui->verticalSplitter->setSizes({500, 170});
    m_ui->calculateCost->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_ui->buyConfiguration->setIcon(QIcon(QStringLiteral(":/icons/storefront.svg")));
    m_ui->changeConfiguration->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
    m_ui->figures->setUpOrderQuote(m_ui->seats, m_ui->form);

    connect(m_ui->customer, &AccountChooser::currentAccountChanged, this,
            &StorefrontPage::customerChanged);
    connect(m_ui->products, &ProductTree::currentProductChanged, this,
            &StorefrontPage::productChanged);
    connect(m_ui->seats, &QSpinBox::valueChanged, this, &StorefrontPage::seatsChanged);
    connect(m_ui->calculateCost, &QPushButton::clicked, this, &StorefrontPage::calculateCost);
    connect(m_ui->buyConfiguration, &QPushButton::clicked, this, &StorefrontPage::buy);
    connect(m_ui->changeConfiguration, &QPushButton::clicked, this,
            &StorefrontPage::changeConfiguration);
    connect(m_ui->customerSubscriptions, &QTableView::activated, this,
            &StorefrontPage::changeConfiguration);
    connect(m_subscriptions, &SubscriptionsModel::pageLoaded, this, [this] {
        if (m_subscriptions->rowCount() > 0)
            fitColumns(m_ui->customerSubscriptions, 300);
        updateSubscriptionsState();
    });
    connect(m_subscriptions, &QAbstractItemModel::modelReset, this,
            &StorefrontPage::updateSubscriptionsState);
    accessibility::followSelection(m_ui->customerSubscriptions);
    connect(m_ui->customerSubscriptions->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &StorefrontPage::updateSubscriptionsState);
    connect(backend, &Backend::recordChanged, this, [this](Entity entity, Id) {
        if (entity == Entity::Subscription)
            m_stale = true;
    });
    connect(m_subscriptions, &SubscriptionsModel::errorOccurred, this,
            [this](const QString &t) { reportError(t); });

    productChanged();
    updateSubscriptionsState();
}

StorefrontPage::~StorefrontPage() = default;

void StorefrontPage::firstActivation() {
    refresh();
}

void StorefrontPage::reactivated() {
    if (m_stale)
        loadSubscriptions();
}

bool StorefrontPage::isReady() const {
    return isActivated() && m_catalogLoaded && m_ui->customer->isLoaded() &&
           (!m_ui->customer->currentAccountId() || m_subscriptions->isLoaded());
}

void StorefrontPage::refresh() {
    m_ui->customer->reload();
    whenReady(m_backend->platforms(), this, m_busy,
              [this](const Result<QList<Platform>> &platforms) {
                  const QList<Platform> groups = platforms ? platforms.value() : QList<Platform>{};
                  call(m_backend->products(), [this, groups](const Result<QList<Product>> &r) {
                      if (!r) {
                          reportError(r.error());
                          return;
                      }
                      const std::optional<Product> current = m_ui->products->currentProduct();
                      m_ui->products->setCatalog(r.value(), groups);
                      if (!current || !m_ui->products->selectProduct(current->id))
                          m_ui->products->selectFirst();
                      m_catalogLoaded = true;
                  });
              });
}

void StorefrontPage::focusSearch() {
    m_ui->customer->searchField()->setFocus(Qt::ShortcutFocusReason);
}

void StorefrontPage::setCustomer(Id accountId, const QString &name) {
    m_ui->customer->setCurrentAccount(accountId, name);
}

bool StorefrontPage::selectProduct(Id productId) {
    return m_ui->products->selectProduct(productId);
}

void StorefrontPage::customerChanged() {
    clearQuote();
    loadSubscriptions();
}

void StorefrontPage::productChanged() {
    const std::optional<Product> product = m_ui->products->currentProduct();
    clearQuote();
    m_ui->configuration->setEnabled(product.has_value());
    if (!product) {
        m_ui->productName->setText(tr("Choose a product on the left."));
        m_ui->productDetails->clear();
        return;
    }
    m_ui->productName->setText(QStringLiteral("<b>%1</b>").arg(product->name.toHtmlEscaped()));
    QString details =
        tr("%1 billing · %2")
            .arg(Format::billingPeriod(product->billingPeriod), Format::seatLimits(*product));
    if (product->freePeriods > 0)
        details +=
            QStringLiteral(" · ") + tr("first %n period(s) free", nullptr, product->freePeriods);
    m_ui->productDetails->setText(details);
    const QSignalBlocker blocker(m_ui->seats);
    m_ui->seats->setRange(product->minSeats, product->maxSeats);
    m_ui->seats->setSingleStep(qMax(1, product->step));
    m_ui->seats->setValue(product->minSeats);
}

void StorefrontPage::seatsChanged() {
    // The seed: when Seats change, Calculate cost must be pressed again before buying.
    const bool hadQuote = m_quote.has_value();
    clearQuote();
    if (hadQuote) {
        m_ui->quoteState->setText(tr("Seats changed: press Calculate cost again before buying."));
        m_ui->quoteState->setStyleSheet(palette::textStyle(palette::Tone::Warning));
    }
}

void StorefrontPage::clearQuote() {
    m_quote.reset();
    ++m_generation;
    m_ui->figures->clear();
    m_ui->quoteState->setStyleSheet(QString());
    m_ui->quoteState->setText(tr("Enter the Seats and press Calculate cost."));
    updateBuy();
}

void StorefrontPage::calculateCost() {
    const std::optional<Product> product = m_ui->products->currentProduct();
    if (!product)
        return;
    m_ui->seats->interpretText();
    clearQuote();
    const int seats = m_ui->seats->value();
    const int generation = m_generation;
    call(m_backend->quote(product->id, seats), [this, generation](const Result<Quote> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            m_ui->figures->showError(r.error());
            return;
        }
        m_quote = r.value();
        m_ui->figures->showQuote(r.value());
        m_ui->quoteState->setStyleSheet(palette::textStyle(palette::Tone::Ok));
        m_ui->quoteState->setText(tr("Cost calculated for %n seat(s).", nullptr, r->seats));
        updateBuy();
    });
}

bool StorefrontPage::canBuy() const {
    const std::optional<Product> product = m_ui->products->currentProduct();
    return !m_working && m_quote && product && m_quote->productId == product->id &&
           m_quote->seats == m_ui->seats->value() && m_ui->customer->currentAccountId().has_value();
}

void StorefrontPage::updateBuy() {
    m_ui->buyConfiguration->setEnabled(canBuy());
    m_ui->calculateCost->setEnabled(!m_working);
    if (!m_ui->customer->currentAccountId())
        m_ui->buyConfiguration->setToolTip(tr("Choose the customer first."));
    else if (!m_quote)
        m_ui->buyConfiguration->setToolTip(tr("Press Calculate cost first."));
    else
        m_ui->buyConfiguration->setToolTip(QString());
}

void StorefrontPage::buy() {
    if (!canBuy())
        return;
    const std::optional<Account> account = m_ui->customer->currentAccount();
    const Id accountId = *m_ui->customer->currentAccountId();
    const Quote quote = *m_quote;
    const std::optional<Product> product = m_ui->products->currentProduct();
    const QString customer = account ? account->name : m_ui->customer->comboBox()->currentText();
    if (!Confirm::ask(this, tr("Buy this configuration"),
                      tr("Buy %n seat(s) of %1 for %2? Charged now: %3.", nullptr, quote.seats)
                          .arg(product->name, customer, Format::money(quote.firstPeriodCharge)),
                      tr("Buy")))
        return;
    m_working = true;
    updateBuy();
    call(m_backend->purchase(accountId, quote.productId, quote.seats, quote.quoteId),
         [this](const Result<Purchase> &r) {
             m_working = false;
             if (!r) {
                 updateBuy();
                 const QString rest = m_ui->figures->showFieldErrors(r.error());
                 reportError(rest.isEmpty() ? r.error().describe() : rest);
                 return;
             }
             clearQuote();
             reportSuccess(tr("Bought: order %1 executed, %n subscription(s) active.", nullptr,
                              static_cast<int>(r->subscriptions.size()))
                               .arg(r->order.number));
             loadSubscriptions();
         });
}

void StorefrontPage::loadSubscriptions() {
    m_stale = false;
    const std::optional<Id> accountId = m_ui->customer->currentAccountId();
    if (!accountId) {
        m_subscriptions->setFetch({});
        updateSubscriptionsState();
        return;
    }
    Backend *backend = m_backend;
    SubscriptionQuery query;
    query.accountId = accountId;
    m_subscriptions->setFetch([backend, query](const QString &cursor) {
        auto page = query;
        page.cursor = cursor;
        return backend->subscriptions(page);
    });
}

void StorefrontPage::updateSubscriptionsState() {
    const bool empty = m_subscriptions->rowCount() == 0;
    if (empty) {
        m_ui->noSubscriptions->setText(m_ui->customer->currentAccountId()
                                           ? tr("This customer has no subscriptions yet.")
                                           : tr("Choose a customer to see their subscriptions."));
    }
    m_ui->subscriptionsStack->setCurrentWidget(
        empty ? static_cast<QWidget *>(m_ui->noSubscriptions)
              : static_cast<QWidget *>(m_ui->customerSubscriptions));
    if (!empty && !m_ui->customerSubscriptions->currentIndex().isValid())
        m_ui->customerSubscriptions->selectRow(0);
    m_ui->changeConfiguration->setEnabled(
        m_subscriptions->valueAt(accessibility::selectedRow(m_ui->customerSubscriptions)));
}

ChangeConfigurationDialog *StorefrontPage::changeConfiguration() {
    const Subscription *s =
        m_subscriptions->valueAt(accessibility::selectedRow(m_ui->customerSubscriptions));
    if (!s)
        return nullptr;
    auto *dialog = new ChangeConfigurationDialog(m_backend, m_busy, *s, this);
    connect(dialog, &ChangeConfigurationDialog::configurationChanged, this,
            [this](const ConfigurationChange &c) {
                m_subscriptions->updateRecord(c.subscription);
                reportSuccess(tr("Configuration changed: charged now %1, effective %2.")
                                  .arg(Format::money(c.chargeNow), Format::date(c.effectiveDate)));
            });
    dialog->open();
    return dialog;
}

void StorefrontPage::saveSettings(QSettings &settings) const {
    settings.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("verticalSplitter"), m_ui->verticalSplitter->saveState());
}

void StorefrontPage::restoreSettings(QSettings &settings) {
    m_ui->splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_ui->verticalSplitter->restoreState(
        settings.value(QStringLiteral("verticalSplitter")).toByteArray());
}

} // namespace bss
