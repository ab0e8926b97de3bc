// File > Back Up Store… in the real window: a copy of the embedded store that opens as a store
// with the same data, the result (or the reason there is none) in the message bar, and the
// entry disabled with the reason as its tooltip on a team's server.

#include "tests/gui/GuiTest.h"
#include "ui/common/StoreBackup.h"

#include "app/backend/RestBackend.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTranslator>

using namespace bss;
using namespace bss::test;

class TestGuiBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void backsUpTheEmbeddedStoreWhileItIsInUse() {
        GuiFixture f;
        MainWindow *w = f.window.get();
        QVERIFY(w->showPage(QStringLiteral("accounts")));
        BSS_WAIT_IDLE(w);
        QAction *backup = child<QAction>(w, "actionBackUpStore");
        QVERIFY(fileMenuHas(w, backup));
        QVERIFY(backup->isEnabled());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("my backup.sqlite"));
        StoreBackup::setNextFileName(file);
        backup->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w->messageBar()->kind() == MessageBar::Kind::Success, GuiTimeout);
        QVERIFY2(w->messageBar()->text().contains(QDir::toNativeSeparators(file)),
                 qPrintable(w->messageBar()->text()));
        QVERIFY(backup->isEnabled());
        screenshot(w, QStringLiteral("done"));

        // The copy is a store with the same accounts.
        const qint64 accounts = await(f.backend()->countAccounts({})).value();
        QVERIFY(accounts > 0);
        LocalBackend copy(StoreConfig::sqlite(file), f.backend()->actor());
        BSS_VERIFY_OK(await(copy.open()));
        QCOMPARE(await(copy.countAccounts({})).value(), accounts);
    }

    void saysWhyThereIsNoBackup() {
        GuiFixture f;
        MainWindow *w = f.window.get();
        QVERIFY(w->showPage(QStringLiteral("accounts")));
        BSS_WAIT_IDLE(w);
        StoreBackup::setNextFileName(QStringLiteral("/nonexistent-folder-bss/backup.sqlite"));
        child<QAction>(w, "actionBackUpStore")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w->messageBar()->kind() == MessageBar::Kind::Error, GuiTimeout);
        const QString text = w->messageBar()->text();
        QVERIFY2(text.contains(QLatin1String("not backed up")) &&
                     text.contains(QLatin1String("/nonexistent-folder-bss")),
                 qPrintable(text));
        screenshot(w, QStringLiteral("error"));

        // Cancelling the dialog does nothing: no call, no message.
        w->messageBar()->clear();
        StoreBackup::setNextFileName(QString());
        child<QAction>(w, "actionBackUpStore")->trigger();
        QVERIFY(w->busyIndicator()->isIdle());
        QVERIFY(w->messageBar()->text().isEmpty());
    }

    // The entry, the busy message and the result read in German.
    void readsInGerman() {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral("bssdesk_de"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        GuiFixture f;
        MainWindow *w = f.window.get();
        QVERIFY(w->showPage(QStringLiteral("accounts")));
        BSS_WAIT_IDLE(w);
        QAction *backup = child<QAction>(w, "actionBackUpStore");
        QCOMPARE(backup->text(), QStringLiteral("Speicher s&ichern…"));
        QMenu *file = w->menuBar()->actions().constFirst()->menu();
        file->popup(w->mapToGlobal(QPoint(0, 0)));
        QTRY_VERIFY(file->isVisible());
        screenshot(file, QStringLiteral("menu"));
        file->hide();

        QTemporaryDir dir;
        StoreBackup::setNextFileName(dir.filePath(QStringLiteral("sicherung.sqlite")));
        backup->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w->messageBar()->kind() == MessageBar::Kind::Success, GuiTimeout);
        QVERIFY2(w->messageBar()->text().startsWith(QLatin1String("Der Speicher wurde in")),
                 qPrintable(w->messageBar()->text()));
        screenshot(w, QStringLiteral("done"));
    }

    void isDisabledOnATeamServer() {
        RestBackend team(QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")));
        MainWindow w(&team);
        QAction *backup = child<QAction>(&w, "actionBackUpStore");
        QVERIFY(!backup->isEnabled());
        QVERIFY2(backup->toolTip().contains(QLatin1String("administrator")),
                 qPrintable(backup->toolTip()));
    }

private:
    static bool fileMenuHas(MainWindow *w, QAction *action) {
        const QList<QAction *> menus = w->menuBar()->actions();
        return !menus.isEmpty() && menus.constFirst()->menu() &&
               menus.constFirst()->menu()->actions().contains(action);
    }
};

QTEST_MAIN(TestGuiBackup)
#include "tst_gui_backup.moc"
