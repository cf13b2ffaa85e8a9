// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "entraauthorize.h"

#include "entracommon.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray page(const QString &pageId, const QString &title, const QString &content)
{
    return (u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>%1 - PCAuth sandbox</title></head>\n<body data-page=\"%2\">\n"
            "<h1 id=\"title\">%1</h1>\n<p id=\"banner\">PCAuth sandbox: a local stand-in for "
            "Microsoft Entra ID. Nothing here reaches Microsoft.</p>\n%3\n</body></html>\n"_s)
        .arg(esc(title), pageId, content)
        .toUtf8();
}

QString errorBlock(int code, const QString &message)
{
    if (message.isEmpty())
        return {};
    return u"<div id=\"error\" role=\"alert\" data-code=\"%1\">AADSTS%1: %2</div>\n"_s.arg(code)
        .arg(esc(message));
}

QString hiddenToken(const QString &token)
{
    return u"<input type=\"hidden\" id=\"flowToken\" name=\"flowToken\" value=\"%1\">"_s.arg(token);
}

QString formAction(const SignInFlow &flow)
{
    return u"/%1/login"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(flow.request.tenantSegment)));
}

} // namespace

EntraAuthorize::EntraAuthorize(SandboxContext &ctx)
    : m_ctx(ctx)
{ }

bool EntraAuthorize::redirectUriAllowed(const QStringList &registered, const QString &requested)
{
    const QUrl req(requested, QUrl::StrictMode);
    if (!req.isValid() || req.scheme().isEmpty())
        return false;
    const auto normPath = [](const QUrl &u) { return u.path().isEmpty() ? u"/"_s : u.path(); };
    for (const QString &r : registered) {
        if (r == requested)
            return true;
        const QUrl reg(r);
        const bool loopback = reg.scheme() == "http"_L1
                              && (reg.host() == "localhost"_L1 || reg.host() == "127.0.0.1"_L1);
        if (loopback && req.scheme() == reg.scheme() && req.host() == reg.host()
            && normPath(req) == normPath(reg) && !req.hasQuery() && !req.hasFragment())
            return true;
    }
    return false;
}

