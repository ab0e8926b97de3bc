#include "app/backend/JsonCodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <limits>

namespace bss {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("bss::JsonCodec", text); }

// JSON numbers are doubles: integers are exact up to 2^53.
constexpr double maxSafeInteger = 9007199254740991.0;

// Reads one JSON object field by field and collects every reason it is not acceptable.
// Strict readers (request bodies) also refuse fields nobody asked for.
class Reader
{
public:
    enum class Need { Required, Optional };

    Reader(const QJsonObject &object, bool strict) : m_object(object), m_strict(strict) {}

    bool has(const QString &name) const { return m_object.contains(name); }
    bool isNull(const QString &name) const { return m_object.value(name).isNull(); }

    std::optional<QString> text(const QString &name, Need need = Need::Required)
    {
        const QJsonValue v = take(name, need);
        if (v.isUndefined() || (v.isNull() && need == Need::Optional))
            return std::nullopt;
        if (!v.isString()) {
            wrongType(name, tr("text"));
            return std::nullopt;
        }
        return v.toString();
    }

    // Empty when the field is missing or null (and that is allowed).
    QString textOrEmpty(const QString &name, Need need = Need::Optional)
    {
        return text(name, need).value_or(QString());
    }

    std::optional<qint64> integer(const QString &name, Need need, double min, double max)
    {
        const QJsonValue v = take(name, need);
        if (v.isUndefined() || (v.isNull() && need == Need::Optional))
            return std::nullopt;
        if (!v.isDouble()) {
            wrongType(name, tr("a whole number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d) {
            wrongType(name, tr("a whole number"));
            return std::nullopt;
        }
        if (d < min || d > max) {
            m_reasons.append({name, tr("%1 is out of range.").arg(name)});
            return std::nullopt;
        }
        return qint64(d);
    }

    std::optional<Id> id(const QString &name, Need need = Need::Required)
    {
        // Requests name existing records (1 and up); answers may carry 0 for "none".
        return integer(name, need, m_strict ? 1 : 0, maxSafeInteger);
    }

    std::optional<int> intValue(const QString &name, Need need = Need::Required)
    {
        const auto v = integer(name, need, std::numeric_limits<int>::min(),
                               std::numeric_limits<int>::max());
        return v ? std::optional<int>(int(*v)) : std::nullopt;
    }

    std::optional<bool> boolean(const QString &name, Need need = Need::Optional)
    {
        const QJsonValue v = take(name, need);
        if (v.isUndefined() || (v.isNull() && need == Need::Optional))
            return std::nullopt;
        if (!v.isBool()) {
            wrongType(name, tr("true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    template<typename E>
    std::optional<E> enumValue(const QString &name, Need need = Need::Required)
    {
        const std::optional<QString> s = text(name, need);
        if (!s)
            return std::nullopt;
        const std::optional<E> e = fromString<E>(*s);
        if (!e)
            m_reasons.append({name, tr("%1 has an unknown value \"%2\".").arg(name, s->left(40))});
        return e;
    }

    std::optional<Money> money(const QString &name, const QString &currency)
    {
        const std::optional<QString> s = text(name, Need::Optional);
        if (!s)
            return Money(0, currency);
        const std::optional<Money> m = Money::fromDecimalString(*s, currency);
        if (!m)
            m_reasons.append({name, tr("%1 is not an amount.").arg(name)});
        return m;
    }

    std::optional<QDateTime> dateTime(const QString &name)
    {
        const std::optional<QString> s = text(name, Need::Optional);
        if (!s || s->isEmpty())
            return QDateTime();
        const std::optional<QDateTime> t = JsonCodec::parseDateTime(*s);
        if (!t)
            m_reasons.append({name, tr("%1 is not an ISO 8601 time.").arg(name)});
        return t;
    }

    QDate date(const QString &name)
    {
        const std::optional<QString> s = text(name, Need::Optional);
        if (!s || s->isEmpty())
            return {};
        const QDate d = QDate::fromString(*s, Qt::ISODate);
        if (!d.isValid())
            m_reasons.append({name, tr("%1 is not an ISO 8601 date.").arg(name)});
        return d;
    }

    QJsonValue raw(const QString &name)
    {
        m_seen.insert(name);
        return m_object.value(name);
    }

    void addReason(const QString &field, const QString &message) { m_reasons.append({field, message}); }

    // Every reason at once; unknown fields included for strict readers.
    std::optional<Error> finish()
    {
        if (m_strict) {
            const QStringList keys = m_object.keys();
            for (const QString &key : keys) {
                if (!m_seen.contains(key))
                    m_reasons.append({key, tr("Unknown field \"%1\".").arg(key.left(40))});
            }
        }
        if (m_reasons.isEmpty())
            return std::nullopt;
        if (m_strict)
            return JsonCodec::badRequest(m_reasons);
        Error e = JsonCodec::malformed(tr("a known answer"));
        e.fieldErrors = m_reasons;
        return e;
    }

private:
    QJsonValue take(const QString &name, Need need)
    {
        m_seen.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() && need == Need::Required)
            m_reasons.append({name, tr("%1 is required.").arg(name)});
        else if (v.isNull() && need == Need::Required)
            m_reasons.append({name, tr("%1 must not be null.").arg(name)});
        return v;
    }

    void wrongType(const QString &name, const QString &expected)
    {
        m_reasons.append({name, tr("%1 must be %2.").arg(name, expected)});
    }

    const QJsonObject &m_object;
    bool m_strict;
    QSet<QString> m_seen;
    QList<FieldError> m_reasons;
};

using Need = Reader::Need;

QJsonValue optionalId(const std::optional<Id> &id) { return id ? QJsonValue(*id) : QJsonValue(); }
QJsonValue optionalInt(const std::optional<int> &v) { return v ? QJsonValue(*v) : QJsonValue(); }
QJsonValue nonEmpty(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList list;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a)
        list.append(item.toString());
    return list;
}

QJsonObject bandJson(const PriceBand &band, bool withPrice, const QString &currency = {})
{
    QJsonObject o{{QStringLiteral("from"), band.from}, {QStringLiteral("to"), band.to}};
    if (withPrice)
        o.insert(QStringLiteral("unitPrice"), Money(band.unitPrice, currency).toDecimalString());
    return o;
}

template<typename T>
Result<T> finished(Reader &reader, T value)
{
    if (std::optional<Error> e = reader.finish())
        return *e;
    return value;
}

} // namespace

Result<QJsonObject> JsonCodec::parseObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badRequest({{QString(), tr("The body is not valid JSON (%1 at offset %2).")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset)}});
    if (!document.isObject())
        return badRequest({{QString(), tr("The body must be a JSON object.")}});
    return document.object();
}

QByteArray JsonCodec::serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue JsonCodec::dateTime(const QDateTime &value)
{
    if (!value.isValid())
        return QJsonValue();
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue JsonCodec::date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

std::optional<QDateTime> JsonCodec::parseDateTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

Error JsonCodec::badRequest(QList<FieldError> reasons)
{
    Error e;
    e.kind = ErrorKind::BadRequest;
    e.code = QStringLiteral("bad-request");
    e.fieldErrors = std::move(reasons);
    e.message = e.fieldErrors.size() == 1 ? e.fieldErrors.constFirst().message
                                          : tr("The request is malformed.");
    return e;
}

Error JsonCodec::malformed(const QString &expected)
{
    Error e;
    e.kind = ErrorKind::Internal;
    e.code = QStringLiteral("bad-response");
    e.message = tr("The server sent an answer this client does not understand (expected %1).")
                    .arg(expected);
    return e;
}

// --- encoding ---------------------------------------------------------------------------

QJsonObject JsonCodec::encode(const Platform &value)
{
    return {{QStringLiteral("code"), value.code}, {QStringLiteral("name"), value.name}};
}

QJsonObject JsonCodec::encode(const Product &value)
{
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

QJsonObject JsonCodec::encode(const Quote &value, const QString &currency)
{
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

QJsonObject JsonCodec::encode(const PlatformSync &value)
{
    return {{QStringLiteral("platform"), value.platform},
            {QStringLiteral("status"), toString(value.status)},
            {QStringLiteral("email"), value.email},
            {QStringLiteral("role"), value.role ? QJsonValue(toString(*value.role)) : QJsonValue()},
            {QStringLiteral("parentId"), optionalId(value.parentId)},
            {QStringLiteral("resellerPinSet"), value.resellerPinSet},
            // Never the PIN itself: only that one is saved.
            {QStringLiteral("resellerPin"),
             value.resellerPinSet ? QJsonValue(QStringLiteral("\u2022\u2022\u2022\u2022")) : QJsonValue()},
            {QStringLiteral("lastError"), nonEmpty(value.lastError)},
            {QStringLiteral("syncedAt"), dateTime(value.syncedAt)}};
}

QJsonObject JsonCodec::encode(const Account &value)
{
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

QJsonObject JsonCodec::encode(const Order &value)
{
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
            {QStringLiteral("band"), line.band ? QJsonValue(bandJson(*line.band, false)) : QJsonValue()},
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

QJsonObject JsonCodec::encode(const Subscription &value)
{
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

QJsonObject JsonCodec::encode(const Execution &value)
{
    return {{QStringLiteral("order"), encode(value.order)},
            {QStringLiteral("subscriptions"), encodeList(value.subscriptions)}};
}

QJsonObject JsonCodec::encode(const ConfigurationChange &value)
{
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

QJsonObject JsonCodec::encode(const Purchase &value)
{
    return {{QStringLiteral("order"), encode(value.order)},
            {QStringLiteral("subscriptions"), encodeList(value.subscriptions)}};
}

QJsonObject JsonCodec::encode(const AuditEntry &value)
{
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("at"), dateTime(value.at)},
            {QStringLiteral("user"), value.user},
            {QStringLiteral("action"), value.action},
            {QStringLiteral("entity"), value.entity},
            {QStringLiteral("entityId"), value.entityId},
            {QStringLiteral("field"), value.field},
            {QStringLiteral("before"), value.before},
            {QStringLiteral("after"), value.after}};
}

QJsonObject JsonCodec::encode(const OutboxMessage &value)
{
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("accountId"), value.accountId},
            {QStringLiteral("subscriptionId"), optionalId(value.subscriptionId)},
            {QStringLiteral("recipient"), value.recipient},
            {QStringLiteral("subject"), value.subject},
            {QStringLiteral("body"), value.body},
            {QStringLiteral("createdAt"), dateTime(value.createdAt)}};
}

QJsonObject JsonCodec::encode(const Session &value)
{
    return {{QStringLiteral("token"), value.token},
            {QStringLiteral("expiresAt"), dateTime(value.expiresAt)},
            {QStringLiteral("username"), value.username},
            {QStringLiteral("role"), toString(value.role)},
            {QStringLiteral("accountId"), optionalId(value.accountId)}};
}

QJsonObject JsonCodec::encode(const User &value)
{
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("username"), value.username},
            {QStringLiteral("role"), toString(value.role)},
            {QStringLiteral("accountId"), optionalId(value.accountId)},
            {QStringLiteral("createdAt"), dateTime(value.createdAt)}};
}

QJsonObject JsonCodec::problem(const Error &error, int status)
{
    QJsonArray errors;
    for (const FieldError &f : error.fieldErrors)
        errors.append(QJsonObject{{QStringLiteral("field"), f.field}, {QStringLiteral("message"), f.message}});
    const QString code = error.code.isEmpty() ? QStringLiteral("error") : error.code;
    return {{QStringLiteral("type"), QString(QStringLiteral("https://bssdesk.invalid/problems/") + code)},
            {QStringLiteral("title"), error.message},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), error.describe()},
            {QStringLiteral("code"), code},
            {QStringLiteral("errors"), errors}};
}

