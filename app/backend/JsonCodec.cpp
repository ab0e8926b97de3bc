#include "app/backend/JsonCodec.h"
#include "app/backend/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace bss {

using namespace json;

namespace {
// Every key and string is valid UTF-16 (the parser limits the depth, so recursion is bounded).
bool validUnicode(const QJsonValue &value) {
    if (value.isString())
        return QStringView(value.toString()).isValidUtf16();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(),
                           [](const QJsonValue &v) { return validUnicode(v); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!QStringView(it.key()).isValidUtf16() || !validUnicode(it.value()))
                return false;
        }
    }
    return true;
}
} // namespace

Result<QJsonObject> JsonCodec::parseObject(const QByteArray &body) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badRequest({{QString(), tr("The body is not valid JSON (%1 at offset %2).")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset)}});
    if (!document.isObject())
        return badRequest({{QString(), tr("The body must be a JSON object.")}});
    // The parser takes an escaped lone surrogate (backslash-u D800) as a character no text can
    // hold; stored, it would come back as another one.
    if (!validUnicode(document.object()))
        return badRequest({{QString(), tr("The body holds an escaped surrogate (\\uD800-\\uDFFF) "
                                          "that is not part of a pair: not a character.")}});
    return document.object();
}

QByteArray JsonCodec::serialize(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue JsonCodec::dateTime(const QDateTime &value) {
    if (!value.isValid())
        return QJsonValue();
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue JsonCodec::date(const QDate &value) {
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

std::optional<QDateTime> JsonCodec::parseDateTime(const QString &text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

Error JsonCodec::badRequest(QList<FieldError> reasons) {
    Error e;
    e.kind = ErrorKind::BadRequest;
    e.code = QStringLiteral("bad-request");
    e.fieldErrors = std::move(reasons);
    e.message = e.fieldErrors.size() == 1 ? e.fieldErrors.constFirst().message
                                          : tr("The request is malformed.");
    return e;
}

Error JsonCodec::malformed(const QString &expected) {
    Error e;
    e.kind = ErrorKind::Internal;
    e.code = QStringLiteral("bad-response");
    e.message = tr("The server sent an answer this client does not understand (expected %1).")
                    .arg(expected);
    return e;
}

// --- encoding ---------------------------------------------------------------------------

QJsonObject JsonCodec::encode(const Platform &value) {
    return {{QStringLiteral("code"), value.code}, {QStringLiteral("name"), value.name}};
}

QJsonObject JsonCodec::encode(const Product &value) {
    QJsonArray bands;
    for (const PriceBand &band : value.bands)
        bands.append(bandJson(band, true, value.currency));
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("code"), value.code},
            {QStringLiteral("name"), value.name},
            {QStringLiteral("platform"), value.platform},
            {QStringLiteral("characteristic"),
             QJsonObject{{QStringLiteral("name"), value.characteristic},
                         {QStringLiteral("min"), value.minSeats},
                         {QStringLiteral("max"), value.maxSeats},
                         {QStringLiteral("step"), value.step}}},
            {QStringLiteral("billingPeriod"), toString(value.billingPeriod)},
            {QStringLiteral("freePeriods"), value.freePeriods},
            {QStringLiteral("currency"), value.currency},
            {QStringLiteral("bands"), bands}};
}

QJsonObject JsonCodec::encode(const Quote &value, const QString &currency) {
    const QString cur = currency.isEmpty() ? value.periodPrice.currency() : currency;
    return {{QStringLiteral("quoteId"), value.quoteId},
            {QStringLiteral("productId"), value.productId},
            {QStringLiteral("seats"), value.seats},
            {QStringLiteral("unitPrice"), value.unitPrice.toDecimalString()},
            {QStringLiteral("periodPrice"), value.periodPrice.toDecimalString()},
            {QStringLiteral("firstPeriodCharge"), value.firstPeriodCharge.toDecimalString()},
            {QStringLiteral("currency"), cur},
            {QStringLiteral("band"), bandJson(value.band, false)}};
}

QJsonObject JsonCodec::encode(const PlatformSync &value) {
    return {{QStringLiteral("platform"), value.platform},
            {QStringLiteral("status"), toString(value.status)},
            {QStringLiteral("email"), value.email},
            {QStringLiteral("role"), value.role ? QJsonValue(toString(*value.role)) : QJsonValue()},
            {QStringLiteral("parentId"), optionalId(value.parentId)},
            {QStringLiteral("resellerPinSet"), value.resellerPinSet},
            // Never the PIN itself: only that one is saved.
            {QStringLiteral("resellerPin"),
             value.resellerPinSet ? QJsonValue(QStringLiteral("\u2022\u2022\u2022\u2022"))
                                  : QJsonValue()},
            {QStringLiteral("lastError"), nonEmpty(value.lastError)},
            {QStringLiteral("syncedAt"), dateTime(value.syncedAt)}};
}

QJsonObject JsonCodec::encode(const Account &value) {
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("name"), value.name},
            {QStringLiteral("type"), toString(value.type)},
            {QStringLiteral("parentId"), optionalId(value.parentId)},
            {QStringLiteral("parentName"), nonEmpty(value.parentName)},
            {QStringLiteral("email"), value.email},
            {QStringLiteral("status"), value.status},
            {QStringLiteral("version"), value.version},
            {QStringLiteral("createdAt"), dateTime(value.createdAt)},
            {QStringLiteral("sync"), encodeList(value.sync)}};
}

