// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "apponlycontroller.h"

#include "api/accesstokensource.h"
#include "api/apicall.h"
#include "appservices.h"
#include "consolerequest.h"
#include "token/claims.h"
#include "token/jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// The app-only page shows these texts: they keep its translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::AppOnlyPage)
};

/// A call that accepts app-only tokens, per audience (PROTOCOL.md §4); none for Key Vault
/// (the vault URL is the user's) and custom audiences.
struct TestCall
{
    Service service;
    const char *path;
};

std::optional<TestCall> testCallFor(const QString &audienceId)
{
    if (audienceId == "partner-center"_L1)
        return TestCall{Service::PartnerCenter,
                        "/v1/profiles/legalbusiness?vettingVersion=Current"};
    if (audienceId == "graph"_L1)
        return TestCall{Service::Graph, "/v1.0/organization"};
    if (audienceId == "arm"_L1)
        return TestCall{Service::Arm, "/subscriptions?api-version=2022-12-01"};
    return std::nullopt;
}

/// The name a person recognises in an object: displayName, companyName, name, else id.
QString nameOf(const QJsonObject &object)
{
    for (const QLatin1String key : {"displayName"_L1, "companyName"_L1, "name"_L1, "id"_L1}) {
        const QString value = object.value(key).toString();
        if (!value.isEmpty())
            return displaySafe(value);
    }
    return QString();
}

/// One line about an answer: "1 item: Contoso Partner" for a collection, else the name.
QString summarize(const QJsonDocument &json)
{
    const QJsonObject object = json.object();
    for (const QLatin1String key : {"value"_L1, "items"_L1}) {
        if (!object.value(key).isArray())
            continue;
        const QJsonArray items = object.value(key).toArray();
        const QString first = items.isEmpty() ? QString() : nameOf(items.first().toObject());
        const QString count = Text::tr("Items: %1").arg(items.size());
        return first.isEmpty() ? count : Text::tr("%1; the first: %2").arg(count, first);
    }
    const QString name = nameOf(object);
    return name.isEmpty() ? Text::tr("The answer is valid JSON.") : name;
}

bool hasAppCredential(const Profile &profile)
{
    return profile.credential == CredentialKind::Secret
           || profile.credential == CredentialKind::Certificate;
}

} // namespace

AppOnlyController::AppOnlyController(AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_audienceId(u"graph"_s)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &AppOnlyController::updateExpiry);
    connect(&services, &AppServices::profilesChanged, this, &AppOnlyController::reloadProfiles);
    reloadProfiles();
}

AppOnlyController::~AppOnlyController() = default;

bool AppOnlyController::isCustomAudience() const
{
    return m_audienceId == "custom"_L1;
}

bool AppOnlyController::canTestCall() const
{
    return !isBusy() && hasToken() && testCallFor(m_tokenAudienceId).has_value();
}

void AppOnlyController::reloadProfiles()
{
    const Expected<QList<Profile>> loaded = m_services.profiles().load();
    if (!loaded)
        setMessage(loaded.error());
    m_profiles.clear();
    for (const Profile &profile : loaded ? loaded.value() : QList<Profile>()) {
        if (hasAppCredential(profile))
            m_profiles << profile;
    }
    const QString selected = Console::keptProfile(m_profiles, m_profileId);
    Q_EMIT profilesChanged();
    if (selected != m_profileId) {
        m_profileId = selected;
        Q_EMIT profileIdChanged();
    }
    Q_EMIT busyChanged();
}

void AppOnlyController::selectProfile(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    if (!m_profiles.isEmpty() && !Console::hasProfile(m_profiles, profileId))
        return;
    m_profileId = profileId;
    Q_EMIT profileIdChanged();
}

void AppOnlyController::setAudienceId(const QString &audienceId)
{
    if (audienceId == m_audienceId)
        return;
    m_audienceId = audienceId;
    Q_EMIT audienceIdChanged();
}

void AppOnlyController::refuse(const QString &problem)
{
    setMessage(problem);
    Q_EMIT finished(false);
}

void AppOnlyController::setBusyContext(QObject *context)
{
    if (m_pending && m_pending != context)
        m_pending->deleteLater(); // it is the context of the call now returning
    m_pending = context;
    Q_EMIT busyChanged();
}

void AppOnlyController::getToken()
{
    if (m_pending)
        return Q_EMIT finished(false);
    clearResult();
    const Expected<Profile> profile = m_services.profiles().find(m_profileId);
    if (m_profileId.isEmpty() || !profile)
        return refuse(m_profileId.isEmpty() ? Text::tr("Profile: choose a profile with a client "
                                                       "secret or certificate first.")
                                            : profile.error());
    const Expected<Cloud> cloud = profile->cloud();
    if (!cloud)
        return refuse(cloud.error());
    QString audience;
    if (isCustomAudience()) {
        audience = m_customAudience.trimmed();
        const QUrl uri(audience, QUrl::StrictMode);
        if (audience.isEmpty() || !uri.isValid() || uri.scheme().isEmpty())
            return refuse(Text::tr("Custom URI: give the resource identifier the token is for, "
                                   "such as https://api.contoso.com or api://<app id>."));
    } else {
        audience = cloud->resource(serviceFromId(m_audienceId).value_or(Service::Graph));
    }
    const QString tenant = m_tenant.trimmed();
    if (!tenant.isEmpty()) {
        if (const QString problem = Cloud::validateTenant(tenant); !problem.isEmpty())
            return refuse(Text::tr("Tenant: %1").arg(problem));
    }
    m_key = TokenKey::appOnlyFor(profile->id, tenant, audience);
    m_tokenAudienceId = m_audienceId;
    auto *context = new QObject(this);
    setBusyContext(context);
    m_testCallText = Text::tr("Asking Entra ID for an app-only token…");
    Q_EMIT testCallChanged();
    m_services.broker().accessToken(
        m_key, context, [this](const AccessTokenResult &result) { tokenArrived(result); });
}

