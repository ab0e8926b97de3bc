#include "ui/accounts/AccountsPage.h"

#include "ui/accounts/AccountDialog.h"
#include "ui/accounts/SyncOptionsDialog.h"
#include "ui/common/Accessibility.h"
#include "ui/common/Format.h"
#include "ui/common/TableColumns.h"
#include "ui/models/AccountsModel.h"
#include "ui_AccountsPage.h"

#include "app/backend/Backend.h"
#include "app/domain/Audit.h"

#include <QHeaderView>
#include <QLocale>
#include <QSettings>

#include <utility>

namespace bss {

AccountsPage::AccountsPage(Backend *backend, BusyIndicator *busy, QWidget *parent)
    : PageBase(backend, busy, parent)
    , m_ui(std::make_unique<Ui::AccountsPage>()) {
    setObjectName(QStringLiteral("accountsPage"));
    m_ui->setupUi(this);
    setAccessibleName(tr("Accounts"));

    m_model = new AccountsModel(this);
    m_model->setBusyIndicator(busy);
    m_ui->accountsTable->setModel(m_model);
    m_ui->accountsTable->verticalHeader()->setVisible(false);
    m_ui->accountsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->accountsTable->horizontalHeader()->setHighlightSections(false);
    m_ui->accountsTable->setMouseTracking(true);
    m_ui->audit->setBackend(backend, busy);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_ui->newAccount->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    m_ui->editAccount->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
    m_ui->syncOptions->setIcon(QIcon(QStringLiteral(":/icons/sync.svg")));
    m_ui->newOrderForAccount->setIcon(QIcon(QStringLiteral(":/icons/orders.svg")));

    createFilters();
    connectActions();
    connectModel();
    connect(backend, &Backend::recordChanged, this, &AccountsPage::recordChanged);

    updateButtons();
}

AccountsPage::~AccountsPage() = default;

// The type, platform and sync status filters and the search field: each change lists again.
void AccountsPage::createFilters() {
    m_ui->typeFilter->addItem(tr("All types"));
    for (AccountType t : {AccountType::Direct, AccountType::Reseller, AccountType::EndUser})
        m_ui->typeFilter->addItem(Format::accountType(t), static_cast<int>(t));
    m_ui->platformFilter->addItem(tr("All platforms"));
    for (const Platform &p : m_model->platforms())
        m_ui->platformFilter->addItem(p.name, p.code);
    m_ui->syncFilter->addItem(tr("Any status"));
    for (SyncStatus s : {SyncStatus::Synchronized, SyncStatus::UnSynchronized, SyncStatus::Failed})
        m_ui->syncFilter->addItem(Format::syncStatus(s), static_cast<int>(s));
    m_ui->syncFilter->setEnabled(false);
    m_ui->syncFilter->setToolTip(tr("Choose a platform first: the status is per platform."));

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &AccountsPage::applyFilters);
    connect(m_ui->searchAccounts, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    // Enter searches at once instead of after the typing pause.
    connect(m_ui->searchAccounts, &QLineEdit::returnPressed, this, &AccountsPage::applyFilters);
    connect(m_ui->typeFilter, &QComboBox::currentIndexChanged, this, &AccountsPage::applyFilters);
    connect(m_ui->platformFilter, &QComboBox::currentIndexChanged, this, [this] {
        const bool perPlatform = m_ui->platformFilter->currentIndex() > 0;
        m_ui->syncFilter->setEnabled(perPlatform);
        if (!perPlatform)
            m_ui->syncFilter->setCurrentIndex(0);
        applyFilters();
    });
    connect(m_ui->syncFilter, &QComboBox::currentIndexChanged, this, &AccountsPage::applyFilters);
}

// The buttons, and a click on a platform's column (Sync Options) or Enter on a row (edit).
void AccountsPage::connectActions() {
    connect(m_ui->newAccount, &QPushButton::clicked, this, &AccountsPage::createNew);
    connect(m_ui->editAccount, &QPushButton::clicked, this, [this] {
        if (auto a = selectedAccount())
            openAccountDialog(*a);
    });
    connect(m_ui->syncOptions, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->accountsTable->currentIndex();
        openSyncOptions(current.isValid() ? m_model->platformAt(current.column()) : QString());
    });
    connect(m_ui->newOrderForAccount, &QPushButton::clicked, this, [this] {
        if (auto a = selectedAccount())
            Q_EMIT newOrderRequested(a->id, a->name);
    });
    connect(m_ui->accountsTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString platform = m_model->platformAt(index.column());
        if (!platform.isEmpty())
            openSyncOptions(platform);
    });
    // Enter on a platform's status opens its Sync Options, as a click does; elsewhere it edits.
    connect(m_ui->accountsTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString platform = m_model->platformAt(index.column());
        if (!platform.isEmpty())
            openSyncOptions(platform);
        else if (auto a = selectedAccount())
            openAccountDialog(*a);
    });
}

