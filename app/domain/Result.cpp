#include "app/domain/Result.h"

#include <QCoreApplication>

namespace bss {

Error Error::validation(QList<FieldError> errors, QString code) {
    Error e;
    e.kind = ErrorKind::Validation;
    e.code = std::move(code);
    e.fieldErrors = std::move(errors);
    e.message = e.fieldErrors.size() == 1
                    ? e.fieldErrors.constFirst().message
                    : QCoreApplication::translate("bss::Error", "Please correct %n problem(s).",
                                                  nullptr, int(e.fieldErrors.size()));
    return e;
}

Error Error::notFound(const QString &what) {
    Error e;
    e.kind = ErrorKind::NotFound;
    e.code = QStringLiteral("not-found");
    e.message = QCoreApplication::translate("bss::Error", "%1 was not found.").arg(what);
    return e;
}

Error Error::conflict(QString code, QString message) {
    Error e;
    e.kind = ErrorKind::Conflict;
    e.code = std::move(code);
    e.message = std::move(message);
    return e;
}

Error Error::stale(const QString &what) {
    Error e;
    e.kind = ErrorKind::Stale;
    e.code = QStringLiteral("stale-version");
    e.message = QCoreApplication::translate(
                    "bss::Error",
                    "Someone else changed this %1 after you opened it. Reload it and try again.")
                    .arg(what);
    return e;
}

Error Error::internal(QString message) {
    Error e;
    e.kind = ErrorKind::Internal;
    e.code = QStringLiteral("internal");
    e.message = std::move(message);
    return e;
}

QString Error::messageFor(const QString &field) const {
    QStringList parts;
    for (const FieldError &f : fieldErrors) {
        if (f.field == field)
            parts.append(f.message);
    }
    return parts.join(QLatin1Char('\n'));
}

QString Error::describe() const {
    if (fieldErrors.size() <= 1)
        return fieldErrors.isEmpty() ? message : fieldErrors.constFirst().message;
    QStringList lines{message};
    for (const FieldError &f : fieldErrors)
        lines.append(QStringLiteral("• ") + f.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace bss
