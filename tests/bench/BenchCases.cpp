#include "tests/bench/BenchCases.h"

#include "tests/bench/BenchServer.h"
#include "tests/bench/BenchSupport.h"

#include "app/backend/LocalBackend.h"
#include "app/backend/RestBackend.h"
#include "app/services/Generator.h"
#include "app/services/Services.h"
#include "app/store/SqlStore.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/models/AccountsModel.h"
#include "ui/models/OrdersModel.h"
#include "ui/orders/OrdersPage.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace bss::bench {

namespace {

// What a user would see saved: the window painted and encoded as PNG.
qint64 grabToPng(QWidget *widget) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    widget->grab().save(&buffer, "PNG");
    return buffer.size();
}

// Waits for a backend call made while opening one; false (with a warning) when it failed.
template <typename T> bool opened(QFuture<Result<T>> future, const QString &store) {
    bool done = false;
    bool ok = false;
    future.then(qApp, [&](const Result<T> &r) {
        done = true;
        ok = static_cast<bool>(r);
        if (!r)
            qWarning("cannot open %s: %s", qPrintable(store), qPrintable(r.error().describe()));
    });
    waitUntil([&] { return done; });
    return ok;
}

// The embedded backend on the store file `store`, opened; or for an http URL the REST backend
// on that server, signed in as the bench user (team mode).
std::unique_ptr<Backend> openBackend(const QString &store) {
    if (store.startsWith(QLatin1String("http://")) || store.startsWith(QLatin1String("https://"))) {
        auto rest = std::make_unique<RestBackend>(QUrl(store));
        if (!opened(rest->login(benchUser(), benchPassword()), store))
            return nullptr;
        return rest;
    }
    auto local = std::make_unique<LocalBackend>(StoreConfig::sqlite(store));
    if (!opened(local->open(), store))
        return nullptr;
    return local;
}

std::unique_ptr<MainWindow> showWindow(Backend *backend, const QString &page) {
    auto window = std::make_unique<MainWindow>(backend);
    window->resize(1280, 800);
    window->showPage(page);
    window->show();
    return window;
}

// Both the first and the last row the table shows hold data (asking for their pages if not).
template <typename Model> bool visibleRowsLoaded(QTableView *table, Model *model) {
    if (model->rowCount() == 0)
        return model->isLoaded();
    const int top = qMax(0, table->rowAt(0));
    int bottom = table->rowAt(table->viewport()->height() - 1);
    if (bottom < 0)
        bottom = model->rowCount() - 1;
    return model->valueAt(model->index(top, 0)) && model->valueAt(model->index(bottom, 0));
}

QString storeLabel(const QString &store) {
    return QFileInfo(store).completeBaseName();
}

} // namespace

int prepareStores(const QString &dir) {
    QDir().mkpath(dir);
    struct Spec {
        QString file;
        qint64 accounts;
        qint64 orders;
    };
    for (const Spec &spec : {Spec{QStringLiteral("accounts-1k.sqlite"), 1000, 2500},
                             Spec{QStringLiteral("accounts-1m.sqlite"), 1000000, 2500000}}) {
        const QString path = QDir(dir).filePath(spec.file);
        if (QFileInfo::exists(path)) {
            printLine({{QStringLiteral("prepared"), path}, {QStringLiteral("existing"), true}});
            continue;
        }
        SqlStore store(StoreConfig::sqlite(path), QStringLiteral("bench-prepare"));
        if (!store.open())
            return 2;
        Services services(store);
        // Accounts and orders separately: the accounts alone have a target of their own.
        for (const GenerateSpec &g :
             {GenerateSpec{spec.accounts, 0, 2}, GenerateSpec{0, spec.orders, 2}}) {
            const Result<GenerateReport> r = generateSyntheticData(services, g);
            if (!r) {
                qWarning("%s", qPrintable(r.error().describe()));
                return 2;
            }
            const QString what = g.accounts ? QStringLiteral("accounts") : QStringLiteral("orders");
            printFigure(QStringLiteral("generate.%1.%2").arg(what, storeLabel(path)),
                        {double(r->milliseconds)}, QStringLiteral("ms"),
                        {{QStringLiteral("rows"), double(g.accounts ? r->accounts : r->lines)}});
        }
    }
    return 0;
}

