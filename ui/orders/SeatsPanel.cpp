#include "ui/orders/SeatsPanel.h"

#include "ui/common/Async.h"
#include "ui/common/Format.h"
#include "ui/common/QuoteFigures.h"
#include "ui_SeatsPanel.h"

#include "app/backend/Backend.h"
#include "app/domain/Limits.h"

namespace bss {

SeatsPanel::SeatsPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::SeatsPanel>()) {
    m_ui->setupUi(this);
    setAccessibleName(tr("Manage line"));
    m_ui->save->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    m_ui->figures->setUpOrderQuote(m_ui->seats, m_ui->form);
    connect(m_ui->seats, &QSpinBox::valueChanged, this, &SeatsPanel::requestQuote);
    connect(m_ui->save, &QPushButton::clicked, this, &SeatsPanel::save);
    connect(m_ui->closePanel, &QPushButton::clicked, this, &SeatsPanel::closeRequested);
}

SeatsPanel::~SeatsPanel() = default;

void SeatsPanel::setBackend(Backend *backend, BusyIndicator *busy) {
    m_backend = backend;
    m_busy = busy;
}

void SeatsPanel::edit(const OrderLine &line, const std::optional<Product> &product) {
    m_lineId = line.id;
    m_product = product;
    m_quotedSeats.reset();
    m_ui->figures->clear();
    setTitle(tr("Manage line"));
    m_ui->product->setText(QStringLiteral("<b>%1</b>").arg(line.productName.toHtmlEscaped()));
    {
        const QSignalBlocker blocker(m_ui->seats);
        if (product) {
            m_ui->seats->setRange(product->minSeats, product->maxSeats);
            m_ui->seats->setSingleStep(qMax(1, product->step));
            m_ui->limits->setText(Format::seatLimits(*product));
            m_ui->freeNote->setText(product->freePeriods > 0
                                        ? tr("Nothing is charged for the first %n period(s).",
                                             nullptr, product->freePeriods)
                                        : QString());
        } else {
            m_ui->seats->setRange(limits::minSeats, limits::maxSeats);
            m_ui->seats->setSingleStep(1);
            m_ui->limits->clear();
            m_ui->freeNote->clear();
        }
        m_ui->seats->setValue(line.seats.value_or(product ? product->minSeats : 1));
    }
    setVisible(true);
    m_ui->seats->setFocus();
    m_ui->seats->selectAll();
    requestQuote();
}

int SeatsPanel::seats() const {
    return m_ui->seats->value();
}

void SeatsPanel::setSeats(int seats) {
    m_ui->seats->setValue(seats);
}

void SeatsPanel::requestQuote() {
    if (!m_backend || !m_lineId || !m_product)
        return;
    m_quotedSeats.reset();
    m_ui->figures->clear();
    const int seats = m_ui->seats->value();
    const int generation = ++m_generation;
    whenReady(m_backend->quote(m_product->id, seats), this, m_busy,
              [this, seats, generation](const Result<Quote> &r) {
                  if (generation != m_generation)
                      return;
                  if (!r) {
                      showError(r.error());
                      return;
                  }
                  m_ui->figures->showQuote(r.value());
                  m_quotedSeats = seats;
                  Q_EMIT quoted();
              });
}

void SeatsPanel::showError(const Error &error) {
    m_ui->figures->showError(error);
}

void SeatsPanel::setSaving(bool saving) {
    m_ui->save->setEnabled(!saving);
    m_ui->seats->setEnabled(!saving);
}

void SeatsPanel::save() {
    if (!m_lineId)
        return;
    m_ui->seats->interpretText();
    Q_EMIT saveRequested(*m_lineId, m_ui->seats->value());
}

} // namespace bss
