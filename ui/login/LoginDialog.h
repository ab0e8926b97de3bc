#pragma once

#include "ui/common/FieldErrors.h"

#include "app/domain/Result.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

class QPushButton;

namespace Ui {
class LoginDialog;
}

namespace bss {

class RestBackend;
struct Session;

// Signs in to a bssdesk-server (POST /auth/token) without blocking: server URL, user name,
// password, an optional CA certificate for a server with the team's own certificate, and a
// chooser of the connections used before. A refusal (wrong password, server unreachable,
// untrusted certificate) appears beside its field and the user tries again; on success the
// dialog is accepted and hands over the signed-in RestBackend.
//
// Connections are kept in QSettings (group "connections", most recent first) with the server
// URL, the user name and the CA file: never the password, never the token.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    struct Connection {
        QString serverUrl;
        QString userName;
        QString caFile;
        friend bool operator==(const Connection &, const Connection &) = default;
    };

    explicit LoginDialog(QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Fills the fields (from the command line); a saved connection to that server (and user,
    // when given) is chosen, and a CA file given here wins over the saved one.
    void setConnection(const Connection &connection);
    Connection connection() const; // what the fields say now

    static QList<Connection> savedConnections();

    void signIn();
    bool isSigningIn() const { return m_signingIn; }
    QString fieldError(const QString &field) const { return m_errors.messageFor(field); }
    QString generalError() const;

    // After the dialog was accepted: the backend, signed in. The caller owns it.
    std::unique_ptr<RestBackend> takeBackend();

private:
    void fillChooser(int select);
    void chooseConnection(int index);
    void fieldsEdited();
    void forgetConnection();
    void browseCaFile();
    void setSigningIn(bool signingIn);
    void showError(const Error &error);
    void clearErrors();
    void fitHeight();
    void finish(const Result<Session> &result);
    void remember(const Connection &connection);
    void writeSaved() const;
    void focusFirstEmpty();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QPushButton *m_signIn = nullptr;
    FieldErrors m_errors;
    std::unique_ptr<RestBackend> m_backend;
    QList<Connection> m_saved;
    quint64 m_attempt = 0; // answers of an abandoned attempt are ignored
    bool m_signingIn = false;
};

} // namespace bss
