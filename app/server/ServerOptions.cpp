#include "app/server/ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QThread>

namespace bss {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("bss::ServerOptions", text);
}

void addOptions(QCommandLineParser &parser) {
    parser.setApplicationDescription(tr("BSS Desk REST server: the same rules as the desktop app, "
                                        "over SQLite or PostgreSQL, for a team."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("store"), tr("sqlite:PATH or postgres://USER[:PASSWORD]@HOST:PORT/DBNAME."),
         tr("url"), QStringLiteral("sqlite:bssdesk-server.sqlite")},
        {QStringLiteral("listen"), tr("Address and port to listen on (port 0: any free port)."),
         tr("host:port"), QStringLiteral("127.0.0.1:8080")},
        {QStringLiteral("demo"), tr("Add the demo data unless the store already holds it.")},
        {QStringLiteral("config"),
         tr("Read options from this file: one \"name = value\" per line, the long names of these "
            "options (\"true\" for a switch); the command line wins."),
         tr("file")},
        {QStringLiteral("tls-cert"), tr("PEM certificate (chain): serve HTTPS."), tr("file")},
        {QStringLiteral("tls-key"), tr("PEM private key of the certificate."), tr("file")},
        {QStringLiteral("token-hours"), tr("Hours a login token stays valid (default 12)."),
         tr("hours"), QStringLiteral("12")},
        {QStringLiteral("threads"),
         tr("Request threads, each with its own database connection (default: one per core, "
            "here %1).")
             .arg(ServerOptions::defaultThreads()),
         tr("count")},
        {QStringLiteral("max-connections"),
         tr("Open connections served at once (default: from the open-files limit, keeping "
            "descriptors in reserve); %1 more are kept for health checks.")
             .arg(ServerOptions::healthReserve),
         tr("count")},
        {QStringLiteral("idle-timeout"),
         tr("Seconds a connection may wait between requests before it is closed (default 30)."),
         tr("seconds"), QStringLiteral("30")},
        {QStringLiteral("header-timeout"),
         tr("Seconds a client has to send a request's headers (default 10)."), tr("seconds"),
         QStringLiteral("10")},
        {QStringLiteral("body-timeout"),
         tr("Seconds a client has to send a request's body (default 30)."), tr("seconds"),
         QStringLiteral("30")},
        {QStringLiteral("allow-plain-http"),
         tr("Serve plain HTTP on an address other than loopback (only behind a TLS proxy).")},
        {QStringLiteral("trusted-proxy"),
         tr("Address of a proxy in front (repeatable): the client address, for throttling "
            "logins, is then the last one of its X-Forwarded-For header."),
         tr("address")},
        {QStringLiteral("add-user"),
         tr("Create or update this user (password read from standard input) and exit."),
         tr("name")},
        {QStringLiteral("role"), tr("Role of --add-user: admin, agent or reseller."), tr("role")},
        {QStringLiteral("account"), tr("Reseller account id of a reseller user."), tr("id")},
        {QStringLiteral("generate"),
         tr("Add deterministic synthetic data for scale tests and exit, e.g. "
            "accounts=1000000,orders=2500000 (lines=K: lines per order, 2 by default; "
            "shuffled=1: account ids in no relation to name order, as in a store that grew by "
            "use)."),
         tr("spec")},
        {QStringLiteral("backup"),
         tr("Copy the SQLite store into this file and exit: a consistent copy, taken while "
            "servers go on using the store (PostgreSQL: pg_dump)."),
         tr("file")},
    });
    parser.addOption({QStringLiteral("print-roles-table"),
                      tr("Print the table of roles and what each may do (Markdown) and exit.")});
    QCommandLineOption clock(QStringLiteral("clock"), QStringLiteral("Test only."),
                             QStringLiteral("iso8601"));
    clock.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(clock);
}

// The hidden --clock of the tests.
void parseClock(const QCommandLineParser &parser, ServerOptions &options, Problems &problems) {
    if (!parser.isSet(QStringLiteral("clock")))
        return;
    options.clock = QDateTime::fromString(parser.value(QStringLiteral("clock")), Qt::ISODate);
    if (!options.clock.isValid())
        problems.add(QStringLiteral("clock"), tr("--clock wants an ISO 8601 date and time."));
}