HttpResponse EntraAuthorize::start(const HttpRequest &req, const QString &segment, int version)
{
    const QUrlQuery &q = req.query;
    const auto get = [&q](const char *name) {
        return q.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    AuthRequest ar;
    ar.version = version;
    ar.tenantSegment = segment;
    ar.clientId = get("client_id");
    ar.redirectUri = get("redirect_uri");
    ar.state = get("state");
    ar.nonce = get("nonce");
    ar.codeChallenge = get("code_challenge");
    ar.codeChallengeMethod = get("code_challenge_method");
    ar.resource = get("resource");
    ar.scope = get("scope");
    ar.loginHint = get("login_hint");
    ar.prompt = get("prompt");
    ar.amrValues = get("amr_values");
    if (ar.codeChallengeMethod.isEmpty() && !ar.codeChallenge.isEmpty())
        ar.codeChallengeMethod = u"plain"_s;
    ar.responseMode = get("response_mode");
    return validateAndStart(req, segment, ar);
}

HttpResponse EntraAuthorize::validateAndStart(const HttpRequest &req, const QString &segment,
                                              const AuthRequest &ar)
{
    const auto tenant = resolveTenantSegment(m_ctx.scenario, segment);
    if (!tenant)
        return errorPage(90002, u"Tenant '%1' not found. Check to make sure you have the correct "
                                "tenant ID and are signing into the correct cloud."_s.arg(segment));
    const App *app = m_ctx.scenario.findApp(ar.clientId);
    if (!app)
        return errorPage(700016, u"Application with identifier '%1' was not found in the "
                                 "directory '%2'."_s.arg(ar.clientId, segment));
    if (!redirectUriAllowed(app->redirectUris, ar.redirectUri))
        return errorPage(50011, u"The redirect URI '%1' specified in the request does not match "
                                "the redirect URIs configured for the application '%2'."_s.arg(
                                    ar.redirectUri, app->appId));
    const QString responseType = req.query.queryItemValue(u"response_type"_s);
    if (responseType != "code"_L1)
        return redirectError(
            ar, u"unsupported_response_type"_s, 700054,
            u"response_type '%1' is not enabled for the application."_s.arg(responseType));
    if (!ar.responseMode.isEmpty() && ar.responseMode != "query"_L1)
        return redirectError(ar, u"invalid_request"_s, 90023,
                             u"Invalid request: response_mode '%1' is not supported by the "
                             "sandbox; use response_mode=query."_s.arg(ar.responseMode));
    if (!app->confidential && ar.codeChallenge.isEmpty())
        return redirectError(ar, u"invalid_request"_s, 9002325,
                             u"Proof Key for Code Exchange is required for cross-origin "
                             "authorization code redemption."_s);
    if (!ar.codeChallenge.isEmpty() && ar.codeChallengeMethod != "S256"_L1
        && ar.codeChallengeMethod != "plain"_L1)
        return redirectError(ar, u"invalid_request"_s, 90023,
                             u"Invalid request: code_challenge_method must be S256 or plain."_s);
    if (ar.version == 2) {
        if (ar.scope.isEmpty())
            return redirectError(ar, u"invalid_request"_s, 900144,
                                 u"The request body must contain the following parameter: "
                                 "'scope'."_s);
        const ScopeRequest sr = parseV2Scope(ar.scope);
        if (!sr.error.isEmpty())
            return redirectError(ar, u"invalid_scope"_s, sr.errorCode, sr.error);
    } else if (!ar.resource.isEmpty() && !findResource(ar.resource)) {
        return redirectError(
            ar, u"invalid_resource"_s, 500011,
            u"The resource principal named %1 was not found in the tenant."_s.arg(ar.resource));
    } else if (!ar.nonce.isEmpty()
               && !ar.scope.split(u' ', Qt::SkipEmptyParts)
                       .contains(u"openid"_s, Qt::CaseInsensitive)) {
        // Strict OpenID Connect: a nonce is about the id_token that scope=openid asks for.
        return redirectError(ar, u"invalid_request"_s, 900144,
                             u"The request must contain the parameter 'scope' with 'openid': "
                             "it sends a nonce, which belongs to an OpenID Connect request."_s);
    }
    if (ar.prompt == "none"_L1)
        return redirectError(ar, u"login_required"_s, 50058,
                             u"A silent sign-in request was sent but no user is signed in."_s);
    SignInFlow flow;
    flow.request = ar;
    flow.step = u"login"_s;
    flow.created = m_ctx.state.clock.now();
    const QString token = QString::fromLatin1(randomToken(32));
    m_ctx.state.purgeStale();
    m_ctx.state.flows.insert(token, flow);
    return loginPage(token, flow, ar.loginHint, 0, {});
}

HttpResponse EntraAuthorize::submit(const HttpRequest &req)
{
    const QUrlQuery form = req.form();
    const QString token = form.queryItemValue(u"flowToken"_s, QUrl::FullyDecoded);
    auto it = m_ctx.state.flows.find(token);
    if (token.isEmpty() || it == m_ctx.state.flows.end()
        || it->created.secsTo(m_ctx.state.clock.now()) > FlowLifetimeSeconds) {
        if (it != m_ctx.state.flows.end())
            m_ctx.state.flows.erase(it);
        return errorPage(50089, u"Authentication failed due to flow token expired. Start the "
                                "sign-in again from the application."_s);
    }
    SignInFlow &flow = *it;
    if (flow.step == "login"_L1)
        return onLogin(token, flow, form);
    if (flow.step == "mfa"_L1)
        return onMfa(token, flow, form);
    return onConsent(token, flow, form);
}

HttpResponse EntraAuthorize::onLogin(const QString &token, SignInFlow &flow, const QUrlQuery &form)
{
    const QString login = form.queryItemValue(u"login"_s, QUrl::FullyDecoded).trimmed();
    const QString passwd = form.queryItemValue(u"passwd"_s, QUrl::FullyDecoded);
    const User *user = m_ctx.scenario.findUser(login);
    if (!user || !login.contains(u'@')) {
        m_ctx.state.count(u"errors.AADSTS50034"_s);
        return loginPage(
            token, flow, login, 50034,
            u"The user account %1 does not exist in the directory. To sign into "
            "this application, the account must be added to the directory."_s.arg(login));
    }
    if (user->password != passwd) {
        m_ctx.state.count(u"errors.AADSTS50126"_s);
        return loginPage(token, flow, login, 50126,
                         u"Error validating credentials due to invalid username or password."_s);
    }
    if (!user->enabled) {
        m_ctx.state.flows.remove(token);
        return errorPage(50057, u"The user account is disabled. The account has been disabled "
                                "by an administrator."_s);
    }
    flow.userOid = user->oid;
    const auto seg = resolveTenantSegment(m_ctx.scenario, flow.request.tenantSegment);
    flow.tenantId = seg && seg->tenant ? seg->tenant->id : user->tenantId;
    flow.authTime = m_ctx.state.clock.now();
    const Tenant *tenant = m_ctx.scenario.findTenant(flow.tenantId);
    const bool mfaAsked =
        flow.request.amrValues.split(u' ').contains(u"mfa"_s) || (tenant && tenant->requireMfa);
    if (user->mfaRegistered) {
        flow.step = u"mfa"_s;
        return mfaPage(token, flow, 0, {});
    }
    if (mfaAsked) {
        const AuthRequest ar = flow.request;
        m_ctx.state.flows.remove(token);
        return redirectError(
            ar, u"interaction_required"_s, 50076,
            u"Due to a configuration change made by your administrator, or "
            "because you moved to a new location, you must use multi-factor "
            "authentication to access '%1'."_s.arg(ar.version == 1 ? ar.resource : ar.scope));
    }
    return afterAuthentication(token, flow);
}

HttpResponse EntraAuthorize::onMfa(const QString &token, SignInFlow &flow, const QUrlQuery &form)
{
    const User *user = m_ctx.scenario.findUser(flow.userOid);
    const QString otc = form.queryItemValue(u"otc"_s, QUrl::FullyDecoded).trimmed();
    if (!user || otc != user->mfaCode) {
        m_ctx.state.count(u"errors.AADSTS500121"_s);
        return mfaPage(token, flow, 500121,
                       u"Authentication failed during strong authentication request: the "
                       "verification code is not correct."_s);
    }
    flow.mfaDone = true;
    return afterAuthentication(token, flow);
}

HttpResponse EntraAuthorize::afterAuthentication(const QString &token, SignInFlow &flow)
{
    const Tenant *tenant = m_ctx.scenario.findTenant(flow.tenantId);
    const bool needConsent =
        flow.request.prompt == "consent"_L1 || !tenant || !tenant->consented(flow.request.clientId);
    if (needConsent) {
        flow.step = u"consent"_s;
        return consentPage(token, flow);
    }
    return issueCode(token, flow);
}

HttpResponse EntraAuthorize::onConsent(const QString &token, SignInFlow &flow,
                                       const QUrlQuery &form)
{
    const QString answer = form.queryItemValue(u"consent"_s);
    if (answer == "accept"_L1) {
        if (Tenant *t = m_ctx.scenario.findTenant(flow.tenantId)) {
            if (!t->consented(flow.request.clientId))
                t->consentedApps.append(flow.request.clientId);
            t->servicePrincipalOnlyApps.removeAll(flow.request.clientId);
        }
        return issueCode(token, flow);
    }
    if (answer == "cancel"_L1) {
        const AuthRequest ar = flow.request;
        m_ctx.state.flows.remove(token);
        return redirectError(ar, u"access_denied"_s, 65004,
                             u"User declined to consent to access the app."_s);
    }
    return consentPage(token, flow);
}

HttpResponse EntraAuthorize::issueCode(const QString &token, const SignInFlow &flow)
{
    AuthCode code;
    code.request = flow.request;
    code.userOid = flow.userOid;
    code.tenantId = flow.tenantId;
    code.mfa = flow.mfaDone;
    code.issued = m_ctx.state.clock.now();
    code.authTime = flow.authTime;
    const QString value = u"0.SBX"_s + QString::fromLatin1(randomToken(48));
    m_ctx.state.purgeStale();
    m_ctx.state.codes.insert(value, code);
    m_ctx.state.flows.remove(token);
    m_ctx.state.count(u"authorize.codes"_s);
    QUrl target(flow.request.redirectUri);
    QUrlQuery q(target);
    q.addQueryItem(u"code"_s, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!flow.request.state.isEmpty())
        q.addQueryItem(u"state"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(flow.request.state)));
    q.addQueryItem(u"session_state"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    target.setQuery(q);
    return HttpResponse::redirect(target);
}

HttpResponse EntraAuthorize::errorPage(int code, const QString &message)
{
    m_ctx.state.count(u"errors.AADSTS%1"_s.arg(code));
    const QString content = errorBlock(code, message)
                            + u"<p id=\"trace\">Trace ID: %1<br>Timestamp: %2</p>"_s.arg(
                                QUuid::createUuid().toString(QUuid::WithoutBraces),
                                entraTimestamp(m_ctx.state.clock.now()));
    return HttpResponse::html(200, page(u"error"_s,
                                        u"Sorry, but we're having trouble signing "
                                        "you in."_s,
                                        content));
}

HttpResponse EntraAuthorize::redirectError(const AuthRequest &ar, const QString &error, int code,
                                           const QString &message)
{
    m_ctx.state.count(u"errors.AADSTS%1"_s.arg(code));
    const QString description =
        u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\n"
        "Timestamp: %5"_s.arg(code)
            .arg(message, QUuid::createUuid().toString(QUuid::WithoutBraces),
                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                 entraTimestamp(m_ctx.state.clock.now()));
    QUrl target(ar.redirectUri);
    QUrlQuery q(target);
    const auto enc = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s));
    };
    q.addQueryItem(u"error"_s, error);
    q.addQueryItem(u"error_description"_s, enc(description));
    if (!ar.state.isEmpty())
        q.addQueryItem(u"state"_s, enc(ar.state));
    target.setQuery(q);
    return HttpResponse::redirect(target);
}

