#include "app/server/ApiController.h"
#include "app/server/ApiServer.h"
#include "app/server/IdempotencyStore.h"
#include "app/server/Readiness.h"
#include "app/services/AuthService.h"
#include "app/services/Services.h"
#include "app/store/SqlStore.h"
#include "tests/server/HttpClient.h"
#include "tests/server/ServerProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace bss;
using namespace bss::test;

namespace {
QJsonObject document() {
    QFile file(QStringLiteral(BSS_OPENAPI_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QSet<QString> documentedOperations(const QJsonObject &doc) {
    QSet<QString> ops;
    const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        for (auto m = item.begin(); m != item.end(); ++m)
            ops.insert(m.key().toUpper() + QLatin1Char(' ') + it.key());
    }
    return ops;
}
} // namespace

// The OpenAPI document in the repository and the server's routes list the same operations,
// and the server serves that document.
class TestOpenApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentIsOpenApi3() {
        const QJsonObject doc = document();
        QVERIFY(doc.value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.")));
        QCOMPARE(doc.value(QStringLiteral("servers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("url"))
                     .toString(),
                 ApiController::base());
        // Every $ref points at something that exists.
        const QByteArray text = QJsonDocument(doc).toJson();
        const QJsonObject schemas = doc.value(QStringLiteral("components"))
                                        .toObject()
                                        .value(QStringLiteral("schemas"))
                                        .toObject();
        qsizetype at = 0;
        const QByteArray marker = "#/components/schemas/";
        while ((at = text.indexOf(marker, at)) >= 0) {
            at += marker.size();
            const QByteArray name = text.mid(at, text.indexOf('"', at) - at);
            QVERIFY2(schemas.contains(QString::fromLatin1(name)), name.constData());
        }
    }

    void routesAndDocumentListTheSameOperations() {
        SqlStore store(StoreConfig::sqlite(QStringLiteral(":memory:")),
                       QStringLiteral("openapi-test"));
        QVERIFY(store.open().ok());
        Services services(store);
        AuthService auth(store);
        IdempotencyStore idempotency(store);
        Readiness readiness(StoreConfig::sqlite(QStringLiteral(":memory:")));
        ServerContext context{store,       services,  auth,
                              idempotency, readiness, QStringLiteral("sqlite")};
        ApiServer server(context);

        QSet<QString> routes;
        const QStringList operations = server.router().operations();
        for (const QString &op : operations) {
            QString relative = op;
            relative.replace(QLatin1Char(' ') + ApiController::base(), QStringLiteral(" "));
            QVERIFY2(!routes.contains(relative),
                     qPrintable(QStringLiteral("route twice: ") + relative));
            routes.insert(relative);
        }
        const QSet<QString> documented = documentedOperations(document());
        QStringList missing = QStringList(documented.cbegin(), documented.cend());
        missing.erase(std::remove_if(missing.begin(), missing.end(),
                                     [&](const QString &o) { return routes.contains(o); }),
                      missing.end());
        QStringList undocumented = QStringList(routes.cbegin(), routes.cend());
        undocumented.erase(std::remove_if(undocumented.begin(), undocumented.end(),
                                          [&](const QString &o) { return documented.contains(o); }),
                           undocumented.end());
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("documented, no route: ") +
                                               missing.join(QStringLiteral(", "))));
        QVERIFY2(undocumented.isEmpty(), qPrintable(QStringLiteral("route, not documented: ") +
                                                    undocumented.join(QStringLiteral(", "))));
        QVERIFY(routes.size() >= 30);
    }

    void serverServesTheDocument() {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        HttpClient http(server.url());
        const HttpReply reply = http.get(QStringLiteral("/openapi.json"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), document());
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