// --listen HOST:PORT; "localhost" is 127.0.0.1, an empty host or "*" every address.
void parseListen(const QString &listen, ServerOptions &options, Problems &problems) {
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon < 0 ? 0 : listen.mid(colon + 1).toUInt(&portOk);
    QString host = colon < 0 ? QString() : listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (host.isEmpty() || host == QLatin1String("*"))
        host = QStringLiteral("0.0.0.0");
    const QHostAddress address(host);
    if (colon < 0 || !portOk || port > 65535 || address.isNull())
        problems.add(QStringLiteral("listen"),
                     tr("--listen wants HOST:PORT, such as 127.0.0.1:8080."));
    options.address = address;
    options.port = quint16(port);
}

// --add-user NAME --role ROLE [--account ID]; --role and --account only with it.
void parseAddUser(const QCommandLineParser &parser, ServerOptions &options, Problems &problems) {
    options.addUser = parser.value(QStringLiteral("add-user"));
    if (parser.isSet(QStringLiteral("add-user"))) {
        const std::optional<UserRole> role =
            fromString<UserRole>(parser.value(QStringLiteral("role")));
        if (!role)
            problems.add(QStringLiteral("role"),
                         tr("--add-user needs --role admin, agent or reseller."));
        else
            options.role = *role;
        if (parser.isSet(QStringLiteral("account"))) {
            bool ok = false;
            const qint64 account = parser.value(QStringLiteral("account")).toLongLong(&ok);
            if (!ok || account < 1)
                problems.add(QStringLiteral("account"), tr("--account wants an account id."));
            else
                options.account = account;
        }
        if (options.addUser.isEmpty())
            problems.add(QStringLiteral("add-user"), tr("--add-user needs a user name."));
    } else if (parser.isSet(QStringLiteral("role")) || parser.isSet(QStringLiteral("account"))) {
        problems.add(QStringLiteral("role"), tr("--role and --account go with --add-user."));
    }
}

// --max-connections and the timeouts.
void parseHttpLimits(const QCommandLineParser &parser, ServerOptions &options, Problems &problems) {
    const auto number = [&](const QString &name, int min, int max, int *value) {
        if (!parser.isSet(name) && parser.value(name).isEmpty())
            return;
        bool ok = false;
        const int v = parser.value(name).toInt(&ok);
        if (!ok || v < min || v > max)
            problems.add(name, tr("--%1 wants %2 to %3.").arg(name).arg(min).arg(max));
        else
            *value = v;
    };
    number(QStringLiteral("max-connections"), 1, 1'000'000, &options.maxConnections);
    number(QStringLiteral("idle-timeout"), 1, 3600, &options.idleTimeout);
    number(QStringLiteral("header-timeout"), 1, 3600, &options.headerTimeout);
    number(QStringLiteral("body-timeout"), 1, 3600, &options.bodyTimeout);
    options.allowPlainHttp = parser.isSet(QStringLiteral("allow-plain-http"));
    const QStringList proxies = parser.values(QStringLiteral("trusted-proxy"));
    for (const QString &proxy : proxies) {
        const QHostAddress address(proxy);
        if (address.isNull())
            problems.add(QStringLiteral("trusted-proxy"),
                         tr("--trusted-proxy wants an IP address, not %1.").arg(proxy));
        else
            options.trustedProxies.append(address);
    }
}

// --config FILE: its lines as options before those of the command line (which win: an option
// given twice takes its last value). Empty lines and lines starting with # are skipped.
Result<QStringList> withConfigFile(const QStringList &arguments, const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::validation(
            {{QStringLiteral("config"), tr("Cannot read %1: %2").arg(path, file.errorString())}},
            QStringLiteral("bad-arguments"));
    QStringList fromFile;
    Problems problems;
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++number;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString name = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        const QString where = QStringLiteral("%1:%2: ").arg(path).arg(number);
        if (equals < 1 || name.startsWith(QLatin1Char('-'))) {
            problems.add(QStringLiteral("config"), where + tr("expected \"name = value\"."));
        } else if (name == QLatin1String("config") || name == QLatin1String("help") ||
                   name == QLatin1String("version")) {
            problems.add(QStringLiteral("config"),
                         where + tr("%1 is not read from a file.").arg(name));
        } else if (value == QLatin1String("true")) {
            fromFile << QStringLiteral("--") + name;
        } else if (value != QLatin1String("false")) {
            fromFile << QStringLiteral("--") + name + QLatin1Char('=') + value;
        }
    }
    if (!problems.isEmpty())
        return problems.toError(QStringLiteral("bad-arguments"));
    return QStringList{arguments.value(0)} + fromFile + arguments.mid(1);
}

} // namespace

