// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consolecontroller.h"

#include "api/accesstokensource.h"
#include "appservices.h"
#include "net/httpclient.h"
#include "recordingnetwork.h"
#include "schedule/keepaliveschedule.h"
#include "session/workspace.h"
#include "vault/keychainstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// The request console page shows these texts: they keep its translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::RequestConsolePage)
};

/// The body as the user wants to read it: indented JSON when it is JSON, else the text.
QString bodyText(const ApiResult &result)
{
    if (!result.json.isNull())
        return QString::fromUtf8(result.json.toJson(QJsonDocument::Indented));
    const QJsonDocument parsed = QJsonDocument::fromJson(result.rawBody);
    if (!parsed.isNull())
        return QString::fromUtf8(parsed.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(result.rawBody);
}

/// Partner Center is always called with the partner tenant's token; a customer appears in
/// the path. Graph and ARM take the token of the tenant named.
QString tenantFor(Service service, const QString &tenant)
{
    return service == Service::PartnerCenter ? QString() : tenant;
}

QString noProfileText()
{
    return Text::tr("There is no profile yet. Run a partner consent (File, New "
                    "consent) to make one; then send requests with it here.");
}

} // namespace

ConsoleController::ConsoleController(AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_network(new Console::RecordingNetwork(this))
    , m_ctlProgram(KeepAliveSchedule::defaultProgram())
{
    RetryPolicy policy = services.http().policy();
    policy.maxAttempts = 1;
    policy.maxParallel = 1;
    m_http = std::make_unique<HttpClient>(m_network, policy);
    connect(&services, &AppServices::profilesChanged, this, &ConsoleController::reloadProfiles);
    reloadProfiles();
}

// The HttpClient goes first (m_http, a member), before its network (a child object).
ConsoleController::~ConsoleController() = default;

bool ConsoleController::bodyAllowed() const
{
    return Console::methodHasBody(m_method);
}

void ConsoleController::reloadProfiles()
{
    const Expected<QList<Profile>> loaded = m_services.profiles().load();
    if (!loaded)
        setMessage(loaded.error());
    m_profiles = loaded ? loaded.value() : QList<Profile>();
    const QString selected = Console::keptProfile(m_profiles, m_profileId);
    Q_EMIT profilesChanged();
    if (selected != m_profileId) {
        m_profileId = selected;
        Q_EMIT profileIdChanged();
    }
    if (m_profiles.isEmpty() && loaded)
        setMessage(noProfileText());
    else if (m_message == noProfileText())
        setMessage(QString());
    Q_EMIT busyChanged();
}

void ConsoleController::selectProfile(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    const bool known = Console::hasProfile(m_profiles, profileId);
    if (!known && !m_profiles.isEmpty())
        return;
    m_profileId = profileId;
    Q_EMIT profileIdChanged();
}

void ConsoleController::setTenant(const QString &tenant)
{
    if (tenant == m_tenant)
        return;
    m_tenant = tenant;
    Q_EMIT requestChanged();
}

void ConsoleController::setTarget(int target)
{
    if (target == int(m_target) || target < int(Console::Target::PartnerCenter)
        || target > int(Console::Target::Url))
        return;
    m_target = Console::Target(target);
    Q_EMIT requestChanged();
}

void ConsoleController::setMethod(const QString &method)
{
    if (method == m_method)
        return;
    m_method = method;
    setBodyProblem(QString());
    Q_EMIT requestChanged();
}

void ConsoleController::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    Q_EMIT requestChanged();
}

void ConsoleController::setBody(const QString &body)
{
    if (body == m_body)
        return;
    m_body = body;
    Q_EMIT requestChanged();
}

void ConsoleController::applyPreset(int index)
{
    if (index < 0 || index >= Console::presets().size())
        return;
    const Console::Preset &preset = Console::presets().at(index);
    m_target = preset.target;
    m_method = QString::fromLatin1(preset.method);
    m_path = Console::presetPath(preset, m_tenant);
    m_body = QString::fromUtf8(preset.body);
    setBodyProblem(QString());
    Q_EMIT requestChanged();
    if (m_preset != index) {
        m_preset = index;
        Q_EMIT presetChanged();
    }
}

