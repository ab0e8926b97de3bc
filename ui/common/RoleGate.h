#pragma once

#include "app/domain/Permissions.h"

#include <QObject>

#include <optional>

class QWidget;

namespace bss {

// Fits a window to the signed-in user's role: a control whose action the user may not take
// (by the `may` list of GET /auth/me, Backend::lastMe()) stays disabled, whatever its page
// says, with a tooltip that tells why. The pages keep enabling their controls by their own
// state (a draft, a selection); the gate only says no on top, so a click never ends in a 403.
//
// The controls are named in one table (RoleGate.cpp) by their objectName, under the dialog or
// page that holds them.
class RoleGate : public QObject {
    Q_OBJECT
public:
    // Gates the table's controls found under `root` now (a page or a dialog just built).
    static void apply(QWidget *root, const Me &me);
    // The action behind a control of the table; nullopt for any other control.
    static std::optional<Permission> permissionOf(const QWidget *control);
    // Why the user may not, in words for a tooltip or a message.
    static QString whyNot(const Me &me, Permission permission);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit RoleGate(const Me &me, QObject *parent);
    void gate(QWidget *control, Permission permission);

    Me m_me;
};

} // namespace bss