Error JsonCodec::errorFromProblem(const QByteArray &body, int status)
{
    Error e;
    switch (status) {
    case 400: case 413: case 405: e.kind = ErrorKind::BadRequest; break;
    case 401: e.kind = ErrorKind::Unauthorized; break;
    case 403: e.kind = ErrorKind::Forbidden; break;
    case 404: e.kind = ErrorKind::NotFound; break;
    case 409: e.kind = ErrorKind::Conflict; break;
    case 412: e.kind = ErrorKind::Stale; break;
    case 422: e.kind = ErrorKind::Validation; break;
    case 428: e.kind = ErrorKind::BadRequest; break;
    case 502: case 503: case 504: e.kind = ErrorKind::Unavailable; break;
    default: e.kind = ErrorKind::Internal; break;
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

// --- decoding answers -------------------------------------------------------------------

template<>
Result<Platform> JsonCodec::decode<Platform>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Platform p;
    p.code = r.textOrEmpty(QStringLiteral("code"), Need::Required);
    p.name = r.textOrEmpty(QStringLiteral("name"));
    return finished(r, p);
}

template<>
Result<Product> JsonCodec::decode<Product>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Product p;
    p.id = r.id(QStringLiteral("id")).value_or(0);
    p.code = r.textOrEmpty(QStringLiteral("code"));
    p.name = r.textOrEmpty(QStringLiteral("name"));
    p.platform = r.textOrEmpty(QStringLiteral("platform"));
    p.currency = r.textOrEmpty(QStringLiteral("currency"));
    p.billingPeriod = r.enumValue<BillingPeriod>(QStringLiteral("billingPeriod")).value_or(BillingPeriod::Monthly);
    p.freePeriods = r.intValue(QStringLiteral("freePeriods"), Need::Optional).value_or(0);
    const QJsonObject c = r.raw(QStringLiteral("characteristic")).toObject();
    Reader cr(c, false);
    p.characteristic = cr.textOrEmpty(QStringLiteral("name"));
    p.minSeats = cr.intValue(QStringLiteral("min")).value_or(0);
    p.maxSeats = cr.intValue(QStringLiteral("max")).value_or(0);
    p.step = cr.intValue(QStringLiteral("step")).value_or(1);
    const QJsonArray bands = r.raw(QStringLiteral("bands")).toArray();
    for (const QJsonValue &b : bands) {
        const QJsonObject bo = b.toObject();
        Reader br(bo, false);
        PriceBand band;
        band.from = br.intValue(QStringLiteral("from")).value_or(0);
        band.to = br.intValue(QStringLiteral("to")).value_or(0);
        band.unitPrice = br.money(QStringLiteral("unitPrice"), p.currency).value_or(Money()).minor();
        if (std::optional<Error> e = br.finish())
            return *e;
        p.bands.append(band);
    }
    if (std::optional<Error> e = cr.finish())
        return *e;
    return finished(r, p);
}