int ServerOptions::defaultThreads() {
    return qBound(1, QThread::idealThreadCount(), maxThreads);
}

QString ServerOptions::usage() {
    QCommandLineParser parser;
    addOptions(parser);
    return parser.helpText();
}

Result<ServerOptions> ServerOptions::parse(const QStringList &given) {
    QCommandLineParser parser;
    addOptions(parser);
    Problems problems;
    QStringList arguments = given;
    if (parser.parse(given) && parser.isSet(QStringLiteral("config"))) {
        const Result<QStringList> withFile =
            withConfigFile(given, parser.value(QStringLiteral("config")));
        if (!withFile)
            return withFile.error();
        arguments = *withFile;
    }
    if (!parser.parse(arguments))
        return Error::validation({{QString(), parser.errorText()}},
                                 QStringLiteral("bad-arguments"));
    if (parser.isSet(QStringLiteral("print-roles-table")))
        return Error::validation({}, QStringLiteral("roles-table"));
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        Error e =
            Error::validation({}, parser.isSet(QStringLiteral("help")) ? QStringLiteral("help")
                                                                       : QStringLiteral("version"));
        return e;
    }
    if (!parser.positionalArguments().isEmpty())
        problems.add(
            QString(),
            tr("Unexpected argument: %1").arg(parser.positionalArguments().join(QLatin1Char(' '))));

    ServerOptions options;
    const Result<StoreConfig> store = StoreConfig::parse(parser.value(QStringLiteral("store")));
    if (store)
        options.store = *store;
    else
        problems.add(QStringLiteral("store"), store.error().describe());

    parseListen(parser.value(QStringLiteral("listen")), options, problems);

    options.demo = parser.isSet(QStringLiteral("demo"));
    options.tlsCert = parser.value(QStringLiteral("tls-cert"));
    options.tlsKey = parser.value(QStringLiteral("tls-key"));
    if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty())
        problems.add(QStringLiteral("tls"), tr("--tls-cert and --tls-key go together."));

    bool hoursOk = false;
    options.tokenHours = parser.value(QStringLiteral("token-hours")).toInt(&hoursOk);
    if (!hoursOk || options.tokenHours < 1 || options.tokenHours > 24 * 90)
        problems.add(QStringLiteral("token-hours"), tr("--token-hours wants 1 to 2160."));

    if (parser.isSet(QStringLiteral("threads"))) {
        bool threadsOk = false;
        options.threads = parser.value(QStringLiteral("threads")).toInt(&threadsOk);
        if (!threadsOk || options.threads < 1 || options.threads > maxThreads)
            problems.add(QStringLiteral("threads"), tr("--threads wants 1 to %1.").arg(maxThreads));
    }

    parseHttpLimits(parser, options, problems);
    parseAddUser(parser, options, problems);
    if (parser.isSet(QStringLiteral("generate"))) {
        const Result<GenerateSpec> spec =
            GenerateSpec::parse(parser.value(QStringLiteral("generate")));
        if (spec)
            options.generate = *spec;
        else
            problems.add(QStringLiteral("generate"), spec.error().describe());
        if (!options.addUser.isEmpty())
            problems.add(QStringLiteral("generate"),
                         tr("--generate and --add-user are separate runs."));
    }
    options.backup = parser.value(QStringLiteral("backup"));
    if (parser.isSet(QStringLiteral("backup")) &&
        (options.backup.isEmpty() || !options.addUser.isEmpty() || options.generate))
        problems.add(QStringLiteral("backup"),
                     tr("--backup wants a file name, and is a run of its own (no --add-user or "
                        "--generate)."));
    parseClock(parser, options, problems);
    if (!problems.isEmpty())
        return problems.toError(QStringLiteral("bad-arguments"));
    return options;
}

} // namespace bss
