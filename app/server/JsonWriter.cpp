#include "app/server/JsonWriter.h"

#include <QStringList>

#include <cstring>

namespace bss {

namespace {

inline char hexDigit(uint v) {
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// Room for `extra` more bytes without a reallocation per append; grows geometrically.
inline char *reserveTail(QByteArray &out, qsizetype extra) {
    const qsizetype size = out.size();
    if (out.capacity() < size + extra)
        out.reserve(qMax(out.capacity() * 2, size + extra));
    out.resize(size + extra);
    return out.data() + size;
}

// Formats 0 <= v < 10^digits with leading zeros.
inline char *digits(char *p, int v, int count) {
    for (int i = count - 1; i >= 0; --i) {
        p[i] = char('0' + v % 10);
        v /= 10;
    }
    return p + count;
}

// Writes `value` as a JSON string literal, quotes included, from `p` on; returns its end. Room:
// every UTF-16 unit as a six-byte \uXXXX escape, and the quotes.
char *escapeInto(char *p, const QString &value) {
    *p++ = '"';
    const char16_t *src = reinterpret_cast<const char16_t *>(value.constData());
    const char16_t *const end = src + value.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *p++ = char(u);
                continue;
            }
            *p++ = '\\';
            switch (u) {
            case '"':
                *p++ = '"';
                break;
            case '\\':
                *p++ = '\\';
                break;
            case '\b':
                *p++ = 'b';
                break;
            case '\f':
                *p++ = 'f';
                break;
            case '\n':
                *p++ = 'n';
                break;
            case '\r':
                *p++ = 'r';
                break;
            case '\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hexDigit(u >> 4);
                *p++ = hexDigit(u & 0xf);
                break;
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            // A lone surrogate has no UTF-8 form; QJsonDocument writes it as an escape.
            *p++ = '\\';
            *p++ = 'u';
            *p++ = hexDigit((u >> 12) & 0xf);
            *p++ = hexDigit((u >> 8) & 0xf);
            *p++ = hexDigit((u >> 4) & 0xf);
            *p++ = hexDigit(u & 0xf);
        } else {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        }
    }
    *p++ = '"';
    return p;
}

inline qsizetype escapedRoom(const QString &value) {
    return value.size() * 6 + 2;
}

} // namespace

void JsonWriter::appendEscaped(QByteArray &out, const QString &value) {
    const qsizetype start = out.size();
    char *const base = reserveTail(out, escapedRoom(value));
    out.resize(start + (escapeInto(base, value) - base));
}

void JsonWriter::grow(qsizetype extra) {
    m_capacity = qMax(qMax(m_capacity * 2, m_size + extra), qMax(m_out.capacity(), qsizetype(256)));
    m_out.resize(m_capacity);
    m_data = m_out.data();
}

void JsonWriter::put(const char *s, qsizetype n) {
    std::memcpy(reserve(n), s, size_t(n));
}

void JsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (m_hasItems[m_depth - 1])
            put(',');
        m_hasItems[m_depth - 1] = true;
    }
}

void JsonWriter::beginObject() {
    separate();
    put('{');
    Q_ASSERT(m_depth < maxDepth);
    m_hasItems[m_depth] = false;
#ifndef QT_NO_DEBUG
    m_lastKey[m_depth] = {};
#endif
    ++m_depth;
}

void JsonWriter::endObject() {
    Q_ASSERT(m_depth > 0 && !m_afterKey);
    --m_depth;
    put('}');
}

void JsonWriter::beginArray() {
    separate();
    put('[');
    Q_ASSERT(m_depth < maxDepth);
    m_hasItems[m_depth] = false;
    ++m_depth;
}

void JsonWriter::endArray() {
    Q_ASSERT(m_depth > 0 && !m_afterKey);
    --m_depth;
    put(']');
}

void JsonWriter::key(QLatin1StringView name) {
    Q_ASSERT(m_depth > 0 && !m_afterKey);
#ifndef QT_NO_DEBUG
    // QJsonObject keeps its keys sorted; the same order keeps the output identical.
    Q_ASSERT_X(m_lastKey[m_depth - 1].isEmpty() || m_lastKey[m_depth - 1] < name, "JsonWriter::key",
               "keys must come in sorted order");
    m_lastKey[m_depth - 1] = name;
#endif
    separate();
    char *p = reserve(name.size() + 3);
    *p++ = '"';
    std::memcpy(p, name.data(), size_t(name.size()));
    p += name.size();
    *p++ = '"';
    *p = ':';
    m_afterKey = true;
}

void JsonWriter::string(const QString &value) {
    separate();
    const qsizetype room = escapedRoom(value);
    commit(escapeInto(reserve(room), value));
}

void JsonWriter::string(QLatin1StringView value) {
    separate();
    char *p = reserve(value.size() + 2);
    *p++ = '"';
    std::memcpy(p, value.data(), size_t(value.size()));
    p[value.size()] = '"';
}

void JsonWriter::integer(qint64 value) {
    separate();
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *p = end;
    // Unsigned, so that the smallest qint64 prints too.
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        *--p = '-';
    put(p, end - p);
}

void JsonWriter::boolean(bool value) {
    separate();
    if (value)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::null() {
    separate();
    put("null", 4);
}

void JsonWriter::money(qint64 minor) {
    separate();
    char buffer[32];
    char *end = buffer + sizeof buffer;
    char *p = end;
    *--p = '"';
    const bool negative = minor < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 cents = magnitude % 100;
    *--p = char('0' + cents % 10);
    *--p = char('0' + cents / 10);
    *--p = '.';
    magnitude /= 100;
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (negative)
        *--p = '-';
    *--p = '"';
    put(p, end - p);
}

void JsonWriter::dateTime(const QDateTime &value) {
    if (!value.isValid()) {
        null();
        return;
    }
    const QDateTime utc = value.toUTC();
    int year = 0, month = 0, day = 0;
    utc.date().getDate(&year, &month, &day);
    if (year < 0 || year > 9999) {
        // Qt's own spelling of years outside four digits.
        string(utc.toString(Qt::ISODateWithMs));
        return;
    }
    separate();
    const QTime time = utc.time();
    char *p = reserve(26);
    *p++ = '"';
    p = digits(p, year, 4);
    *p++ = '-';
    p = digits(p, month, 2);
    *p++ = '-';
    p = digits(p, day, 2);
    *p++ = 'T';
    p = digits(p, time.hour(), 2);
    *p++ = ':';
    p = digits(p, time.minute(), 2);
    *p++ = ':';
    p = digits(p, time.second(), 2);
    *p++ = '.';
    p = digits(p, time.msec(), 3);
    *p++ = 'Z';
    *p++ = '"';
}

void JsonWriter::stringArray(QLatin1StringView name, const QStringList &values) {
    key(name);
    beginArray();
    for (const QString &value : values)
        string(value);
    endArray();
}

} // namespace bss
