#include "app/store/SqlConnection.h"
#include "app/store/SqlStore.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace bss;
using namespace bss::test;

namespace {

QString uniqueConnection() {
    return uniqueConnectionName(QStringLiteral("tst_store_nativereads"));
}

// Every field of an account as the list and the REST answers carry it, one line.
QString describe(const Account &a) {
    QStringList parts{QString::number(a.id),
                      a.name,
                      toString(a.type),
                      a.parentId ? QString::number(*a.parentId) : QStringLiteral("-"),
                      a.parentName,
                      a.email,
                      a.status,
                      QString::number(a.version),
                      a.createdAt.toString(Qt::ISODateWithMs)};
    for (const PlatformSync &s : a.sync) {
        parts << s.platform << toString(s.status) << s.email
              << (s.role ? toString(*s.role) : QStringLiteral("-"))
              << (s.parentId ? QString::number(*s.parentId) : QStringLiteral("-"))
              << (s.resellerPinSet ? QStringLiteral("pin") : QStringLiteral("no pin"))
              << s.lastError << s.syncedAt.toString(Qt::ISODateWithMs);
    }
    return parts.join(QLatin1Char('|'));
}

QStringList describe(const Result<Page<Account>> &page) {
    if (!page)
        return {QStringLiteral("error: ") + page.error().describe()};
    QStringList lines;
    for (const Account &a : page->items)
        lines << describe(a);
    lines << QStringLiteral("next: ") + page->nextCursor;
    return lines;
}

} // namespace

// The accounts list and a single account read with SQLite's C API (the server's hot path) give
// exactly what reading through QSqlQuery gives.
class TestStoreNativeReads : public QObject {
    Q_OBJECT

private:
    TempStore m_temp;
    std::unique_ptr<SqlStore> m_store;
    Id m_reseller = 0;
    Id m_endUser = 0;
    Id m_direct = 0;
    Id m_odd = 0;

    Id add(const QString &name, AccountType type, std::optional<Id> parent, const QString &email) {
        const Result<Id> id = m_store->accounts().insert({name, type, parent, email},
                                                         QDateTime::currentDateTimeUtc());
        if (!id)
            qFatal("%s", qPrintable(id.error().describe()));
        return *id;
    }

    void save(Id account, const QString &platform, SyncStatus status, std::optional<SyncRole> role,
              std::optional<Id> parent, const QString &pin, const QString &lastError,
              const QDateTime &at) {
        StoredSync s;
        s.sync = PlatformSync::unsynchronized(platform);
        s.sync.status = status;
        s.sync.email = QStringLiteral("licenses+%1@example.com").arg(platform);
        s.sync.role = role;
        s.sync.parentId = parent;
        s.sync.lastError = lastError;
        s.sync.syncedAt = at;
        s.resellerPin = pin;
        if (!m_store->accounts().saveSync(account, s))
            qFatal("cannot save sync");
    }

    // The same call with the C API reader and with QSqlQuery.
    template <typename F> std::pair<QStringList, QStringList> bothWays(F call) {
        m_store->setNativeReads(true);
        const QStringList native = call();
        m_store->setNativeReads(false);
        const QStringList viaQt = call();
        m_store->setNativeReads(true);
        return {native, viaQt};
    }

private Q_SLOTS:
    void initTestCase() {
        m_store =
            std::make_unique<SqlStore>(StoreConfig::sqlite(m_temp.path()), uniqueConnection());
        BSS_VERIFY_OK(m_store->open());
        if (!m_store->nativeReads())
            QSKIP("built without SQLite's C API reader: everything reads through QSqlQuery");

        const QDateTime at =
            QDateTime::fromString(QStringLiteral("2026-11-30T08:15:42.250Z"), Qt::ISODateWithMs);
        m_reseller = add(QStringLiteral("Rösti & Söhne \u2603 Reseller"), AccountType::Reseller, {},
                         QStringLiteral("office@roesti.example"));
        m_endUser = add(QStringLiteral("Alpine Dental \U0001F9B7"), AccountType::EndUser,
                        m_reseller, QStringLiteral("it@alpine.example"));
        m_direct = add(QStringLiteral("Blue Systems"), AccountType::Direct, {}, QString());
        m_odd = add(QStringLiteral("Zeta \"quoted\" \\ name"), AccountType::Direct, {},
                    QStringLiteral("zeta@example.com"));
        for (int i = 0; i < 30; ++i)
            add(QStringLiteral("Filler %1").arg(i, 2, 10, QLatin1Char('0')), AccountType::Direct,
                {}, QStringLiteral("filler%1@example.com").arg(i));

        // Every sync state: a reseller with a PIN, a failure with its reason, a user under its
        // reseller, a row saved UnSynchronized without a time, and an account with no rows.
        save(m_reseller, QStringLiteral("kaspersky"), SyncStatus::Synchronized, SyncRole::Reseller,
             {}, QStringLiteral("PIN-4711"), QString(), at);
        save(m_reseller, QStringLiteral("microsoft"), SyncStatus::Failed, SyncRole::Reseller, {},
             QString(), QStringLiteral("Tenant \"x\" refused: 403"), at);
        save(m_endUser, QStringLiteral("kaspersky"), SyncStatus::Synchronized, SyncRole::User,
             m_reseller, QString(), QString(), at.addSecs(60));
        save(m_endUser, QStringLiteral("acronis"), SyncStatus::UnSynchronized, SyncRole::User,
             m_reseller, QString(), QString(), QDateTime());
        save(m_odd, QStringLiteral("microsoft"), SyncStatus::Synchronized, std::nullopt, {},
             QString(), QString(), at);

        // A time written by something other than this store (no milliseconds): read the long way.
        QSqlQuery q(m_store->connection().database());
        QVERIFY(q.exec(QStringLiteral("UPDATE accounts SET created_at = '2026-01-02T03:04:05Z'"
                                      " WHERE id = %1")
                           .arg(m_odd)));
    }

