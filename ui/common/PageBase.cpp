#include "ui/common/PageBase.h"

#include "app/backend/Backend.h"

namespace bss {

PageBase::PageBase(Backend *backend, BusyIndicator *busy, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_busy(busy) {}

void PageBase::activate() {
    if (m_activated) {
        reactivated();
        return;
    }
    m_activated = true;
    firstActivation();
}

void PageBase::saveSettings(QSettings &) const {}

void PageBase::restoreSettings(QSettings &) {}

void PageBase::reportError(const Error &error) {
    reportError(error.describe());
}

void PageBase::reportError(const QString &text) {
    Q_EMIT messagePosted(MessageBar::Kind::Error, text);
}

void PageBase::reportSuccess(const QString &text) {
    Q_EMIT messagePosted(MessageBar::Kind::Success, text);
}

void PageBase::clearMessage() {
    Q_EMIT messagePosted(MessageBar::Kind::Info, QString());
}

} // namespace bss
