#pragma once

#include "ui/common/PageBase.h"

#include "app/domain/Types.h"

#include <memory>
#include <optional>

namespace Ui {
class SubscriptionsPage;
}

namespace bss {

class ChangeConfigurationDialog;
class SubscriptionsModel;

// Billing > Subscriptions: the paged list and the selected subscription's details — seats,
// provisioning status (Failed: the reason and Retry), the activation key masked until
// revealed, the messages sent to the customer — and Change Configuration.
class SubscriptionsPage : public PageBase {
    Q_OBJECT
public:
    SubscriptionsPage(Backend *backend, BusyIndicator *busy, QWidget *parent = nullptr);
    ~SubscriptionsPage() override;

    bool isReady() const override;
    void refresh() override;
    void focusSearch() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;

    SubscriptionsModel *model() const { return m_model; }
    void showCustomer(Id accountId, const QString &name);
    bool selectSubscription(Id id);
    std::optional<Subscription> selectedSubscription() const;
    ChangeConfigurationDialog *changeConfiguration();
    void revealKey(bool reveal);
    void retryProvisioning();

private:
    void applyFilters();
    void selectionChanged();
    void showDetails(const std::optional<Subscription> &s);
    void loadOutbox(Id subscriptionId);
    void setRevealLabel(const QString &label);

    std::unique_ptr<Ui::SubscriptionsPage> m_ui;
    SubscriptionsModel *m_model = nullptr;
    std::optional<Id> m_selectAfterLoad;
    int m_detailGeneration = 0;
    bool m_stale = false;
    bool m_columnsFitted = false;

protected:
    void reactivated() override;
};

} // namespace bss