    void theListReadsTheSameBothWays_data() {
        QTest::addColumn<QString>("q");
        QTest::addColumn<int>("limit");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("fromEnd");
        QTest::addColumn<int>("type"); // -1: any
        QTest::newRow("everything") << QString() << 500 << qint64(0) << false << -1;
        QTest::newRow("a page of 7") << QString() << 7 << qint64(0) << false << -1;
        QTest::newRow("jump") << QString() << 5 << qint64(3) << false << -1;
        QTest::newRow("from the end") << QString() << 5 << qint64(0) << true << -1;
        QTest::newRow("prefix") << QStringLiteral("Al") << 50 << qint64(0) << false << -1;
        QTest::newRow("substring") << QStringLiteral("söhne") << 50 << qint64(0) << false << -1;
        QTest::newRow("resellers")
            << QString() << 50 << qint64(0) << false << int(AccountType::Reseller);
    }

    void theListReadsTheSameBothWays() {
        QFETCH(QString, q);
        QFETCH(int, limit);
        QFETCH(qint64, offset);
        QFETCH(bool, fromEnd);
        QFETCH(int, type);
        AccountQuery query;
        query.q = q;
        query.limit = limit;
        query.offset = offset;
        query.fromEnd = fromEnd;
        if (type >= 0)
            query.type = AccountType(type);
        // Each page in turn, by its cursor, to the end.
        const auto [native, viaQt] = bothWays([&] {
            QStringList lines;
            AccountQuery next = query;
            for (int pages = 0; pages < 20; ++pages) {
                const Result<Page<Account>> page = m_store->accounts().list(next, {});
                lines << describe(page);
                if (!page || page->nextCursor.isEmpty())
                    break;
                next.offset = 0;
                next.fromEnd = false;
                next.cursor = page->nextCursor;
            }
            return lines;
        });
        QVERIFY(native.size() > 1);
        QCOMPARE(native, viaQt);
    }

    void aSingleAccountReadsTheSameBothWays() {
        for (const Id id : {m_reseller, m_endUser, m_direct, m_odd, Id(999999)}) {
            const auto [native, viaQt] = bothWays([&] {
                const Result<std::optional<Account>> a = m_store->accounts().find(id);
                if (!a)
                    return QStringList{QStringLiteral("error: ") + a.error().describe()};
                return *a ? QStringList{describe(**a)} : QStringList{QStringLiteral("none")};
            });
            QCOMPARE(native, viaQt);
        }
        // A reseller's scope: its end-user is visible to it, the direct account is not.
        const Result<std::optional<Account>> mine = m_store->accounts().find(m_endUser, m_reseller);
        BSS_VERIFY_OK(mine);
        QVERIFY(mine->has_value());
        const Result<std::optional<Account>> other = m_store->accounts().find(m_direct, m_reseller);
        BSS_VERIFY_OK(other);
        QVERIFY(!other->has_value());
    }