template<>
Result<Quote> JsonCodec::decode<Quote>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Quote q;
    const QString currency = r.textOrEmpty(QStringLiteral("currency"));
    q.quoteId = r.textOrEmpty(QStringLiteral("quoteId"));
    q.productId = r.id(QStringLiteral("productId")).value_or(0);
    q.seats = r.intValue(QStringLiteral("seats")).value_or(0);
    q.unitPrice = r.money(QStringLiteral("unitPrice"), currency).value_or(Money());
    q.periodPrice = r.money(QStringLiteral("periodPrice"), currency).value_or(Money());
    q.firstPeriodCharge = r.money(QStringLiteral("firstPeriodCharge"), currency).value_or(Money());
    const QJsonObject band = r.raw(QStringLiteral("band")).toObject();
    q.band.from = band.value(QStringLiteral("from")).toInt();
    q.band.to = band.value(QStringLiteral("to")).toInt();
    q.band.unitPrice = q.unitPrice.minor();
    return finished(r, q);
}

template<>
Result<PlatformSync> JsonCodec::decode<PlatformSync>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    PlatformSync s;
    s.platform = r.textOrEmpty(QStringLiteral("platform"), Need::Required);
    s.status = r.enumValue<SyncStatus>(QStringLiteral("status")).value_or(SyncStatus::UnSynchronized);
    s.email = r.textOrEmpty(QStringLiteral("email"));
    if (!r.isNull(QStringLiteral("role")) && r.has(QStringLiteral("role")))
        s.role = r.enumValue<SyncRole>(QStringLiteral("role"));
    s.parentId = r.id(QStringLiteral("parentId"), Need::Optional);
    s.resellerPinSet = r.boolean(QStringLiteral("resellerPinSet")).value_or(false);
    s.lastError = r.textOrEmpty(QStringLiteral("lastError"));
    s.syncedAt = r.dateTime(QStringLiteral("syncedAt")).value_or(QDateTime());
    return finished(r, s);
}