QJsonObject JsonCodec::encode(const Order &value) {
    QJsonArray lines;
    for (const OrderLine &line : value.lines) {
        lines.append(QJsonObject{
            {QStringLiteral("id"), line.id},
            {QStringLiteral("productId"), line.productId},
            {QStringLiteral("productName"), line.productName},
            {QStringLiteral("platform"), line.platform},
            {QStringLiteral("seats"), optionalInt(line.seats)},
            {QStringLiteral("complete"), line.complete},
            {QStringLiteral("problems"), stringArray(line.problems)},
            {QStringLiteral("band"),
             line.band ? QJsonValue(bandJson(*line.band, false)) : QJsonValue()},
            {QStringLiteral("unitPrice"), line.unitPrice.toDecimalString()},
            {QStringLiteral("periodPrice"), line.periodPrice.toDecimalString()},
            {QStringLiteral("firstPeriodCharge"), line.firstPeriodCharge.toDecimalString()}});
    }
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("number"), value.number},
            {QStringLiteral("accountId"), value.accountId},
            {QStringLiteral("accountName"), value.accountName},
            {QStringLiteral("status"), toString(value.status)},
            {QStringLiteral("kind"), toString(value.kind)},
            {QStringLiteral("subscriptionId"), optionalId(value.subscriptionId)},
            {QStringLiteral("total"), value.total.toDecimalString()},
            {QStringLiteral("currency"), value.total.currency()},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("canExecute"), value.canExecute},
            {QStringLiteral("blockers"), stringArray(value.blockers)},
            {QStringLiteral("version"), value.version},
            {QStringLiteral("createdAt"), dateTime(value.createdAt)},
            {QStringLiteral("executedAt"), dateTime(value.executedAt)},
            {QStringLiteral("createdBy"), value.createdBy}};
}

QJsonObject JsonCodec::encode(const Subscription &value) {
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("accountId"), value.accountId},
            {QStringLiteral("accountName"), value.accountName},
            {QStringLiteral("productId"), value.productId},
            {QStringLiteral("productName"), value.productName},
            {QStringLiteral("platform"), value.platform},
            {QStringLiteral("orderId"), value.orderId},
            {QStringLiteral("seats"), value.seats},
            {QStringLiteral("pendingSeats"), optionalInt(value.pendingSeats)},
            {QStringLiteral("status"), toString(value.status)},
            {QStringLiteral("provisioningStatus"), toString(value.provisioningStatus)},
            {QStringLiteral("lastError"), nonEmpty(value.lastError)},
            {QStringLiteral("activationKey"), nonEmpty(value.activationKey)},
            {QStringLiteral("startedAt"), date(value.startedAt)},
            {QStringLiteral("currentPeriodStart"), date(value.currentPeriodStart)},
            {QStringLiteral("currentPeriodEnd"), date(value.currentPeriodEnd)},
            {QStringLiteral("freeUntil"), date(value.freeUntil)},
            {QStringLiteral("recurringPrice"), value.recurringPrice.toDecimalString()},
            {QStringLiteral("currency"), value.recurringPrice.currency()}};
}

QJsonObject JsonCodec::encode(const Execution &value) {
    return {{QStringLiteral("order"), encode(value.order)},
            {QStringLiteral("subscriptions"), encodeList(value.subscriptions)}};
}

QJsonObject JsonCodec::encode(const ConfigurationChange &value) {
    return {{QStringLiteral("subscriptionId"), value.subscriptionId},
            {QStringLiteral("currentSeats"), value.currentSeats},
            {QStringLiteral("newSeats"), value.newSeats},
            {QStringLiteral("dryRun"), value.dryRun},
            {QStringLiteral("chargeNow"), value.chargeNow.toDecimalString()},
            {QStringLiteral("effectiveDate"), date(value.effectiveDate)},
            {QStringLiteral("newRecurringPrice"), value.newRecurringPrice.toDecimalString()},
            {QStringLiteral("currency"), value.newRecurringPrice.currency()},
            {QStringLiteral("changeOrderId"), optionalId(value.changeOrderId)},
            {QStringLiteral("subscription"), encode(value.subscription)}};
}

