// Drives the embedded store the way the desktop client does (LocalBackend over the SQLite file)
// without end, for tst_store_killed to kill at any moment: new orders of several lines, their
// seats saved one line after another (the pencil panel's saves, in bulk), then Execute. Each
// step is announced on standard output before it starts, so the test can kill in the middle of
// the one it chooses:
//     seats <orderId>      the seat saves of that order begin
//     execute <orderId>    Execute of that order begins
//     done <orderId>       that order is executed
//
// Usage: bss_store_driver STORE_FILE ACCOUNT_ID

#include "app/backend/LocalBackend.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace bss;
using namespace bss::test;

namespace {

void say(const char *step, Id order) {
    std::printf("%s %lld\n", step, static_cast<long long>(order));
    std::fflush(stdout);
}

template <typename T> T orDie(Result<T> r, const char *what) {
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().describe()));
        std::exit(2);
    }
    return std::move(r).value();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bss_store_driver STORE_FILE ACCOUNT_ID\n");
        return 1;
    }
    const Id account = args.at(2).toLongLong();
    LocalBackend backend(StoreConfig::sqlite(args.at(1)),
                         Actor{QStringLiteral("driver"), UserRole::Admin, {}});
    orDie(await(backend.open()), "open");
    QList<Product> products;
    for (const Product &p : orDie(await(backend.products(QStringLiteral("kaspersky"))), "products"))
        if (products.size() < 4)
            products.append(p);
    say("ready", 0);
    for (int round = 0;; ++round) {
        Order order = orDie(await(backend.createOrder(account)), "create order");
        for (const Product &p : products)
            order = orDie(await(backend.addLine(order.id, p.id, std::nullopt)), "add line");
        say("seats", order.id);
        const QList<OrderLine> lines = order.lines;
        for (const OrderLine &line : lines) {
            const auto p = std::find_if(products.cbegin(), products.cend(),
                                        [&](const Product &x) { return x.id == line.productId; });
            const int seats = qMin(p->maxSeats, p->minSeats + p->step * (round % 5));
            order = orDie(await(backend.setSeats(order.id, order.version, line.id, seats)),
                          "save seats");
        }
        say("execute", order.id);
        orDie(await(backend.executeOrder(order.id)), "execute");
        say("done", order.id);
    }
}
