#include "app/server/HttpConnection.h"

#include "app/backend/JsonCodec.h"

#include <QHash>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUrl>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace bss {

namespace {

// Qt's own read buffer per socket: what arrives beyond it waits in the kernel (TCP flow control).
constexpr qint64 socketBuffer = 64 * 1024;
// A chunk-size line or trailer line longer than this is no honest client's.
constexpr qsizetype maxChunkLine = 1024;
// What a refused client may still send while its answer is read; beyond, the connection ends.
constexpr qint64 maxLingerBytes = 8 * 1024 * 1024;

QByteArray reason(int status) {
    static const QHash<int, QByteArray> reasons{{100, "Continue"},
                                                {200, "OK"},
                                                {201, "Created"},
                                                {204, "No Content"},
                                                {304, "Not Modified"},
                                                {400, "Bad Request"},
                                                {401, "Unauthorized"},
                                                {403, "Forbidden"},
                                                {404, "Not Found"},
                                                {405, "Method Not Allowed"},
                                                {408, "Request Timeout"},
                                                {409, "Conflict"},
                                                {412, "Precondition Failed"},
                                                {413, "Content Too Large"},
                                                {414, "URI Too Long"},
                                                {422, "Unprocessable Content"},
                                                {428, "Precondition Required"},
                                                {429, "Too Many Requests"},
                                                {431, "Request Header Fields Too Large"},
                                                {500, "Internal Server Error"},
                                                {501, "Not Implemented"},
                                                {503, "Service Unavailable"},
                                                {505, "HTTP Version Not Supported"}};
    return reasons.value(status, QByteArrayLiteral("Status"));
}

bool isToken(const QByteArray &name) {
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

std::optional<qint64> decimal(const QByteArray &text) {
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpHandler &handler, const HttpLimits &limits,
                               std::shared_ptr<ConnectionCount> count,
                               std::shared_ptr<ReservedSlot> reserved, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
    , m_count(std::move(count))
    , m_reserved(std::move(reserved))
    , m_restricted(m_reserved != nullptr) {
    m_socket->setParent(this);
    m_socket->setReadBufferSize(socketBuffer);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::pump);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::afterWrite);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::closeNow);
    // A failed TLS handshake, a reset: nothing more can be read or written.
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpConnection::closeNow);
#if QT_CONFIG(ssl)
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::afterWrite);
#endif
}

HttpConnection::~HttpConnection() {
    if (m_reserved)
        m_reserved->open = false;
    if (m_count)
        --m_count->open;
}

void HttpConnection::start() {
    // A new connection has the header timeout for its first request: silence is a slow head.
    arm(m_limits.headerTimeout);
    pump();
}

void HttpConnection::arm(std::chrono::milliseconds timeout) {
    m_deadline.start(timeout);
}

qint64 HttpConnection::pendingOutput() const {
    qint64 pending = m_socket->bytesToWrite();
#if QT_CONFIG(ssl)
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket))
        pending += ssl->encryptedBytesToWrite();
#endif
    return pending;
}

void HttpConnection::pump() {
    for (;;) {
        switch (m_state) {
        case State::Waiting:
        case State::Head:
            if (!readHead())
                return;
            break;
        case State::Body:
            if (!(m_framing == Framing::Chunked ? readChunks() : readBody()))
                return;
            break;
        case State::Lingering: {
            const QByteArray discarded = m_socket->read(socketBuffer);
            m_lingered += discarded.size();
            if (m_lingered > maxLingerBytes)
                closeNow();
            else if (!discarded.isEmpty())
                continue;
            return;
        }
        case State::Handling:
        case State::Writing:
        case State::Closed:
            return;
        }
    }
}

// True when the head is complete and the request moved on; false while more must arrive (or
// the request was refused).
bool HttpConnection::readHead() {
    const qint64 room = m_limits.maxHead + 4 - m_buffer.size();
    if (room > 0)
        m_buffer += m_socket->read(room);
    // Empty lines between requests are allowed before a request line.
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    if (m_buffer.isEmpty())
        return false;
    if (m_state == State::Waiting) {
        m_state = State::Head;
        if (m_served) // from the first byte of a further request on, its head has this long
            arm(m_limits.headerTimeout);
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    const qsizetype lineEnd = m_buffer.indexOf('\n');
    if ((lineEnd < 0 ? m_buffer.size() : lineEnd) > m_limits.maxRequestLine) {
        refuse(414, "uri-too-long",
               tr("The request line is longer than %1 bytes.").arg(m_limits.maxRequestLine));
        return false;
    }
    if ((end < 0 && m_buffer.size() > m_limits.maxHead) || end + 4 > m_limits.maxHead) {
        refuse(431, "headers-too-large",
               tr("The request headers are larger than %1 KiB.").arg(m_limits.maxHead / 1024));
        return false;
    }
    if (end < 0)
        return false;
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    if (!parseHead(head))
        return false;
    admit();
    return m_state != State::Lingering && m_state != State::Closed;
}

bool HttpConnection::parseRequestLine(const QByteArray &line) {
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/') ||
        !parts[2].startsWith("HTTP/1.")) {
        refuse(400, "bad-request", tr("The request line is not HTTP/1.1."));
        return false;
    }
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
        refuse(505, "http-version", tr("Only HTTP/1.1 is served."));
        return false;
    }
    const QUrl url = QUrl::fromEncoded(QByteArrayLiteral("http://host") + parts[1]);
    if (!url.isValid()) {
        refuse(400, "bad-request", tr("The request target is not a valid URL."));
        return false;
    }
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.path = url.path();
    m_request.query = QUrlQuery(url);
    m_http10 = parts[2] == "HTTP/1.0";
    m_closeAfter = m_http10; // unless it asks for keep-alive, below
    return true;
}