    // What the list shows, read with the C API: the values themselves, not just "the same".
    void theListShowsEverySyncState() {
        AccountQuery query;
        query.limit = 500;
        const Result<Page<Account>> page = m_store->accounts().list(query, {});
        BSS_VERIFY_OK(page);
        QHash<Id, Account> byId;
        for (const Account &a : page->items)
            byId.insert(a.id, a);
        QCOMPARE(byId.size(), 34);

        const Account reseller = byId.value(m_reseller);
        QCOMPARE(reseller.name, QStringLiteral("Rösti & Söhne \u2603 Reseller"));
        QCOMPARE(toString(reseller.type), toString(AccountType::Reseller));
        QCOMPARE(reseller.sync.size(), 3);
        const PlatformSync *kaspersky = reseller.syncFor(QStringLiteral("kaspersky"));
        QVERIFY(kaspersky);
        BSS_COMPARE_STATUS(kaspersky->status, SyncStatus::Synchronized);
        QVERIFY(kaspersky->resellerPinSet);
        QVERIFY(kaspersky->role == SyncRole::Reseller);
        QCOMPARE(kaspersky->syncedAt,
                 QDateTime(QDate(2026, 11, 30), QTime(8, 15, 42, 250), Qt::UTC));
        const PlatformSync *microsoft = reseller.syncFor(QStringLiteral("microsoft"));
        QVERIFY(microsoft);
        BSS_COMPARE_STATUS(microsoft->status, SyncStatus::Failed);
        QVERIFY(!microsoft->resellerPinSet);
        QCOMPARE(microsoft->lastError, QStringLiteral("Tenant \"x\" refused: 403"));
        BSS_COMPARE_STATUS(reseller.syncStatus(QStringLiteral("acronis")),
                           SyncStatus::UnSynchronized);

        const Account endUser = byId.value(m_endUser);
        QCOMPARE(endUser.name, QStringLiteral("Alpine Dental \U0001F9B7"));
        QCOMPARE(endUser.parentId, std::optional<Id>(m_reseller));
        QCOMPARE(endUser.parentName, reseller.name);
        const PlatformSync *acronis = endUser.syncFor(QStringLiteral("acronis"));
        QVERIFY(acronis);
        QCOMPARE(acronis->parentId, std::optional<Id>(m_reseller));
        QCOMPARE(acronis->email, QStringLiteral("licenses+acronis@example.com"));
        QVERIFY(!acronis->syncedAt.isValid());

        const Account direct = byId.value(m_direct);
        QVERIFY(direct.email.isEmpty());
        QVERIFY(!direct.parentId);
        QVERIFY(direct.parentName.isEmpty());
        for (const PlatformSync &s : direct.sync) {
            BSS_COMPARE_STATUS(s.status, SyncStatus::UnSynchronized);
            QVERIFY(!s.role);
        }

        const Account odd = byId.value(m_odd);
        QCOMPARE(odd.name, QStringLiteral("Zeta \"quoted\" \\ name"));
        QCOMPARE(odd.createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(!odd.syncFor(QStringLiteral("microsoft"))->role);
    }

    // A page that stops before its statement's last row leaves no read snapshot behind: after
    // another connection has written, this one can still write, and reads the other's change.
    void aReadLeavesTheConnectionFreeToWrite() {
        SqlStore other(StoreConfig::sqlite(m_temp.path()), uniqueConnection());
        BSS_VERIFY_OK(other.open());

        AccountQuery query;
        query.limit = 2; // more rows follow: the statement is left mid-way
        const Result<Page<Account>> page = m_store->accounts().list(query, {});
        BSS_VERIFY_OK(page);
        QVERIFY(!page->nextCursor.isEmpty());
        const Result<std::optional<Account>> before = m_store->accounts().find(m_direct);
        BSS_VERIFY_OK(before);

        Account renamed = **before;
        renamed.name = QStringLiteral("Blue Systems Renamed");
        const Result<bool> theirs =
            other.accounts().update(renamed, renamed.version, QDateTime::currentDateTimeUtc());
        BSS_VERIFY_OK(theirs);
        QVERIFY(*theirs);

        const Result<std::optional<Account>> seen = m_store->accounts().find(m_direct);
        BSS_VERIFY_OK(seen);
        QCOMPARE((*seen)->name, QStringLiteral("Blue Systems Renamed"));

        Account mine = m_store->accounts().find(m_odd)->value_or(Account{});
        mine.email = QStringLiteral("zeta@elsewhere.example");
        const Result<bool> written =
            m_store->accounts().update(mine, mine.version, QDateTime::currentDateTimeUtc());
        BSS_VERIFY_OK(written);
        QVERIFY(*written);
    }
};

QTEST_GUILESS_MAIN(TestStoreNativeReads)
#include "tst_store_nativereads.moc"
