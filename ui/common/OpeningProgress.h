#pragma once

#include <QProgressDialog>

namespace bss {

// While the embedded store opens: a small window that says so, shown only once opening has
// taken longer than `delay` milliseconds, so that a quick open never flickers. Opening can take
// long: a store made by an older version is brought up to the current schema first (a million
// accounts: about 40 s). finish() closes it, and it does not come up after that.
class OpeningProgress : public QProgressDialog {
    Q_OBJECT
public:
    // `store` as StoreConfig::describe() gives it.
    explicit OpeningProgress(const QString &store, int delay = 700, QWidget *parent = nullptr);

    void finish();
};

} // namespace bss
