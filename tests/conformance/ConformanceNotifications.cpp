// What every write announces (Backend::recordChanged) and every failure (requestFailed), the
// same on every backend: a list refreshes after a write elsewhere in the window only if it
// hears of it. A purchase, for one, must reach the Orders list as well as the subscriptions.
#include "tests/conformance/ConformanceSuite.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace bss::test {

namespace {
const QString kaspersky = QStringLiteral("kaspersky");

// An announcement as the failure messages show it: "order 42".
QString said(Entity entity, Id id) {
    return toString(entity) + QLatin1Char(' ') + QString::number(id);
}

// What was expected, sorted like Heard::take(): "order 42, subscription 7".
QString expected(std::initializer_list<std::pair<Entity, Id>> changes) {
    QStringList list;
    for (const auto &[entity, id] : changes)
        list.append(said(entity, id));
    list.sort();
    return list.join(QStringLiteral(", "));
}

// The records a backend announced as changed.
class Heard {
public:
    explicit Heard(Backend &backend)
        : m_spy(&backend, &Backend::recordChanged) {}

    bool isValid() const { return m_spy.isValid(); }
    // Everything announced since the last take(), sorted (a write's order and its new
    // subscriptions may come in any order); forgets it. Twice the same record stays twice.
    QString take() {
        QStringList heard;
        for (const QList<QVariant> &args : std::as_const(m_spy))
            heard.append(said(args.at(0).value<Entity>(), args.at(1).value<Id>()));
        m_spy.clear();
        heard.sort();
        return heard.join(QStringLiteral(", "));
    }

private:
    QSignalSpy m_spy;
};
} // namespace

void ConformanceSuite::N1_everyWriteAnnouncesWhatItChanged() {
    const Id kesc = productId(QStringLiteral("KESC"));
    const Id kescPlus = productId(QStringLiteral("KESC-PLUS"));
    Heard heard(b());
    QVERIFY(heard.isValid());
    using E = Entity;

    // An account, and its Sync Options (part of its row in the list): the account.
    const Result<Account> account = await(b().createAccount({QStringLiteral("Announcing Co"),
                                                             AccountType::Direct,
                                                             {},
                                                             QStringLiteral("a@example.com")}));
    BSS_VERIFY_OK(account);
    const Id a = account->id;
    QCOMPARE(heard.take(), expected({{E::Account, a}}));
    AccountPatch patch;
    patch.email = QStringLiteral("it@announcing.example");
    BSS_VERIFY_OK(await(b().updateAccount(a, account->version, patch)));
    QCOMPARE(heard.take(), expected({{E::Account, a}}));
    SyncOptionsInput sync;
    sync.email = QStringLiteral("it@announcing.example");
    sync.role = SyncRole::User;
    BSS_VERIFY_OK(await(b().saveSyncOptions(a, kaspersky, sync)));
    QCOMPARE(heard.take(), expected({{E::Account, a}}));
    BSS_VERIFY_OK(await(b().saveAndSynchronize(a, kaspersky, sync)));
    QCOMPARE(heard.take(), expected({{E::Account, a}}));

    // Every edit of an order: the order.
    const Result<Order> created = await(b().createOrder(a));
    BSS_VERIFY_OK(created);
    const Id o = created->id;
    QCOMPARE(heard.take(), expected({{E::Order, o}}));
    BSS_VERIFY_OK(await(b().addLine(o, kesc, std::nullopt)));
    QCOMPARE(heard.take(), expected({{E::Order, o}}));
    const Result<Order> withLines = await(b().addLine(o, kescPlus, 25));
    BSS_VERIFY_OK(withLines);
    QCOMPARE(heard.take(), expected({{E::Order, o}}));
    QCOMPARE(withLines->lines.size(), 2);
    const Result<Order> seats =
        await(b().setSeats(o, withLines->version, withLines->lines.at(0).id, 10));
    BSS_VERIFY_OK(seats);
    QCOMPARE(heard.take(), expected({{E::Order, o}}));
    const Result<Order> removed = await(b().removeLine(o, seats->version, seats->lines.at(1).id));
    BSS_VERIFY_OK(removed);
    QCOMPARE(heard.take(), expected({{E::Order, o}}));
    const Result<Order> other = await(b().createOrder(a));
    BSS_VERIFY_OK(other);
    QCOMPARE(heard.take(), expected({{E::Order, other->id}}));
    BSS_VERIFY_OK(await(b().cancelOrder(other->id)));
    QCOMPARE(heard.take(), expected({{E::Order, other->id}}));

    // Executing: the order and the subscription it created.
    const Result<Execution> executed = await(b().executeOrder(o));
    BSS_VERIFY_OK(executed);
    QCOMPARE(executed->subscriptions.size(), 1);
    const Id s = executed->subscriptions.constFirst().id;
    QCOMPARE(heard.take(), expected({{E::Order, o}, {E::Subscription, s}}));

    // A subscription's own changes: the subscription; a real change also its change order.
    const Result<ConfigurationChange> dry = await(b().changeConfiguration(s, 20, true));
    BSS_VERIFY_OK(dry);
    QCOMPARE(heard.take(), QString()); // a dry run changes nothing
    const Result<ConfigurationChange> changed = await(b().changeConfiguration(s, 20, false));
    BSS_VERIFY_OK(changed);
    QVERIFY(changed->changeOrderId.has_value());
    QCOMPARE(heard.take(), expected({{E::Subscription, s}, {E::Order, *changed->changeOrderId}}));

    // A Storefront purchase: the order it made and executed, and its subscription.
    const Result<Quote> quote = await(b().quote(kesc, 12));
    BSS_VERIFY_OK(quote);
    const Result<Purchase> bought = await(b().purchase(a, kesc, 12, quote->quoteId));
    BSS_VERIFY_OK(bought);
    QCOMPARE(bought->subscriptions.size(), 1);
    QCOMPARE(heard.take(), expected({{E::Order, bought->order.id},
                                     {E::Subscription, bought->subscriptions.constFirst().id}}));
}

