#include "app/desktop/Screenshot.h"

#include "app/desktop/CommandLine.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace bss {

void takeScreenshot(MainWindow *window, const QString &file) {
    auto *timer = new QTimer(window);
    auto quietTicks = std::make_shared<int>(0);
    auto elapsed = std::make_shared<int>(0);
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, window, [window, file, timer, quietTicks, elapsed] {
        *elapsed += timer->interval();
        *quietTicks = window->isIdle() ? *quietTicks + 1 : 0;
        if (*quietTicks < 4 && *elapsed < 30000)
            return;
        timer->stop();
        if (*quietTicks < 4) {
            printError(QStringLiteral("the %1 page did not finish loading within 30 s")
                           .arg(window->currentPageName()));
            QApplication::exit(1);
            return;
        }
        if (!window->grab().save(file)) {
            printError(QStringLiteral("cannot write %1").arg(file));
            QApplication::exit(1);
            return;
        }
        std::printf("%s\n", qUtf8Printable(QFileInfo(file).absoluteFilePath()));
        QApplication::exit(0);
    });
    timer->start();
}

} // namespace bss
