#include "app/server/IdempotencyStore.h"

#include "app/store/Store.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace bss {

IdempotencyStore::IdempotencyStore(Store &store, Clock clock)
    : m_store(store)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {}

QByteArray IdempotencyStore::requestHash(const QByteArray &method, const QString &path,
                                         const QByteArray &body) {
    QByteArray canonical = QByteArrayLiteral("{}");
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        // A body that is not JSON is refused before anything is recorded; hash it as sent.
        canonical = error.error == QJsonParseError::NoError
                        ? document.toJson(QJsonDocument::Compact)
                        : body;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical);
    return hash.result().toHex();
}

Result<std::optional<IdempotencyStore::Answer>> IdempotencyStore::find(const QString &key,
                                                                       Id userId) {
    return m_store.idempotency().find(key, userId);
}

Result<Done> IdempotencyStore::save(const QString &key, Id userId, const Answer &answer) {
    return m_store.idempotency().insert(key, userId, answer, m_clock());
}

} // namespace bss
