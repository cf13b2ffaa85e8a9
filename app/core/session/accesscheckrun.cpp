// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "session/accesscheckrun.h"

#include "access/mfa.h"
#include "access/samapp.h"
#include "api/accesstokensource.h"
#include "api/customerlisting.h"
#include "cloud/cloud.h"
#include "session/customercheckrun.h"
#include "session/tokenbroker.h"
#include "support/clock.h"
#include "token/jwt.h"

#include <QHash>
#include <QJsonArray>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

QString getRequest(const QString &pathAndQuery)
{
    return u"GET "_s + pathAndQuery;
}

QJsonArray verdictsJson(const QList<AccessVerdict> &verdicts)
{
    QJsonArray array;
    for (const AccessVerdict &v : verdicts)
        array.append(v.toJson());
    return array;
}

AccessVerdict failedCall(const QString &check, const QString &what, const QString &message,
                         const QString &request)
{
    return AccessVerdict{
        check, AccessStatus::Unknown,
        AccessText::tr("%1 could not be read: %2").arg(what, message.section(u'\n', 0, 0)),
        QString(), QJsonObject{{u"request"_s, request}, {u"error"_s, message}}};
}

} // namespace

/// The partner-tenant side of a run: its clients and what they learnt. `context` is declared
/// last so it dies first: its death drops the callbacks still waiting.
struct AccessCheckRun::Partner
{
    std::unique_ptr<AccessTokenSource> partnerCenterTokens;
    std::unique_ptr<AccessTokenSource> graphTokens;
    std::unique_ptr<PartnerCenterClient> partnerCenter;
    std::unique_ptr<GraphClient> graph;
    QString relationshipsRequest;
    bool relationshipsRead = false;
    QList<GdapRelationship> relationships;
    QHash<QString, QList<AccessVerdict>> assignments; // by relationship id
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
};

AccessStatus CustomerAccess::status() const
{
    // A consent that was not checked at all (no verdict) does not count.
    return worse(worstStatus(gdap),
                 consent.verdict.check.isEmpty() ? AccessStatus::Ok : consent.verdict.status);
}

QJsonObject CustomerAccess::toJson() const
{
    QJsonArray tasks;
    for (const TaskCoverage &c : coverage)
        tasks.append(QJsonObject{{u"task"_s, gdapTaskId(c.task)},
                                 {u"allowed"_s, c.allowed},
                                 {u"byRoles"_s, QJsonArray::fromStringList(c.byRoles)}});
    QJsonArray relationshipIds;
    for (const GdapRelationship &r : relationships)
        relationshipIds.append(r.id);
    QJsonObject object{{u"customerId"_s, customer.id},
                       {u"tenantId"_s, customer.tenantId},
                       {u"name"_s, customer.companyName},
                       {u"status"_s, accessStatusId(status())},
                       {u"gdap"_s, verdictsJson(gdap)},
                       {u"relationships"_s, relationshipIds},
                       {u"tasks"_s, tasks}};
    if (!consent.verdict.check.isEmpty()) {
        QJsonObject c = consent.verdict.toJson();
        c.insert(u"state"_s, consentStateId(consent.state));
        object.insert(u"consent"_s, c);
    }
    return object;
}

AccessStatus AccessReport::status() const
{
    AccessStatus worst = worstStatus(profile);
    for (const CustomerAccess &c : customers)
        worst = worse(worst, c.status());
    if (!problem.isEmpty())
        worst = worse(worst, AccessStatus::Problem);
    return worst;
}

QJsonObject AccessReport::summaryJson() const
{
    int counts[4] = {0, 0, 0, 0};
    int consentMissing = 0;
    int gdapProblems = 0;
    for (const CustomerAccess &c : customers) {
        ++counts[int(c.status())];
        const ConsentState s = c.consent.state;
        consentMissing += (s == ConsentState::NoGrant || s == ConsentState::NoServicePrincipal
                           || s == ConsentState::ScopesMissing)
                              ? 1
                              : 0;
        gdapProblems += worstStatus(c.gdap) >= AccessStatus::Warning ? 1 : 0;
    }
    return QJsonObject{{u"customers"_s, int(customers.size())},
                       {u"ok"_s, counts[int(AccessStatus::Ok)]},
                       {u"unknown"_s, counts[int(AccessStatus::Unknown)]},
                       {u"warning"_s, counts[int(AccessStatus::Warning)]},
                       {u"problem"_s, counts[int(AccessStatus::Problem)]},
                       {u"consentMissing"_s, consentMissing},
                       {u"gdapAttention"_s, gdapProblems}};
}

