#include "ui/common/FieldErrors.h"

#include "ui/common/Palette.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QSizePolicy>
#include <QStringList>
#include <QWidget>

namespace bss {

namespace {

void mark(QWidget *input, bool invalid) {
    if (!input)
        return;
    // The style sheet below keys on this property; accessibility tools read the description.
    input->setProperty("invalid", invalid);
    input->setStyleSheet(invalid ? QStringLiteral("*[invalid=\"true\"] { border: 1px solid %1; }")
                                       .arg(palette::css(palette::text(palette::Tone::Error)))
                                 : QString());
    // A styled border changes a combo box's metrics; keep it as wide as its longest choice.
    if (auto *combo = qobject_cast<QComboBox *>(input))
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

} // namespace

void FieldErrors::bind(const QString &field, QLabel *label, QWidget *input) {
    m_bindings.insert(field, {label, input});
    if (label) {
        label->setStyleSheet(palette::textStyle(palette::Tone::Error));
        label->setWordWrap(true);
        // A wrapped label is as wide as its column, not as narrow as its own size hint.
        label->setSizePolicy(QSizePolicy::Expanding, label->sizePolicy().verticalPolicy());
        label->clear();
        label->setVisible(false);
    }
}

QString FieldErrors::show(const Error &error) {
    clear();
    QStringList rest;
    for (const FieldError &fe : error.fieldErrors) {
        const auto it = m_bindings.constFind(fe.field);
        if (it == m_bindings.constEnd() || !it->label) {
            rest.append(fe.message);
            continue;
        }
        QLabel *label = it->label;
        label->setText(label->text().isEmpty() ? fe.message
                                               : label->text() + QLatin1Char('\n') + fe.message);
        label->setVisible(true);
        mark(it->input, true);
        if (it->input)
            it->input->setAccessibleDescription(label->text());
    }
    if (error.fieldErrors.isEmpty())
        rest.append(error.message);
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.label) {
            growToFit(b.label->window());
            break;
        }
    }
    return rest.join(QLatin1Char('\n'));
}

void FieldErrors::growToFit(QWidget *window) {
    // Only dialogs: the main window keeps the size the user gave it.
    if (!qobject_cast<QDialog *>(window) || !window->layout())
        return;
    QLayout *layout = window->layout();
    layout->activate();
    const int width = window->width();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(width, needed);
}

void FieldErrors::clear() {
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.label) {
            b.label->clear();
            b.label->setVisible(false);
        }
        mark(b.input, false);
        if (b.input)
            b.input->setAccessibleDescription(QString());
    }
}

QString FieldErrors::messageFor(const QString &field) const {
    const auto it = m_bindings.constFind(field);
    return it != m_bindings.constEnd() && it->label ? it->label->text() : QString();
}

} // namespace bss
