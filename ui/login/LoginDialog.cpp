#include "ui/login/LoginDialog.h"

#include "ui/common/Async.h"
#include "ui_LoginDialog.h"

#include "app/backend/RestBackend.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace bss {

namespace {

constexpr int MaxSavedConnections = 20;
constexpr int NewConnection = -1; // the chooser's last entry

// "bss.example.com:8443" means https: a server reached over the network should speak TLS.
QUrl serverUrlFrom(const QString &text) {
    const QString trimmed = text.trimmed();
    return QUrl(trimmed.contains(QLatin1String("://")) ? trimmed
                                                       : QStringLiteral("https://") + trimmed,
                QUrl::StrictMode);
}

bool sameServer(const QString &a, const QString &b) {
    return serverUrlFrom(a).adjusted(QUrl::StripTrailingSlash) ==
           serverUrlFrom(b).adjusted(QUrl::StripTrailingSlash);
}

} // namespace

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>()) {
    setObjectName(QStringLiteral("loginDialog"));
    m_ui->setupUi(this);
    setWindowTitle(tr("Sign in to BSS Desk"));
    setAccessibleName(windowTitle());

    m_signIn = m_ui->buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setAccessibleName(m_signIn->text().remove(QLatin1Char('&')));
    m_signIn->setDefault(true); // Enter in any field signs in
    QPushButton *cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setAccessibleName(cancel->text().remove(QLatin1Char('&')));
    cancel->setAutoDefault(false);
    setTabOrder(m_ui->browseCaFile, m_signIn);
    setTabOrder(m_signIn, cancel);

    m_ui->signInProgress->setVisible(false);
    m_ui->signInStatus->setObjectName(QStringLiteral("signInStatus"));
    m_ui->signInStatus->setAccessibleName(tr("Sign-in status"));

    m_errors.bind(QStringLiteral("serverUrl"), m_ui->serverUrlError, m_ui->serverUrl);
    m_errors.bind(QStringLiteral("username"), m_ui->userNameError, m_ui->userName);
    m_errors.bind(QStringLiteral("password"), m_ui->passwordError, m_ui->password);
    m_errors.bind(QStringLiteral("caFile"), m_ui->caFileError, m_ui->caFile);
    m_errors.bind(QString(), m_ui->generalError);

    m_saved = savedConnections();
    fillChooser(m_saved.isEmpty() ? -1 : 0); // the last connection used comes first
    chooseConnection(m_ui->profile->currentIndex());

    connect(m_ui->profile, &QComboBox::activated, this, &LoginDialog::chooseConnection);
    connect(m_ui->serverUrl, &QLineEdit::textEdited, this, &LoginDialog::fieldsEdited);
    connect(m_ui->userName, &QLineEdit::textEdited, this, &LoginDialog::fieldsEdited);
    connect(m_ui->caFile, &QLineEdit::textEdited, this, &LoginDialog::fieldsEdited);
    connect(m_ui->forgetProfile, &QPushButton::clicked, this, &LoginDialog::forgetConnection);
    connect(m_ui->browseCaFile, &QPushButton::clicked, this, &LoginDialog::browseCaFile);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, [this] {
        ++m_attempt; // an answer still on its way changes nothing
        reject();
    });
}

LoginDialog::~LoginDialog() = default;

QList<LoginDialog::Connection> LoginDialog::savedConnections() {
    QSettings settings;
    QList<Connection> list;
    const int count = settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Connection c{settings.value(QStringLiteral("serverUrl")).toString(),
                     settings.value(QStringLiteral("userName")).toString(),
                     settings.value(QStringLiteral("caFile")).toString()};
        if (!c.serverUrl.isEmpty())
            list.append(c);
    }
    settings.endArray();
    return list;
}

void LoginDialog::remember(const Connection &connection) {
    m_saved.removeIf([&](const Connection &c) {
        return sameServer(c.serverUrl, connection.serverUrl) && c.userName == connection.userName;
    });
    m_saved.prepend(connection);
    while (m_saved.size() > MaxSavedConnections)
        m_saved.removeLast();
    writeSaved();
}

void LoginDialog::writeSaved() const {
    QSettings settings;
    settings.remove(QStringLiteral("connections"));
    settings.beginWriteArray(QStringLiteral("connections"), static_cast<int>(m_saved.size()));
    for (int i = 0; i < m_saved.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("serverUrl"), m_saved.at(i).serverUrl);
        settings.setValue(QStringLiteral("userName"), m_saved.at(i).userName);
        settings.setValue(QStringLiteral("caFile"), m_saved.at(i).caFile);
    }
    settings.endArray();
}

