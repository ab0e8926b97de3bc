#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;

namespace bss {

// Shows "Working…" in the status bar while at least one Backend call is pending, but only
// once a call has taken longer than the delay (~200 ms), so quick calls never flicker.
// Calls hold a Token; the call counts as pending until its last Token copy is gone, which
// also covers continuations that Qt drops because their context object was deleted.
class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    using Token = std::shared_ptr<void>;

    explicit BusyIndicator(QWidget *parent = nullptr);
    ~BusyIndicator() override;

    Token begin();
    int pending() const { return m_pending; }
    bool isIdle() const { return m_pending == 0; }
    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }

Q_SIGNALS:
    void idleChanged(bool idle);

private:
    void finish();

    int m_pending = 0;
    QTimer m_delay;
    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    std::shared_ptr<bool> m_alive;
};

} // namespace bss
