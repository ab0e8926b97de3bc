// The audit trail's vocabulary (app/domain/Audit.h): the spellings stored in the trail, read
// back by the same code, and what the services actually write with it.
#include "app/domain/Audit.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace bss;
using namespace bss::test;
using audit::Action;
using audit::Entity;
using audit::Field;
using audit::FieldPath;

Q_DECLARE_METATYPE(bss::audit::Action)
Q_DECLARE_METATYPE(bss::audit::Field)
Q_DECLARE_METATYPE(bss::audit::FieldPath)

namespace {

// An entry of `entries` with this action and field; null when there is none.
const AuditEntry *find(const QList<AuditEntry> &entries, const QString &action,
                       const QString &field) {
    for (const AuditEntry &e : entries) {
        if (e.action == action && e.field == field)
            return &e;
    }
    return nullptr;
}

QList<AuditEntry> trailOf(Backend &backend, const QString &entity, Id id) {
    AuditQuery query;
    query.entity = entity;
    query.entityId = id;
    query.limit = 200;
    const Result<Page<AuditEntry>> page = await(backend.audit(query));
    return page ? page->items : QList<AuditEntry>{};
}

} // namespace

class TestAuditVocabulary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void actions_data();
    void actions();
    void entities_data();
    void entities();
    void fields_data();
    void fields();
    void paths_data();
    void paths();
    void unknownTextIsRefused_data();
    void unknownTextIsRefused();
    void lineValues();
    void servicesWriteTheVocabulary();
};

// The stored spellings, as API.md and older stores have them: written out by hand here so that
// renaming one in Audit.cpp fails this test instead of orphaning every entry already stored.
void TestAuditVocabulary::actions_data() {
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("text");
    QTest::newRow("create") << Action::Create << QStringLiteral("create");
    QTest::newRow("update") << Action::Update << QStringLiteral("update");
    QTest::newRow("synchronize") << Action::Synchronize << QStringLiteral("synchronize");
    QTest::newRow("cancel") << Action::Cancel << QStringLiteral("cancel");
    QTest::newRow("execute") << Action::Execute << QStringLiteral("execute");
    QTest::newRow("addLine") << Action::AddLine << QStringLiteral("addLine");
    QTest::newRow("removeLine") << Action::RemoveLine << QStringLiteral("removeLine");
    QTest::newRow("change") << Action::Change << QStringLiteral("change");
    QTest::newRow("provision") << Action::Provision << QStringLiteral("provision");
    QTest::newRow("reveal") << Action::Reveal << QStringLiteral("reveal");
    QTest::newRow("delete") << Action::Delete << QStringLiteral("delete");
}

void TestAuditVocabulary::actions() {
    QFETCH(Action, action);
    QFETCH(QString, text);
    QCOMPARE(audit::toString(action), text);
    QCOMPARE(audit::actionOf(text), std::optional(action));
}

void TestAuditVocabulary::entities_data() {
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<QString>("text");
    QTest::newRow("account") << Entity::Account << QStringLiteral("account");
    QTest::newRow("order") << Entity::Order << QStringLiteral("order");
    QTest::newRow("subscription") << Entity::Subscription << QStringLiteral("subscription");
    QTest::newRow("user") << Entity::User << QStringLiteral("user");
}

void TestAuditVocabulary::entities() {
    QFETCH(Entity, entity);
    QFETCH(QString, text);
    QCOMPARE(audit::toString(entity), text);
    QCOMPARE(audit::entityOf(text), std::optional(entity));
}