template<>
Result<Account> JsonCodec::decode<Account>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Account a;
    a.id = r.id(QStringLiteral("id")).value_or(0);
    a.name = r.textOrEmpty(QStringLiteral("name"), Need::Required);
    a.type = r.enumValue<AccountType>(QStringLiteral("type")).value_or(AccountType::Direct);
    a.parentId = r.id(QStringLiteral("parentId"), Need::Optional);
    a.parentName = r.textOrEmpty(QStringLiteral("parentName"));
    a.email = r.textOrEmpty(QStringLiteral("email"));
    a.status = r.textOrEmpty(QStringLiteral("status"));
    a.version = r.integer(QStringLiteral("version"), Need::Required, 0, maxSafeInteger).value_or(0);
    a.createdAt = r.dateTime(QStringLiteral("createdAt")).value_or(QDateTime());
    if (std::optional<Error> e = r.finish())
        return *e;
    Result<QList<PlatformSync>> sync = decodeList<PlatformSync>(o.value(QStringLiteral("sync")));
    if (!sync)
        return sync.error();
    a.sync = std::move(sync).value();
    return a;
}

template<>
Result<Order> JsonCodec::decode<Order>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Order order;
    const QString currency = r.textOrEmpty(QStringLiteral("currency"));
    order.id = r.id(QStringLiteral("id")).value_or(0);
    order.number = r.textOrEmpty(QStringLiteral("number"));
    order.accountId = r.id(QStringLiteral("accountId")).value_or(0);
    order.accountName = r.textOrEmpty(QStringLiteral("accountName"));
    order.status = r.enumValue<OrderStatus>(QStringLiteral("status")).value_or(OrderStatus::Draft);
    order.kind = r.enumValue<OrderKind>(QStringLiteral("kind"), Need::Optional).value_or(OrderKind::New);
    order.subscriptionId = r.id(QStringLiteral("subscriptionId"), Need::Optional);
    order.total = r.money(QStringLiteral("total"), currency).value_or(Money());
    order.canExecute = r.boolean(QStringLiteral("canExecute")).value_or(false);
    order.blockers = stringList(r.raw(QStringLiteral("blockers")));
    order.version = r.integer(QStringLiteral("version"), Need::Required, 0, maxSafeInteger).value_or(0);
    order.createdAt = r.dateTime(QStringLiteral("createdAt")).value_or(QDateTime());
    order.executedAt = r.dateTime(QStringLiteral("executedAt")).value_or(QDateTime());
    order.createdBy = r.textOrEmpty(QStringLiteral("createdBy"));
    const QJsonArray lines = r.raw(QStringLiteral("lines")).toArray();
    for (const QJsonValue &lv : lines) {
        const QJsonObject lo = lv.toObject();
        Reader lr(lo, false);
        OrderLine line;
        line.id = lr.id(QStringLiteral("id")).value_or(0);
        line.productId = lr.id(QStringLiteral("productId")).value_or(0);
        line.productName = lr.textOrEmpty(QStringLiteral("productName"));
        line.platform = lr.textOrEmpty(QStringLiteral("platform"));
        line.seats = lr.intValue(QStringLiteral("seats"), Need::Optional);
        line.complete = lr.boolean(QStringLiteral("complete")).value_or(false);
        line.problems = stringList(lr.raw(QStringLiteral("problems")));
        const QJsonValue band = lr.raw(QStringLiteral("band"));
        line.unitPrice = lr.money(QStringLiteral("unitPrice"), currency).value_or(Money());
        line.periodPrice = lr.money(QStringLiteral("periodPrice"), currency).value_or(Money());
        line.firstPeriodCharge = lr.money(QStringLiteral("firstPeriodCharge"), currency).value_or(Money());
        if (band.isObject()) {
            line.band = PriceBand{band[QStringLiteral("from")].toInt(), band[QStringLiteral("to")].toInt(),
                                  line.unitPrice.minor()};
        }
        if (std::optional<Error> e = lr.finish())
            return *e;
        order.lines.append(line);
    }
    return finished(r, order);
}

