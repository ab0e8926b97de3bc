#include "app/server/ApiResponse.h"

#include <QJsonDocument>

namespace bss {

ApiResponse ApiResponse::json(const QJsonObject &object, int status) {
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::json(const QJsonArray &array, int status) {
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

QByteArray ApiResponse::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace bss
