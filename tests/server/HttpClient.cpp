#include "tests/server/HttpClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace bss::test {

QJsonObject HttpReply::json() const { return QJsonDocument::fromJson(body).object(); }
QJsonArray HttpReply::array() const { return QJsonDocument::fromJson(body).array(); }

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList HttpReply::errorFields() const
{
    QStringList fields;
    const QJsonArray errors = json().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &e : errors)
        fields.append(e.toObject().value(QStringLiteral("field")).toString());
    return fields;
}

QString HttpClient::login(const QString &user, const QString &password)
{
    const HttpReply r = post(QStringLiteral("/auth/token"),
                             {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
    m_token = r.json().value(QStringLiteral("token")).toString();
    return m_token;
}

HttpReply HttpClient::send(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + (question < 0 ? path : path.left(question)));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
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

HttpReply HttpClient::post(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply HttpClient::put(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply HttpClient::patch(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpClient::Headers HttpClient::ifMatch(qint64 version)
{
    return {{QByteArrayLiteral("If-Match"), '"' + QByteArray::number(version) + '"'}};
}

} // namespace bss::test
