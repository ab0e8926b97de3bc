#include "tests/conformance/ConformanceSuite.h"
#include "tests/server/PostgresCluster.h"
#include "tests/server/RestFixture.h"

#include <QTest>

namespace bss::test {

namespace {
// The seed scenarios against RestBackend + bssdesk-server over PostgreSQL: one throw-away
// cluster for the process, a new database for every scenario.
class RestPostgresTarget final : public ConformanceTarget {
public:
    RestPostgresTarget() {
        QString error;
        if (!m_fixture.start(RestFixture::Store::Postgres, true, &error))
            qWarning("REST fixture: %s", qPrintable(error));
    }
    Backend *backend() override { return m_fixture.backend(); }

private:
    RestFixture m_fixture;
};
} // namespace

std::unique_ptr<ConformanceTarget> makeConformanceTarget() {
    return std::make_unique<RestPostgresTarget>();
}

// Adds the cluster's start (a skip without PostgreSQL, a failure in CI) before the shared
// scenarios.
class PostgresConformance : public ConformanceSuite {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        BSS_REQUIRE_POSTGRES();
        QString error;
        QVERIFY2(PostgresCluster::shared(&error), qPrintable(error));
    }
};

} // namespace bss::test

QTEST_GUILESS_MAIN(bss::test::PostgresConformance)
#include "tst_conformance_rest_postgres.moc"
