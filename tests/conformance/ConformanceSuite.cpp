#include "tests/conformance/ConformanceSuite.h"
#include "tests/support/TestSupport.h"

#include <QTest>

namespace bss::test {

namespace {
const QString kaspersky = QStringLiteral("kaspersky");
const QString microsoft = QStringLiteral("microsoft");

bool anyMentions(const QList<FieldError> &errors, const QString &text) {
    return std::any_of(errors.cbegin(), errors.cend(), [&](const FieldError &e) {
        return e.message.contains(text, Qt::CaseInsensitive);
    });
}
bool anyMentions(const QStringList &lines, const QString &text) {
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString &l) { return l.contains(text, Qt::CaseInsensitive); });
}
} // namespace

void ConformanceSuite::init() {
    m_target = makeConformanceTarget();
    QVERIFY(m_target && m_target->backend());
}

void ConformanceSuite::cleanup() {
    m_target.reset();
}

Account ConformanceSuite::createAccount(const QString &name, AccountType type,
                                        std::optional<Id> parent) {
    const QString email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com");
    const Result<Account> a = await(b().createAccount({name, type, parent, email}));
    if (!a)
        qWarning("createAccount: %s", qPrintable(a.error().describe()));
    return a ? *a : Account{};
}

PlatformSync ConformanceSuite::synchronize(const Account &account, const QString &platform,
                                           const QString &pin) {
    SyncOptionsInput in;
    in.email = account.email;
    in.role = account.type == AccountType::Reseller ? SyncRole::Reseller : SyncRole::User;
    in.parentId = account.parentId;
    in.resellerPin = pin;
    const Result<PlatformSync> s = await(b().saveAndSynchronize(account.id, platform, in));
    if (!s)
        qWarning("synchronize: %s", qPrintable(s.error().describe()));
    return s ? *s : PlatformSync{};
}

Id ConformanceSuite::productId(const QString &code) {
    const Result<QList<Product>> products = await(b().products({}));
    if (products) {
        for (const Product &p : *products) {
            if (p.code == code)
                return p.id;
        }
    }
    qWarning("no product %s in the catalog", qPrintable(code));
    return 0;
}

Order ConformanceSuite::orderWith(Id accountId, const QString &productCode,
                                  std::optional<int> seats) {
    const Result<Order> created = await(b().createOrder(accountId));
    if (!created) {
        qWarning("createOrder: %s", qPrintable(created.error().describe()));
        return {};
    }
    const Result<Order> withLine = await(b().addLine(created->id, productId(productCode), seats));
    if (!withLine)
        qWarning("addLine: %s", qPrintable(withLine.error().describe()));
    return withLine ? *withLine : Order{};
}

void ConformanceSuite::S1_unsynchronizedAccountCannotExecuteKasperskyOrder() {
    const Account a = createAccount(QStringLiteral("Unsynced Direct"), AccountType::Direct);
    QVERIFY(a.id > 0);
    BSS_COMPARE_STATUS(a.syncStatus(kaspersky), SyncStatus::UnSynchronized);
    const Order o = orderWith(a.id, QStringLiteral("KESC"), 10);
    QVERIFY(o.id > 0);
    QVERIFY(!o.canExecute);
    QVERIFY(anyMentions(o.blockers, QStringLiteral("Kaspersky")));

    const Result<Execution> r = await(b().executeOrder(o.id));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Validation);
    QVERIFY2(
        anyMentions(r.error().fieldErrors, QStringLiteral("not synchronized with Kaspersky Labs")),
        qPrintable(r.error().describe()));
    const Result<Order> after = await(b().order(o.id));
    BSS_VERIFY_OK(after);
    BSS_COMPARE_STATUS(after->status, OrderStatus::Draft);
    SubscriptionQuery sq;
    sq.accountId = a.id;
    const Result<Page<Subscription>> subs = await(b().subscriptions(sq));
    BSS_VERIFY_OK(subs);
    QVERIFY(subs->items.isEmpty());
}