template<>
Result<Subscription> JsonCodec::decode<Subscription>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Subscription s;
    const QString currency = r.textOrEmpty(QStringLiteral("currency"));
    s.id = r.id(QStringLiteral("id")).value_or(0);
    s.accountId = r.id(QStringLiteral("accountId")).value_or(0);
    s.accountName = r.textOrEmpty(QStringLiteral("accountName"));
    s.productId = r.id(QStringLiteral("productId")).value_or(0);
    s.productName = r.textOrEmpty(QStringLiteral("productName"));
    s.platform = r.textOrEmpty(QStringLiteral("platform"));
    s.orderId = r.id(QStringLiteral("orderId"), Need::Optional).value_or(0);
    s.seats = r.intValue(QStringLiteral("seats")).value_or(0);
    s.pendingSeats = r.intValue(QStringLiteral("pendingSeats"), Need::Optional);
    s.status = r.enumValue<SubscriptionStatus>(QStringLiteral("status")).value_or(SubscriptionStatus::Active);
    s.provisioningStatus = r.enumValue<ProvisioningStatus>(QStringLiteral("provisioningStatus"))
                               .value_or(ProvisioningStatus::Pending);
    s.lastError = r.textOrEmpty(QStringLiteral("lastError"));
    s.activationKey = r.textOrEmpty(QStringLiteral("activationKey"));
    s.startedAt = r.date(QStringLiteral("startedAt"));
    s.currentPeriodStart = r.date(QStringLiteral("currentPeriodStart"));
    s.currentPeriodEnd = r.date(QStringLiteral("currentPeriodEnd"));
    s.freeUntil = r.date(QStringLiteral("freeUntil"));
    s.recurringPrice = r.money(QStringLiteral("recurringPrice"), currency).value_or(Money());
    return finished(r, s);
}

