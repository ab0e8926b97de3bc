#include "tests/support/TestSupport.h"

namespace bss::test {

TempStore::TempStore() {
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
}

LocalFixture::LocalFixture(bool demo, Actor actor)
    : backend(std::make_unique<LocalBackend>(StoreConfig::sqlite(store.path()), std::move(actor))) {
    const Result<Done> opened = await(backend->open());
    if (!opened)
        qFatal("cannot open the test store: %s", qPrintable(opened.error().describe()));
    if (demo) {
        const Result<bool> installed = await(backend->installDemoData());
        if (!installed)
            qFatal("cannot install the demo data: %s", qPrintable(installed.error().describe()));
    }
}

} // namespace bss::test