void ConsoleController::prepare(const QString &profileId, const QString &tenantId)
{
    if (!Console::hasProfile(m_profiles, profileId))
        reloadProfiles();
    selectProfile(profileId);
    setTenant(tenantId.trimmed());
    applyPreset(Console::presetIndex(tenantId.trimmed().isEmpty() ? "/v1/customers?size=20"
                                                                  : "/v1.0/organization"));
}

std::optional<ConsoleController::Outgoing> ConsoleController::checkFields()
{
    const Expected<Profile> profile = m_services.profiles().find(m_profileId);
    if (m_profileId.isEmpty() || !profile) {
        setMessage(profile ? Text::tr("Profile: choose a profile first.") : profile.error());
        return std::nullopt;
    }
    const Expected<Cloud> cloud = profile->cloud();
    const QString tenant = m_tenant.trimmed();
    const QString tenantProblem = tenant.isEmpty() ? QString() : Cloud::validateTenant(tenant);
    const Expected<Console::ResolvedTarget> target =
        cloud ? Console::resolveTarget(*cloud, m_target, m_path)
              : Expected<Console::ResolvedTarget>(fail(cloud.error()));
    if (!tenantProblem.isEmpty() || !target) {
        setMessage(!tenantProblem.isEmpty() ? Text::tr("Tenant: %1").arg(tenantProblem)
                                            : target.error());
        return std::nullopt;
    }
    Outgoing out{profile.value(), target.value(), tenantFor(target->service, tenant), {}};
    out.request.method = m_method.toLatin1();
    out.request.url = target->url;
    out.request.idempotent = m_method != "POST"_L1 && m_method != "PATCH"_L1;
    if (bodyAllowed()) {
        const Expected<QByteArray> body = Console::checkJsonBody(m_body);
        if (!body) {
            setBodyProblem(body.error());
            return std::nullopt;
        }
        out.request.body = body.value();
    }
    return out;
}

void ConsoleController::send()
{
    if (m_pending) {
        Q_EMIT finished(false);
        return;
    }
    setMessage(QString());
    setBodyProblem(QString());
    std::optional<Outgoing> out = checkFields();
    if (!out) {
        Q_EMIT finished(false);
        return;
    }
    m_tokens = m_services.broker().source(
        TokenKey::delegated(out->profile.id, out->tokenTenant, out->target.audience));
    m_network->clear();
    auto *context = new QObject(this);
    m_pending = context;
    Q_EMIT busyChanged();
    setStatus(
        Text::tr("Sending %1 %2…")
            .arg(QString::fromLatin1(out->request.method), out->target.url.toDisplayString()));
    Console::SentRequest sent{out->request.method, out->request.url, {}, out->request.body};
    const QString profileName = out->profile.name;
    const QString tenant = out->tokenTenant;
    const Console::ResolvedTarget target = out->target;
    sendApiRequest(*m_http, *m_tokens, target.kind, std::move(out->request), QString(), context,
                   [this, sent, target, profileName, tenant](const ApiResult &result) {
                       if (!m_network->lastHeaders().isEmpty()) { // it reached the wire
                           m_lastSent = sent;
                           m_lastSent.headers = m_network->lastHeaders();
                           m_lastProfileName = profileName;
                           m_lastTenant = tenant;
                           m_lastAudience = Console::audienceOption(target.service);
                       }
                       onAnswer(result, target);
                   });
}

void ConsoleController::onAnswer(const ApiResult &result, const Console::ResolvedTarget &target)
{
    if (m_pending)
        m_pending->deleteLater(); // it is the context of the call now returning
    m_pending = nullptr;
    Q_EMIT busyChanged();
    if (result.status != 0)
        showResponse(result, target);
    else
        clearResponse(); // the previous answer would read as this request's
    if (!result.ok()) {
        setMessage(result.errorMessage());
        if (result.status == 0)
            setStatus(Text::tr("No answer."));
    }
    Q_EMIT finished(result.status != 0);
}

void ConsoleController::clearResponse()
{
    m_responseStatus = 0;
    m_requestIdValue.clear();
    m_correlationIdValue.clear();
    m_requestHeadersText.clear();
    m_responseHeadersText.clear();
    m_responseBody.clear();
    m_responseBodyEmpty = false;
    Q_EMIT responseChanged(); // canCopyCurl may have changed too
}

