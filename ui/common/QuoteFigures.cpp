#include "ui/common/QuoteFigures.h"

#include "ui/common/Accessibility.h"
#include "ui/common/Format.h"

#include "app/domain/Limits.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace bss {

namespace {

const QString &none() {
    static const QString dash = QStringLiteral("—");
    return dash;
}

// The objectName of a figure's value label (QA automation and the GUI tests find it by this).
QString nameOf(QuoteFigures::Figure figure) {
    switch (figure) {
    case QuoteFigures::Figure::Band:
        return QStringLiteral("band");
    case QuoteFigures::Figure::UnitPrice:
        return QStringLiteral("unitPrice");
    case QuoteFigures::Figure::PeriodPrice:
        return QStringLiteral("periodPrice");
    case QuoteFigures::Figure::FirstPeriodCharge:
        return QStringLiteral("firstPeriodCharge");
    case QuoteFigures::Figure::ChargeNow:
        return QStringLiteral("chargeNow");
    case QuoteFigures::Figure::EffectiveDate:
        return QStringLiteral("effectiveDate");
    case QuoteFigures::Figure::NewRecurringPrice:
        return QStringLiteral("newRecurringPrice");
    }
    return {};
}

} // namespace

QuoteFigures::QuoteFigures(QWidget *parent)
    : QWidget(parent) {
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("seatsError"));
    m_form->setWidget(0, QFormLayout::FieldRole, m_error);
    m_errors.bind(QString(), m_error);
}

void QuoteFigures::setFigures(const QList<Figure> &figures, std::optional<Figure> emphasised) {
    for (const Row &row : std::as_const(m_rows))
        m_form->removeRow(row.value);
    m_rows.clear();
    for (const Figure figure : figures) {
        Row row{figure, new QLabel(this), new QLabel(this)};
        switch (figure) {
        case Figure::Band:
            row.caption->setText(tr("Band:"));
            break;
        case Figure::UnitPrice:
            row.caption->setText(tr("Unit price:"));
            break;
        case Figure::PeriodPrice:
            row.caption->setText(tr("Period price:"));
            break;
        case Figure::FirstPeriodCharge:
            row.caption->setText(tr("First-period charge:"));
            break;
        case Figure::ChargeNow:
            row.caption->setText(tr("Charge now:"));
            break;
        case Figure::EffectiveDate:
            row.caption->setText(tr("Effective date:"));
            break;
        case Figure::NewRecurringPrice:
            row.caption->setText(tr("New recurring price:"));
            break;
        }
        row.value->setObjectName(nameOf(figure));
        row.caption->setObjectName(nameOf(figure) + QStringLiteral("Label"));
        if (emphasised == figure) {
            QFont bold = row.value->font();
            bold.setBold(true);
            row.value->setFont(bold);
        }
        m_form->addRow(row.caption, row.value);
        accessibility::describeValue(row.caption, row.value);
        m_rows.append(row);
        setValue(figure, none());
    }
}

void QuoteFigures::setSeatsInput(QWidget *seats) {
    m_errors.bind(QStringLiteral("seats"), m_error, seats);
}

void QuoteFigures::setUpOrderQuote(QSpinBox *seats, QFormLayout *form) {
    seats->setRange(limits::minSeats, limits::maxSeats);
    setFigures({Figure::Band, Figure::UnitPrice, Figure::PeriodPrice, Figure::FirstPeriodCharge},
               Figure::FirstPeriodCharge);
    setSeatsInput(seats);
    alignCaptionsWith(form);
}

void QuoteFigures::alignCaptionsWith(QFormLayout *form) {
    QList<QWidget *> captions;
    for (QFormLayout *layout : {form, m_form}) {
        for (int row = 0; row < layout->rowCount(); ++row) {
            if (QLayoutItem *item = layout->itemAt(row, QFormLayout::LabelRole);
                item && item->widget())
                captions.append(item->widget());
        }
    }
    int width = 0;
    for (const QWidget *caption : std::as_const(captions))
        width = qMax(width, caption->sizeHint().width());
    for (QWidget *caption : std::as_const(captions))
        caption->setMinimumWidth(width);
}

void QuoteFigures::showQuote(const Quote &quote) {
    m_errors.clear();
    setValue(Figure::Band, Format::band(quote.band));
    setValue(Figure::UnitPrice, Format::money(quote.unitPrice));
    setValue(Figure::PeriodPrice, Format::money(quote.periodPrice));
    setValue(Figure::FirstPeriodCharge, Format::money(quote.firstPeriodCharge));
    // Lay the longer values out now, not one event loop turn later: no frame shows them cut.
    m_form->activate();
}

void QuoteFigures::showChange(const ConfigurationChange &change) {
    m_errors.clear();
    setValue(Figure::ChargeNow, Format::money(change.chargeNow));
    setValue(Figure::EffectiveDate, Format::date(change.effectiveDate));
    setValue(Figure::NewRecurringPrice, Format::money(change.newRecurringPrice));
    // Lay the longer values out now, not one event loop turn later: no frame shows them cut.
    m_form->activate();
}

void QuoteFigures::clear() {
    m_errors.clear();
    for (const Row &row : std::as_const(m_rows))
        setValue(row.figure, none());
}

QString QuoteFigures::showFieldErrors(const Error &error) {
    return m_errors.show(error);
}

void QuoteFigures::showError(const Error &error) {
    const QString rest = showFieldErrors(error);
    if (!rest.isEmpty()) {
        m_error->setText(rest);
        m_error->setVisible(true);
    }
}

QString QuoteFigures::text(Figure figure) const {
    const Row *row = rowOf(figure);
    return row ? row->value->text() : QString();
}

void QuoteFigures::setValue(Figure figure, const QString &text) {
    const Row *row = rowOf(figure);
    if (!row)
        return;
    row->value->setText(text);
}

const QuoteFigures::Row *QuoteFigures::rowOf(Figure figure) const {
    for (const Row &row : m_rows) {
        if (row.figure == figure)
            return &row;
    }
    return nullptr;
}

} // namespace bss