QJsonObject JsonCodec::encode(const Purchase &value) {
    return {{QStringLiteral("order"), encode(value.order)},
            {QStringLiteral("subscriptions"), encodeList(value.subscriptions)}};
}

QJsonObject JsonCodec::encode(const AuditEntry &value) {
    return {{QStringLiteral("id"), value.id},         {QStringLiteral("at"), dateTime(value.at)},
            {QStringLiteral("user"), value.user},     {QStringLiteral("action"), value.action},
            {QStringLiteral("entity"), value.entity}, {QStringLiteral("entityId"), value.entityId},
            {QStringLiteral("field"), value.field},   {QStringLiteral("before"), value.before},
            {QStringLiteral("after"), value.after}};
}

QJsonObject JsonCodec::encode(const OutboxMessage &value) {
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("accountId"), value.accountId},
            {QStringLiteral("subscriptionId"), optionalId(value.subscriptionId)},
            {QStringLiteral("recipient"), value.recipient},
            {QStringLiteral("subject"), value.subject},
            {QStringLiteral("body"), value.body},
            {QStringLiteral("createdAt"), dateTime(value.createdAt)}};
}

QJsonObject JsonCodec::encode(const Session &value) {
    return {{QStringLiteral("token"), value.token},
            {QStringLiteral("expiresAt"), dateTime(value.expiresAt)},
            {QStringLiteral("username"), value.username},
            {QStringLiteral("role"), toString(value.role)},
            {QStringLiteral("accountId"), optionalId(value.accountId)}};
}

QJsonObject JsonCodec::encode(const User &value) {
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("username"), value.username},
            {QStringLiteral("role"), toString(value.role)},
            {QStringLiteral("accountId"), optionalId(value.accountId)},
            {QStringLiteral("createdAt"), dateTime(value.createdAt)},
            {QStringLiteral("disabled"), value.disabled}};
}

QJsonObject JsonCodec::encode(const Me &value) {
    QJsonArray may;
    for (Permission p : value.may)
        may.append(toString(p));
    return {{QStringLiteral("username"), value.username},
            {QStringLiteral("role"), toString(value.role)},
            {QStringLiteral("accountId"), optionalId(value.accountId)},
            {QStringLiteral("accountName"),
             value.accountId ? QJsonValue(value.accountName) : QJsonValue()},
            {QStringLiteral("may"), may}};
}

QJsonObject JsonCodec::problem(const Error &error, int status) {
    QJsonArray errors;
    for (const FieldError &f : error.fieldErrors)
        errors.append(QJsonObject{{QStringLiteral("field"), f.field},
                                  {QStringLiteral("message"), f.message}});
    const QString code = error.code.isEmpty() ? QStringLiteral("error") : error.code;
    return {{QStringLiteral("type"),
             QString(QStringLiteral("https://bssdesk.invalid/problems/") + code)},
            {QStringLiteral("title"), error.message},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), error.describe()},
            {QStringLiteral("code"), code},
            {QStringLiteral("errors"), errors}};
}

Error JsonCodec::errorFromProblem(const QByteArray &body, int status) {
    Error e;
    switch (status) {
    case 400:
    case 413:
    case 405:
        e.kind = ErrorKind::BadRequest;
        break;
    case 401:
        e.kind = ErrorKind::Unauthorized;
        break;
    case 403:
        e.kind = ErrorKind::Forbidden;
        break;
    case 404:
        e.kind = ErrorKind::NotFound;
        break;
    case 409:
        e.kind = ErrorKind::Conflict;
        break;
    case 412:
        e.kind = ErrorKind::Stale;
        break;
    case 422:
        e.kind = ErrorKind::Validation;
        break;
    case 428:
        e.kind = ErrorKind::BadRequest;
        break;
    case 502:
    case 503:
    case 504:
        e.kind = ErrorKind::Unavailable;
        break;
    default:
        e.kind = ErrorKind::Internal;
        break;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    e.code = o.value(QStringLiteral("code")).toString();
    e.message = o.value(QStringLiteral("title")).toString();
    const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &v : errors) {
        const QJsonObject f = v.toObject();
        e.fieldErrors.append({f.value(QStringLiteral("field")).toString(),
                              f.value(QStringLiteral("message")).toString()});
    }
    if (e.code.isEmpty())
        e.code = QStringLiteral("http-%1").arg(status);
    if (e.message.isEmpty())
        e.message = tr("The server refused the request (HTTP %1).").arg(status);
    return e;
}

} // namespace bss
