// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "access/consent.h"
#include "access/gdap.h"
#include "api/graphclient.h"
#include "api/partnercenterclient.h"
#include "health/healthcheck.h"
#include "profiles/profile.h"
#include "support/job.h"

#include <chrono>
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QJsonObject>

namespace PCAuth {

class AccessTokenSource;
class Clock;
class CustomerListing;
class HttpClient;
class TokenBroker;

struct AccessCheckOptions
{
    /// Expiring within this many days is a warning (GDAP ends, secrets, certificates).
    int warningDays = 30;
    /// Customer tenants checked at once.
    int concurrency = CustomerHealthCheck::DefaultConcurrency;
    /// Check the app's consent in every customer tenant (a Graph token there, two calls).
    bool customers = true;
    /// Read the access assignments of every usable GDAP relationship.
    bool accessAssignments = true;
    /// Delegated Graph scopes the app's consent in a customer must include.
    QStringList customerScopes{QStringLiteral("Directory.Read.All")};
    /// Delegated scopes the app must be granted in the partner tenant.
    QStringList partnerScopes{QStringLiteral("user_impersonation")};
};

/// One customer's row: its GDAP relationships and their verdicts, the tasks their roles
/// allow, and the app's consent in its tenant.
struct CustomerAccess
{
    Customer customer;
    QList<GdapRelationship> relationships;
    QList<AccessVerdict> gdap;
    QList<TaskCoverage> coverage; // of the usable relationships' roles
    ConsentFinding consent; // NotChecked when the consent was not checked
    CustomerHealth graph; // how the customer-tenant calls went (token, Graph)

    AccessStatus status() const;
    QJsonObject toJson() const;
};

/// The whole access check of one profile.
struct AccessReport
{
    QString profileId;
    QString profileName;
    QDateTime checkedAt;
    int warningDays = 30;
    /// Partner-level findings: Partner Center MFA, MFA adoption, the SAM app's credentials,
    /// redirect URI and grants, the GDAP list.
    QList<AccessVerdict> profile;
    QList<CustomerAccess> customers;
    /// Why the customers could not be listed; empty when they were.
    QString problem;
    bool customersChecked = false;
    std::chrono::milliseconds wallTime{0};

    AccessStatus status() const;
    /// Counts of customers per worst status ("ok", "warning", ...), for summaries.
    QJsonObject summaryJson() const;
    QString summaryText() const;
    QJsonObject toJson() const;
};

/// The access check ("will my calls work?") of one profile, over the broker:
///
///  - partner tenant, Partner Center: the MFA probe (ValidateMfa) beside the token's amr,
///    the MFA adoption report, the customer list;
///  - partner tenant, Graph: the SAM app (credentials, redirect URIs), the app's grants, the
///    GDAP relationships (all pages) and their access assignments;
///  - every customer tenant (customers option): the app's consent, a Graph token there and
///    two calls, `concurrency` customers at a time (a CustomerHealthCheck with a consent
///    probe, the one newConsentCheck() makes).
///
///     start() --> listed(customers) --> progress(done, total)... --> finished(report)
///
/// A Job: finished() comes exactly once, also after cancel() (with what was learnt). The
/// broker's tokenChanged() for the profile is held for the run and announced once at its end.
class AccessCheckRun final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessCheckRun)
public:
    /// `broker`, `http` and `clock` must outlive the run.
    AccessCheckRun(TokenBroker &broker, HttpClient &http, const Clock &clock, Profile profile,
                   AccessCheckOptions options, QObject *parent);
    ~AccessCheckRun() override;

    /// Called with each customer's consent finding, as `check` reports it.
    using ConsentCallback =
        std::function<void(int index, const ConsentFinding &finding, const CustomerHealth &health)>;
    /// A customer check of `profile`'s app consent (see the class comment): delegated Graph
    /// tokens from `broker` in each customer tenant, GET servicePrincipals(appId=…), then
    /// its AllPrincipals grants. `found` runs for every customer checked.
    static CustomerHealthCheck *newConsentCheck(TokenBroker &broker, HttpClient &http,
                                                const Profile &profile, const Cloud &cloud,
                                                const QStringList &requiredScopes,
                                                ConsentCallback found, QObject *parent);

    QString profileId() const { return m_profile.id; }
    /// Starts the check; finished() always follows, later.
    void start();
    const AccessReport &report() const { return m_report; }

Q_SIGNALS:
    void listed(const QList<PCAuth::Customer> &customers);
    /// Customer tenants checked so far.
    void progress(int done, int total);
    void finished(const PCAuth::AccessReport &report);

private:
    struct Partner;

    bool abort() override;
    void startPartnerCenter(const Cloud &cloud);
    void startGraph(const Cloud &cloud);
    void startCustomers(const Cloud &cloud);
    void readAssignments();
    void stepDone();
    void assemble();
    void finish();

    TokenBroker &m_broker;
    HttpClient &m_http;
    const Clock &m_clock;
    Profile m_profile;
    AccessCheckOptions m_options;
    AccessReport m_report;
    std::unique_ptr<Partner> m_partner;
    CustomerListing *m_listing = nullptr;
    CustomerHealthCheck *m_check = nullptr;
    QList<Customer> m_customers;
    QList<CustomerAccess> m_rows;
    int m_pending = 0;
    bool m_finishing = false;
    QElapsedTimer m_wall;
    std::shared_ptr<void> m_changes; // holds the broker's tokenChanged() while running
};

} // namespace PCAuth

Q_DECLARE_METATYPE(PCAuth::AccessReport)
