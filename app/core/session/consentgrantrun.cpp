// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "session/consentgrantrun.h"

#include "api/accesstokensource.h"
#include "cloud/cloud.h"
#include "health/healthcheck.h"
#include "session/accesscheckrun.h"
#include "session/tokenbroker.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PCAuth {

QJsonObject PlannedRequest::toJson() const
{
    QJsonObject object{
        {u"tenantId"_s, tenantId}, {u"method"_s, QString::fromLatin1(method)}, {u"path"_s, path}};
    if (!body.isEmpty())
        object.insert(u"body"_s, QJsonDocument::fromJson(body).object());
    return object;
}

QString ConsentGrantResult::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Granted:
        return u"granted"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::NotSent:
        break;
    }
    return u"not-sent"_s;
}

QJsonObject ConsentGrantResult::toJson() const
{
    QJsonObject object{{u"tenantId"_s, target.tenantId},
                       {u"name"_s, target.name},
                       {u"replace"_s, target.replace},
                       {u"outcome"_s, outcomeId(outcome)},
                       {u"status"_s, status},
                       {u"message"_s, message},
                       {u"requestIds"_s, QJsonArray::fromStringList(requestIds)},
                       {u"correlationId"_s, correlationId}};
    if (!after.verdict.check.isEmpty()) {
        QJsonObject a = after.verdict.toJson();
        a.insert(u"state"_s, consentStateId(after.state));
        object.insert(u"after"_s, a);
    }
    return object;
}

ConsentGrantRun::ConsentGrantRun(TokenBroker &broker, HttpClient &http, Profile profile,
                                 QObject *parent)
    : Job(parent)
    , m_broker(broker)
    , m_http(http)
    , m_profile(std::move(profile))
    , m_grants{ApplicationGrant{GraphAppId, {u"Directory.Read.All"_s}}}
{ }

ConsentGrantRun::~ConsentGrantRun()
{
    m_context.reset();
    delete m_check;
}

void ConsentGrantRun::setRequestsPerSecond(int n)
{
    m_perSecond = std::clamp(n, 1, MaxRequestsPerSecond);
}

QStringList ConsentGrantRun::requiredScopes() const
{
    if (!m_requiredScopes.isEmpty())
        return m_requiredScopes;
    for (const ApplicationGrant &g : m_grants) {
        if (g.enterpriseApplicationId == GraphAppId)
            return g.scopes;
    }
    return {};
}

QList<PlannedRequest> ConsentGrantRun::preview(const QList<ConsentTarget> &targets) const
{
    QList<PlannedRequest> requests;
    const QByteArray body =
        PartnerCenterClient::applicationConsentBody(m_profile.clientId, m_grants);
    for (const ConsentTarget &t : targets) {
        if (t.replace)
            requests.append(PlannedRequest{
                t.tenantId,
                "DELETE"_ba,
                PartnerCenterClient::applicationConsentsPath(t.tenantId, m_profile.clientId),
                {}});
        requests.append(PlannedRequest{
            t.tenantId, "POST"_ba, PartnerCenterClient::applicationConsentsPath(t.tenantId), body});
    }
    return requests;
}

void ConsentGrantRun::start(const QList<ConsentTarget> &targets)
{
    if (!begin())
        return;
    m_changes = m_broker.holdChanges(m_profile.id);
    m_results = QList<ConsentGrantResult>(targets.size());
    m_sent = QList<bool>(targets.size(), false);
    m_queue.clear();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        m_results[i].target = targets.at(i);
        m_queue.append(Step{int(i), targets.at(i).replace});
    }
    m_inFlight = 0;
    m_done = 0;
    m_context = std::make_unique<QObject>();
    const Expected<Cloud> cloud = m_profile.cloud();
    if (!cloud) {
        for (ConsentGrantResult &r : m_results)
            r.message = cloud.error();
        m_queue.clear();
        QMetaObject::invokeMethod(this, &ConsentGrantRun::finish, Qt::QueuedConnection);
        return;
    }
    m_tokens = m_broker.source(TokenKey::partnerCenter(m_profile.id, cloud.value()));
    m_client = std::make_unique<PartnerCenterClient>(
        m_http, cloud->endpoint(Service::PartnerCenter), *m_tokens);
    m_client->setCorrelationId(newRequestId()); // one operation: every request shares it
    m_sinceLastSend.invalidate();
    if (targets.isEmpty()) {
        QMetaObject::invokeMethod(this, &ConsentGrantRun::finish, Qt::QueuedConnection);
        return;
    }
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpQueued = false;
            pump();
        },
        Qt::QueuedConnection);
}

