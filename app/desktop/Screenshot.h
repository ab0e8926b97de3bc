#pragma once

#include <QString>

namespace bss {

class Backend;
class MainWindow;

// The --screenshot mode: grabs as soon as the window's page has painted its data and no
// Backend call is pending (checked on two passes of the event loop, 10 ms apart), saves the
// window as it looks into `file` (a PNG), prints the file's absolute path and ends the
// application with 0. Ends it with 1 when the page is not ready within 30 s or the file
// cannot be written.
//
// With `open` ("sync-options:ACCOUNT" or "sync-options:ACCOUNT:PLATFORM"), the page is the
// accounts page and the grab is of the Sync Options dialog of the account whose name is
// ACCOUNT, once its options are shown.
void takeScreenshot(MainWindow *window, Backend *backend, const QString &file,
                    const QString &open = {});

// Why `open` is not something --open can show; empty when it is.
QString checkOpenTarget(const QString &open);

} // namespace bss
