#pragma once

#include "ui/common/PageBase.h"

#include "app/domain/Types.h"

#include <memory>
#include <optional>

namespace Ui {
class StorefrontPage;
}

namespace bss {

class ChangeConfigurationDialog;
class SubscriptionsModel;

// The Storefront flow of the seed, acting for a chosen customer: pick a product, enter Seats,
// Calculate cost, then Buy this configuration — enabled only while the cost shown was
// calculated for the Seats shown. Change Configuration on the customer's subscriptions.
class StorefrontPage : public PageBase {
    Q_OBJECT
public:
    StorefrontPage(Backend *backend, BusyIndicator *busy, QWidget *parent = nullptr);
    ~StorefrontPage() override;

    bool isReady() const override;
    void refresh() override;
    void focusSearch() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;

    void setCustomer(Id accountId, const QString &name);
    bool selectProduct(Id productId);
    void calculateCost();
    void buy();
    ChangeConfigurationDialog *changeConfiguration();
    bool canBuy() const;

protected:
    void firstActivation() override;
    void reactivated() override;

private:
    void customerChanged();
    void productChanged();
    void seatsChanged();
    void clearQuote();
    void updateBuy();
    void loadSubscriptions();
    void updateSubscriptionsState();

    std::unique_ptr<Ui::StorefrontPage> m_ui;
    SubscriptionsModel *m_subscriptions = nullptr;
    std::optional<Quote> m_quote;
    bool m_catalogLoaded = false;
    bool m_stale = false;
    bool m_working = false;
    int m_generation = 0;
};

} // namespace bss