void AccountsPage::connectModel() {
    accessibility::followSelection(m_ui->accountsTable);
    connect(m_ui->accountsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPage::selectionChanged);
    connect(m_model, &AccountsModel::pageLoaded, this, [this] {
        if (m_countAfterPage && m_model->isLoaded()) // not a page of the rows a refresh replaces
            countAccounts(*std::exchange(m_countAfterPage, std::nullopt));
        updateEmptyState();
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            m_columnsFitted = true;
            fitColumns(m_ui->accountsTable);
        }
        if (m_selectAfterLoad && selectAccount(*m_selectAfterLoad))
            m_selectAfterLoad.reset();
        else if (!m_ui->accountsTable->currentIndex().isValid() && m_model->rowCount() > 0)
            m_ui->accountsTable->selectRow(0);
    });
    connect(m_model, &AccountsModel::errorOccurred, this,
            [this](const QString &text) { reportError(text); });
}

namespace {
bool samePlatforms(const QList<Platform> &a, const QList<Platform> &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).code != b.at(i).code || a.at(i).name != b.at(i).name)
            return false;
    }
    return true;
}
} // namespace

void AccountsPage::firstActivation() {
    // The accounts load at once with the platforms every store starts with; the store's own
    // list replaces them when it arrives (a round trip less before the first paint).
    refresh();
    call(m_backend->platforms(), [this](const Result<QList<Platform>> &r) {
        if (!r) {
            reportError(r.error());
        } else {
            const QSignalBlocker blocker(m_ui->platformFilter);
            const QString chosen = m_ui->platformFilter->currentData().toString();
            m_ui->platformFilter->clear();
            m_ui->platformFilter->addItem(tr("All platforms"));
            for (const Platform &p : r.value())
                m_ui->platformFilter->addItem(p.name, p.code);
            m_ui->platformFilter->setCurrentIndex(qMax(0, m_ui->platformFilter->findData(chosen)));
            const QByteArray header = m_ui->accountsTable->horizontalHeader()->saveState();
            if (!samePlatforms(m_model->platforms(), r.value())) {
                m_model->setPlatforms(r.value());
                m_ui->accountsTable->horizontalHeader()->restoreState(header);
            }
        }
    });
}

bool AccountsPage::isReady() const {
    return isActivated() && m_model->isLoaded();
}

AccountQuery AccountsPage::currentQuery() const {
    AccountQuery query;
    query.q = m_ui->searchAccounts->text().trimmed();
    if (m_ui->typeFilter->currentIndex() > 0)
        query.type = static_cast<AccountType>(m_ui->typeFilter->currentData().toInt());
    if (m_ui->platformFilter->currentIndex() > 0) {
        query.platform = m_ui->platformFilter->currentData().toString();
        if (m_ui->syncFilter->currentIndex() > 0)
            query.syncStatus = static_cast<SyncStatus>(m_ui->syncFilter->currentData().toInt());
    }
    return query;
}

void AccountsPage::refresh() {
    loadAccounts(true);
}

void AccountsPage::applyFilters() {
    loadAccounts(false);
}

void AccountsPage::loadAccounts(bool keepRows) {
    if (!isActivated())
        return;
    m_searchDelay.stop();
    if (auto a = selectedAccount(); a && !m_selectAfterLoad)
        m_selectAfterLoad = a->id;
    const AccountQuery query = currentQuery();
    Backend *backend = m_backend;
    auto fetch = [backend, query](const PageWindow &window) {
        return backend->accounts(window.applyTo(query));
    };
    // The same list again keeps its rows until the answer comes (and when none comes).
    if (keepRows)
        m_model->refreshWindowFetch(fetch);
    else
        m_model->setWindowFetch(fetch);
    // The count may take longer than the first page (a search over a million accounts): the
    // rows show at once, and the scrollbar covers the whole list when the count arrives. It is
    // asked for once the first page is in, so that the two do not share the machine meanwhile.
    ++m_countGeneration;
    m_countAfterPage = query;
}

void AccountsPage::countAccounts(const AccountQuery &query) {
    const int generation = ++m_countGeneration;
    call(m_backend->countAccounts(query), [this, generation](const Result<qint64> &r) {
        if (generation != m_countGeneration)
            return;
        if (r)
            m_model->setTotal(r.value());
        m_ui->accountCount->setText(r ? tr("%Ln account(s)", nullptr, static_cast<int>(r.value()))
                                      : QString());
    });
}