void TestAuditVocabulary::fields_data() {
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("name") << Field::Name << QStringLiteral("name");
    QTest::newRow("type") << Field::Type << QStringLiteral("type");
    QTest::newRow("parentId") << Field::ParentId << QStringLiteral("parentId");
    QTest::newRow("email") << Field::Email << QStringLiteral("email");
    QTest::newRow("status") << Field::Status << QStringLiteral("status");
    QTest::newRow("role") << Field::Role << QStringLiteral("role");
    QTest::newRow("resellerPin") << Field::ResellerPin << QStringLiteral("resellerPin");
    QTest::newRow("lastError") << Field::LastError << QStringLiteral("lastError");
    QTest::newRow("seats") << Field::Seats << QStringLiteral("seats");
    QTest::newRow("pendingSeats") << Field::PendingSeats << QStringLiteral("pendingSeats");
    QTest::newRow("provisioningStatus")
        << Field::ProvisioningStatus << QStringLiteral("provisioningStatus");
    QTest::newRow("activationKey") << Field::ActivationKey << QStringLiteral("activationKey");
    QTest::newRow("username") << Field::Username << QStringLiteral("username");
    QTest::newRow("accountId") << Field::AccountId << QStringLiteral("accountId");
    QTest::newRow("password") << Field::Password << QStringLiteral("password");
    QTest::newRow("disabled") << Field::Disabled << QStringLiteral("disabled");
}

void TestAuditVocabulary::fields() {
    QFETCH(Field, field);
    QFETCH(QString, text);
    QCOMPARE(audit::toString(field), text);
    QCOMPARE(audit::fieldOf(text), std::optional(field));
    // A field on its own is a path of one part.
    QCOMPARE(FieldPath::plain(field).toString(), text);
    QCOMPARE(FieldPath::parse(text), std::optional(FieldPath::plain(field)));
}

void TestAuditVocabulary::paths_data() {
    QTest::addColumn<FieldPath>("path");
    QTest::addColumn<QString>("text");
    QTest::newRow("order status") << FieldPath::plain(Field::Status) << QStringLiteral("status");
    QTest::newRow("line") << FieldPath::line(7) << QStringLiteral("lines[7]");
    QTest::newRow("line seats") << FieldPath::lineField(7, Field::Seats)
                                << QStringLiteral("lines[7].seats");
    QTest::newRow("large line id") << FieldPath::lineField(9000000123LL, Field::Seats)
                                   << QStringLiteral("lines[9000000123].seats");
    QTest::newRow("sync role") << FieldPath::sync(QStringLiteral("kaspersky"), Field::Role)
                               << QStringLiteral("sync.kaspersky.role");
    QTest::newRow("sync status") << FieldPath::sync(QStringLiteral("microsoft"), Field::Status)
                                 << QStringLiteral("sync.microsoft.status");
    QTest::newRow("sync PIN") << FieldPath::sync(QStringLiteral("acronis"), Field::ResellerPin)
                              << QStringLiteral("sync.acronis.resellerPin");
}

void TestAuditVocabulary::paths() {
    QFETCH(FieldPath, path);
    QFETCH(QString, text);
    QCOMPARE(path.toString(), text);
    const std::optional<FieldPath> parsed = FieldPath::parse(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->kind, path.kind);
    QCOMPARE(parsed->field, path.field);
    QCOMPARE(parsed->lineId, path.lineId);
    QCOMPARE(parsed->platform, path.platform);
}

void TestAuditVocabulary::unknownTextIsRefused_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown field") << QStringLiteral("colour");
    QTest::newRow("wrong case") << QStringLiteral("Seats");
    QTest::newRow("line without id") << QStringLiteral("lines[].seats");
    QTest::newRow("line id not a number") << QStringLiteral("lines[x]");
    QTest::newRow("unknown line field") << QStringLiteral("lines[7].colour");
    QTest::newRow("line with trailing dot") << QStringLiteral("lines[7].");
    QTest::newRow("sync without field") << QStringLiteral("sync.kaspersky");
    QTest::newRow("sync too deep") << QStringLiteral("sync.kaspersky.role.x");
    QTest::newRow("sync unknown field") << QStringLiteral("sync.kaspersky.colour");
}

void TestAuditVocabulary::unknownTextIsRefused() {
    QFETCH(QString, text);
    QVERIFY(!FieldPath::parse(text));
    QVERIFY(!audit::actionOf(text));
    QVERIFY(!audit::entityOf(text));
}

