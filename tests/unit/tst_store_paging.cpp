#include "app/services/Services.h"
#include "app/store/SqlConnection.h"
#include "app/store/SqlStore.h"
#include "tests/support/TestSupport.h"

#include <QSet>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace bss;
using namespace bss::test;

namespace {

QString uniqueConnection() {
    return uniqueConnectionName(QStringLiteral("tst_store_paging"));
}

using Row = NamedRow;

// Walks every page of `query` and returns the ids in the order they came, failing on an error
// or on a page that is not the last yet holds fewer rows than asked.
QList<Id> walk(SqlStore &store, AccountQuery query, std::optional<Id> scope, int *pages = nullptr) {
    QList<Id> ids;
    int count = 0;
    const int pageSize = qMin(query.limit, 500);
    for (;;) {
        const Result<Page<Account>> page = store.accounts().list(query, scope);
        if (!page) {
            qWarning("%s", qPrintable(page.error().describe()));
            return {};
        }
        ++count;
        for (const Account &a : page->items)
            ids.append(a.id);
        if (page->nextCursor.isEmpty())
            break;
        if (page->items.size() != pageSize) {
            qWarning("a page before the last one holds %d rows", int(page->items.size()));
            return {};
        }
        if (count > 10000) {
            qWarning("paging does not end");
            return {};
        }
        query.cursor = page->nextCursor;
    }
    if (pages)
        *pages = count;
    return ids;
}

QStringList namesOf(SqlStore &store, const AccountQuery &query, std::optional<Id> scope = {}) {
    QStringList names;
    AccountQuery q = query;
    q.limit = 500;
    const Result<Page<Account>> page = store.accounts().list(q, scope);
    if (!page)
        return {QStringLiteral("error: ") + page.error().describe()};
    for (const Account &a : page->items)
        names.append(a.name);
    return names;
}

AccountQuery queryFor(const QString &q) {
    AccountQuery query;
    query.q = q;
    return query;
}

} // namespace

// The accounts list as a user pages, searches and filters it, on a store big enough that paging
// matters.
class TestStorePaging : public QObject {
    Q_OBJECT

private:
    TempStore m_temp;
    std::unique_ptr<SqlStore> m_store;
    QList<Row> m_rows; // the big set, in the order the list must show it

    // The small set the search tests use, by name.
    std::unique_ptr<TempStore> m_searchTemp;
    std::unique_ptr<SqlStore> m_search;
    QHash<QString, Id> m_ids;

    Id add(const QString &name, AccountType type, std::optional<Id> parent, const QString &email) {
        const Result<Id> id = m_search->accounts().insert({name, type, parent, email},
                                                          QDateTime::currentDateTimeUtc());
        if (!id)
            qFatal("%s", qPrintable(id.error().describe()));
        m_ids.insert(name, *id);
        return *id;
    }