void ConformanceSuite::S2_statusIsPerPlatform() {
    const Account a = createAccount(QStringLiteral("Microsoft Only Ltd"), AccountType::Direct);
    BSS_COMPARE_STATUS(synchronize(a, microsoft).status, SyncStatus::Synchronized);

    const Result<Account> loaded = await(b().account(a.id));
    BSS_VERIFY_OK(loaded);
    BSS_COMPARE_STATUS(loaded->syncStatus(microsoft), SyncStatus::Synchronized);
    BSS_COMPARE_STATUS(loaded->syncStatus(kaspersky), SyncStatus::UnSynchronized);
    BSS_COMPARE_STATUS(loaded->syncStatus(QStringLiteral("acronis")), SyncStatus::UnSynchronized);

    AccountQuery q;
    q.q = QStringLiteral("Microsoft Only");
    q.platform = kaspersky;
    q.syncStatus = SyncStatus::Synchronized;
    Result<Page<Account>> list = await(b().accounts(q));
    BSS_VERIFY_OK(list);
    QVERIFY(list->items.isEmpty());
    q.syncStatus = SyncStatus::UnSynchronized;
    list = await(b().accounts(q));
    BSS_VERIFY_OK(list);
    QCOMPARE(list->items.size(), 1);
    q.platform = microsoft;
    q.syncStatus = SyncStatus::Synchronized;
    list = await(b().accounts(q));
    BSS_VERIFY_OK(list);
    QCOMPARE(list->items.size(), 1);
    BSS_COMPARE_STATUS(list->items.constFirst().syncStatus(kaspersky), SyncStatus::UnSynchronized);

    // S1 still holds for Kaspersky, while a Microsoft order goes through.
    const Order kasp = orderWith(a.id, QStringLiteral("KESC"), 10);
    const Result<Execution> refused = await(b().executeOrder(kasp.id));
    QVERIFY(!refused);
    QVERIFY(anyMentions(refused.error().fieldErrors, QStringLiteral("Kaspersky")));
    const Order ms = orderWith(a.id, QStringLiteral("M365-BASIC"), 10);
    const Result<Execution> done = await(b().executeOrder(ms.id));
    BSS_VERIFY_OK(done);
    BSS_COMPARE_STATUS(done->order.status, OrderStatus::Executed);
}

void ConformanceSuite::S3_syncOptionsValidationListsEveryError() {
    const Account reseller = createAccount(QStringLiteral("Pin Reseller"), AccountType::Reseller);
    const Account direct = createAccount(QStringLiteral("Plain Direct"), AccountType::Direct);
    const Account endUser =
        createAccount(QStringLiteral("Some End User"), AccountType::EndUser, reseller.id);
    QVERIFY(reseller.id && direct.id && endUser.id);

    // A reseller with everything wrong: every reason at once, and nothing saved.
    SyncOptionsInput bad;
    bad.email = QString();
    bad.role = SyncRole::User;
    bad.parentId = direct.id;
    const Result<PlatformSync> refused = await(b().saveAndSynchronize(reseller.id, kaspersky, bad));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Validation);
    for (const char *field : {"email", "role", "parentId", "resellerPin"})
        QVERIFY2(refused.error().hasField(QLatin1String(field)), field);
    const Result<PlatformSync> unchanged = await(b().syncOptions(reseller.id, kaspersky));
    BSS_VERIFY_OK(unchanged);
    BSS_COMPARE_STATUS(unchanged->status, SyncStatus::UnSynchronized);
    QVERIFY(!unchanged->resellerPinSet);
    AuditQuery aq;
    aq.entity = QStringLiteral("account");
    aq.entityId = reseller.id;
    const Result<Page<AuditEntry>> audit = await(b().audit(aq));
    BSS_VERIFY_OK(audit);
    for (const AuditEntry &e : audit->items)
        QVERIFY2(!e.field.startsWith(QLatin1String("sync.")), qPrintable(e.field));

    // Invalid email; a direct account with a parent and the Reseller role.
    SyncOptionsInput directBad;
    directBad.email = QStringLiteral("not-an-email");
    directBad.role = SyncRole::Reseller;
    directBad.parentId = reseller.id;
    Result<PlatformSync> r = await(b().saveAndSynchronize(direct.id, kaspersky, directBad));
    QVERIFY(!r);
    for (const char *field : {"email", "role", "parentId"})
        QVERIFY2(r.error().hasField(QLatin1String(field)), field);

    // An end-user needs a reseller as Parent Account.
    SyncOptionsInput noParent;
    noParent.email = QStringLiteral("user@example.com");
    noParent.role = SyncRole::User;
    r = await(b().saveAndSynchronize(endUser.id, kaspersky, noParent));
    QVERIFY(!r);
    QVERIFY(r.error().hasField(QStringLiteral("parentId")));
    noParent.parentId = direct.id;
    r = await(b().saveAndSynchronize(endUser.id, kaspersky, noParent));
    QVERIFY(!r);
    QVERIFY(r.error().messageFor(QStringLiteral("parentId")).contains(QLatin1String("reseller")));

    // The Reseller PIN is unique per platform.
    BSS_COMPARE_STATUS(synchronize(reseller, kaspersky, QStringLiteral("PIN-777")).status,
                       SyncStatus::Synchronized);
    const Account other = createAccount(QStringLiteral("Other Reseller"), AccountType::Reseller);
    SyncOptionsInput samePin;
    samePin.email = other.email;
    samePin.role = SyncRole::Reseller;
    samePin.resellerPin = QStringLiteral("PIN-777");
    r = await(b().saveAndSynchronize(other.id, kaspersky, samePin));
    QVERIFY(!r);
    QVERIFY(r.error().hasField(QStringLiteral("resellerPin")));
    r = await(b().saveAndSynchronize(other.id, microsoft, samePin));
    BSS_VERIFY_OK(r);
    BSS_COMPARE_STATUS(r->status, SyncStatus::Synchronized);
    QVERIFY(r->resellerPinSet);
}

