#include "tests/support/TestSupport.h"

#include <QUuid>

#include <algorithm>

namespace bss::test {

TempStore::TempStore() {
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
}

QDateTime pinnedNow() {
    return QDateTime::fromString(pinnedNowText(), Qt::ISODate);
}

QString uniqueConnectionName(const QString &prefix) {
    return prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void sortAsTheListShows(QList<NamedRow> &rows) {
    std::sort(rows.begin(), rows.end(), [](const NamedRow &a, const NamedRow &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
}

LocalFixture::LocalFixture(bool demo, Actor actor)
    : backend(std::make_unique<LocalBackend>(StoreConfig::sqlite(store.path()), std::move(actor))) {
    backend->setClock([] { return pinnedNow(); });
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
