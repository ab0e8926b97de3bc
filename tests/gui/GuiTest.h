#pragma once

#include "app/backend/RestBackend.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/BusyIndicator.h"
#include "ui/common/Confirm.h"
#include "ui/common/MessageBar.h"

#include <QAbstractItemView>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <memory>
#include <source_location>

namespace bss::test {

constexpr int GuiTimeout = 15000;

// Settings of a test run never touch the user's.
inline void isolateSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BSS Desk Tests"));
    // A settings file per test program: ctest runs them in parallel, and one that clears its
    // settings must not clear another's.
    QCoreApplication::setApplicationName(
        QStringLiteral("bssdesk-gui-tests-") +
        QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    // As bssdesk does for English: the plural forms ("1 period", "2 periods").
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("bssdesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
}

// The real main window over a fresh demo store, shown at the documented size.
struct GuiFixture {
    GuiFixture()
        : local(std::make_unique<LocalFixture>(true)) {
        window = std::make_unique<MainWindow>(local->backend.get());
        window->resize(1280, 800);
        window->show();
    }
    ~GuiFixture() {
        window.reset();
        local.reset();
    }
    Backend *backend() const { return local->backend.get(); }

    std::unique_ptr<LocalFixture> local;
    std::unique_ptr<MainWindow> window;
};

// Saves what the user sees into the build tree: screenshots/<test>-<step>.png.
inline void screenshot(QWidget *widget, const QString &step) {
    QDir dir(QStringLiteral(BSS_SCREENSHOT_DIR));
    dir.mkpath(QStringLiteral("."));
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') +
                         step + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(dir.filePath(name)), qPrintable(dir.filePath(name)));
}

// Thrown by the lookups below once they have recorded a failure: QtTest reports the failure
// with its words, and the test (and its executable) ends there instead of using a null pointer.
struct MissingControl {};

// The control `name` of type T under `parent`. A renamed or removed control fails the test,
// naming what was looked for and where, like QFAIL; callers do not check for null.
template <typename T>
T *child(const QObject *parent, const char *name,
         std::source_location where = std::source_location::current()) {
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found) {
        const QString message =
            QStringLiteral("no %1 named \"%2\" under %3 \"%4\"")
                .arg(QLatin1String(T::staticMetaObject.className()), QLatin1String(name),
                     QLatin1String(parent->metaObject()->className()), parent->objectName());
        QTest::qFail(qPrintable(message), where.file_name(), int(where.line()));
        throw MissingControl{};
    }
    return found;
}

// The one T (a dialog just opened, say) under `parent`; none fails the test like child().
template <typename T>
T *opened(const QObject *parent, std::source_location where = std::source_location::current()) {
    T *found = parent->findChild<T *>();
    if (!found) {
        const QString message = QStringLiteral("no %1 open under %2")
                                    .arg(QLatin1String(T::staticMetaObject.className()),
                                         QLatin1String(parent->metaObject()->className()));
        QTest::qFail(qPrintable(message), where.file_name(), int(where.line()));
        throw MissingControl{};
    }
    return found;
}

// The row of a table view whose `column` shows `text`; -1 when not loaded.
inline int rowShowing(const QAbstractItemModel *model, int column, const QString &text) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

// A RestBackend signed in to the server at `url` as `user`, or null (with the failure in the
// test log).
inline std::unique_ptr<RestBackend> signedIn(const QUrl &url, const QString &user,
                                             const QString &password) {
    auto backend = std::make_unique<RestBackend>(url);
    const Result<Session> session = await(backend->login(user, password));
    if (!session) {
        qWarning("login as %s failed: %s", qPrintable(user),
                 qPrintable(session.error().describe()));
        return nullptr;
    }
    return backend;
}

} // namespace bss::test

#define BSS_WAIT_IDLE(window) QTRY_VERIFY_WITH_TIMEOUT((window)->isIdle(), bss::test::GuiTimeout)