bool HttpConnection::parseHead(const QByteArray &head) {
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    m_request.peer = m_socket->peerAddress();
    m_request.restricted = m_restricted;
    if (!parseRequestLine(lines.first()))
        return false;
    if (lines.size() - 1 > m_limits.maxHeaders) {
        refuse(431, "headers-too-large",
               tr("The request has more than %1 headers.").arg(m_limits.maxHeaders));
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // Folded lines (a leading blank) and names with blanks are refused, as RFC 9112 asks.
        if (colon <= 0 || !isToken(line.left(colon))) {
            refuse(400, "bad-request", tr("A request header is malformed."));
            return false;
        }
        m_request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    if (m_limits.trustedProxies.contains(m_request.peer)) {
        // The proxy appends the address it got the request from: the last one is trustworthy.
        const QByteArray forwarded = m_request.header("X-Forwarded-For");
        const QHostAddress client(QString::fromLatin1(forwarded.split(',').last().trimmed()));
        if (!client.isNull())
            m_request.peer = client;
    }
    const QByteArray connection = m_request.header("Connection").toLower();
    if (connection.contains("close"))
        m_closeAfter = true;
    else if (connection.contains("keep-alive"))
        m_closeAfter = false;
    if (m_restricted)
        m_closeAfter = true;
    return parseFraming();
}

// Content-Length or chunked, never both (a request smuggled past a proxy looks like that).
bool HttpConnection::parseFraming() {
    QList<QByteArray> lengths;
    int encodings = 0;
    QByteArray encoding;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            lengths.append(value);
        else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            ++encodings;
            encoding = value.toLower();
        }
    }
    m_framing = Framing::None;
    if (encodings > 0) {
        if (!lengths.isEmpty() || encodings > 1) {
            refuse(400, "bad-request", tr("The request's body length is ambiguous."));
            return false;
        }
        if (encoding != "chunked") {
            refuse(501, "not-implemented", tr("Only the chunked transfer coding is supported."));
            return false;
        }
        m_framing = Framing::Chunked;
        m_remaining = 0;
        return true;
    }
    if (lengths.isEmpty())
        return true;
    const std::optional<qint64> length = decimal(lengths.first());
    for (const QByteArray &other : std::as_const(lengths)) {
        if (!length || other != lengths.first()) {
            refuse(400, "bad-request", tr("The request's Content-Length is malformed."));
            return false;
        }
    }
    m_remaining = *length;
    if (m_remaining > 0)
        m_framing = Framing::Length;
    return true;
}

void HttpConnection::admit() {
    const auto tooLarge = [this] {
        refuse(413, "payload-too-large",
               tr("The request body is larger than %1 KiB.")
                   .arg(qMax<qsizetype>(1, m_maxBody / 1024)));
    };
    // From the headers, before anything else: a declared 10 GB body is refused, not read.
    m_maxBody = m_limits.maxBody;
    if (m_framing == Framing::Length && m_remaining > m_maxBody)
        return tooLarge();
    HttpHandler::Admission admission = m_handler.admit(m_request);
    if (admission.refusal) {
        if (m_framing != Framing::None)
            m_closeAfter = true; // the body is never read
        answer(*admission.refusal);
        return;
    }
    m_maxBody = qMin(m_maxBody, admission.maxBody);
    if (m_framing == Framing::Length && m_remaining > m_maxBody)
        return tooLarge();
    if (m_framing == Framing::None)
        return dispatch();
    if (m_request.header("Expect").toLower() == "100-continue")
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    m_state = State::Body;
    arm(m_limits.bodyTimeout);
}

bool HttpConnection::readBody() {
    if (m_buffer.size() < socketBuffer)
        m_buffer += m_socket->read(qMin<qint64>(m_remaining, socketBuffer - m_buffer.size()));
    const qsizetype n = qsizetype(qMin<qint64>(m_remaining, m_buffer.size()));
    m_request.body.append(m_buffer.constData(), n);
    m_buffer.remove(0, n);
    m_remaining -= n;
    if (m_remaining > 0)
        return false;
    dispatch();
    return true;
}

bool HttpConnection::takeLine(QByteArray *line, qsizetype maxLength) {
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0 || end > maxLength) {
        if (m_buffer.size() > maxLength)
            refuse(400, "bad-request", tr("A chunk of the request body is malformed."));
        return false;
    }
    *line = m_buffer.left(end);
    if (line->endsWith('\r'))
        line->chop(1);
    m_buffer.remove(0, end + 1);
    return true;
}

