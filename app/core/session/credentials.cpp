// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "session/credentials.h"

#include "cloud/cloud.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

namespace PCAuth {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::ClientCredential)
};

Expected<ClientCredential> readCertificate(const QByteArray &stored)
{
    Expected<ClientCertificate> certificate = stored.contains("-----BEGIN"_ba)
                                                  ? ClientCertificate::fromPem(stored)
                                                  : ClientCertificate::fromPkcs12(stored, {});
    if (!certificate)
        return fail(certificate.error());
    ClientCredential credential;
    credential.kind = CredentialKind::Certificate;
    credential.certificate = std::move(certificate).value();
    return credential;
}

} // namespace

void loadClientCredential(Vault &vault, const Profile &profile, QObject *context,
                          std::function<void(const Expected<ClientCredential> &)> done)
{
    if (profile.credential == CredentialKind::None) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            &vault,
            [guard, done]() {
                if (guard)
                    done(ClientCredential{});
            },
            Qt::QueuedConnection);
        return;
    }
    const bool secret = profile.credential == CredentialKind::Secret;
    const QString name = profile.name;
    auto read = [secret, name, done](const SecretResult &result) {
        if (!result.ok()) {
            done(fail(secret ? Tr::tr("The client secret of profile \"%1\" could not be read: %2")
                                   .arg(name, result.message)
                             : Tr::tr("The certificate key of profile \"%1\" could not be read: %2")
                                   .arg(name, result.message)));
            return;
        }
        if (!secret) {
            const Expected<ClientCredential> credential = readCertificate(result.data);
            done(credential ? credential
                            : fail(Tr::tr("The certificate stored for profile \"%1\" cannot be "
                                          "used: %2")
                                       .arg(name, credential.error())));
            return;
        }
        ClientCredential credential;
        credential.kind = CredentialKind::Secret;
        credential.secret = result.data;
        done(credential);
    };
    if (secret)
        vault.loadClientSecret(profile.id, context, std::move(read));
    else
        vault.loadCertificateKey(profile.id, context, std::move(read));
}

QString authorityOf(const Cloud &cloud)
{
    return cloud.authority()
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo
                  | QUrl::StripTrailingSlash)
        .toString()
        .toLower();
}

QString checkAuthority(const Profile &profile, const Cloud &cloud, const RefreshTokenRecord &record)
{
    const QString now = authorityOf(cloud);
    if (record.authority.isEmpty() || record.authority.compare(now, Qt::CaseInsensitive) == 0)
        return QString();
    return Tr::tr("The refresh token of profile \"%1\" was issued by %2, but the profile now "
                  "signs in at %3 (its cloud or cloud file changed). PCAuth does not send the "
                  "token or the app's credential anywhere else. Restore the profile's cloud, or "
                  "run the partner consent again to get a token from %3.")
        .arg(profile.name, record.authority, now);
}

} // namespace PCAuth