void LoginDialog::fillChooser(int select) {
    const QSignalBlocker blocker(m_ui->profile);
    m_ui->profile->clear();
    for (int i = 0; i < m_saved.size(); ++i) {
        const Connection &c = m_saved.at(i);
        m_ui->profile->addItem(tr("%1 on %2").arg(c.userName, c.serverUrl), i);
    }
    m_ui->profile->addItem(tr("New connection"), NewConnection);
    m_ui->profile->setCurrentIndex(select >= 0 ? select : m_ui->profile->count() - 1);
    m_ui->forgetProfile->setEnabled(select >= 0);
}

void LoginDialog::chooseConnection(int index) {
    clearErrors();
    const int saved = m_ui->profile->itemData(index).toInt();
    m_ui->forgetProfile->setEnabled(saved != NewConnection);
    const Connection c = saved != NewConnection ? m_saved.value(saved) : Connection{};
    m_ui->serverUrl->setText(c.serverUrl);
    m_ui->userName->setText(c.userName);
    m_ui->caFile->setText(c.caFile);
    m_ui->password->clear();
    focusFirstEmpty();
}

void LoginDialog::fieldsEdited() {
    // Once the fields no longer say what the chosen connection says, it is a new one.
    const int saved = m_ui->profile->currentData().toInt();
    if (saved == NewConnection)
        return;
    const Connection chosen = m_saved.value(saved);
    if (chosen == connection())
        return;
    const QSignalBlocker blocker(m_ui->profile);
    m_ui->profile->setCurrentIndex(m_ui->profile->count() - 1);
    m_ui->forgetProfile->setEnabled(false);
}

void LoginDialog::setConnection(const Connection &connection) {
    int match = -1;
    for (int i = 0; i < m_saved.size() && match < 0; ++i) {
        if (sameServer(m_saved.at(i).serverUrl, connection.serverUrl) &&
            (connection.userName.isEmpty() || m_saved.at(i).userName == connection.userName))
            match = i;
    }
    fillChooser(match);
    chooseConnection(m_ui->profile->currentIndex());
    if (match < 0) {
        m_ui->serverUrl->setText(connection.serverUrl);
        m_ui->userName->setText(connection.userName);
    }
    if (!connection.caFile.isEmpty())
        m_ui->caFile->setText(connection.caFile);
    fieldsEdited();
    focusFirstEmpty();
}

LoginDialog::Connection LoginDialog::connection() const {
    return {m_ui->serverUrl->text().trimmed(), m_ui->userName->text().trimmed(),
            m_ui->caFile->text().trimmed()};
}

void LoginDialog::forgetConnection() {
    const int saved = m_ui->profile->currentData().toInt();
    if (saved == NewConnection)
        return;
    const Connection forgotten = m_saved.value(saved);
    m_saved.removeAt(saved);
    writeSaved();
    fillChooser(m_saved.isEmpty() ? -1 : 0);
    chooseConnection(m_ui->profile->currentIndex());
    m_ui->signInStatus->setText(
        tr("Forgot %1 on %2.").arg(forgotten.userName, forgotten.serverUrl));
}

void LoginDialog::browseCaFile() {
    const QString start =
        m_ui->caFile->text().isEmpty() ? QString() : QFileInfo(m_ui->caFile->text()).absolutePath();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("CA certificate"), start,
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    m_ui->caFile->setText(file);
    fieldsEdited();
}

void LoginDialog::focusFirstEmpty() {
    for (QLineEdit *field : {m_ui->serverUrl, m_ui->userName, m_ui->password}) {
        if (field->text().isEmpty()) {
            field->setFocus();
            return;
        }
    }
    m_signIn->setFocus();
}

QString LoginDialog::generalError() const {
    return m_ui->generalError->isHidden() ? QString() : m_ui->generalError->text();
}

void LoginDialog::fitHeight() {
    // Reasons appear and disappear under the fields: the wrapped lines need the height for this
    // width, which the layout's minimum size does not know about.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalMinimumSize().height();
    resize(width(), qMax(needed, layout()->totalMinimumSize().height()));
}

