#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace bss {

// Confirmation for costly actions (Save & Synchronize, Execute, Buy, Change Configuration).
// Tests answer it in advance with setNextAnswer(), as KeePassXC's MessageBox does, so no
// modal box blocks an offscreen run.
class Confirm {
    Q_DECLARE_TR_FUNCTIONS(Confirm)
public:
    static bool ask(QWidget *parent, const QString &title, const QString &text,
                    const QString &acceptLabel);
    static void setNextAnswer(bool answer) { s_next = answer; }
    static void setAlwaysAnswer(std::optional<bool> answer) { s_always = answer; }
    static QString lastQuestion() { return s_lastQuestion; }

private:
    static inline std::optional<bool> s_next;
    static inline std::optional<bool> s_always;
    static inline QString s_lastQuestion;
};

} // namespace bss
