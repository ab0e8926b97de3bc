#pragma once

#include "ui/common/FieldErrors.h"

#include "app/domain/Types.h"

#include <QList>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

class QSpinBox;

namespace bss {

// What the Backend quoted for a number of Seats, as the Seats panel, the Storefront and Change
// Configuration show it: the figures each screen asks for, under one column of captions, "—"
// while nothing is quoted, and the reasons a quote was refused beside the Seats field. The
// figures come from the Backend; nothing here computes a price.
//
// Each value label is named by its field (band, unitPrice, ...; the caption is <name>Label)
// and, for assistive technology, reads its value with its caption (accessibility::describeValue:
// the name "10–14 seats", the description "Band"): a value label named by its caption alone
// would hide the value.
class QuoteFigures : public QWidget {
    Q_OBJECT
public:
    enum class Figure {
        Band,
        UnitPrice,
        PeriodPrice,
        FirstPeriodCharge,
        ChargeNow,
        EffectiveDate,
        NewRecurringPrice
    };

    explicit QuoteFigures(QWidget *parent = nullptr);

    // The rows shown, in this order; `emphasised` (the amount charged) is bold.
    void setFigures(const QList<Figure> &figures, std::optional<Figure> emphasised = {});
    // The Seats field whose refusals are shown here (marked, and described for screen readers).
    void setSeatsInput(QWidget *seats);
    // Lines the captions of `form` (Seats, limits, ...) up with the figures' captions, so the
    // screen reads as one form.
    void alignCaptionsWith(QFormLayout *form);
    // The figures of a new order line's cost (band, unit price, period price, the first period's
    // charge in bold) for `seats`, which takes any seat count the products allow, in `form`.
    void setUpOrderQuote(QSpinBox *seats, QFormLayout *form);

    void showQuote(const Quote &quote);
    void showChange(const ConfigurationChange &change);
    // The figures back to "—" and no error.
    void clear();
    // Reasons about Seats beside the field, the others below it.
    void showError(const Error &error);
    // Reasons about Seats beside the field; returns the others for the caller to show.
    QString showFieldErrors(const Error &error);

    QString text(Figure figure) const;

private:
    struct Row {
        Figure figure;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
    };
    void setValue(Figure figure, const QString &text);
    const Row *rowOf(Figure figure) const;

    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    QList<Row> m_rows;
    FieldErrors m_errors;
};

} // namespace bss
