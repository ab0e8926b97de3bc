#include "app/store/SqlNameOrder.h"

#include "app/store/SqlConnection.h"

#include <limits>

namespace bss {

namespace {

// The place of an account named `name` in name order (SQLite). Every account has a distinct
// name_order that sorts as (name, id) does, with gaps between neighbours: a new or renamed
// account takes the middle of the gap it falls into, so the trigram index (keyed by it) yields
// a search's matches already in name order, and its first page costs a page, not a sort of
// every match. When a gap is used up, the accounts around it are spread out again. Places are
// kept close (8,192 apart when spread): the trigram index stores the difference between
// neighbouring places, and a sparser order makes it twice the size and its searches slower.
constexpr qint64 nameOrderEnd = Q_INT64_C(1) << 62;
constexpr qint64 nameOrderSpacing = 8192;

Result<qint64> nameOrderNeighbour(SqlConnection &store, const QString &name, std::optional<Id> self,
                                  bool after) {
    // The neighbour before (after) the account's place: the last (first) other account that sorts
    // before (after) it. A new account has the largest id, so it goes after its namesakes.
    const QString op = after ? QStringLiteral(">") : QStringLiteral("<");
    const QString order = after ? QString() : QStringLiteral(" DESC");
    QVariantMap params{{QStringLiteral("name"), name},
                       {QStringLiteral("id"), self ? *self : std::numeric_limits<qint64>::max()}};
    if (self)
        params.insert(QStringLiteral("self"), *self);
    const Result<QVariant> v = store.scalar(
        QStringLiteral("SELECT name_order FROM accounts WHERE (name, id) %1 (:name, :id)%3"
                       " ORDER BY name%2, id%2 LIMIT 1")
            .arg(op, order, self ? QStringLiteral(" AND id <> :self") : QString()),
        params);
    if (!v)
        return v.error();
    return v->isValid() && !v->isNull() ? v->toLongLong() : (after ? nameOrderEnd : 0);
}

// Spreads the accounts whose name_order lies strictly between `low` and `high` evenly over that
// range, in name order, leaving equal gaps; two passes, since name_order is unique.
Result<Done> spreadNameOrder(SqlConnection &store, qint64 low, qint64 high, qint64 count) {
    const QVariantMap range{{QStringLiteral("low"), low}, {QStringLiteral("high"), high}};
    if (Result<int> r =
            store.change(QStringLiteral("UPDATE accounts SET name_order = -name_order"
                                        " WHERE name_order > :low AND name_order < :high"),
                         range);
        !r)
        return r.error();
    QVariantMap params{{QStringLiteral("low"), low},
                       {QStringLiteral("high"), high},
                       {QStringLiteral("step"), (high - low) / (count + 1)}};
    const Result<int> r = store.change(
        QStringLiteral("UPDATE accounts SET name_order = :low + r.n * :step FROM"
                       " (SELECT id, ROW_NUMBER() OVER (ORDER BY name, id) AS n FROM accounts"
                       "  WHERE name_order < -:low AND name_order > -:high) r"
                       " WHERE accounts.id = r.id"),
        params);
    if (!r)
        return r.error();
    return Done{};
}

} // namespace

// A free name_order for an account named `name`, spreading out its neighbours first when they
// have no room left between them. `self` and `current`: the account being renamed and its
// name_order, kept when it still falls between its neighbours.
Result<qint64> placeInNameOrder(SqlConnection &store, const QString &name, std::optional<Id> self,
                                std::optional<qint64> current) {
    for (int round = 0;; ++round) {
        const Result<qint64> before = nameOrderNeighbour(store, name, self, false);
        if (!before)
            return before.error();
        const Result<qint64> after = nameOrderNeighbour(store, name, self, true);
        if (!after)
            return after.error();
        if (round == 0 && current && *before < *current && *current < *after)
            return *current;
        if (*after == nameOrderEnd && nameOrderEnd - *before > nameOrderSpacing)
            return *before + nameOrderSpacing; // after the last: no need to halve the rest
        if (*after - *before >= 2)
            return *before + (*after - *before) / 2;
        if (round >= 2)
            return Error::internal(QStringLiteral("No room is left in the accounts' name order."));
        // Widen a window around the place until it holds at most one account per 4,096 of range
        // (or takes in every account), then spread out the accounts in it.
        for (qint64 reach = 16;; reach *= 4) {
            const auto edge = [&](bool up) -> Result<std::pair<qint64, bool>> {
                Result<QSqlQuery> q = store.exec(
                    QStringLiteral("SELECT %1(name_order), COUNT(*) FROM (SELECT name_order FROM"
                                   " accounts WHERE name_order %2 :at ORDER BY name_order%3"
                                   " LIMIT :n)")
                        .arg(up ? QStringLiteral("MAX") : QStringLiteral("MIN"),
                             up ? QStringLiteral(">=") : QStringLiteral("<="),
                             up ? QString() : QStringLiteral(" DESC")),
                    {{QStringLiteral("at"), up ? *after : *before}, {QStringLiteral("n"), reach}});
                if (!q)
                    return q.error();
                q->next();
                // Fewer than `reach` accounts on that side: the window runs to the end there.
                const bool open = q->value(1).toLongLong() < reach;
                return std::pair{q->value(0).toLongLong(), open};
            };
            const Result<std::pair<qint64, bool>> low = edge(false);
            if (!low)
                return low.error();
            const Result<std::pair<qint64, bool>> high = edge(true);
            if (!high)
                return high.error();
            const auto [lowest, toStart] = *low;
            const auto [highest, toEnd] = *high;
            // The window's bounds lie outside it: 0 and the end, or the accounts just beyond.
            const qint64 lo = toStart ? 0 : lowest - 1;
            qint64 hi = toEnd ? nameOrderEnd : highest + 1;
            const Result<QVariant> inside =
                store.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts"
                                            " WHERE name_order > :low AND name_order < :high"),
                             {{QStringLiteral("low"), lo}, {QStringLiteral("high"), hi}});
            if (!inside)
                return inside.error();
            const qint64 count = inside->toLongLong();
            // A window that takes in the last account grows only as far as the spacing needs.
            if (toEnd)
                hi = qMin(nameOrderEnd, lo + (count + 3) * nameOrderSpacing);
            if ((toStart && toEnd) || (hi - lo) / (count + 2) >= nameOrderSpacing / 2) {
                if (Result<Done> r = spreadNameOrder(store, lo, hi, count + 1); !r)
                    return r.error();
                break;
            }
        }
    }
}

} // namespace bss
