// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "crypto/jwks.h"

#include "crypto/opensslptr.h"

#include <algorithm>
#include <openssl/core_names.h>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

using OpenSsl::Ptr;

bool isBase64Url(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
               || c == '-' || c == '_';
    });
}

/// "key 2 (kid "abc")": names a key the way a person reading the JSON would find it.
QString keyLabel(qsizetype index, const QString &kid)
{
    if (kid.isEmpty())
        return JsonWebKeySet::tr("key %1").arg(index + 1);
    return JsonWebKeySet::tr("key %1 (kid \"%2\")").arg(index + 1).arg(kid);
}

/// A member that must be a base64url string: the decoded bytes, or a failure naming it.
Expected<QByteArray> base64UrlMember(const QJsonObject &key, const QString &member,
                                     const QString &label)
{
    const QJsonValue value = key.value(member);
    if (!value.isString())
        return fail(JsonWebKeySet::tr("The key set's %1: \"%2\" is missing or not a string.")
                        .arg(label, member));
    const QByteArray text = value.toString().toLatin1();
    if (!isBase64Url(text))
        return fail(JsonWebKeySet::tr("The key set's %1: \"%2\" is not valid base64url.")
                        .arg(label, member));
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return fail(JsonWebKeySet::tr("The key set's %1: \"%2\" is not valid base64url.")
                        .arg(label, member));
    return decoded.decoded;
}

/// An RSA public key from its modulus and exponent, via OSSL_PARAM_BLD + EVP_PKEY_fromdata.
Ptr<EVP_PKEY> rsaFromComponents(const QByteArray &n, const QByteArray &e)
{
    const auto *nBytes = reinterpret_cast<const unsigned char *>(n.constData());
    const auto *eBytes = reinterpret_cast<const unsigned char *>(e.constData());
    Ptr<BIGNUM> modulus(BN_bin2bn(nBytes, int(n.size()), nullptr));
    Ptr<BIGNUM> exponent(BN_bin2bn(eBytes, int(e.size()), nullptr));
    Ptr<OSSL_PARAM_BLD> builder(OSSL_PARAM_BLD_new());
    if (!modulus || !exponent || !builder
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get())
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()))
        return nullptr;
    Ptr<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(builder.get()));
    Ptr<EVP_PKEY_CTX> context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) <= 0)
        return nullptr;
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return nullptr;
    return Ptr<EVP_PKEY>(key);
}

/// The public key of the first (leaf) certificate of x5c: standard base64 DER, not base64url.
Expected<Ptr<EVP_PKEY>> keyFromX5c(const QJsonArray &chain, const QString &label)
{
    const auto bad = [&label] {
        return fail(JsonWebKeySet::tr("The key set's %1: \"x5c\" does not hold a readable "
                                      "certificate.")
                        .arg(label));
    };
    if (chain.isEmpty() || !chain.first().isString())
        return bad();
    auto der = QByteArray::fromBase64Encoding(chain.first().toString().toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!der || der.decoded.isEmpty())
        return bad();
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.decoded.constData());
    Ptr<X509> certificate(d2i_X509(nullptr, &bytes, long(der.decoded.size())));
    Ptr<EVP_PKEY> key(certificate ? X509_get_pubkey(certificate.get()) : nullptr);
    if (!key) {
        OpenSsl::clearErrors();
        return bad();
    }
    return key;
}

/// Why a key is not kept, or nullopt when it is a candidate RSA signing key.
std::optional<QString> skipReason(const QJsonObject &key, const QString &kid)
{
    const QString kty = key.value(u"kty").toString();
    if (kty != u"RSA")
        return JsonWebKeySet::tr("not an RSA key (kty \"%1\"): skipped").arg(kty);
    const QJsonValue use = key.value(u"use");
    if (!use.isUndefined() && use.toString() != u"sig")
        return JsonWebKeySet::tr("not a signing key (use \"%1\"): skipped").arg(use.toString());
    const QJsonValue alg = key.value(u"alg");
    if (!alg.isUndefined() && alg.toString() != u"RS256")
        return JsonWebKeySet::tr("meant for alg \"%1\", not RS256: skipped").arg(alg.toString());
    if (kid.isEmpty())
        return JsonWebKeySet::tr("no kid, so no token can name it: skipped");
    return std::nullopt;
}