void ConsentGrantRun::pump()
{
    const qint64 interval = 1000 / m_perSecond;
    while (isRunning() && !m_queue.isEmpty() && m_inFlight < MaxInFlight) {
        if (m_sinceLastSend.isValid() && m_sinceLastSend.elapsed() < interval) {
            if (!m_pumpQueued) {
                m_pumpQueued = true;
                QTimer::singleShot(int(interval - m_sinceLastSend.elapsed()), m_context.get(),
                                   [this] {
                                       m_pumpQueued = false;
                                       pump();
                                   });
            }
            return;
        }
        m_sinceLastSend.start();
        send(m_queue.takeFirst());
    }
}

void ConsentGrantRun::send(const Step &step)
{
    ++m_inFlight;
    m_sent[step.index] = true;
    const ConsentTarget &t = m_results.at(step.index).target;
    auto done = [this, step](const ApiResult &result) { answered(step, result); };
    if (step.remove)
        m_client->removeApplicationConsent(t.tenantId, m_profile.clientId, m_context.get(),
                                           std::move(done));
    else
        m_client->grantApplicationConsent(t.tenantId, m_profile.clientId, m_grants, m_context.get(),
                                          std::move(done));
}

void ConsentGrantRun::answered(const Step &step, const ApiResult &result)
{
    --m_inFlight;
    ConsentGrantResult &r = m_results[step.index];
    r.status = result.status;
    r.requestIds.append(result.requestId);
    r.correlationId = result.correlationId;
    if (step.remove) {
        if (result.ok() || result.status == 404) {
            m_queue.prepend(Step{step.index, false}); // its POST goes next
        } else {
            r.outcome = ConsentGrantResult::Outcome::Failed;
            r.message = AccessText::tr("The existing consent could not be removed: %1")
                            .arg(result.errorMessage());
            customerFinished(step.index);
        }
    } else if (result.ok()) {
        r.outcome = ConsentGrantResult::Outcome::Granted;
        r.message = AccessText::tr("Consent granted.");
        customerFinished(step.index);
    } else {
        r.outcome = ConsentGrantResult::Outcome::Failed;
        r.message = result.status == 409
                        ? AccessText::tr("The app is already consented in this tenant; to "
                                         "change its permissions, replace the consent.")
                        : result.errorMessage();
        customerFinished(step.index);
    }
    pump();
}

void ConsentGrantRun::customerFinished(int index)
{
    ++m_done;
    Q_EMIT customerDone(index, m_results.at(index));
    Q_EMIT progress(m_done, int(m_results.size()));
    if (m_done < m_results.size())
        return;
    if (m_recheck)
        startRecheck();
    else
        finish();
}

void ConsentGrantRun::startRecheck()
{
    const Expected<Cloud> cloud = m_profile.cloud();
    if (!cloud)
        return finish();
    QList<Customer> customers;
    for (const ConsentGrantResult &r : std::as_const(m_results))
        customers.append(
            Customer{r.target.tenantId, r.target.tenantId, QString(), r.target.name, QString()});
    m_check = AccessCheckRun::newConsentCheck(
        m_broker, m_http, m_profile, cloud.value(), requiredScopes(),
        [this](int index, const ConsentFinding &finding, const CustomerHealth &) {
            if (index >= 0 && index < m_results.size())
                m_results[index].after = finding;
        },
        this);
    connect(m_check, &CustomerHealthCheck::finished, this, &ConsentGrantRun::finish);
    m_check->start(customers);
}

bool ConsentGrantRun::abort()
{
    m_queue.clear();
    m_context.reset(); // the answers still due are dropped
    const QString reason = AccessText::tr("Cancelled before an answer came.");
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        ConsentGrantResult &r = m_results[i];
        if (r.outcome == ConsentGrantResult::Outcome::NotSent && m_sent.at(i)) {
            r.outcome = ConsentGrantResult::Outcome::Failed;
            r.message = reason;
        }
    }
    if (m_check && m_check->isRunning())
        m_check->cancel(); // its finished() ends the run
    else
        QMetaObject::invokeMethod(this, &ConsentGrantRun::finish, Qt::QueuedConnection);
    return true;
}

void ConsentGrantRun::finish()
{
    if (!end())
        return;
    m_changes.reset();
    Q_EMIT finished(m_results);
}

} // namespace PCAuth
