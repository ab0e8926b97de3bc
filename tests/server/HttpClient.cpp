#include "tests/server/HttpClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace bss::test {

QJsonObject HttpReply::json() const {
    return QJsonDocument::fromJson(body).object();
}
QJsonArray HttpReply::array() const {
    return QJsonDocument::fromJson(body).array();
}

QByteArray HttpReply::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList HttpReply::errorFields() const {
    QStringList fields;
    const QJsonArray errors = json().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &e : errors)
        fields.append(e.toObject().value(QStringLiteral("field")).toString());
    return fields;
}

QString HttpClient::login(const QString &user, const QString &password) {
    const HttpReply r =
        post(QStringLiteral("/auth/token"),
             {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
    m_token = r.json().value(QStringLiteral("token")).toString();
    return m_token;
}

QNetworkReply *HttpClient::start(const Request &r) {
    QUrl url = m_base;
    const qsizetype question = r.path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + (question < 0 ? r.path : r.path.left(question)));
    if (question >= 0)
        url.setQuery(r.path.mid(question + 1));
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!r.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    return m_manager.sendCustomRequest(request, r.verb, r.body);
}

HttpReply HttpClient::collect(QNetworkReply *reply) {
    HttpReply r;
    if (reply->isFinished()) {
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        const auto raw = reply->rawHeaderPairs();
        for (const auto &pair : raw)
            r.headers.append(pair);
    }
    reply->deleteLater();
    return r;
}

HttpReply HttpClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                           const Headers &headers) {
    return parallel({Request{verb, path, body, headers}}).constFirst();
}

QList<HttpReply> HttpClient::parallel(const QList<Request> &requests) {
    QList<std::pair<HttpClient *, Request>> mine;
    for (const Request &r : requests)
        mine.append({this, r});
    return parallel(mine);
}

QList<HttpReply> HttpClient::parallel(const QList<std::pair<HttpClient *, Request>> &requests) {
    QList<QNetworkReply *> replies;
    for (const auto &[client, r] : requests)
        replies.append(client->start(r));
    QEventLoop loop;
    int pending = int(replies.size());
    for (QNetworkReply *reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&loop, &pending] {
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    QList<HttpReply> results;
    for (QNetworkReply *reply : replies)
        results.append(collect(reply));
    return results;
}

HttpReply HttpClient::post(const QString &path, const QJsonObject &body, const Headers &headers) {
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply HttpClient::put(const QString &path, const QJsonObject &body, const Headers &headers) {
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply HttpClient::patch(const QString &path, const QJsonObject &body, const Headers &headers) {
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpClient::Headers HttpClient::ifMatch(qint64 version) {
    return {{QByteArrayLiteral("If-Match"), '"' + QByteArray::number(version) + '"'}};
}

} // namespace bss::test
