#include "app/store/Migrations.h"
#include "app/store/SqlConnection.h"
#include "app/store/SqlStore.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace bss;
using namespace bss::test;

namespace {

QString uniqueConnection() {
    return QStringLiteral("tst_migrations-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant scalarOf(SqlStore &store, const QString &sql) {
    const Result<QVariant> v = store.connection().scalar(sql);
    if (!v) {
        qWarning("%s", qPrintable(v.error().describe()));
        return {};
    }
    return *v;
}

} // namespace

// A new embedded store is ready to use, reopening it keeps everything, and the store URL a
// user or an administrator types is understood.
class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newStoreMigratesToTheLatestVersion() {
        TempStore temp;
        SqlStore store(StoreConfig::sqlite(temp.path()), uniqueConnection());
        BSS_VERIFY_OK(store.open());
        QVERIFY(QFile::exists(temp.path()));

        const QList<Migration> all = migrations(store.dialect());
        QVERIFY(!all.isEmpty());
        QCOMPARE(store.latestSchemaVersion(), all.constLast().version);
        QCOMPARE(store.schemaVersion(), store.latestSchemaVersion());
        QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
                 int(all.size()));

        // Versions only go up, one migration each.
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i).version > all.at(i - 1).version);

        // The platforms the seed names are there from the start.
        const Result<QList<Platform>> platforms = store.catalog().platforms();
        BSS_VERIFY_OK(platforms);
        QStringList codes;
        for (const Platform &p : *platforms)
            codes.append(p.code);
        QCOMPARE(codes, (QStringList{QStringLiteral("kaspersky"), QStringLiteral("microsoft"),
                                     QStringLiteral("acronis")}));
    }

    void reopeningDoesNotReapplyAndKeepsTheData() {
        TempStore temp;
        Id id = 0;
        QString appliedAt;
        {
            SqlStore store(StoreConfig::sqlite(temp.path()), uniqueConnection());
            BSS_VERIFY_OK(store.open());
            const Result<Id> inserted =
                store.accounts().insert({QStringLiteral("Contoso Ltd"),
                                         AccountType::Direct,
                                         {},
                                         QStringLiteral("it@contoso.example")},
                                        QDateTime::currentDateTimeUtc());
            BSS_VERIFY_OK(inserted);
            id = *inserted;
            BSS_VERIFY_OK(store.meta().set(QStringLiteral("demo"), QStringLiteral("1")));
            appliedAt =
                scalarOf(store, QStringLiteral("SELECT MAX(applied_at) FROM schema_version"))
                    .toString();
            QVERIFY(!appliedAt.isEmpty());
        }
        // Reopen twice, as a restarted application would.
        for (int round = 0; round < 2; ++round) {
            SqlStore store(StoreConfig::sqlite(temp.path()), uniqueConnection());
            BSS_VERIFY_OK(store.open());
            QCOMPARE(store.schemaVersion(), store.latestSchemaVersion());
            QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
                     int(migrations(store.dialect()).size()));
            QCOMPARE(scalarOf(store, QStringLiteral("SELECT MAX(applied_at) FROM schema_version"))
                         .toString(),
                     appliedAt);
            QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM platforms")).toInt(), 3);

            const Result<std::optional<Account>> account = store.accounts().find(id);
            BSS_VERIFY_OK(account);
            QVERIFY(account->has_value());
            QCOMPARE((*account)->name, QStringLiteral("Contoso Ltd"));
            QCOMPARE((*account)->email, QStringLiteral("it@contoso.example"));
            QCOMPARE(store.meta().get(QStringLiteral("demo")).value(), QStringLiteral("1"));
        }
    }

    void walAndForeignKeysAreOn() {
        TempStore temp;
        SqlStore store(StoreConfig::sqlite(temp.path()), uniqueConnection());
        BSS_VERIFY_OK(store.open());
        QCOMPARE(scalarOf(store, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalarOf(store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);

        // And they act: an end-user under a parent that does not exist is refused by the store.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("FOREIGN KEY constraint failed")));
        const Result<Id> orphan = store.accounts().insert(
            {QStringLiteral("Orphan"), AccountType::EndUser, Id(987654), {}},
            QDateTime::currentDateTimeUtc());
        QVERIFY(!orphan);
        QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 0);
    }

    void substringSearchTableUsesTrigrams() {
        TempStore temp;
        SqlStore store(StoreConfig::sqlite(temp.path()), uniqueConnection());
        BSS_VERIFY_OK(store.open());
        const QString sql =
            scalarOf(store,
                     QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'accounts_fts'"))
                .toString();
        QVERIFY2(sql.contains(QLatin1String("fts5"), Qt::CaseInsensitive), qPrintable(sql));
        QVERIFY2(sql.contains(QLatin1String("trigram")), qPrintable(sql));

        // The triggers keep it in step with the accounts table.
        const Result<Id> id = store.accounts().insert({QStringLiteral("Northwind Traders"),
                                                       AccountType::Direct,
                                                       {},
                                                       QStringLiteral("sales@northwind.example")},
                                                      QDateTime::currentDateTimeUtc());
        BSS_VERIFY_OK(id);
        const auto match = [&store](const QString &q) {
            const Result<QVariant> v = store.connection().scalar(
                QStringLiteral("SELECT COUNT(*) FROM accounts_fts WHERE accounts_fts MATCH :q"),
                {{QStringLiteral("q"), q}});
            return v ? v->toInt() : -1;
        };
        QCOMPARE(match(QStringLiteral("\"hwin\"")), 1);
        QCOMPARE(match(QStringLiteral("\"SALES@\"")), 1);
        QCOMPARE(match(QStringLiteral("\"contoso\"")), 0);

        Account renamed = store.accounts().find(*id).value().value();
        renamed.name = QStringLiteral("Contoso Ltd");
        BSS_VERIFY_OK(
            store.accounts().update(renamed, renamed.version, QDateTime::currentDateTimeUtc()));
        QCOMPARE(match(QStringLiteral("\"contoso\"")), 1);
        QCOMPARE(match(QStringLiteral("\"hwin\" AND \"traders\"")), 0);
    }

    // What a bulk load drops and builds again is what the migrations leave in the store.
    void bulkSchemaObjectsMatchTheSchema() {
        TempStore temp;
        SqlStore store(StoreConfig::sqlite(temp.path()), uniqueConnection());
        BSS_VERIFY_OK(store.open());
        const QList<SchemaObject> indexes = accountIndexes();
        QVERIFY(!indexes.isEmpty());
        for (const SchemaObject &index : indexes) {
            const Result<QVariant> sql = store.connection().scalar(
                QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :n"),
                {{QStringLiteral("n"), index.name}});
            BSS_VERIFY_OK(sql);
            QCOMPARE(sql->toString(), index.create);
        }
        // And every secondary index of accounts is among them.
        const Result<QVariant> count = store.connection().scalar(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                           " AND tbl_name = 'accounts' AND sql IS NOT NULL"));
        BSS_VERIFY_OK(count);
        qsizetype onAccounts = 0;
        for (const SchemaObject &index : indexes)
            onAccounts += index.create.contains(QLatin1String(" ON accounts ")) ? 1 : 0;
        QCOMPARE(count->toLongLong(), onAccounts);
    }

    void storeConfigParsesSqlite() {
        const Result<StoreConfig> config =
            StoreConfig::parse(QStringLiteral("sqlite:/var/lib/bss/desk.sqlite"));
        BSS_VERIFY_OK(config);
        QVERIFY(config->kind == StoreConfig::Kind::Sqlite);
        QCOMPARE(config->path, QStringLiteral("/var/lib/bss/desk.sqlite"));
        QVERIFY(config->describe().contains(QLatin1String("desk.sqlite")));

        const Result<StoreConfig> memory = StoreConfig::parse(QStringLiteral("sqlite::memory:"));
        BSS_VERIFY_OK(memory);
        QCOMPARE(memory->path, QStringLiteral(":memory:"));
    }

    void storeConfigParsesPostgres() {
        const Result<StoreConfig> config =
            StoreConfig::parse(QStringLiteral("postgres://desk:s3cret@db.example:5433/bssdesk"));
        BSS_VERIFY_OK(config);
        QVERIFY(config->kind == StoreConfig::Kind::Postgres);
        QCOMPARE(config->user, QStringLiteral("desk"));
        QCOMPARE(config->password, QStringLiteral("s3cret"));
        QCOMPARE(config->host, QStringLiteral("db.example"));
        QCOMPARE(config->port, 5433);
        QCOMPARE(config->database, QStringLiteral("bssdesk"));

        const QString described = config->describe();
        QVERIFY2(!described.contains(QLatin1String("s3cret")), qPrintable(described));
        QVERIFY2(described.contains(QLatin1String("desk@db.example:5433/bssdesk")),
                 qPrintable(described));

        // Without a port: PostgreSQL's own.
        const Result<StoreConfig> defaultPort =
            StoreConfig::parse(QStringLiteral("postgresql://desk@localhost/bss"));
        BSS_VERIFY_OK(defaultPort);
        QCOMPARE(defaultPort->port, 5432);
        QCOMPARE(defaultPort->password, QString());
        QCOMPARE(defaultPort->database, QStringLiteral("bss"));
    }

    void storeConfigRefusesJunk_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << QStringLiteral("my database");
        QTest::newRow("sqlite without path") << QStringLiteral("sqlite:");
        QTest::newRow("mysql") << QStringLiteral("mysql://u@h/db");
        QTest::newRow("http") << QStringLiteral("http://db.example/bss");
        QTest::newRow("postgres without host") << QStringLiteral("postgres:///bss");
        QTest::newRow("postgres without database")
            << QStringLiteral("postgres://u@db.example:5432/");
        QTest::newRow("postgres bad port") << QStringLiteral("postgres://u@db.example:port/bss");
    }

    void storeConfigRefusesJunk() {
        QFETCH(QString, url);
        const Result<StoreConfig> config = StoreConfig::parse(url);
        QVERIFY2(!config, qPrintable(QStringLiteral("accepted \"%1\"").arg(url)));
        QCOMPARE(config.error().kind, ErrorKind::Validation);
        QCOMPARE(config.error().fieldErrors.size(), 1);
        QCOMPARE(config.error().fieldErrors.first().field, QStringLiteral("store"));
        QVERIFY(!config.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
