// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "customerhealthrun.h"

#include "api/accesstokensource.h"
#include "appservices.h"
#include "cloud/cloud.h"

#include <QTimer>

namespace PCAuth {

namespace {

/// Partner Center's largest page: fewest round trips for a big customer list.
constexpr int PageSize = 500;

} // namespace

CustomerHealthRun::CustomerHealthRun(AppServices &services, Profile profile, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_profile(std::move(profile))
{ }

CustomerHealthRun::~CustomerHealthRun()
{
    // Before the token source they use goes.
    delete m_check;
    delete m_client;
}

void CustomerHealthRun::start()
{
    if (m_running)
        return;
    m_running = true;
    const Expected<Cloud> cloud = m_profile.cloud();
    if (!cloud) {
        const QString problem = cloud.error();
        QTimer::singleShot(0, this, [this, problem] { finish(problem, QString()); });
        return;
    }
    m_partnerCenterTokens =
        m_services.broker().source(TokenKey::partnerCenter(m_profile.id, *cloud));
    m_client = new PartnerCenterClient(m_services.http(), cloud->endpoint(Service::PartnerCenter),
                                       *m_partnerCenterTokens, this);
    m_listing = new QObject(this);
    m_client->listCustomers(
        PageSize, m_listing, [this](int read) { Q_EMIT listProgress(read); },
        [this](const CustomerList &list) {
            delete m_listing;
            if (!list.ok()) {
                finish(list.errorMessage(), QString());
                return;
            }
            Q_EMIT listed(list.customers);
            startCheck(list.customers);
        });
}

void CustomerHealthRun::startCheck(const QList<Customer> &customers)
{
    const Expected<Cloud> cloud = m_profile.cloud();
    if (!cloud) {
        finish(cloud.error(), QString());
        return;
    }
    const QString graph = cloud->resource(Service::Graph);
    TokenBroker *broker = &m_services.broker();
    const QString profileId = m_profile.id;
    m_check = new CustomerHealthCheck(
        m_services.http(), cloud->endpoint(Service::Graph),
        [broker, profileId, graph](const QString &tenant) {
            return broker->source(TokenKey::delegated(profileId, tenant, graph));
        },
        this);
    m_check->setConcurrency(m_services.settings().concurrency());
    connect(m_check, &CustomerHealthCheck::progress, this, &CustomerHealthRun::checkProgress);
    connect(m_check, &CustomerHealthCheck::customerChecked, this,
            &CustomerHealthRun::customerChecked);
    connect(m_check, &CustomerHealthCheck::finished, this,
            [this] { finish(QString(), m_check->summary().text()); });
    m_check->start(customers);
}

void CustomerHealthRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_check) {
        m_check->cancel(); // finished() follows from the check
        return;
    }
    delete m_listing;
    QTimer::singleShot(0, this,
                       [this] { finish(tr("Reading the customers was cancelled."), QString()); });
}

void CustomerHealthRun::finish(const QString &problem, const QString &summary)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(problem, summary);
}

} // namespace PCAuth
