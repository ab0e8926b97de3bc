#pragma once

#include "app/domain/Types.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ChangeConfigurationDialog;
}

namespace bss {

class Backend;
class BusyIndicator;

// Change Configuration: new Seats for an active subscription. Every value is first sent as a
// dry run, which shows what happens (charge now, effective date, new recurring price); Save
// is enabled only while the figures shown belong to the Seats shown.
class ChangeConfigurationDialog : public QDialog {
    Q_OBJECT
public:
    ChangeConfigurationDialog(Backend *backend, BusyIndicator *busy,
                              const Subscription &subscription, QWidget *parent = nullptr);
    ~ChangeConfigurationDialog() override;

    void setSeats(int seats);
    int seats() const;
    bool hasDryRun() const { return m_dryRunSeats && *m_dryRunSeats == seats(); }
    void save();

Q_SIGNALS:
    void configurationChanged(const bss::ConfigurationChange &change);
    void dryRunShown();

private:
    void loadProduct();
    void dryRun();
    void updateSave();

    std::unique_ptr<Ui::ChangeConfigurationDialog> m_ui;
    Backend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;
    Subscription m_subscription;
    std::optional<int> m_dryRunSeats;
    int m_generation = 0;
    bool m_saving = false;
};

} // namespace bss
