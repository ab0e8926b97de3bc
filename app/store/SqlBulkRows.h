#pragma once

// Store-internal: the pieces of SqlBulkLoad's statements (see SqlBulkLoad.cpp).

#include "app/domain/Result.h"

#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>
#include <thread>

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

// The accounts of one run, row n.i of from() being account id base + i + 1. Ids follow name
// order: the rows are cut into 1,024 runs of consecutive ids, one per prefix in name order, and
// a name is its prefix and its id padded with zeros ("Amber Harbor 0004711"). So a new store's
// accounts go in already sorted by name: its name indexes are built from sorted rows and its
// trigram index is fed in key order without a sort (half the time of a million accounts).
struct GeneratedRows {
    bool pg = false;
    qint64 base = 0;
    qint64 count = 0;

    // The rows with their prefix (n.prefix) and email domain: prefix k has the rows from
    // k * count / 1024 on, up to the next prefix's first.
    QString from() const {
        return QStringLiteral("(SELECT w.k * %1 / 1024 + r.i AS i, w.prefix AS prefix,"
                              " w.domain AS domain FROM gen_words w CROSS JOIN %2"
                              " WHERE r.i < (w.k + 1) * %1 / 1024 - w.k * %1 / 1024) AS n")
            .arg(count)
            .arg(series(pg, (count + 1023) / 1024, QStringLiteral("r")));
    }
    QString id() const { return QStringLiteral("(%1 + n.i + 1)").arg(base); }
    QString name() const {
        // The id and a power of ten above it, less the leading 1.
        qint64 power = 10;
        while (power <= base + count)
            power *= 10;
        return QStringLiteral("n.prefix || substr(CAST(%1 + %2 AS TEXT), 2)").arg(power).arg(id());
    }
    QString email() const {
        return QStringLiteral("'contact' || CAST(%1 AS TEXT) || n.domain").arg(id());
    }
    // A new store's place in name order: its ids, spread out. (Close together: FTS5 stores the
    // difference between neighbouring keys, and one under 128 takes a byte.)
    QString nameOrder() const { return QStringLiteral("%1 * 64").arg(id()); }
};

// A new store's trigram index, built from the same rows on a second thread into a file of its
// own while the accounts and their indexes go into the store, then copied in: the two builds
// take about as long, and each has a core. Its pages are the size of the store's, which it is
// copied into.
class SearchIndexBuild {
public:
    SearchIndexBuild(QString path, qint64 accounts, int pageSize)
        : m_path(std::move(path)) {
        m_thread = std::thread([this, accounts, pageSize] { m_error = build(accounts, pageSize); });
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
    std::optional<Error> build(qint64 accounts, int pageSize) const;
    static std::optional<Error> fill(const QSqlDatabase &db, qint64 accounts, int pageSize);

    QString m_path;
    std::optional<Error> m_error;
    std::thread m_thread;
};

} // namespace bss::bulk
