#include "ui/common/OpeningProgress.h"

namespace bss {

OpeningProgress::OpeningProgress(const QString &store, int delay, QWidget *parent)
    : QProgressDialog(parent) {
    setObjectName(QStringLiteral("openingProgress"));
    setWindowTitle(tr("BSS Desk"));
    setLabelText(tr("Opening the store…\n%1\n\nA store from an earlier version is updated "
                    "first; with a million accounts that takes about a minute.")
                     .arg(store));
    setCancelButton(nullptr); // an update in progress is not stopped half-way
    setRange(0, 0);           // no steps to count: a busy bar
    setAutoReset(false);
    setMinimumDuration(delay);
    setValue(0); // starts the delay
}

void OpeningProgress::finish() {
    reset(); // stops the delay, so that it cannot come up later
    hide();
}

} // namespace bss
