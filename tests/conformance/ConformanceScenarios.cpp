#include "tests/conformance/ConformanceSuite.h"
#include "tests/support/TestSupport.h"

#include <QTest>

namespace bss::test {

namespace {
const QString kaspersky = QStringLiteral("kaspersky");

const Product *findProduct(const QList<Product> &products, Id id) {
    for (const Product &p : products) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

// Expected amounts below are worked out by hand from the demo catalog (app/services/DemoData.cpp)
// and the seed (ordering-kaspersky-services.txt), for the fixtures' clock pinned at
// 2026-03-10 09:00 UTC (tests/support/TestSupport.h):
// - KESC (Kaspersky Endpoint Security Cloud): monthly, seats 5-999, the first month free; bands
//   5-9, 10-14, 15-19, 20-24, 25-49, ... at 4.20, 4.00, 3.80, 3.60, 3.40, ... EUR a seat
//   (4.20 less 0.20 a band). 12 seats: band 10-14, 12 x 4.00 = 48.00 a month; 20 seats: band
//   20-24, 20 x 3.60 = 72.00 a month.
// - M365-BASIC: monthly, 1-300 seats at 5.60, no free period. 10 seats: 56.00; 20 seats: 112.00.
// - A subscription executed "today" runs 2026-03-10 to 2026-04-10 (31 days); KESC is free until
//   2026-04-10.
const QDate pinnedToday(2026, 3, 10);
const QDate pinnedPeriodEnd(2026, 4, 10);
} // namespace

void ConformanceSuite::S6_seatsCompleteLineAndFirstPeriodIsFree() {
    const Account a = createAccount(QStringLiteral("Seats Co"), AccountType::Direct);
    synchronize(a, kaspersky);
    const Order draft = orderWith(a.id, QStringLiteral("KESC"), std::nullopt);
    const Result<QList<Product>> products = await(b().products(kaspersky));
    BSS_VERIFY_OK(products);
    const Product *kesc = findProduct(*products, draft.lines.constFirst().productId);
    QVERIFY(kesc);
    QCOMPARE(kesc->minSeats, 5);
    QCOMPARE(kesc->maxSeats, 999);

    const Result<Order> set =
        await(b().setSeats(draft.id, draft.version, draft.lines.constFirst().id, 12));
    BSS_VERIFY_OK(set);
    const OrderLine &line = set->lines.constFirst();
    QVERIFY(line.complete);
    QCOMPARE(line.seats, std::optional<int>(12));
    QVERIFY(line.band.has_value());
    QCOMPARE(line.band->from, 10);
    QCOMPARE(line.band->to, 14);
    QCOMPARE(line.unitPrice.toDecimalString(), QStringLiteral("4.00"));         // band 10-14
    QCOMPARE(line.periodPrice.toDecimalString(), QStringLiteral("48.00"));      // 12 x 4.00
    QCOMPARE(line.firstPeriodCharge.toDecimalString(), QStringLiteral("0.00")); // first month free
    QCOMPARE(set->total.toDecimalString(), QStringLiteral("0.00"));
    QVERIFY(set->canExecute);

    // Out of range, and off step (Acronis comes in packs of five): field errors, nothing changes.
    for (int seats : {4, 1000}) {
        const Result<Order> r = await(b().setSeats(set->id, set->version, line.id, seats));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Validation);
        QVERIFY(r.error().hasField(QStringLiteral("seats")));
    }
    const Order acronis = orderWith(a.id, QStringLiteral("ACRONIS-CPC"), std::nullopt);
    const Result<Order> offStep =
        await(b().setSeats(acronis.id, acronis.version, acronis.lines.constFirst().id, 7));
    QVERIFY(!offStep);
    QVERIFY(offStep.error().hasField(QStringLiteral("seats")));
    const Result<Order> after = await(b().order(set->id));
    BSS_VERIFY_OK(after);
    QCOMPARE(after->lines.constFirst().seats, std::optional<int>(12));
    QCOMPARE(after->version, set->version);
}

void ConformanceSuite::S7_executeGeneratesSubscriptionsOnce() {
    const Account a = createAccount(QStringLiteral("Execute Co"), AccountType::Direct);
    const PlatformSync sync = synchronize(a, kaspersky);
    Order o = orderWith(a.id, QStringLiteral("KESC"), 10);
    const Result<Order> second =
        await(b().addLine(o.id, productId(QStringLiteral("KESC-PLUS")), 25));
    BSS_VERIFY_OK(second);
    o = *second;

    const Result<Execution> first = await(b().executeOrder(o.id));
    BSS_VERIFY_OK(first);
    BSS_COMPARE_STATUS(first->order.status, OrderStatus::Executed);
    QCOMPARE(first->subscriptions.size(), 2);
    QList<int> seats;
    for (const Subscription &s : first->subscriptions) {
        seats.append(s.seats);
        QCOMPARE(s.accountId, a.id);
        BSS_COMPARE_STATUS(s.provisioningStatus, ProvisioningStatus::Provisioned);
        QVERIFY(!s.activationKey.isEmpty());
    }
    std::sort(seats.begin(), seats.end());
    QCOMPARE(seats, (QList<int>{10, 25}));

    // The activation key went to the sync email.
    OutboxQuery oq;
    oq.accountId = a.id;
    const Result<Page<OutboxMessage>> outbox = await(b().outbox(oq));
    BSS_VERIFY_OK(outbox);
    QCOMPARE(outbox->items.size(), 2);
    for (const Subscription &s : first->subscriptions) {
        const Result<QString> key = await(b().activationKey(s.id));
        BSS_VERIFY_OK(key);
        QVERIFY(key->size() > 8);
        QVERIFY(*key != s.activationKey); // the list shows it masked
        const bool sent =
            std::any_of(outbox->items.cbegin(), outbox->items.cend(), [&](const OutboxMessage &m) {
                return m.recipient == sync.email && m.body.contains(maskSecret(*key)) &&
                       !m.body.contains(*key) && m.subscriptionId == s.id;
            });
        QVERIFY2(sent, qPrintable(*key));
    }

    // Executing again creates nothing more.
    const Result<Execution> again = await(b().executeOrder(o.id));
    BSS_VERIFY_OK(again);
    QCOMPARE(again->subscriptions.size(), 2);
    SubscriptionQuery sq;
    sq.accountId = a.id;
    const Result<Page<Subscription>> all = await(b().subscriptions(sq));
    BSS_VERIFY_OK(all);
    QCOMPARE(all->items.size(), 2);

    // An executed order is read-only.
    const Result<Order> executed = await(b().order(o.id));
    BSS_VERIFY_OK(executed);
    const Id lineId = executed->lines.constFirst().id;
    QCOMPARE(await(b().setSeats(o.id, executed->version, lineId, 15)).error().kind,
             ErrorKind::Conflict);
    QCOMPARE(await(b().addLine(o.id, productId(QStringLiteral("KESC")), 5)).error().kind,
             ErrorKind::Conflict);
    QCOMPARE(await(b().removeLine(o.id, executed->version, lineId)).error().kind,
             ErrorKind::Conflict);
    QCOMPARE(await(b().cancelOrder(o.id)).error().kind, ErrorKind::Conflict);
    const Result<Order> still = await(b().order(o.id));
    BSS_VERIFY_OK(still);
    QCOMPARE(still->lines.constFirst().seats, std::optional<int>(10));
    BSS_COMPARE_STATUS(still->status, OrderStatus::Executed);
}

void ConformanceSuite::S8_storefrontBuysOnlyWithMatchingQuote() {
    const Account a = createAccount(QStringLiteral("Storefront Shopper"), AccountType::Direct);
    synchronize(a, kaspersky);
    const Id kesc = productId(QStringLiteral("KESC"));
    const Result<Quote> quote = await(b().quote(kesc, 12));
    BSS_VERIFY_OK(quote);
    QCOMPARE(quote->band.from, 10);
    QCOMPARE(quote->band.to, 14);
    QCOMPARE(quote->unitPrice.toDecimalString(), QStringLiteral("4.00"));
    QCOMPARE(quote->periodPrice.toDecimalString(), QStringLiteral("48.00")); // 12 x 4.00
    QCOMPARE(quote->firstPeriodCharge.toDecimalString(), QStringLiteral("0.00"));
    QVERIFY(!quote->quoteId.isEmpty());
    QVERIFY(!await(b().quote(kesc, 3)));

    OrderQuery mine;
    mine.accountId = a.id;
    const qint64 ordersBefore = await(b().countOrders(mine)).value();
    const Result<Purchase> stale = await(b().purchase(a.id, kesc, 15, quote->quoteId));
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    QCOMPARE(stale.error().code, QStringLiteral("quote-stale"));
    QCOMPARE(await(b().countOrders(mine)).value(), ordersBefore);

    const Result<Purchase> bought = await(b().purchase(a.id, kesc, 12, quote->quoteId));
    BSS_VERIFY_OK(bought);
    BSS_COMPARE_STATUS(bought->order.status, OrderStatus::Executed);
    QCOMPARE(bought->subscriptions.size(), 1);
    QCOMPARE(bought->subscriptions.constFirst().seats, 12);
    QCOMPARE(bought->order.total.toDecimalString(), QStringLiteral("0.00"));
}

void ConformanceSuite::S9_changeConfigurationProratesIncreases() {
    const Account a = createAccount(QStringLiteral("Change Co"), AccountType::Direct);
    synchronize(a, kaspersky);
    synchronize(a, QStringLiteral("microsoft"));
    const Result<Execution> kasp =
        await(b().executeOrder(orderWith(a.id, QStringLiteral("KESC"), 10).id));
    BSS_VERIFY_OK(kasp);
    const Subscription sub = kasp->subscriptions.constFirst();
    QCOMPARE(sub.currentPeriodStart, pinnedToday);
    QCOMPARE(sub.currentPeriodEnd, pinnedPeriodEnd);

    // A dry run quotes and changes nothing; within the free month an increase costs 0.
    const Result<ConfigurationChange> dry = await(b().changeConfiguration(sub.id, 20, true));
    BSS_VERIFY_OK(dry);
    QCOMPARE(dry->chargeNow.toDecimalString(), QStringLiteral("0.00"));
    QCOMPARE(dry->effectiveDate, pinnedToday);
    QCOMPARE(dry->newRecurringPrice.toDecimalString(), QStringLiteral("72.00")); // 20 x 3.60
    QCOMPARE(await(b().subscription(sub.id)).value().seats, 10);

    const Result<ConfigurationChange> up = await(b().changeConfiguration(sub.id, 20, false));
    BSS_VERIFY_OK(up);
    QVERIFY(up->changeOrderId.has_value());
    QCOMPARE(await(b().subscription(sub.id)).value().seats, 20);

    // A decrease takes effect from the next period.
    const Result<ConfigurationChange> down = await(b().changeConfiguration(sub.id, 8, false));
    BSS_VERIFY_OK(down);
    QCOMPARE(down->chargeNow.toDecimalString(), QStringLiteral("0.00"));
    QCOMPARE(down->effectiveDate, pinnedPeriodEnd);
    QCOMPARE(down->newRecurringPrice.toDecimalString(), QStringLiteral("33.60")); // 8 x 4.20 (5-9)
    const Subscription afterDown = await(b().subscription(sub.id)).value();
    QCOMPARE(afterDown.seats, 20);
    QCOMPARE(afterDown.pendingSeats, std::optional<int>(8));

    // Below the product minimum is refused.
    const Result<ConfigurationChange> tooFew = await(b().changeConfiguration(sub.id, 4, false));
    QVERIFY(!tooFew);
    QVERIFY(tooFew.error().hasField(QStringLiteral("seats")));

    // Without a free period an increase is charged pro rata: started today, 31 of the period's
    // 31 days are left, so the whole difference of the period price: 10 more seats of
    // Microsoft 365 Business Basic, 112.00 - 56.00 = 56.00.
    const Result<Execution> ms =
        await(b().executeOrder(orderWith(a.id, QStringLiteral("M365-BASIC"), 10).id));
    BSS_VERIFY_OK(ms);
    const Subscription msSub = ms->subscriptions.constFirst();
    const Result<ConfigurationChange> charged = await(b().changeConfiguration(msSub.id, 20, true));
    BSS_VERIFY_OK(charged);
    QCOMPARE(charged->chargeNow.toDecimalString(), QStringLiteral("56.00"));
    QCOMPARE(charged->chargeNow.currency(), QStringLiteral("EUR"));
    QCOMPARE(charged->effectiveDate, pinnedToday);
    QCOMPARE(charged->newRecurringPrice.toDecimalString(), QStringLiteral("112.00")); // 20 x 5.60
}

void ConformanceSuite::S10_staleVersionIsRefused() {
    const Account a = createAccount(QStringLiteral("Version Co"), AccountType::Direct);
    AccountPatch rename;
    rename.name = QStringLiteral("Version Co (renamed)");
    const Result<Account> first = await(b().updateAccount(a.id, a.version, rename));
    BSS_VERIFY_OK(first);
    QVERIFY(first->version > a.version);
    AccountPatch again;
    again.name = QStringLiteral("Lost update");
    const Result<Account> stale = await(b().updateAccount(a.id, a.version, again));
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Stale);
    QCOMPARE(await(b().account(a.id)).value().name, QStringLiteral("Version Co (renamed)"));

