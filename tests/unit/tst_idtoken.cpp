// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "crypto/idtokenvalidator.h"
#include "testcrypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QTimeZone>

using namespace PCAuth;
using namespace PCAuth::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Tenant = u"11111111-2222-3333-4444-555555555555"_s;
const QString ClientId = u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s;
const QString Issuer = u"https://login.microsoftonline.com/" % Tenant % u"/v2.0";
const QByteArray Nonce = "nonce-6f1c2a"_ba;

/// 2026-11-27T06:00:00Z: every time in the messages below is relative to it.
QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 27), QTime(6, 0), QTimeZone::utc());
}

QByteArray encode(const QJsonObject &object)
{
    return base64UrlBytes(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject rs256Header(const QString &kid = u"k1"_s)
{
    return {{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, kid}};
}

/// The claims Entra puts in a v2 id_token after an MFA sign-in.
QJsonObject goodClaims()
{
    const qint64 now = testNow().toSecsSinceEpoch();
    return {{u"iss"_s, Issuer},
            {u"aud"_s, ClientId},
            {u"tid"_s, Tenant},
            {u"nonce"_s, QString::fromLatin1(Nonce)},
            {u"iat"_s, now - 60},
            {u"nbf"_s, now - 60},
            {u"exp"_s, now + 3600},
            {u"amr"_s, QJsonArray{u"pwd"_s, u"mfa"_s}},
            {u"preferred_username"_s, u"admin@contosopartner.onmicrosoft.com"_s}};
}

QString signedToken(EVP_PKEY *key, const QJsonObject &claims,
                    const QJsonObject &header = rs256Header())
{
    const QByteArray input = encode(header) + '.' + encode(claims);
    return QString::fromLatin1(input + '.' + base64UrlBytes(signRs256(key, input)));
}

IdTokenExpectations expectations()
{
    IdTokenExpectations result;
    result.issuer = Issuer;
    result.clientId = ClientId;
    result.nonce = Nonce;
    return result;
}

} // namespace

class TestIdToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsGoodToken();
    void acceptsTemplateIssuer();
    void audienceGuidIgnoresLetterCase_data();
    void audienceGuidIgnoresLetterCase();
    void refusesBadSignatureOrAlgorithm_data();
    void refusesBadSignatureOrAlgorithm();
    void refusesWrongClaims_data();
    void refusesWrongClaims();
    void timesWithSkew_data();
    void timesWithSkew();
    void refusesMissingExpectations_data();
    void refusesMissingExpectations();

private:
    OpenSsl::Ptr<EVP_PKEY> m_key;
    OpenSsl::Ptr<EVP_PKEY> m_otherKey;
    JsonWebKeySet m_keys;
};

void TestIdToken::initTestCase()
{
    m_key = makeRsaKey();
    m_otherKey = makeRsaKey();
    QVERIFY(m_key && m_otherKey);
    const auto keys = JsonWebKeySet::parse(jwksJson({rsaJwk(m_key.get(), u"k1"_s)}));
    QVERIFY2(keys.ok(), qPrintable(keys.error()));
    m_keys = keys.value();
}

void TestIdToken::acceptsGoodToken()
{
    const ManualClock clock(testNow());
    const auto token =
        validateIdToken(signedToken(m_key.get(), goodClaims()), m_keys, expectations(), clock);
    QVERIFY2(token.ok(), qPrintable(token.error()));
    QCOMPARE(token->subjectName(), u"admin@contosopartner.onmicrosoft.com"_s);
    QCOMPARE(token->mfa().state, MfaVerdict::State::Present);
}

void TestIdToken::audienceGuidIgnoresLetterCase_data()
{
    // A client id is a GUID: Entra writes aud in lower case whatever case the app was entered in.
    QTest::addColumn<QString>("clientId"); // what the profile holds
    QTest::addColumn<QJsonValue>("aud");
    QTest::addColumn<QString>("azp"); // empty: no azp claim
    QTest::addColumn<bool>("accepted");
    const QString upper = ClientId.toUpper();
    const QString other = u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeef"_s;
    QTest::addRow("upper-case client id, lower-case aud")
        << upper << QJsonValue(ClientId) << QString() << true;
    QTest::addRow("lower-case client id, upper-case aud")
        << ClientId << QJsonValue(upper) << QString() << true;
    QTest::addRow("upper-case client id, aud array and azp")
        << upper << QJsonValue(QJsonArray{ClientId, u"y"_s}) << ClientId << true;
    QTest::addRow("upper-case client id, another GUID")
        << upper << QJsonValue(other) << QString() << false;
    QTest::addRow("another GUID in upper case")
        << ClientId << QJsonValue(other.toUpper()) << QString() << false;
    QTest::addRow("upper-case client id, aud array, azp another GUID")
        << upper << QJsonValue(QJsonArray{ClientId, u"y"_s}) << other << false;
    QTest::addRow("not a GUID: exact match only")
        << u"api://PCAuth"_s << QJsonValue(u"api://pcauth"_s) << QString() << false;
}