QString AccessReport::summaryText() const
{
    const QJsonObject s = summaryJson();
    return AccessText::tr("%1 customers in %2 s: %3 ok, %4 need attention, %5 with problems, "
                          "%6 unknown (consent missing: %7; GDAP needs attention: %8)")
        .arg(s.value("customers"_L1).toInt())
        .arg(QString::number(double(wallTime.count()) / 1000.0, 'f', 1))
        .arg(s.value("ok"_L1).toInt())
        .arg(s.value("warning"_L1).toInt())
        .arg(s.value("problem"_L1).toInt())
        .arg(s.value("unknown"_L1).toInt())
        .arg(s.value("consentMissing"_L1).toInt())
        .arg(s.value("gdapAttention"_L1).toInt());
}

QJsonObject AccessReport::toJson() const
{
    QJsonArray rows;
    for (const CustomerAccess &c : customers)
        rows.append(c.toJson());
    QJsonObject object{{u"profile"_s, profileName},
                       {u"id"_s, profileId},
                       {u"status"_s, accessStatusId(status())},
                       {u"checkedAt"_s, isoDate(checkedAt)},
                       {u"warningDays"_s, warningDays},
                       {u"findings"_s, verdictsJson(profile)},
                       {u"summary"_s, summaryJson()},
                       {u"customersChecked"_s, customersChecked},
                       {u"customers"_s, rows}};
    if (!problem.isEmpty())
        object.insert(u"problem"_s, problem);
    return object;
}

AccessCheckRun::AccessCheckRun(TokenBroker &broker, HttpClient &http, const Clock &clock,
                               Profile profile, AccessCheckOptions options, QObject *parent)
    : Job(parent)
    , m_broker(broker)
    , m_http(http)
    , m_clock(clock)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
{ }

AccessCheckRun::~AccessCheckRun()
{
    // Before the clients and token sources they use go.
    delete m_check;
    delete m_listing;
}

CustomerHealthCheck *AccessCheckRun::newConsentCheck(TokenBroker &broker, HttpClient &http,
                                                     const Profile &profile, const Cloud &cloud,
                                                     const QStringList &requiredScopes,
                                                     ConsentCallback found, QObject *parent)
{
    CustomerHealthCheck *check =
        CustomerCheckRun::newCheck(broker, http, profile.id, cloud, parent);
    using Observations = QHash<int, ConsentObservation>;
    auto observations = std::make_shared<Observations>();
    const QString appId = profile.clientId;
    check->setProbe([observations, appId](GraphClient &graph, int index, QObject *context,
                                          ApiCallback done) {
        graph.servicePrincipal(
            appId, context,
            [observations, appId, index, &graph, context, done](const ApiResult &sp) {
                ConsentObservation &o = (*observations)[index];
                o.servicePrincipal = sp;
                o.servicePrincipalRequest = getRequest(GraphClient::servicePrincipalPath(appId));
                if (!sp.ok())
                    return done(sp);
                const QString spId = sp.json.object().value("id"_L1).toString();
                o.grantsRequest = getRequest(GraphClient::allPrincipalsGrantsPath(spId));
                graph.allPrincipalsGrants(spId, context,
                                          [observations, index, done](const ApiResult &grants) {
                                              (*observations)[index].grants = grants;
                                              done(grants);
                                          });
            });
    });
    QObject::connect(
        check, &CustomerHealthCheck::customerChecked, check,
        [observations, appId, requiredScopes, found](int index, const CustomerHealth &health) {
            ConsentObservation o = observations->take(index);
            o.appId = appId;
            o.tenantId = health.tenantId;
            o.requiredScopes = requiredScopes;
            o.tokenFailure = health.tokenFailure;
            if (!health.tokenFailure.isEmpty())
                o.tokenError = health.error;
            if (found)
                found(index, evaluateConsent(o), health);
        });
    return check;
}

void AccessCheckRun::start()
{
    if (!begin())
        return;
    m_changes = m_broker.holdChanges(m_profile.id);
    m_wall.start();
    m_finishing = false;
    m_report = AccessReport();
    m_report.profileId = m_profile.id;
    m_report.profileName = m_profile.name;
    m_report.checkedAt = m_clock.now();
    m_report.warningDays = m_options.warningDays;
    m_rows.clear();
    m_customers.clear();
    const Expected<Cloud> cloud = m_profile.cloud();
    if (!cloud) {
        m_report.problem = cloud.error();
        m_finishing = true;
        QMetaObject::invokeMethod(this, &AccessCheckRun::finish, Qt::QueuedConnection);
        return;
    }
    m_partner = std::make_unique<Partner>();
    m_pending = 0;
    startPartnerCenter(cloud.value());
    startGraph(cloud.value());
}

