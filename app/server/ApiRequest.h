#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

namespace bss {

struct HttpRequest;

// One request as a controller sees it: the route's parameters, the query, the body and the
// Actor that the bearer token names. The helpers turn client mistakes into the 4xx Error the
// API promises (a malformed id in the path is a 404, like any id nobody can see).
class ApiRequest {
public:
    explicit ApiRequest(const HttpRequest &raw);

    const QByteArray &method() const { return m_method; }
    const QString &path() const { return m_path; }
    QByteArray header(const QByteArray &name) const;
    // The client's address ("127.0.0.1"), for throttling per address.
    QString clientAddress() const;
    const QByteArray &body() const { return m_body; }

    const Actor &actor() const { return m_actor; }
    std::optional<Id> userId() const { return m_userId; }
    void setActor(Actor actor, std::optional<Id> userId) {
        m_actor = std::move(actor);
        m_userId = userId;
    }

    void setParams(QStringList params) { m_params = std::move(params); }
    QString param(int index) const { return m_params.value(index); }
    // A path id: a positive integer, else NotFound.
    Result<Id> idParam(int index, const QString &what) const;

    // The body as a JSON object (BadRequest if it is not one; an empty body is {}).
    Result<QJsonObject> json() const;
    // If-Match "<version>": 428 when missing, 400 when not a version.
    Result<qint64> ifMatch() const;

    // Query parameters, read strictly: call the readers, then finishQuery() refuses
    // parameters nobody read and reports every malformed value at once.
    QString text(const QString &name);
    std::optional<Id> id(const QString &name);
    template <typename E> std::optional<E> enumValue(const QString &name) {
        const QString s = text(name);
        if (s.isEmpty())
            return std::nullopt;
        const std::optional<E> e = fromString<E>(s);
        if (!e)
            badQuery(name, QStringLiteral("%1 has an unknown value.").arg(name));
        return e;
    }
    int limit();
    QString cursor() { return text(QStringLiteral("cursor")); }
    qint64 offset();
    bool flag(const QString &name);
    // limit, cursor, offset and fromEnd of a list that can be entered at any position
    template <typename Query> void window(Query &query) {
        query.limit = limit();
        query.cursor = cursor();
        query.offset = offset();
        query.fromEnd = flag(QStringLiteral("fromEnd"));
    }
    std::optional<Error> finishQuery();

private:
    void badQuery(const QString &name, const QString &message) {
        m_queryProblems.append({name, message});
    }

    const HttpRequest &m_raw;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    QUrlQuery m_query;
    QSet<QString> m_readParams;
    QList<FieldError> m_queryProblems;
    QStringList m_params;
    Actor m_actor;
    std::optional<Id> m_userId;
};

} // namespace bss
