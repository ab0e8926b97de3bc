#include "app/services/DemoData.h"
#include "app/services/ServiceSupport.h"

namespace bss {

namespace {

const QList<std::pair<int, int>> kasperskyBands{
    {5, 9}, {10, 14}, {15, 19}, {20, 24}, {25, 49}, {50, 99}, {100, 249}, {250, 499}, {500, 999}};

Product kaspersky(const QString &code, const QString &name, qint64 firstBandPrice) {
    Product p;
    p.code = code;
    p.name = name;
    p.platform = QStringLiteral("kaspersky");
    p.minSeats = 5;
    p.maxSeats = 999;
    p.step = 1;
    p.billingPeriod = BillingPeriod::Monthly;
    p.freePeriods = 1; // the first month is free
    for (qsizetype i = 0; i < kasperskyBands.size(); ++i)
        p.bands.append(
            {kasperskyBands.at(i).first, kasperskyBands.at(i).second, firstBandPrice - 20 * i});
    return p;
}

Product simple(const QString &code, const QString &name, const QString &platform, int min, int max,
               BillingPeriod period, QList<PriceBand> bands) {
    Product p;
    p.code = code;
    p.name = name;
    p.platform = platform;
    p.minSeats = min;
    p.maxSeats = max;
    p.step = min;
    p.billingPeriod = period;
    p.bands = std::move(bands);
    return p;
}

template <typename T> Result<T> must(Result<T> r, const char *what) {
    if (!r)
        qWarning("demo data: %s: %s", what, qPrintable(r.error().describe()));
    return r;
}

} // namespace

Result<Done> installCatalog(Services &services) {
    const QList<Product> catalog{
        kaspersky(QStringLiteral("KESC"), QStringLiteral("Kaspersky Endpoint Security Cloud"), 420),
        kaspersky(QStringLiteral("KESC-PLUS"),
                  QStringLiteral("Kaspersky Endpoint Security Cloud Plus"), 570),
        kaspersky(QStringLiteral("KESC-PRO"),
                  QStringLiteral("Kaspersky Endpoint Security Cloud Pro"), 720),
        simple(QStringLiteral("M365-BASIC"), QStringLiteral("Microsoft 365 Business Basic"),
               QStringLiteral("microsoft"), 1, 300, BillingPeriod::Monthly, {{1, 300, 560}}),
        simple(QStringLiteral("M365-STANDARD"), QStringLiteral("Microsoft 365 Business Standard"),
               QStringLiteral("microsoft"), 1, 300, BillingPeriod::Annual, {{1, 300, 14040}}),
        // Sold in packs of five seats.
        simple(QStringLiteral("ACRONIS-CPC"), QStringLiteral("Acronis Cyber Protect Cloud"),
               QStringLiteral("acronis"), 5, 1000, BillingPeriod::Monthly,
               {{5, 95, 450}, {100, 1000, 390}}),
    };
    for (const Product &p : catalog) {
        if (Result<Id> r = services.store().catalog().insertProduct(p); !r)
            return r.error();
    }
    return Done{};
}

namespace {

using Lines = QList<std::pair<QString, std::optional<int>>>;

// Writes the demo records through the services, as a user would, one kind of record per step.
class DemoBuilder {
public:
    DemoBuilder(Services &services, QList<Product> products)
        : m_services(services)
        , m_products(std::move(products)) {}

    Result<Done> build() {
        if (Result<Done> r = resellers(); !r)
            return r;
        if (Result<Done> r = customers(); !r)
            return r;
        if (Result<Done> r = syncs(); !r)
            return r;
        return orders();
    }

private:
    Id productId(const QString &code) const {
        for (const Product &p : m_products) {
            if (p.code == code)
                return p.id;
        }
        return Id(0);
    }

    Result<Id> account(const QString &name, AccountType type, std::optional<Id> parent,
                       const QString &email) {
        const Result<Account> a =
            must(m_services.accounts.create(m_demo, {name, type, parent, email}), "account");
        if (!a)
            return a.error();
        return a->id;
    }

