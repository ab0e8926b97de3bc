#include "app/domain/Audit.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace bss::audit {

namespace {

template <typename E, std::size_t N> using Names = std::array<std::pair<E, const char *>, N>;

// The spellings in the store: changing one makes older entries unreadable, so never do.
constexpr Names<Action, 11> actions{{{Action::Create, "create"},
                                     {Action::Update, "update"},
                                     {Action::Synchronize, "synchronize"},
                                     {Action::Cancel, "cancel"},
                                     {Action::Execute, "execute"},
                                     {Action::AddLine, "addLine"},
                                     {Action::RemoveLine, "removeLine"},
                                     {Action::Change, "change"},
                                     {Action::Provision, "provision"},
                                     {Action::Reveal, "reveal"},
                                     {Action::Delete, "delete"}}};
constexpr Names<Entity, 4> entities{{{Entity::Account, "account"},
                                     {Entity::Order, "order"},
                                     {Entity::Subscription, "subscription"},
                                     {Entity::User, "user"}}};
constexpr Names<Field, 16> fields{{{Field::Name, "name"},
                                   {Field::Type, "type"},
                                   {Field::ParentId, "parentId"},
                                   {Field::Email, "email"},
                                   {Field::Status, "status"},
                                   {Field::Role, "role"},
                                   {Field::ResellerPin, "resellerPin"},
                                   {Field::LastError, "lastError"},
                                   {Field::Seats, "seats"},
                                   {Field::PendingSeats, "pendingSeats"},
                                   {Field::ProvisioningStatus, "provisioningStatus"},
                                   {Field::ActivationKey, "activationKey"},
                                   {Field::Username, "username"},
                                   {Field::AccountId, "accountId"},
                                   {Field::Password, "password"},
                                   {Field::Disabled, "disabled"}}};

template <typename E, std::size_t N> QString nameOf(const Names<E, N> &names, E value) {
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const Names<E, N> &names, const QString &text) {
    for (const auto &[v, name] : names) {
        if (text == QLatin1StringView(name))
            return v;
    }
    return std::nullopt;
}

const QString &syncPrefix() {
    static const QString prefix = QStringLiteral("sync");
    return prefix;
}

// Between a line's product and its seats in lineValue(): "Kaspersky EDR × 25".
const QString &timesSign() {
    static const QString sign = QStringLiteral(" × ");
    return sign;
}

} // namespace

QString toString(Action action) {
    return nameOf(actions, action);
}

QString toString(Entity entity) {
    return nameOf(entities, entity);
}

QString toString(Field field) {
    return nameOf(fields, field);
}

std::optional<Action> actionOf(const QString &text) {
    return valueOf(actions, text);
}

std::optional<Entity> entityOf(const QString &text) {
    return valueOf(entities, text);
}

std::optional<Field> fieldOf(const QString &text) {
    return valueOf(fields, text);
}

FieldPath FieldPath::plain(Field field) {
    return {Kind::Plain, field, 0, {}};
}

FieldPath FieldPath::line(Id lineId) {
    return {Kind::Line, std::nullopt, lineId, {}};
}

FieldPath FieldPath::lineField(Id lineId, Field field) {
    return {Kind::Line, field, lineId, {}};
}

FieldPath FieldPath::sync(const QString &platform, Field field) {
    return {Kind::Sync, field, 0, platform};
}

QString FieldPath::toString() const {
    switch (kind) {
    case Kind::Plain:
        return field ? audit::toString(*field) : QString();
    case Kind::Line: {
        QString text = QStringLiteral("lines[%1]").arg(lineId);
        if (field)
            text += QLatin1Char('.') + audit::toString(*field);
        return text;
    }
    case Kind::Sync:
        return syncPrefix() + QLatin1Char('.') + platform + QLatin1Char('.') +
               (field ? audit::toString(*field) : QString());
    }
    return {};
}

std::optional<FieldPath> FieldPath::parse(const QString &text) {
    static const QRegularExpression linePattern(
        QStringLiteral("^lines\\[(\\d+)\\](?:\\.(\\w+))?$"));
    static const QRegularExpression syncPattern(QStringLiteral("^sync\\.(\\w+)\\.(\\w+)$"));
    if (const QRegularExpressionMatch m = linePattern.match(text); m.hasMatch()) {
        bool ok = false;
        const Id lineId = m.captured(1).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        if (m.captured(2).isEmpty())
            return line(lineId);
        const std::optional<Field> f = fieldOf(m.captured(2));
        return f ? std::optional(lineField(lineId, *f)) : std::nullopt;
    }
    if (const QRegularExpressionMatch m = syncPattern.match(text); m.hasMatch()) {
        const std::optional<Field> f = fieldOf(m.captured(2));
        return f ? std::optional(sync(m.captured(1), *f)) : std::nullopt;
    }
    const std::optional<Field> f = fieldOf(text);
    return f ? std::optional(plain(*f)) : std::nullopt;
}

QString lineValue(const QString &productName, std::optional<int> seats) {
    return seats ? productName + timesSign() + QString::number(*seats) : productName;
}

QString productOfLineValue(const QString &value) {
    static const QRegularExpression seatsSuffix(QRegularExpression::escape(timesSign()) +
                                                QStringLiteral("\\d+$"));
    return QString(value).remove(seatsSuffix);
}

} // namespace bss::audit
