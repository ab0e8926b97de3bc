#include "ui/accounts/SyncOptionsDialog.h"

#include "ui/common/Async.h"
#include "ui/common/Confirm.h"
#include "ui/common/Format.h"
#include "ui/common/Palette.h"
#include "ui/common/RoleGate.h"
#include "ui_SyncOptionsDialog.h"

#include "app/backend/Backend.h"

#include <utility>

namespace bss {

SyncOptionsDialog::SyncOptionsDialog(Backend *backend, BusyIndicator *busy, const Account &account,
                                     const QList<Platform> &platforms, const QString &platform,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SyncOptionsDialog>())
    , m_backend(backend)
    , m_busy(busy)
    , m_account(account) {
    setObjectName(QStringLiteral("syncOptionsDialog"));
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Sync Options"));
    setAccessibleName(tr("Sync Options"));
    m_ui->accountTitle->setText(
        tr("<b>%1</b> — %2 account")
            .arg(account.name.toHtmlEscaped(), Format::accountType(account.type)));

    for (const Platform &p : platforms)
        m_ui->platform->addItem(p.name, p.code);
    m_ui->platform->setCurrentIndex(qMax(0, m_ui->platform->findData(platform)));
    m_ui->role->addItem(Format::role(SyncRole::User), static_cast<int>(SyncRole::User));
    m_ui->role->addItem(Format::role(SyncRole::Reseller), static_cast<int>(SyncRole::Reseller));

    m_ui->parentAccount->setBackend(backend, busy);
    m_ui->parentAccount->setLabel(tr("Parent Account"));
    m_ui->parentAccount->setTypeFilter(AccountType::Reseller); // only resellers provide services
    m_ui->parentAccount->setNoneLabel(tr("(none — direct account)"));
    m_ui->parentAccount->setExcluded(account.id);
    m_ui->parentAccount->reload();

    m_ui->retry->setIcon(QIcon(QStringLiteral(":/icons/retry.svg")));
    m_ui->saveAndSynchronize->setIcon(QIcon(QStringLiteral(":/icons/sync.svg")));
    m_ui->resellerPin->setMaxLength(64);
    m_ui->save->setShortcut(
        QKeySequence::Save); // Ctrl+S saves, as everywhere; synchronizing stays a click

    m_errors.bind(QStringLiteral("parentId"), m_ui->parentIdError, m_ui->parentAccount);
    m_errors.bind(QStringLiteral("email"), m_ui->emailError, m_ui->email);
    m_errors.bind(QStringLiteral("role"), m_ui->roleError, m_ui->role);
    m_errors.bind(QStringLiteral("resellerPin"), m_ui->resellerPinError, m_ui->resellerPin);
    m_ui->result->clear();

    connect(m_ui->platform, &QComboBox::currentIndexChanged, this, &SyncOptionsDialog::load);
    connect(m_ui->role, &QComboBox::currentIndexChanged, this, &SyncOptionsDialog::roleChanged);
    connect(m_ui->save, &QPushButton::clicked, this, &SyncOptionsDialog::save);
    connect(m_ui->saveAndSynchronize, &QPushButton::clicked, this,
            &SyncOptionsDialog::saveAndSynchronize);
    connect(m_ui->retry, &QPushButton::clicked, this, &SyncOptionsDialog::retry);
    connect(m_ui->close, &QPushButton::clicked, this, &QDialog::reject);
    RoleGate::apply(this, backend->lastMe()); // read-only for a role that may not save
    if (!backend->lastMe().can(Permission::SyncSave))
        setWindowTitle(tr("Sync Options (read-only)"));
    load();
}

SyncOptionsDialog::~SyncOptionsDialog() = default;

QString SyncOptionsDialog::platform() const {
    return m_ui->platform->currentData().toString();
}

void SyncOptionsDialog::setPlatform(const QString &code) {
    m_ui->platform->setCurrentIndex(m_ui->platform->findData(code));
}

void SyncOptionsDialog::load() {
    m_loaded = false;
    m_errors.clear();
    m_ui->result->clear();
    const int generation = ++m_generation;
    setBusy(true);
    whenReady(m_backend->syncOptions(m_account.id, platform()), this, m_busy,
              [this, generation](const Result<PlatformSync> &r) {
                  if (generation != m_generation)
                      return;
                  setBusy(false);
                  if (!r) {
                      m_ui->result->setStyleSheet(palette::textStyle(palette::Tone::Error));
                      m_ui->result->setText(r.error().describe());
                      offerRetry(r.error(), Retry::Load);
                      FieldErrors::growToFit(this);
                      return;
                  }
                  showOptions(r.value());
                  m_loaded = true;
              });
}

void SyncOptionsDialog::showOptions(const PlatformSync &sync) {
    m_sync = sync;
    // What the seed asks for, filled in from the account when nothing is saved yet.
    const std::optional<Id> parent = sync.parentId ? sync.parentId : m_account.parentId;
    if (parent) {
        const QString name = parent == m_account.parentId ? m_account.parentName : QString();
        m_ui->parentAccount->setCurrentAccount(
            *parent, name.isEmpty() ? tr("Account %1").arg(*parent) : name);
    } else {
        m_ui->parentAccount->clearSelection();
    }
    m_ui->email->setText(sync.email.isEmpty() ? m_account.email : sync.email);
    const SyncRole role = sync.role.value_or(
        m_account.type == AccountType::Reseller ? SyncRole::Reseller : SyncRole::User);
    m_ui->role->setCurrentIndex(m_ui->role->findData(static_cast<int>(role)));
    m_ui->resellerPin->clear();
    showStatus();
    roleChanged();
}

void SyncOptionsDialog::showStatus() {
    const QString name = m_ui->platform->currentText();
    QString text;
    palette::Tone tone = palette::Tone::Muted;
    switch (m_sync.status) {
    case SyncStatus::Synchronized:
        text = tr("Synchronized with %1").arg(name);
        tone = palette::Tone::Ok;
        break;
    case SyncStatus::UnSynchronized:
        text = tr("UnSynchronized: this account is not connected to %1 yet").arg(name);
        break;
    case SyncStatus::Failed:
        text = tr("Failed: %1")
                   .arg(m_sync.lastError.isEmpty() ? tr("no reason given") : m_sync.lastError);
        tone = palette::Tone::Error;
        break;
    }
    m_ui->status->setText(text);
    m_ui->status->setStyleSheet(palette::textStyle(tone) + QStringLiteral(" font-weight: bold;"));
    m_ui->retry->setVisible(m_sync.status == SyncStatus::Failed);
    m_retry = Retry::Synchronize;
    m_ui->pinState->setText(m_sync.resellerPinSet ? tr("PIN set") : tr("No PIN set"));
    m_ui->resellerPin->setPlaceholderText(m_sync.resellerPinSet ? tr("PIN set — type to replace it")
                                                                : tr("Required for resellers"));
    FieldErrors::growToFit(this);
}

void SyncOptionsDialog::roleChanged() {
    const bool reseller =
        static_cast<SyncRole>(m_ui->role->currentData().toInt()) == SyncRole::Reseller;
    m_ui->resellerPin->setEnabled(reseller);
    m_ui->pinLabel->setEnabled(reseller);
    m_ui->pinState->setVisible(reseller);
    if (!reseller)
        m_ui->resellerPin->clear();
}

SyncOptionsInput SyncOptionsDialog::input() const {
    SyncOptionsInput in;
    in.parentId = m_ui->parentAccount->currentAccountId();
    in.email = m_ui->email->text().trimmed();
    if (m_ui->role->currentIndex() >= 0)
        in.role = static_cast<SyncRole>(m_ui->role->currentData().toInt());
    in.resellerPin = m_ui->resellerPin->text();
    return in;
}

void SyncOptionsDialog::save() {
    submit(false);
}

void SyncOptionsDialog::saveAndSynchronize() {
    const QString name = m_ui->platform->currentText();
    if (!Confirm::ask(this, tr("Save & Synchronize"),
                      tr("Save these Sync Options and synchronize “%1” with %2 now?")
                          .arg(m_account.name, name),
                      tr("Save & Synchronize")))
        return;
    submit(true);
}

void SyncOptionsDialog::retry() {
    // After a lost connection Retry does again what failed; otherwise it synchronizes again the
    // account the platform refused.
    switch (std::exchange(m_retry, Retry::Synchronize)) {
    case Retry::Load:
        load();
        break;
    case Retry::Save:
        submit(false);
        break;
    case Retry::Synchronize:
        submit(true);
        break;
    }
}

void SyncOptionsDialog::offerRetry(const Error &error, Retry what) {
    const bool unavailable = error.kind == ErrorKind::Unavailable;
    m_retry = unavailable ? what : Retry::Synchronize;
    m_ui->retry->setVisible(unavailable || m_sync.status == SyncStatus::Failed);
}

void SyncOptionsDialog::submit(bool synchronize) {
    m_errors.clear();
    m_ui->result->clear();
    setBusy(true);
    const QString code = platform();
    const QString name = m_ui->platform->currentText();
    auto future = synchronize ? m_backend->saveAndSynchronize(m_account.id, code, input())
                              : m_backend->saveSyncOptions(m_account.id, code, input());
    whenReady(future, this, m_busy, [this, synchronize, code, name](const Result<PlatformSync> &r) {
        setBusy(false);
        if (!r) {
            const QString rest = m_errors.show(r.error());
            m_ui->result->setStyleSheet(palette::textStyle(palette::Tone::Error));
            if (r.error().kind == ErrorKind::Unavailable)
                m_ui->result->setText(
                    tr("%1 Nothing was saved; what you typed is kept. Press Retry to try again.")
                        .arg(rest));
            else
                m_ui->result->setText(
                    rest.isEmpty()
                        ? tr("Nothing was saved: please correct the fields marked above.")
                        : rest);
            offerRetry(r.error(), synchronize ? Retry::Synchronize : Retry::Save);
            FieldErrors::growToFit(this);
            return;
        }
        showOptions(r.value());
        m_loaded = true;
        if (!synchronize) {
            m_ui->result->setStyleSheet(QString());
            m_ui->result->setText(
                tr("Sync Options saved. Use Save & Synchronize to connect the account."));
        } else if (r->status == SyncStatus::Synchronized) {
            m_ui->result->setStyleSheet(palette::textStyle(palette::Tone::Ok));
            m_ui->result->setText(tr("The account is synchronized with %1.").arg(name));
        } else {
            m_ui->result->setStyleSheet(palette::textStyle(palette::Tone::Error));
            m_ui->result->setText(
                tr("%1 refused the synchronization: %2. Fix the cause and press Retry.")
                    .arg(name, r->lastError));
        }
        FieldErrors::growToFit(this);
        if (synchronize)
            Q_EMIT synchronized(m_account.id, code, r->status);
    });
}

void SyncOptionsDialog::setBusy(bool busy) {
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->save), static_cast<QWidget *>(m_ui->saveAndSynchronize),
          static_cast<QWidget *>(m_ui->retry), static_cast<QWidget *>(m_ui->platform)})
        w->setEnabled(!busy);
}

} // namespace bss