void AccountsPage::updateEmptyState() {
    const bool empty = m_model->isLoaded() && m_model->rowCount() == 0;
    if (empty) {
        const AccountQuery q = currentQuery();
        const bool filtered = !q.q.isEmpty() || q.type || !q.platform.isEmpty();
        m_ui->emptyState->setText(
            filtered ? tr("No account matches the search and filters.")
                     : tr("No accounts yet. Click “New account” to add the first one."));
    }
    m_ui->tableStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_ui->emptyState)
                                             : static_cast<QWidget *>(m_ui->accountsTable));
}

void AccountsPage::createNew() {
    openAccountDialog(std::nullopt);
}

void AccountsPage::focusSearch() {
    m_ui->searchAccounts->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchAccounts->selectAll();
}

std::optional<Account> AccountsPage::selectedAccount() const {
    if (const Account *a = m_model->valueAt(accessibility::selectedRow(m_ui->accountsTable)))
        return *a;
    return std::nullopt;
}

bool AccountsPage::selectAccount(Id id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_ui->accountsTable->selectRow(row);
    m_ui->accountsTable->scrollTo(m_model->index(row, 0));
    return true;
}

void AccountsPage::selectionChanged() {
    const auto account = selectedAccount();
    m_ui->audit->setSubject(audit::toString(audit::Entity::Account),
                            account ? std::optional<Id>(account->id) : std::nullopt,
                            account ? account->name : QString());
    updateButtons();
}

void AccountsPage::updateButtons() {
    const bool selected = selectedAccount().has_value();
    m_ui->editAccount->setEnabled(selected);
    m_ui->syncOptions->setEnabled(selected);
    m_ui->newOrderForAccount->setEnabled(selected);
}

AccountDialog *AccountsPage::openAccountDialog(std::optional<Account> account) {
    auto *dialog = new AccountDialog(m_backend, m_busy, std::move(account), this);
    connect(dialog, &AccountDialog::accountSaved, this, [this](const Account &saved) {
        m_selectAfterLoad = saved.id;
        if (!m_model->updateRecord(saved))
            refresh();
        else
            selectAccount(saved.id);
        reportSuccess(tr("Account “%1” saved.").arg(saved.name));
    });
    dialog->open();
    return dialog;
}

SyncOptionsDialog *AccountsPage::openSyncOptions(const QString &platform) {
    const auto account = selectedAccount();
    if (!account)
        return nullptr;
    // A click on a status cell may also activate it: one dialog, not two.
    if (auto *open = findChild<SyncOptionsDialog *>(); open && open->isVisible())
        return open;
    auto *dialog = new SyncOptionsDialog(
        m_backend, m_busy, *account, m_model->platforms(),
        platform.isEmpty() ? m_model->platformAt(AccountsModel::FirstPlatform) : platform, this);
    // The message bar says what Save & Synchronize did, not what was done before it.
    connect(dialog, &SyncOptionsDialog::synchronized, this,
            [this, name = account->name](Id, const QString &code, SyncStatus status) {
                QString platformName = Format::platformName(code);
                for (const Platform &p : m_model->platforms()) {
                    if (p.code == code)
                        platformName = p.name;
                }
                if (status == SyncStatus::Synchronized)
                    reportSuccess(tr("“%1” is synchronized with %2.").arg(name, platformName));
                else
                    reportError(tr("%1 refused to synchronize “%2”; Sync Options says why.")
                                    .arg(platformName, name));
            });
    dialog->open();
    return dialog;
}

void AccountsPage::recordChanged(Entity entity, Id id) {
    if (entity != Entity::Account || m_model->rowOf(id) < 0)
        return;
    call(m_backend->account(id), [this](const Result<Account> &r) {
        if (r) {
            m_model->updateRecord(r.value());
            if (auto a = selectedAccount(); a && a->id == r->id)
                m_ui->audit->reload();
        }
    });
}

void AccountsPage::saveSettings(QSettings &settings) const {
    settings.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
    // Only widths fitted to data (or set by the user since): a window closed before its first
    // rows came (File > Sign out at once) would otherwise leave every later one unfitted.
    if (m_columnsFitted)
        settings.setValue(QStringLiteral("header"),
                          m_ui->accountsTable->horizontalHeader()->saveState());
}

void AccountsPage::restoreSettings(QSettings &settings) {
    m_ui->splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_columnsFitted = m_ui->accountsTable->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("header")).toByteArray());
}

} // namespace bss
