#include "app/store/SqlConnection.h"
#include "app/store/SqlStores.h"
#include "app/store/StoreQuery.h"

namespace bss {

namespace {

const QString productColumns = QStringLiteral(
    "SELECT id, code, name, platform, characteristic, min_seats, max_seats, step, billing_period,"
    " free_periods, currency FROM products");

Product readProduct(const QSqlQuery &q) {
    Product p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.platform = q.value(3).toString();
    p.characteristic = q.value(4).toString();
    p.minSeats = q.value(5).toInt();
    p.maxSeats = q.value(6).toInt();
    p.step = q.value(7).toInt();
    p.billingPeriod =
        fromString<BillingPeriod>(q.value(8).toString()).value_or(BillingPeriod::Monthly);
    p.freePeriods = q.value(9).toInt();
    p.currency = q.value(10).toString();
    return p;
}

} // namespace

Result<Done> SqlCatalogStore::insertPlatform(const Platform &platform) {
    m_platforms.reset();
    const Result<int> r = m_sql.change(
        QStringLiteral("INSERT INTO platforms (code, name, position)"
                       " VALUES (:code, :name, (SELECT COUNT(*) FROM platforms))"),
        {{QStringLiteral("code"), platform.code}, {QStringLiteral("name"), platform.name}});
    if (!r)
        return r.error();
    return Done{};
}

Result<QList<Platform>> SqlCatalogStore::platforms() {
    if (m_platforms)
        return *m_platforms;
    Result<QSqlQuery> q =
        m_sql.exec(QStringLiteral("SELECT code, name FROM platforms ORDER BY position"));
    if (!q)
        return q.error();
    QList<Platform> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString()});
    m_platforms = list;
    return list;
}

Result<Id> SqlCatalogStore::insertProduct(const Product &product) {
    const Result<Id> id = m_sql.insert(
        QStringLiteral(
            "INSERT INTO products (code, name, platform, characteristic, min_seats, max_seats,"
            " step, billing_period, free_periods, currency) VALUES (:code, :name, :platform,"
            " :characteristic, :min, :max, :step, :period, :free, :currency)"),
        {{QStringLiteral("code"), product.code},
         {QStringLiteral("name"), product.name},
         {QStringLiteral("platform"), product.platform},
         {QStringLiteral("characteristic"), product.characteristic},
         {QStringLiteral("min"), product.minSeats},
         {QStringLiteral("max"), product.maxSeats},
         {QStringLiteral("step"), product.step},
         {QStringLiteral("period"), toString(product.billingPeriod)},
         {QStringLiteral("free"), product.freePeriods},
         {QStringLiteral("currency"), product.currency}});
    if (!id)
        return id;
    for (const PriceBand &band : product.bands) {
        const Result<int> r =
            m_sql.change(QStringLiteral("INSERT INTO price_bands (product_id, from_seats, to_seats,"
                                        " unit_price) VALUES (:id, :from, :to, :price)"),
                         {{QStringLiteral("id"), *id},
                          {QStringLiteral("from"), band.from},
                          {QStringLiteral("to"), band.to},
                          {QStringLiteral("price"), band.unitPrice}});
        if (!r)
            return r.error();
    }
    return id;
}

Result<QList<Product>> SqlCatalogStore::products(const QString &platform) {
    detail::Where where;
    if (!platform.isEmpty())
        where.add(QStringLiteral("platform = :platform"), {{QStringLiteral("platform"), platform}});
    Result<QSqlQuery> q =
        m_sql.exec(productColumns + where.sql() + QStringLiteral(" ORDER BY platform, name, id"),
                   where.params);
    if (!q)
        return q.error();
    QList<Product> list;
    QHash<Id, qsizetype> index;
    while (q->next()) {
        list.append(readProduct(*q));
        index.insert(list.constLast().id, list.size() - 1);
    }
    Result<QSqlQuery> bands =
        m_sql.exec(QStringLiteral("SELECT product_id, from_seats, to_seats, unit_price"
                                  " FROM price_bands ORDER BY product_id, from_seats"));
    if (!bands)
        return bands.error();
    while (bands->next()) {
        const auto it = index.constFind(bands->value(0).toLongLong());
        if (it != index.cend())
            list[*it].bands.append(
                {bands->value(1).toInt(), bands->value(2).toInt(), bands->value(3).toLongLong()});
    }
    return list;
}

Result<std::optional<Product>> SqlCatalogStore::product(Id id) {
    Result<QSqlQuery> q = m_sql.exec(productColumns + QStringLiteral(" WHERE id = :id"),
                                     {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Product>();
    Product p = readProduct(*q);
    Result<QSqlQuery> bands =
        m_sql.exec(QStringLiteral("SELECT from_seats, to_seats, unit_price FROM price_bands"
                                  " WHERE product_id = :id ORDER BY from_seats"),
                   {{QStringLiteral("id"), id}});
    if (!bands)
        return bands.error();
    while (bands->next())
        p.bands.append(
            {bands->value(0).toInt(), bands->value(1).toInt(), bands->value(2).toLongLong()});
    return std::optional<Product>(p);
}

Result<Done> SqlCatalogStore::insertQuote(const Quote &quote, const QDateTime &at) {
    const Result<int> r =
        m_sql.change(QStringLiteral("INSERT INTO quotes (id, product_id, seats, unit_price,"
                                    " period_price, first_period_charge, created_at)"
                                    " VALUES (:id, :product, :seats, :unit, :period, :first, :at)"),
                     {{QStringLiteral("id"), quote.quoteId},
                      {QStringLiteral("product"), quote.productId},
                      {QStringLiteral("seats"), quote.seats},
                      {QStringLiteral("unit"), quote.unitPrice.minor()},
                      {QStringLiteral("period"), quote.periodPrice.minor()},
                      {QStringLiteral("first"), quote.firstPeriodCharge.minor()},
                      {QStringLiteral("at"), SqlConnection::timestamp(at)}});
    if (!r)
        return r.error();
    return Done{};
}

Result<std::optional<Quote>> SqlCatalogStore::quote(const QString &quoteId) {
    Result<QSqlQuery> q =
        m_sql.exec(QStringLiteral("SELECT product_id, seats FROM quotes WHERE id = :id"),
                   {{QStringLiteral("id"), quoteId}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Quote>();
    Quote quote;
    quote.quoteId = quoteId;
    quote.productId = q->value(0).toLongLong();
    quote.seats = q->value(1).toInt();
    return std::optional<Quote>(quote);
}

} // namespace bss