void ConsoleController::showResponse(const ApiResult &result, const Console::ResolvedTarget &target)
{
    const QString reason = Console::reasonPhrase(result.status);
    setStatus(Text::tr("HTTP %1%2 · %3 ms")
                  .arg(result.status)
                  .arg(reason.isEmpty() ? QString() : u' ' + reason)
                  .arg(qint64(result.elapsed.count())));
    m_responseStatus = result.status;
    m_requestIdName = requestIdHeader(target.kind) + u':';
    m_correlationIdName = target.kind == ApiKind::PartnerCenter
                              ? u"MS-CorrelationId:"_s
                              : Text::tr("Correlation id (not sent to this service):");
    m_requestIdValue = result.requestId;
    m_correlationIdValue = result.correlationId;
    m_requestHeadersText = QString::fromLatin1(m_lastSent.method) + u' '
                           + m_lastSent.url.toDisplayString() + u'\n'
                           + Console::formatHeaders(m_lastSent.headers);
    m_responseHeadersText = Console::formatHeaders(result.headers);
    m_responseBody = bodyText(result);
    m_responseBodyEmpty = result.rawBody.isEmpty();
    Q_EMIT responseChanged();
}

void ConsoleController::cancel()
{
    if (!m_pending)
        return;
    delete m_pending; // drops the token request and aborts the call, without callbacks
    m_pending = nullptr;
    Q_EMIT busyChanged();
    setStatus(Text::tr("Cancelled."));
    setMessage(Text::tr("The request was cancelled; any answer to it is ignored."));
    Q_EMIT finished(false);
}

QString ConsoleController::responseSummary() const
{
    if (!hasResponse())
        return QString();
    if (m_responseStatus >= 300 && !m_message.isEmpty())
        return m_message;
    const QJsonObject json = QJsonDocument::fromJson(m_responseBody.toUtf8()).object();
    const QJsonArray list = json.contains("items"_L1) ? json.value("items"_L1).toArray()
                                                      : json.value("value"_L1).toArray();
    if (list.isEmpty() && !json.contains("items"_L1) && !json.contains("value"_L1)) {
        const QString body = m_responseBody.simplified();
        return body.size() > 120 ? body.left(120) + u'\u2026' : body;
    }
    QStringList names;
    for (const QJsonValue &item : list) {
        const QJsonObject object = item.toObject();
        QString name = object.value("displayName"_L1).toString();
        if (name.isEmpty())
            name = object.value("companyProfile"_L1).toObject().value("companyName"_L1).toString();
        if (name.isEmpty())
            name = object.value("name"_L1).toString();
        if (!name.isEmpty())
            names << name;
        if (names.size() == 3)
            break;
    }
    const QString count = Text::tr("%n items", nullptr, int(list.size()));
    if (names.isEmpty())
        return count;
    if (list.size() > names.size())
        names << u"\u2026"_s;
    return Text::tr("%1: %2").arg(count, names.join(u", "_s));
}

QString ConsoleController::lastRequestLine() const
{
    if (m_lastSent.method.isEmpty())
        return QString();
    return QString::fromLatin1(m_lastSent.method) + u' ' + m_lastSent.url.toDisplayString();
}

QString ConsoleController::curlCommand() const
{
    if (m_lastSent.method.isEmpty())
        return QString();
    Workspace &workspace = m_services.workspace();
    return Console::curlCommand(m_lastSent, m_lastProfileName, m_lastTenant, m_lastAudience,
                                Console::CtlInvocation{m_ctlProgram, workspace.configDir(),
                                                       workspace.keychain().service()});
}

void ConsoleController::setStatus(const QString &text)
{
    m_statusText = text;
    Q_EMIT statusChanged();
}

void ConsoleController::setMessage(const QString &text)
{
    m_message = text;
    Q_EMIT messageChanged();
}

void ConsoleController::setBodyProblem(const QString &text)
{
    if (text == m_bodyProblem)
        return;
    m_bodyProblem = text;
    Q_EMIT bodyProblemChanged();
}

} // namespace PCAuth
