#include "app/domain/Rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bss::rules {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("bss::Rules", text);
}

void checkParent(Problems &problems, AccountType type, const std::optional<Id> &parentId,
                 const std::optional<Account> &parent, const QString &field) {
    if (type == AccountType::EndUser) {
        if (!parentId)
            problems.add(field, tr("An end-user account needs its reseller as Parent Account."));
        else if (!parent)
            problems.add(field, tr("The Parent Account does not exist."));
        else if (parent->type != AccountType::Reseller)
            problems.add(field, tr("The Parent Account must be a reseller."));
    } else if (parentId) {
        problems.add(field, type == AccountType::Reseller
                                ? tr("A reseller account has no Parent Account.")
                                : tr("A direct account has no Parent Account; leave it empty."));
    }
}
} // namespace

void checkText(Problems &problems, const QString &field, const QString &label, const QString &value,
               bool required) {
    if (value.trimmed().isEmpty()) {
        if (required)
            problems.add(field, tr("%1 is required.").arg(label));
        return;
    }
    if (value.size() > maxTextLength)
        problems.add(field, tr("%1 must be at most %2 characters.").arg(label).arg(maxTextLength));
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control) {
            problems.add(field, tr("%1 must not contain control characters.").arg(label));
            break;
        }
    }
}

bool isValidEmail(const QString &email) {
    // \z, not $: $ also matches before a final newline ("a@b.example\n").
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
        R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\z)"));
    return email.size() <= maxTextLength && pattern.match(email).hasMatch();
}

void checkEmail(Problems &problems, const QString &field, const QString &email, bool required) {
    if (email.trimmed().isEmpty()) {
        if (required)
            problems.add(field, tr("Email is required."));
        return;
    }
    if (!isValidEmail(email))
        problems.add(field, tr("\"%1\" is not a valid email address.").arg(email.left(60)));
}

Problems checkNewAccount(const NewAccount &account, const std::optional<Account> &parent) {
    Problems problems;
    checkText(problems, QStringLiteral("name"), tr("Name"), account.name, true);
    checkParent(problems, account.type, account.parentId, parent, QStringLiteral("parentId"));
    checkEmail(problems, QStringLiteral("email"), account.email, false);
    return problems;
}

Problems checkAccount(const Account &account, const std::optional<Account> &parent) {
    return checkNewAccount({account.name, account.type, account.parentId, account.email}, parent);
}

Problems checkSyncOptions(const SyncOptionsInput &input, const SyncContext &context) {
    Problems problems;
    const AccountType type = context.account.type;

    checkParent(problems, type, input.parentId, context.parent, QStringLiteral("parentId"));
    if (type == AccountType::EndUser && context.parent && context.account.parentId &&
        context.parent->id != *context.account.parentId)
        problems.add(QStringLiteral("parentId"),
                     tr("The Parent Account must be the reseller this end-user belongs to."));

    checkEmail(problems, QStringLiteral("email"), input.email, true);

    const SyncRole expected = type == AccountType::Reseller ? SyncRole::Reseller : SyncRole::User;
    if (!input.role)
        problems.add(QStringLiteral("role"), tr("Role is required."));
    else if (*input.role != expected)
        problems.add(QStringLiteral("role"),
                     type == AccountType::Reseller
                         ? tr("The Role of a reseller account must be Reseller.")
                         : tr("The Role of a direct or end-user account must be User."));

    const QString pin = input.resellerPin.trimmed();
    if (type == AccountType::Reseller) {
        if (pin.isEmpty() && !context.pinAlreadySet)
            problems.add(QStringLiteral("resellerPin"),
                         tr("A reseller needs a Reseller PIN before it may place orders."));
        else if (!pin.isEmpty()) {
            checkText(problems, QStringLiteral("resellerPin"), tr("Reseller PIN"), pin, true);
            if (context.pinTaken)
                problems.add(QStringLiteral("resellerPin"),
                             tr("This Reseller PIN is already used by another reseller on this "
                                "platform."));
        }
    } else if (!pin.isEmpty()) {
        problems.add(QStringLiteral("resellerPin"),
                     tr("Only reseller accounts have a Reseller PIN; leave it empty."));
    }
    return problems;
}

} // namespace bss::rules
