#include "app/server/JsonAnswers.h"

#include "app/server/JsonWriter.h"

namespace bss {

using namespace Qt::Literals::StringLiterals;

namespace {

// Room for a typical row, so that a page grows its buffer a few times only.
constexpr qsizetype accountBytes = 900;
constexpr qsizetype orderBytes = 700;

template <typename T> QByteArray page(const Page<T> &page, qsizetype perItem) {
    QByteArray out;
    out.reserve(64 + page.items.size() * perItem);
    {
        JsonWriter w(out); // `out` is complete when the writer is gone
        w.beginObject();
        w.key("items"_L1);
        w.beginArray();
        for (const T &item : page.items)
            JsonAnswers::write(w, item);
        w.endArray();
        w.nonEmptyField("nextCursor"_L1, page.nextCursor);
        w.endObject();
    }
    return out;
}

template <typename T> QByteArray one(const T &value, qsizetype size) {
    QByteArray out;
    out.reserve(size);
    {
        JsonWriter w(out); // `out` is complete when the writer is gone
        JsonAnswers::write(w, value);
    }
    return out;
}

} // namespace

// Keys in sorted order (QJsonObject's); the fields are JsonCodec::encode's.

void JsonAnswers::write(JsonWriter &w, const PlatformSync &s) {
    w.beginObject();
    w.field("email"_L1, s.email);
    w.nonEmptyField("lastError"_L1, s.lastError);
    w.field("parentId"_L1, s.parentId);
    w.field("platform"_L1, s.platform);
    // Never the PIN itself: only that one is saved.
    w.key("resellerPin"_L1);
    if (s.resellerPinSet)
        w.string(QStringLiteral("\u2022\u2022\u2022\u2022"));
    else
        w.null();
    w.field("resellerPinSet"_L1, s.resellerPinSet);
    w.key("role"_L1);
    if (s.role)
        w.string(wireName(*s.role));
    else
        w.null();
    w.key("status"_L1);
    w.string(wireName(s.status));
    w.key("syncedAt"_L1);
    w.dateTime(s.syncedAt);
    w.endObject();
}

void JsonAnswers::write(JsonWriter &w, const Account &a) {
    w.beginObject();
    w.key("createdAt"_L1);
    w.dateTime(a.createdAt);
    w.field("email"_L1, a.email);
    w.field("id"_L1, a.id);
    w.field("name"_L1, a.name);
    w.field("parentId"_L1, a.parentId);
    w.nonEmptyField("parentName"_L1, a.parentName);
    w.field("status"_L1, a.status);
    w.key("sync"_L1);
    w.beginArray();
    for (const PlatformSync &s : a.sync)
        write(w, s);
    w.endArray();
    w.key("type"_L1);
    w.string(wireName(a.type));
    w.field("version"_L1, a.version);
    w.endObject();
}

void JsonAnswers::write(JsonWriter &w, const OrderLine &line) {
    w.beginObject();
    w.key("band"_L1);
    if (line.band) {
        w.beginObject();
        w.field("from"_L1, line.band->from);
        w.field("to"_L1, line.band->to);
        w.endObject();
    } else {
        w.null();
    }
    w.field("complete"_L1, line.complete);
    w.key("firstPeriodCharge"_L1);
    w.money(line.firstPeriodCharge.minor());
    w.field("id"_L1, line.id);
    w.key("periodPrice"_L1);
    w.money(line.periodPrice.minor());
    w.field("platform"_L1, line.platform);
    w.stringArray("problems"_L1, line.problems);
    w.field("productId"_L1, line.productId);
    w.field("productName"_L1, line.productName);
    w.field("seats"_L1, line.seats);
    w.key("unitPrice"_L1);
    w.money(line.unitPrice.minor());
    w.endObject();
}

void JsonAnswers::write(JsonWriter &w, const Order &o) {
    w.beginObject();
    w.field("accountId"_L1, o.accountId);
    w.field("accountName"_L1, o.accountName);
    w.stringArray("blockers"_L1, o.blockers);
    w.field("canExecute"_L1, o.canExecute);
    w.key("createdAt"_L1);
    w.dateTime(o.createdAt);
    w.field("createdBy"_L1, o.createdBy);
    w.field("currency"_L1, o.total.currency());
    w.key("executedAt"_L1);
    w.dateTime(o.executedAt);
    w.field("id"_L1, o.id);
    w.field("kind"_L1, toString(o.kind));
    w.key("lines"_L1);
    w.beginArray();
    for (const OrderLine &line : o.lines)
        write(w, line);
    w.endArray();
    w.field("number"_L1, o.number);
    w.field("status"_L1, toString(o.status));
    w.field("subscriptionId"_L1, o.subscriptionId);
    w.key("total"_L1);
    w.money(o.total.minor());
    w.field("version"_L1, o.version);
    w.endObject();
}

QByteArray JsonAnswers::encode(const Account &account) {
    return one(account, accountBytes);
}

QByteArray JsonAnswers::encode(const Page<Account> &accounts) {
    return page(accounts, accountBytes);
}

QByteArray JsonAnswers::encode(const Order &order) {
    return one(order, orderBytes + order.lines.size() * 300);
}

QByteArray JsonAnswers::encode(const Page<Order> &orders) {
    return page(orders, orderBytes);
}

} // namespace bss
