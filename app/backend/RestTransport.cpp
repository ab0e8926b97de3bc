// RestBackend: the network thread, the session and the HTTP exchange.
#include "app/backend/RestBackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QUuid>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcRest, "bss.rest")

namespace bss {

// Owns the QNetworkAccessManager on the network thread. Everything it does runs there.
class RestWorker : public QObject {
public:
    QNetworkAccessManager *manager() {
        if (!m_manager)
            m_manager = new QNetworkAccessManager(this);
        return m_manager;
    }
    int m_timeoutMs = 30000;
#if QT_CONFIG(ssl)
    void addCas(const QList<QSslCertificate> &certs) {
        // The system's roots are read once here: a configuration with extra CAs no longer
        // loads them on demand, and the team's CA is meant to be trusted besides them.
        if (!m_ssl)
            m_ssl = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> all = m_ssl->caCertificates();
        if (all.isEmpty())
            all = QSslConfiguration::systemCaCertificates();
        m_ssl->setCaCertificates(all + certs);
    }
    // Set once CA certificates were added; requests to https URLs use it.
    std::optional<QSslConfiguration> m_ssl;
#endif

private:
    QNetworkAccessManager *m_manager = nullptr;
};

RestBackend::RestBackend(QUrl serverUrl, QObject *parent)
    : Backend(parent)
    , m_baseUrl(std::move(serverUrl))
    , m_worker(new RestWorker) {
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/api/v1")))
        path += QStringLiteral("/api/v1");
    m_baseUrl.setPath(path);
    m_thread.setObjectName(QStringLiteral("bss-rest"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

RestBackend::~RestBackend() {
    m_thread.quit();
    m_thread.wait();
}

Result<Done> RestBackend::addCaCertificates(const QString &pemFile) {
#if QT_CONFIG(ssl)
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::validation({{QStringLiteral("caFile"), tr("Cannot read %1.").arg(pemFile)}});
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return Error::validation(
            {{QStringLiteral("caFile"), tr("%1 holds no PEM certificate.").arg(pemFile)}});
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, certs] { worker->addCas(certs); },
        Qt::BlockingQueuedConnection);
    return Done{};
#else
    Q_UNUSED(pemFile)
    return Error::validation({{QStringLiteral("caFile"), tr("This build has no TLS support.")}});
#endif
}

void RestBackend::setTimeout(int milliseconds) {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, milliseconds] { worker->m_timeoutMs = milliseconds; },
        Qt::QueuedConnection);
}

QString RestBackend::describe() const {
    const Session s = session();
    const QString where = m_baseUrl.toDisplayString(QUrl::RemovePath | QUrl::RemoveUserInfo);
    return s.token.isEmpty() ? tr("Server: %1").arg(where)
                             : tr("Server: %1 (%2)").arg(where, s.username);
}

Actor RestBackend::actor() const {
    const Session s = session();
    return Actor{s.username, s.role, s.accountId};
}

void RestBackend::setSession(const Session &session) {
    QMutexLocker lock(&m_mutex);
    m_session = session;
}

Session RestBackend::session() const {
    QMutexLocker lock(&m_mutex);
    return m_session;
}

bool RestBackend::isLoggedIn() const {
    return !session().token.isEmpty();
}

void RestBackend::logout() {
    setSession({});
}

QString RestBackend::pathText(const QString &text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// --- transport ----------------------------------------------------------------------------

void RestBackend::dispatch(Call call, std::function<void(const Reply &)> done) {
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + call.path, QUrl::StrictMode);
    if (!call.query.isEmpty())
        url.setQuery(call.query);
    const QString token = session().token;

    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, url, token, call = std::move(call), done = std::move(done)] {
            QNetworkRequest request(url);
            request.setTransferTimeout(worker->m_timeoutMs);
            request.setRawHeader("Accept", "application/json");
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            if (call.ifMatch)
                request.setRawHeader("If-Match", '"' + QByteArray::number(*call.ifMatch) + '"');
            if (call.idempotent)
                request.setRawHeader("Idempotency-Key",
                                     QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
#if QT_CONFIG(ssl)
            if (worker->m_ssl && url.scheme() == QLatin1String("https"))
                request.setSslConfiguration(*worker->m_ssl);
#endif
            QByteArray payload;
            if (call.body) {
                payload = JsonCodec::serialize(*call.body);
                request.setHeader(QNetworkRequest::ContentTypeHeader,
                                  QByteArrayLiteral("application/json"));
            }
            QNetworkReply *reply =
                worker->manager()->sendCustomRequest(request, call.verb, payload);
            QObject::connect(reply, &QNetworkReply::finished, worker, [reply, done] {
                reply->deleteLater();
                Reply r;
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                if (status.isValid()) {
                    r.status = status.toInt();
                    r.body = reply->readAll();
                } else {
                    r.networkError = reply->errorString();
                    r.tlsFailed = reply->error() == QNetworkReply::SslHandshakeFailedError;
                }
                done(r);
            });
        },
        Qt::QueuedConnection);
}

Error RestBackend::replyError(const Reply &reply, bool hadToken) {
    if (reply.status == 0) {
        Error e;
        e.kind = ErrorKind::Unavailable;
        e.code = QStringLiteral("unavailable");
        if (reply.tlsFailed) {
            e.code = QStringLiteral("tls-untrusted");
            e.message = tr("The server %1 has a certificate this computer does not trust: %2")
                            .arg(m_baseUrl.host(), reply.networkError);
        } else {
            e.message =
                tr("The server %1 cannot be reached: %2").arg(m_baseUrl.host(), reply.networkError);
        }
        qCWarning(lcRest) << "network failure:" << reply.networkError;
        return e;
    }
    Error e = JsonCodec::errorFromProblem(reply.body, reply.status);
    if (reply.status == 412 && e.message.isEmpty())
        e = Error::stale(tr("record"));
    // Each call sends a key of its own, so this means a proxy or the server mixed two requests
    // up: say that this one was not carried out rather than show a header's name.
    if (e.code == QLatin1String("idempotency-key-mismatch")) {
        e.fieldErrors.clear();
        e.message = tr("The server took this request for a repeat of a different one and did "
                       "not carry it out; nothing was changed. Try again.");
    }
    if (reply.status == 401 && hadToken)
        Q_EMIT sessionExpired();
    return e;
}

Result<QJsonValue> RestBackend::payload(const Reply &reply, bool hadToken) {
    if (reply.status < 200 || reply.status >= 300)
        return replyError(reply, hadToken);
    if (reply.status == 204)
        return QJsonValue(); // No Content: a delete
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return JsonCodec::malformed(QStringLiteral("JSON"));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace bss
