// What one anonymous client can make bssdesk-server spend, checked over raw sockets against the
// real server: bodies are refused from their headers or stopped at the limit, memory stays low
// under parallel uploads, heads are capped, idle and slow connections are closed, the number of
// connections stays below the open-files limit with health checks still answered, and plain
// HTTP is refused on a public address.
#include "tests/server/RawHttp.h"
#include "tests/server/ServerProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#include <vector>

using namespace bss::test;

namespace {

QByteArray bearer(const QByteArray &token) {
    return "Authorization: Bearer " + token + "\r\n";
}

QByteArray chunk(const QByteArray &data) {
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QString codeOf(const RawReply &reply) {
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("code")).toString();
}

} // namespace

class TestServerLimits : public QObject {
    Q_OBJECT

private:
    // A server with an admin "tester", started with `arguments`; its port.
    quint16 start(ServerProcess &server, const QStringList &arguments) {
        QString error;
        if (!server.addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}}, &error) ||
            !server.start(arguments, &error)) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        return quint16(server.url().port());
    }

    // Sockets that connect and say nothing.
    static std::vector<std::unique_ptr<QTcpSocket>> idle(quint16 port, int count) {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < count; ++i) {
            if (auto socket = rawConnect(port))
                sockets.push_back(std::move(socket));
        }
        return sockets;
    }

    // GET `target` on a new connection; the status (0: no answer).
    static RawReply get(quint16 port, const QByteArray &target, const QByteArray &head = {}) {
        const std::unique_ptr<QTcpSocket> socket = rawConnect(port);
        if (!socket)
            return {};
        socket->write(rawRequest("GET", target, head));
        return rawReply(*socket);
    }

    // GET /health as a load balancer's probe does it: a new connection per try.
    // The status of GET `target`, asked again every 100 ms until it is 200 or `ms` have passed.
    static int statusWithin(quint16 port, const QByteArray &target, const QByteArray &head,
                            int ms) {
        QDeadlineTimer deadline(ms);
        int status = 0;
        while (status != 200 && !deadline.hasExpired()) {
            status = get(port, target, head).status;
            if (status != 200)
                QTest::qWait(100);
        }
        return status;
    }
    static int healthWithin(quint16 port, int ms) {
        return statusWithin(port, "/api/v1/health", {}, ms);
    }

