#pragma once

#include "ui/common/FieldErrors.h"

#include "app/domain/Types.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SyncOptionsDialog;
}

namespace bss {

class Backend;
class BusyIndicator;

// Sync Options of one account on one provisioning platform (the seed's screen): Parent
// Account, Email (receives the license key), Role, Reseller PIN (masked; afterwards it only
// says a PIN is set). Save & Synchronize asks for confirmation and shows the result; every
// refusal appears beside its field at once; a Failed status shows the reason and Retry.
class SyncOptionsDialog : public QDialog {
    Q_OBJECT
public:
    SyncOptionsDialog(Backend *backend, BusyIndicator *busy, const Account &account,
                      const QList<Platform> &platforms, const QString &platform,
                      QWidget *parent = nullptr);
    ~SyncOptionsDialog() override;

    QString platform() const;
    void setPlatform(const QString &code);
    const PlatformSync &current() const { return m_sync; }
    bool isLoaded() const { return m_loaded; }
    QString fieldError(const QString &field) const { return m_errors.messageFor(field); }

    void save();
    void saveAndSynchronize();
    void retry();

Q_SIGNALS:
    void synchronized(bss::Id accountId, const QString &platform, bss::SyncStatus status);

private:
    void load();
    void showOptions(const PlatformSync &sync);
    void showStatus();
    void roleChanged();
    SyncOptionsInput input() const;
    void submit(bool synchronize);
    void setBusy(bool busy);
    // What Retry does: the failed load or save after a lost connection, else synchronize again.
    enum class Retry { Load, Save, Synchronize };
    void offerRetry(const Error &error, Retry what);

    std::unique_ptr<Ui::SyncOptionsDialog> m_ui;
    Backend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;
    Account m_account;
    PlatformSync m_sync;
    FieldErrors m_errors;
    bool m_loaded = false;
    int m_generation = 0;
    Retry m_retry = Retry::Synchronize;
};

} // namespace bss
