#include "ui/subscriptions/ChangeConfigurationDialog.h"

#include "ui/common/Async.h"
#include "ui/common/Confirm.h"
#include "ui/common/Format.h"
#include "ui/common/QuoteFigures.h"
#include "ui_ChangeConfigurationDialog.h"

#include "app/backend/Backend.h"
#include "app/domain/Limits.h"

#include <QLocale>
#include <QPushButton>

namespace bss {

ChangeConfigurationDialog::ChangeConfigurationDialog(Backend *backend, BusyIndicator *busy,
                                                     const Subscription &subscription,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeConfigurationDialog>())
    , m_backend(backend)
    , m_busy(busy)
    , m_subscription(subscription) {
    setObjectName(QStringLiteral("changeConfigurationDialog"));
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Change Configuration"));
    setAccessibleName(windowTitle());
    m_ui->subscriptionTitle->setText(tr("<b>%1</b> for %2")
                                         .arg(subscription.productName.toHtmlEscaped(),
                                              subscription.accountName.toHtmlEscaped()));
    m_ui->currentSeats->setText(subscription.pendingSeats
                                    ? tr("%1 (%2 from the next period)")
                                          .arg(QLocale().toString(subscription.seats),
                                               QLocale().toString(*subscription.pendingSeats))
                                    : QLocale().toString(subscription.seats));
    m_ui->seats->setRange(limits::minSeats, limits::maxSeats);
    m_ui->seats->setValue(subscription.seats);
    m_ui->seats->setEnabled(false); // until the product's limits are known
    using Figure = QuoteFigures::Figure;
    m_ui->figures->setFigures(
        {Figure::ChargeNow, Figure::EffectiveDate, Figure::NewRecurringPrice});
    m_ui->figures->setSeatsInput(m_ui->seats);
    m_ui->figures->alignCaptionsWith(m_ui->form);
    QPushButton *saveButton = m_ui->buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveChange"));
    saveButton->setAccessibleName(saveButton->text().remove(QLatin1Char('&')));
    saveButton->setShortcut(QKeySequence::Save);
    QPushButton *cancelButton = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancel"));
    cancelButton->setAccessibleName(cancelButton->text().remove(QLatin1Char('&')));
    m_ui->explanation->setText(
        tr("More seats are charged pro rata for the rest of the current period "
           "(nothing during a free period) and apply now; fewer seats apply from the "
           "next period."));

    connect(m_ui->seats, &QSpinBox::valueChanged, this, &ChangeConfigurationDialog::dryRun);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ChangeConfigurationDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSave();
    loadProduct();
}

ChangeConfigurationDialog::~ChangeConfigurationDialog() = default;

void ChangeConfigurationDialog::loadProduct() {
    whenReady(m_backend->products(m_subscription.platform), this, m_busy,
              [this](const Result<QList<Product>> &r) {
                  if (r) {
                      for (const Product &p : r.value()) {
                          if (p.id != m_subscription.productId)
                              continue;
                          const QSignalBlocker blocker(m_ui->seats);
                          m_ui->seats->setRange(p.minSeats, p.maxSeats);
                          m_ui->seats->setSingleStep(qMax(1, p.step));
                          m_ui->limits->setText(Format::seatLimits(p));
                      }
                  }
                  m_ui->seats->setEnabled(true);
                  m_ui->seats->setFocus();
                  m_ui->seats->selectAll();
              });
}

void ChangeConfigurationDialog::setSeats(int seats) {
    m_ui->seats->setValue(seats);
}

int ChangeConfigurationDialog::seats() const {
    return m_ui->seats->value();
}

void ChangeConfigurationDialog::dryRun() {
    m_dryRunSeats.reset();
    m_ui->figures->clear();
    updateSave();
    const int seats = m_ui->seats->value();
    if (seats == m_subscription.seats)
        return;
    const int generation = ++m_generation;
    whenReady(m_backend->changeConfiguration(m_subscription.id, seats, true), this, m_busy,
              [this, seats, generation](const Result<ConfigurationChange> &r) {
                  if (generation != m_generation)
                      return;
                  if (!r) {
                      m_ui->figures->showError(r.error());
                      return;
                  }
                  m_ui->figures->showChange(r.value());
                  m_dryRunSeats = seats;
                  updateSave();
                  Q_EMIT dryRunShown();
              });
}

void ChangeConfigurationDialog::updateSave() {
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(hasDryRun() && !m_saving);
}

void ChangeConfigurationDialog::save() {
    if (!hasDryRun() || m_saving)
        return;
    const int seats = m_ui->seats->value();
    if (!Confirm::ask(this, tr("Change Configuration"),
                      tr("Change %1 from %2 to %3 seats? Charge now: %4.")
                          .arg(m_subscription.productName, QLocale().toString(m_subscription.seats),
                               QLocale().toString(seats),
                               m_ui->figures->text(QuoteFigures::Figure::ChargeNow)),
                      tr("Change Configuration")))
        return;
    m_saving = true;
    updateSave();
    whenReady(m_backend->changeConfiguration(m_subscription.id, seats, false), this, m_busy,
              [this](const Result<ConfigurationChange> &r) {
                  m_saving = false;
                  if (!r) {
                      updateSave();
                      m_ui->figures->showError(r.error());
                      return;
                  }
                  Q_EMIT configurationChanged(r.value());
                  accept();
              });
}

} // namespace bss
