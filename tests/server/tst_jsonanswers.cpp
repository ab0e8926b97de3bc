#include "app/backend/JsonCodec.h"
#include "app/server/JsonAnswers.h"
#include "app/server/JsonWriter.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace bss;

namespace {

// Text that JSON must escape or encode: quotes, backslashes, every control character, DEL,
// Latin-1, CJK, a character outside the BMP, separators JavaScript dislikes, noncharacters
// and lone surrogates.
QString awkwardText() {
    QString s = QStringLiteral("Quote \" back\\slash / slash ");
    for (char16_t c = 0; c < 0x20; ++c)
        s.append(QChar(c));
    s.append(QChar(0x7f));
    s += QStringLiteral(" Müller & Søn café 東京 \u2028\u2029 \uFFFE \uFEFF ");
    s += QString::fromUcs4(U"\U0001F600 \U00010000 \U0010FFFF");
    s.append(QChar(0xD800)); // a high surrogate alone
    s.append(QLatin1Char('x'));
    s.append(QChar(0xDC00)); // a low surrogate alone
    s.append(QChar(0xDBFF)); // a high surrogate at the very end
    return s;
}

QByteArray viaQJson(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Account account(Id id, const QString &name) {
    Account a;
    a.id = id;
    a.name = name;
    a.type = AccountType::EndUser;
    a.parentId = 7;
    a.parentName = QStringLiteral("Parent \"Reseller\"\n");
    a.email = QStringLiteral("end.user+%1@example.com").arg(id);
    a.status = QStringLiteral("active");
    a.version = 4;
    a.createdAt = QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    PlatformSync kaspersky = PlatformSync::unsynchronized(QStringLiteral("kaspersky"));
    kaspersky.status = SyncStatus::Synchronized;
    kaspersky.email = a.email;
    kaspersky.role = SyncRole::User;
    kaspersky.parentId = 7;
    kaspersky.syncedAt = QDateTime(QDate(2025, 3, 5), QTime(0, 0), Qt::UTC);
    PlatformSync microsoft = PlatformSync::unsynchronized(QStringLiteral("microsoft"));
    microsoft.status = SyncStatus::Failed;
    microsoft.lastError = QStringLiteral("Tenant \"x\" refused\tthe request");
    microsoft.role = SyncRole::Reseller;
    microsoft.resellerPinSet = true;
    // Not UTC: the answer carries it in UTC.
    microsoft.syncedAt = QDateTime(QDate(2025, 3, 5), QTime(23, 30, 0, 1), QTimeZone(3600 * 5));
    a.sync = {kaspersky, microsoft, PlatformSync::unsynchronized(QStringLiteral("acronis"))};
    return a;
}

Order order(Id id) {
    Order o;
    o.id = id;
    o.number = orderNumber(id);
    o.accountId = 12;
    o.accountName = awkwardText();
    o.status = OrderStatus::Draft;
    o.kind = OrderKind::Change;
    o.subscriptionId = 99;
    o.total = Money(-5, QStringLiteral("EUR"));
    o.canExecute = false;
    o.blockers = {QStringLiteral("Line 2 has no Seats."),
                  QStringLiteral("\"Acme\" is not synchronized")};
    o.version = 9;
    o.createdAt = QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    o.createdBy = QStringLiteral("agent\\one");
    OrderLine complete;
    complete.id = 1;
    complete.productId = 3;
    complete.productName = QStringLiteral("Kaspersky Endpoint Security Cloud");
    complete.platform = QStringLiteral("kaspersky");
    complete.seats = 12;
    complete.complete = true;
    complete.band = PriceBand{10, 14, 400};
    complete.unitPrice = Money(400, QStringLiteral("EUR"));
    complete.periodPrice = Money(4800, QStringLiteral("EUR"));
    complete.firstPeriodCharge = Money(0, QStringLiteral("EUR"));
    OrderLine incomplete;
    incomplete.id = 2;
    incomplete.productId = 4;
    incomplete.productName = QStringLiteral("Acronis \u00e9dition");
    incomplete.platform = QStringLiteral("acronis");
    incomplete.problems = {QStringLiteral("Set the Seats.")};
    incomplete.unitPrice = Money(std::numeric_limits<qint64>::max(), QStringLiteral("EUR"));
    incomplete.periodPrice = Money(std::numeric_limits<qint64>::min(), QStringLiteral("EUR"));
    o.lines = {complete, incomplete};
    return o;
}

} // namespace

// The server writes its hot answers (accounts and orders, one or a page) with JsonWriter
// instead of QJsonObject. What a client receives must not change by a byte.
class TestJsonAnswers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapedStringsMatchQJsonDocument_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << QStringLiteral("Amber Accounting 100481");
        QTest::newRow("awkward") << awkwardText();
        QTest::newRow("only a lone surrogate") << QString(QChar(0xDFFF));
        QTest::newRow("nul") << QString(QChar(0));
        QTest::newRow("long") << awkwardText().repeated(50);
    }

    void escapedStringsMatchQJsonDocument() {
        QFETCH(QString, text);
        QByteArray out;
        JsonWriter::appendEscaped(out, text);
        const QByteArray expected = viaQJson(QJsonObject{{QStringLiteral("k"), text}});
        QCOMPARE("{\"k\":" + out + '}', expected);
    }

    void anAccountIsWrittenAsTheCodecDoes() {
        Account a = account(5, awkwardText());
        QCOMPARE(JsonAnswers::encode(a), viaQJson(JsonCodec::encode(a)));
        // No parent, no dates, no sync rows.
        a.parentId.reset();
        a.parentName.clear();
        a.createdAt = QDateTime();
        a.sync.clear();
        a.type = AccountType::Reseller;
        QCOMPARE(JsonAnswers::encode(a), viaQJson(JsonCodec::encode(a)));
    }

    void theResellerPinIsMaskedNeverWritten() {
        const Account a = account(5, QStringLiteral("Pin Holder"));
        const QJsonObject json = QJsonDocument::fromJson(JsonAnswers::encode(a)).object();
        const QJsonArray sync = json.value(QStringLiteral("sync")).toArray();
        QCOMPARE(sync.at(1).toObject().value(QStringLiteral("resellerPinSet")).toBool(), true);
        QCOMPARE(sync.at(1).toObject().value(QStringLiteral("resellerPin")).toString(),
                 QStringLiteral("\u2022\u2022\u2022\u2022"));
        QVERIFY(sync.at(0).toObject().value(QStringLiteral("resellerPin")).isNull());
    }

    void anAccountsPageIsWrittenAsTheCodecDoes() {
        Page<Account> page;
        for (Id id = 1; id <= 100; ++id)
            page.items.append(
                account(id, id % 7 ? QStringLiteral("Account %1").arg(id) : awkwardText()));
        page.nextCursor = QStringLiteral("WyJBbWJlciBBY2NvdW50aW5nIDEwMTUwNSIsMTAxNTA1XQ");
        QCOMPARE(JsonAnswers::encode(page), viaQJson(JsonCodec::encode(page)));
        page.nextCursor.clear(); // the last page: null
        QCOMPARE(JsonAnswers::encode(page), viaQJson(JsonCodec::encode(page)));
        QCOMPARE(JsonAnswers::encode(Page<Account>()),
                 viaQJson(JsonCodec::encode(Page<Account>())));
    }

    void anOrderIsWrittenAsTheCodecDoes() {
        Order o = order(42);
        QCOMPARE(JsonAnswers::encode(o), viaQJson(JsonCodec::encode(o)));
        o.status = OrderStatus::Executed;
        o.kind = OrderKind::New;
        o.subscriptionId.reset();
        o.executedAt = QDateTime(QDate(1999, 1, 1), QTime(1, 2, 3), Qt::UTC);
        o.lines.clear();
        o.blockers.clear();
        o.total = Money(123456789, QStringLiteral("USD"));
        QCOMPARE(JsonAnswers::encode(o), viaQJson(JsonCodec::encode(o)));
    }

    void anOrdersPageIsWrittenAsTheCodecDoes() {
        Page<Order> page;
        for (Id id = 1; id <= 20; ++id)
            page.items.append(order(id));
        page.nextCursor = QStringLiteral("WzI1MDAwMDBd");
        QCOMPARE(JsonAnswers::encode(page), viaQJson(JsonCodec::encode(page)));
    }

    void timesOutsideFourDigitYearsAsQtWritesThem_data() {
        QTest::addColumn<QDateTime>("at");
        QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("year 999") << QDateTime(QDate(999, 12, 31), QTime(12, 0), Qt::UTC);
        QTest::newRow("year 9999")
            << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("before year 1") << QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC);
    }

    void timesOutsideFourDigitYearsAsQtWritesThem() {
        QFETCH(QDateTime, at);
        Account a = account(1, QStringLiteral("Old"));
        a.createdAt = at;
        QCOMPARE(JsonAnswers::encode(a), viaQJson(JsonCodec::encode(a)));
    }
};

QTEST_GUILESS_MAIN(TestJsonAnswers)
#include "tst_jsonanswers.moc"
