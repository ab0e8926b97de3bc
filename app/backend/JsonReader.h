#pragma once

// Internal to the JSON codec (JsonCodec*.cpp): the field-by-field reader and small helpers.

#include "app/backend/JsonCodec.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>
#include <limits>

namespace bss::json {

inline QString tr(const char *text) {
    return QCoreApplication::translate("bss::JsonCodec", text);
}

// JSON numbers are doubles: integers are exact up to 2^53.
constexpr double maxSafeInteger = 9007199254740991.0;

// Reads one JSON object field by field and collects every reason it is not acceptable.
// Strict readers (request bodies) also refuse fields nobody asked for.
class Reader {
public:
    enum class Need { Required, Optional };

    Reader(const QJsonObject &object, bool strict)
        : m_object(object)
        , m_strict(strict) {}

    bool has(const QString &name) const { return m_object.contains(name); }
    bool isNull(const QString &name) const { return m_object.value(name).isNull(); }

    std::optional<QString> text(const QString &name, Need need = Need::Required) {
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
    QString textOrEmpty(const QString &name, Need need = Need::Optional) {
        return text(name, need).value_or(QString());
    }

    std::optional<qint64> integer(const QString &name, Need need, double min, double max) {
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

    std::optional<Id> id(const QString &name, Need need = Need::Required) {
        // Requests name existing records (1 and up); answers may carry 0 for "none".
        return integer(name, need, m_strict ? 1 : 0, maxSafeInteger);
    }

    std::optional<int> intValue(const QString &name, Need need = Need::Required) {
        const auto v =
            integer(name, need, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        return v ? std::optional<int>(int(*v)) : std::nullopt;
    }

    std::optional<bool> boolean(const QString &name, Need need = Need::Optional) {
        const QJsonValue v = take(name, need);
        if (v.isUndefined() || (v.isNull() && need == Need::Optional))
            return std::nullopt;
        if (!v.isBool()) {
            wrongType(name, tr("true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    template <typename E>
    std::optional<E> enumValue(const QString &name, Need need = Need::Required) {
        const std::optional<QString> s = text(name, need);
        if (!s)
            return std::nullopt;
        const std::optional<E> e = fromString<E>(*s);
        if (!e)
            m_reasons.append({name, tr("%1 has an unknown value \"%2\".").arg(name, s->left(40))});
        return e;
    }

    std::optional<Money> money(const QString &name, const QString &currency) {
        const std::optional<QString> s = text(name, Need::Optional);
        if (!s)
            return Money(0, currency);
        const std::optional<Money> m = Money::fromDecimalString(*s, currency);
        if (!m)
            m_reasons.append({name, tr("%1 is not an amount.").arg(name)});
        return m;
    }

    std::optional<QDateTime> dateTime(const QString &name) {
        const std::optional<QString> s = text(name, Need::Optional);
        if (!s || s->isEmpty())
            return QDateTime();
        const std::optional<QDateTime> t = JsonCodec::parseDateTime(*s);
        if (!t)
            m_reasons.append({name, tr("%1 is not an ISO 8601 time.").arg(name)});
        return t;
    }

    QDate date(const QString &name) {
        const std::optional<QString> s = text(name, Need::Optional);
        if (!s || s->isEmpty())
            return {};
        const QDate d = QDate::fromString(*s, Qt::ISODate);
        if (!d.isValid())
            m_reasons.append({name, tr("%1 is not an ISO 8601 date.").arg(name)});
        return d;
    }

    QJsonValue raw(const QString &name) {
        m_seen.insert(name);
        return m_object.value(name);
    }

    void addReason(const QString &field, const QString &message) {
        m_reasons.append({field, message});
    }

    // Every reason at once; unknown fields included for strict readers.
    std::optional<Error> finish() {
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
    QJsonValue take(const QString &name, Need need) {
        m_seen.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() && need == Need::Required)
            m_reasons.append({name, tr("%1 is required.").arg(name)});
        else if (v.isNull() && need == Need::Required)
            m_reasons.append({name, tr("%1 must not be null.").arg(name)});
        return v;
    }

    void wrongType(const QString &name, const QString &expected) {
        m_reasons.append({name, tr("%1 must be %2.").arg(name, expected)});
    }

    const QJsonObject &m_object;
    bool m_strict;
    QSet<QString> m_seen;
    QList<FieldError> m_reasons;
};

using Need = Reader::Need;

inline QJsonValue optionalId(const std::optional<Id> &id) {
    return id ? QJsonValue(*id) : QJsonValue();
}
inline QJsonValue optionalInt(const std::optional<int> &v) {
    return v ? QJsonValue(*v) : QJsonValue();
}
inline QJsonValue nonEmpty(const QString &s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

inline QJsonArray stringArray(const QStringList &list) {
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

inline QStringList stringList(const QJsonValue &v) {
    QStringList list;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a)
        list.append(item.toString());
    return list;
}

inline QJsonObject bandJson(const PriceBand &band, bool withPrice, const QString &currency = {}) {
    QJsonObject o{{QStringLiteral("from"), band.from}, {QStringLiteral("to"), band.to}};
    if (withPrice)
        o.insert(QStringLiteral("unitPrice"), Money(band.unitPrice, currency).toDecimalString());
    return o;
}

template <typename T> Result<T> finished(Reader &reader, T value) {
    if (std::optional<Error> e = reader.finish())
        return *e;
    return value;
}

} // namespace bss::json
