#include "ui/MainWindow.h"

#include "ui/accounts/AccountsPage.h"
#include "ui/common/Accessibility.h"
#include "ui/common/BusyIndicator.h"
#include "ui/common/Format.h"
#include "ui/common/MessageBar.h"
#include "ui/common/RoleGate.h"
#include "ui/common/StoreBackup.h"
#include "ui/login/SignInAgainDialog.h"
#include "ui/orders/OrdersPage.h"
#include "ui/storefront/StorefrontPage.h"
#include "ui/subscriptions/SubscriptionsPage.h"
#include "ui/users/UsersPage.h"

#include "app/backend/RestBackend.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bss {

MainWindow::MainWindow(Backend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("BSS Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    accessibility::install(); // combo boxes named by their caption, for QA tools and readers

    m_busy = new BusyIndicator(this);
    m_messageBar = new MessageBar(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    m_accounts = new AccountsPage(backend, m_busy, m_stack);
    m_orders = new OrdersPage(backend, m_busy, m_stack);
    m_subscriptions = new SubscriptionsPage(backend, m_busy, m_stack);
    m_storefront = new StorefrontPage(backend, m_busy, m_stack);
    addPage(m_accounts, QStringLiteral("accounts"));
    addPage(m_orders, QStringLiteral("orders"));
    addPage(m_subscriptions, QStringLiteral("subscriptions"));
    addPage(m_storefront, QStringLiteral("storefront"));
    // Office > Users: administrators of a team server only; absent for everyone else.
    auto *rest = qobject_cast<RestBackend *>(backend);
    if (rest && backend->lastMe().can(Permission::UsersManage)) {
        m_users = new UsersPage(rest, m_busy, m_stack);
        addPage(m_users, QStringLiteral("users"));
    }

    // Cross-page navigation stays here: pages only say what they want to show.
    connect(m_accounts, &AccountsPage::newOrderRequested, this,
            [this](Id accountId, const QString &name) {
                showPage(QStringLiteral("orders"));
                m_orders->startNewOrder(accountId, name);
            });
    connect(m_orders, &OrdersPage::subscriptionsRequested, this,
            [this](Id accountId, const QString &name) {
                showPage(QStringLiteral("subscriptions"));
                m_subscriptions->showCustomer(accountId, name);
            });

    createNavigation();
    createActions();

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(6, 6, 6, 0);
    column->addWidget(m_messageBar);
    column->addWidget(m_stack, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(central);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 1090});
    m_splitter->setCollapsible(1, false);
    setCentralWidget(m_splitter);

    m_storeLabel = new QLabel(backend->describe(), this);
    m_storeLabel->setObjectName(QStringLiteral("storeDescription"));
    m_storeLabel->setAccessibleName(tr("Store"));
    m_storeLabel->setToolTip(tr("Where BSS Desk keeps its data"));
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    m_signedInLabel = new QLabel(signedInText(), this);
    m_signedInLabel->setObjectName(QStringLiteral("signedInAs"));
    statusBar()->addPermanentWidget(m_signedInLabel);

    accessibility::nameBuiltInControls(this);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::pageShown);
    connect(backend, &Backend::requestFailed, this, &MainWindow::showBackendProblem);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageNames() {
    return {QStringLiteral("accounts"), QStringLiteral("orders"), QStringLiteral("subscriptions"),
            QStringLiteral("storefront")};
}

void MainWindow::addPage(PageBase *page, const QString &name) {
    m_pages.append(page);
    m_names.append(name);
    m_stack->addWidget(page);
    RoleGate::apply(page, m_backend->lastMe());
    connect(page, &PageBase::actionsChanged, this, [this, page] {
        if (page == currentPage())
            updateActions();
    });
    connect(page, &PageBase::messagePosted, this,
            [this](MessageBar::Kind kind, const QString &text) {
                // A page reporting the stale save or the lost connection that showBackendProblem()
                // already explains must not replace that message and its button.
                if (kind == MessageBar::Kind::Error && !m_problemText.isEmpty() &&
                    text == m_problemText && !m_messageBar->actionText().isEmpty())
                    return;
                if (text.isEmpty())
                    m_messageBar->clear();
                else
                    m_messageBar->showMessage(kind, text);
            });
}

void MainWindow::createNavigation() {
    m_navigation = new QTreeWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMinimumWidth(150);

    auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_navigation, {title});
        item->setFlags(Qt::ItemIsEnabled);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };
    auto entry = [this](QTreeWidgetItem *parent, int page, const QString &icon) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_navigation);
        item->setText(0, m_pages.at(page)->accessibleName());
        item->setIcon(0, QIcon(icon));
        item->setData(0, Qt::UserRole, page);
        m_navItems.append(item);
    };
    QTreeWidgetItem *office = group(tr("Office"));
    entry(office, 0, QStringLiteral(":/icons/accounts.svg"));
    QTreeWidgetItem *billing = group(tr("Billing"));
    entry(billing, 1, QStringLiteral(":/icons/orders.svg"));
    entry(billing, 2, QStringLiteral(":/icons/subscriptions.svg"));
    entry(nullptr, 3, QStringLiteral(":/icons/storefront.svg"));
    if (m_users)
        entry(office, 4, QStringLiteral(":/icons/users.svg"));
    m_navigation->expandAll();
    accessibility::followSelection(m_navigation); // an entry selected from outside is shown

    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            m_stack->setCurrentIndex(item->data(0, Qt::UserRole).toInt());
    });
}

