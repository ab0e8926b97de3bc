#include "ui/common/StoreBackup.h"

#include "app/backend/Backend.h"
#include "ui/common/Async.h"
#include "ui/common/MessageBar.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace bss {

StoreBackup::StoreBackup(Backend *backend, BusyIndicator *busy, MessageBar *bar, QWidget *window)
    : QObject(window)
    , m_backend(backend)
    , m_busy(busy)
    , m_bar(bar)
    , m_window(window) {
    m_action = new QAction(tr("&Back Up Store…"), this);
    m_action->setObjectName(QStringLiteral("actionBackUpStore"));
    if (backend->canBackUpStore()) {
        m_action->setToolTip(tr("Copy the store into a file while you go on working"));
    } else {
        m_action->setEnabled(false);
        m_action->setToolTip(tr("The team's server keeps this data; its administrator backs it "
                                "up."));
    }
    // Menus show tooltips only when asked to.
    m_action->setStatusTip(m_action->toolTip());
    connect(m_action, &QAction::triggered, this, &StoreBackup::start);
}

void StoreBackup::start() {
    if (!m_backend->canBackUpStore())
        return;
    const QString file = askForFile();
    if (file.isEmpty())
        return; // cancelled
    backUpTo(file);
}

QString StoreBackup::askForFile() {
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFile;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("bssdesk-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    return QFileDialog::getSaveFileName(m_window, tr("Back Up Store"), suggested,
                                        tr("BSS Desk stores (*.sqlite);;All files (*)"));
}

void StoreBackup::backUpTo(const QString &file) {
    m_action->setEnabled(false);
    m_bar->showInfo(tr("Backing up the store to %1…").arg(QDir::toNativeSeparators(file)));
    whenReady(m_backend->backUpStore(file), this, m_busy, [this, file](const Result<Done> &r) {
        m_action->setEnabled(true);
        if (!r) {
            m_bar->showError(tr("The store was not backed up: %1").arg(r.error().describe()));
            Q_EMIT finished(false);
            return;
        }
        m_bar->showSuccess(tr("The store was backed up to %1 (%2). To restore it, open that file "
                              "as the store.")
                               .arg(QDir::toNativeSeparators(file),
                                    QLocale().formattedDataSize(QFileInfo(file).size())));
        Q_EMIT finished(true);
    });
}

} // namespace bss