int generateAccounts(const QString &dir, int repeats) {
    for (const auto &[accounts, label] : {std::pair{qint64(1000), QStringLiteral("1k")},
                                          std::pair{qint64(1000000), QStringLiteral("1M")}}) {
        QList<double> runs;
        for (int i = 0; i < repeats; ++i) {
            QTemporaryDir scratch(QDir(dir).filePath(QStringLiteral("generate-XXXXXX")));
            const QString path = scratch.filePath(QStringLiteral("store.sqlite"));
            SqlStore store(StoreConfig::sqlite(path), QStringLiteral("bench-generate"));
            if (!store.open())
                return 2;
            Services services(store);
            const Result<GenerateReport> r = generateSyntheticData(services, {accounts, 0, 2});
            if (!r) {
                qWarning("%s", qPrintable(r.error().describe()));
                return 2;
            }
            runs.append(double(r->milliseconds));
        }
        printFigure(QStringLiteral("generate.accounts.%1").arg(label), runs, QStringLiteral("ms"),
                    {{QStringLiteral("rows"), double(accounts)}});
    }
    return 0;
}

int bareWindow(int repeats) {
    QList<double> times;
    double rss = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        QMainWindow window;
        window.setCentralWidget(new QLabel(QStringLiteral("BSS Desk")));
        window.resize(1280, 800);
        window.show();
        grabToPng(&window);
        times.append(ms(timer));
        if (i == 0)
            rss = rssMiB();
    }
    printFigure(QStringLiteral("bareWindow.firstPaint"), times, QStringLiteral("ms"),
                {{QStringLiteral("rssMiB"), rss}});
    return 0;
}

int firstPaint(const QString &page, const QString &store, const QString &label,
               const QString &prefix, int repeats) {
    const bool team = store.startsWith(QLatin1String("http"));
    QList<double> times;
    QList<double> signIns;
    double rss = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<Backend> backend = openBackend(store);
        if (!backend)
            return 2;
        if (team) {
            // Signing in (a deliberately slow password hash) happens in the login dialog before
            // the window: timed apart.
            signIns.append(ms(timer));
            timer.start();
        }
        std::unique_ptr<MainWindow> window = showWindow(backend.get(), page);
        const bool loaded =
            page == QLatin1String("orders")
                ? waitUntil([&] { return window->ordersPage()->model()->isLoaded(); })
                : waitUntil([&] { return window->accountsPage()->model()->isLoaded(); });
        if (!loaded)
            return 3;
        grabToPng(window.get());
        times.append(ms(timer));
        if (i == 0)
            rss = rssMiB();
        // Let the count finish before the window goes, as a user's would.
        waitUntil([&] { return window->isIdle(); }, 10000);
    }
    QJsonObject extra{{QStringLiteral("rssMiB"), rss}, {QStringLiteral("store"), store}};
    if (team)
        extra.insert(QStringLiteral("signInMedianMs"), median(signIns));
    printFigure(prefix + QStringLiteral("%1.firstPaint.%2").arg(page, label), times,
                QStringLiteral("ms"), extra);
    return 0;
}