void AccessCheckRun::startPartnerCenter(const Cloud &cloud)
{
    Partner &p = *m_partner;
    const TokenKey key = TokenKey::partnerCenter(m_profile.id, cloud);
    p.partnerCenterTokens = m_broker.source(key);
    p.partnerCenter = std::make_unique<PartnerCenterClient>(
        m_http, cloud.endpoint(Service::PartnerCenter), *p.partnerCenterTokens);
    QObject *context = p.context.get();

    // The MFA probe, beside what the token's own claims say.
    m_pending += 3;
    m_broker.accessToken(key, context, [this, context](const AccessTokenResult &token) {
        MfaVerdict amr;
        amr.evidence = token.ok() ? AccessText::tr("the token could not be decoded")
                                  : AccessText::tr("no token");
        if (token.ok()) {
            const Expected<Jwt> jwt = Jwt::decode(token.accessToken);
            if (jwt)
                amr = jwt->mfa();
        }
        m_partner->partnerCenter->validateMfa(context, [this, amr](const ApiResult &result) {
            m_report.profile.prepend(evaluateMfa(result, amr,
                                                 getRequest(PartnerCenterClient::validateMfaPath())
                                                     + u" (ValidateMfa: true)"_s));
            stepDone();
        });
    });
    p.partnerCenter->mfaAdoptionStatus(context, [this](const ApiResult &result) {
        const QString request = getRequest(u"/v1/applicationmfaadoptionstatus"_s);
        const Expected<QList<MfaAdoption>> summary =
            result.ok() ? summarizeMfaAdoption(result.json.array(), m_clock.now().date())
                        : Expected<QList<MfaAdoption>>(fail(result.errorMessage()));
        m_report.profile.append(summary ? evaluateMfaAdoption(*summary, m_profile.clientId, request)
                                        : failedCall(u"mfa-adoption"_s,
                                                     AccessText::tr("The MFA adoption report"),
                                                     summary.error(), request));
        stepDone();
    });
    m_listing = new CustomerListing(*p.partnerCenter, CustomerCheckRun::PageSize, this);
    connect(m_listing, &CustomerListing::finished, this, [this, cloud](const CustomerList &list) {
        if (m_finishing)
            return;
        if (!list.ok()) {
            m_report.problem = list.errorMessage();
            return stepDone();
        }
        m_customers = list.customers;
        m_rows = QList<CustomerAccess>(m_customers.size());
        for (qsizetype i = 0; i < m_customers.size(); ++i)
            m_rows[i].customer = m_customers.at(i);
        Q_EMIT listed(m_customers);
        if (m_options.customers)
            startCustomers(cloud);
        stepDone();
    });
    m_listing->start();
}

void AccessCheckRun::startGraph(const Cloud &cloud)
{
    Partner &p = *m_partner;
    p.graphTokens = m_broker.source(
        TokenKey::delegated(m_profile.id, QString(), cloud.resource(Service::Graph)));
    p.graph = std::make_unique<GraphClient>(m_http, cloud.endpoint(Service::Graph), *p.graphTokens);
    QObject *context = p.context.get();
    m_pending += 3;

    const QString appRequest = getRequest(GraphClient::applicationPath(m_profile.clientId));
    p.graph->application(m_profile.clientId, context, [this, appRequest](const ApiResult &result) {
        const Expected<SamApplication> app =
            result.ok() ? SamApplication::fromJson(result.json.object())
                        : Expected<SamApplication>(fail(result.errorMessage()));
        if (app) {
            m_report.profile.append(evaluateCredentials(*app, m_profile, m_clock.now(),
                                                        m_options.warningDays, appRequest));
            m_report.profile.append(evaluateRedirectUri(*app, m_profile, appRequest));
        } else {
            m_report.profile.append(failedCall(u"sam-app"_s, AccessText::tr("The app registration"),
                                               app.error(), appRequest));
        }
        stepDone();
    });

    // The app's grants in the partner tenant: its service principal, then its grants.
    p.graph->servicePrincipal(m_profile.clientId, context, [this, context](const ApiResult &sp) {
        const QString spRequest = getRequest(GraphClient::servicePrincipalPath(m_profile.clientId));
        if (!sp.ok()) {
            m_report.profile.append(failedCall(u"partner-grants"_s,
                                               AccessText::tr("The app's service principal"),
                                               sp.errorMessage(), spRequest));
            return stepDone();
        }
        const QString spId = sp.json.object().value("id"_L1).toString();
        const QString request = getRequest(GraphClient::servicePrincipalGrantsPath(spId));
        m_partner->graph->servicePrincipalGrants(
            spId, context, [this, request](const ApiResult &g) {
                m_report.profile.append(
                    g.ok() ? evaluatePartnerGrants(g.json.object().value("value"_L1).toArray(),
                                                   m_options.partnerScopes, request)
                           : failedCall(u"partner-grants"_s, AccessText::tr("The app's grants"),
                                        g.errorMessage(), request));
                stepDone();
            });
    });

    p.relationshipsRequest = getRequest(GraphClient::relationshipsPath(300));
    p.graph->delegatedAdminRelationships(300, QString(), context, [this](const GraphList &list) {
        Partner &partner = *m_partner;
        const Expected<QList<GdapRelationship>> parsed =
            list.ok() ? parseRelationships(list.value)
                      : Expected<QList<GdapRelationship>>(fail(list.errorMessage()));
        if (!parsed) {
            m_report.profile.append(failedCall(u"gdap-list"_s,
                                               AccessText::tr("The GDAP relationships"),
                                               parsed.error(), partner.relationshipsRequest));
            return stepDone();
        }
        partner.relationshipsRead = true;
        partner.relationships = parsed.value();
        if (m_options.accessAssignments)
            readAssignments();
        stepDone();
    });
}

