#include "app/store/StoreConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace bss {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("bss::StoreConfig", text);
}
} // namespace

StoreConfig StoreConfig::sqlite(const QString &path) {
    StoreConfig config;
    config.kind = Kind::Sqlite;
    config.path = path;
    return config;
}

Result<StoreConfig> StoreConfig::parse(const QString &url) {
    const auto bad = [&url](const QString &why) {
        return Error::validation({{QStringLiteral("store"), why.arg(url)}},
                                 QStringLiteral("bad-store"));
    };
    if (url.startsWith(QLatin1String("sqlite:"))) {
        const QString path = url.mid(7);
        if (path.isEmpty())
            return bad(tr("\"%1\" names no SQLite file; write sqlite:PATH."));
        return sqlite(path);
    }
    if (url.startsWith(QLatin1String("postgres://")) ||
        url.startsWith(QLatin1String("postgresql://"))) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2)
            return bad(tr("\"%1\" is not postgres://USER[:PASSWORD]@HOST:PORT/DBNAME."));
        StoreConfig config;
        config.kind = Kind::Postgres;
        config.host = parsed.host();
        config.port = parsed.port(5432);
        config.user = parsed.userName();
        config.password = parsed.password();
        config.database = parsed.path().mid(1);
        return config;
    }
    return bad(tr("Unknown store \"%1\": use sqlite:PATH or postgres://USER@HOST:PORT/DBNAME."));
}

QString StoreConfig::defaultSqlitePath() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.bssdesk");
    return QDir(dir).filePath(QStringLiteral("bssdesk.sqlite"));
}

QString StoreConfig::describe() const {
    if (kind == Kind::Sqlite)
        return tr("Embedded store: %1").arg(QDir::toNativeSeparators(path));
    return tr("PostgreSQL: %1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace bss
