#pragma once

#include "ui/common/Async.h"
#include "ui/common/MessageBar.h"

#include "app/domain/Result.h"

#include <QWidget>

class QSettings;

namespace bss {

class Backend;
class BusyIndicator;

// One screen of the main window. MainWindow only navigates: it forwards the toolbar's
// New (Ctrl+N), Find (Ctrl+F), Refresh (F5) and Save (Ctrl+S) to the page shown, and shows
// what the page reports in the message bar. New and Save are enabled only while the page says
// it can create or save; a page whose answer changes emits actionsChanged().
class PageBase : public QWidget {
    Q_OBJECT
public:
    PageBase(Backend *backend, BusyIndicator *busy, QWidget *parent = nullptr);

    // Called every time the page is shown; the first call loads its data.
    void activate();
    bool isActivated() const { return m_activated; }
    // True once the page shows its first data (the --screenshot waits for it).
    virtual bool isReady() const { return m_activated; }

    virtual void refresh() {}
    virtual void createNew() {}
    virtual void focusSearch() {}
    virtual void save() {}
    // Whether New and Save mean something on this page right now.
    virtual bool canCreate() const { return false; }
    virtual bool canSave() const { return false; }

    virtual void saveSettings(QSettings &settings) const;
    virtual void restoreSettings(QSettings &settings);

Q_SIGNALS:
    void messagePosted(bss::MessageBar::Kind kind, const QString &text);
    // canCreate() or canSave() may answer differently now.
    void actionsChanged();

protected:
    virtual void firstActivation() { refresh(); }
    // Called when the page is shown again; pages refresh here what changed meanwhile.
    virtual void reactivated() {}

    template <typename T, typename F> void call(QFuture<T> future, F handler) {
        whenReady(std::move(future), this, m_busy, std::move(handler));
    }
    void reportError(const Error &error);
    void reportError(const QString &text);
    void reportSuccess(const QString &text);
    void clearMessage();

    Backend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;

private:
    bool m_activated = false;
};

} // namespace bss
