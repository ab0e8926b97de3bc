#include "ui/common/Accessibility.h"

#include <QAbstractItemView>
#include <QAccessibleWidget>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QToolBar>
#include <QToolButton>

namespace bss::accessibility {

namespace {

// Keeps a combo box and the selection of its list in step: the list shows the current item
// as selected, and an item selected from outside while the list is closed (assistive
// technology toggling an item) becomes the current item.
void syncListSelection(QComboBox *combo) {
    if (combo->property("bssListSynced").toBool())
        return;
    combo->setProperty("bssListSynced", true);
    QAbstractItemView *list = combo->view();
    const auto showCurrent = [combo, list] {
        if (!list->selectionModel() || list->isVisible())
            return;
        const QModelIndex current = combo->model()->index(
            combo->currentIndex(), combo->modelColumn(), combo->rootModelIndex());
        if (!list->selectionModel()->isSelected(current))
            list->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
    };
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, showCurrent);
    QObject::connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, combo,
                     [combo, list] {
                         if (list->isVisible())
                             return; // the user is browsing the open list; Enter chooses
                         const QModelIndexList chosen = list->selectionModel()->selectedIndexes();
                         if (!chosen.isEmpty() && chosen.first().row() != combo->currentIndex())
                             combo->setCurrentIndex(chosen.first().row());
                     });
    showCurrent();
}

// Qt 6.4 names a combo box after its current text on Linux (its caption is left to a relation
// that QA tools and some screen readers do not follow), and exposes that text nowhere else.
class AccessibleComboBox : public QAccessibleWidget, public QAccessibleTextInterface {
public:
    explicit AccessibleComboBox(QComboBox *combo)
        : QAccessibleWidget(combo, QAccessible::ComboBox) {
        syncListSelection(combo);
    }

    QComboBox *combo() const { return static_cast<QComboBox *>(widget()); }

    void *interface_cast(QAccessible::InterfaceType type) override {
        if (type == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    int childCount() const override { return combo()->isEditable() ? 2 : 1; }
    QAccessibleInterface *child(int index) const override {
        if (index == 0)
            return QAccessible::queryAccessibleInterface(combo()->view());
        if (index == 1 && combo()->isEditable())
            return QAccessible::queryAccessibleInterface(combo()->lineEdit());
        return nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override {
        if (child->object() == combo()->view())
            return 0;
        if (combo()->isEditable() && child->object() == combo()->lineEdit())
            return 1;
        return -1;
    }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    QString text(QAccessible::Text t) const override {
        if (t == QAccessible::Value)
            return value();
        QString s = QAccessibleWidget::text(t); // Name: the accessible name or the buddy's text
        if (t == QAccessible::Name && s.isEmpty())
            s = value();
        return s;
    }

    QStringList actionNames() const override { return {showMenuAction(), pressAction()}; }
    void doAction(const QString &action) override {
        if (action != showMenuAction() && action != pressAction())
            return;
        if (combo()->view()->isVisible())
            combo()->hidePopup();
        else
            combo()->showPopup();
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    // The current text, read-only, through the text interface.
    QString text(int start, int end) const override { return value().mid(start, end - start); }
    int characterCount() const override { return int(value().size()); }
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override {}
    void selection(int, int *start, int *end) const override { *start = *end = 0; }
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    QRect characterRect(int) const override { return {}; }
    int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override {}
    QString attributes(int, int *start, int *end) const override {
        *start = 0;
        *end = characterCount();
        return {};
    }

private:
    QString value() const {
        return combo()->isEditable() ? combo()->lineEdit()->text() : combo()->currentText();
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object) {
    Q_UNUSED(className)
    if (auto *combo = qobject_cast<QComboBox *>(object); combo && object->isWidgetType())
        return new AccessibleComboBox(combo);
    return nullptr;
}

} // namespace

void install() {
    static bool installed = false;
    if (std::exchange(installed, true))
        return;
    QAccessible::installFactory(factory);
}

void describeValue(QLabel *caption, QLabel *value) {
    QString spoken = caption->text();
    spoken.remove(QLatin1Char('&'));
    if (spoken.endsWith(QLatin1Char(':')))
        spoken.chop(1);
    value->setAccessibleName(QString());
    value->setAccessibleDescription(spoken.trimmed());
    caption->setBuddy(value);
}

void nameBuiltInControls(QWidget *root) {
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        // Its button shows this action; Qt gives it no text.
        if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
            clear->setText(QCoreApplication::translate("bss::accessibility", "Clear"));
    }
    for (QToolBar *toolbar : root->findChildren<QToolBar *>()) {
        if (auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            more->setAccessibleName(
                QCoreApplication::translate("bss::accessibility", "More tools"));
    }
}

void followSelection(QAbstractItemView *view) {
    QItemSelectionModel *selection = view->selectionModel();
    QObject::connect(selection, &QItemSelectionModel::selectionChanged, view,
                     [view = QPointer<QAbstractItemView>(view)] {
                         if (!view)
                             return;
                         const QModelIndex row = selectedRow(view);
                         const QModelIndex current = view->currentIndex();
                         if (!row.isValid() || (current.isValid() && current.row() == row.row() &&
                                                current.parent() == row.parent()))
                             return;
                         const int column = current.isValid() ? current.column() : 0;
                         view->selectionModel()->setCurrentIndex(row.siblingAtColumn(column),
                                                                 QItemSelectionModel::NoUpdate);
                     });
}

QModelIndex selectedRow(const QAbstractItemView *view) {
    const QItemSelectionModel *selection = view->selectionModel();
    if (!selection)
        return {};
    QModelIndexList indexes = selection->selectedIndexes();
    if (indexes.isEmpty())
        return {};
    std::sort(indexes.begin(), indexes.end());
    return indexes.first().siblingAtColumn(0);
}

} // namespace bss::accessibility