void LoginDialog::clearErrors() {
    m_errors.clear();
    fitHeight();
}

void LoginDialog::showError(const Error &error) {
    const QString rest = m_errors.show(error);
    if (!rest.isEmpty()) {
        m_ui->generalError->setText(rest);
        m_ui->generalError->setVisible(true);
    }
    fitHeight();
    // The first field to fix gets the focus, its text selected for retyping.
    for (QLineEdit *field : {m_ui->serverUrl, m_ui->userName, m_ui->password, m_ui->caFile}) {
        if (field->property("invalid").toBool()) {
            field->setFocus();
            field->selectAll();
            return;
        }
    }
}

void LoginDialog::setSigningIn(bool signingIn) {
    m_signingIn = signingIn;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->profile, m_ui->forgetProfile, m_ui->serverUrl, m_ui->userName, m_ui->password,
             m_ui->caFile, m_ui->browseCaFile, m_signIn})
        w->setEnabled(!signingIn);
    if (!signingIn)
        m_ui->forgetProfile->setEnabled(m_ui->profile->currentData().toInt() != NewConnection);
    m_ui->signInProgress->setVisible(signingIn);
    m_ui->signInStatus->setText(
        signingIn ? tr("Signing in to %1…").arg(serverUrlFrom(m_ui->serverUrl->text()).host())
                  : QString());
}

void LoginDialog::signIn() {
    if (m_signingIn)
        return;
    clearErrors();
    m_ui->signInStatus->clear();
    const Connection c = connection();
    const QUrl url = serverUrlFrom(c.serverUrl);
    Problems problems;
    if (c.serverUrl.isEmpty())
        problems.add(QStringLiteral("serverUrl"),
                     tr("Enter the address of the server, e.g. https://bss.example.com:8443."));
    else if (!url.isValid() || url.host().isEmpty() ||
             (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        problems.add(
            QStringLiteral("serverUrl"),
            tr("“%1” is not a server address; write it as https://HOST:PORT.").arg(c.serverUrl));
    if (c.userName.isEmpty())
        problems.add(QStringLiteral("username"), tr("Enter your user name."));
    if (m_ui->password->text().isEmpty())
        problems.add(QStringLiteral("password"), tr("Enter your password."));
    if (!problems.isEmpty()) {
        showError(problems.toError());
        return;
    }

    auto backend = std::make_unique<RestBackend>(url);
    if (!c.caFile.isEmpty()) {
        if (const Result<Done> added = backend->addCaCertificates(c.caFile); !added) {
            showError(added.error());
            return;
        }
    }
    m_backend = std::move(backend);
    setSigningIn(true);
    const quint64 attempt = ++m_attempt;
    whenReady(m_backend->login(c.userName, m_ui->password->text()), this, nullptr,
              [this, attempt](const Result<Session> &r) {
                  if (attempt == m_attempt)
                      finish(r);
              });
}

void LoginDialog::finish(const Result<Session> &result) {
    setSigningIn(false);
    if (result) {
        remember(connection());
        m_ui->password->clear();
        accept();
        return;
    }
    m_backend.reset();
    const Error &e = result.error();
    Error shown = e;
    shown.fieldErrors.clear();
    switch (e.kind) {
    case ErrorKind::Unauthorized:
        // The server's own words only when it says more than "no" (too many attempts: wait).
        shown.fieldErrors = {
            {QStringLiteral("password"), e.code == QLatin1String("too-many-attempts")
                                             ? e.message
                                             : tr("The user name or password is wrong.")}};
        break;
    case ErrorKind::Unavailable:
        if (e.code == QLatin1String("tls-untrusted"))
            shown.fieldErrors = {
                {QStringLiteral("caFile"),
                 tr("%1. If the server has a certificate of your team's own authority, choose "
                    "its CA file here.")
                     .arg(e.message)}};
        else
            shown.fieldErrors = {{QStringLiteral("serverUrl"), e.message}};
        break;
    case ErrorKind::NotFound:
        shown.fieldErrors = {
            {QStringLiteral("serverUrl"), tr("No BSS Desk server answers at %1; check the address.")
                                              .arg(connection().serverUrl)}};
        break;
    default:
        shown = e;
        break;
    }
    showError(shown);
}

std::unique_ptr<RestBackend> LoginDialog::takeBackend() {
    return result() == QDialog::Accepted ? std::move(m_backend) : nullptr;
}

} // namespace bss
