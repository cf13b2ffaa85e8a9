// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "crypto/clientassertion.h"

#include "cloud/cloud.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::ClientAssertion)
};

QByteArray base64UrlJson(const QJsonObject &object)
{
    return QJsonDocument(object)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Expected<QString> makeClientAssertion(const ClientCertificate &certificate, const QString &clientId,
                                      const QUrl &tokenEndpoint, const Clock &clock,
                                      std::chrono::seconds lifetime)
{
    if (certificate.isNull())
        return fail(Tr::tr("No certificate is loaded to sign the client assertion."));
    if (clientId.trimmed().isEmpty())
        return fail(Tr::tr("The client id is empty: the client assertion needs it."));
    // The same rule as every other endpoint: https, or plain http on a loopback host (a
    // sandbox), since the assertion's audience is the URL the request really goes to.
    const QString endpointProblem = validateEndpoint(tokenEndpoint, Tr::tr("The token endpoint"));
    if (!endpointProblem.isEmpty())
        return fail(Tr::tr("The client assertion cannot be made: %1").arg(endpointProblem));
    const qint64 seconds =
        std::clamp(lifetime, MinClientAssertionLifetime, MaxClientAssertionLifetime).count();
    const qint64 now = clock.now().toSecsSinceEpoch();
    const QJsonObject header{{u"alg"_s, u"RS256"_s},
                             {u"typ"_s, u"JWT"_s},
                             {u"x5t"_s, QString::fromLatin1(certificate.x5t())}};
    const QJsonObject claims{
        {u"aud"_s, tokenEndpoint.toString(QUrl::FullyEncoded)},
        {u"iss"_s, clientId},
        {u"sub"_s, clientId},
        {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"nbf"_s, now},
        {u"iat"_s, now},
        {u"exp"_s, now + seconds},
    };
    const QByteArray signingInput = base64UrlJson(header) + '.' + base64UrlJson(claims);
    const auto signature = certificate.signRs256(signingInput);
    if (!signature)
        return fail(signature.error());
    return QString::fromLatin1(
        signingInput + '.'
        + signature->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace PCAuth
