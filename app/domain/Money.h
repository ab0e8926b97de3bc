#pragma once

#include <QString>

#include <optional>

namespace bss {

// An amount in integer minor units (cents) with its ISO currency. Never a double.
class Money {
public:
    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency)) {}

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    // "12.50", "-0.05": the wire format of the REST API.
    QString toDecimalString() const;
    // "12.50 EUR" for people; locale formatting is the UI's job.
    QString toString() const { return toDecimalString() + QLatin1Char(' ') + m_currency; }

    // Accepts "12", "12.5", "12.50", "-3.07"; refuses more than two decimals, junk and overflow.
    static std::optional<Money> fromDecimalString(const QString &text, const QString &currency);

    // Multiplies without overflow; nullopt when the result would not fit.
    std::optional<Money> times(qint64 factor) const;
    Money operator+(const Money &other) const { return {m_minor + other.m_minor, m_currency}; }
    Money operator-(const Money &other) const { return {m_minor - other.m_minor, m_currency}; }
    Money &operator+=(const Money &other) {
        m_minor += other.m_minor;
        return *this;
    }

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace bss
