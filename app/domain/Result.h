#pragma once

#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace bss {

// One reason a request was refused, tied to the field the user has to fix ("" = whole form).
struct FieldError {
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// What kind of refusal this is; the server maps it to an HTTP status in one place.
enum class ErrorKind {
    Validation,   // 422: a rule refused the input; fieldErrors lists every reason
    NotFound,     // 404: unknown id, or not visible to this user
    Conflict,     // 409: the record's state forbids it (cancelled order, stale quote)
    Stale,        // 412: someone else changed the record since it was read
    BadRequest,   // 400: malformed input
    Forbidden,    // 403: the role may not do this
    Unauthorized, // 401: not logged in or the session expired
    Unavailable,  // the store or server could not be reached; worth a retry
    Internal,     // a defect or a store failure
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString code;    // stable, machine-readable: "seats-out-of-range"
    QString message; // one sentence for the user
    QList<FieldError> fieldErrors;

    static Error validation(QList<FieldError> errors, QString code = QStringLiteral("validation"));
    static Error notFound(const QString &what);
    static Error conflict(QString code, QString message);
    static Error stale(const QString &what);
    static Error internal(QString message);

    // The message for `field`, empty when that field is fine.
    QString messageFor(const QString &field) const;
    bool hasField(const QString &field) const { return !messageFor(field).isEmpty(); }
    // Every reason in one readable block, for a message bar.
    QString describe() const;
};

// Collects every reason before refusing, so the user sees all of them at once.
class Problems {
public:
    void add(const QString &field, const QString &message) { m_errors.append({field, message}); }
    bool isEmpty() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    Error toError(QString code = QStringLiteral("validation")) const {
        return Error::validation(m_errors, std::move(code));
    }

private:
    QList<FieldError> m_errors;
};

struct Done {
    friend bool operator==(Done, Done) { return true; }
};

// A value or the Error that explains why there is none. Never throws across layers.
template <typename T> class Result {
public:
    Result()
        : m_data(Error{}) {}
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }
    T &operator*() { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

    template <typename F> auto map(F &&f) const -> Result<decltype(f(std::declval<const T &>()))> {
        if (!ok())
            return error();
        return f(value());
    }

private:
    std::variant<T, Error> m_data;
};

} // namespace bss
