#include "app/services/Generator.h"

#include "app/services/DemoData.h"
#include "app/services/ServiceSupport.h"

#include <QElapsedTimer>

namespace bss {

Result<GenerateSpec> GenerateSpec::parse(const QString &text) {
    GenerateSpec spec;
    Problems problems;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const qint64 value = part.section(QLatin1Char('='), 1).trimmed().toLongLong(&ok);
        if (!ok || value < 0 || value > 100'000'000) {
            problems.add(QStringLiteral("generate"),
                         detail::tr("\"%1\" is not KEY=NUMBER (0 to 100000000).").arg(part));
            continue;
        }
        if (key == QLatin1String("accounts"))
            spec.accounts = value;
        else if (key == QLatin1String("orders"))
            spec.orders = value;
        else if (key == QLatin1String("lines") && value >= 1 && value <= 10)
            spec.linesPerOrder = int(value);
        else if (key == QLatin1String("shuffled") && value <= 1)
            spec.shuffled = value == 1;
        else
            problems.add(QStringLiteral("generate"),
                         detail::tr("Unknown or invalid \"%1\"; use"
                                    " accounts=N,orders=M,lines=K,shuffled=0|1.")
                             .arg(part));
    }
    if (spec.accounts == 0 && spec.orders == 0 && problems.isEmpty())
        problems.add(QStringLiteral("generate"),
                     detail::tr("Say how much to generate, e.g. accounts=1000000,orders=2500000."));
    if (!problems.isEmpty())
        return problems.toError(QStringLiteral("bad-generate"));
    return spec;
}

Result<GenerateReport> generateSyntheticData(Services &services, const GenerateSpec &spec) {
    QElapsedTimer timer;
    timer.start();
    // The orders' lines need the catalog's products.
    const auto ensureCatalog = [&services]() -> Result<Done> {
        const Result<QList<Product>> products = services.store().catalog().products();
        if (!products)
            return products.error();
        if (products->isEmpty())
            return installCatalog(services);
        return Done{};
    };
    const Result<BulkLoadCounts> counts = services.store().bulkLoad().load(
        {spec.accounts, spec.orders, spec.linesPerOrder, spec.shuffled}, ensureCatalog);
    if (!counts)
        return counts.error();
    GenerateReport report;
    report.accounts = counts->accounts;
    report.orders = counts->orders;
    report.lines = counts->lines;
    report.subscriptions = counts->subscriptions;
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace bss
