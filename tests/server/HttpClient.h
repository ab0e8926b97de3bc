#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <utility>

namespace bss::test {

struct HttpReply {
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    QJsonArray array() const;
    QByteArray header(const QByteArray &name) const;
    // The problem+json "errors" fields, for checking that every reason is listed.
    QStringList errorFields() const;
};

// Raw HTTP against bssdesk-server for the tests that check statuses and headers. Waits in a
// local event loop; the server is another process.
class HttpClient {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpClient(QUrl apiBase)
        : m_base(std::move(apiBase)) {}
    void setToken(const QString &token) { m_token = token; }
    QString login(const QString &user, const QString &password = QStringLiteral("password-123"));

    HttpReply send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                   const Headers &headers = {});
    HttpReply get(const QString &path) { return send("GET", path); }
    HttpReply post(const QString &path, const QJsonObject &body, const Headers &headers = {});
    HttpReply put(const QString &path, const QJsonObject &body, const Headers &headers = {});
    HttpReply patch(const QString &path, const QJsonObject &body, const Headers &headers = {});
    HttpReply del(const QString &path, const Headers &headers = {}) {
        return send("DELETE", path, {}, headers);
    }

    static Headers ifMatch(qint64 version);

    // Sends all requests at once (several connections) and waits for every answer.
    struct Request {
        QByteArray verb;
        QString path;
        QByteArray body;
        Headers headers;
    };
    QList<HttpReply> parallel(const QList<Request> &requests);
    // The same through several clients (other servers, other users, more connections than one
    // client opens to a server): all sent at once, the answers in the order of the requests.
    static QList<HttpReply> parallel(const QList<std::pair<HttpClient *, Request>> &requests);

private:
    QNetworkReply *start(const Request &request);
    static HttpReply collect(QNetworkReply *reply);
    QNetworkAccessManager m_manager;
    QUrl m_base;
    QString m_token;
};

} // namespace bss::test
