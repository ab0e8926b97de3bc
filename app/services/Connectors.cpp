#include "app/services/Connectors.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace bss {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("bss::Connectors", text);
}

QString domainOf(const QString &email) {
    return email.section(QLatin1Char('@'), 1).toLower();
}

// A simulated platform. Its answers depend only on the input, so tests and demos repeat:
// an email at fail.example is refused by Save & Synchronize; an email at flaky.example
// makes the first provisioning attempt of a subscription fail and the retry succeed.
class SimulatedConnector final : public Connector {
public:
    SimulatedConnector(QString platform, QString name, QString keyPrefix)
        : m_platform(std::move(platform))
        , m_name(std::move(name))
        , m_keyPrefix(std::move(keyPrefix)) {}

    QString platform() const override { return m_platform; }
    QString name() const override { return m_name; }

    ConnectorResult synchronize(const Account &account, const PlatformSync &options,
                                const QString &resellerPin) override {
        Q_UNUSED(account)
        Q_UNUSED(resellerPin)
        if (domainOf(options.email) == QLatin1String("fail.example"))
            return {false,
                    tr("%1 refused the email %2: the domain does not accept license mail.")
                        .arg(m_name, options.email),
                    {}};
        return {true, {}, {}};
    }

    ConnectorResult provision(const Subscription &subscription,
                              const PlatformSync &options) override {
        if (domainOf(options.email) == QLatin1String("flaky.example") &&
            subscription.lastError.isEmpty())
            return {false, tr("%1 did not answer in time; retry provisioning.").arg(m_name), {}};
        const QByteArray seed = m_platform.toUtf8() + '/' + QByteArray::number(subscription.id) +
                                '/' + QByteArray::number(subscription.accountId);
        const QString hex =
            QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex())
                .toUpper();
        QStringList groups{m_keyPrefix};
        for (int i = 0; i < 4; ++i)
            groups.append(hex.mid(i * 4, 4));
        return {true, {}, groups.join(QLatin1Char('-'))};
    }

private:
    QString m_platform;
    QString m_name;
    QString m_keyPrefix;
};

} // namespace

Connectors::Connectors() {
    m_connectors.push_back(std::make_unique<SimulatedConnector>(
        QStringLiteral("kaspersky"), QStringLiteral("Kaspersky Labs"), QStringLiteral("KL")));
    m_connectors.push_back(std::make_unique<SimulatedConnector>(
        QStringLiteral("microsoft"), QStringLiteral("Microsoft CSP"), QStringLiteral("MS")));
    m_connectors.push_back(std::make_unique<SimulatedConnector>(
        QStringLiteral("acronis"), QStringLiteral("Acronis Cyber Protect"), QStringLiteral("AC")));
}

Connector *Connectors::find(const QString &platform) const {
    for (const auto &c : m_connectors) {
        if (c->platform() == platform)
            return c.get();
    }
    return nullptr;
}

QList<Platform> Connectors::platforms() const {
    QList<Platform> list;
    for (const auto &c : m_connectors)
        list.append({c->platform(), c->name()});
    return list;
}

} // namespace bss
