#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace bss::test {

// A real bssdesk-server on a loopback port the OS picks, over the store given (a temporary
// SQLite file by default), its rules' clock pinned at pinnedNow() (TestSupport.h) unless the
// arguments set --clock. Users are added with --add-user before it starts.
class ServerProcess {
public:
    struct UserSpec {
        QString name;
        QString role;
        QString account; // for resellers
        QString password = QStringLiteral("password-123");
    };

    explicit ServerProcess(QString storeUrl = {});
    ~ServerProcess();

    static QString executable();
    const QString &storeUrl() const { return m_storeUrl; }

    // Runs bssdesk-server --add-user; false (with the output in *error) when it fails.
    bool addUser(const UserSpec &user, QString *error);
    bool start(const QStringList &extraArguments, QString *error);
    void stop();
    QUrl url() const { return m_url; }          // http://127.0.0.1:PORT/api/v1
    QString output() const { return m_output; } // what the server printed so far
    qint64 processId() const { return m_process.processId(); }
    // The open-files limit (soft and hard) the next start() gives the server; 0: inherited.
    void setDescriptorLimit(int limit) { m_descriptorLimit = limit; }
    // What the server wrote to standard error (its log) since it started.
    QString errorOutput();

private:
    QTemporaryDir m_dir;
    QString m_storeUrl;
    QProcess m_process;
    QUrl m_url;
    QString m_output;
    int m_descriptorLimit = 0;
    QString m_errorOutput;
};

} // namespace bss::test
