#pragma once

#include "app/domain/Result.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace bss {

// Puts each reason of an Error beside the field it is about, all at once; returns what is
// left (reasons about the whole form or about fields the form does not show) for a general
// message line. The window holding the labels grows so that every reason stays readable.
class FieldErrors {
public:
    void bind(const QString &field, QLabel *label, QWidget *input = nullptr);
    QString show(const Error &error);
    void clear();
    QString messageFor(const QString &field) const;

    // Makes the dialog `window` tall enough for what its layout now shows at its current width
    // (wrapped error lines, a longer status): a dialog never clips a sentence it has just shown.
    static void growToFit(QWidget *window);

private:
    struct Binding {
        QPointer<QLabel> label;
        QPointer<QWidget> input;
    };
    QHash<QString, Binding> m_bindings;
};

} // namespace bss