int keystrokes(const QString &store, const QString &prefix, int repeats) {
    std::unique_ptr<Backend> backend = openBackend(store);
    if (!backend)
        return 2;
    std::unique_ptr<MainWindow> window = showWindow(backend.get(), QStringLiteral("accounts"));
    AccountsModel *model = window->accountsPage()->model();
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchAccounts"));
    auto *table = window->findChild<QTableView *>(QStringLiteral("accountsTable"));
    if (!search || !table || !waitUntil([&] { return model->isLoaded() && model->total(); }))
        return 3;

    // One keystroke: the query goes out (Enter skips the typing pause), and the time runs until
    // its first page is painted; the count (the scrollbar's extent) is timed apart.
    const auto type = [&](const QString &text, double *page, double *count) {
        QElapsedTimer timer;
        timer.start();
        search->setText(text);
        Q_EMIT search->returnPressed();
        if (!waitUntil([&] { return model->isLoaded(); }))
            return false;
        table->viewport()->grab();
        *page = ms(timer);
        if (count) {
            if (!waitUntil([&] { return model->total().has_value(); }))
                return false;
            *count = ms(timer);
        }
        return true;
    };
    struct Kind {
        QString name;
        QStringList queries;
    };
    const QList<Kind> kinds{
        {QStringLiteral("prefix"),
         {QStringLiteral("Amb"), QStringLiteral("Zeph"), QStringLiteral("Kestrel Ac"),
          QStringLiteral("contact12")}},
        {QStringLiteral("substring3"),
         {QStringLiteral("rbor"), QStringLiteral("ystems 099"), QStringLiteral("tact4242"),
          QStringLiteral("pharma")}},
        {QStringLiteral("short"),
         {QStringLiteral("a"), QStringLiteral("ze"), QStringLiteral("q"), QStringLiteral("9")}},
    };
    double worst = 0;
    for (const Kind &kind : kinds) {
        QList<double> pages;
        QList<double> counts;
        for (const QString &q : kind.queries) {
            QList<double> qPages;
            QList<double> qCounts;
            for (int i = 0; i < repeats; ++i) {
                double page = 0;
                double count = 0;
                if (!type(q, &page, &count))
                    return 4;
                qPages.append(page);
                qCounts.append(count);
                worst = qMax(worst, page);
            }
            printFigure(prefix + QStringLiteral("filter.%1.firstPage[%2]").arg(kind.name, q),
                        qPages, QStringLiteral("ms"),
                        {{QStringLiteral("matches"), double(*model->total())},
                         {QStringLiteral("countMedian"), median(qCounts)}});
            pages.append(qPages);
            counts.append(qCounts);
        }
        printFigure(prefix + QStringLiteral("filter.%1.firstPage").arg(kind.name), pages,
                    QStringLiteral("ms"));
        printFigure(prefix + QStringLiteral("filter.%1.count").arg(kind.name), counts,
                    QStringLiteral("ms"));
    }
    // Typing fast: each keystroke's page without waiting for the counts of the ones before.
    QList<double> burst;
    for (int i = 0; i < repeats; ++i) {
        for (const QString &q :
             {QStringLiteral("H"), QStringLiteral("Ha"), QStringLiteral("Har"),
              QStringLiteral("Harb"), QStringLiteral("Harbo"), QStringLiteral("Harbor")}) {
            double page = 0;
            if (!type(q, &page, nullptr))
                return 4;
            burst.append(page);
            worst = qMax(worst, page);
        }
        waitUntil([&] { return window->isIdle(); });
    }
    printFigure(prefix + QStringLiteral("filter.typingBurst.firstPage"), burst,
                QStringLiteral("ms"));
    printFigure(prefix + QStringLiteral("filter.worstKeystroke"), {worst}, QStringLiteral("ms"));
    return 0;
}