    Result<Done> sync(Id id, const QString &platform, SyncRole role, std::optional<Id> parent,
                      const QString &email, const QString &pin) {
        const Result<PlatformSync> s = must(
            m_services.sync.saveAndSynchronize(m_demo, id, platform, {parent, email, role, pin}),
            "sync");
        if (!s)
            return s.error();
        return Done{};
    }

    Result<Order> order(Id accountId, const Lines &lines) {
        Result<Order> o = must(m_services.orders.create(m_demo, accountId), "order");
        for (const auto &[code, seats] : lines) {
            if (!o)
                break;
            o = must(m_services.orders.addLine(m_demo, o->id, productId(code), seats), "line");
        }
        return o;
    }

    // One reseller ready to sell Kaspersky, one still without a Reseller PIN.
    Result<Done> resellers() {
        const Result<Id> northwind =
            account(QStringLiteral("Northwind Cloud Partners"), AccountType::Reseller, {},
                    QStringLiteral("licensing@northwind.example"));
        const Result<Id> blueHarbor =
            account(QStringLiteral("Blue Harbor IT"), AccountType::Reseller, {},
                    QStringLiteral("ops@blueharbor.example"));
        if (!northwind || !blueHarbor)
            return Error::internal(QStringLiteral("demo resellers"));
        m_northwind = *northwind;
        m_blueHarbor = *blueHarbor;
        return sync(m_northwind, m_kaspersky, SyncRole::Reseller, {},
                    QStringLiteral("licensing@northwind.example"), QStringLiteral("NW-4471"));
    }

    // End-users of both resellers, and direct customers.
    Result<Done> customers() {
        const QList<std::tuple<QString, AccountType, std::optional<Id>, QString>> people{
            {QStringLiteral("Alpine Dental Clinic"), AccountType::EndUser, m_northwind,
             QStringLiteral("it@alpinedental.example")},
            {QStringLiteral("Harbor View Hotel"), AccountType::EndUser, m_northwind,
             QStringLiteral("admin@harborview.example")},
            {QStringLiteral("Lakeside Accounting"), AccountType::EndUser, m_blueHarbor,
             QStringLiteral("office@lakeside.example")},
            {QStringLiteral("Contoso Ltd"),
             AccountType::Direct,
             {},
             QStringLiteral("it@contoso.example")},
            {QStringLiteral("Fabrikam Inc"),
             AccountType::Direct,
             {},
             QStringLiteral("security@fabrikam.example")},
            {QStringLiteral("Tailspin Toys"),
             AccountType::Direct,
             {},
             QStringLiteral("it@tailspin.fail.example")},
            {QStringLiteral("Wingtip Toys"),
             AccountType::Direct,
             {},
             QStringLiteral("hello@wingtip.example")},
            {QStringLiteral("Adventure Works"),
             AccountType::Direct,
             {},
             QStringLiteral("it@adventure.example")},
        };
        for (const auto &[name, type, parent, email] : people) {
            const Result<Id> id = account(name, type, parent, email);
            if (!id)
                return id.error();
            m_customers.append(*id);
        }
        return Done{};
    }

    // Every sync state: Synchronized, Microsoft-only (Contoso), Failed (Tailspin), none (Wingtip).
    Result<Done> syncs() {
        const QString ms = QStringLiteral("microsoft");
        const QList<std::tuple<Id, QString, std::optional<Id>, QString>> syncs{
            {alpine(), m_kaspersky, m_northwind, QStringLiteral("it@alpinedental.example")},
            {harbor(), m_kaspersky, m_northwind, QStringLiteral("admin@harborview.example")},
            {lakeside(), m_kaspersky, m_blueHarbor, QStringLiteral("office@lakeside.example")},
            {contoso(), ms, {}, QStringLiteral("it@contoso.example")},
            {fabrikam(), m_kaspersky, {}, QStringLiteral("security@fabrikam.example")},
            {fabrikam(), ms, {}, QStringLiteral("security@fabrikam.example")},
            {tailspin(), m_kaspersky, {}, QStringLiteral("licenses@fail.example")},
            {adventure(), m_kaspersky, {}, QStringLiteral("licenses@flaky.example")},
        };
        for (const auto &[id, platform, parent, email] : syncs) {
            if (Result<Done> r = sync(id, platform, SyncRole::User, parent, email, {}); !r)
                return r.error();
        }
        return Done{};
    }

