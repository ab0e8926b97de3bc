// The lazy table models: pages arrive as the view scrolls, never all at once, and every
// model passes QAbstractItemModelTester.
#include "GuiTest.h"

#include "ui/common/AuditPanel.h"
#include "ui/models/AccountsModel.h"
#include "ui/models/AuditModel.h"
#include "ui/models/OrderLinesModel.h"
#include "ui/models/OrdersModel.h"
#include "ui/models/SubscriptionsModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>

#include <algorithm>

using namespace bss;
using namespace bss::test;

class TestModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void accountsArriveByPages();
    void bigListKeepsOnlyThePagesShown();
    void orderLinesModel();
    void everyPagedModelUnderTheTester();
    void auditPanelSaysWhenThereIsNoTrail();
};

void TestModels::accountsArriveByPages() {
    LocalFixture f(false);
    for (int i = 0; i < 60; ++i) {
        NewAccount a;
        a.name = QStringLiteral("Paging %1").arg(i, 3, 10, QLatin1Char('0'));
        a.email = QStringLiteral("p%1@paging.example").arg(i);
        BSS_VERIFY_OK(await(f.backend->createAccount(a)));
    }
    AccountsModel model;
    int calls = 0;
    Backend *backend = f.backend.get();
    model.setFetch([backend, &calls](const QString &cursor) {
        ++calls;
        AccountQuery q;
        q.q = QStringLiteral("Paging");
        q.limit = 25;
        q.cursor = cursor;
        return backend->accounts(q);
    });
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), GuiTimeout);
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(calls, 1);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page in flight at a time
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 50, GuiTimeout);
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 60, GuiTimeout);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(calls, 3);
    QCOMPARE(model.valueAt(0).name, QStringLiteral("Paging 000"));
    QCOMPARE(model.index(59, AccountsModel::Name).data().toString(), QStringLiteral("Paging 059"));
    const int kaspersky = model.columnOf(QStringLiteral("kaspersky"));
    QVERIFY(kaspersky >= AccountsModel::FirstPlatform);
    QCOMPARE(model.index(0, kaspersky).data().toString(), QStringLiteral("UnSynchronized"));

    // The model tester fetches every page it can; the rows stay consistent while it does.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 60, GuiTimeout);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.index(59, AccountsModel::Name).data().toString(), QStringLiteral("Paging 059"));

    // A new query replaces the rows; a late answer to the old one is ignored.
    model.setFetch([backend](const QString &cursor) {
        AccountQuery q;
        q.q = QStringLiteral("Paging 05");
        q.cursor = cursor;
        return backend->accounts(q);
    });
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), GuiTimeout);
    QCOMPARE(model.rowCount(), 10); // Paging 050 … 059
}