void ConformanceSuite::S4_resellerWithoutPinMayNotOrder() {
    const Account reseller =
        createAccount(QStringLiteral("No Pin Partners"), AccountType::Reseller);
    const Account endUser =
        createAccount(QStringLiteral("Their Customer"), AccountType::EndUser, reseller.id);
    BSS_COMPARE_STATUS(synchronize(endUser, kaspersky).status, SyncStatus::Synchronized);

    const Order forEndUser = orderWith(endUser.id, QStringLiteral("KESC"), 10);
    QVERIFY(anyMentions(forEndUser.blockers, QStringLiteral("Reseller PIN")));
    Result<Execution> r = await(b().executeOrder(forEndUser.id));
    QVERIFY(!r);
    QVERIFY2(
        anyMentions(r.error().fieldErrors, QStringLiteral("No Pin Partners has no Reseller PIN")),
        qPrintable(r.error().describe()));
    const Order forReseller = orderWith(reseller.id, QStringLiteral("KESC"), 10);
    r = await(b().executeOrder(forReseller.id));
    QVERIFY(!r);
    QVERIFY(anyMentions(r.error().fieldErrors, QStringLiteral("Reseller PIN")));

    // The PIN saved but not synchronized is not enough yet.
    SyncOptionsInput in;
    in.email = reseller.email;
    in.role = SyncRole::Reseller;
    in.resellerPin = QStringLiteral("NP-1");
    const Result<PlatformSync> saved = await(b().saveSyncOptions(reseller.id, kaspersky, in));
    BSS_VERIFY_OK(saved);
    QVERIFY(saved->resellerPinSet);
    BSS_COMPARE_STATUS(saved->status, SyncStatus::UnSynchronized);
    r = await(b().executeOrder(forEndUser.id));
    QVERIFY(!r);
    QVERIFY(anyMentions(r.error().fieldErrors, QStringLiteral("not synchronized")));

    // Synchronized with its PIN: both may order now.
    in.resellerPin.clear(); // keeps the saved PIN
    const Result<PlatformSync> synced = await(b().saveAndSynchronize(reseller.id, kaspersky, in));
    BSS_VERIFY_OK(synced);
    BSS_COMPARE_STATUS(synced->status, SyncStatus::Synchronized);
    r = await(b().executeOrder(forEndUser.id));
    BSS_VERIFY_OK(r);
    QCOMPARE(r->subscriptions.size(), 1);
    r = await(b().executeOrder(forReseller.id));
    BSS_VERIFY_OK(r);
}

void ConformanceSuite::S5_quickAddMakesIncompleteLine() {
    const Account a = createAccount(QStringLiteral("Quick Add Co"), AccountType::Direct);
    synchronize(a, kaspersky);
    const Order o = orderWith(a.id, QStringLiteral("KESC"), std::nullopt);
    QCOMPARE(o.lines.size(), 1);
    const OrderLine &line = o.lines.constFirst();
    QVERIFY(!line.seats.has_value());
    QVERIFY(!line.complete);
    QVERIFY(anyMentions(line.problems, QStringLiteral("Seats not set")));
    QVERIFY(!o.canExecute);
    QVERIFY(anyMentions(o.blockers, QStringLiteral("Seats not set")));
    const Result<Execution> r = await(b().executeOrder(o.id));
    QVERIFY(!r);
    QVERIFY(anyMentions(r.error().fieldErrors, QStringLiteral("Seats not set")));
}

} // namespace bss::test
