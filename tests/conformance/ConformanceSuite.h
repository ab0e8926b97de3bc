#pragma once

#include "app/backend/Backend.h"

#include <QObject>

#include <memory>

namespace bss::test {

// What a conformance executable runs the scenarios against: a Backend over a fresh store that
// holds the demo catalog (LocalBackend on a temporary SQLite file, or RestBackend logged in to
// a bssdesk-server on loopback).
class ConformanceTarget {
public:
    virtual ~ConformanceTarget() = default;
    virtual Backend *backend() = 0;
};

// Each executable defines this: a new target for every scenario, so scenarios never share data.
std::unique_ptr<ConformanceTarget> makeConformanceTarget();

// The seed's scenarios, written only against the Backend interface so that the embedded and
// the REST mode answer them the same way. One test function per scenario.
class ConformanceSuite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void S1_unsynchronizedAccountCannotExecuteKasperskyOrder();
    void S2_statusIsPerPlatform();
    void S3_syncOptionsValidationListsEveryError();
    void S4_resellerWithoutPinMayNotOrder();
    void S5_quickAddMakesIncompleteLine();
    void S6_seatsCompleteLineAndFirstPeriodIsFree();
    void S7_executeGeneratesSubscriptionsOnce();
    void S8_storefrontBuysOnlyWithMatchingQuote();
    void S9_changeConfigurationProratesIncreases();
    void S10_staleVersionIsRefused();
    void S11_everyChangeIsAudited();
    // Not a seed scenario: the lists of a million rows open at any row, the same on every backend.
    void L1_listsOpenAtAnyRow();
    // What every write announces, and every failure (ConformanceNotifications.cpp).
    void N1_everyWriteAnnouncesWhatItChanged();
    void N2_retriedProvisioningAnnouncesTheSubscription();
    void N3_refusedCallsAnnounceTheFailureAndNoChange();

private:
    Backend &b() { return *m_target->backend(); }
    Account createAccount(const QString &name, AccountType type, std::optional<Id> parent = {});
    PlatformSync synchronize(const Account &account, const QString &platform,
                             const QString &pin = {});
    Id productId(const QString &code);
    Order orderWith(Id accountId, const QString &productCode, std::optional<int> seats);

    std::unique_ptr<ConformanceTarget> m_target;
};

} // namespace bss::test