    void setStatus(const QString &name, const QString &platform, SyncStatus status) {
        StoredSync s;
        s.sync = PlatformSync::unsynchronized(platform);
        s.sync.status = status;
        s.sync.email = QStringLiteral("sync@example.com");
        if (!m_search->accounts().saveSync(m_ids.value(name), s))
            qFatal("cannot save sync");
    }

private Q_SLOTS:
    void initTestCase() {
        m_store =
            std::make_unique<SqlStore>(StoreConfig::sqlite(m_temp.path()), uniqueConnection());
        BSS_VERIFY_OK(m_store->open());

        // 1,200 accounts with mixed case (the list sorts case-insensitively) and a run of 75
        // accounts with the very same name, so that ties straddle page boundaries.
        const QStringList stems{QStringLiteral("alpha"),   QStringLiteral("Bravo"),
                                QStringLiteral("charlie"), QStringLiteral("Delta"),
                                QStringLiteral("ECHO"),    QStringLiteral("foxtrot")};
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const Result<Done> filled = m_store->transaction<Done>([&]() -> Result<Done> {
            for (int i = 0; i < 1200; ++i) {
                // Inserted in a scrambled order, so that id order is not name order.
                const int n = (i * 7919) % 1200;
                const QString name = n < 75 ? QStringLiteral("Same Name")
                                            : QStringLiteral("%1 %2")
                                                  .arg(stems.at(n % stems.size()))
                                                  .arg(n, 4, 10, QLatin1Char('0'));
                const Result<Id> id = m_store->accounts().insert(
                    {name, AccountType::Direct, {}, QStringLiteral("c%1@example.com").arg(n)}, at);
                if (!id)
                    return id.error();
                m_rows.append({*id, name});
            }
            return Done{};
        });
        BSS_VERIFY_OK(filled);
        sortAsTheListShows(m_rows);

        m_searchTemp = std::make_unique<TempStore>();
        m_search = std::make_unique<SqlStore>(StoreConfig::sqlite(m_searchTemp->path()),
                                              uniqueConnection());
        BSS_VERIFY_OK(m_search->open());
        const Id blueHarbor = add(QStringLiteral("Blue Harbor IT"), AccountType::Reseller, {},
                                  QStringLiteral("ops@blueharbor.example"));
        const Id tailwind = add(QStringLiteral("Tailwind Partners"), AccountType::Reseller, {},
                                QStringLiteral("hello@tailwind.example"));
        add(QStringLiteral("Harbor View Hotel"), AccountType::EndUser, blueHarbor,
            QStringLiteral("admin@harborview.example"));
        add(QStringLiteral("Lakeside Accounting"), AccountType::EndUser, blueHarbor,
            QStringLiteral("office@lakeside.example"));
        add(QStringLiteral("Wingtip Toys"), AccountType::EndUser, tailwind,
            QStringLiteral("it@wingtip.example"));
        add(QStringLiteral("Northwind Traders"), AccountType::Direct, {},
            QStringLiteral("sales@northwind.example"));
        add(QStringLiteral("northern Lights"), AccountType::Direct, {},
            QStringLiteral("info@aurora.example"));
        add(QStringLiteral("Contoso Ltd"), AccountType::Direct, {},
            QStringLiteral("it@contoso.example"));
        add(QStringLiteral("Fabrikam Inc"), AccountType::Direct, {},
            QStringLiteral("security@fabrikam.example"));
        add(QStringLiteral("100% Cotton"), AccountType::Direct, {},
            QStringLiteral("shop@cotton.example"));
        add(QStringLiteral("Studio 404"), AccountType::Direct, {},
            QStringLiteral("studio@fourohfour.example"));

        const QString kaspersky = QStringLiteral("kaspersky");
        const QString microsoft = QStringLiteral("microsoft");
        setStatus(QStringLiteral("Northwind Traders"), kaspersky, SyncStatus::Synchronized);
        setStatus(QStringLiteral("Contoso Ltd"), microsoft,
                  SyncStatus::Synchronized); // Microsoft only
        setStatus(QStringLiteral("Fabrikam Inc"), kaspersky, SyncStatus::Failed);
        setStatus(QStringLiteral("Fabrikam Inc"), microsoft, SyncStatus::Synchronized);
        setStatus(QStringLiteral("Blue Harbor IT"), kaspersky,
                  SyncStatus::UnSynchronized); // saved, not synced
    }

    void cleanupTestCase() {
        m_store.reset();
        m_search.reset();
    }

    // --- Keyset paging ------------------------------------------------------------------------

    void pagingWalksEveryAccountOnceInNameOrder_data() {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("pages");
        QTest::newRow("50 a page") << 50 << 24;
        QTest::newRow("500 a page") << 500 << 3;
        QTest::newRow("333 a page") << 333 << 4;
    }

