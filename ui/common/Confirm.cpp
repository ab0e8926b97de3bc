#include "ui/common/Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace bss {

bool Confirm::ask(QWidget *parent, const QString &title, const QString &text,
                  const QString &acceptLabel) {
    s_lastQuestion = text;
    if (s_next) {
        const bool answer = *s_next;
        s_next.reset();
        return answer;
    }
    if (s_always)
        return *s_always;

    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmation"));
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAccept"));
    accept->setAccessibleName(acceptLabel);
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("confirmCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace bss