void AppOnlyController::tokenArrived(const AccessTokenResult &result)
{
    setBusyContext(nullptr);
    m_testCallText.clear();
    Q_EMIT testCallChanged();
    if (!result.ok())
        return refuse(result.message);
    if (!result.warning.isEmpty())
        setMessage(result.warning);
    m_token = result.accessToken;
    const Expected<Jwt> jwt = Jwt::decode(m_token);
    // The token's own exp when it has one: what the token inspector shows too.
    m_expiresAt = jwt && jwt->expiresAt() ? *jwt->expiresAt() : result.expiresAt;
    const auto claim = [&jwt](QStringView name) {
        return jwt ? displaySafe(jwt->stringClaim(name)) : QString();
    };
    m_redacted = Console::redactToken(m_token);
    m_appId = claim(u"appid").isEmpty() ? claim(u"azp") : claim(u"appid");
    const QStringList roles = jwt ? jwt->roles() : QStringList();
    m_roles = roles.isEmpty() ? Text::tr("None: the app has no application permissions here.")
                              : displaySafe(roles.join(u", "_s));
    m_tenantId = claim(u"tid");
    m_audience = jwt ? displaySafe(jwt->stringListClaim(u"aud").join(u", "_s)) : QString();
    m_idtyp = claim(u"idtyp").isEmpty() ? Text::tr("(not in the token)") : claim(u"idtyp");
    if (!jwt)
        setMessage(Text::tr("The token could not be decoded for display: %1").arg(jwt.error()));
    Q_EMIT tokenChanged();
    updateExpiry();
    m_countdown.start();
    const std::optional<TestCall> call = testCallFor(m_tokenAudienceId);
    m_testCallText =
        call ? Text::tr("Test call: GET %1").arg(QString::fromLatin1(call->path))
             : Text::tr("No test call for this audience: its API has no call every app may make.");
    Q_EMIT testCallChanged();
    Q_EMIT busyChanged();
    Q_EMIT finished(true);
}

void AppOnlyController::testCall()
{
    const std::optional<TestCall> call = testCallFor(m_tokenAudienceId);
    const Expected<Profile> profile = m_services.profiles().find(m_key.profileId);
    if (m_pending || !call || m_token.isEmpty() || !profile)
        return Q_EMIT finished(false);
    const Expected<Cloud> cloud = profile->cloud();
    if (!cloud)
        return refuse(cloud.error());
    setMessage(QString());
    m_testStatus.clear();
    m_testSummary.clear();
    Q_EMIT testCallChanged();
    HttpRequest request;
    request.url = apiUrl(cloud->endpoint(call->service), QString::fromLatin1(call->path));
    m_tokens = m_services.broker().source(m_key); // the cached token, renewed if need be
    auto *context = new QObject(this);
    setBusyContext(context);
    sendApiRequest(m_services.http(), *m_tokens, apiKindOf(call->service), std::move(request),
                   QString(), context,
                   [this](const ApiResult &result) { testCallFinished(result); });
}

void AppOnlyController::testCallFinished(const ApiResult &result)
{
    setBusyContext(nullptr);
    const QString reason = Console::reasonPhrase(result.status);
    m_testStatus = result.status == 0 ? Text::tr("No answer.")
                                      : Text::tr("HTTP %1%2 · %3 ms")
                                            .arg(result.status)
                                            .arg(reason.isEmpty() ? QString() : u' ' + reason)
                                            .arg(qint64(result.elapsed.count()));
    m_testSummary = result.ok() ? summarize(result.json) : QString();
    Q_EMIT testCallChanged();
    if (!result.ok())
        return refuse(result.errorMessage());
    Q_EMIT finished(true);
}

void AppOnlyController::cancel()
{
    if (!m_pending)
        return;
    delete m_pending; // the broker and the HTTP client drop it without calling back
    m_pending = nullptr;
    Q_EMIT busyChanged();
    m_testCallText.clear();
    Q_EMIT testCallChanged();
    setMessage(Text::tr("Cancelled."), false);
    Q_EMIT finished(false);
}

void AppOnlyController::inspect()
{
    if (!m_token.isEmpty())
        Q_EMIT m_services.inspectTokenRequested(m_token);
}

void AppOnlyController::clearResult()
{
    m_countdown.stop();
    m_token.clear();
    m_expiresAt = QDateTime();
    setMessage(QString());
    for (QString *text : {&m_redacted, &m_expiryText, &m_appId, &m_roles, &m_tenantId, &m_audience,
                          &m_idtyp, &m_testCallText, &m_testStatus, &m_testSummary})
        text->clear();
    Q_EMIT tokenChanged();
    Q_EMIT expiryChanged();
    Q_EMIT testCallChanged();
    Q_EMIT busyChanged();
}

void AppOnlyController::setMessage(const QString &text, bool problem)
{
    m_message = text;
    m_messageIsProblem = problem;
    Q_EMIT messageChanged();
}

void AppOnlyController::updateExpiry()
{
    if (!m_expiresAt.isValid()) {
        m_expiryText.clear();
    } else {
        const QString when = formatTime(m_expiresAt, m_services.clock());
        if (m_services.clock().now() >= m_expiresAt) {
            m_countdown.stop();
            m_expiryText = Text::tr("Expired: %1. Get a new token.").arg(when);
        } else {
            m_expiryText = when;
        }
    }
    Q_EMIT expiryChanged();
}

} // namespace PCAuth