    void pagingWalksEveryAccountOnceInNameOrder() {
        QFETCH(int, limit);
        QFETCH(int, pages);
        AccountQuery query;
        query.limit = limit;
        int walked = 0;
        const QList<Id> ids = walk(*m_store, query, {}, &walked);
        QCOMPARE(ids.size(), qsizetype(1200));
        QCOMPARE(QSet<Id>(ids.cbegin(), ids.cend()).size(), qsizetype(1200)); // no duplicates
        QCOMPARE(walked, pages);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (ids.at(i) != m_rows.at(i).id)
                QFAIL(qPrintable(QStringLiteral("row %1: got id %2, expected %3 (%4)")
                                     .arg(i)
                                     .arg(ids.at(i))
                                     .arg(m_rows.at(i).id)
                                     .arg(m_rows.at(i).name)));
        }
    }

    void pageSizeIsBounded() {
        AccountQuery query;
        query.limit = 100000;
        const Result<Page<Account>> big = m_store->accounts().list(query, {});
        BSS_VERIFY_OK(big);
        QCOMPARE(big->items.size(), qsizetype(500));
        QVERIFY(!big->nextCursor.isEmpty());

        query.limit = 0;
        const Result<Page<Account>> unset = m_store->accounts().list(query, {});
        BSS_VERIFY_OK(unset);
        QCOMPARE(unset->items.size(), qsizetype(50));
    }

    void lastPageHasNoCursor() {
        AccountQuery query;
        query.limit = 500;
        query.q = QStringLiteral("Same Name");
        const Result<Page<Account>> page = m_store->accounts().list(query, {});
        BSS_VERIFY_OK(page);
        QCOMPARE(page->items.size(), qsizetype(75));
        QVERIFY(page->nextCursor.isEmpty());

        // Exactly a page's worth: still no further (empty) page.
        query.limit = 75;
        const Result<Page<Account>> exact = m_store->accounts().list(query, {});
        BSS_VERIFY_OK(exact);
        QCOMPARE(exact->items.size(), qsizetype(75));
        QVERIFY(exact->nextCursor.isEmpty());
    }

    // --- Timestamps as stored: read back to the millisecond, in UTC -------------------------

    void timestampsReadBackAsWritten() {
        const QDateTime at(QDate(2026, 12, 1), QTime(20, 41, 25, 123), Qt::UTC);
        QCOMPARE(SqlConnection::timestamp(at), QStringLiteral("2026-12-01T20:41:25.123Z"));
        QCOMPARE(SqlConnection::parseTimestamp(SqlConnection::timestamp(at)), at);
        // Other ISO forms still read; nonsense and NULL read as no time.
        QCOMPARE(SqlConnection::parseTimestamp(QStringLiteral("2026-12-01T21:41:25.123+01:00")),
                 at);
        QCOMPARE(SqlConnection::parseTimestamp(QStringLiteral("2026-12-01T20:41:25Z")),
                 QDateTime(QDate(2026, 12, 1), QTime(20, 41, 25), Qt::UTC));
        QVERIFY(
            !SqlConnection::parseTimestamp(QStringLiteral("2026-13-01T20:41:25.123Z")).isValid());
        QVERIFY(!SqlConnection::parseTimestamp(QVariant::fromValue(nullptr)).isValid());
    }

    // --- Scrollbar jumps: a page at any position, from the start or from the end ---------------

    void jumpLandsOnTheRowsOfTheWholeList_data() {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("fromEnd");
        QTest::addColumn<int>("first"); // index in the whole list of the page's first row
        QTest::addColumn<int>("size");
        QTest::newRow("start") << qint64(0) << false << 0 << 50;
        QTest::newRow("inside the run of equal names") << qint64(30) << false << 30 << 50;
        QTest::newRow("middle") << qint64(600) << false << 600 << 50;
        QTest::newRow("last partial page") << qint64(1180) << false << 1180 << 20;
        QTest::newRow("past the end") << qint64(1200) << false << 0 << 0;
        QTest::newRow("end") << qint64(0) << true << 1150 << 50;
        QTest::newRow("50 before the end") << qint64(50) << true << 1100 << 50;
        QTest::newRow("end near the start") << qint64(1170) << true << 0 << 30;
        QTest::newRow("end past the start") << qint64(1300) << true << 0 << 0;
    }

    void jumpLandsOnTheRowsOfTheWholeList() {
        QFETCH(qint64, offset);
        QFETCH(bool, fromEnd);
        QFETCH(int, first);
        QFETCH(int, size);
        AccountQuery query;
        query.limit = 50;
        query.offset = offset;
        query.fromEnd = fromEnd;
        const Result<Page<Account>> page = m_store->accounts().list(query, {});
        BSS_VERIFY_OK(page);
        QCOMPARE(page->items.size(), qsizetype(size));
        for (int i = 0; i < size; ++i)
            QCOMPARE(page->items.at(i).id, m_rows.at(first + i).id);
        // The page's cursor goes on from its last row, as after any other page.
        const int next = first + size;
        QCOMPARE(page->nextCursor.isEmpty(), size == 0 || next >= m_rows.size());
        if (!page->nextCursor.isEmpty()) {
            AccountQuery after;
            after.limit = 50;
            after.cursor = page->nextCursor;
            const Result<Page<Account>> more = m_store->accounts().list(after, {});
            BSS_VERIFY_OK(more);
            QVERIFY(!more->items.isEmpty());
            QCOMPARE(more->items.constFirst().id, m_rows.at(next).id);
        }
    }

    void jumpWithFiltersCountsOnlyMatchingRows() {
        AccountQuery query;
        query.q = QStringLiteral("Same Name");
        query.limit = 10;
        query.fromEnd = true;
        const Result<Page<Account>> page = m_store->accounts().list(query, {});
        BSS_VERIFY_OK(page);
        QCOMPARE(page->items.size(), qsizetype(10));
        // The last ten rows of the run of 75 equal names, in the order of the whole list.
        QList<Id> run;
        for (const Row &r : std::as_const(m_rows)) {
            if (r.name == QLatin1String("Same Name"))
                run.append(r.id);
        }
        QCOMPARE(run.size(), qsizetype(75));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(page->items.at(i).id, run.at(65 + i));
    }

    void badWindowIsABadRequest_data() {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("fromEnd");
        QTest::addColumn<bool>("withCursor");
        QTest::newRow("negative offset") << qint64(-1) << false << false;
        QTest::newRow("offset and cursor") << qint64(10) << false << true;
        QTest::newRow("fromEnd and cursor") << qint64(0) << true << true;
    }

    void badWindowIsABadRequest() {
        QFETCH(qint64, offset);
        QFETCH(bool, fromEnd);
        QFETCH(bool, withCursor);
        AccountQuery first;
        first.limit = 5;
        const Result<Page<Account>> start = m_store->accounts().list(first, {});
        BSS_VERIFY_OK(start);
        AccountQuery query;
        query.offset = offset;
        query.fromEnd = fromEnd;
        if (withCursor)
            query.cursor = start->nextCursor;
        const Result<Page<Account>> page = m_store->accounts().list(query, {});
        QVERIFY(!page);
        QCOMPARE(page.error().kind, ErrorKind::BadRequest);
        QVERIFY(page.error().hasField(QStringLiteral("offset")));
    }

    void garbageCursorIsABadRequest_data() {
        QTest::addColumn<QString>("cursor");
        QTest::newRow("words") << QStringLiteral("not a cursor!");
        QTest::newRow("base64 of text") << QString::fromLatin1(QByteArray("hello").toBase64());
        QTest::newRow("wrong shape") << encodeCursor({QStringLiteral("x")});
        QTest::newRow("object") << QString::fromLatin1(QByteArray("{\"a\":1}").toBase64());
    }

    void garbageCursorIsABadRequest() {
        QFETCH(QString, cursor);
        AccountQuery query;
        query.cursor = cursor;
        const Result<Page<Account>> page = m_store->accounts().list(query, {});
        QVERIFY(!page);
        QCOMPARE(page.error().kind, ErrorKind::BadRequest);
        QCOMPARE(page.error().code, QStringLiteral("bad-cursor"));
        QVERIFY(page.error().hasField(QStringLiteral("cursor")));
    }

    // --- Search -------------------------------------------------------------------------------

    void search_data() {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QStringList>("names"); // in list order
        const QString blue = QStringLiteral("Blue Harbor IT");
        const QString harbor = QStringLiteral("Harbor View Hotel");
        const QString northern = QStringLiteral("northern Lights");
        const QString northwind = QStringLiteral("Northwind Traders");
        const QString tailwind = QStringLiteral("Tailwind Partners");

        QTest::newRow("name prefix") << QStringLiteral("North") << QStringList{northern, northwind};
        QTest::newRow("name prefix, lower case")
            << QStringLiteral("north") << QStringList{northern, northwind};
        QTest::newRow("name prefix, upper case")
            << QStringLiteral("NORTHW") << QStringList{northwind};
        QTest::newRow("email prefix")
            << QStringLiteral("security@") << QStringList{QStringLiteral("Fabrikam Inc")};
        QTest::newRow("email prefix, upper case")
            << QStringLiteral("OFFICE@") << QStringList{QStringLiteral("Lakeside Accounting")};
        QTest::newRow("substring of a name")
            << QStringLiteral("wind") << QStringList{northwind, tailwind};
        QTest::newRow("substring with a space")
            << QStringLiteral("r View H") << QStringList{harbor};
        QTest::newRow("substring in name or email")
            << QStringLiteral("harbor") << QStringList{blue, harbor};
        QTest::newRow("substring of an email")
            << QStringLiteral("aurora.ex") << QStringList{northern};
        QTest::newRow("three characters")
            << QStringLiteral("kes") << QStringList{QStringLiteral("Lakeside Accounting")};
        QTest::newRow("one character") << QStringLiteral("Z") << QStringList();
        QTest::newRow("two characters") << QStringLiteral("bL") << QStringList{blue};
        // One or two characters match the start of the name only (by its index, at any size).
        QTest::newRow("one character, start of a name")
            << QStringLiteral("n") << QStringList{northern, northwind};
        QTest::newRow("two characters, not the start") << QStringLiteral("nd") << QStringList();
        QTest::newRow("two characters, not an email") << QStringLiteral("it") << QStringList();
        QTest::newRow("two characters, digits")
            << QStringLiteral("10") << QStringList{QStringLiteral("100% Cotton")};
        QTest::newRow("% is a character") << QStringLiteral("1%") << QStringList();
        QTest::newRow("_ is a character") << QStringLiteral("S_") << QStringList();
        QTest::newRow("three characters with %")
            << QStringLiteral("00%") << QStringList{QStringLiteral("100% Cotton")};
        QTest::newRow("no match") << QStringLiteral("xyzzy") << QStringList();
        QTest::newRow("surrounding spaces")
            << QStringLiteral("  contoso  ") << QStringList{QStringLiteral("Contoso Ltd")};
        QTest::newRow("search syntax is text") << QStringLiteral("wind OR toys") << QStringList();
        QTest::newRow("quotes are text") << QStringLiteral("\"wind") << QStringList();
        QTest::newRow("star is text") << QStringLiteral("wind*") << QStringList();
    }

    void search() {
        QFETCH(QString, q);
        QFETCH(QStringList, names);
        QCOMPARE(namesOf(*m_search, queryFor(q)), names);
        const Result<qint64> count = m_search->accounts().count(queryFor(q), {});
        BSS_VERIFY_OK(count);
        QCOMPARE(*count, qint64(names.size()));
    }

    void searchPagesLikeTheWholeList() {
        AccountQuery query = queryFor(QStringLiteral("example"));
        query.limit = 2;
        int pages = 0;
        const QList<Id> ids = walk(*m_search, query, {}, &pages);
        QCOMPARE(ids.size(), qsizetype(m_ids.size()));
        QCOMPARE(QSet<Id>(ids.cbegin(), ids.cend()).size(), qsizetype(m_ids.size()));
        QCOMPARE(pages, 6);
    }

    // --- Filters ------------------------------------------------------------------------------

    void filters_data() {
        QTest::addColumn<QString>("q");
        QTest::addColumn<int>("type"); // -1: any
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<int>("status"); // -1: any
        QTest::addColumn<QStringList>("names");
        const int any = -1;
        const QString kaspersky = QStringLiteral("kaspersky");
        const QString microsoft = QStringLiteral("microsoft");

        QTest::newRow("resellers")
            << QString() << int(AccountType::Reseller) << QString() << QString() << any
            << QStringList{QStringLiteral("Blue Harbor IT"), QStringLiteral("Tailwind Partners")};
        QTest::newRow("end-users")
            << QString() << int(AccountType::EndUser) << QString() << QString() << any
            << QStringList{QStringLiteral("Harbor View Hotel"),
                           QStringLiteral("Lakeside Accounting"), QStringLiteral("Wingtip Toys")};
        QTest::newRow("end-users of Blue Harbor")
            << QString() << any << QStringLiteral("Blue Harbor IT") << QString() << any
            << QStringList{QStringLiteral("Harbor View Hotel"),
                           QStringLiteral("Lakeside Accounting")};
        QTest::newRow("search and type")
            << QStringLiteral("harbor") << int(AccountType::EndUser) << QString() << QString()
            << any << QStringList{QStringLiteral("Harbor View Hotel")};
        QTest::newRow("Synchronized with Kaspersky")
            << QString() << any << QString() << kaspersky << int(SyncStatus::Synchronized)
            << QStringList{QStringLiteral("Northwind Traders")};
        QTest::newRow("Synchronized with Microsoft")
            << QString() << any << QString() << microsoft << int(SyncStatus::Synchronized)
            << QStringList{QStringLiteral("Contoso Ltd"), QStringLiteral("Fabrikam Inc")};
        QTest::newRow("Failed with Kaspersky")
            << QString() << any << QString() << kaspersky << int(SyncStatus::Failed)
            << QStringList{QStringLiteral("Fabrikam Inc")};
        QTest::newRow("Failed with Microsoft") << QString() << any << QString() << microsoft
                                               << int(SyncStatus::Failed) << QStringList();
        // Contoso is synchronized with Microsoft only: for Kaspersky it is not synchronized.
        QTest::newRow("not synchronized with Kaspersky")
            << QString() << int(AccountType::Direct) << QString() << kaspersky
            << int(SyncStatus::UnSynchronized)
            << QStringList{QStringLiteral("100% Cotton"), QStringLiteral("Contoso Ltd"),
                           QStringLiteral("northern Lights"), QStringLiteral("Studio 404")};
        QTest::newRow("not synchronized with Kaspersky, resellers")
            << QString() << int(AccountType::Reseller) << QString() << kaspersky
            << int(SyncStatus::UnSynchronized)
            << QStringList{QStringLiteral("Blue Harbor IT"), QStringLiteral("Tailwind Partners")};
        QTest::newRow("Synchronized anywhere")
            << QString() << any << QString() << QString() << int(SyncStatus::Synchronized)
            << QStringList{QStringLiteral("Contoso Ltd"), QStringLiteral("Fabrikam Inc"),
                           QStringLiteral("Northwind Traders")};
    }

    void filters() {
        QFETCH(QString, q);
        QFETCH(int, type);
        QFETCH(QString, parent);
        QFETCH(QString, platform);
        QFETCH(int, status);
        QFETCH(QStringList, names);
        AccountQuery query = queryFor(q);
        if (type >= 0)
            query.type = AccountType(type);
        if (!parent.isEmpty())
            query.parentId = m_ids.value(parent);
        query.platform = platform;
        if (status >= 0)
            query.syncStatus = SyncStatus(status);
        QCOMPARE(namesOf(*m_search, query), names);
        const Result<qint64> count = m_search->accounts().count(query, {});
        BSS_VERIFY_OK(count);
        QCOMPARE(*count, qint64(names.size()));
    }

    // --- Reseller scope -----------------------------------------------------------------------

    void resellerSeesOnlyItselfAndItsEndUsers() {
        Services services(*m_search);
        const Id blueHarbor = m_ids.value(QStringLiteral("Blue Harbor IT"));
        const Actor actor{QStringLiteral("blue"), UserRole::Reseller, blueHarbor};

        const Result<Page<Account>> page = services.accounts.list(actor, AccountQuery{});
        BSS_VERIFY_OK(page);
        QStringList names;
        for (const Account &a : page->items)
            names.append(a.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Blue Harbor IT"), QStringLiteral("Harbor View Hotel"),
                              QStringLiteral("Lakeside Accounting")}));
        QCOMPARE(services.accounts.count(actor, AccountQuery{}).value(), qint64(3));

        // Searching does not reach past the scope.
        const Result<qint64> wind =
            services.accounts.count(actor, queryFor(QStringLiteral("wind")));
        BSS_VERIFY_OK(wind);
        QCOMPARE(*wind, qint64(0));
        QCOMPARE(services.accounts.count(actor, queryFor(QStringLiteral("harbor"))).value(),
                 qint64(2));

        // Its own end-user opens; another reseller's end-user and a direct account do not exist for
        // it.
        BSS_VERIFY_OK(
            services.accounts.get(actor, m_ids.value(QStringLiteral("Lakeside Accounting"))));
        for (const QString &foreign :
             {QStringLiteral("Wingtip Toys"), QStringLiteral("Tailwind Partners"),
              QStringLiteral("Contoso Ltd")}) {
            const Result<Account> a = services.accounts.get(actor, m_ids.value(foreign));
            QVERIFY2(!a, qPrintable(foreign));
            QCOMPARE(a.error().kind, ErrorKind::NotFound);
        }

        // An admin sees everyone.
        const Actor admin{QStringLiteral("admin"), UserRole::Admin, {}};
        QCOMPARE(services.accounts.count(admin, AccountQuery{}).value(), qint64(m_ids.size()));
        BSS_VERIFY_OK(services.accounts.get(admin, m_ids.value(QStringLiteral("Wingtip Toys"))));
    }

    void resellerUserWithoutAnAccountSeesNothing() {
        Services services(*m_search);
        const Actor actor{QStringLiteral("lost"), UserRole::Reseller, {}};
        const Result<Page<Account>> page = services.accounts.list(actor, AccountQuery{});
        BSS_VERIFY_OK(page);
        QVERIFY(page->items.isEmpty());
        QCOMPARE(
            services.accounts.get(actor, m_ids.value(QStringLiteral("Contoso Ltd"))).error().kind,
            ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestStorePaging)
#include "tst_store_paging.moc"
