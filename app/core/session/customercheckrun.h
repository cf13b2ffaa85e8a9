// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/customerlisting.h"
#include "health/healthcheck.h"
#include "profiles/profile.h"

#include <memory>

#include <QObject>
#include <QPointer>

namespace PCAuth {

class AccessTokenSource;
class Cloud;
class HttpClient;
class TokenBroker;

/// The list-then-check of a profile's customers: every customer from Partner Center (a
/// CustomerListing), then each one checked with CustomerHealthCheck (a Graph token in its
/// tenant and GET /v1.0/organization). The one run behind the dashboard's "Check customers"
/// and `pcauthctl health --customers`; the Customers page checks the rows it shows with a
/// check made by newCheck().
///
///     start() --> listProgress(n)... --> listed(customers) --> checkProgress / customerChecked
///             --> finished(problem, summary), exactly once (also after cancel())
///
/// A Job: cancel() stops whatever runs (the listing is dropped, the check abandons its
/// requests). A run deletes nothing itself.
class CustomerCheckRun final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCheckRun)
public:
    /// Partner Center's largest page: fewest round trips for a big customer list.
    static constexpr int PageSize = 500;

    /// `broker` and `http` must outlive the run.
    CustomerCheckRun(TokenBroker &broker, HttpClient &http, Profile profile, int concurrency,
                     QObject *parent);
    ~CustomerCheckRun() override;

    /// A check of `profileId`'s customers with delegated Graph tokens from `broker`, which
    /// announces the profile's tokenChanged() once, when the check finishes.
    static CustomerHealthCheck *newCheck(TokenBroker &broker, HttpClient &http,
                                         const QString &profileId, const Cloud &cloud,
                                         QObject *parent);

    /// "Reading the customers of Contoso…": a listing has started, in every view that lists.
    static QString listStartText(const QString &profileName);
    /// "120 customers read": how far a listing has come, in every view that lists.
    static QString listProgressText(int read);
    /// "3 of 25 customers checked": how far a check has come, in every view that checks.
    static QString checkProgressText(int done, int total);

    QString profileId() const { return m_profile.id; }
    /// Starts reading; finished() always follows, later.
    void start();
    /// Every customer's result so far, in the order checked, and their summary.
    QList<CustomerHealth> results() const;
    HealthCheckSummary summary() const;

Q_SIGNALS:
    /// While reading the list: how many customers have been read.
    void listProgress(int read);
    void listed(const QList<PCAuth::Customer> &customers);
    void checkProgress(int done, int total);
    void customerChecked(int index, const PCAuth::CustomerHealth &health);
    /// `problem`: why the list could not be read (empty when it was); `summary` is the
    /// check's one-line summary, empty when nothing was checked.
    void finished(const QString &problem, const QString &summary);

private:
    bool abort() override;
    void startCheck(const QList<Customer> &customers);
    void finish(const QString &problem, const QString &summary);

    TokenBroker &m_broker;
    HttpClient &m_http;
    Profile m_profile;
    int m_concurrency;
    std::unique_ptr<AccessTokenSource> m_partnerCenterTokens;
    PartnerCenterClient *m_client = nullptr;
    CustomerListing *m_listing = nullptr;
    CustomerHealthCheck *m_check = nullptr;
    std::shared_ptr<void> m_changes; // holds the broker's tokenChanged() while running
};

} // namespace PCAuth
