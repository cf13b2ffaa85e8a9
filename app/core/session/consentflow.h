// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/jwks.h"
#include "errors/errorcatalogue.h"
#include "health/tokenhealth.h"
#include "oauth/authorizationrequest.h"
#include "oauth/discovery.h"
#include "oauth/redirect.h"
#include "profiles/profile.h"
#include "session/tokenendpoint.h"
#include "support/clock.h"
#include "support/expected.h"
#include "support/job.h"

#include <chrono>
#include <functional>
#include <optional>

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace PCAuth {

class HttpClient;
class LoopbackReceiver;
class Vault;
class Jwt;

/// The outcome of one partner consent.
struct ConsentResult
{
    bool ok = false;
    QString upn; ///< who signed in, when known
    QString tenant; ///< the tenant id the token was issued in (tid), when known
    MfaEvidence mfa = MfaEvidence::Unknown;
    QString storedIn; ///< the keychain's name, when stored
    /// For the user: what happened and what to do. Never contains a code or a token.
    QString message;
    std::optional<ServiceError> error; ///< Entra's error, from the redirect or the token endpoint
};

/// The partner consent of the Secure Application Model (PROTOCOL.md §2B) for one profile:
///
///   start() / startLoopback() -> authorizationUrl() opened by the UI, the CLI or a test
///   -> complete(redirect) (or the loopback receiver gets it)
///   -> state checked -> redeeming() -> code redeemed with PKCE -> discovery + JWKS
///   -> id_token validated -> MFA evidence decided -> refresh token stored (written and read
///   back) -> finished()
///
/// cancel() ends the flow only while it waits for the browser. From redeeming() on (the code
/// has arrived) the token may already be on its way to the keychain, so cancel() does nothing
/// and finished() reports what really happened; isCancellable() says which phase it is in.
///
/// MFA is decided BEFORE anything is stored, from the id_token's amr (or, for v1 without a
/// signed id_token, the access token's amr, and the message says so): Partner Center refuses
/// app+user calls without MFA, so a non-MFA token would only fail later, far from its cause.
/// Such a token is refused with the reason unless setAcceptWithoutMfa(true); it is then stored
/// with acceptedWithoutMfa so that health flags it.
///
/// A Job: a start() that succeeds is answered by exactly one finished(); cancel() ends the
/// flow with "cancelled" while it waits for the browser, and does nothing once the code has
/// arrived (see redeeming()). The refresh token and the code never appear in a message, a
/// signal or a log.
class ConsentFlow final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentFlow)

public:
    /// How the user signs in; recorded as the record's obtainedVia.
    enum class Via { SystemBrowser, Embedded, Manual };

    /// All references must outlive the flow.
    ConsentFlow(Vault &vault, HttpClient &http, const Clock &clock, QObject *parent);
    ~ConsentFlow() override;

    /// Store a token without MFA evidence (flagged for health) instead of refusing it.
    void setAcceptWithoutMfa(bool accept) { m_acceptWithoutMfa = accept; }
    /// Ask Entra to require MFA (amr_values=mfa); on by default. A user who has not registered
    /// MFA cannot finish such a sign-in; turn it off together with setAcceptWithoutMfa() to
    /// keep that user's token anyway.
    void setAskForMfa(bool ask) { m_askForMfa = ask; }

    /// Prepares the sign-in for the profile's partner tenant and redirect URI and returns the
    /// authorization URL. The answer comes back through complete().
    Expected<QUrl> start(const Profile &profile, const QString &loginHint = {},
                         Via via = Via::Manual);
    /// The same on a loopback redirect URI: listens on 127.0.0.1, and also on [::1] for a
    /// localhost redirect (LoopbackReceiver says why), on the profile's port or a free one;
    /// waits up to `timeout` for the browser, then completes by itself.
    Expected<QUrl> startLoopback(const Profile &profile, std::chrono::seconds timeout,
                                 const QString &loginHint = {});
    /// Empty before start().
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    /// The redirect URI sent (with the loopback port).
    QUrl redirectUri() const { return m_request.redirectUri; }

    /// The redirect the browser was sent to (from the embedded browser, or pasted by the
    /// user). An answer for another sign-in (state) is refused and ends the flow.
    void complete(const QUrl &redirect);
    /// Running and still waiting for the browser: cancel() would end it.
    bool isCancellable() const { return isRunning() && !wasCancelled() && !m_redeeming; }

Q_SIGNALS:
    /// The code has arrived: it is being redeemed and the token stored. finished() follows,
    /// and cancel() has no effect any more.
    void redeeming();
    void finished(const PCAuth::ConsentResult &result);

private:
    struct Metadata
    {
        OpenIdConfiguration configuration;
        JsonWebKeySet keys;
    };
    using MetadataCallback = std::function<void(const Expected<Metadata> &)>;

    Expected<QUrl> prepare(const Profile &profile, const QUrl &redirectUri,
                           const QString &loginHint, Via via);
    bool abort() override;
    void handle(const RedirectResult &redirect);
    void onToken(const TokenResponse &token);
    void fetchMetadata(const QString &wantedKid, MetadataCallback done);
    void fetchKeys(const OpenIdConfiguration &configuration, MetadataCallback done);
    /// The evidence and who signed in, from a validated id_token or, for v1, the access token.
    Expected<ConsentResult> examine(const TokenResponse &token, const Metadata *metadata);
    void store(const TokenResponse &token, const ConsentResult &examined);
    void finishWith(ConsentResult result);
    void failWith(const QString &message, std::optional<ServiceError> error = std::nullopt);

    Vault &m_vault;
    HttpClient &m_http;
    const Clock &m_clock;
    TokenEndpointClient m_endpoint;
    Profile m_profile;
    Cloud m_cloud;
    AuthorizationRequest m_request;
    QUrl m_authorizationUrl;
    Via m_via = Via::Manual;
    bool m_acceptWithoutMfa = false;
    bool m_askForMfa = true;
    bool m_redeeming = false;
    LoopbackReceiver *m_receiver = nullptr;
};

} // namespace PCAuth

Q_DECLARE_METATYPE(PCAuth::ConsentResult)
