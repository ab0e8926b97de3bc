#pragma once

// Store-internal: the pieces of SqlBulkLoad's statements (see SqlBulkLoad.cpp).

#include "app/domain/Result.h"
#include "app/store/StoreConfig.h"

#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>
#include <thread>
#include <utility>

class QSqlDatabase;

namespace bss::bulk {

// Runs one statement on a connection: the store's, or the side build's below.
using Exec = std::function<Result<Done>(const QString &sql, const QVariantMap &params)>;

// The word tables, the digits 0-999 for series(), and the 1,024 name prefixes ("Amber Harbor ")
// with their email domains, numbered in name order (k).
Result<Done> fillWordTables(const Exec &exec);

// Rows i = 0..count-1 of a number series, in order, as a FROM clause `alias`. SQLite: the
// digits table (gen_digits, 0-999) joined with itself, a quarter of the time of a recursive
// series.
QString series(bool pg, qint64 count, const QString &alias = QStringLiteral("n"));

// The accounts of one run, row n.i of from() being the account at place base + i + 1 in name
// order. The rows are cut into 1,024 runs of consecutive places, one per prefix in name order,
// and a name is its prefix and its place padded with zeros ("Amber Harbor 0004711"). Ids follow
// name order (a stride of 1): a new store's accounts go in already sorted by name, its name
// indexes are built from sorted rows and its trigram index is fed in key order without a sort
// (half the time of a million accounts). With another stride (shuffled), place i has id
// base + (i * stride) mod count + 1: a fixed permutation, ids in no relation to name order.
struct GeneratedRows {
    bool pg = false;
    qint64 base = 0;
    qint64 count = 0;
    qint64 stride = 1;

    // A stride that scatters neighbours in name order across the ids (about 0.618 of the count
    // apart, then wrapping) and is prime to the count, so that every id is taken once.
    static qint64 shuffledStride(qint64 count) {
        qint64 stride = qMax<qint64>(1, count * 618 / 1000);
        const auto gcd = [](qint64 a, qint64 b) {
            while (b != 0)
                a = std::exchange(b, a % b);
            return a;
        };
        while (count > 1 && gcd(stride, count) != 1)
            ++stride;
        return stride;
    }

    // The rows with their prefix (n.prefix) and email domain, in order: prefix k has the rows
    // from k * count / 1024 on, up to the next prefix's first. (PostgreSQL: prefix by prefix,
    // so that the rows go into the table in the order of their ids.)
    QString from() const {
        if (pg)
            return QStringLiteral("(SELECT w.k * CAST(%1 AS BIGINT) / 1024 + r.i AS i,"
                                  " w.prefix AS prefix, w.domain AS domain"
                                  " FROM (SELECT * FROM gen_words ORDER BY k) w CROSS JOIN LATERAL"
                                  " generate_series(0, (w.k + 1) * CAST(%1 AS BIGINT) / 1024"
                                  " - w.k * CAST(%1 AS BIGINT) / 1024 - 1) AS r(i)) AS n")
                .arg(count);
        return QStringLiteral("(SELECT w.k * CAST(%1 AS BIGINT) / 1024 + r.i AS i,"
                              " w.prefix AS prefix, w.domain AS domain FROM gen_words w"
                              " CROSS JOIN %2 WHERE r.i < (w.k + 1) * CAST(%1 AS BIGINT) / 1024"
                              " - w.k * CAST(%1 AS BIGINT) / 1024) AS n")
            .arg(count)
            .arg(series(pg, (count + 1023) / 1024, QStringLiteral("r")));
    }
    // The row's id less base + 1 (its type and parent follow from it).
    QString offset() const {
        if (stride == 1)
            return QStringLiteral("n.i");
        return QStringLiteral("(CAST(n.i AS BIGINT) * %1 % %2)").arg(stride).arg(count);
    }
    QString id() const { return QStringLiteral("(%1 + %2 + 1)").arg(base).arg(offset()); }
    QString place() const { return QStringLiteral("(%1 + n.i + 1)").arg(base); }
    QString name() const {
        // The place and a power of ten above it, less the leading 1.
        qint64 power = 10;
        while (power <= base + count)
            power *= 10;
        return QStringLiteral("n.prefix || substr(CAST(%1 + %2 AS TEXT), 2)")
            .arg(power)
            .arg(place());
    }
    QString email() const {
        return QStringLiteral("'contact' || CAST(%1 AS TEXT) || n.domain").arg(id());
    }
    // A new store's place in name order, spread out. (Close together: FTS5 stores the
    // difference between neighbouring keys, and one under 128 takes a byte.)
    QString nameOrder() const { return QStringLiteral("%1 * 64").arg(place()); }
};

// A new store's trigram index, built from the same rows on a second thread into a file of its
// own while the accounts and their indexes go into the store, then copied in: the two builds
// take about as long, and each has a core. Its pages are the size of the store's, which it is
// copied into.
class SearchIndexBuild {
public:
    SearchIndexBuild(QString path, qint64 accounts, qint64 stride, int pageSize)
        : m_path(std::move(path)) {
        m_thread = std::thread(
            [this, accounts, stride, pageSize] { m_error = build(accounts, stride, pageSize); });
    }
    ~SearchIndexBuild(); // waits for the build, and removes its file
    SearchIndexBuild(const SearchIndexBuild &) = delete;
    SearchIndexBuild &operator=(const SearchIndexBuild &) = delete;

    std::optional<Error> wait() {
        if (m_thread.joinable())
            m_thread.join();
        return m_error;
    }

private:
    std::optional<Error> build(qint64 accounts, qint64 stride, int pageSize) const;
    static std::optional<Error> fill(const QSqlDatabase &db, qint64 accounts, qint64 stride,
                                     int pageSize);

    QString m_path;
    std::optional<Error> m_error;
    std::thread m_thread;
};

// PostgreSQL: indexes built on a connection of their own, on a second thread, while the load
// goes on with other tables (see SqlBulkLoad::commitAccountsPostgres). Each statement runs in a
// transaction of its own.
class PostgresIndexBuild {
public:
    PostgresIndexBuild(StoreConfig config, QStringList statements)
        : m_config(std::move(config)) {
        m_thread = std::thread([this, statements] { m_error = build(statements); });
    }
    ~PostgresIndexBuild() { wait(); }
    PostgresIndexBuild(const PostgresIndexBuild &) = delete;
    PostgresIndexBuild &operator=(const PostgresIndexBuild &) = delete;

    std::optional<Error> wait() {
        if (m_thread.joinable())
            m_thread.join();
        return m_error;
    }

private:
    std::optional<Error> build(const QStringList &statements) const;

    StoreConfig m_config;
    std::optional<Error> m_error;
    std::thread m_thread;
};

} // namespace bss::bulk
