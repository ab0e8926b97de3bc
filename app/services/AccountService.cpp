#include "app/domain/Audit.h"
#include "app/domain/Rules.h"
#include "app/services/Permissions.h"
#include "app/services/ServiceSupport.h"

namespace bss {

using detail::tr;

Result<Page<Account>> AccountService::list(const Actor &actor, const AccountQuery &query) {
    return m_ctx.store.accounts().list(query, detail::scopeOf(actor));
}

Result<qint64> AccountService::count(const Actor &actor, const AccountQuery &query) {
    return m_ctx.store.accounts().count(query, detail::scopeOf(actor));
}

Result<Account> AccountService::get(const Actor &actor, Id id) {
    return detail::found(m_ctx.store.accounts().find(id, detail::scopeOf(actor)),
                         tr("The account"));
}

Result<Account> AccountService::create(const Actor &actor, const NewAccount &input) {
    return detail::inTransaction<Account>(m_ctx, [&]() -> Result<Account> {
        NewAccount account = input;
        if (std::optional<Error> denied = require(actor, account.type == AccountType::EndUser
                                                             ? Permission::AccountsCreateEndUser
                                                             : Permission::AccountsCreate))
            return *denied;
        if (actor.role == UserRole::Reseller) {
            // A reseller creates end-users under itself.
            if (account.parentId && account.parentId != actor.accountId)
                return Error::notFound(tr("The Parent Account"));
            account.parentId = actor.accountId;
        }
        std::optional<Account> parent;
        if (account.parentId) {
            const Result<std::optional<Account>> p =
                m_ctx.store.accounts().find(*account.parentId, detail::scopeOf(actor));
            if (!p)
                return p.error();
            parent = *p;
        }
        const Problems problems = rules::checkNewAccount(account, parent);
        if (!problems.isEmpty())
            return problems.toError(QStringLiteral("invalid-account"));
        const Result<Id> id = m_ctx.store.accounts().insert(account, m_ctx.clock());
        if (!id)
            return id.error();
        const QList<std::pair<audit::Field, QString>> fields{
            {audit::Field::Name, account.name.trimmed()},
            {audit::Field::Type, toString(account.type)},
            {audit::Field::ParentId, detail::optionalIdText(account.parentId)},
            {audit::Field::Email, account.email.trimmed()}};
        for (const auto &[field, value] : fields) {
            if (value.isEmpty())
                continue;
            if (Result<Done> r = detail::audit(m_ctx, actor, audit::toString(audit::Action::Create),
                                               audit::toString(audit::Entity::Account), *id,
                                               audit::toString(field), {}, value);
                !r)
                return r.error();
        }
        return get(actor, *id);
    });
}

Result<Account> AccountService::update(const Actor &actor, Id id, qint64 version,
                                       const AccountPatch &patch) {
    if (std::optional<Error> denied = require(actor, Permission::AccountsEdit))
        return *denied;
    return detail::inTransaction<Account>(m_ctx, [&]() -> Result<Account> {
        const Result<Account> current = get(actor, id);
        if (!current)
            return current.error();
        if (current->version != version)
            return Error::stale(tr("account"));
        Account next = *current;
        if (patch.name)
            next.name = patch.name->trimmed();
        if (patch.email)
            next.email = patch.email->trimmed();
        if (patch.clearParent)
            next.parentId.reset();
        else if (patch.parentId)
            next.parentId = patch.parentId;
        if (next.parentId != current->parentId) {
            if (std::optional<Error> denied = require(actor, Permission::AccountsMove))
                return *denied;
        }

        std::optional<Account> parent;
        if (next.parentId) {
            const Result<std::optional<Account>> p =
                m_ctx.store.accounts().find(*next.parentId, detail::scopeOf(actor));
            if (!p)
                return p.error();
            parent = *p;
        }
        Problems problems = rules::checkAccount(next, parent);
        if (next.parentId && *next.parentId == id)
            problems.add(QStringLiteral("parentId"),
                         tr("An account cannot be its own Parent Account."));
        if (!problems.isEmpty())
            return problems.toError(QStringLiteral("invalid-account"));

        const Result<bool> written = m_ctx.store.accounts().update(next, version, m_ctx.clock());
        if (!written)
            return written.error();
        if (!*written)
            return Error::stale(tr("account"));
        const QList<std::tuple<audit::Field, QString, QString>> fields{
            {audit::Field::Name, current->name, next.name},
            {audit::Field::Email, current->email, next.email},
            {audit::Field::ParentId, detail::optionalIdText(current->parentId),
             detail::optionalIdText(next.parentId)}};
        for (const auto &[field, before, after] : fields) {
            if (before == after)
                continue;
            if (Result<Done> r = detail::audit(m_ctx, actor, audit::toString(audit::Action::Update),
                                               audit::toString(audit::Entity::Account), id,
                                               audit::toString(field), before, after);
                !r)
                return r.error();
        }
        return get(actor, id);
    });
}

} // namespace bss
