#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>

namespace bss {

// Writes compact JSON straight into a QByteArray, for the answers the server sends most
// (lists and single records): building a QJsonObject per row and serializing it costs several
// times more than the SQL behind it. The output is byte for byte what QJsonDocument::toJson
// (Compact) writes for the same values: strings escaped the same way, UTF-8, integers as
// integers. QJsonObject sorts its keys, so callers write keys in sorted order (checked in
// debug builds). `out` holds the JSON once the writer is gone: while it writes, `out` is kept
// longer than what is written, so that each value costs a pointer bump rather than a
// QByteArray::resize().
class JsonWriter {
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
        , m_data(out.data())
        , m_size(out.size())
        , m_capacity(out.size()) {}
    ~JsonWriter() { m_out.resize(m_size); }
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The key of the next value; names are ASCII, in sorted order within one object.
    void key(QLatin1StringView name);

    void string(const QString &value);
    void string(QLatin1StringView value); // ASCII text that needs no escaping
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    // Minor units as the API's decimal string: 1250 -> "12.50".
    void money(qint64 minor);
    // ISO 8601 UTC with milliseconds ("2025-01-02T03:04:05.678Z"), or null when invalid.
    void dateTime(const QDateTime &value);

    // key + value in one call.
    void field(QLatin1StringView name, const QString &value) {
        key(name);
        string(value);
    }
    void field(QLatin1StringView name, qint64 value) {
        key(name);
        integer(value);
    }
    void field(QLatin1StringView name, int value) {
        key(name);
        integer(value);
    }
    void field(QLatin1StringView name, bool value) {
        key(name);
        boolean(value);
    }
    void field(QLatin1StringView name, const std::optional<qint64> &value) {
        key(name);
        value ? integer(*value) : null();
    }
    void field(QLatin1StringView name, const std::optional<int> &value) {
        key(name);
        value ? integer(*value) : null();
    }
    // null for empty text, as the codec's nonEmpty() does.
    void nonEmptyField(QLatin1StringView name, const QString &value) {
        key(name);
        value.isEmpty() ? null() : string(value);
    }
    void stringArray(QLatin1StringView name, const QStringList &values);

    // Appends `value` to `out` as a JSON string literal, quotes included.
    static void appendEscaped(QByteArray &out, const QString &value);

private:
    void separate();
    // Room for `extra` more bytes at the end, counted as written; see commit().
    char *reserve(qsizetype extra) {
        if (m_capacity - m_size < extra)
            grow(extra);
        char *p = m_data + m_size;
        m_size += extra;
        return p;
    }
    // After reserve(): the text really ends at `end`.
    void commit(const char *end) { m_size = end - m_data; }
    void grow(qsizetype extra);
    void put(const char *s, qsizetype n);
    void put(char c) { *reserve(1) = c; }

    static constexpr int maxDepth = 32;
    QByteArray &m_out;
    char *m_data;
    qsizetype m_size;     // what is written
    qsizetype m_capacity; // m_out.size() while writing
    int m_depth = 0;
    std::array<bool, maxDepth> m_hasItems{};
    bool m_afterKey = false;
#ifndef QT_NO_DEBUG
    std::array<QLatin1StringView, maxDepth> m_lastKey{};
#endif
};

} // namespace bss