namespace {
template<typename T>
Result<T> orderWithSubscriptions(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Result<Order> order = JsonCodec::decode<Order>(o.value(QStringLiteral("order")));
    if (!order)
        return order.error();
    Result<QList<Subscription>> subs = JsonCodec::decodeList<Subscription>(o.value(QStringLiteral("subscriptions")));
    if (!subs)
        return subs.error();
    T t;
    t.order = std::move(order).value();
    t.subscriptions = std::move(subs).value();
    return t;
}
} // namespace

template<>
Result<Execution> JsonCodec::decode<Execution>(const QJsonValue &value)
{
    return orderWithSubscriptions<Execution>(value);
}

template<>
Result<Purchase> JsonCodec::decode<Purchase>(const QJsonValue &value)
{
    return orderWithSubscriptions<Purchase>(value);
}

template<>
Result<ConfigurationChange> JsonCodec::decode<ConfigurationChange>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    ConfigurationChange c;
    const QString currency = r.textOrEmpty(QStringLiteral("currency"));
    c.subscriptionId = r.id(QStringLiteral("subscriptionId")).value_or(0);
    c.currentSeats = r.intValue(QStringLiteral("currentSeats")).value_or(0);
    c.newSeats = r.intValue(QStringLiteral("newSeats")).value_or(0);
    c.dryRun = r.boolean(QStringLiteral("dryRun")).value_or(false);
    c.chargeNow = r.money(QStringLiteral("chargeNow"), currency).value_or(Money());
    c.effectiveDate = r.date(QStringLiteral("effectiveDate"));
    c.newRecurringPrice = r.money(QStringLiteral("newRecurringPrice"), currency).value_or(Money());
    c.changeOrderId = r.id(QStringLiteral("changeOrderId"), Need::Optional);
    if (std::optional<Error> e = r.finish())
        return *e;
    Result<Subscription> s = decode<Subscription>(o.value(QStringLiteral("subscription")));
    if (!s)
        return s.error();
    c.subscription = std::move(s).value();
    return c;
}

template<>
Result<AuditEntry> JsonCodec::decode<AuditEntry>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    AuditEntry a;
    a.id = r.id(QStringLiteral("id"), Need::Optional).value_or(0);
    a.at = r.dateTime(QStringLiteral("at")).value_or(QDateTime());
    a.user = r.textOrEmpty(QStringLiteral("user"));
    a.action = r.textOrEmpty(QStringLiteral("action"));
    a.entity = r.textOrEmpty(QStringLiteral("entity"));
    a.entityId = r.integer(QStringLiteral("entityId"), Need::Optional, 0, maxSafeInteger).value_or(0);
    a.field = r.textOrEmpty(QStringLiteral("field"));
    a.before = r.textOrEmpty(QStringLiteral("before"));
    a.after = r.textOrEmpty(QStringLiteral("after"));
    return finished(r, a);
}

template<>
Result<OutboxMessage> JsonCodec::decode<OutboxMessage>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    OutboxMessage m;
    m.id = r.id(QStringLiteral("id")).value_or(0);
    m.accountId = r.id(QStringLiteral("accountId")).value_or(0);
    m.subscriptionId = r.id(QStringLiteral("subscriptionId"), Need::Optional);
    m.recipient = r.textOrEmpty(QStringLiteral("recipient"));
    m.subject = r.textOrEmpty(QStringLiteral("subject"));
    m.body = r.textOrEmpty(QStringLiteral("body"));
    m.createdAt = r.dateTime(QStringLiteral("createdAt")).value_or(QDateTime());
    return finished(r, m);
}

template<>
Result<Session> JsonCodec::decode<Session>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Session s;
    s.token = r.textOrEmpty(QStringLiteral("token"), Need::Required);
    s.expiresAt = r.dateTime(QStringLiteral("expiresAt")).value_or(QDateTime());
    s.username = r.textOrEmpty(QStringLiteral("username"));
    s.role = r.enumValue<UserRole>(QStringLiteral("role")).value_or(UserRole::Agent);
    s.accountId = r.id(QStringLiteral("accountId"), Need::Optional);
    return finished(r, s);
}

