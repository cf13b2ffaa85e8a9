// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "session/customercheckrun.h"

#include "api/accesstokensource.h"
#include "cloud/cloud.h"
#include "session/tokenbroker.h"

#include <QTimer>

namespace PCAuth {

CustomerCheckRun::CustomerCheckRun(TokenBroker &broker, HttpClient &http, Profile profile,
                                   int concurrency, QObject *parent)
    : Job(parent)
    , m_broker(broker)
    , m_http(http)
    , m_profile(std::move(profile))
    , m_concurrency(concurrency)
{ }

CustomerCheckRun::~CustomerCheckRun()
{
    // Before the client and token source they use go.
    delete m_check;
    delete m_listing;
    delete m_client;
}

CustomerHealthCheck *CustomerCheckRun::newCheck(TokenBroker &broker, HttpClient &http,
                                                const QString &profileId, const Cloud &cloud,
                                                QObject *parent)
{
    const QString graph = cloud.resource(Service::Graph);
    auto *check = new CustomerHealthCheck(
        http, cloud.endpoint(Service::Graph),
        [&broker, profileId, graph](const QString &tenant) {
            return broker.source(TokenKey::delegated(profileId, tenant, graph));
        },
        parent);
    // Every customer's redemption rotates the profile's refresh token: one tokenChanged for
    // the whole check, when it ends, before anyone else hears of the end.
    auto hold = std::make_shared<std::shared_ptr<void>>(broker.holdChanges(profileId));
    QObject::connect(check, &CustomerHealthCheck::finished, check, [hold] { hold->reset(); });
    return check;
}

QString CustomerCheckRun::listStartText(const QString &profileName)
{
    return tr("Reading the customers of %1\u2026").arg(profileName);
}

QString CustomerCheckRun::listProgressText(int read)
{
    return tr("%n customers read", nullptr, read);
}

QString CustomerCheckRun::checkProgressText(int done, int total)
{
    //: "3 of 25 customers checked"; %n is the total
    return tr("%1 of %n customers checked", nullptr, total).arg(done);
}

void CustomerCheckRun::start()
{
    if (!begin())
        return;
    // The Partner Center token and every customer's: one tokenChanged when the run ends.
    m_changes = m_broker.holdChanges(m_profile.id);
    const Expected<Cloud> cloud = m_profile.cloud();
    if (!cloud) {
        const QString problem = cloud.error();
        QTimer::singleShot(0, this, [this, problem] { finish(problem, QString()); });
        return;
    }
    m_partnerCenterTokens = m_broker.source(TokenKey::partnerCenter(m_profile.id, cloud.value()));
    m_client = new PartnerCenterClient(m_http, cloud->endpoint(Service::PartnerCenter),
                                       *m_partnerCenterTokens, this);
    m_listing = new CustomerListing(*m_client, PageSize, this);
    connect(m_listing, &CustomerListing::pageLoaded, this,
            [this] { Q_EMIT listProgress(int(m_listing->list().customers.size())); });
    connect(m_listing, &CustomerListing::finished, this, [this](const CustomerList &list) {
        if (!list.ok())
            return finish(list.errorMessage(), QString());
        Q_EMIT listed(list.customers);
        startCheck(list.customers);
    });
    m_listing->start();
}

void CustomerCheckRun::startCheck(const QList<Customer> &customers)
{
    const Expected<Cloud> cloud = m_profile.cloud();
    if (!cloud)
        return finish(cloud.error(), QString());
    m_check = newCheck(m_broker, m_http, m_profile.id, cloud.value(), this);
    m_check->setConcurrency(m_concurrency);
    connect(m_check, &CustomerHealthCheck::progress, this, &CustomerCheckRun::checkProgress);
    connect(m_check, &CustomerHealthCheck::customerChecked, this,
            &CustomerCheckRun::customerChecked);
    connect(m_check, &CustomerHealthCheck::finished, this,
            [this] { finish(QString(), m_check->summary().text()); });
    m_check->start(customers);
}

bool CustomerCheckRun::abort()
{
    // The run ends when the job it waits for does; with neither, finish() is already queued.
    if (m_check)
        m_check->cancel();
    else if (m_listing)
        m_listing->cancel();
    return true;
}

QList<CustomerHealth> CustomerCheckRun::results() const
{
    return m_check ? m_check->results() : QList<CustomerHealth>();
}

HealthCheckSummary CustomerCheckRun::summary() const
{
    return m_check ? m_check->summary() : HealthCheckSummary();
}

void CustomerCheckRun::finish(const QString &problem, const QString &summary)
{
    if (!end())
        return;
    m_changes.reset();
    Q_EMIT finished(problem, summary);
}

} // namespace PCAuth