void TestIdToken::audienceGuidIgnoresLetterCase()
{
    QFETCH(QString, clientId);
    QFETCH(QJsonValue, aud);
    QFETCH(QString, azp);
    QFETCH(bool, accepted);
    QJsonObject claims = goodClaims();
    claims.insert(u"aud"_s, aud);
    if (!azp.isEmpty())
        claims.insert(u"azp"_s, azp);
    IdTokenExpectations expected = expectations();
    expected.clientId = clientId;
    const ManualClock clock(testNow());
    const auto result = validateIdToken(signedToken(m_key.get(), claims), m_keys, expected, clock);
    QVERIFY2(result.ok() == accepted, qPrintable(result.ok() ? u"accepted"_s : result.error()));
}

void TestIdToken::acceptsTemplateIssuer()
{
    const ManualClock clock(testNow());
    IdTokenExpectations multiTenant = expectations();
    multiTenant.issuer = u"https://login.microsoftonline.com/{tenantid}/v2.0"_s;
    const auto token =
        validateIdToken(signedToken(m_key.get(), goodClaims()), m_keys, multiTenant, clock);
    QVERIFY2(token.ok(), qPrintable(token.error()));

    // The tid decides which issuer is right: a token from tenant X claiming tenant Y's issuer.
    QJsonObject otherTenant = goodClaims();
    otherTenant.insert(u"tid"_s, u"99999999-9999-9999-9999-999999999999"_s);
    const auto refused =
        validateIdToken(signedToken(m_key.get(), otherTenant), m_keys, multiTenant, clock);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             u"The id_token issuer (iss) is \"" % Issuer
                 % u"\"; expected \"https://login.microsoftonline.com/"
                   u"99999999-9999-9999-9999-999999999999/v2.0\": the token comes from another "
                   u"authority or tenant.");

    QJsonObject noTid = goodClaims();
    noTid.remove(u"tid"_s);
    const auto withoutTid =
        validateIdToken(signedToken(m_key.get(), noTid), m_keys, multiTenant, clock);
    QCOMPARE(withoutTid.error(),
             u"The id_token has no \"tid\" claim, needed to check its issuer against "
             "\"https://login.microsoftonline.com/{tenantid}/v2.0\"."_s);
}

void TestIdToken::refusesBadSignatureOrAlgorithm_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("error");
    const QJsonObject claims = goodClaims();
    const QByteArray payload = encode(claims);

    QTest::addRow("signed by another key")
        << signedToken(m_otherKey.get(), claims)
        << u"The id_token signature does not verify against the signing key k1: the token was "
           "altered or not issued by this authority."_s;

    QJsonObject elevated = claims;
    elevated.insert(u"aud"_s, u"another-app"_s);
    const QStringList parts = signedToken(m_key.get(), claims).split(u'.');
    QTest::addRow("payload replaced after signing")
        << (parts.at(0) % u'.' % QString::fromLatin1(encode(elevated)) % u'.' % parts.at(2))
        << u"The id_token signature does not verify against the signing key k1: the token was "
           "altered or not issued by this authority."_s;

    QTest::addRow("kid not in key set")
        << signedToken(m_key.get(), claims, rs256Header(u"k2"_s))
        << u"The signing key k2 is not in the key set: the keys may have rotated; fetch the "
           "JWKS again."_s;

    QJsonObject noKid = rs256Header();
    noKid.remove(u"kid"_s);
    QTest::addRow("no kid") << signedToken(m_key.get(), claims, noKid)
                            << u"The id_token header has no \"kid\", so no key of the key set "
                               "can check its signature."_s;

    const QJsonObject none{{u"alg"_s, u"none"_s}, {u"typ"_s, u"JWT"_s}};
    QTest::addRow("alg none, no signature")
        << QString::fromLatin1(encode(none) + '.' + payload + '.')
        << u"The id_token is unsigned (alg \"none\"): refused; an id_token must be signed RS256 "
           "by a key of the authority."_s;

    // The classic confusion attack: HMAC keyed with something public, such as the JWKS.
    const QJsonObject hs256{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"k1"_s}};
    const QByteArray hsInput = encode(hs256) + '.' + payload;
    const QByteArray mac = QMessageAuthenticationCode::hash(
        hsInput, jwksJson({rsaJwk(m_key.get(), u"k1"_s)}), QCryptographicHash::Sha256);
    QTest::addRow("alg HS256")
        << QString::fromLatin1(hsInput + '.' + base64UrlBytes(mac))
        << u"The id_token uses alg \"HS256\", a shared-secret signature: refused; only RS256 "
           "signatures by a key in the authority's key set count."_s;

    QJsonObject ps256 = rs256Header();
    ps256.insert(u"alg"_s, u"PS256"_s);
    QTest::addRow("alg PS256") << signedToken(m_key.get(), claims, ps256)
                               << u"The id_token uses alg \"PS256\": refused; only RS256 is "
                                  "accepted."_s;

    QJsonObject noAlg = rs256Header();
    noAlg.remove(u"alg"_s);
    QTest::addRow("no alg") << signedToken(m_key.get(), claims, noAlg)
                            << u"The id_token header has no \"alg\": refused; an id_token must "
                               "be signed RS256."_s;

    QTest::addRow("not a JWT") << u"not-a-token"_s
                               << u"The id_token is malformed: "_s
                                      + Jwt::decode(u"not-a-token").error();
}

