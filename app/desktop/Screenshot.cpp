#include "app/desktop/Screenshot.h"

#include "app/desktop/CommandLine.h"
#include "ui/MainWindow.h"
#include "ui/accounts/SyncOptionsDialog.h"
#include "ui/common/BusyIndicator.h"

#include "app/backend/Backend.h"

#include <QApplication>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace bss {

namespace {

constexpr int TickMs = 10;
constexpr int LimitMs = 30000;

// Calls `ready` every tick until it returns a widget twice in a row (the second time after the
// events the first pass posted, layouts and repaints, have run), then `done` with it; `done`
// with null after 30 s.
void whenReady(QObject *context, std::function<QWidget *()> ready,
               std::function<void(QWidget *)> done) {
    auto *timer = new QTimer(context);
    auto elapsed = std::make_shared<int>(0);
    auto readyTicks = std::make_shared<int>(0);
    timer->setInterval(TickMs);
    QObject::connect(timer, &QTimer::timeout, context, [=] {
        *elapsed += TickMs;
        QWidget *widget = ready();
        *readyTicks = widget ? *readyTicks + 1 : 0;
        if (*readyTicks < 2 && *elapsed < LimitMs)
            return;
        timer->stop();
        timer->deleteLater();
        done(*readyTicks >= 2 ? widget : nullptr);
    });
    timer->start();
}

void save(QWidget *widget, const QString &file, const QString &what) {
    if (!widget) {
        printError(QStringLiteral("%1 did not finish loading within 30 s").arg(what));
        QApplication::exit(1);
        return;
    }
    if (!widget->grab().save(file)) {
        printError(QStringLiteral("cannot write %1").arg(file));
        QApplication::exit(1);
        return;
    }
    std::printf("%s\n", qUtf8Printable(QFileInfo(file).absoluteFilePath()));
    QApplication::exit(0);
}

// Finds the account named `name`, opens its Sync Options over `window` and grabs them.
void openSyncOptions(MainWindow *window, Backend *backend, const QString &file, const QString &name,
                     const QString &platform) {
    AccountQuery query;
    query.q = name;
    backend->accounts(query).then(window, [=](const Result<Page<Account>> &accounts) {
        const Account *account = nullptr;
        for (const Account &a : accounts ? accounts->items : QList<Account>{}) {
            if (a.name == name)
                account = &a;
        }
        if (!account) {
            printError(QStringLiteral("no account is named \"%1\"").arg(name));
            QApplication::exit(1);
            return;
        }
        const Account chosen = *account;
        backend->platforms().then(window, [=](const Result<QList<Platform>> &platforms) {
            const QList<Platform> all = platforms ? platforms.value() : QList<Platform>{};
            auto *dialog = new SyncOptionsDialog(
                backend, window->busyIndicator(), chosen, all,
                platform.isEmpty() && !all.isEmpty() ? all.first().code : platform, window);
            dialog->open();
            QPointer<SyncOptionsDialog> guard(dialog);
            whenReady(
                window,
                [guard, window]() -> QWidget * {
                    return guard && guard->isLoaded() && window->busyIndicator()->isIdle()
                               ? guard.data()
                               : nullptr;
                },
                [file](QWidget *w) { save(w, file, QStringLiteral("Sync Options")); });
        });
    });
}

} // namespace

QString checkOpenTarget(const QString &open) {
    const QStringList parts = open.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || parts.first() != QLatin1String("sync-options") ||
        parts.at(1).isEmpty())
        return QStringLiteral("--open takes sync-options:ACCOUNT or sync-options:ACCOUNT:PLATFORM");
    return {};
}

void takeScreenshot(MainWindow *window, Backend *backend, const QString &file,
                    const QString &open) {
    whenReady(
        window, [window]() -> QWidget * { return window->isIdle() ? window : nullptr; },
        [window, backend, file, open](QWidget *ready) {
            if (open.isEmpty() || !ready)
                return save(ready, file,
                            QStringLiteral("the %1 page").arg(window->currentPageName()));
            const QStringList parts = open.split(QLatin1Char(':'));
            openSyncOptions(window, backend, file, parts.at(1), parts.value(2));
        });
}

} // namespace bss
