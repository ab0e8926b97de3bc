#include "tests/conformance/ConformanceSuite.h"
#include "tests/support/TestSupport.h"

namespace bss::test {

namespace {
class LocalTarget final : public ConformanceTarget {
public:
    Backend *backend() override { return m_fixture.backend.get(); }

private:
    LocalFixture m_fixture{true};
};
} // namespace

std::unique_ptr<ConformanceTarget> makeConformanceTarget() {
    return std::make_unique<LocalTarget>();
}

} // namespace bss::test

QTEST_GUILESS_MAIN(bss::test::ConformanceSuite)
