#include "tests/server/RestFixture.h"

#include "tests/server/PostgresCluster.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>

namespace bss::test {

RestFixture::~RestFixture() {
    m_backend.reset();
    m_server.reset();
}

QString RestFixture::freshStore(Store kind, QString *error) {
    if (kind == Store::Sqlite)
        return {}; // ServerProcess makes a temporary SQLite file
    PostgresCluster *cluster = PostgresCluster::shared(error);
    if (!cluster)
        return {};
    static int counter = 0;
    const QString name =
        QStringLiteral("bss_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    return cluster->createDatabase(name, error);
}

bool RestFixture::start(Store kind, bool demo, QString *error) {
    const QString store = freshStore(kind, error);
    if (!error->isEmpty())
        return false;
    m_server = std::make_unique<ServerProcess>(store);
    if (!m_server->addUser({QStringLiteral("tester"), QStringLiteral("admin"), {}}, error))
        return false;
    if (!m_server->start(demo ? QStringList{QStringLiteral("--demo")} : QStringList{}, error))
        return false;
    m_backend = std::make_unique<RestBackend>(m_server->url());
    const Result<Session> session =
        await(m_backend->login(QStringLiteral("tester"), QStringLiteral("password-123")));
    if (!session) {
        *error = session.error().describe();
        return false;
    }
    return true;
}

} // namespace bss::test