    synchronize(a, kaspersky);
    const Order o = orderWith(a.id, QStringLiteral("KESC"), std::nullopt);
    const Result<Order> set = await(b().setSeats(o.id, o.version, o.lines.constFirst().id, 10));
    BSS_VERIFY_OK(set);
    const Result<Order> staleOrder =
        await(b().setSeats(o.id, o.version, o.lines.constFirst().id, 20));
    QVERIFY(!staleOrder);
    QCOMPARE(staleOrder.error().kind, ErrorKind::Stale);
    QCOMPARE(await(b().order(o.id)).value().lines.constFirst().seats, std::optional<int>(10));
}

void ConformanceSuite::S11_everyChangeIsAudited() {
    const QString user = b().actor().user;
    const Account a = createAccount(QStringLiteral("Audit Co"), AccountType::Direct);
    AccountPatch patch;
    patch.email = QStringLiteral("new-address@example.com");
    const Result<Account> updated = await(b().updateAccount(a.id, a.version, patch));
    BSS_VERIFY_OK(updated);
    synchronize(*updated, kaspersky);
    const Order o = orderWith(a.id, QStringLiteral("KESC"), std::nullopt);
    BSS_VERIFY_OK(await(b().setSeats(o.id, o.version, o.lines.constFirst().id, 10)));
    const Result<Execution> done = await(b().executeOrder(o.id));
    BSS_VERIFY_OK(done);
    const Id subId = done->subscriptions.constFirst().id;
    BSS_VERIFY_OK(await(b().changeConfiguration(subId, 15, false)));

    const auto entries = [&](const QString &entity, Id id) {
        AuditQuery q;
        q.entity = entity;
        q.entityId = id;
        q.limit = 200;
        return await(b().audit(q)).value().items;
    };
    const auto has = [&](const QList<AuditEntry> &list, const QString &field, const QString &before,
                         const QString &after) {
        return std::any_of(list.cbegin(), list.cend(), [&](const AuditEntry &e) {
            return e.field == field && e.before == before && e.after == after && e.user == user &&
                   e.at.isValid();
        });
    };
    const QList<AuditEntry> account = entries(QStringLiteral("account"), a.id);
    QVERIFY(has(account, QStringLiteral("name"), QString(), QStringLiteral("Audit Co")));
    QVERIFY(
        has(account, QStringLiteral("email"), a.email, QStringLiteral("new-address@example.com")));
    QVERIFY(has(account, QStringLiteral("sync.kaspersky.status"), QStringLiteral("UnSynchronized"),
                QStringLiteral("Synchronized")));
    const QList<AuditEntry> order = entries(QStringLiteral("order"), o.id);
    QVERIFY(has(order, QStringLiteral("status"), QString(), QStringLiteral("draft")));
    QVERIFY(has(order, QStringLiteral("lines[%1].seats").arg(o.lines.constFirst().id), QString(),
                QStringLiteral("10")));
    QVERIFY(
        has(order, QStringLiteral("status"), QStringLiteral("draft"), QStringLiteral("executed")));
    const QList<AuditEntry> subscription = entries(QStringLiteral("subscription"), subId);
    QVERIFY(has(subscription, QStringLiteral("seats"), QStringLiteral("10"), QStringLiteral("15")));
    // The PIN never appears in the trail.
    for (const AuditEntry &e : account)
        QVERIFY(!e.after.contains(QLatin1String("PIN-")));
}