void MainWindow::createActions() {
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto action = [this](const QString &name, const QString &text, const QString &icon,
                         const QKeySequence &shortcut) {
        auto *a = new QAction(QIcon(icon), text, this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    shortcut.toString(QKeySequence::NativeText)));
        return a;
    };
    QAction *newAction = action(QStringLiteral("actionNew"), tr("&New"),
                                QStringLiteral(":/icons/new.svg"), QKeySequence::New);
    QAction *findAction = action(QStringLiteral("actionFind"), tr("&Find"),
                                 QStringLiteral(":/icons/search.svg"), QKeySequence::Find);
    QAction *refreshAction =
        action(QStringLiteral("actionRefresh"), tr("&Refresh"),
               QStringLiteral(":/icons/refresh.svg"), QKeySequence(Qt::Key_F5));
    QAction *saveAction = action(QStringLiteral("actionSave"), tr("&Save"),
                                 QStringLiteral(":/icons/save.svg"), QKeySequence::Save);
    m_newAction = newAction;
    m_saveAction = saveAction;
    // A disabled action's shortcut does nothing, so a page without New or Save never sees them.
    connect(newAction, &QAction::triggered, this, [this] {
        if (PageBase *page = currentPage(); page && page->canCreate())
            page->createNew();
    });
    connect(findAction, &QAction::triggered, this, [this] { currentPage()->focusSearch(); });
    connect(refreshAction, &QAction::triggered, this, &MainWindow::reloadPage);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (PageBase *page = currentPage(); page && page->canSave())
            page->save();
    });

    fileMenu->addAction(newAction);
    fileMenu->addAction(saveAction);
    fileMenu->addSeparator();
    fileMenu->addAction(findAction);
    fileMenu->addAction(refreshAction);
    fileMenu->addSeparator();
    if (qobject_cast<RestBackend *>(m_backend)) {
        // Team mode: another user signs in without restarting BSS Desk.
        fileMenu->addAction(tr("Switch &user…"), this, [this] { Q_EMIT signOutRequested(true); })
            ->setObjectName(QStringLiteral("actionSwitchUser"));
        fileMenu->addAction(tr("Sign &out"), this, [this] { Q_EMIT signOutRequested(false); })
            ->setObjectName(QStringLiteral("actionSignOut"));
        fileMenu->addSeparator();
    }
    fileMenu->setToolTipsVisible(true); // says why Back Up Store… is disabled in team mode
    fileMenu->addAction((new StoreBackup(m_backend, m_busy, m_messageBar, this))->action());
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    createPageMenus();
    createHelpMenu();

    toolbar->addAction(newAction);
    toolbar->addAction(saveAction);
    toolbar->addSeparator();
    toolbar->addAction(findAction);
    toolbar->addAction(refreshAction);
    updateActions();
}

// Office, Billing and Storefront: one checkable entry per page, like the navigation tree.
void MainWindow::createPageMenus() {
    auto *pageGroup = new QActionGroup(this);
    auto pageAction = [this, pageGroup](QMenu *menu, int page, const QString &icon) {
        QAction *a = menu->addAction(QIcon(icon), m_pages.at(page)->accessibleName());
        a->setObjectName(QStringLiteral("show_") + m_names.at(page));
        a->setCheckable(true);
        pageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, page] { m_stack->setCurrentIndex(page); });
        m_pageActions.append(a);
        return a;
    };
    QMenu *office = menuBar()->addMenu(tr("&Office"));
    pageAction(office, 0, QStringLiteral(":/icons/accounts.svg"));
    QMenu *billing = menuBar()->addMenu(tr("&Billing"));
    pageAction(billing, 1, QStringLiteral(":/icons/orders.svg"));
    pageAction(billing, 2, QStringLiteral(":/icons/subscriptions.svg"));
    QMenu *store = menuBar()->addMenu(tr("S&torefront"));
    pageAction(store, 3, QStringLiteral(":/icons/storefront.svg"));
    if (m_users)
        pageAction(office, 4, QStringLiteral(":/icons/users.svg"))
            ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
}

