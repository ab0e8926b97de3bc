#include "app/server/ApiRequest.h"

#include "app/backend/JsonCodec.h"
#include "app/domain/Limits.h"
#include "app/server/HttpRequest.h"

#include <QCoreApplication>

namespace bss {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("bss::ApiRequest", text);
}
constexpr qint64 maxSafeInteger = 9007199254740991LL;
constexpr qint64 maxOffset = 1'000'000'000LL;

std::optional<qint64> positiveInteger(const QString &text) {
    if (text.isEmpty() || text.size() > 16)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const qint64 v = text.toLongLong();
    if (v < 1 || v > maxSafeInteger)
        return std::nullopt;
    return v;
}
} // namespace

ApiRequest::ApiRequest(const HttpRequest &raw)
    : m_raw(raw)
    , m_method(raw.method)
    , m_path(raw.path)
    , m_body(raw.body)
    , m_query(raw.query) {}

QByteArray ApiRequest::header(const QByteArray &name) const {
    return m_raw.header(name);
}

QString ApiRequest::clientAddress() const {
    return m_raw.peer.toString();
}

Result<Id> ApiRequest::idParam(int index, const QString &what) const {
    const std::optional<qint64> v = positiveInteger(param(index));
    if (!v)
        return Error::notFound(what);
    return *v;
}

Result<QJsonObject> ApiRequest::json() const {
    if (m_body.trimmed().isEmpty())
        return QJsonObject();
    return JsonCodec::parseObject(m_body);
}

Result<qint64> ApiRequest::ifMatch() const {
    QByteArray value = header("If-Match").trimmed();
    if (value.isEmpty()) {
        Error e;
        e.kind = ErrorKind::BadRequest;
        e.code = QStringLiteral("precondition-required");
        e.message = tr("This update needs the If-Match header with the version you last read.");
        return e;
    }
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    if (!ok || version < 0)
        return JsonCodec::badRequest(
            {{QStringLiteral("If-Match"), tr("If-Match must be an ETag such as \"3\".")}});
    return version;
}

QString ApiRequest::text(const QString &name) {
    m_readParams.insert(name);
    const QStringList all = m_query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (all.size() > 1)
        badQuery(name, tr("%1 is given more than once.").arg(name));
    const QString value = all.value(0);
    if (value.size() > limits::maxTextLength)
        badQuery(name, tr("%1 is too long.").arg(name));
    else {
        for (const QChar c : value) {
            if (c.category() == QChar::Other_Control) {
                badQuery(name, tr("%1 must not contain control characters.").arg(name));
                break;
            }
        }
    }
    return value;
}

std::optional<Id> ApiRequest::id(const QString &name) {
    const QString s = text(name);
    if (s.isEmpty())
        return std::nullopt;
    const std::optional<qint64> v = positiveInteger(s);
    if (!v)
        badQuery(name, tr("%1 must be a positive whole number.").arg(name));
    return v;
}

int ApiRequest::limit() {
    const QString s = text(QStringLiteral("limit"));
    if (s.isEmpty())
        return limits::defaultPageSize;
    const std::optional<qint64> v = positiveInteger(s);
    if (!v || *v > limits::maxPageSize) {
        badQuery(QStringLiteral("limit"),
                 tr("limit must be a whole number from 1 to %1.").arg(limits::maxPageSize));
        return limits::defaultPageSize;
    }
    return int(*v);
}

qint64 ApiRequest::offset() {
    const QString s = text(QStringLiteral("offset"));
    if (s.isEmpty() || s == QLatin1String("0"))
        return 0;
    const std::optional<qint64> v = positiveInteger(s);
    if (!v || *v > maxOffset) {
        badQuery(QStringLiteral("offset"),
                 tr("offset must be a whole number from 0 to %1.").arg(maxOffset));
        return 0;
    }
    return *v;
}

bool ApiRequest::flag(const QString &name) {
    const QString s = text(name);
    if (s.isEmpty() || s == QLatin1String("false"))
        return false;
    if (s != QLatin1String("true"))
        badQuery(name, tr("%1 must be true or false.").arg(name));
    return s == QLatin1String("true");
}

std::optional<Error> ApiRequest::finishQuery() {
    const auto items = m_query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!m_readParams.contains(key))
            badQuery(key.left(40), tr("Unknown query parameter \"%1\".").arg(key.left(40)));
    }
    if (m_queryProblems.isEmpty())
        return std::nullopt;
    return JsonCodec::badRequest(m_queryProblems);
}

} // namespace bss