HttpResponse EntraAuthorize::loginPage(const QString &token, const SignInFlow &flow,
                                       const QString &login, int errorCode, const QString &error)
{
    const App *app = m_ctx.scenario.findApp(flow.request.clientId);
    // As Entra's own page: the first field to fill has the focus, so typing starts at once.
    const QString loginFocus = login.isEmpty() ? u" autofocus"_s : QString();
    const QString passwordFocus = login.isEmpty() ? QString() : u" autofocus"_s;
    const QString content =
        u"<p id=\"app-name\">to continue to %1</p>\n%2"
        "<form id=\"signin-form\" method=\"post\" action=\"%3\">\n%4\n"
        "<label for=\"login\">Email or phone</label>\n"
        "<input id=\"login\" name=\"login\" type=\"email\" value=\"%5\" "
        "autocomplete=\"username\"%6>\n"
        "<label for=\"passwd\">Password</label>\n"
        "<input id=\"passwd\" name=\"passwd\" type=\"password\" "
        "autocomplete=\"current-password\"%7>\n"
        "<button id=\"signin-submit\" type=\"submit\">Sign in</button>\n"
        "</form>"_s.arg(esc(app ? app->name : flow.request.clientId), errorBlock(errorCode, error),
                        formAction(flow), hiddenToken(token), esc(login), loginFocus,
                        passwordFocus);
    return HttpResponse::html(200, page(u"login"_s, u"Sign in"_s, content));
}

