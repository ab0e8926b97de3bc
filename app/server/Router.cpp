#include "app/server/Router.h"

#include <limits>

namespace bss {

namespace {
QStringList split(const QString &path) {
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}
bool isParam(const QString &segment) {
    return segment.startsWith(QLatin1Char('{'));
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, Access access,
                 Replay replay) {
    m_routes.append(Route{method, pattern, split(pattern), std::move(handler), access, replay, {}});
}

void Router::addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler,
                      Access access) {
    m_routes.append(
        Route{method, pattern, split(pattern), {}, access, Replay::No, std::move(handler)});
}

bool Router::matches(const Route &route, const QStringList &segments, QStringList *params) {
    if (route.segments.size() != segments.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (isParam(route.segments.at(i)))
            captured.append(segments.at(i));
        else if (route.segments.at(i) != segments.at(i))
            return false;
    }
    *params = captured;
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const {
    const QStringList segments = split(path);
    Match result;
    // Literal segments win over parameters: /accounts/count before /accounts/{id}.
    qsizetype bestParams = std::numeric_limits<qsizetype>::max();
    qsizetype bestAnyMethod = std::numeric_limits<qsizetype>::max();
    for (const Route &route : m_routes) {
        QStringList params;
        if (!matches(route, segments, &params))
            continue;
        if (params.size() < bestAnyMethod) {
            bestAnyMethod = params.size();
            result.allowed.clear();
            result.knownPublicPath = false;
        }
        if (params.size() == bestAnyMethod) {
            result.allowed.append(route.method);
            result.knownPublicPath = result.knownPublicPath || route.access == Access::Public;
        }
        if (route.method == method && params.size() < bestParams) {
            bestParams = params.size();
            result.route = &route;
            result.params = params;
        }
    }
    // A more literal route of another method matches better (PUT /accounts/count is a wrong
    // method on /accounts/count, not a PUT of the account "count").
    if (result.route && result.params.size() > bestAnyMethod)
        result.route = nullptr;
    return result;
}

QStringList Router::operations() const {
    QStringList list;
    for (const Route &route : m_routes)
        list.append(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);
    return list;
}

} // namespace bss