void ConformanceSuite::L1_listsOpenAtAnyRow() {
    QList<Id> ids; // in list order: by name
    for (int i = 0; i < 12; ++i)
        ids.append(createAccount(QStringLiteral("Jumpy %1").arg(i, 2, 10, QLatin1Char('0')),
                                 AccountType::Direct)
                       .id);
    AccountQuery query;
    query.q = QStringLiteral("Jumpy");
    query.limit = 5;
    const auto idsOf = [this](const AccountQuery &q) {
        QList<Id> out;
        const Result<Page<Account>> page = await(b().accounts(q));
        if (!page)
            qWarning("%s", qPrintable(page.error().describe()));
        else
            for (const Account &a : page->items)
                out.append(a.id);
        return out;
    };
    QCOMPARE(await(b().countAccounts(query)).value(), qint64(12));
    AccountQuery at = query;
    at.offset = 5;
    QCOMPARE(idsOf(at), ids.mid(5, 5));
    at.offset = 10;
    QCOMPARE(idsOf(at), ids.mid(10, 2));
    AccountQuery end = query;
    end.fromEnd = true;
    QCOMPARE(idsOf(end), ids.mid(7, 5));
    end.offset = 10; // the page ending ten rows before the end: the first two
    end.limit = 5;
    QCOMPARE(idsOf(end), ids.mid(0, 2));
    // A page reached by a jump goes on by its cursor.
    at.offset = 3;
    const Result<Page<Account>> jumped = await(b().accounts(at));
    BSS_VERIFY_OK(jumped);
    AccountQuery next = query;
    next.cursor = jumped->nextCursor;
    QCOMPARE(idsOf(next), ids.mid(8, 4));
    // Orders (newest first) the same way.
    const Account customer =
        ids.isEmpty() ? Account{} : await(b().account(ids.constFirst())).value();
    QList<Id> orders;
    for (int i = 0; i < 4; ++i)
        orders.prepend(await(b().createOrder(customer.id)).value().id);
    OrderQuery mine;
    mine.accountId = customer.id;
    mine.limit = 3;
    mine.fromEnd = true;
    const Result<Page<Order>> oldest = await(b().orders(mine));
    BSS_VERIFY_OK(oldest);
    QCOMPARE(oldest->items.size(), qsizetype(3));
    QCOMPARE(oldest->items.constLast().id, orders.constLast());
    QCOMPARE(oldest->items.constFirst().id, orders.at(1));
}

} // namespace bss::test
