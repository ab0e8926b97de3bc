#pragma once

#include "app/server/HttpRequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace bss {

// One client connection of bssdesk-server: HTTP/1.1 with keep-alive, Content-Length and chunked
// bodies (no pipelining: the next request is read once the answer is on its way). It reads the
// head within HttpLimits, lets the handler admit or refuse it before reading any of the body,
// reads the body within the admitted size, and closes connections that are idle, slow or do
// not read their answers. A refused request's body is never read: the answer goes out with
// "Connection: close", and what the client still sends is discarded for a moment so that the
// answer is not lost to a reset.
class HttpConnection final : public QObject {
    Q_OBJECT
public:
    // Takes `socket` over (connected; for HTTPS, encrypted) and counts itself in `count` until
    // it is destroyed. With `reserved`, it is over the cap: health checks only, one request.
    HttpConnection(QTcpSocket *socket, HttpHandler &handler, const HttpLimits &limits,
                   std::shared_ptr<ConnectionCount> count, std::shared_ptr<ReservedSlot> reserved,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    void start();
    const std::shared_ptr<ReservedSlot> &reserved() const { return m_reserved; }
    // Ends the connection now, whatever it is doing.
    void closeNow();

Q_SIGNALS:
    void closed();

private:
    enum class State { Waiting, Head, Body, Handling, Writing, Lingering, Closed };
    enum class Framing { None, Length, Chunked };

    void pump();
    bool readHead();
    bool parseHead(const QByteArray &head);
    bool parseRequestLine(const QByteArray &line);
    bool parseFraming();
    void admit();
    bool readBody();
    bool readChunks();
    void dispatch();
    void answer(const ApiResponse &response);
    void refuse(int status, const char *code, const QString &message);
    void afterWrite();
    void written();
    void linger();
    void onDeadline();
    void arm(std::chrono::milliseconds timeout);
    qint64 pendingOutput() const;
    bool takeLine(QByteArray *line, qsizetype maxLength);

    QTcpSocket *m_socket;
    HttpHandler &m_handler;
    HttpLimits m_limits;
    std::shared_ptr<ConnectionCount> m_count;
    std::shared_ptr<ReservedSlot> m_reserved;
    bool m_restricted;
    State m_state = State::Waiting;
    bool m_served = false; // a request was answered: waiting is idle, not a slow first head
    bool m_closeAfter = false;
    bool m_http10 = false; // keeps the connection only when asked to, and says so
    QByteArray m_buffer;
    HttpRequest m_request;
    Framing m_framing = Framing::None;
    qint64 m_remaining = 0; // of the body or of the current chunk
    bool m_inTrailer = false;
    bool m_chunkDataEnd = false; // the CRLF after a chunk's data is due
    qsizetype m_maxBody = 0;
    qint64 m_lingered = 0;
    QTimer m_deadline;
};

} // namespace bss