// A list with a total: the scrollbar covers every row at once, a page loads when one of its rows
// is shown (by cursor after a known page, by offset from the nearer end otherwise), and only a
// few pages stay in memory however far the user scrolls.
void TestModels::bigListKeepsOnlyThePagesShown() {
    LocalFixture f(false);
    for (int i = 0; i < 230; ++i) {
        NewAccount a;
        a.name = QStringLiteral("Window %1").arg(i, 3, 10, QLatin1Char('0'));
        a.email = QStringLiteral("w%1@window.example").arg(i);
        BSS_VERIFY_OK(await(f.backend->createAccount(a)));
    }
    AccountsModel model;
    model.setPageSize(20);
    model.setMaxCachedPages(3);
    QList<PageWindow> asked;
    Backend *backend = f.backend.get();
    AccountQuery query;
    query.q = QStringLiteral("Window");
    model.setWindowFetch([backend, query, &asked](const PageWindow &w) {
        asked.append(w);
        return backend->accounts(w.applyTo(query));
    });
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), GuiTimeout);
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(model.canFetchMore({}));

    // The count arrives: every row exists at once, nothing more to fetch by scrolling.
    const Result<qint64> total = await(backend->countAccounts(query));
    BSS_VERIFY_OK(total);
    QCOMPARE(total.value(), qint64(230));
    model.setTotal(total.value());
    QCOMPARE(model.rowCount(), 230);
    QVERIFY(!model.canFetchMore({}));
    const auto nameAt = [&model](int row) {
        return model.index(row, AccountsModel::Name).data().toString();
    };

    // The model tester reads rows too, so look for the request among those made meanwhile.
    const auto askedSince = [&asked](qsizetype from, auto match) {
        return std::any_of(asked.cbegin() + from, asked.cend(), match);
    };
    // Jump to the end: the last, partial page, counted from the end.
    qsizetype from = asked.size();
    QTRY_COMPARE_WITH_TIMEOUT(nameAt(229), QStringLiteral("Window 229"), GuiTimeout);
    QVERIFY(askedSince(from, [](const PageWindow &w) {
        return w.fromEnd && w.offset == 0 && w.limit == 10 && w.cursor.isEmpty();
    }));
    QCOMPARE(nameAt(220), QStringLiteral("Window 220"));
    // No request ever counted that far from the start.
    QVERIFY(!askedSince(0, [](const PageWindow &w) { return !w.fromEnd && w.offset > 115; }));

    // A jump into the first half counts from the start; the page after a known one goes by cursor.
    from = asked.size();
    QTRY_COMPARE_WITH_TIMEOUT(nameAt(101), QStringLiteral("Window 101"), GuiTimeout);
    QVERIFY(askedSince(from, [](const PageWindow &w) { return !w.fromEnd && w.offset == 100; }));
    from = asked.size();
    QTRY_COMPARE_WITH_TIMEOUT(nameAt(125), QStringLiteral("Window 125"), GuiTimeout);
    QVERIFY(
        askedSince(from, [](const PageWindow &w) { return !w.cursor.isEmpty() && w.offset == 0; }));
    QVERIFY(!askedSince(from, [](const PageWindow &w) { return w.offset == 120; }));

    // A jump that shows two missing pages at once seeks the first and reads the second by the
    // first one's cursor, instead of seeking both.
    from = asked.size();
    nameAt(170); // one paint shows rows of both pages (rows 160-179 and 180-199)
    nameAt(190);
    QTRY_COMPARE_WITH_TIMEOUT(nameAt(190), QStringLiteral("Window 190"), GuiTimeout);
    QCOMPARE(nameAt(170), QStringLiteral("Window 170"));
    QVERIFY(askedSince(from, [](const PageWindow &w) { return w.fromEnd && w.offset == 50; }));
    QVERIFY(askedSince(from, [](const PageWindow &w) { return !w.cursor.isEmpty(); }));
    QVERIFY(!askedSince(from, [](const PageWindow &w) { return w.fromEnd && w.offset == 30; }));

    // From here on, the model tester checks every change. (It reads every row, so it comes after
    // the checks of which request each jump made.)
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Scrolling end to end shows every row right, and memory stays at three pages.
    for (int row = 0; row < 230; row += 7)
        QTRY_COMPARE_WITH_TIMEOUT(
            nameAt(row), QStringLiteral("Window %1").arg(row, 3, 10, QLatin1Char('0')), GuiTimeout);
    QVERIFY2(model.cachedPages() <= 3, qPrintable(QString::number(model.cachedPages())));
    QTRY_VERIFY(!model.isLoading());

    // A record saved elsewhere updates its row in place; a new query starts over.
    Account changed = model.valueAt(model.rowOf(model.valueAt(224).id));
    QCOMPARE(changed.name, QStringLiteral("Window 224"));
    changed.email = QStringLiteral("changed@window.example");
    QVERIFY(model.updateRecord(changed));
    QCOMPARE(model.index(224, AccountsModel::Email).data().toString(),
             QStringLiteral("changed@window.example"));
    model.setTotal(5); // the list shrank (rows deleted elsewhere)
    QCOMPARE(model.rowCount(), 5);
}

