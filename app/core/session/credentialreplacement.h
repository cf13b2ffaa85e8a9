// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "errors/errorcatalogue.h"
#include "profiles/profile.h"
#include "session/tokenendpoint.h"
#include "support/clock.h"
#include "support/expected.h"
#include "support/job.h"

#include <optional>

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

namespace PCAuth {

class HttpClient;
class ProfileStore;
class TokenBroker;
class Vault;

/// The outcome of one credential replacement.
struct CredentialReplacementResult
{
    bool ok = false;
    /// The credential kind the profile uses afterwards (the old one when nothing changed).
    CredentialKind kind = CredentialKind::None;
    /// For the user: what happened and what to do. Never contains the secret or the key.
    QString message;
    /// Entra's refusal of the new credential, when it refused it.
    std::optional<ServiceError> error;
};

/// Replaces the client secret or certificate of a profile's app, keeping its refresh token (a
/// secret expires within two years; removing the profile would mean a new consent with MFA):
///
///   start(profile, new credential)
///   -> Testing: app-only token for Partner Center in the partner tenant with the NEW credential
///        refused / no answer --> finished(not ok): nothing changed, Entra's advice
///   -> Saving: the vault's verified store of the new secret or key
///        failed --> finished(not ok): the old credential of that kind is back (the vault's
///                   guarantee), the profile unchanged
///   -> the kind changed (secret <-> certificate) or the certificate did: the profile updated
///   -> the kind changed: the old kind's keychain item removed (a failure there is a warning)
///   -> broker.forget(profile): no access token made with the old credential is reused
///   -> finished(ok)
///
/// The refresh token is never read, written or removed. A Job: cancel() while Testing drops
/// the test and ends with nothing changed; once Saving has begun it is refused (the keychain
/// and the profile are being changed). Everything referenced must outlive the job.
class CredentialReplacement final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialReplacement)

public:
    enum class Stage { Testing, Saving };
    Q_ENUM(Stage)

    CredentialReplacement(ProfileStore &profiles, Vault &vault, HttpClient &http,
                          TokenBroker &broker, const Clock &clock, QObject *parent);
    ~CredentialReplacement() override;

    /// `credential`: a secret, or a certificate with its private key.
    void start(const QString &profileNameOrId, const ClientCredential &credential);

    /// A certificate with its private key from a PEM or PFX (PKCS#12) file, as `profile add`
    /// reads it: PEM when it looks like PEM. The message begins with "Certificate:".
    static Expected<ClientCertificate> certificateFromFile(const QString &path,
                                                           const QByteArray &password);

Q_SIGNALS:
    void stageChanged(PCAuth::CredentialReplacement::Stage stage);
    void finished(const PCAuth::CredentialReplacementResult &result);

private:
    bool abort() override;
    void onTested(const TokenResult &tested);
    void onStored(const QString &storeMessage);
    void finishWith(CredentialReplacementResult result);
    void failLater(const QString &message);
    /// "client secret" / "certificate", for messages.
    static QString kindName(CredentialKind kind);

    ProfileStore &m_profiles;
    Vault &m_vault;
    TokenBroker &m_broker;
    TokenEndpointClient m_endpoint;
    Profile m_profile;
    ClientCredential m_credential;
    QPointer<QObject> m_test; // the test request's context: deleting it drops the answer
    bool m_saving = false;
};

} // namespace PCAuth

Q_DECLARE_METATYPE(PCAuth::CredentialReplacementResult)
