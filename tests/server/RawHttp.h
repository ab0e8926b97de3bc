#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>

#include <memory>

namespace bss::test {

// HTTP/1.1 over a plain socket, for the tests that must send what no well-behaved client sends
// (huge declared bodies, endless chunks, slow heads) or watch a connection being closed.
struct RawReply {
    int status = 0; // 0: no complete answer
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
};

// A connection to 127.0.0.1:port, from the loopback address `from` when given (127.0.0.2, ...:
// another client address); null when it cannot be made.
std::unique_ptr<QTcpSocket> rawConnect(quint16 port, const QHostAddress &from = {});
// One request; `head` holds the lines after the request line (each ending in \r\n).
QByteArray rawRequest(const QByteArray &method, const QByteArray &target,
                      const QByteArray &head = {}, const QByteArray &body = {});
// Reads one answer, waiting up to `ms`; data already read into *pending is used first.
RawReply rawReply(QTcpSocket &socket, int ms = 20000, QByteArray *pending = nullptr);
// The answer in `data` (everything a socket received), if it is complete.
RawReply parseReply(const QByteArray &data);
// True once the server closed the connection (reading and discarding meanwhile), within `ms`.
bool rawClosed(QTcpSocket &socket, int ms);
// POST /auth/token on a connection of its own; the token, empty when refused.
QByteArray rawLogin(quint16 port, const QString &user, const QString &password);
// The resident memory of a process in KiB (Linux: /proc/PID/status), -1 when unknown.
qint64 residentKiB(qint64 pid);

} // namespace bss::test
