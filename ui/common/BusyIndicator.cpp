#include "ui/common/BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace bss {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_alive(std::make_shared<bool>(true)) {
    setObjectName(QStringLiteral("busyIndicator"));
    setAccessibleName(tr("Working…"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(80);
    m_bar->setMaximumHeight(14);
    m_label = new QLabel(tr("Working…"), this);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    setVisible(false);

    m_delay.setSingleShot(true);
    m_delay.setInterval(200);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        if (m_pending > 0)
            setVisible(true);
    });
}

BusyIndicator::~BusyIndicator() {
    *m_alive = false;
}

BusyIndicator::Token BusyIndicator::begin() {
    if (m_pending++ == 0) {
        m_delay.start();
        Q_EMIT idleChanged(false);
    }
    // The deleter may run after this widget is gone (a future outliving the window).
    std::weak_ptr<bool> alive = m_alive;
    return Token(static_cast<void *>(this), [this, alive](void *) {
        if (auto a = alive.lock(); a && *a)
            finish();
    });
}

void BusyIndicator::finish() {
    if (m_pending == 0 || --m_pending > 0)
        return;
    m_delay.stop();
    setVisible(false);
    Q_EMIT idleChanged(true);
}

} // namespace bss