void TestAuditVocabulary::lineValues() {
    const QString edr = QStringLiteral("Kaspersky Endpoint Detection and Response Optimum");
    QCOMPARE(audit::lineValue(edr, 25), edr + QStringLiteral(" × 25"));
    QCOMPARE(audit::lineValue(edr, std::nullopt), edr);
    QCOMPARE(audit::productOfLineValue(edr + QStringLiteral(" × 25")), edr);
    QCOMPARE(audit::productOfLineValue(edr), edr);
    // A product whose own name ends in digits keeps them.
    const QString plan = QStringLiteral("Microsoft 365 E3 × 2024");
    QCOMPARE(audit::productOfLineValue(audit::lineValue(plan, 10)), plan);
}

// What the services write into the trail is the vocabulary above, spelled as a person reads it.
void TestAuditVocabulary::servicesWriteTheVocabulary() {
    LocalFixture f;
    Backend &backend = *f.backend;
    AccountQuery query;
    query.q = QStringLiteral("Wingtip");
    const Result<Page<Account>> accounts = await(backend.accounts(query));
    BSS_VERIFY_OK(accounts);
    QCOMPARE(accounts->items.size(), qsizetype(1));
    const Account wingtip = accounts->items.first();
    const Result<QList<Product>> products = await(backend.products(QStringLiteral("kaspersky")));
    BSS_VERIFY_OK(products);
    QVERIFY(!products->isEmpty());
    const Product product = products->first();

    Result<Order> order = await(backend.createOrder(wingtip.id));
    BSS_VERIFY_OK(order);
    order = await(backend.addLine(order->id, product.id));
    BSS_VERIFY_OK(order);
    const Id lineId = order->lines.constFirst().id;
    order = await(backend.setSeats(order->id, order->version, lineId, product.minSeats));
    BSS_VERIFY_OK(order);

    const QList<AuditEntry> orderTrail = trailOf(backend, QStringLiteral("order"), order->id);
    const AuditEntry *created =
        find(orderTrail, QStringLiteral("create"), QStringLiteral("status"));
    QVERIFY(created);
    QCOMPARE(created->after, QStringLiteral("draft"));
    const AuditEntry *added =
        find(orderTrail, QStringLiteral("addLine"), QStringLiteral("lines[%1]").arg(lineId));
    QVERIFY(added);
    QCOMPARE(added->entity, QStringLiteral("order"));
    QCOMPARE(audit::productOfLineValue(added->after), product.name);
    const AuditEntry *seats =
        find(orderTrail, QStringLiteral("update"), QStringLiteral("lines[%1].seats").arg(lineId));
    QVERIFY(seats);
    QCOMPARE(seats->after, QString::number(product.minSeats));
    const std::optional<FieldPath> seatsPath = FieldPath::parse(seats->field);
    QVERIFY(seatsPath);
    QCOMPARE(seatsPath->lineId, lineId);
    QCOMPARE(seatsPath->field, std::optional(Field::Seats));

    SyncOptionsInput input;
    input.email = QStringLiteral("licenses@wingtip.example");
    input.role = SyncRole::User;
    BSS_VERIFY_OK(await(backend.saveSyncOptions(wingtip.id, QStringLiteral("kaspersky"), input)));
    const QList<AuditEntry> accountTrail = trailOf(backend, QStringLiteral("account"), wingtip.id);
    const AuditEntry *role =
        find(accountTrail, QStringLiteral("update"), QStringLiteral("sync.kaspersky.role"));
    QVERIFY(role);
    QCOMPARE(role->after, QStringLiteral("User"));
    QVERIFY(find(accountTrail, QStringLiteral("update"), QStringLiteral("sync.kaspersky.email")));

    // Every entry either trail holds reads back as a known action, entity and field.
    for (const AuditEntry &e : orderTrail + accountTrail) {
        QVERIFY2(audit::actionOf(e.action), qPrintable(e.action));
        QVERIFY2(audit::entityOf(e.entity), qPrintable(e.entity));
        QVERIFY2(FieldPath::parse(e.field), qPrintable(e.field));
    }
}

QTEST_MAIN(TestAuditVocabulary)
#include "tst_audit_vocabulary.moc"
