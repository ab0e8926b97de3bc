#pragma once

class QAbstractItemView;
class QWidget;
class QComboBox;
class QLabel;
class QModelIndex;

namespace bss {

// What screen readers and QA automation (AT-SPI, UI Automation) need beyond Qt's defaults.
namespace accessibility {

// Installs, once, the interfaces that Qt 6.4 gets wrong for assistive technology: a combo box
// is named after its caption (its accessible name) instead of its current text, its value is
// the current text, and choosing an item of its list (AT-SPI "Toggle" or a selection) makes it
// the current item.
void install();

// A value label (an amount, a status) read with its caption: the label's name stays the text
// the user sees, its description is the caption, and the caption labels it (labelled-by).
// An accessible name would hide the value: Qt 6.4 exposes a QLabel's name instead of its text.
void describeValue(QLabel *caption, QLabel *value);

// Names the controls Qt builds without a name under `root`: the clear buttons of line edits
// ("Clear") and a tool bar's extension button ("More tools").
void nameBuiltInControls(QWidget *root);

// The current row follows the selection: a row selected by assistive technology or a script
// (the selection, not the current index) is the one that keyboard and buttons act on.
void followSelection(QAbstractItemView *view);

// The row the user selected (the first one), or an invalid index; actions act on this row.
QModelIndex selectedRow(const QAbstractItemView *view);

} // namespace accessibility
} // namespace bss
