#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace bss {

// The strip above a page that says what went wrong (or what just happened) in one sentence,
// instead of a chain of modal boxes. Stays until closed or replaced.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Success, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // The message with one button that does something about it (Reload, Retry); the bar
    // closes before `action` runs.
    void showMessage(Kind kind, const QString &text, const QString &actionText,
                     std::function<void()> action);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showInfo(const QString &text) { showMessage(Kind::Info, text); }
    void showSuccess(const QString &text) { showMessage(Kind::Success, text); }
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }
    QString actionText() const; // empty when the message offers no action

private:
    Kind m_kind = Kind::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    std::function<void()> m_callback;
};

} // namespace bss