template<>
Result<User> JsonCodec::decode<User>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    User u;
    u.id = r.id(QStringLiteral("id")).value_or(0);
    u.username = r.textOrEmpty(QStringLiteral("username"), Need::Required);
    u.role = r.enumValue<UserRole>(QStringLiteral("role")).value_or(UserRole::Agent);
    u.accountId = r.id(QStringLiteral("accountId"), Need::Optional);
    u.createdAt = r.dateTime(QStringLiteral("createdAt")).value_or(QDateTime());
    return finished(r, u);
}

template<>
Result<QString> JsonCodec::decode<QString>(const QJsonValue &value)
{
    if (!value.isString())
        return malformed(QStringLiteral("text"));
    return value.toString();
}

template<>
Result<qint64> JsonCodec::decode<qint64>(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    const std::optional<qint64> count = r.integer(QStringLiteral("count"), Need::Required, 0, maxSafeInteger);
    return finished(r, count.value_or(0));
}

// --- requests ---------------------------------------------------------------------------

QJsonObject JsonCodec::request(const NewAccount &value)
{
    QJsonObject o{{QStringLiteral("name"), value.name}, {QStringLiteral("type"), toString(value.type)}};
    if (value.parentId)
        o.insert(QStringLiteral("parentId"), *value.parentId);
    if (!value.email.isEmpty())
        o.insert(QStringLiteral("email"), value.email);
    return o;
}