/// The key's RSA public key, or nullptr with a note (too small), or a failure (broken).
Expected<Ptr<EVP_PKEY>> readRsaKey(const QJsonObject &key, const QString &label, QString *note)
{
    Ptr<EVP_PKEY> result;
    if (key.contains(u"n") || key.contains(u"e") || !key.contains(u"x5c")) {
        auto n = base64UrlMember(key, u"n"_s, label);
        if (!n)
            return fail(n.error());
        auto e = base64UrlMember(key, u"e"_s, label);
        if (!e)
            return fail(e.error());
        result = rsaFromComponents(n.value(), e.value());
        if (!result) {
            OpenSsl::clearErrors();
            return fail(JsonWebKeySet::tr("The key set's %1: \"n\" and \"e\" do not form an RSA "
                                          "public key.")
                            .arg(label));
        }
    } else {
        auto fromCertificate = keyFromX5c(key.value(u"x5c").toArray(), label);
        if (!fromCertificate)
            return fail(fromCertificate.error());
        result = std::move(fromCertificate.value());
        if (!EVP_PKEY_is_a(result.get(), "RSA")) {
            *note = JsonWebKeySet::tr("its x5c certificate does not hold an RSA key: skipped");
            return Ptr<EVP_PKEY>();
        }
    }
    const int bits = EVP_PKEY_get_bits(result.get());
    if (bits < JsonWebKeySet::MinimumKeyBits) {
        *note = JsonWebKeySet::tr("an RSA key of %1 bits, under the %2-bit minimum: skipped")
                    .arg(bits)
                    .arg(JsonWebKeySet::MinimumKeyBits);
        return Ptr<EVP_PKEY>();
    }
    return result;
}

Expected<QJsonArray> keysArray(const QByteArray &json)
{
    if (json.size() > JsonWebKeySet::MaxInputSize)
        return fail(JsonWebKeySet::tr("The key set is larger than %1 bytes: refused.")
                        .arg(JsonWebKeySet::MaxInputSize));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(JsonWebKeySet::tr("The key set (JWKS) is not valid JSON: %1 at byte %2.")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!document.isObject())
        return fail(JsonWebKeySet::tr("The key set (JWKS) is not a JSON object."));
    const QJsonValue keys = document.object().value(u"keys");
    if (!keys.isArray())
        return fail(JsonWebKeySet::tr("The key set (JWKS) has no \"keys\" array."));
    if (keys.toArray().isEmpty())
        return fail(JsonWebKeySet::tr("The key set (JWKS) has an empty \"keys\" array: the "
                                      "authority publishes no signing keys."));
    return keys.toArray();
}

} // namespace

Expected<JsonWebKeySet> JsonWebKeySet::parse(const QByteArray &json)
{
    auto keys = keysArray(json);
    if (!keys)
        return fail(keys.error());
    JsonWebKeySet set;
    for (qsizetype i = 0; i < keys->size(); ++i) {
        if (!keys->at(i).isObject())
            return fail(tr("The key set's key %1 is not a JSON object.").arg(i + 1));
        const QJsonObject key = keys->at(i).toObject();
        const QString kid = key.value(u"kid").toString();
        const QString label = keyLabel(i, kid);
        if (const auto reason = skipReason(key, kid)) {
            set.m_notes.append(u"%1: %2"_s.arg(label, *reason));
            continue;
        }
        QString note;
        auto rsa = readRsaKey(key, label, &note);
        if (!rsa)
            return fail(rsa.error());
        if (!rsa.value())
            set.m_notes.append(u"%1: %2"_s.arg(label, note));
        else if (set.m_keys.contains(kid))
            set.m_notes.append(u"%1: %2"_s.arg(label, tr("a second key with this kid: skipped")));
        else
            set.m_keys.insert(kid, OpenSsl::shareKey(std::move(rsa.value())));
    }
    if (set.m_keys.isEmpty())
        return fail(tr("The key set (JWKS) has no usable RSA signing key (%1).")
                        .arg(set.m_notes.join(u"; ")));
    return set;
}

QStringList JsonWebKeySet::keyIds() const
{
    QStringList ids = m_keys.keys();
    ids.sort();
    return ids;
}

Expected<bool> JsonWebKeySet::verifyRs256(const QByteArray &signingInput,
                                          const QByteArray &signature, const QString &kid) const
{
    const auto found = m_keys.constFind(kid);
    if (found == m_keys.cend())
        return fail(tr("The signing key %1 is not in the key set: the keys may have rotated; "
                       "fetch the JWKS again.")
                        .arg(kid));
    Ptr<EVP_MD_CTX> context(EVP_MD_CTX_new());
    if (!context
        || EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, found->get()) != 1) {
        OpenSsl::clearErrors();
        return fail(tr("OpenSSL could not set up an RS256 signature check."));
    }
    const int result = EVP_DigestVerify(
        context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
        size_t(signature.size()), reinterpret_cast<const unsigned char *>(signingInput.constData()),
        size_t(signingInput.size()));
    // 0 is a mismatch; a negative result is a malformed signature (wrong length): also no.
    OpenSsl::clearErrors();
    return result == 1;
}

} // namespace PCAuth
