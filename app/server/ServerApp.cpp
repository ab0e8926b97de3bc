#include "app/server/ServerApp.h"

#include "app/server/PasswordHasher.h"
#include "app/server/Readiness.h"
#include "app/server/ServerPool.h"
#include "app/services/AuthService.h"
#include "app/services/DemoData.h"
#include "app/services/Generator.h"
#include "app/services/Services.h"
#include "app/store/SqlStore.h"
#include "app/store/StoreBackup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QThread>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#endif

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace bss {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("bss::ServerApp", text);
}

int addUser(const ServerOptions &options, Store &store, QTextStream &in, QTextStream &out,
            QTextStream &err) {
    QString password = in.readLine();
    while (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    AuthService auth(store);
    const Result<User> user =
        auth.upsertUser({options.addUser, password, options.role, options.account});
    if (!user) {
        err << tr("Cannot save user %1:").arg(options.addUser) << '\n'
            << user.error().describe() << Qt::endl;
        return 1;
    }
    out << tr("User %1 saved with role %2.").arg(user->username, toString(user->role)) << Qt::endl;
    return 0;
}

// --backup FILE: a consistent copy of the SQLite store, while servers go on using it.
int backup(const ServerOptions &options, QTextStream &out, QTextStream &err) {
    QElapsedTimer timer;
    timer.start();
    if (const Result<Done> done = backupStore(options.store, options.backup); !done) {
        err << tr("Cannot back up the store %1:").arg(options.store.describe()) << '\n'
            << done.error().describe() << Qt::endl;
        return 2;
    }
    out << tr("Backed up %1 to %2 (%3 bytes) in %4 ms.")
               .arg(options.store.describe(), options.backup)
               .arg(QFileInfo(options.backup).size())
               .arg(timer.elapsed())
        << Qt::endl;
    return 0;
}

#if QT_CONFIG(ssl)
Result<QSslConfiguration> tlsConfiguration(const ServerOptions &options) {
    const auto fail = [](const QString &message) {
        return Error::validation({{QStringLiteral("tls"), message}}, QStringLiteral("bad-tls"));
    };
    QFile certFile(options.tlsCert);
    if (!certFile.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the certificate %1.").arg(options.tlsCert));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return fail(tr("%1 holds no PEM certificate.").arg(options.tlsCert));
    QFile keyFile(options.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the private key %1.").arg(options.tlsKey));
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(tr("%1 holds no unencrypted PEM RSA or EC key.").arg(options.tlsKey));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}
#endif

// The real time, or the instant a test pinned with --clock.
Clock clockOf(const ServerOptions &options) {
    if (!options.clock.isValid())
        return {};
    return [at = options.clock.toUTC()] { return at; };
}

// --generate (the run ends there), --demo, or the catalog of a new store. An exit code when the
// run ends here or failed.
std::optional<int> fillStore(const ServerOptions &options, Store &store, QTextStream &out,
                             QTextStream &err) {
    Services services(store, clockOf(options));
    if (options.generate) {
        const Result<GenerateReport> report = generateSyntheticData(services, *options.generate);
        if (!report) {
            err << tr("Cannot generate the data:") << '\n' << report.error().describe() << Qt::endl;
            return 2;
        }
        out << tr("Generated %1 accounts, %2 orders with %3 lines and %4 subscriptions in %5 ms.")
                   .arg(report->accounts)
                   .arg(report->orders)
                   .arg(report->lines)
                   .arg(report->subscriptions)
                   .arg(report->milliseconds)
            << Qt::endl;
        return 0;
    }
    if (options.demo) {
        const Result<bool> added = installDemoData(services);
        if (!added) {
            err << tr("Cannot add the demo data:") << '\n' << added.error().describe() << Qt::endl;
            return 2;
        }
        out << (*added ? tr("Demo data added.") : tr("The store already holds the demo data."))
            << Qt::endl;
    } else {
        // A new store gets the catalog, so that orders can be taken at once.
        const Result<QList<Product>> products = store.catalog().products({});
        const Result<Done> catalog = !products             ? Result<Done>(products.error())
                                     : products->isEmpty() ? installCatalog(services)
                                                           : Result<Done>(Done{});
        if (!catalog) {
            err << tr("Cannot install the catalog:") << '\n'
                << catalog.error().describe() << Qt::endl;
            return 2;
        }
    }
    return std::nullopt;
}

// The process's open-files limit, raised to its hard limit first (as a server should: the soft
// limit of 1,024 that services often get is too few for a busy server).
int descriptorLimit() {
#if defined(Q_OS_UNIX)
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    const rlim_t wanted = qMin<rlim_t>(limit.rlim_max, 1 << 20);
    if (limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return int(qMin<rlim_t>(limit.rlim_cur, 1 << 20));
#else
    return 8192;
#endif
}

// How many connections are served at once: below the descriptor limit, keeping descriptors for
// the database connections, files and logs, and for the health-check reserve.
Result<int> connectionCap(const ServerOptions &options) {
    const int limit = descriptorLimit();
    // The health-check reserve counts twice: closing its oldest to make room takes a moment.
    const int reserve = 64 + 8 * options.threads + 2 * ServerOptions::healthReserve;
    const int cap = limit - reserve;
    const auto fail = [](const QString &message) {
        return Error::validation({{QStringLiteral("max-connections"), message}},
                                 QStringLiteral("bad-arguments"));
    };
    if (cap < 8)
        return fail(tr("The open-files limit %1 is too low to serve connections; raise it "
                       "(ulimit -n, LimitNOFILE=) to at least %2.")
                        .arg(limit)
                        .arg(reserve + 8));
    if (options.maxConnections > cap)
        return fail(tr("--max-connections %1 is more than the open-files limit %2 allows (%3).")
                        .arg(options.maxConnections)
                        .arg(limit)
                        .arg(cap));
    qCInfo(lcServer) << "open-files limit" << limit << "; at most" << cap << "connections";
    return options.maxConnections > 0 ? options.maxConnections : cap;
}

HttpLimits httpLimits(const ServerOptions &options) {
    HttpLimits limits;
    limits.idleTimeout = std::chrono::seconds(options.idleTimeout);
    limits.headerTimeout = std::chrono::seconds(options.headerTimeout);
    limits.bodyTimeout = std::chrono::seconds(options.bodyTimeout);
    limits.trustedProxies = options.trustedProxies;
    return limits;
}

// Passwords and tokens in clear text are for loopback only, unless a TLS proxy stands in front.
bool plainHttpRefused(const ServerOptions &options, QTextStream &err) {
    if (!options.tlsCert.isEmpty() || options.allowPlainHttp || options.address.isLoopback())
        return false;
    err << tr("Refusing plain HTTP on %1, which is not a loopback address: give --tls-cert and "
              "--tls-key, or --allow-plain-http when a TLS proxy is in front.")
               .arg(options.address.toString())
        << Qt::endl;
    return true;
}

// Listens and serves requests on the request threads until the process is told to quit.
int serve(const ServerOptions &options, QTextStream &out, QTextStream &err) {
    if (plainHttpRefused(options, err))
        return 2;
    const Result<int> maxConnections = connectionCap(options);
    if (!maxConnections) {
        err << maxConnections.error().describe() << Qt::endl;
        return 2;
    }
    WorkerSetup setup;
    setup.store = options.store;
    setup.storeKind = options.store.kind == StoreConfig::Kind::Postgres ? QStringLiteral("postgres")
                                                                        : QStringLiteral("sqlite");
    setup.tokenLifetime = std::chrono::hours(options.tokenHours);
    setup.readiness = std::make_shared<Readiness>(options.store);
    setup.clock = clockOf(options);
    setup.limits = httpLimits(options);
    // Login hashing gets at most half the cores, so that the other requests keep theirs.
    setup.hasher =
        std::make_shared<PasswordHasher>(qBound(1, QThread::idealThreadCount() / 2, 4), 64);

    QString scheme = QStringLiteral("http");
    if (!options.tlsCert.isEmpty()) {
#if QT_CONFIG(ssl)
        const Result<QSslConfiguration> tls = tlsConfiguration(options);
        if (!tls) {
            err << tls.error().describe() << Qt::endl;
            return 2;
        }
        setup.tls = *tls;
        scheme = QStringLiteral("https");
#else
        err << tr("This build has no TLS support.") << Qt::endl;
        return 2;
#endif
    }

    ServerPool server;
    if (!server.listen(options.address, options.port)) {
        err << tr("Cannot listen on %1:%2.").arg(options.address.toString()).arg(options.port)
            << Qt::endl;
        return 3;
    }
    if (const Result<Done> started =
            server.start(options.threads, setup, *maxConnections, ServerOptions::healthReserve);
        !started) {
        err << tr("Cannot open the store %1:").arg(options.store.describe()) << '\n'
            << started.error().describe() << Qt::endl;
        return 2;
    }
    QString host = options.address.toString();
    if (options.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    // Tests and scripts read the port from this line when they asked for port 0.
    out << tr("bssdesk-server listening on %1://%2:%3/api/v1 (%4)")
               .arg(scheme, host)
               .arg(server.serverPort())
               .arg(options.store.describe())
        << Qt::endl;
    qCInfo(lcServer) << "serving with" << server.threadCount() << "request threads";
    return QCoreApplication::exec();
}

} // namespace

int ServerApp::run(const ServerOptions &options, QTextStream &in, QTextStream &out,
                   QTextStream &err) {
    if (!options.backup.isEmpty())
        return backup(options, out, err); // the store as it is: no migration, no demo data
    SqlStore store(options.store, QStringLiteral("bssdesk-server"));
    if (const Result<Done> opened = store.open(); !opened) {
        err << tr("Cannot open the store %1:").arg(options.store.describe()) << '\n'
            << opened.error().describe() << Qt::endl;
        return 2;
    }
    if (!options.addUser.isEmpty())
        return addUser(options, store, in, out, err);

    if (const std::optional<int> exitCode = fillStore(options, store, out, err))
        return *exitCode;
    return serve(options, out, err);
}

} // namespace bss
