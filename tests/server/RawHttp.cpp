#include "tests/server/RawHttp.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bss::test {

QByteArray RawReply::header(const QByteArray &name) const {
    const QList<QByteArray> lines = head.split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

std::unique_ptr<QTcpSocket> rawConnect(quint16 port, const QHostAddress &from) {
    auto socket = std::make_unique<QTcpSocket>();
    if (!from.isNull() && !socket->bind(from, 0))
        return nullptr;
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(10000))
        return nullptr;
    return socket;
}

QByteArray rawRequest(const QByteArray &method, const QByteArray &target, const QByteArray &head,
                      const QByteArray &body) {
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + head;
    if (!body.isEmpty() && !head.contains("Content-Length") && !head.contains("Transfer-Encoding"))
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

RawReply parseReply(const QByteArray &data) {
    RawReply reply;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0 || !data.startsWith("HTTP/1.1 "))
        return reply;
    reply.head = data.left(end);
    const qint64 length = reply.header("Content-Length").toLongLong();
    if (data.size() < end + 4 + length)
        return {};
    reply.body = data.mid(end + 4, length);
    reply.status = data.mid(9, 3).toInt();
    return reply;
}

RawReply rawReply(QTcpSocket &socket, int ms, QByteArray *pending) {
    QByteArray data = pending ? *pending : QByteArray();
    QDeadlineTimer deadline(ms);
    for (;;) {
        data += socket.readAll();
        const RawReply reply = parseReply(data);
        if (reply.status != 0) {
            if (pending) {
                const qsizetype used = data.indexOf("\r\n\r\n") + 4 + reply.body.size();
                *pending = data.mid(used);
            }
            return reply;
        }
        if (deadline.hasExpired() ||
            (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0))
            return {};
        socket.waitForReadyRead(50);
    }
}

bool rawClosed(QTcpSocket &socket, int ms) {
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        socket.waitForReadyRead(50);
    }
    return socket.state() == QAbstractSocket::UnconnectedState;
}

QByteArray rawLogin(quint16 port, const QString &user, const QString &password) {
    const std::unique_ptr<QTcpSocket> socket = rawConnect(port);
    if (!socket)
        return {};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    socket->write(rawRequest("POST", "/api/v1/auth/token",
                             "Content-Type: application/json\r\nConnection: close\r\n", body));
    const RawReply reply = rawReply(*socket);
    if (reply.status != 200)
        return {};
    return QJsonDocument::fromJson(reply.body)
        .object()
        .value(QStringLiteral("token"))
        .toString()
        .toLatin1();
}

qint64 residentKiB(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace bss::test
