// Logins against the real server, from several client addresses (127.0.0.x): refused logins say
// when to try again (429 with Retry-After), a stranger's wrong guesses do not lock the user out
// of another address, spraying names from one address locks that address, and the password
// hashing runs beside the request threads, not on them.
#include "tests/server/RawHttp.h"
#include "tests/server/ServerProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <vector>

using namespace bss::test;

namespace {

QByteArray loginRequest(const QString &user, const QString &password) {
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    return rawRequest("POST", "/api/v1/auth/token", "Content-Type: application/json\r\n", body);
}

const QString password = QStringLiteral("password-123");

} // namespace

class TestServerLogin : public QObject {
    Q_OBJECT

private:
    // A login from `from`; the answer.
    RawReply login(const QString &user, const QString &pass, const char *from) {
        const std::unique_ptr<QTcpSocket> socket =
            rawConnect(m_port, QHostAddress(QLatin1String(from)));
        if (!socket)
            return {};
        socket->write(loginRequest(user, pass));
        return rawReply(*socket, 30000);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        for (const char *name : {"owner", "victim", "bystander"}) {
            QVERIFY2(
                m_server.addUser({QString::fromLatin1(name), QStringLiteral("agent"), {}}, &error),
                qPrintable(error));
        }
        QVERIFY2(m_server.start({QStringLiteral("--threads"), QStringLiteral("1")}, &error),
                 qPrintable(error));
        m_port = quint16(m_server.url().port());
        // Another loopback address must be usable as a client address here.
        if (!rawConnect(m_port, QHostAddress(QStringLiteral("127.0.0.2"))))
            QSKIP("127.0.0.2 cannot be bound here");
    }

    void aLockedLoginSaysWhenToTryAgain() {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login(QStringLiteral("victim"), QStringLiteral("wrong-%1").arg(i), "127.0.0.2")
                         .status,
                     401);
        const RawReply locked = login(QStringLiteral("victim"), password, "127.0.0.2");
        QCOMPARE(locked.status, 429);
        const int retryAfter = locked.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 300, locked.head.constData());
    }

    // Seven wrong tries from one address; the owner, elsewhere, still gets in.
    void aStrangerCannotLockTheOwnerOut() {
        int refused = 0;
        for (int i = 0; i < 7; ++i) {
            const int status =
                login(QStringLiteral("owner"), QStringLiteral("guess-%1").arg(i), "127.0.0.3")
                    .status;
            QVERIFY(status == 401 || status == 429);
            refused += status == 429;
        }
        QVERIFY2(refused > 0, "the stranger is throttled");
        QCOMPARE(login(QStringLiteral("owner"), password, "127.0.0.4").status, 200);
        // The stranger's address stays locked for that name.
        QCOMPARE(login(QStringLiteral("owner"), password, "127.0.0.3").status, 429);
    }

    // Made-up names from one address: the address is locked for every name, others are not.
    void sprayingNamesLocksTheAddress() {
        int status = 0;
        for (int i = 0; i < 21 && status != 429; ++i)
            status = login(QStringLiteral("nobody-%1").arg(i), password, "127.0.0.5").status;
        QCOMPARE(status, 429);
        const RawReply locked = login(QStringLiteral("bystander"), password, "127.0.0.5");
        QCOMPARE(locked.status, 429);
        QVERIFY(!locked.header("Retry-After").isEmpty());
        QCOMPARE(login(QStringLiteral("bystander"), password, "127.0.0.6").status, 200);
    }

    // One request thread: logins queued for hashing do not hold up a request sent after them.
    void hashingDoesNotHoldUpOtherRequests() {
        std::vector<std::unique_ptr<QTcpSocket>> logins;
        for (int i = 0; i < 16; ++i) {
            auto socket = rawConnect(m_port, QHostAddress(QStringLiteral("127.0.1.%1").arg(i + 1)));
            QVERIFY(socket);
            socket->write(loginRequest(QStringLiteral("someone-%1").arg(i), password));
            socket->flush();
            logins.push_back(std::move(socket));
        }
        auto health = rawConnect(m_port);
        QVERIFY(health);
        health->write(rawRequest("GET", "/api/v1/health"));
        QCOMPARE(rawReply(*health, 60000).status, 200);
        // Answered while logins were still hashing (what the server sent so far is read in).
        int unanswered = 0;
        std::vector<QByteArray> received(logins.size());
        for (std::size_t i = 0; i < logins.size(); ++i) {
            logins[i]->waitForReadyRead(1); // what has arrived, without waiting for more
            received[i] = logins[i]->readAll();
            unanswered += parseReply(received[i]).status == 0;
        }
        QVERIFY2(unanswered > 0, "the health check waited for every login");
        for (std::size_t i = 0; i < logins.size(); ++i)
            QCOMPARE(rawReply(*logins[i], 60000, &received[i]).status, 401);
    }

    // Behind a trusted proxy the client is the last X-Forwarded-For address; anyone else's
    // X-Forwarded-For is ignored, so changing it does not escape the throttle.
    void aTrustedProxyNamesTheClient() {
        ServerProcess server;
        QString error;
        QVERIFY2(server.addUser({QStringLiteral("owner"), QStringLiteral("agent"), {}}, &error),
                 qPrintable(error));
        QVERIFY2(
            server.start({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.7")}, &error),
            qPrintable(error));
        const quint16 port = quint16(server.url().port());
        const auto via = [port](const char *from, const QByteArray &forwarded,
                                const QString &pass) {
            const std::unique_ptr<QTcpSocket> socket =
                rawConnect(port, QHostAddress(QLatin1String(from)));
            if (!socket)
                return 0;
            QByteArray request = loginRequest(QStringLiteral("owner"), pass);
            request.insert(request.indexOf("\r\n") + 2, "X-Forwarded-For: " + forwarded + "\r\n");
            socket->write(request);
            return rawReply(*socket, 30000).status;
        };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(via("127.0.0.7", "10.1.1.1, 192.0.2.10", QStringLiteral("wrong")), 401);
        QCOMPARE(via("127.0.0.7", "192.0.2.10", password), 429);
        QCOMPARE(via("127.0.0.7", "192.0.2.11", password), 200);

        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                via("127.0.0.8", "192.0.2." + QByteArray::number(20 + i), QStringLiteral("wrong")),
                401);
        QCOMPARE(via("127.0.0.8", "192.0.2.99", password), 429);
    }

private:
    ServerProcess m_server;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestServerLogin)
#include "tst_server_login.moc"
