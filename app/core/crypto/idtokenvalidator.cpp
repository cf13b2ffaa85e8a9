// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "crypto/idtokenvalidator.h"

#include <algorithm>
#include <openssl/crypto.h>
#include <optional>

#include <QCoreApplication>
#include <QJsonValue>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::IdTokenValidator)
};

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

std::optional<Failure> checkAlgorithm(const Jwt &token)
{
    const QString alg = token.algorithm();
    if (alg == u"RS256")
        return std::nullopt;
    if (alg.isEmpty())
        return fail(Tr::tr("The id_token header has no \"alg\": refused; an id_token must be "
                           "signed RS256."));
    if (alg.compare(u"none", Qt::CaseInsensitive) == 0)
        return fail(Tr::tr("The id_token is unsigned (alg \"none\"): refused; an id_token must "
                           "be signed RS256 by a key of the authority."));
    if (alg.startsWith(u"HS", Qt::CaseInsensitive))
        return fail(Tr::tr("The id_token uses alg \"%1\", a shared-secret signature: refused; "
                           "only RS256 signatures by a key in the authority's key set count.")
                        .arg(alg));
    return fail(Tr::tr("The id_token uses alg \"%1\": refused; only RS256 is accepted.").arg(alg));
}

std::optional<Failure> checkSignature(const Jwt &token, const JsonWebKeySet &keys)
{
    const QString kid = token.keyId();
    if (kid.isEmpty())
        return fail(Tr::tr("The id_token header has no \"kid\", so no key of the key set can "
                           "check its signature."));
    const auto verified = keys.verifyRs256(token.signingInput(), token.signature(), kid);
    if (!verified)
        return Failure{verified.error()};
    if (!verified.value())
        return fail(Tr::tr("The id_token signature does not verify against the signing key %1: "
                           "the token was altered or not issued by this authority.")
                        .arg(kid));
    return std::nullopt;
}

std::optional<Failure> checkIssuer(const Jwt &token, const QString &expectedIssuer)
{
    QString expected = expectedIssuer;
    if (expected.contains(u"{tenantid}")) {
        const QString tid = token.stringClaim(u"tid");
        if (tid.isEmpty())
            return fail(Tr::tr("The id_token has no \"tid\" claim, needed to check its issuer "
                               "against \"%1\".")
                            .arg(expectedIssuer));
        expected.replace(u"{tenantid}"_s, tid);
    }
    const QString issuer = token.stringClaim(u"iss");
    if (issuer.isEmpty())
        return fail(Tr::tr("The id_token has no \"iss\" (issuer) claim."));
    if (issuer != expected)
        return fail(Tr::tr("The id_token issuer (iss) is \"%1\"; expected \"%2\": the token "
                           "comes from another authority or tenant.")
                        .arg(issuer, expected));
    return std::nullopt;
}

/// A GUID in its plain 8-4-4-4-12 form: the form of client ids in aud and azp.
bool isPlainGuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

/// The same app: equal strings, or the same GUID in another letter case (a GUID is a number;
/// Entra writes it in lower case whatever case the app was registered or entered in).
bool sameClient(const QString &claim, const QString &clientId)
{
    if (claim == clientId)
        return true;
    return isPlainGuid(claim) && isPlainGuid(clientId)
           && claim.compare(clientId, Qt::CaseInsensitive) == 0;
}

std::optional<Failure> checkAudience(const Jwt &token, const QString &clientId)
{
    const QStringList audiences = token.stringListClaim(u"aud");
    if (audiences.isEmpty())
        return fail(Tr::tr("The id_token has no \"aud\" (audience) claim."));
    const bool forUs =
        std::any_of(audiences.cbegin(), audiences.cend(),
                    [&clientId](const QString &aud) { return sameClient(aud, clientId); });
    if (!forUs)
        return fail(Tr::tr("The id_token audience (aud) is \"%1\"; expected the client id "
                           "\"%2\": the token was issued to another app.")
                        .arg(audiences.join(u"\", \""), clientId));
    if (audiences.size() > 1 && !sameClient(token.stringClaim(u"azp"), clientId))
        return fail(Tr::tr("The id_token has several audiences but its authorized party (azp) "
                           "is not the client id \"%1\".")
                        .arg(clientId));
    return std::nullopt;
}