    // Orders in every state, and the subscriptions the executed ones generated.
    Result<Done> orders() {
        const QString kesc = QStringLiteral("KESC");
        const QList<std::tuple<Id, Lines, OrderStatus>> orders{
            {fabrikam(), {{kesc, 25}}, OrderStatus::Executed},
            {alpine(), {{QStringLiteral("KESC-PLUS"), 10}}, OrderStatus::Executed},
            {fabrikam(), {{QStringLiteral("M365-BASIC"), 40}}, OrderStatus::Executed},
            // provisioning fails first
            {adventure(), {{QStringLiteral("KESC-PRO"), 15}}, OrderStatus::Executed},
            {harbor(), {{kesc, std::nullopt}}, OrderStatus::Draft}, // the red line
            {contoso(), {{kesc, 20}}, OrderStatus::Draft},          // blocked: not synchronized
            {lakeside(), {{kesc, 5}}, OrderStatus::Draft},          // blocked: reseller without PIN
            {fabrikam(), {{QStringLiteral("ACRONIS-CPC"), 50}}, OrderStatus::Cancelled},
        };
        for (const auto &[customer, lines, status] : orders) {
            const Result<Order> o = order(customer, lines);
            if (!o)
                return o.error();
            if (status == OrderStatus::Executed) {
                if (Result<Execution> r = must(m_services.orders.execute(m_demo, o->id), "execute");
                    !r)
                    return r.error();
            } else if (status == OrderStatus::Cancelled) {
                if (Result<Order> r = must(m_services.orders.cancel(m_demo, o->id), "cancel"); !r)
                    return r.error();
            }
        }
        return Done{};
    }

    Id alpine() const { return m_customers.at(0); }
    Id harbor() const { return m_customers.at(1); }
    Id lakeside() const { return m_customers.at(2); }
    Id contoso() const { return m_customers.at(3); }
    Id fabrikam() const { return m_customers.at(4); }
    Id tailspin() const { return m_customers.at(5); }
    Id adventure() const { return m_customers.at(7); }

    Services &m_services;
    const QList<Product> m_products;
    const Actor m_demo{QStringLiteral("demo"), UserRole::Admin, {}};
    const QString m_kaspersky = QStringLiteral("kaspersky");
    Id m_northwind = 0;
    Id m_blueHarbor = 0;
    QList<Id> m_customers; // in the order customers() creates them
};

} // namespace

Result<bool> installDemoData(Services &services) {
    Store &store = services.store();
    return store.transaction<bool>([&]() -> Result<bool> {
        const Result<QString> marker = store.meta().get(QStringLiteral("demo"));
        if (!marker)
            return marker.error();
        if (!marker->isEmpty())
            return false;
        const Result<QList<Product>> existing = store.catalog().products({});
        if (!existing)
            return existing.error();
        if (existing->isEmpty()) {
            if (Result<Done> r = installCatalog(services); !r)
                return r.error();
        }
        const Result<QList<Product>> products = store.catalog().products({});
        if (!products)
            return products.error();
        if (Result<Done> r = DemoBuilder(services, *products).build(); !r)
            return r.error();
        if (Result<Done> r = store.meta().set(QStringLiteral("demo"), QStringLiteral("1")); !r)
            return r.error();
        return true;
    });
}

} // namespace bss
