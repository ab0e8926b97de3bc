#include "app/domain/Money.h"

#include <QtNumeric>

namespace bss {

QString Money::toDecimalString() const {
    const bool negative = m_minor < 0;
    // Work in unsigned so that the smallest qint64 still prints.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const QString units = QString::number(magnitude / 100);
    const QString cents = QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + units + QLatin1Char('.') + cents;
}

std::optional<Money> Money::fromDecimalString(const QString &text, const QString &currency) {
    QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > 2 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    for (const QChar c : QString(whole + fraction)) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    fraction = fraction.leftJustified(2, QLatin1Char('0'));
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    // Signed arithmetic, so that the smallest qint64 (which toDecimalString prints) reads back.
    const qint64 sign = negative ? -1 : 1;
    qint64 minor = 0;
    if (qMulOverflow(units, 100 * sign, &minor) ||
        qAddOverflow(minor, sign * fraction.toLongLong(), &minor))
        return std::nullopt;
    return Money(minor, currency);
}

std::optional<Money> Money::times(qint64 factor) const {
    qint64 result = 0;
    if (qMulOverflow(m_minor, factor, &result))
        return std::nullopt;
    return Money(result, m_currency);
}

} // namespace bss