QJsonObject JsonCodec::request(const AccountPatch &value)
{
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

QJsonObject JsonCodec::request(const SyncOptionsInput &value)
{
    QJsonObject o{{QStringLiteral("parentId"), optionalId(value.parentId)},
                  {QStringLiteral("email"), value.email},
                  {QStringLiteral("role"), value.role ? QJsonValue(toString(*value.role)) : QJsonValue()}};
    if (!value.resellerPin.isEmpty())
        o.insert(QStringLiteral("resellerPin"), value.resellerPin);
    return o;
}

QJsonObject JsonCodec::request(const AddLineRequest &value)
{
    QJsonObject o{{QStringLiteral("productId"), value.productId}};
    if (value.seats)
        o.insert(QStringLiteral("seats"), *value.seats);
    return o;
}

QJsonObject JsonCodec::request(const ChangeRequest &value)
{
    return {{QStringLiteral("seats"), value.seats}, {QStringLiteral("dryRun"), value.dryRun}};
}

QJsonObject JsonCodec::request(const PurchaseRequest &value)
{
    return {{QStringLiteral("accountId"), value.accountId},
            {QStringLiteral("productId"), value.productId},
            {QStringLiteral("seats"), value.seats},
            {QStringLiteral("quoteId"), value.quoteId}};
}

QJsonObject JsonCodec::request(const LoginRequest &value)
{
    return {{QStringLiteral("username"), value.username}, {QStringLiteral("password"), value.password}};
}

QJsonObject JsonCodec::request(const NewUser &value)
{
    return {{QStringLiteral("username"), value.username},
            {QStringLiteral("password"), value.password},
            {QStringLiteral("role"), toString(value.role)},
            {QStringLiteral("accountId"), optionalId(value.accountId)}};
}

QJsonObject JsonCodec::request(const UserPatch &value)
{
    QJsonObject o;
    if (value.password)
        o.insert(QStringLiteral("password"), *value.password);
    if (value.role)
        o.insert(QStringLiteral("role"), toString(*value.role));
    if (value.clearAccount)
        o.insert(QStringLiteral("accountId"), QJsonValue());
    else if (value.accountId)
        o.insert(QStringLiteral("accountId"), *value.accountId);
    return o;
}

template<>
Result<NewAccount> JsonCodec::readRequest<NewAccount>(const QJsonObject &body)
{
    Reader r(body, true);
    NewAccount a;
    a.name = r.textOrEmpty(QStringLiteral("name"), Need::Required);
    a.type = r.enumValue<AccountType>(QStringLiteral("type")).value_or(AccountType::Direct);
    a.parentId = r.id(QStringLiteral("parentId"), Need::Optional);
    a.email = r.textOrEmpty(QStringLiteral("email"));
    return finished(r, a);
}

template<>
Result<AccountPatch> JsonCodec::readRequest<AccountPatch>(const QJsonObject &body)
{
    Reader r(body, true);
    AccountPatch p;
    if (r.has(QStringLiteral("name")))
        p.name = r.text(QStringLiteral("name"));
    if (r.has(QStringLiteral("email")))
        p.email = r.isNull(QStringLiteral("email")) ? (r.raw(QStringLiteral("email")), QString())
                                                    : r.text(QStringLiteral("email")).value_or(QString());
    if (r.has(QStringLiteral("parentId"))) {
        p.clearParent = r.isNull(QStringLiteral("parentId"));
        p.parentId = r.id(QStringLiteral("parentId"), Need::Optional);
    }
    return finished(r, p);
}

template<>
Result<SyncOptionsInput> JsonCodec::readRequest<SyncOptionsInput>(const QJsonObject &body)
{
    Reader r(body, true);
    SyncOptionsInput s;
    s.parentId = r.id(QStringLiteral("parentId"), Need::Optional);
    s.email = r.textOrEmpty(QStringLiteral("email"));
    s.role = r.enumValue<SyncRole>(QStringLiteral("role"), Need::Optional);
    s.resellerPin = r.textOrEmpty(QStringLiteral("resellerPin"));
    return finished(r, s);
}

template<>
Result<AddLineRequest> JsonCodec::readRequest<AddLineRequest>(const QJsonObject &body)
{
    Reader r(body, true);
    AddLineRequest a;
    a.productId = r.id(QStringLiteral("productId")).value_or(0);
    if (r.has(QStringLiteral("seats")) && r.isNull(QStringLiteral("seats")))
        r.raw(QStringLiteral("seats")); // null: a line without seats yet
    else
        a.seats = r.intValue(QStringLiteral("seats"), Need::Optional);
    return finished(r, a);
}

template<>
Result<ChangeRequest> JsonCodec::readRequest<ChangeRequest>(const QJsonObject &body)
{
    Reader r(body, true);
    ChangeRequest c;
    c.seats = r.intValue(QStringLiteral("seats")).value_or(0);
    c.dryRun = r.boolean(QStringLiteral("dryRun")).value_or(false);
    return finished(r, c);
}

template<>
Result<PurchaseRequest> JsonCodec::readRequest<PurchaseRequest>(const QJsonObject &body)
{
    Reader r(body, true);
    PurchaseRequest p;
    p.accountId = r.id(QStringLiteral("accountId")).value_or(0);
    p.productId = r.id(QStringLiteral("productId")).value_or(0);
    p.seats = r.intValue(QStringLiteral("seats")).value_or(0);
    p.quoteId = r.textOrEmpty(QStringLiteral("quoteId"), Need::Required);
    return finished(r, p);
}

template<>
Result<LoginRequest> JsonCodec::readRequest<LoginRequest>(const QJsonObject &body)
{
    Reader r(body, true);
    LoginRequest l;
    l.username = r.textOrEmpty(QStringLiteral("username"), Need::Required);
    l.password = r.textOrEmpty(QStringLiteral("password"), Need::Required);
    return finished(r, l);
}

template<>
Result<NewUser> JsonCodec::readRequest<NewUser>(const QJsonObject &body)
{
    Reader r(body, true);
    NewUser u;
    u.username = r.textOrEmpty(QStringLiteral("username"), Need::Required);
    u.password = r.textOrEmpty(QStringLiteral("password"), Need::Required);
    u.role = r.enumValue<UserRole>(QStringLiteral("role")).value_or(UserRole::Agent);
    u.accountId = r.id(QStringLiteral("accountId"), Need::Optional);
    return finished(r, u);
}

template<>
Result<UserPatch> JsonCodec::readRequest<UserPatch>(const QJsonObject &body)
{
    Reader r(body, true);
    UserPatch p;
    p.password = r.text(QStringLiteral("password"), Need::Optional);
    p.role = r.enumValue<UserRole>(QStringLiteral("role"), Need::Optional);
    if (r.has(QStringLiteral("accountId"))) {
        p.clearAccount = r.isNull(QStringLiteral("accountId"));
        p.accountId = r.id(QStringLiteral("accountId"), Need::Optional);
    }
    return finished(r, p);
}

Result<int> JsonCodec::readSeats(const QJsonObject &body)
{
    Reader r(body, true);
    const std::optional<int> seats = r.intValue(QStringLiteral("seats"));
    return finished(r, seats.value_or(0));
}

Result<Id> JsonCodec::readAccountId(const QJsonObject &body)
{
    Reader r(body, true);
    const std::optional<Id> id = r.id(QStringLiteral("accountId"));
    return finished(r, id.value_or(0));
}

} // namespace bss
