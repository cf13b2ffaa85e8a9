// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "session/credentialreplacement.h"

#include "cloud/cloud.h"
#include "profiles/profilestore.h"
#include "session/tokenbroker.h"
#include "vault/vault.h"

#include <QFile>
#include <QMetaObject>

namespace PCAuth {

CredentialReplacement::CredentialReplacement(ProfileStore &profiles, Vault &vault, HttpClient &http,
                                             TokenBroker &broker, const Clock &clock,
                                             QObject *parent)
    : Job(parent)
    , m_profiles(profiles)
    , m_vault(vault)
    , m_broker(broker)
    , m_endpoint(http, clock)
{ }

CredentialReplacement::~CredentialReplacement() = default;

QString CredentialReplacement::kindName(CredentialKind kind)
{
    return kind == CredentialKind::Certificate ? tr("certificate") : tr("client secret");
}

Expected<ClientCertificate> CredentialReplacement::certificateFromFile(const QString &path,
                                                                       const QByteArray &password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Certificate: cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(ClientCertificate::MaxInputSize + 1);
    if (bytes.size() > ClientCertificate::MaxInputSize)
        return fail(tr("Certificate: %1 is too large to be a certificate.").arg(path));
    Expected<ClientCertificate> loaded = bytes.contains("-----BEGIN")
                                             ? ClientCertificate::fromPem(bytes, password)
                                             : ClientCertificate::fromPkcs12(bytes, password);
    if (!loaded)
        return fail(tr("Certificate: %1").arg(loaded.error()));
    return loaded;
}

void CredentialReplacement::start(const QString &profileNameOrId,
                                  const ClientCredential &credential)
{
    if (!begin())
        return;
    m_saving = false;
    const Expected<Profile> profile = m_profiles.find(profileNameOrId);
    if (!profile)
        return failLater(profile.error());
    m_profile = profile.value();
    m_credential = credential;
    if (m_profile.credential == CredentialKind::None)
        return failLater(tr("Profile \"%1\" is a public client: it has no client secret or "
                            "certificate to replace.")
                             .arg(m_profile.name));
    const bool usable =
        (credential.kind == CredentialKind::Secret && !credential.secret.isEmpty())
        || (credential.kind == CredentialKind::Certificate && credential.certificate.has_value());
    if (!usable)
        return failLater(tr("Give the new client secret or certificate."));
    const Expected<Cloud> cloud = m_profile.cloud();
    if (!cloud)
        return failLater(cloud.error());
    Q_EMIT stageChanged(Stage::Testing);
    // Proof before anything is dropped: Entra accepts the new credential for this app.
    m_test = new QObject(this);
    m_endpoint.clientCredentials(cloud.value(), m_profile.partnerTenant, m_profile.protocol,
                                 m_profile.clientId, m_credential,
                                 cloud->resource(Service::PartnerCenter), m_test,
                                 [this](const TokenResult &tested) { onTested(tested); });
}

bool CredentialReplacement::abort()
{
    if (m_saving)
        return false; // the keychain and the profile are being changed: the result follows
    delete m_test;
    failLater(tr("The replacement was cancelled, so nothing was changed: profile \"%1\" keeps "
                 "its credential and its refresh token.")
                  .arg(m_profile.name));
    return true;
}

void CredentialReplacement::onTested(const TokenResult &tested)
{
    const QString what = kindName(m_credential.kind);
    if (!tested.ok()) {
        CredentialReplacementResult result;
        result.kind = m_profile.credential;
        result.error = tested.error;
        result.message =
            tested.noAnswer
                ? tr("The new %1 could not be tested, so nothing was changed: profile \"%2\" "
                     "keeps its credential and its refresh token. %3")
                      .arg(what, m_profile.name, tested.message)
                : tr("Entra ID refused the new %1, so nothing was changed: profile \"%2\" keeps "
                     "its credential and its refresh token. %3")
                      .arg(what, m_profile.name, tested.message);
        return finishWith(result);
    }
    m_saving = true;
    Q_EMIT stageChanged(Stage::Saving);
    auto stored = [this](const SecretResult &result) {
        if (!result.ok()) {
            CredentialReplacementResult failed;
            failed.kind = m_profile.credential;
            failed.message = tr("The new %1 works, but it could not be saved in the keychain, so "
                                "profile \"%2\" keeps its credential: %3")
                                 .arg(kindName(m_credential.kind), m_profile.name, result.message);
            return finishWith(failed);
        }
        onStored(result.message);
    };
    if (m_credential.kind == CredentialKind::Secret)
        m_vault.storeClientSecret(m_profile.id, m_credential.secret, this, stored);
    else
        m_vault.storeCertificateKey(m_profile.id, m_credential.certificate->toPem(), this, stored);
}

void CredentialReplacement::onStored(const QString &storeMessage)
{
    const CredentialKind oldKind = m_profile.credential;
    const CredentialKind newKind = m_credential.kind;
    CredentialReplacementResult result;
    result.ok = true;
    result.kind = newKind;
    result.message = tr("The new %1 of profile \"%2\" works and is stored. The refresh token was "
                        "kept: no new consent is needed.")
                         .arg(kindName(newKind), m_profile.name);
    if (!storeMessage.isEmpty())
        result.message += u' ' + storeMessage;
    // Access tokens made with the old credential are not reused.
    m_broker.forget(m_profile.id);

    Profile updated = m_profile;
    updated.credential = newKind;
    updated.certificateThumbprint = newKind == CredentialKind::Certificate
                                        ? QString::fromLatin1(m_credential.certificate->x5t())
                                        : QString();
    if (updated != m_profile) {
        if (const Expected<bool> saved = m_profiles.update(updated); !saved) {
            if (oldKind != newKind) {
                // The profile still names the old kind, whose item is untouched: it keeps working.
                CredentialReplacementResult failed;
                failed.kind = oldKind;
                failed.message =
                    tr("The new %1 works and is in the keychain, but profile \"%2\" "
                       "could not be updated, so it still uses its %3: %4")
                        .arg(kindName(newKind), m_profile.name, kindName(oldKind), saved.error());
                return finishWith(failed);
            }
            result.message += u' '
                              + tr("The certificate thumbprint shown for the profile could not "
                                   "be updated: %1")
                                    .arg(saved.error());
        }
    }
    if (oldKind == newKind)
        return finishWith(result);
    const SecretKind oldItem = oldKind == CredentialKind::Certificate ? SecretKind::CertificateKey
                                                                      : SecretKind::ClientSecret;
    m_vault.removeSecret(
        m_profile.id, oldItem, this, [this, result, oldKind](const SecretResult &removed) mutable {
            result.message +=
                u' '
                + (removed.ok()
                       ? tr("Its old %1 was removed from the keychain.").arg(kindName(oldKind))
                       : tr("Its old %1 is no longer used, but it could not be "
                            "removed from the keychain: %2")
                             .arg(kindName(oldKind), removed.message));
            finishWith(result);
        });
}

void CredentialReplacement::failLater(const QString &message)
{
    CredentialReplacementResult result;
    result.kind = m_profile.credential;
    result.message = message;
    QMetaObject::invokeMethod(
        this, [this, result] { finishWith(result); }, Qt::QueuedConnection);
}

void CredentialReplacement::finishWith(CredentialReplacementResult result)
{
    if (!end())
        return;
    if (m_test)
        m_test->deleteLater(); // this may run inside the test's own answer
    m_credential = ClientCredential(); // the secret or key is not kept past its use
    Q_EMIT finished(result);
}

} // namespace PCAuth