void TestIdToken::refusesBadSignatureOrAlgorithm()
{
    QFETCH(QString, token);
    QFETCH(QString, error);
    const ManualClock clock(testNow());
    const auto result = validateIdToken(token, m_keys, expectations(), clock);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
}

void TestIdToken::refusesWrongClaims_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QJsonValue>("value"); // Undefined: the claim is removed
    QTest::addColumn<QByteArray>("expectedNonce");
    QTest::addColumn<QString>("error");

    QTest::addRow("wrong iss")
        << u"iss"_s << QJsonValue(u"https://login.microsoftonline.com/evil/v2.0"_s) << Nonce
        << u"The id_token issuer (iss) is \"https://login.microsoftonline.com/evil/v2.0\"; "
           "expected \""
               % Issuer % u"\": the token comes from another authority or tenant.";
    QTest::addRow("no iss") << u"iss"_s << QJsonValue(QJsonValue::Undefined) << Nonce
                            << u"The id_token has no \"iss\" (issuer) claim."_s;
    QTest::addRow("wrong aud")
        << u"aud"_s << QJsonValue(u"00000003-0000-0000-c000-000000000000"_s) << Nonce
        << u"The id_token audience (aud) is \"00000003-0000-0000-c000-000000000000\"; expected "
           "the client id \""
               % ClientId % u"\": the token was issued to another app.";
    QTest::addRow("aud array without client id")
        << u"aud"_s << QJsonValue(QJsonArray{u"x"_s, u"y"_s}) << Nonce
        << u"The id_token audience (aud) is \"x\", \"y\"; expected the client id \"" % ClientId
               % u"\": the token was issued to another app.";
    QTest::addRow("aud array, azp not the client")
        << u"aud"_s << QJsonValue(QJsonArray{ClientId, u"y"_s}) << Nonce
        << u"The id_token has several audiences but its authorized party (azp) is not the "
           "client id \""
               % ClientId % u"\".";
    QTest::addRow("no aud") << u"aud"_s << QJsonValue(QJsonValue::Undefined) << Nonce
                            << u"The id_token has no \"aud\" (audience) claim."_s;
    QTest::addRow("wrong nonce")
        << u"nonce"_s << QJsonValue(u"nonce-from-another-sign-in"_s) << Nonce
        << u"The id_token nonce does not match the one sent with this sign-in: the response "
           "may belong to another sign-in (a replay); start the sign-in again."_s;
    QTest::addRow("nonce prefix only")
        << u"nonce"_s << QJsonValue(u"nonce-6f1c"_s) << Nonce
        << u"The id_token nonce does not match the one sent with this sign-in: the response "
           "may belong to another sign-in (a replay); start the sign-in again."_s;
    QTest::addRow("no nonce") << u"nonce"_s << QJsonValue(QJsonValue::Undefined) << Nonce
                              << u"The id_token has no \"nonce\" claim although the sign-in "
                                 "request sent one: start the sign-in again."_s;
    QTest::addRow("no nonce expected")
        << u"nonce"_s << QJsonValue(QString::fromLatin1(Nonce)) << QByteArray()
        << u"No nonce was recorded for this sign-in, so the id_token cannot be tied to it: "
           "start the sign-in again."_s;
    QTest::addRow("no exp") << u"exp"_s << QJsonValue(QJsonValue::Undefined) << Nonce
                            << u"The id_token has no \"exp\" (expiry) claim."_s;
    QTest::addRow("exp not a date") << u"exp"_s << QJsonValue(u"tomorrow"_s) << Nonce
                                    << u"The id_token claim \"exp\" is not a date "
                                       "(NumericDate)."_s;
    QTest::addRow("nbf not a date") << u"nbf"_s << QJsonValue(true) << Nonce
                                    << u"The id_token claim \"nbf\" is not a date "
                                       "(NumericDate)."_s;
}