void ConformanceSuite::N2_retriedProvisioningAnnouncesTheSubscription() {
    // The simulated platforms fail the first provisioning for an email at flaky.example.
    const Account a = createAccount(QStringLiteral("Flaky Co"), AccountType::Direct);
    SyncOptionsInput sync;
    sync.email = QStringLiteral("it@flaky.example");
    sync.role = SyncRole::User;
    BSS_VERIFY_OK(await(b().saveAndSynchronize(a.id, kaspersky, sync)));
    const Result<Execution> executed =
        await(b().executeOrder(orderWith(a.id, QStringLiteral("KESC"), 10).id));
    BSS_VERIFY_OK(executed);
    const Subscription failed = executed->subscriptions.constFirst();
    BSS_COMPARE_STATUS(failed.provisioningStatus, ProvisioningStatus::Failed);

    Heard heard(b());
    const Result<Subscription> retried = await(b().retryProvisioning(failed.id));
    BSS_VERIFY_OK(retried);
    BSS_COMPARE_STATUS(retried->provisioningStatus, ProvisioningStatus::Provisioned);
    QCOMPARE(heard.take(), expected({{Entity::Subscription, failed.id}}));
}

void ConformanceSuite::N3_refusedCallsAnnounceTheFailureAndNoChange() {
    const Account a = createAccount(QStringLiteral("Refused Co"), AccountType::Direct);
    QVERIFY(a.id > 0);
    Heard heard(b());
    QSignalSpy failures(&b(), &Backend::requestFailed);
    QVERIFY(failures.isValid());
    // The one failure announced since the last call, which must be `error`.
    auto announcedOnce = [&failures](const Error &error) {
        if (failures.size() != 1)
            return QStringLiteral("%1 failures announced").arg(failures.size());
        const Error heardError = failures.takeFirst().at(0).value<Error>();
        if (heardError.kind != error.kind || heardError.code != error.code ||
            heardError.message != error.message)
            return QStringLiteral("announced \"%1\", the call failed with \"%2\"")
                .arg(heardError.describe(), error.describe());
        return QString();
    };

    const Result<Account> invalid =
        await(b().createAccount({QString(), AccountType::Direct, {}, {}}));
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().kind, ErrorKind::Validation);
    QCOMPARE(announcedOnce(invalid.error()), QString());

    AccountPatch patch;
    patch.name = QStringLiteral("Refused Company");
    BSS_VERIFY_OK(await(b().updateAccount(a.id, a.version, patch)));
    heard.take();
    const Result<Account> stale = await(b().updateAccount(a.id, a.version, patch));
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Stale);
    QCOMPARE(announcedOnce(stale.error()), QString());

    // Not synchronized with Kaspersky: the execution is refused.
    const Order o = orderWith(a.id, QStringLiteral("KESC"), 10);
    heard.take();
    const Result<Execution> refused = await(b().executeOrder(o.id));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Validation);
    QCOMPARE(announcedOnce(refused.error()), QString());

    // A read of a record that does not exist fails too.
    const Result<Order> missing = await(b().order(987654321));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QCOMPARE(announcedOnce(missing.error()), QString());

    // Reads that succeed announce neither a change nor a failure.
    QCOMPARE(heard.take(), QString());
    BSS_VERIFY_OK(await(b().account(a.id)));
    BSS_VERIFY_OK(await(b().orders(OrderQuery{})));
    BSS_VERIFY_OK(await(b().order(o.id)));
    QCOMPARE(heard.take(), QString());
    QCOMPARE(failures.size(), 0);
}

} // namespace bss::test
