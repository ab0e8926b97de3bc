#include "tests/conformance/ConformanceSuite.h"
#include "tests/server/RestFixture.h"

#include <QTest>

namespace bss::test {

namespace {
// The seed scenarios against RestBackend + bssdesk-server over a fresh SQLite store.
class RestSqliteTarget final : public ConformanceTarget {
public:
    RestSqliteTarget() {
        QString error;
        if (!m_fixture.start(RestFixture::Store::Sqlite, true, &error))
            qWarning("REST fixture: %s", qPrintable(error));
    }
    Backend *backend() override { return m_fixture.backend(); }

private:
    RestFixture m_fixture;
};
} // namespace

std::unique_ptr<ConformanceTarget> makeConformanceTarget() {
    return std::make_unique<RestSqliteTarget>();
}

} // namespace bss::test

QTEST_GUILESS_MAIN(bss::test::ConformanceSuite)