// Chunks are counted against the admitted size as they arrive; one over it ends the request.
bool HttpConnection::readChunks() {
    for (;;) {
        if (m_buffer.size() < socketBuffer)
            m_buffer += m_socket->read(socketBuffer - m_buffer.size());
        QByteArray line;
        if (m_remaining > 0) {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, m_buffer.size()));
            if (n == 0)
                return false;
            m_request.body.append(m_buffer.constData(), n);
            m_buffer.remove(0, n);
            m_remaining -= n;
            m_chunkDataEnd = m_remaining == 0;
        } else if (m_chunkDataEnd) {
            if (!takeLine(&line, maxChunkLine))
                return false;
            if (!line.isEmpty()) {
                refuse(400, "bad-request", tr("A chunk of the request body is malformed."));
                return false;
            }
            m_chunkDataEnd = false;
        } else if (m_inTrailer) {
            if (!takeLine(&line, maxChunkLine))
                return false;
            if (line.isEmpty()) {
                m_inTrailer = false;
                dispatch();
                return true;
            }
        } else {
            if (!takeLine(&line, maxChunkLine))
                return false;
            const qsizetype semicolon = line.indexOf(';');
            bool ok = false;
            const QByteArray hex = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            const qint64 size = hex.size() <= 15 ? hex.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0) {
                refuse(400, "bad-request", tr("A chunk of the request body is malformed."));
                return false;
            }
            if (m_request.body.size() + size > m_maxBody) {
                refuse(413, "payload-too-large",
                       tr("The request body is larger than %1 KiB.").arg(m_maxBody / 1024));
                return false;
            }
            m_remaining = size;
            m_inTrailer = size == 0;
        }
    }
}

void HttpConnection::dispatch() {
    m_state = State::Handling;
    m_deadline.stop();
    QPointer<HttpConnection> self(this);
    m_handler.respond(m_request, [self](const ApiResponse &response) {
        if (self && self->m_state == State::Handling)
            self->answer(response);
    });
}

void HttpConnection::answer(const ApiResponse &response) {
    const bool head = m_request.method == "HEAD";
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) +
           "\r\nContent-Type: " + response.contentType +
           "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (m_closeAfter)
        out += "Connection: close\r\n";
    else if (m_http10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!head)
        out += response.body;
    m_socket->write(out);
    m_served = true;
    m_request = HttpRequest();
    m_framing = Framing::None;
    m_remaining = 0;
    m_inTrailer = false;
    m_chunkDataEnd = false;
    m_state = State::Writing;
    arm(m_limits.writeTimeout);
    afterWrite();
}

void HttpConnection::refuse(int status, const char *code, const QString &message) {
    Error error;
    error.kind = ErrorKind::BadRequest;
    error.code = QString::fromLatin1(code);
    error.message = message;
    ApiResponse response = ApiResponse::json(JsonCodec::problem(error, status), status);
    response.contentType = QByteArrayLiteral("application/problem+json");
    m_closeAfter = true; // what follows on this connection cannot be trusted to be a request
    qCInfo(lcServer).noquote() << "refused" << status << code << "from"
                               << m_socket->peerAddress().toString();
    answer(response);
}

// The answer is out (the client reads on): the next request, or the end of the connection.
void HttpConnection::afterWrite() {
    if (m_state != State::Writing)
        return;
    if (pendingOutput() > 0) {
        arm(m_limits.writeTimeout); // progress: the client reads
        return;
    }
    // QSslSocket tells of written bytes before it hands them, encrypted, to its TCP socket:
    // look again once it has.
    QMetaObject::invokeMethod(this, &HttpConnection::written, Qt::QueuedConnection);
}

void HttpConnection::written() {
    if (m_state != State::Writing || pendingOutput() > 0)
        return;
    if (m_closeAfter)
        return linger();
    m_state = State::Waiting;
    arm(m_limits.idleTimeout);
    // Whatever arrived meanwhile waits in the buffers, and no readyRead will say so again.
    pump();
}

// Half-closes and discards what the client still sends, so that it reads the answer rather
// than a reset; then closes.
void HttpConnection::linger() {
    m_state = State::Lingering;
    m_buffer.clear();
#if defined(Q_OS_UNIX)
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
    arm(m_limits.lingerTimeout);
    QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection);
}

void HttpConnection::onDeadline() {
    switch (m_state) {
    case State::Head:
    case State::Body:
        return refuse(408, "request-timeout",
                      tr("The request did not arrive in time; the connection is closed."));
    case State::Handling:
        return;
    default:
        return closeNow();
    }
}

void HttpConnection::closeNow() {
    if (m_state == State::Closed)
        return;
    const bool quiet = m_state == State::Waiting && pendingOutput() == 0;
    m_state = State::Closed;
    m_deadline.stop();
    if (quiet)
        m_socket->close();
    else
        m_socket->abort();
    Q_EMIT closed();
    deleteLater();
}

} // namespace bss
