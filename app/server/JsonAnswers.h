#pragma once

#include "app/domain/Types.h"

#include <QByteArray>

namespace bss {

class JsonWriter;

// The hot answers of the REST API written with JsonWriter: an account, an order, and their
// list pages. Same fields, types, masking and bytes as JsonCodec::encode + QJsonDocument
// (tests/server/tst_jsonanswers.cpp holds them to it); several times cheaper per row.
class JsonAnswers {
public:
    static QByteArray encode(const Account &account);
    static QByteArray encode(const Page<Account> &page);
    static QByteArray encode(const Order &order);
    static QByteArray encode(const Page<Order> &page);

    static void write(JsonWriter &w, const PlatformSync &sync);
    static void write(JsonWriter &w, const Account &account);
    static void write(JsonWriter &w, const OrderLine &line);
    static void write(JsonWriter &w, const Order &order);
};

} // namespace bss