HttpResponse EntraAuthorize::mfaPage(const QString &token, const SignInFlow &flow, int errorCode,
                                     const QString &error)
{
    const User *user = m_ctx.scenario.findUser(flow.userOid);
    const QString content =
        u"<p id=\"mfa-user\">%1</p>\n<p>Enter the code displayed in the "
        "authenticator app on your mobile device.</p>\n%2"
        "<form id=\"mfa-form\" method=\"post\" action=\"%3\">\n%4\n"
        "<label for=\"otc\">Code</label>\n"
        "<input id=\"otc\" name=\"otc\" type=\"tel\" inputmode=\"numeric\" "
        "maxlength=\"6\" autocomplete=\"one-time-code\" autofocus>\n"
        "<button id=\"mfa-submit\" type=\"submit\">Verify</button>\n"
        "</form>"_s.arg(esc(user ? user->upn : QString()), errorBlock(errorCode, error),
                        formAction(flow), hiddenToken(token));
    return HttpResponse::html(200, page(u"mfa"_s, u"Enter code"_s, content));
}

HttpResponse EntraAuthorize::consentPage(const QString &token, const SignInFlow &flow)
{
    const App *app = m_ctx.scenario.findApp(flow.request.clientId);
    const QString what = flow.request.version == 1 ? flow.request.resource : flow.request.scope;
    const QString content = u"<p id=\"consent-app\">%1</p>\n<p>This app would like to:</p>\n"
                            "<ul id=\"consent-scopes\"><li>%2</li><li>Maintain access to data "
                            "you have given it access to</li></ul>\n"
                            "<form id=\"consent-form\" method=\"post\" action=\"%3\">\n%4\n"
                            "<button id=\"consent-accept\" name=\"consent\" value=\"accept\" "
                            "type=\"submit\">Accept</button>\n"
                            "<button id=\"consent-cancel\" name=\"consent\" value=\"cancel\" "
                            "type=\"submit\">Cancel</button>\n</form>"_s.arg(
                                esc(app ? app->name : flow.request.clientId), esc(what),
                                formAction(flow), hiddenToken(token));
    return HttpResponse::html(200, page(u"consent"_s, u"Permissions requested"_s, content));
}

} // namespace PCAuth::Sandbox
