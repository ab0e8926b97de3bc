#pragma once

#include <QString>

namespace bss {

class MainWindow;

// The --screenshot mode: waits until the window's page has painted its data and no call has
// been pending for a moment, saves the window as it looks into `file` (a PNG), prints the
// file's absolute path and ends the application with 0. Ends it with 1 when the page is not
// ready within 30 s or the file cannot be written.
void takeScreenshot(MainWindow *window, const QString &file);

} // namespace bss
