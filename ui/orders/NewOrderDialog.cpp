#include "ui/orders/NewOrderDialog.h"

#include "ui/common/Async.h"
#include "ui_NewOrderDialog.h"

#include "app/backend/Backend.h"

#include <QPushButton>

namespace bss {

NewOrderDialog::NewOrderDialog(Backend *backend, BusyIndicator *busy, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewOrderDialog>())
    , m_backend(backend)
    , m_busy(busy) {
    setObjectName(QStringLiteral("newOrderDialog"));
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("New order"));
    setAccessibleName(windowTitle());
    m_ui->customer->setBackend(backend, busy);
    m_ui->customer->setLabel(tr("Customer"));
    // Nobody's order until a customer is chosen: Save then says to choose one.
    m_ui->customer->setNoneLabel(tr("(choose the customer)"));
    m_ui->customer->reload();
    QPushButton *saveButton = m_ui->buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveOrder"));
    saveButton->setAccessibleName(saveButton->text().remove(QLatin1Char('&')));
    saveButton->setShortcut(QKeySequence::Save);
    QPushButton *cancelButton = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancel"));
    cancelButton->setAccessibleName(cancelButton->text().remove(QLatin1Char('&')));
    m_errors.bind(QStringLiteral("accountId"), m_ui->accountIdError, m_ui->customer);
    m_errors.bind(QString(), m_ui->generalError);
    m_ui->generalError->setVisible(false);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewOrderDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NewOrderDialog::~NewOrderDialog() = default;

AccountChooser *NewOrderDialog::customer() const {
    return m_ui->customer;
}

void NewOrderDialog::setCustomer(Id accountId, const QString &name) {
    m_ui->customer->setCurrentAccount(accountId, name);
}

void NewOrderDialog::save() {
    m_errors.clear();
    const std::optional<Id> account = m_ui->customer->currentAccountId();
    if (!account) {
        m_errors.show(
            Error::validation({{QStringLiteral("accountId"), tr("Choose the customer account.")}}));
        return;
    }
    m_ui->buttons->setEnabled(false);
    whenReady(m_backend->createOrder(*account), this, m_busy, [this](const Result<Order> &r) {
        m_ui->buttons->setEnabled(true);
        if (!r) {
            const QString rest = m_errors.show(r.error());
            if (!rest.isEmpty()) {
                m_ui->generalError->setText(rest);
                m_ui->generalError->setVisible(true);
            }
            return;
        }
        Q_EMIT orderCreated(r.value());
        accept();
    });
}

} // namespace bss