std::optional<Failure> checkNonce(const Jwt &token, const QByteArray &expected)
{
    if (expected.isEmpty())
        return fail(Tr::tr("No nonce was recorded for this sign-in, so the id_token cannot be "
                           "tied to it: start the sign-in again."));
    if (!token.claims().value(u"nonce").isString())
        return fail(Tr::tr("The id_token has no \"nonce\" claim although the sign-in request "
                           "sent one: start the sign-in again."));
    const QByteArray nonce = token.claims().value(u"nonce").toString().toUtf8();
    if (nonce.size() != expected.size()
        || CRYPTO_memcmp(nonce.constData(), expected.constData(), size_t(nonce.size())) != 0)
        return fail(Tr::tr("The id_token nonce does not match the one sent with this sign-in: "
                           "the response may belong to another sign-in (a replay); start the "
                           "sign-in again."));
    return std::nullopt;
}

/// A NumericDate claim: nullopt when absent, a failure when present but not a date.
Expected<std::optional<QDateTime>> timeClaim(const Jwt &token, const QString &name)
{
    if (!token.claims().contains(name))
        return std::optional<QDateTime>();
    const auto time = token.timeClaim(name);
    if (!time)
        return fail(Tr::tr("The id_token claim \"%1\" is not a date (NumericDate).").arg(name));
    return time;
}

std::optional<Failure> checkTimes(const Jwt &token, const QDateTime &now, qint64 skew)
{
    const QString skewText = Tr::tr("allowed clock difference %1 s").arg(skew);
    const auto exp = timeClaim(token, u"exp"_s);
    if (!exp)
        return Failure{exp.error()};
    if (!exp.value())
        return fail(Tr::tr("The id_token has no \"exp\" (expiry) claim."));
    if (*exp.value() <= now.addSecs(-skew))
        return fail(Tr::tr("The id_token expired at %1 (now %2, %3): sign in again, and check "
                           "this computer's clock if this repeats.")
                        .arg(isoTime(*exp.value()), isoTime(now), skewText));
    const QString names[] = {u"nbf"_s, u"iat"_s};
    for (const QString &name : names) {
        const auto time = timeClaim(token, name);
        if (!time)
            return Failure{time.error()};
        if (time.value() && *time.value() > now.addSecs(skew))
            return fail(Tr::tr("The id_token \"%1\" is %2, in the future (now %3, %4): check "
                               "this computer's clock.")
                            .arg(name, isoTime(*time.value()), isoTime(now), skewText));
    }
    return std::nullopt;
}

} // namespace

Expected<Jwt> validateIdToken(const QString &idToken, const JsonWebKeySet &keys,
                              const IdTokenExpectations &expectations, const Clock &clock)
{
    if (expectations.issuer.isEmpty() || expectations.clientId.isEmpty())
        return fail(Tr::tr("No issuer or client id was given to check the id_token against: "
                           "it cannot be validated."));
    auto decoded = Jwt::decode(idToken);
    if (!decoded)
        return fail(Tr::tr("The id_token is malformed: %1").arg(decoded.error()));
    const Jwt &token = decoded.value();
    const qint64 skew = std::max<qint64>(0, expectations.skew.count());
    std::optional<Failure> failure = checkAlgorithm(token);
    if (!failure)
        failure = checkSignature(token, keys);
    if (!failure)
        failure = checkIssuer(token, expectations.issuer);
    if (!failure)
        failure = checkAudience(token, expectations.clientId);
    if (!failure)
        failure = checkNonce(token, expectations.nonce);
    if (!failure)
        failure = checkTimes(token, clock.now().toUTC(), skew);
    if (failure)
        return *failure;
    return std::move(decoded).value();
}

} // namespace PCAuth
