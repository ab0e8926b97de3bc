#pragma once

#include "app/domain/Result.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace bss {

class AccountsPage;
class Backend;
class BusyIndicator;
class MessageBar;
class OrdersPage;
class PageBase;
class StorefrontPage;
class SubscriptionsPage;
class UsersPage;

// Navigation only: the BSS menus (Office > Accounts; Billing > Orders, Subscriptions;
// Storefront), the toolbar forwarding New / Find / Refresh / Save to the page shown (New and
// Save enabled only where the page can create or save), the message bar and the status bar
// naming the store. The pages do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Backend *backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "accounts", "orders", "subscriptions" or "storefront"; false for anything else.
    bool showPage(const QString &name);
    QString currentPageName() const;
    PageBase *currentPage() const;
    static QStringList pageNames();

    // True when the page shown has painted its first data and no Backend call is pending.
    bool isIdle() const;

    AccountsPage *accountsPage() const { return m_accounts; }
    OrdersPage *ordersPage() const { return m_orders; }
    SubscriptionsPage *subscriptionsPage() const { return m_subscriptions; }
    StorefrontPage *storefrontPage() const { return m_storefront; }
    UsersPage *usersPage() const { return m_users; } // null unless an administrator's
    MessageBar *messageBar() const { return m_messageBar; }
    BusyIndicator *busyIndicator() const { return m_busy; }

    void restoreSettings();
    void saveSettings() const;

    // Says what a failed call means for the user, whichever page or dialog made it: a stale
    // save offers Reload, a lost connection offers Retry (both reload the page shown).
    // Other errors are left to the page that asked.
    void showBackendProblem(const bss::Error &error);

Q_SIGNALS:
    // File > Sign out, File > Switch user: the launcher closes this window and signs in again.
    void signOutRequested(bool switchUser);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPageMenus();
    void createHelpMenu();
    void createNavigation();
    void addPage(PageBase *page, const QString &name);
    void pageShown(int index);
    void reloadPage();
    void updateActions();
    QString signedInText() const;
    void sessionEnded(const bss::Error &error);

    Backend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;
    MessageBar *m_messageBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_storeLabel = nullptr;
    AccountsPage *m_accounts = nullptr;
    OrdersPage *m_orders = nullptr;
    SubscriptionsPage *m_subscriptions = nullptr;
    StorefrontPage *m_storefront = nullptr;
    UsersPage *m_users = nullptr;
    QLabel *m_signedInLabel = nullptr;
    bool m_signedIn = true;
    QList<PageBase *> m_pages;
    QStringList m_names;
    QList<QTreeWidgetItem *> m_navItems;
    QList<QAction *> m_pageActions;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QString m_problemText; // the page's words for the problem shown with an action
};

} // namespace bss
