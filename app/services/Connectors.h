#pragma once

#include "app/domain/Types.h"

#include <QHash>

#include <memory>

namespace bss {

// What a provisioning platform answered.
struct ConnectorResult {
    bool ok = false;
    QString error;         // the platform's reason when !ok
    QString activationKey; // for provisioning
};

// A provisioning platform (simulated). Deterministic: the same input gives the same answer.
class Connector {
public:
    virtual ~Connector() = default;
    virtual QString platform() const = 0;
    virtual QString name() const = 0;
    // Save & Synchronize: registers the account with the platform.
    virtual ConnectorResult synchronize(const Account &account, const PlatformSync &options,
                                        const QString &resellerPin) = 0;
    // Executing an order: provisions the subscription and returns its license/activation key.
    virtual ConnectorResult provision(const Subscription &subscription,
                                      const PlatformSync &options) = 0;
};

// The three platforms of the catalog: kaspersky, microsoft, acronis.
class Connectors {
public:
    Connectors();
    Connector *find(const QString &platform) const;
    QList<Platform> platforms() const;

private:
    std::vector<std::unique_ptr<Connector>> m_connectors;
};

} // namespace bss
