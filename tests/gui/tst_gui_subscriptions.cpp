// Subscriptions: details, masked activation key with reveal, and Change Configuration with its
// dry run before Save.
#include "GuiTest.h"

#include "ui/models/SubscriptionsModel.h"
#include "ui/subscriptions/ChangeConfigurationDialog.h"
#include "ui/subscriptions/SubscriptionsPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace bss;
using namespace bss::test;

class TestSubscriptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void changeConfiguration();
    void revealActivationKey();

private:
    static int provisionedRow(const SubscriptionsModel *model);
};

int TestSubscriptions::provisionedRow(const SubscriptionsModel *model) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->valueAt(row).provisioningStatus == ProvisioningStatus::Provisioned)
            return row;
    }
    return -1;
}

void TestSubscriptions::changeConfiguration() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("subscriptions")));
    SubscriptionsPage *page = w->subscriptionsPage();
    BSS_WAIT_IDLE(w);
    const int row = provisionedRow(page->model());
    QVERIFY(row >= 0);
    child<QTableView>(page, "subscriptionsTable")->selectRow(row);
    const Subscription before = page->model()->valueAt(row);
    screenshot(w, QStringLiteral("subscriptions"));

    QTest::mouseClick(child<QPushButton>(page, "changeConfiguration"), Qt::LeftButton);
    QPointer<ChangeConfigurationDialog> dialog = opened<ChangeConfigurationDialog>(page);
    auto *save = child<QPushButton>(dialog, "saveChange");
    auto *seats = child<QSpinBox>(dialog, "seats");
    QTRY_VERIFY_WITH_TIMEOUT(seats->isEnabled(), GuiTimeout);
    QVERIFY(!save->isEnabled()); // nothing to save before a dry run

    const int wanted = before.seats + 5;
    seats->setValue(wanted);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasDryRun(), GuiTimeout);
    QVERIFY(save->isEnabled());
    QVERIFY(child<QLabel>(dialog, "chargeNow")->text().endsWith(QStringLiteral("EUR")));
    QVERIFY(child<QLabel>(dialog, "effectiveDate")->text() != QStringLiteral("—"));
    QVERIFY(child<QLabel>(dialog, "newRecurringPrice")->text().endsWith(QStringLiteral("EUR")));
    screenshot(dialog, QStringLiteral("dry-run"));

    // A dry run changes nothing.
    const Result<Subscription> unchanged = await(f.backend()->subscription(before.id));
    BSS_VERIFY_OK(unchanged);
    QCOMPARE(unchanged->seats, before.seats);

    // Seats beyond the product's maximum cannot even be typed.
    seats->setValue(seats->maximum() + 100);
    QCOMPARE(seats->value(), seats->maximum());

    seats->setValue(wanted);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasDryRun(), GuiTimeout);
    Confirm::setNextAnswer(true);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), GuiTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->valueAt(row).seats, wanted,
                              GuiTimeout); // increases apply now
    QVERIFY(w->messageBar()->text().startsWith(QStringLiteral("Configuration changed")));
    QCOMPARE(child<QLabel>(page, "seats")->text(), QString::number(wanted));
    screenshot(w, QStringLiteral("changed"));
}

void TestSubscriptions::revealActivationKey() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("subscriptions")));
    SubscriptionsPage *page = w->subscriptionsPage();
    BSS_WAIT_IDLE(w);
    const int row = provisionedRow(page->model());
    QVERIFY(row >= 0);
    child<QTableView>(page, "subscriptionsTable")->selectRow(row);
    BSS_WAIT_IDLE(w);

    auto *key = child<QLabel>(page, "activationKey");
    const QString masked = key->text();
    QVERIFY2(masked.contains(QChar(0x2022)), qPrintable(masked)); // "••••-••••-9F2C"
    auto *reveal = child<QPushButton>(page, "revealKey");
    QTest::mouseClick(reveal, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(key->text() != masked, GuiTimeout);
    QVERIFY(!key->text().contains(QChar(0x2022)));
    QCOMPARE(key->text().right(4), masked.right(4));
    screenshot(w, QStringLiteral("key-revealed"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(key->text(), masked);
}

QTEST_MAIN(TestSubscriptions)
#include "tst_gui_subscriptions.moc"