namespace {

// Scrollbar jumps on one page's list: to the end, anywhere, and end to end for memory.
template <typename Page>
int jumpsOn(MainWindow *window, Page *page, const QString &tableName, const QString &prefix,
            int repeats) {
    auto *model = page->model();
    auto *table = window->findChild<QTableView *>(tableName);
    const auto ready = [&] { return model->isLoaded() && model->total() && window->isIdle(); };
    if (!table || !waitUntil(ready))
        return 3;
    QScrollBar *bar = table->verticalScrollBar();
    const auto jumpTo = [&](int value) {
        QElapsedTimer timer;
        timer.start();
        bar->setValue(value);
        if (!waitUntil([&] { return visibleRowsLoaded(table, model); }))
            return -1.0;
        table->viewport()->grab();
        return ms(timer);
    };

    QList<double> toEnd;
    for (int i = 0; i < repeats; ++i) {
        page->refresh(); // a fresh query: nothing cached
        if (!waitUntil(ready))
            return 3;
        toEnd.append(jumpTo(bar->maximum()));
    }
    printFigure(prefix + QStringLiteral("jumpToEnd"), toEnd, QStringLiteral("ms"),
                {{QStringLiteral("rows"), double(model->rowCount())},
                 {QStringLiteral("worst"), *std::max_element(toEnd.cbegin(), toEnd.cend())}});

    QRandomGenerator random(42);
    QList<double> anywhere;
    for (int i = 0; i < 10 * repeats; ++i)
        anywhere.append(jumpTo(random.bounded(bar->maximum() + 1)));
    double worst = 0;
    for (double v : anywhere)
        worst = qMax(worst, v);
    printFigure(
        prefix + QStringLiteral("jumpAnywhere"), anywhere, QStringLiteral("ms"),
        {{QStringLiteral("worst"), worst}, {QStringLiteral("rows"), double(model->rowCount())}});

    // End to end: page by page through the first rows, then in 400 even steps to the end.
    bar->setValue(0);
    waitUntil([&] { return visibleRowsLoaded(table, model); });
    const double before = rssMiB();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 200; ++i)
        jumpTo(bar->value() + bar->pageStep());
    double half = 0;
    for (int step = 0; step <= 400; ++step) {
        jumpTo(int(qint64(bar->maximum()) * step / 400));
        if (step == 200)
            half = rssMiB();
    }
    const double after = rssMiB();
    printFigure(prefix + QStringLiteral("endToEnd.rssGrowth"), {after - before},
                QStringLiteral("MiB"),
                {{QStringLiteral("rssBeforeMiB"), before},
                 {QStringLiteral("rssHalfwayMiB"), half},
                 {QStringLiteral("secondHalfGrowthMiB"), after - half},
                 {QStringLiteral("rssAfterMiB"), after},
                 {QStringLiteral("cachedPages"), double(model->cachedPages())},
                 {QStringLiteral("seconds"), ms(timer) / 1000}});
    return 0;
}

} // namespace

int jumps(const QString &page, const QString &store, const QString &prefix, int repeats) {
    std::unique_ptr<Backend> backend = openBackend(store);
    if (!backend)
        return 2;
    std::unique_ptr<MainWindow> window = showWindow(backend.get(), page);
    if (page == QLatin1String("orders"))
        return jumpsOn(window.get(), window->ordersPage(), QStringLiteral("ordersTable"),
                       prefix + QStringLiteral("orders.scroll."), repeats);
    return jumpsOn(window.get(), window->accountsPage(), QStringLiteral("accountsTable"),
                   prefix + QStringLiteral("scroll."), repeats);
}

int naiveFetchAll(const QString &store) {
    // What a quick Qt app does: QSqlQueryModel over the whole table, fetched to reach the end.
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("naive"));
        db.setDatabaseName(store);
        if (!db.open())
            return 2;
        QSqlQueryModel model;
        model.setQuery(
            QStringLiteral("SELECT a.id, a.name, a.type, a.email, p.name FROM accounts a"
                           " LEFT JOIN accounts p ON p.id = a.parent_id ORDER BY a.name, a.id"),
            db);
        QTableView view;
        view.setModel(&model);
        view.resize(1280, 800);
        view.show();
        grabToPng(&view);
        const double first = ms(timer);
        while (model.canFetchMore())
            model.fetchMore();
        view.scrollToBottom();
        grabToPng(&view);
        printFigure(QStringLiteral("naive.QSqlQueryModel.firstPaint"), {first},
                    QStringLiteral("ms"));
        printFigure(QStringLiteral("naive.QSqlQueryModel.fetchAllToEnd"), {ms(timer)},
                    QStringLiteral("ms"),
                    {{QStringLiteral("rows"), double(model.rowCount())},
                     {QStringLiteral("rssMiB"), rssMiB()}});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("naive"));
    return 0;
}

} // namespace bss::bench