void TestModels::orderLinesModel() {
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OrderLine red;
    red.id = 1;
    red.productName = QStringLiteral("Kaspersky Endpoint Security Cloud");
    red.platform = QStringLiteral("kaspersky");
    red.problems = {QStringLiteral("Seats are not set")};
    OrderLine done = red;
    done.id = 2;
    done.seats = 10;
    done.complete = true;
    done.problems.clear();
    done.band = PriceBand{10, 14, 425};
    done.unitPrice = Money(425, QStringLiteral("EUR"));
    done.periodPrice = Money(4250, QStringLiteral("EUR"));
    done.firstPeriodCharge = Money(0, QStringLiteral("EUR"));
    model.setLines({red, done}, {{QStringLiteral("kaspersky"), QStringLiteral("Kaspersky Labs")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, OrderLinesModel::Seats).data().toString(), QStringLiteral("not set"));
    QVERIFY(model.index(0, OrderLinesModel::Product)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Seats are not set")));
    QVERIFY(model.index(0, OrderLinesModel::Product).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, OrderLinesModel::Product).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(1, OrderLinesModel::PlatformName).data().toString(),
             QStringLiteral("Kaspersky Labs"));
    QCOMPARE(model.index(1, OrderLinesModel::PeriodPrice).data().toString(),
             QStringLiteral("42.50 EUR"));
    QCOMPARE(model.index(1, OrderLinesModel::FirstPeriodCharge).data().toString(),
             QStringLiteral("0.00 EUR"));
}

namespace {

// The ids of a page, in order (none when the backend refused).
template <typename T> QList<Id> idsOf(const Result<Page<T>> &page) {
    QList<Id> ids;
    if (!page) {
        qWarning("%s", qPrintable(page.error().describe()));
        return ids;
    }
    for (const T &item : page->items)
        ids.append(item.id);
    return ids;
}

// Drives a paged model while QAbstractItemModelTester watches it from before its first row:
// the first page of `pageSize`, every further page by fetchMore, then a refresh (reload) after
// `change` added a row. `ids` gives the ids the backend lists, in order, for comparing.
template <typename Model>
void pageThroughUnderTester(Model &model, int pageSize, const std::function<QList<Id>()> &ids,
                            const std::function<void()> &change) {
    const QList<Id> expected = ids();
    QVERIFY2(expected.size() > pageSize, "the fixture needs more than one page of rows");
    const auto loadedIds = [&model] {
        QList<Id> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.valueAt(row).id);
        return out;
    };
    const auto drain = [&model] {
        // Every page, one at a time (the tester may ask for some itself).
        for (;;) {
            QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && !model.isLoading(), GuiTimeout);
            if (!model.canFetchMore({}))
                return;
            model.fetchMore({});
        }
    };
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && !model.isLoading(), GuiTimeout);
    QVERIFY(model.rowCount() >= pageSize);
    // With data: every column of the first row says something.
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY2(model.index(0, c).data().isValid(), qPrintable(QString::number(c)));
    drain();
    QCOMPARE(loadedIds(), expected);

    change();
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && !model.isLoading(), GuiTimeout);
    drain();
    const QList<Id> refreshed = ids();
    QCOMPARE(refreshed.size(), expected.size() + 1);
    QCOMPARE(loadedIds(), refreshed);
}

} // namespace

