#include "app/domain/Audit.h"
#include "app/domain/Rules.h"
#include "app/services/Permissions.h"
#include "app/services/ServiceSupport.h"

namespace bss {

using detail::tr;

namespace {

QString roleText(const std::optional<SyncRole> &role) {
    return role ? toString(*role) : QString();
}

// The Sync Options saved before (or none yet), once `input` passes the rules; a refusal lists
// every reason.
Result<StoredSync> checkedBefore(ServiceContext &ctx, const Account &account,
                                 const QString &platform, const SyncOptionsInput &input,
                                 const QString &pin) {
    const Result<std::optional<StoredSync>> existing =
        ctx.store.accounts().sync(account.id, platform);
    if (!existing)
        return existing.error();
    std::optional<Account> parent;
    if (input.parentId) {
        const Result<std::optional<Account>> p = ctx.store.accounts().find(*input.parentId);
        if (!p)
            return p.error();
        parent = *p;
    }
    bool pinTaken = false;
    if (!pin.isEmpty()) {
        const Result<bool> taken = ctx.store.accounts().pinTaken(platform, pin, account.id);
        if (!taken)
            return taken.error();
        pinTaken = *taken;
    }
    const bool pinAlreadySet = existing->has_value() && (*existing)->sync.resellerPinSet;
    const Problems problems =
        rules::checkSyncOptions(input, {account, parent, pinAlreadySet, pinTaken});
    if (!problems.isEmpty())
        return problems.toError(QStringLiteral("invalid-sync-options"));
    return existing->value_or(StoredSync{PlatformSync::unsynchronized(platform), {}});
}

StoredSync withInput(const StoredSync &before, const SyncOptionsInput &input, const QString &pin) {
    StoredSync after = before;
    after.sync.email = input.email.trimmed();
    after.sync.role = input.role;
    after.sync.parentId = input.parentId;
    if (!pin.isEmpty())
        after.resellerPin = pin;
    after.sync.resellerPinSet = !after.resellerPin.isEmpty();
    return after;
}

} // namespace

Result<PlatformSync> SyncService::get(const Actor &actor, Id accountId, const QString &platform) {
    const Result<Account> account = detail::found(
        m_ctx.store.accounts().find(accountId, detail::scopeOf(actor)), tr("The account"));
    if (!account)
        return account.error();
    if (!m_ctx.connectors.find(platform))
        return Error::notFound(tr("The platform \"%1\"").arg(platform.left(40)));
    const Result<std::optional<StoredSync>> stored =
        m_ctx.store.accounts().sync(accountId, platform);
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return (*stored)->sync;
    // Nothing saved yet: offer what the account already says.
    PlatformSync suggested;
    suggested.platform = platform;
    suggested.email = account->email;
    suggested.role = account->type == AccountType::Reseller ? SyncRole::Reseller : SyncRole::User;
    suggested.parentId = account->parentId;
    return suggested;
}

Result<PlatformSync> SyncService::save(const Actor &actor, Id accountId, const QString &platform,
                                       const SyncOptionsInput &input) {
    return store(actor, accountId, platform, input, false);
}

Result<PlatformSync> SyncService::saveAndSynchronize(const Actor &actor, Id accountId,
                                                     const QString &platform,
                                                     const SyncOptionsInput &input) {
    return store(actor, accountId, platform, input, true);
}

Result<PlatformSync> SyncService::store(const Actor &actor, Id accountId, const QString &platform,
                                        const SyncOptionsInput &input, bool synchronize) {
    return detail::inTransaction<PlatformSync>(m_ctx, [&]() -> Result<PlatformSync> {
        const Result<Account> account = detail::found(
            m_ctx.store.accounts().find(accountId, detail::scopeOf(actor)), tr("The account"));
        if (!account)
            return account.error();
        Connector *connector = m_ctx.connectors.find(platform);
        if (!connector)
            return Error::notFound(tr("The platform \"%1\"").arg(platform.left(40)));
        if (std::optional<Error> denied = require(actor, Permission::SyncSave))
            return *denied;

        const QString pin = input.resellerPin.trimmed();
        const Result<StoredSync> checked = checkedBefore(m_ctx, *account, platform, input, pin);
        if (!checked)
            return checked.error();
        const StoredSync &before = *checked;
        StoredSync after = withInput(before, input, pin);
        const bool changed =
            after.sync.email != before.sync.email || after.sync.role != before.sync.role ||
            after.sync.parentId != before.sync.parentId || after.resellerPin != before.resellerPin;

        if (synchronize) {
            const ConnectorResult answer =
                connector->synchronize(*account, after.sync, after.resellerPin);
            after.sync.status = answer.ok ? SyncStatus::Synchronized : SyncStatus::Failed;
            after.sync.lastError = answer.ok ? QString() : answer.error;
            if (answer.ok)
                after.sync.syncedAt = m_ctx.clock();
        } else if (changed) {
            // Options that changed are not what the platform knows: synchronize again.
            after.sync.status = SyncStatus::UnSynchronized;
        }
        if (Result<Done> r = m_ctx.store.accounts().saveSync(accountId, after); !r)
            return r.error();

        const QString masked = QStringLiteral("••••");
        const QList<std::tuple<audit::Field, QString, QString>> fields{
            {audit::Field::Email, before.sync.email, after.sync.email},
            {audit::Field::Role, roleText(before.sync.role), roleText(after.sync.role)},
            {audit::Field::ParentId, detail::optionalIdText(before.sync.parentId),
             detail::optionalIdText(after.sync.parentId)},
            // The PIN never enters the audit trail, only the fact that it changed.
            {audit::Field::ResellerPin, before.resellerPin.isEmpty() ? QString() : masked,
             after.resellerPin == before.resellerPin
                 ? (before.resellerPin.isEmpty() ? QString() : masked)
                 : tr("(new PIN)")},
            {audit::Field::Status, toString(before.sync.status), toString(after.sync.status)},
            {audit::Field::LastError, before.sync.lastError, after.sync.lastError}};
        const audit::Action action =
            synchronize ? audit::Action::Synchronize : audit::Action::Update;
        for (const auto &[field, was, now] : fields) {
            if (was == now)
                continue;
            if (Result<Done> r = detail::audit(
                    m_ctx, actor, audit::toString(action), audit::toString(audit::Entity::Account),
                    accountId, audit::FieldPath::sync(platform, field).toString(), was, now);
                !r)
                return r.error();
        }
        return after.sync;
    });
}

} // namespace bss
