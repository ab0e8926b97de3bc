#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace bss {

class Backend;
class BusyIndicator;
class MessageBar;

// File > Back up store…: asks for a file, copies the embedded store into it while the window
// goes on working (the busy indicator runs meanwhile), and says in the message bar where the
// copy went or why there is none. Disabled, with a tooltip saying why, on a team's server.
class StoreBackup : public QObject {
    Q_OBJECT
public:
    StoreBackup(Backend *backend, BusyIndicator *busy, MessageBar *bar, QWidget *window);

    QAction *action() const { return m_action; }
    // Asks for the file (a save dialog), then backs up.
    void start();
    // Tests name the file in advance instead of answering the dialog (an empty name: the user
    // cancelled), as Confirm::setNextAnswer does for questions.
    static void setNextFileName(const QString &file) {
        s_nextFile = file;
        s_hasNext = true;
    }

Q_SIGNALS:
    void finished(bool ok);

private:
    QString askForFile();
    void backUpTo(const QString &file);

    Backend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;
    MessageBar *m_bar = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_action = nullptr;
    static inline QString s_nextFile;
    static inline bool s_hasNext = false;
};

} // namespace bss