// Orders, subscriptions, audit and accounts, as their pages arrive and after a refresh, with
// the model tester checking every signal they send (order lines: orderLinesModel).
void TestModels::everyPagedModelUnderTheTester() {
    LocalFixture f(true);
    Backend *backend = f.backend.get();
    constexpr int pageSize = 2;
    const Result<Page<Account>> direct = await(backend->accounts(AccountQuery{}));
    BSS_VERIFY_OK(direct);
    const Id customer = direct->items.constFirst().id;
    const auto newAccount = [backend] {
        BSS_VERIFY_OK(await(backend->createAccount({QStringLiteral("Tester Added"),
                                                    AccountType::Direct,
                                                    {},
                                                    QStringLiteral("added@example.com")})));
    };

    {
        OrdersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFetch([backend](const QString &cursor) {
            OrderQuery q;
            q.limit = pageSize;
            q.cursor = cursor;
            return backend->orders(q);
        });
        pageThroughUnderTester(
            model, pageSize,
            [backend] {
                OrderQuery all;
                all.limit = 500;
                return idsOf(await(backend->orders(all)));
            },
            [backend, customer] { BSS_VERIFY_OK(await(backend->createOrder(customer))); });
    }
    {
        SubscriptionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFetch([backend](const QString &cursor) {
            SubscriptionQuery q;
            q.limit = pageSize;
            q.cursor = cursor;
            return backend->subscriptions(q);
        });
        pageThroughUnderTester(
            model, pageSize,
            [backend] {
                SubscriptionQuery all;
                all.limit = 500;
                return idsOf(await(backend->subscriptions(all)));
            },
            [backend] {
                // One more subscription: 10 more seats bought from the Storefront by a customer
                // who already has this product (so is synchronized with its platform).
                const Subscription first =
                    await(backend->subscriptions(SubscriptionQuery{})).value().items.constFirst();
                const Result<Quote> quote = await(backend->quote(first.productId, 10));
                BSS_VERIFY_OK(quote);
                BSS_VERIFY_OK(
                    await(backend->purchase(first.accountId, first.productId, 10, quote->quoteId)));
            });
    }
    {
        AuditModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFetch([backend](const QString &cursor) {
            AuditQuery q;
            q.entity = QStringLiteral("account");
            q.limit = pageSize;
            q.cursor = cursor;
            return backend->audit(q);
        });
        pageThroughUnderTester(
            model, pageSize,
            [backend] {
                AuditQuery all;
                all.entity = QStringLiteral("account");
                all.limit = 500;
                return idsOf(await(backend->audit(all)));
            },
            [backend, customer] {
                const Account a = await(backend->account(customer)).value();
                AccountPatch patch;
                patch.email = QStringLiteral("audited@example.com");
                BSS_VERIFY_OK(await(backend->updateAccount(customer, a.version, patch)));
            });
    }
    {
        AccountsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFetch([backend](const QString &cursor) {
            AccountQuery q;
            q.limit = pageSize;
            q.cursor = cursor;
            return backend->accounts(q);
        });
        pageThroughUnderTester(
            model, pageSize,
            [backend] {
                AccountQuery all;
                all.limit = 500;
                return idsOf(await(backend->accounts(all)));
            },
            newAccount);
    }
}

// A record without a trail says so instead of showing an empty table; one with a trail shows it.
void TestModels::auditPanelSaysWhenThereIsNoTrail() {
    LocalFixture f(false);
    const Result<Account> account = await(f.backend->createAccount(
        {QStringLiteral("Trail Test"), AccountType::Direct, {}, QStringLiteral("t@example.com")}));
    BSS_VERIFY_OK(account);
    AccountPatch patch;
    patch.email = QStringLiteral("trail@example.com");
    BSS_VERIFY_OK(await(f.backend->updateAccount(account->id, account->version, patch)));
    AuditPanel panel;
    panel.setBackend(f.backend.get(), nullptr);
    panel.resize(600, 300);
    panel.show();
    auto *empty = child<QLabel>(&panel, "auditEmpty");
    panel.setSubject(QStringLiteral("account"), Id(987654321), QStringLiteral("Nobody"));
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), GuiTimeout);
    QVERIFY(!panel.table()->isVisible());
    panel.setSubject(QStringLiteral("account"), account->id, account->name);
    QTRY_VERIFY_WITH_TIMEOUT(panel.model()->isLoaded() && panel.model()->rowCount() > 0,
                             GuiTimeout);
    QVERIFY(panel.table()->isVisible());
    QVERIFY(!empty->isVisible());
}

QTEST_MAIN(TestModels)
#include "tst_gui_models.moc"