void MainWindow::createHelpMenu() {
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About BSS Desk"), this, [this] {
        QMessageBox::about(
            this, tr("About BSS Desk"),
            tr("<p><b>BSS Desk</b> %1</p><p>Back office for cloud services: accounts, "
               "provisioning sync, orders, storefront and subscriptions.</p>"
               "<p>Working on: %2</p><p>Qt %3</p>")
                .arg(QApplication::applicationVersion().toHtmlEscaped(),
                     m_storeLabel->text().toHtmlEscaped(), QString::fromLatin1(qVersion())));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::updateActions() {
    if (!m_newAction)
        return; // pages announce changes before the actions exist
    const PageBase *page = currentPage();
    m_newAction->setEnabled(page && page->canCreate());
    m_saveAction->setEnabled(page && page->canSave());
}

bool MainWindow::showPage(const QString &name) {
    const int index = static_cast<int>(m_names.indexOf(name.toLower()));
    if (index < 0)
        return false;
    if (m_stack->currentIndex() == index)
        pageShown(index);
    else
        m_stack->setCurrentIndex(index);
    return true;
}

QString MainWindow::currentPageName() const {
    return m_names.value(m_stack->currentIndex());
}

PageBase *MainWindow::currentPage() const {
    return m_pages.value(m_stack->currentIndex());
}

bool MainWindow::isIdle() const {
    const PageBase *page = currentPage();
    return page && page->isActivated() && page->isReady() && m_busy->isIdle();
}

void MainWindow::pageShown(int index) {
    if (index < 0 || index >= m_pages.size())
        return;
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentItem(m_navItems.value(index));
    }
    if (QAction *a = m_pageActions.value(index))
        a->setChecked(true);
    m_messageBar->clear();
    m_pages.at(index)->activate();
    updateActions();
}

void MainWindow::reloadPage() {
    m_messageBar->clear();
    if (PageBase *page = currentPage())
        page->refresh();
}

void MainWindow::showBackendProblem(const Error &error) {
    switch (error.kind) {
    case ErrorKind::Stale:
        m_problemText = error.describe();
        m_messageBar->showMessage(
            MessageBar::Kind::Error,
            tr("Someone else changed this record; reload to see their changes."), tr("Reload"),
            [this] { reloadPage(); });
        break;
    case ErrorKind::Unavailable:
        m_problemText = error.describe();
        m_messageBar->showMessage(MessageBar::Kind::Error, error.describe(), tr("Retry"),
                                  [this] { reloadPage(); });
        break;
    case ErrorKind::Unauthorized:
        if (m_signedIn)
            sessionEnded(error);
        break;
    default:
        break;
    }
}

QString MainWindow::signedInText() const {
    const Me me = m_backend->lastMe();
    if (!m_signedIn)
        return tr("Signed out: %1").arg(me.username);
    if (!qobject_cast<RestBackend *>(m_backend))
        return tr("Signed in as %1").arg(me.username);
    if (me.accountId)
        return tr("Signed in as %1 · %2 of %3")
            .arg(me.username, Format::userRole(me.role), me.accountName);
    return tr("Signed in as %1 · %2").arg(me.username, Format::userRole(me.role));
}

// The server no longer knows the session: it expired, or an administrator changed, disabled or
// deleted the user. Everything stays open as it is; signing in again goes on from there.
void MainWindow::sessionEnded(const Error &error) {
    auto *rest = qobject_cast<RestBackend *>(m_backend);
    if (!rest)
        return;
    m_signedIn = false;
    m_signedInLabel->setText(signedInText());
    m_problemText = error.describe();
    m_messageBar->showMessage(
        MessageBar::Kind::Error,
        tr("You are signed out: the session expired, or an administrator changed your user. "
           "Your unsaved changes are kept; sign in again to go on."),
        tr("Sign in again…"), [this, rest] {
            auto *dialog = new SignInAgainDialog(
                rest,
                tr("Your session has ended: it expired, or an administrator changed your user."),
                this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this] {
                m_signedIn = true;
                m_signedInLabel->setText(signedInText());
                m_problemText.clear();
                m_messageBar->showMessage(MessageBar::Kind::Info,
                                          tr("Signed in again. Save what you were saving."));
            });
            dialog->open();
        });
}

void MainWindow::restoreSettings() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(QStringLiteral("splitter")).toByteArray();
        !state.isEmpty())
        m_splitter->restoreState(state);
    const QString last =
        settings.value(QStringLiteral("lastPage"), QStringLiteral("accounts")).toString();
    settings.endGroup();
    for (int i = 0; i < m_pages.size(); ++i) {
        settings.beginGroup(m_names.at(i));
        m_pages.at(i)->restoreSettings(settings);
        settings.endGroup();
    }
    if (!showPage(last))
        showPage(QStringLiteral("accounts"));
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("lastPage"), currentPageName());
    settings.endGroup();
    for (int i = 0; i < m_pages.size(); ++i) {
        settings.beginGroup(m_names.at(i));
        m_pages.at(i)->saveSettings(settings);
        settings.endGroup();
    }
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    event->accept();
}

} // namespace bss