void AccessCheckRun::readAssignments()
{
    // All at once: the HTTP client keeps at most its maxParallel on the wire.
    Partner &p = *m_partner;
    for (const GdapRelationship &r : std::as_const(p.relationships)) {
        if (!r.isUsable())
            continue;
        ++m_pending;
        const QString request = getRequest(GraphClient::accessAssignmentsPath(r.id));
        p.graph->accessAssignments(
            r.id, p.context.get(), [this, r, request](const GraphList &list) {
                const Expected<QList<GdapAccessAssignment>> parsed =
                    list.ok() ? parseAccessAssignments(list.value)
                              : Expected<QList<GdapAccessAssignment>>(fail(list.errorMessage()));
                m_partner->assignments.insert(
                    r.id, parsed ? evaluateAccessAssignments(r, *parsed, request)
                                 : QList<AccessVerdict>{failedCall(u"gdap-assignments"_s,
                                                                   AccessText::tr("The access "
                                                                                  "assignments"),
                                                                   parsed.error(), request)});
                stepDone();
            });
    }
}

void AccessCheckRun::startCustomers(const Cloud &cloud)
{
    ++m_pending;
    m_check = newConsentCheck(
        m_broker, m_http, m_profile, cloud, m_options.customerScopes,
        [this](int index, const ConsentFinding &finding, const CustomerHealth &health) {
            if (index < 0 || index >= m_rows.size())
                return;
            m_rows[index].consent = finding;
            m_rows[index].graph = health;
        },
        this);
    m_check->setConcurrency(m_options.concurrency);
    connect(m_check, &CustomerHealthCheck::progress, this, &AccessCheckRun::progress);
    connect(m_check, &CustomerHealthCheck::finished, this, [this] {
        m_report.customersChecked = !m_check->wasCancelled();
        stepDone();
    });
    m_check->start(m_customers);
}

void AccessCheckRun::stepDone()
{
    if (!isRunning() || m_finishing)
        return;
    if (--m_pending > 0)
        return;
    assemble();
    finish();
}

void AccessCheckRun::assemble()
{
    const Partner &p = *m_partner;
    const QDateTime now = m_clock.now();
    QHash<QString, QList<GdapRelationship>> byTenant;
    for (const GdapRelationship &r : p.relationships)
        byTenant[r.customerTenantId].append(r);
    const bool listEmpty = !p.relationshipsRead || (p.relationships.isEmpty() && !m_rows.isEmpty());
    if (p.relationshipsRead)
        m_report.profile.append(evaluateRelationshipList(
            int(p.relationships.size()), int(m_rows.size()), p.relationshipsRequest));
    for (CustomerAccess &row : m_rows) {
        row.relationships = byTenant.value(row.customer.tenantId.toLower());
        row.gdap = evaluateCustomerGdap(row.relationships, now, m_options.warningDays, listEmpty,
                                        p.relationshipsRequest);
        QStringList roles;
        for (const GdapRelationship &r : std::as_const(row.relationships)) {
            if (!r.isUsable())
                continue;
            roles.append(r.roleIds);
            row.gdap.append(p.assignments.value(r.id));
        }
        if (!row.relationships.isEmpty())
            row.coverage = gdapRoleCoverage(roles);
    }
    m_report.customers = m_rows;
}

bool AccessCheckRun::abort()
{
    // What is in flight is dropped; the report keeps what was learnt.
    m_finishing = true;
    if (m_check)
        m_check->cancel();
    if (m_listing)
        m_listing->cancel();
    if (m_partner)
        m_partner->context.reset();
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_partner)
                assemble();
            finish();
        },
        Qt::QueuedConnection);
    return true;
}

void AccessCheckRun::finish()
{
    if (!end())
        return;
    m_report.wallTime = std::chrono::milliseconds(m_wall.elapsed());
    m_changes.reset();
    Q_EMIT finished(m_report);
}

} // namespace PCAuth
