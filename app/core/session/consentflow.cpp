// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "session/consentflow.h"

#include "crypto/idtokenvalidator.h"
#include "errors/errorbodies.h"
#include "net/httpclient.h"
#include "oauth/loopbackreceiver.h"
#include "session/credentials.h"
#include "token/jwt.h"
#include "vault/vault.h"

#include <QHash>
#include <QTimer>

namespace PCAuth {

using namespace Qt::StringLiterals;

namespace {

/// Discovery documents and key sets, per discovery URL, for the life of the process: they
/// change rarely, and a key set that lacks the token's kid is fetched again (key rollover).
/// Only touched from the thread that runs consent flows (the GUI or CLI main thread).
struct CachedMetadata
{
    OpenIdConfiguration configuration;
    JsonWebKeySet keys;
};

QHash<QString, CachedMetadata> &metadataCache()
{
    static QHash<QString, CachedMetadata> cache;
    return cache;
}

QString viaId(ConsentFlow::Via via)
{
    switch (via) {
    case ConsentFlow::Via::SystemBrowser:
        return u"consent-system-browser"_s;
    case ConsentFlow::Via::Embedded:
        return u"consent-embedded"_s;
    case ConsentFlow::Via::Manual:
        break;
    }
    return u"consent-manual"_s;
}

} // namespace

ConsentFlow::ConsentFlow(Vault &vault, HttpClient &http, const Clock &clock, QObject *parent)
    : Job(parent)
    , m_vault(vault)
    , m_http(http)
    , m_clock(clock)
    , m_endpoint(http, clock)
{ }

ConsentFlow::~ConsentFlow() = default;

Expected<QUrl> ConsentFlow::start(const Profile &profile, const QString &loginHint, Via via)
{
    return prepare(profile, QUrl(profile.redirectUri), loginHint, via);
}

Expected<QUrl> ConsentFlow::startLoopback(const Profile &profile, std::chrono::seconds timeout,
                                          const QString &loginHint)
{
    if (isRunning())
        return fail(tr("This consent is already running."));
    delete m_receiver;
    m_receiver = new LoopbackReceiver(this);
    const Expected<QUrl> redirect = m_receiver->listen(QUrl(profile.redirectUri));
    if (!redirect)
        return fail(redirect.error());
    Expected<QUrl> url = prepare(profile, redirect.value(), loginHint, Via::SystemBrowser);
    if (!url)
        return url;
    connect(m_receiver, &LoopbackReceiver::finished, this,
            [this](const RedirectResult &result) { handle(result); });
    m_receiver->start(m_request.state, timeout);
    return url;
}

Expected<QUrl> ConsentFlow::prepare(const Profile &profile, const QUrl &redirectUri,
                                    const QString &loginHint, Via via)
{
    if (isRunning())
        return fail(tr("This consent is already running."));
    const Expected<Cloud> cloud = profile.cloud();
    if (!cloud)
        return fail(cloud.error());
    m_profile = profile;
    m_cloud = cloud.value();
    m_via = via;
    m_request = AuthorizationRequest::forPartnerConsent(
        m_cloud, profile.partnerTenant, profile.clientId, redirectUri, profile.protocol, loginHint);
    m_request.requireMfa = m_askForMfa;
    if (const QString problem = m_request.validate(); !problem.isEmpty())
        return fail(problem);
    m_authorizationUrl = m_request.url();
    begin();
    return m_authorizationUrl;
}

void ConsentFlow::complete(const QUrl &redirect)
{
    if (!isRunning() || wasCancelled())
        return;
    handle(parseRedirect(redirect, m_request.redirectUri, m_request.state));
}

bool ConsentFlow::abort()
{
    if (m_redeeming)
        return false; // the token is on its way into the keychain: its result follows
    if (m_receiver) {
        m_receiver->disconnect(this);
        m_receiver->cancel();
    }
    QTimer::singleShot(0, this,
                       [this] { failWith(tr("The consent was cancelled; nothing was stored.")); });
    return true;
}

void ConsentFlow::handle(const RedirectResult &redirect)
{
    if (!isRunning() || wasCancelled())
        return;
    if (redirect.kind == RedirectResult::Kind::Error)
        return failWith(redirect.message,
                        ErrorBodies::fromEntraRedirect(redirect.error, redirect.errorDescription));
    if (redirect.kind != RedirectResult::Kind::Code)
        return failWith(redirect.message.isEmpty()
                            ? tr("The sign-in did not come back with an answer; nothing was "
                                 "stored.")
                            : redirect.message);
    const QString code = redirect.code;
    m_redeeming = true;
    Q_EMIT redeeming();
    loadClientCredential(
        m_vault, m_profile, this, [this, code](const Expected<ClientCredential> &credential) {
            if (!credential)
                return failWith(credential.error());
            const QString audience = m_request.protocol == Protocol::V1
                                         ? m_request.resource
                                         : m_request.scopes.join(u' ');
            m_endpoint.redeemCode(m_cloud, m_profile.partnerTenant, m_profile.protocol,
                                  m_profile.clientId, credential.value(), code,
                                  m_request.redirectUri, m_request.pkce.verifier, audience, this,
                                  [this](const TokenResult &result) {
                                      if (!result.ok())
                                          return failWith(result.message, result.error);
                                      onToken(*result.token);
                                  });
        });
}

void ConsentFlow::onToken(const TokenResponse &token)
{
    if (token.refreshToken.isEmpty())
        return failWith(tr("Entra returned no refresh token (was offline_access granted?); "
                           "nothing was stored."));
    const Expected<Jwt> idToken = Jwt::decode(token.idToken);
    const bool unsignedV1 =
        m_profile.protocol == Protocol::V1
        && (token.idToken.isEmpty() || (idToken && idToken->algorithm().compare(u"none") == 0));
    if (unsignedV1) {
        const Expected<ConsentResult> examined = examine(token, nullptr);
        if (!examined)
            return failWith(examined.error());
        return store(token, examined.value());
    }
    if (token.idToken.isEmpty())
        return failWith(tr("Entra returned no id_token although the sign-in asked for openid, so "
                           "the sign-in cannot be verified; nothing was stored."));
    fetchMetadata(idToken ? idToken->keyId() : QString(),
                  [this, token](const Expected<Metadata> &metadata) {
                      if (!metadata)
                          return failWith(metadata.error());
                      const Expected<ConsentResult> examined = examine(token, &metadata.value());
                      if (!examined)
                          return failWith(examined.error());
                      store(token, examined.value());
                  });
}

void ConsentFlow::fetchMetadata(const QString &wantedKid, MetadataCallback done)
{
    const QUrl discovery = m_cloud.discoveryUrl(m_profile.partnerTenant, m_profile.protocol);
    const QString cacheKey = discovery.toString();
    if (const auto it = metadataCache().constFind(cacheKey);
        it != metadataCache().cend() && it->keys.contains(wantedKid))
        return done(Metadata{it->configuration, it->keys});
    HttpRequest request;
    request.url = discovery;
    m_http.send(request, this, [this, done, cacheKey](const HttpResponse &response) {
        if (!response.ok())
            return done(
                fail(tr("The sign-in cannot be verified: the OpenID configuration "
                        "could not be fetched (%1).")
                         .arg(response.message.isEmpty() ? tr("HTTP status %1").arg(response.status)
                                                         : response.message)));
        const Expected<OpenIdConfiguration> configuration =
            OpenIdConfiguration::parse(response.body);
        if (!configuration)
            return done(fail(tr("The sign-in cannot be verified: %1").arg(configuration.error())));
        fetchKeys(configuration.value(), [done, cacheKey](const Expected<Metadata> &metadata) {
            if (metadata)
                metadataCache().insert(cacheKey,
                                       CachedMetadata{metadata->configuration, metadata->keys});
            done(metadata);
        });
    });
}

void ConsentFlow::fetchKeys(const OpenIdConfiguration &configuration, MetadataCallback done)
{
    HttpRequest request;
    request.url = configuration.jwksUri;
    m_http.send(request, this, [done, configuration](const HttpResponse &response) {
        if (!response.ok())
            return done(
                fail(tr("The sign-in cannot be verified: the signing keys could not be "
                        "fetched (%1).")
                         .arg(response.message.isEmpty() ? tr("HTTP status %1").arg(response.status)
                                                         : response.message)));
        const Expected<JsonWebKeySet> keys = JsonWebKeySet::parse(response.body);
        if (!keys)
            return done(fail(tr("The sign-in cannot be verified: %1").arg(keys.error())));
        done(Metadata{configuration, keys.value()});
    });
}

Expected<ConsentResult> ConsentFlow::examine(const TokenResponse &token, const Metadata *metadata)
{
    const Expected<Jwt> access = Jwt::decode(token.accessToken);
    Jwt id;
    MfaVerdict verdict;
    QString note;
    if (metadata) {
        IdTokenExpectations expect;
        expect.issuer = metadata->configuration.issuer;
        expect.clientId = m_profile.clientId;
        expect.nonce = m_request.nonce;
        const Expected<Jwt> validated =
            validateIdToken(token.idToken, metadata->keys, expect, m_clock);
        if (!validated)
            return fail(tr("The id_token of the sign-in was refused, nothing was stored: %1")
                            .arg(validated.error()));
        id = validated.value();
        verdict = id.mfa();
        if (verdict.state == MfaVerdict::State::Unknown && access) {
            verdict = access->mfa();
            note = tr("The id_token carries no amr claim; the access token's was used.");
        }
    } else {
        if (!access)
            return fail(tr("Entra sent no signed id_token and the access token cannot be read, "
                           "so MFA cannot be checked; nothing was stored."));
        verdict = access->mfa();
        note = tr("Entra sent no signed id_token (v1), so the MFA evidence was taken from the "
                  "access token's amr claim.");
    }
    ConsentResult result;
    result.upn = id.isNull() ? QString() : id.subjectName();
    result.tenant = id.isNull() ? QString() : id.stringClaim(u"tid");
    if (access && result.upn.isEmpty())
        result.upn = access->subjectName();
    if (access && result.tenant.isEmpty())
        result.tenant = access->stringClaim(u"tid");
    if (result.tenant.isEmpty())
        result.tenant = m_profile.partnerTenant;
    result.mfa = mfaEvidenceOf(verdict.state);
    const QString who = result.upn.isEmpty() ? tr("the account") : result.upn;
    if (result.mfa != MfaEvidence::Present && !m_acceptWithoutMfa) {
        QString message = tr("The sign-in of %1 shows no multi-factor authentication (%2). "
                             "Partner Center refuses app+user calls without MFA, so the refresh "
                             "token was NOT stored. Sign in again with MFA, or accept a token "
                             "without MFA explicitly (health will flag it).")
                              .arg(who, verdict.evidence);
        if (!note.isEmpty())
            message += u' ' + note;
        return fail(message);
    }
    result.message = result.mfa == MfaEvidence::Present
                         ? tr("Consent stored for %1 (MFA: %2).").arg(who, verdict.evidence)
                         : tr("Consent stored for %1 WITHOUT evidence of MFA (%2), as you "
                              "accepted; health flags this token.")
                               .arg(who, verdict.evidence);
    if (!note.isEmpty())
        result.message += u' ' + note;
    return result;
}

void ConsentFlow::store(const TokenResponse &token, const ConsentResult &examined)
{
    RefreshTokenRecord record;
    record.refreshToken = token.refreshToken;
    record.clientId = m_profile.clientId;
    record.tenant = examined.tenant;
    record.cloudId = m_cloud.id();
    record.upn = examined.upn;
    record.obtainedVia = viaId(m_via);
    record.issuedAt = m_clock.now();
    record.mfa = examined.mfa;
    record.acceptedWithoutMfa = examined.mfa != MfaEvidence::Present;
    record.consentId = RefreshTokenRecord::newConsentId();
    record.authority = authorityOf(m_cloud);
    m_vault.storeRefreshToken(
        m_profile.id, record, this, [this, examined](const SecretResult &stored) {
            if (!stored.ok())
                return failWith(tr("The sign-in succeeded, but the refresh token could not be "
                                   "stored: %1")
                                    .arg(stored.message));
            ConsentResult result = examined;
            result.ok = true;
            result.storedIn = m_vault.backendName();
            if (!stored.message.isEmpty())
                result.message += u' ' + stored.message;
            finishWith(result);
        });
}

void ConsentFlow::failWith(const QString &message, std::optional<ServiceError> error)
{
    ConsentResult result;
    result.message = message;
    result.error = std::move(error);
    finishWith(result);
}

void ConsentFlow::finishWith(ConsentResult result)
{
    if (!end())
        return;
    m_redeeming = false;
    if (m_receiver) {
        m_receiver->disconnect(this);
        m_receiver->cancel();
    }
    Q_EMIT finished(result);
}

} // namespace PCAuth