private Q_SLOTS:
    void aDeclaredHugeBodyIsRefusedFromTheHeaders() {
        ServerProcess server;
        const quint16 port = start(server, {});
        QVERIFY(port);
        const QByteArray token =
            rawLogin(port, QStringLiteral("tester"), QStringLiteral("password-123"));
        QVERIFY(!token.isEmpty());

        // 10 GB declared, nothing sent: 413 at once, and the connection ends.
        auto socket = rawConnect(port);
        QVERIFY(socket);
        socket->write(rawRequest("POST", "/api/v1/accounts", "Content-Length: 10000000000\r\n"));
        RawReply reply = rawReply(*socket);
        QCOMPARE(reply.status, 413);
        QCOMPARE(codeOf(reply), QStringLiteral("payload-too-large"));
        QCOMPARE(reply.header("Connection"), QByteArray("close"));
        QVERIFY(rawClosed(*socket, 20000));

        // With a token, 2 MiB declared: the same, before the body is sent.
        socket = rawConnect(port);
        socket->write(
            rawRequest("POST", "/api/v1/accounts", bearer(token) + "Content-Length: 2097152\r\n"));
        QCOMPARE(rawReply(*socket).status, 413);

        // Logging in needs no token, and so gets no more than 16 KiB.
        socket = rawConnect(port);
        socket->write(rawRequest("POST", "/api/v1/auth/token", "Content-Length: 20000\r\n"));
        QCOMPARE(rawReply(*socket).status, 413);

        // Without a token nothing of a body is read: 401 from the head.
        socket = rawConnect(port);
        socket->write(rawRequest("POST", "/api/v1/accounts", "Content-Length: 500000\r\n"));
        QCOMPARE(rawReply(*socket).status, 401);

        // A body within the limit is served, and the connection serves the next request too.
        socket = rawConnect(port);
        const QByteArray account = R"({"name":"Raw Ltd","type":"direct","email":"a@raw.example"})";
        socket->write(rawRequest("POST", "/api/v1/accounts",
                                 bearer(token) + "Content-Type: application/json\r\n", account));
        QByteArray pending;
        QCOMPARE(rawReply(*socket, 20000, &pending).status, 201);
        socket->write(rawRequest("GET", "/api/v1/health"));
        QCOMPARE(rawReply(*socket, 20000, &pending).status, 200);
    }

    void aChunkedBodyIsStoppedAtTheLimit() {
        ServerProcess server;
        const quint16 port = start(server, {});
        QVERIFY(port);
        const QByteArray token =
            rawLogin(port, QStringLiteral("tester"), QStringLiteral("password-123"));
        QVERIFY(!token.isEmpty());

        // A chunked body is served...
        auto socket = rawConnect(port);
        socket->write(
            rawRequest("POST", "/api/v1/accounts", bearer(token) + "Transfer-Encoding: chunked\r\n",
                       chunk(R"({"name":"Chunked Ltd",)") +
                           chunk(R"("type":"direct","email":"c@raw.example"})") + "0\r\n\r\n"));
        QCOMPARE(rawReply(*socket).status, 201);

        // ...and one that grows past 1 MiB ends with 413 and a closed connection.
        socket = rawConnect(port);
        socket->write(rawRequest("POST", "/api/v1/accounts",
                                 bearer(token) + "Transfer-Encoding: chunked\r\n"));
        const QByteArray piece = chunk(QByteArray(64 * 1024, 'x'));
        QByteArray received;
        for (int i = 0; i < 64 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
            socket->write(piece);
            socket->waitForBytesWritten(1000);
            received += socket->readAll();
            if (parseReply(received).status != 0)
                break;
        }
        const RawReply reply = rawReply(*socket, 20000, &received);
        QCOMPARE(reply.status, 413);
        QVERIFY(rawClosed(*socket, 20000));
    }

    void headersOver32KiBAre431() {
        ServerProcess server;
        const quint16 port = start(server, {});
        QVERIFY(port);
        // Not dropped silently: the request is refused as a whole.
        RawReply reply =
            get(port, "/api/v1/health", "X-Filler: " + QByteArray(100 * 1024, 'a') + "\r\n");
        QCOMPARE(reply.status, 431);
        reply = get(port, "/api/v1/health", "X-Filler: " + QByteArray(20 * 1024, 'a') + "\r\n");
        QCOMPARE(reply.status, 200);
        QByteArray many;
        for (int i = 0; i < 150; ++i)
            many += "X-H" + QByteArray::number(i) + ": 1\r\n";
        QCOMPARE(get(port, "/api/v1/health", many).status, 431);
        QCOMPARE(get(port, "/api/v1/health?x=" + QByteArray(10 * 1024, 'a')).status, 414);
    }

    // Ten parallel 100 MB uploads without a token: five chunked to the login, five with
    // Content-Length. The server's memory stays where it was.
    void parallelUploadsKeepMemoryLow() {
        ServerProcess server;
        const quint16 port = start(server, {});
        QVERIFY(port);
        const qint64 before = residentKiB(server.processId());
        QVERIFY(before > 0);
        constexpr qint64 total = 100 * 1024 * 1024;
        struct Upload {
            std::unique_ptr<QTcpSocket> socket;
            qint64 sent = 0;
            QByteArray received;
            bool chunked = false;
        };
        std::vector<Upload> uploads;
        for (int i = 0; i < 10; ++i) {
            Upload upload{rawConnect(port), 0, {}, i < 5};
            QVERIFY(upload.socket);
            upload.socket->write(
                upload.chunked
                    ? rawRequest("POST", "/api/v1/auth/token", "Transfer-Encoding: chunked\r\n")
                    : rawRequest("POST", "/api/v1/accounts",
                                 "Content-Length: " + QByteArray::number(total) + "\r\n"));
            uploads.push_back(std::move(upload));
        }
        const QByteArray piece(1024 * 1024, 'x');
        qint64 peak = before;
        QDeadlineTimer deadline(60000);
        for (bool busy = true; busy && !deadline.hasExpired();) {
            busy = false;
            for (Upload &u : uploads) {
                if (u.socket->state() != QAbstractSocket::ConnectedState || u.sent >= total)
                    continue;
                busy = true;
                if (u.socket->bytesToWrite() < 4 * piece.size()) {
                    u.socket->write(u.chunked ? chunk(piece) : piece);
                    u.sent += piece.size();
                }
                u.socket->waitForBytesWritten(5);
                u.received += u.socket->readAll();
            }
            peak = qMax(peak, residentKiB(server.processId()));
        }
        const qint64 after = residentKiB(server.processId());
        qInfo("server RSS: %lld KiB before, %lld KiB at most, %lld KiB after", before, peak, after);
        QVERIFY2(peak - before < 48 * 1024, "the uploads cost the server less than 48 MiB");
        QVERIFY(after - before < 48 * 1024);
        for (Upload &u : uploads) {
            const RawReply reply = rawReply(*u.socket, 20000, &u.received);
            QCOMPARE(reply.status, 413);
            QVERIFY2(u.sent < total, "the upload was cut short");
        }
    }

    void aSlowBodyTimesOut() {
        ServerProcess server;
        const quint16 port = start(server, {QStringLiteral("--body-timeout"), QStringLiteral("1")});
        QVERIFY(port);
        auto socket = rawConnect(port);
        socket->write(rawRequest("POST", "/api/v1/auth/token", "Content-Length: 100\r\n") +
                      "{\"user");
        const RawReply reply = rawReply(*socket, 30000);
        QCOMPARE(reply.status, 408);
        QVERIFY(rawClosed(*socket, 20000));
    }

    void idleAndSlowConnectionsAreClosed() {
        ServerProcess server;
        const quint16 port =
            start(server, {QStringLiteral("--idle-timeout"), QStringLiteral("1"),
                           QStringLiteral("--header-timeout"), QStringLiteral("2")});
        QVERIFY(port);
        // Connected, never a word.
        auto silent = rawConnect(port);
        QVERIFY(silent);
        // Served, then idle.
        auto served = rawConnect(port);
        served->write(rawRequest("GET", "/api/v1/health"));
        QCOMPARE(rawReply(*served).status, 200);
        // Half a head, then nothing (slowloris).
        auto half = rawConnect(port);
        half->write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QVERIFY(half->waitForBytesWritten(5000));
        QVERIFY(rawClosed(*silent, 30000));
        QVERIFY(rawClosed(*served, 30000));
        QCOMPARE(rawReply(*half, 30000).status, 408);
        QVERIFY(rawClosed(*half, 30000));

        // A head sent a byte at a time keeps no connection open: the deadline is for the head.
        auto trickle = rawConnect(port);
        const QByteArray head = "GET /api/v1/health HTTP/1.1\r\nX-Slow: " + QByteArray(400, 'a');
        bool closed = false;
        for (qsizetype i = 0; i < head.size() && !closed; ++i) {
            trickle->write(head.mid(i, 1));
            trickle->waitForBytesWritten(100);
            closed = rawClosed(*trickle, 100);
        }
        QVERIFY2(closed, "a head trickling in for 40 s is cut off at the header timeout");
    }

    void theConnectionCapKeepsHealthAnswering() {
        ServerProcess server;
        const quint16 port =
            start(server, {QStringLiteral("--max-connections"), QStringLiteral("4"),
                           QStringLiteral("--idle-timeout"), QStringLiteral("300"),
                           QStringLiteral("--header-timeout"), QStringLiteral("300")});
        QVERIFY(port);
        const QByteArray token =
            rawLogin(port, QStringLiteral("tester"), QStringLiteral("password-123"));
        QVERIFY(!token.isEmpty());
        auto holders = idle(port, 8);
        QCOMPARE(holders.size(), std::size_t(8));

        RawReply reply = get(port, "/api/v1/accounts", bearer(token));
        QCOMPARE(reply.status, 503);
        QCOMPARE(codeOf(reply), QStringLiteral("too-many-connections"));
        QVERIFY(!reply.header("Retry-After").isEmpty());
        QCOMPARE(get(port, "/api/v1/health").status, 200);
        QCOMPARE(get(port, "/api/v1/health/ready").status, 200);

        // The health-check reserve filled as well: its oldest connection makes room (a burst of
        // connections can outrun the closing for a moment, so a probe may need another try).
        auto more = idle(port, 40);
        QVERIFY2(rawClosed(*more.front(), 20000), "the oldest reserved connection was closed");
        QCOMPARE(healthWithin(port, 20000), 200);

        // When the holders go, everything is served again.
        holders.clear();
        more.clear();
        QCOMPARE(statusWithin(port, "/api/v1/accounts", bearer(token), 30000), 200);
    }

    // Under a low open-files limit, more connections than descriptors do not stop the server.
    void theOpenFilesLimitIsNotExhausted() {
        ServerProcess server;
        server.setDescriptorLimit(256);
        const quint16 port =
            start(server, {QStringLiteral("--threads"), QStringLiteral("2"),
                           QStringLiteral("--header-timeout"), QStringLiteral("300")});
        QVERIFY(port);
        const QByteArray token =
            rawLogin(port, QStringLiteral("tester"), QStringLiteral("password-123"));
        QVERIFY(!token.isEmpty());
        auto holders = idle(port, 400);
        QCOMPARE(holders.size(), std::size_t(400));
        QCOMPARE(healthWithin(port, 20000), 200);
        QCOMPARE(get(port, "/api/v1/accounts", bearer(token)).status, 503);
        holders.clear();
        QCOMPARE(statusWithin(port, "/api/v1/accounts", bearer(token), 30000), 200);
    }

    void plainHttpOnAPublicAddressIsRefused() {
        ServerProcess server;
        QString error;
        QVERIFY2(server.addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}}, &error),
                 qPrintable(error));
        QProcess refused;
        refused.start(ServerProcess::executable(),
                      {QStringLiteral("--store"), server.storeUrl(), QStringLiteral("--listen"),
                       QStringLiteral("0.0.0.0:0")});
        QVERIFY(refused.waitForFinished(30000));
        QCOMPARE(refused.exitCode(), 2);
        const QByteArray said = refused.readAllStandardError().trimmed();
        QVERIFY2(said.contains("--allow-plain-http") && !said.contains('\n'), said.constData());
        QVERIFY(!refused.readAllStandardOutput().contains("listening"));

        // Behind a TLS proxy it is allowed when asked for.
        QVERIFY2(server.start({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                               QStringLiteral("--allow-plain-http")},
                              &error),
                 qPrintable(error));
        QCOMPARE(get(quint16(server.url().port()), "/api/v1/health").status, 200);
    }

    // Over TLS the same: a refusal reaches the client before the connection closes, and TLS on
    // a public address needs no --allow-plain-http.
    void overTlsTheLimitsHoldToo() {
#if !QT_CONFIG(ssl)
        QSKIP("this Qt has no TLS support");
#else
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is needed to make the test certificate");
        QTemporaryDir dir;
        QProcess make;
        make.setProcessChannelMode(QProcess::MergedChannels);
        make.start(openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                    dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(make.waitForFinished(60000));
        QVERIFY2(make.exitCode() == 0, make.readAll().constData());
        ServerProcess server;
        const quint16 port =
            start(server, {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                           QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("cert.pem")),
                           QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("key.pem"))});
        QVERIFY(port);
        const auto tls = [port] {
            auto socket = std::make_unique<QSslSocket>();
            socket->setPeerVerifyMode(QSslSocket::VerifyNone);
            socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            return socket->waitForEncrypted(20000) ? std::move(socket) : nullptr;
        };
        auto socket = tls();
        QVERIFY(socket);
        socket->write(rawRequest("POST", "/api/v1/accounts", "Content-Length: 10000000000\r\n"));
        QCOMPARE(rawReply(*socket).status, 413);
        QVERIFY(rawClosed(*socket, 20000));
        socket = tls();
        QVERIFY(socket);
        socket->write(rawRequest("GET", "/api/v1/health", "Connection: close\r\n"));
        QCOMPARE(rawReply(*socket).status, 200);
#endif
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
