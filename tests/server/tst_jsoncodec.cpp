#include "app/backend/JsonCodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace bss;

// The wire format both sides share: what the server writes, the client reads back unchanged;
// what a client sends wrong is refused with every reason.
class TestJsonCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void orderRoundTripsWithAmountsAsStrings() {
        Order order;
        order.id = 42;
        order.number = orderNumber(42);
        order.accountId = 7;
        order.accountName = QStringLiteral("Acme");
        order.total = Money(0, QStringLiteral("EUR"));
        order.version = 3;
        order.createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        OrderLine line;
        line.id = 9;
        line.productId = 1;
        line.seats = 12;
        line.complete = true;
        line.band = PriceBand{10, 14, 400};
        line.unitPrice = Money(400, QStringLiteral("EUR"));
        line.periodPrice = Money(4800, QStringLiteral("EUR"));
        line.firstPeriodCharge = Money(0, QStringLiteral("EUR"));
        OrderLine incomplete;
        incomplete.id = 10;
        incomplete.productId = 2;
        incomplete.problems = QStringList{QStringLiteral("Set the Seats.")};
        order.lines = {line, incomplete};
        order.blockers = QStringList{QStringLiteral("Line 2 has no Seats.")};

        const QJsonObject json = JsonCodec::encode(order);
        QCOMPARE(json.value(QStringLiteral("total")).toString(), QStringLiteral("0.00"));
        QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(json.value(QStringLiteral("createdAt")).toString(),
                 QStringLiteral("2025-01-02T03:04:05.678Z"));
        const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("periodPrice")).toString(),
                 QStringLiteral("48.00"));
        QVERIFY(lines.at(1).toObject().value(QStringLiteral("seats")).isNull());

        const Result<Order> back = JsonCodec::decode<Order>(json);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().describe()));
        QCOMPARE(back->id, order.id);
        QCOMPARE(back->total, order.total);
        QCOMPARE(back->createdAt, order.createdAt);
        QCOMPARE(back->lines.size(), 2);
        QCOMPARE(back->lines.at(0).seats, std::optional<int>(12));
        QCOMPARE(back->lines.at(0).periodPrice, line.periodPrice);
        QCOMPARE(back->lines.at(0).band->from, 10);
        QVERIFY(!back->lines.at(1).seats);
        QCOMPARE(back->lines.at(1).problems, incomplete.problems);
        QCOMPARE(back->blockers, order.blockers);
        QCOMPARE(back->version, 3);
    }

    void accountRoundTripsWithSyncAndNoPin() {
        Account a;
        a.id = 5;
        a.name = QStringLiteral("Reseller One");
        a.type = AccountType::Reseller;
        a.email = QStringLiteral("r@example.com");
        a.version = 2;
        PlatformSync s = PlatformSync::unsynchronized(QStringLiteral("kaspersky"));
        s.status = SyncStatus::Synchronized;
        s.role = SyncRole::Reseller;
        s.resellerPinSet = true;
        a.sync = {s};
        const QJsonObject json = JsonCodec::encode(a);
        const QByteArray text = QJsonDocument(json).toJson();
        QVERIFY(!text.contains("1234"));
        const Result<Account> back = JsonCodec::decode<Account>(json);
        QVERIFY(back.ok());
        QVERIFY(back->type == AccountType::Reseller);
        QCOMPARE(back->sync.size(), 1);
        QVERIFY(back->syncStatus(QStringLiteral("kaspersky")) == SyncStatus::Synchronized);
        QVERIFY(back->sync.at(0).resellerPinSet);
        QCOMPARE(back->sync.at(0).role, std::optional<SyncRole>(SyncRole::Reseller));
    }

    void requestsAreReadStrictlyWithEveryReason() {
        const Result<QJsonObject> body = JsonCodec::parseObject(
            R"({"name": 12, "type": "partner", "parentId": 1.5, "colour": "red"})");
        QVERIFY(body.ok());
        const Result<NewAccount> account = JsonCodec::readRequest<NewAccount>(*body);
        QVERIFY(!account.ok());
        QCOMPARE(account.error().kind, ErrorKind::BadRequest);
        QStringList fields;
        for (const FieldError &f : account.error().fieldErrors)
            fields.append(f.field);
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("colour"), QStringLiteral("name"),
                                      QStringLiteral("parentId"), QStringLiteral("type")}));
    }

    void malformedBodiesAreBadRequests_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("{name: x}");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("truncated") << QByteArray("{\"seats\": ");
        QTest::newRow("number") << QByteArray("12");
    }
    void malformedBodiesAreBadRequests() {
        QFETCH(QByteArray, body);
        const Result<QJsonObject> parsed = JsonCodec::parseObject(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::BadRequest);
    }

    void seatsMustBeAWholeNumberInRange_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("integer") << QByteArray(R"({"seats": 10})") << true;
        QTest::newRow("negative reaches the rules") << QByteArray(R"({"seats": -3})") << true;
        QTest::newRow("fraction") << QByteArray(R"({"seats": 10.5})") << false;
        QTest::newRow("huge") << QByteArray(R"({"seats": 1e300})") << false;
        QTest::newRow("beyond int") << QByteArray(R"({"seats": 3000000000})") << false;
        QTest::newRow("string") << QByteArray(R"({"seats": "10"})") << false;
        QTest::newRow("null") << QByteArray(R"({"seats": null})") << false;
        QTest::newRow("missing") << QByteArray(R"({})") << false;
        QTest::newRow("extra field") << QByteArray(R"({"seats": 10, "dryRun": true})") << false;
    }
    void seatsMustBeAWholeNumberInRange() {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const Result<int> seats = JsonCodec::readSeats(*JsonCodec::parseObject(body));
        QCOMPARE(seats.ok(), ok);
        if (!ok)
            QCOMPARE(seats.error().kind, ErrorKind::BadRequest);
    }

    void addLineAcceptsMissingOrNullSeats() {
        const Result<AddLineRequest> none =
            JsonCodec::readRequest<AddLineRequest>(*JsonCodec::parseObject(R"({"productId": 3})"));
        QVERIFY(none.ok());
        QVERIFY(!none->seats);
        const Result<AddLineRequest> null = JsonCodec::readRequest<AddLineRequest>(
            *JsonCodec::parseObject(R"({"productId": 3, "seats": null})"));
        QVERIFY(null.ok());
        QVERIFY(!null->seats);
        const Result<AddLineRequest> badId =
            JsonCodec::readRequest<AddLineRequest>(*JsonCodec::parseObject(R"({"productId": 0})"));
        QVERIFY(!badId.ok());
    }

    void patchDistinguishesNullFromAbsent() {
        const Result<AccountPatch> clear =
            JsonCodec::readRequest<AccountPatch>(*JsonCodec::parseObject(R"({"parentId": null})"));
        QVERIFY(clear.ok());
        QVERIFY(clear->clearParent);
        QVERIFY(!clear->name);
        const Result<AccountPatch> rename =
            JsonCodec::readRequest<AccountPatch>(*JsonCodec::parseObject(R"({"name": "New"})"));
        QVERIFY(rename.ok());
        QVERIFY(!rename->clearParent);
        QCOMPARE(*rename->name, QStringLiteral("New"));
        // What the client sends is what the server reads.
        const Result<AccountPatch> again =
            JsonCodec::readRequest<AccountPatch>(JsonCodec::request(*clear));
        QVERIFY(again.ok() && again->clearParent);
    }

    void problemRoundTripsIntoTheSameError() {
        const Error original =
            Error::validation({{QStringLiteral("email"), QStringLiteral("Email is required.")},
                               {QStringLiteral("resellerPin"), QStringLiteral("PIN required.")}});
        const QJsonObject problem = JsonCodec::problem(original, 422);
        QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 422);
        const Error back = JsonCodec::errorFromProblem(QJsonDocument(problem).toJson(), 422);
        QCOMPARE(back.kind, ErrorKind::Validation);
        QCOMPARE(back.code, original.code);
        QCOMPARE(back.fieldErrors, original.fieldErrors);
        QCOMPARE(JsonCodec::errorFromProblem({}, 412).kind, ErrorKind::Stale);
        QCOMPARE(JsonCodec::errorFromProblem("<html>", 404).kind, ErrorKind::NotFound);
    }

    void subscriptionDatesAndMoney() {
        Subscription s;
        s.id = 1;
        s.accountId = 2;
        s.productId = 3;
        s.seats = 15;
        s.startedAt = QDate(2025, 3, 31);
        s.currentPeriodEnd = QDate(2025, 4, 30);
        s.recurringPrice = Money(5700, QStringLiteral("EUR"));
        const QJsonObject json = JsonCodec::encode(s);
        QCOMPARE(json.value(QStringLiteral("startedAt")).toString(), QStringLiteral("2025-03-31"));
        QCOMPARE(json.value(QStringLiteral("recurringPrice")).toString(), QStringLiteral("57.00"));
        const Result<Subscription> back = JsonCodec::decode<Subscription>(json);
        QVERIFY(back.ok());
        QCOMPARE(back->currentPeriodEnd, s.currentPeriodEnd);
        QCOMPARE(back->recurringPrice, s.recurringPrice);
    }
};

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
