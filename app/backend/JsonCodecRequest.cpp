#include "app/backend/JsonCodec.h"
#include "app/backend/JsonReader.h"

namespace bss {

using namespace json;

// --- requests ---------------------------------------------------------------------------

QJsonObject JsonCodec::request(const NewAccount &value) {
    QJsonObject o{{QStringLiteral("name"), value.name},
                  {QStringLiteral("type"), toString(value.type)}};
    if (value.parentId)
        o.insert(QStringLiteral("parentId"), *value.parentId);
    if (!value.email.isEmpty())
        o.insert(QStringLiteral("email"), value.email);
    return o;
}

QJsonObject JsonCodec::request(const AccountPatch &value) {
    QJsonObject o;
    if (value.name)
        o.insert(QStringLiteral("name"), *value.name);
    if (value.email)
        o.insert(QStringLiteral("email"), *value.email);
    if (value.clearParent)
        o.insert(QStringLiteral("parentId"), QJsonValue());
    else if (value.parentId)
        o.insert(QStringLiteral("parentId"), *value.parentId);
    return o;
}

QJsonObject JsonCodec::request(const SyncOptionsInput &value) {
    QJsonObject o{
        {QStringLiteral("parentId"), optionalId(value.parentId)},
        {QStringLiteral("email"), value.email},
        {QStringLiteral("role"), value.role ? QJsonValue(toString(*value.role)) : QJsonValue()}};
    if (!value.resellerPin.isEmpty())
        o.insert(QStringLiteral("resellerPin"), value.resellerPin);
    return o;
}

QJsonObject JsonCodec::request(const AddLineRequest &value) {
    QJsonObject o{{QStringLiteral("productId"), value.productId}};
    if (value.seats)
        o.insert(QStringLiteral("seats"), *value.seats);
    return o;
}

QJsonObject JsonCodec::request(const ChangeRequest &value) {
    return {{QStringLiteral("seats"), value.seats}, {QStringLiteral("dryRun"), value.dryRun}};
}

QJsonObject JsonCodec::request(const PurchaseRequest &value) {
    return {{QStringLiteral("accountId"), value.accountId},
            {QStringLiteral("productId"), value.productId},
            {QStringLiteral("seats"), value.seats},
            {QStringLiteral("quoteId"), value.quoteId}};
}

QJsonObject JsonCodec::request(const LoginRequest &value) {
    return {{QStringLiteral("username"), value.username},
            {QStringLiteral("password"), value.password}};
}

QJsonObject JsonCodec::request(const NewUser &value) {
    return {{QStringLiteral("username"), value.username},
            {QStringLiteral("password"), value.password},
            {QStringLiteral("role"), toString(value.role)},
            {QStringLiteral("accountId"), optionalId(value.accountId)}};
}

QJsonObject JsonCodec::request(const UserPatch &value) {
    QJsonObject o;
    if (value.password)
        o.insert(QStringLiteral("password"), *value.password);
    if (value.role)
        o.insert(QStringLiteral("role"), toString(*value.role));
    if (value.clearAccount)
        o.insert(QStringLiteral("accountId"), QJsonValue());
    else if (value.accountId)
        o.insert(QStringLiteral("accountId"), *value.accountId);
    if (value.disabled)
        o.insert(QStringLiteral("disabled"), *value.disabled);
    return o;
}

template <> Result<NewAccount> JsonCodec::readRequest<NewAccount>(const QJsonObject &body) {
    Reader r(body, true);
    NewAccount a;
    a.name = r.textOrEmpty(QStringLiteral("name"), Need::Required);
    a.type = r.enumValue<AccountType>(QStringLiteral("type")).value_or(AccountType::Direct);
    a.parentId = r.id(QStringLiteral("parentId"), Need::Optional);
    a.email = r.textOrEmpty(QStringLiteral("email"));
    return finished(r, a);
}

template <> Result<AccountPatch> JsonCodec::readRequest<AccountPatch>(const QJsonObject &body) {
    Reader r(body, true);
    AccountPatch p;
    if (r.has(QStringLiteral("name")))
        p.name = r.text(QStringLiteral("name"));
    if (r.has(QStringLiteral("email")))
        p.email = r.isNull(QStringLiteral("email"))
                      ? (r.raw(QStringLiteral("email")), QString())
                      : r.text(QStringLiteral("email")).value_or(QString());
    if (r.has(QStringLiteral("parentId"))) {
        p.clearParent = r.isNull(QStringLiteral("parentId"));
        p.parentId = r.id(QStringLiteral("parentId"), Need::Optional);
    }
    // A PATCH that names nothing to change is a mistake of the client, not a successful save.
    if (body.isEmpty())
        return badRequest(
            {{QString(), tr("The body names nothing to change: give name, email or parentId.")}});
    return finished(r, p);
}

template <>
Result<SyncOptionsInput> JsonCodec::readRequest<SyncOptionsInput>(const QJsonObject &body) {
    Reader r(body, true);
    SyncOptionsInput s;
    s.parentId = r.id(QStringLiteral("parentId"), Need::Optional);
    s.email = r.textOrEmpty(QStringLiteral("email"));
    s.role = r.enumValue<SyncRole>(QStringLiteral("role"), Need::Optional);
    s.resellerPin = r.textOrEmpty(QStringLiteral("resellerPin"));
    return finished(r, s);
}

template <> Result<AddLineRequest> JsonCodec::readRequest<AddLineRequest>(const QJsonObject &body) {
    Reader r(body, true);
    AddLineRequest a;
    a.productId = r.id(QStringLiteral("productId")).value_or(0);
    if (r.has(QStringLiteral("seats")) && r.isNull(QStringLiteral("seats")))
        r.raw(QStringLiteral("seats")); // null: a line without seats yet
    else
        a.seats = r.intValue(QStringLiteral("seats"), Need::Optional);
    return finished(r, a);
}

template <> Result<ChangeRequest> JsonCodec::readRequest<ChangeRequest>(const QJsonObject &body) {
    Reader r(body, true);
    ChangeRequest c;
    c.seats = r.intValue(QStringLiteral("seats")).value_or(0);
    c.dryRun = r.boolean(QStringLiteral("dryRun")).value_or(false);
    return finished(r, c);
}

template <>
Result<PurchaseRequest> JsonCodec::readRequest<PurchaseRequest>(const QJsonObject &body) {
    Reader r(body, true);
    PurchaseRequest p;
    p.accountId = r.id(QStringLiteral("accountId")).value_or(0);
    p.productId = r.id(QStringLiteral("productId")).value_or(0);
    p.seats = r.intValue(QStringLiteral("seats")).value_or(0);
    p.quoteId = r.textOrEmpty(QStringLiteral("quoteId"), Need::Required);
    return finished(r, p);
}

template <> Result<LoginRequest> JsonCodec::readRequest<LoginRequest>(const QJsonObject &body) {
    Reader r(body, true);
    LoginRequest l;
    l.username = r.textOrEmpty(QStringLiteral("username"), Need::Required);
    l.password = r.textOrEmpty(QStringLiteral("password"), Need::Required);
    return finished(r, l);
}

template <> Result<NewUser> JsonCodec::readRequest<NewUser>(const QJsonObject &body) {
    Reader r(body, true);
    NewUser u;
    u.username = r.textOrEmpty(QStringLiteral("username"), Need::Required);
    u.password = r.textOrEmpty(QStringLiteral("password"), Need::Required);
    u.role = r.enumValue<UserRole>(QStringLiteral("role")).value_or(UserRole::Agent);
    u.accountId = r.id(QStringLiteral("accountId"), Need::Optional);
    return finished(r, u);
}

template <> Result<UserPatch> JsonCodec::readRequest<UserPatch>(const QJsonObject &body) {
    Reader r(body, true);
    UserPatch p;
    p.password = r.text(QStringLiteral("password"), Need::Optional);
    p.role = r.enumValue<UserRole>(QStringLiteral("role"), Need::Optional);
    if (r.has(QStringLiteral("accountId"))) {
        p.clearAccount = r.isNull(QStringLiteral("accountId"));
        p.accountId = r.id(QStringLiteral("accountId"), Need::Optional);
    }
    p.disabled = r.boolean(QStringLiteral("disabled"));
    return finished(r, p);
}

Result<int> JsonCodec::readSeats(const QJsonObject &body) {
    Reader r(body, true);
    const std::optional<int> seats = r.intValue(QStringLiteral("seats"));
    return finished(r, seats.value_or(0));
}

Result<Id> JsonCodec::readAccountId(const QJsonObject &body) {
    Reader r(body, true);
    const std::optional<Id> id = r.id(QStringLiteral("accountId"));
    return finished(r, id.value_or(0));
}

} // namespace bss
