#pragma once

#include "ui/common/PageBase.h"

#include "app/backend/Changes.h"
#include "app/domain/Types.h"

#include <QTimer>

#include <memory>

namespace Ui {
class AccountsPage;
}

namespace bss {

class AccountsModel;
class SyncOptionsDialog;
class AccountDialog;

// Office > Accounts: search as you type, filters, one Provisioning Sync Status column per
// platform (a click opens that platform's Sync Options), New/Edit account, audit trail.
class AccountsPage : public PageBase {
    Q_OBJECT
public:
    AccountsPage(Backend *backend, BusyIndicator *busy, QWidget *parent = nullptr);
    ~AccountsPage() override;

    bool isReady() const override;
    void refresh() override;
    void createNew() override;
    bool canCreate() const override { return true; }
    void focusSearch() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;

    AccountsModel *model() const { return m_model; }
    std::optional<Account> selectedAccount() const;
    bool selectAccount(Id id);
    AccountDialog *openAccountDialog(std::optional<Account> account);
    // Opens Sync Options for the selected account; `platform` empty: the first platform.
    SyncOptionsDialog *openSyncOptions(const QString &platform = {});

Q_SIGNALS:
    void newOrderRequested(bss::Id accountId, const QString &accountName);

protected:
    void firstActivation() override;

private:
    void createFilters();
    void connectActions();
    void connectModel();
    AccountQuery currentQuery() const;
    void applyFilters();
    void loadAccounts(bool keepRows);
    void countAccounts(const AccountQuery &query);
    void updateButtons();
    void updateEmptyState();
    void selectionChanged();
    void recordChanged(Entity entity, Id id);

    std::unique_ptr<Ui::AccountsPage> m_ui;
    AccountsModel *m_model = nullptr;
    QTimer m_searchDelay;
    std::optional<Id> m_selectAfterLoad;
    int m_countGeneration = 0;
    std::optional<AccountQuery> m_countAfterPage; // counted once the first page is in
    bool m_columnsFitted = false;
};

} // namespace bss
