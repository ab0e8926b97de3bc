#include "tests/server/ServerProcess.h"

#include "tests/support/TestSupport.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace bss::test {

ServerProcess::ServerProcess(QString storeUrl)
    : m_storeUrl(std::move(storeUrl)) {
    if (m_storeUrl.isEmpty())
        m_storeUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
}

ServerProcess::~ServerProcess() {
    stop();
}

QString ServerProcess::executable() {
    return QStringLiteral(BSS_SERVER_EXE);
}

bool ServerProcess::addUser(const UserSpec &user, QString *error) {
    QProcess p;
    QStringList args{QStringLiteral("--store"), m_storeUrl, QStringLiteral("--add-user"), user.name,
                     QStringLiteral("--role"),  user.role};
    if (!user.account.isEmpty())
        args << QStringLiteral("--account") << user.account;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(executable(), args);
    p.write(user.password.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("--add-user %1 failed: %2")
                     .arg(user.name, QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool ServerProcess::start(const QStringList &extraArguments, QString *error) {
    m_output.clear(); // started again (on the same --listen address): read its new output
    m_errorOutput.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    // The rules' clock stands at the fixtures' pinned instant, as the embedded fixture's does.
    QStringList arguments{QStringLiteral("--store"), m_storeUrl, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0")};
    if (!extraArguments.contains(QStringLiteral("--clock")))
        arguments << QStringLiteral("--clock") << pinnedNowText();
#if defined(Q_OS_UNIX)
    const int limit = m_descriptorLimit;
    m_process.setChildProcessModifier([limit] {
        if (limit > 0) {
            const rlimit l{rlim_t(limit), rlim_t(limit)};
            ::setrlimit(RLIMIT_NOFILE, &l);
        }
    });
#endif
    m_process.start(executable(), arguments + extraArguments);
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https?://[^ ]+)"));
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running && !m_process.bytesAvailable())
            break;
        m_process.waitForReadyRead(200);
        m_output += QString::fromLocal8Bit(m_process.readAllStandardOutput());
        const QRegularExpressionMatch match = listening.match(m_output);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    *error = QStringLiteral("bssdesk-server did not start: %1 %2")
                 .arg(m_output, QString::fromLocal8Bit(m_process.readAllStandardError()));
    return false;
}

QString ServerProcess::errorOutput() {
    m_errorOutput += QString::fromLocal8Bit(m_process.readAllStandardError());
    return m_errorOutput;
}

void ServerProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace bss::test
