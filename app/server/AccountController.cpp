#include "app/server/AccountController.h"

#include "app/services/Services.h"

namespace bss {

namespace {

AccountQuery accountQuery(ApiRequest &request) {
    AccountQuery query;
    query.q = request.text(QStringLiteral("q"));
    query.type = request.enumValue<AccountType>(QStringLiteral("type"));
    query.parentId = request.id(QStringLiteral("parentId"));
    query.platform = request.text(QStringLiteral("platform"));
    query.syncStatus = request.enumValue<SyncStatus>(QStringLiteral("syncStatus"));
    return query;
}

} // namespace

void AccountController::registerRoutes(Router &router) {
    const QString accounts = base() + QStringLiteral("/accounts");
    registerAccountRoutes(router, accounts);
    registerSyncRoutes(router, accounts + QStringLiteral("/{id}/sync/{platform}"));
}

// The list, its count, a new account, one account and its changes.
void AccountController::registerAccountRoutes(Router &router, const QString &accounts) {
    router.add("GET", accounts, [this](ApiRequest &request) {
        AccountQuery query = accountQuery(request);
        request.window(query);
        if (std::optional<Error> e = request.finishQuery())
            return problem(*e);
        return reply(m_ctx.services.accounts.list(request.actor(), query));
    });

    router.add("GET", accounts + QStringLiteral("/count"), [this](ApiRequest &request) {
        const AccountQuery query = accountQuery(request);
        if (std::optional<Error> e = request.finishQuery())
            return problem(*e);
        return count(m_ctx.services.accounts.count(request.actor(), query));
    });

    router.add(
        "POST", accounts,
        [this](ApiRequest &request) {
            const Result<QJsonObject> body = request.json();
            if (!body)
                return problem(body.error());
            const Result<NewAccount> account = JsonCodec::readRequest<NewAccount>(*body);
            if (!account)
                return problem(account.error());
            return created(m_ctx.services.accounts.create(request.actor(), *account),
                           QStringLiteral("/accounts"));
        },
        Router::Access::Authenticated, Router::Replay::WithIdempotencyKey);

    router.add("GET", accounts + QStringLiteral("/{id}"), [this](ApiRequest &request) {
        const Result<Id> id = request.idParam(0, tr("Account"));
        if (!id)
            return problem(id.error());
        return reply(m_ctx.services.accounts.get(request.actor(), *id));
    });

    router.add("PATCH", accounts + QStringLiteral("/{id}"), [this](ApiRequest &request) {
        const Result<Id> id = request.idParam(0, tr("Account"));
        if (!id)
            return problem(id.error());
        if (const Result<Account> existing = m_ctx.services.accounts.get(request.actor(), *id);
            !existing)
            return problem(existing.error());
        const Result<QJsonObject> body = request.json();
        if (!body)
            return problem(body.error());
        const Result<AccountPatch> patch = JsonCodec::readRequest<AccountPatch>(*body);
        if (!patch)
            return problem(patch.error());
        const Result<qint64> version = request.ifMatch();
        if (!version)
            return problem(version.error());
        return reply(m_ctx.services.accounts.update(request.actor(), *id, *version, *patch));
    });
}

// Sync Options: GET reads, PUT saves, POST is Save & Synchronize.
void AccountController::registerSyncRoutes(Router &router, const QString &sync) {
    router.add("GET", sync, [this](ApiRequest &request) {
        const Result<Id> id = request.idParam(0, tr("Account"));
        if (!id)
            return problem(id.error());
        return reply(m_ctx.services.sync.get(request.actor(), *id, request.param(1)));
    });

    const auto save = [this](ApiRequest &request, bool synchronize) {
        const Result<Id> id = request.idParam(0, tr("Account"));
        if (!id)
            return problem(id.error());
        const QString platform = request.param(1);
        if (const Result<PlatformSync> existing =
                m_ctx.services.sync.get(request.actor(), *id, platform);
            !existing)
            return problem(existing.error());
        const Result<QJsonObject> body = request.json();
        if (!body)
            return problem(body.error());
        const Result<SyncOptionsInput> input = JsonCodec::readRequest<SyncOptionsInput>(*body);
        if (!input)
            return problem(input.error());
        return synchronize
                   ? reply(m_ctx.services.sync.saveAndSynchronize(request.actor(), *id, platform,
                                                                  *input))
                   : reply(m_ctx.services.sync.save(request.actor(), *id, platform, *input));
    };
    router.add("PUT", sync, [save](ApiRequest &request) { return save(request, false); });
    router.add("POST", sync, [save](ApiRequest &request) { return save(request, true); });
}

} // namespace bss