void TestIdToken::refusesWrongClaims()
{
    QFETCH(QString, claim);
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expectedNonce);
    QFETCH(QString, error);
    QJsonObject claims = goodClaims();
    if (value.isUndefined())
        claims.remove(claim);
    else
        claims.insert(claim, value);
    IdTokenExpectations expected = expectations();
    expected.nonce = expectedNonce;
    const ManualClock clock(testNow());
    const auto result = validateIdToken(signedToken(m_key.get(), claims), m_keys, expected, clock);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
}

void TestIdToken::timesWithSkew_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<qint64>("offset"); // seconds from now
    QTest::addColumn<qint64>("skew");
    QTest::addColumn<QString>("error"); // empty: accepted

    QTest::addRow("expired within skew") << u"exp"_s << qint64(-299) << qint64(300) << QString();
    QTest::addRow("expired exactly at skew")
        << u"exp"_s << qint64(-300) << qint64(300)
        << u"The id_token expired at 2026-11-27T05:55:00Z (now 2026-11-27T06:00:00Z, allowed "
           "clock difference 300 s): sign in again, and check this computer's clock if this "
           "repeats."_s;
    QTest::addRow("expired beyond skew")
        << u"exp"_s << qint64(-3600) << qint64(300)
        << u"The id_token expired at 2026-11-27T05:00:00Z (now 2026-11-27T06:00:00Z, allowed "
           "clock difference 300 s): sign in again, and check this computer's clock if this "
           "repeats."_s;
    QTest::addRow("expires in a second, no skew")
        << u"exp"_s << qint64(1) << qint64(0) << QString();
    QTest::addRow("expired a second ago, no skew")
        << u"exp"_s << qint64(-1) << qint64(0)
        << u"The id_token expired at 2026-11-27T05:59:59Z (now 2026-11-27T06:00:00Z, allowed "
           "clock difference 0 s): sign in again, and check this computer's clock if this "
           "repeats."_s;
    QTest::addRow("negative skew counts as zero")
        << u"exp"_s << qint64(-1) << qint64(-600)
        << u"The id_token expired at 2026-11-27T05:59:59Z (now 2026-11-27T06:00:00Z, allowed "
           "clock difference 0 s): sign in again, and check this computer's clock if this "
           "repeats."_s;
    QTest::addRow("nbf within skew") << u"nbf"_s << qint64(300) << qint64(300) << QString();
    QTest::addRow("nbf in the future")
        << u"nbf"_s << qint64(301) << qint64(300)
        << u"The id_token \"nbf\" is 2026-11-27T06:05:01Z, in the future (now "
           "2026-11-27T06:00:00Z, allowed clock difference 300 s): check this computer's "
           "clock."_s;
    QTest::addRow("iat in the future")
        << u"iat"_s << qint64(900) << qint64(300)
        << u"The id_token \"iat\" is 2026-11-27T06:15:00Z, in the future (now "
           "2026-11-27T06:00:00Z, allowed clock difference 300 s): check this computer's "
           "clock."_s;
}

void TestIdToken::timesWithSkew()
{
    QFETCH(QString, claim);
    QFETCH(qint64, offset);
    QFETCH(qint64, skew);
    QFETCH(QString, error);
    QJsonObject claims = goodClaims();
    claims.insert(claim, testNow().toSecsSinceEpoch() + offset);
    IdTokenExpectations expected = expectations();
    expected.skew = std::chrono::seconds(skew);
    const ManualClock clock(testNow());
    const auto result = validateIdToken(signedToken(m_key.get(), claims), m_keys, expected, clock);
    QCOMPARE(result.error(), error);
    QCOMPARE(result.ok(), error.isEmpty());
}

void TestIdToken::refusesMissingExpectations_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("clientId");
    QTest::addRow("no issuer") << QString() << ClientId;
    QTest::addRow("no client id") << Issuer << QString();
}

/// A caller that forgot the issuer or client id must not get a pass on those checks.
void TestIdToken::refusesMissingExpectations()
{
    QFETCH(QString, issuer);
    QFETCH(QString, clientId);
    IdTokenExpectations expected = expectations();
    expected.issuer = issuer;
    expected.clientId = clientId;
    const ManualClock clock(testNow());
    const auto result =
        validateIdToken(signedToken(m_key.get(), goodClaims()), m_keys, expected, clock);
    QCOMPARE(result.error(), u"No issuer or client id was given to check the id_token against: "
                             "it cannot be validated."_s);
}

QTEST_GUILESS_MAIN(TestIdToken)
#include "tst_idtoken.moc"
