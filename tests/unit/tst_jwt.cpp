// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "../common/utctime.h"
#include "support/clock.h"
#include "token/jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PCAuth;
using namespace Qt::StringLiterals;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray encodeJson(const QByteArray &json)
{
    return base64Url(json);
}

QByteArray encodeObject(const QJsonObject &object)
{
    return base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject defaultHeader()
{
    return {{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"key-1"_s}};
}

/// A display-decodable token with a fake signature: decode() never checks it.
QString makeToken(const QJsonObject &claims, const QJsonObject &header = defaultHeader(),
                  const QByteArray &signature = "fake-signature"_ba)
{
    return QString::fromLatin1(encodeObject(header) + '.' + encodeObject(claims) + '.'
                               + base64Url(signature));
}

/// Token built from raw header and payload JSON text, for malformed-JSON cases.
QString rawToken(const QByteArray &headerJson, const QByteArray &payloadJson)
{
    return QString::fromLatin1(encodeJson(headerJson) + '.' + encodeJson(payloadJson) + ".c2ln");
}

QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString validityName(Jwt::Validity validity)
{
    switch (validity) {
    case Jwt::Validity::NotYetValid:
        return u"not-yet-valid"_s;
    case Jwt::Validity::Valid:
        return u"valid"_s;
    case Jwt::Validity::Expired:
        return u"expired"_s;
    case Jwt::Validity::NoExpiry:
        return u"no-expiry"_s;
    }
    return {};
}

const QDateTime BaseTime = PCAuth::Test::utcDateTime(QDate(2026, 11, 27), QTime(5, 0));

qint64 baseSeconds(qint64 offset)
{
    return BaseTime.toSecsSinceEpoch() + offset;
}

} // namespace

class tst_Jwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesHeaderClaimsAndRawParts()
    {
        const QJsonObject claims{{u"upn"_s, u"admin@contoso.onmicrosoft.com"_s},
                                 {u"ver"_s, u"1.0"_s}};
        const QString token = makeToken(claims);
        const auto jwt = Jwt::decode(token);
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->header(), defaultHeader());
        QCOMPARE(jwt->claims(), claims);
        QCOMPARE(jwt->algorithm(), u"RS256"_s);
        QCOMPARE(jwt->keyId(), u"key-1"_s);
        QCOMPARE(jwt->signingInput(), token.first(token.lastIndexOf(u'.')).toLatin1());
        QCOMPARE(jwt->signature(), "fake-signature"_ba);
        QCOMPARE(jwt->version(), u"1.0"_s);
        QVERIFY(!jwt->isNull());
        QVERIFY(Jwt().isNull());
    }

    void unsignedTokenHasEmptySignature()
    {
        const auto jwt = Jwt::decode(makeToken({{u"sub"_s, u"x"_s}}, {{u"alg"_s, u"none"_s}}, {}));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->algorithm(), u"none"_s);
        QVERIFY(jwt->signature().isEmpty());
    }

    void headerWithoutAlgorithmIsAccepted()
    {
        const auto jwt = Jwt::decode(makeToken({{u"sub"_s, u"x"_s}}, {{u"typ"_s, u"JWT"_s}}));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->algorithm(), QString());
        QCOMPARE(jwt->keyId(), QString());
    }

    void paddedSegmentsAreTolerated()
    {
        // {"a":1} is 7 bytes: its base64 ends with one '='.
        const QString token = u"eyJhIjoxfQ==.eyJhIjoxfQ.c2ln"_s;
        const auto jwt = Jwt::decode(token);
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->header().value(u"a").toInt(), 1);
        QCOMPARE(jwt->signingInput(), "eyJhIjoxfQ==.eyJhIjoxfQ"_ba);
    }

    void trimsWhitespaceAndBearerPrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::addRow("bare") << QString() << QString();
        QTest::addRow("spaces and line breaks") << u"  \n"_s << u"\r\n  "_s;
        QTest::addRow("Bearer") << u"Bearer "_s << QString();
        QTest::addRow("bearer lower case") << u"bearer "_s << QString();
        QTest::addRow("BEARER and a tab") << u"BEARER\t"_s << u"\n"_s;
        QTest::addRow("Bearer, two spaces, padded") << u" Bearer  "_s << u" "_s;
    }

    void trimsWhitespaceAndBearerPrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        const QString token = makeToken({{u"upn"_s, u"a@b.c"_s}});
        const auto jwt = Jwt::decode(QString(prefix + token + suffix));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->subjectName(), u"a@b.c"_s);
        QCOMPARE(jwt->signingInput(), token.first(token.lastIndexOf(u'.')).toLatin1());
    }

    void stringClaim_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<QString>("expected");
        QTest::addRow("string") << R"({"c":"hello"})"_ba << u"hello"_s;
        QTest::addRow("integer") << R"({"c":1795756620})"_ba << u"1795756620"_s;
        QTest::addRow("fraction") << R"({"c":1.5})"_ba << u"1.5"_s;
        QTest::addRow("negative") << R"({"c":-2})"_ba << u"-2"_s;
        QTest::addRow("absent") << R"({"other":"x"})"_ba << QString();
        QTest::addRow("bool") << R"({"c":true})"_ba << QString();
        QTest::addRow("null") << R"({"c":null})"_ba << QString();
        QTest::addRow("array") << R"({"c":["a"]})"_ba << QString();
        QTest::addRow("object") << R"({"c":{"a":1}})"_ba << QString();
    }

    void stringClaim()
    {
        QFETCH(QByteArray, claims);
        QFETCH(QString, expected);
        const auto jwt = Jwt::decode(makeToken(parseObject(claims.constData())));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->stringClaim(u"c"), expected);
    }

    void stringListClaim_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("single string audience")
            << "{\"c\":\"https://api.partnercenter.microsoft.com\"}"_ba
            << QStringList{u"https://api.partnercenter.microsoft.com"_s};
        QTest::addRow("array") << R"({"c":["pwd","mfa"]})"_ba << QStringList{u"pwd"_s, u"mfa"_s};
        QTest::addRow("empty array") << R"({"c":[]})"_ba << QStringList();
        QTest::addRow("mixed array keeps strings and numbers")
            << R"({"c":["a",1,null,{"x":1},["y"],true]})"_ba << QStringList{u"a"_s, u"1"_s};
        QTest::addRow("absent") << R"({})"_ba << QStringList();
        QTest::addRow("object") << R"({"c":{"a":"b"}})"_ba << QStringList();
    }

    void stringListClaim()
    {
        QFETCH(QByteArray, claims);
        QFETCH(QStringList, expected);
        const auto jwt = Jwt::decode(makeToken(parseObject(claims.constData())));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->stringListClaim(u"c"), expected);
    }

    void timeClaim_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<QDateTime>("expected"); // invalid: nullopt expected
        const QDateTime t = PCAuth::Test::utcDateTime(QDate(2026, 11, 27), QTime(5, 17));
        QTest::addRow("number") << R"({"t":1795756620})"_ba << t;
        QTest::addRow("v1 numeric string") << R"({"t":"1795756620"})"_ba << t;
        QTest::addRow("numeric string with spaces") << R"({"t":" 1795756620 "})"_ba << t;
        QTest::addRow("fraction") << R"({"t":1795756620.25})"_ba << t.addMSecs(250);
        QTest::addRow("epoch") << R"({"t":0})"_ba
                               << PCAuth::Test::utcDateTime(QDate(1970, 1, 1), QTime(0, 0));
        QTest::addRow("absent") << R"({})"_ba << QDateTime();
        QTest::addRow("words") << R"({"t":"tomorrow"})"_ba << QDateTime();
        QTest::addRow("empty string") << R"({"t":""})"_ba << QDateTime();
        QTest::addRow("negative") << R"({"t":-1})"_ba << QDateTime();
        QTest::addRow("beyond year 9999") << R"({"t":1e15})"_ba << QDateTime();
        QTest::addRow("huge") << R"({"t":1e308})"_ba << QDateTime();
        QTest::addRow("infinite string") << R"({"t":"inf"})"_ba << QDateTime();
        QTest::addRow("bool") << R"({"t":true})"_ba << QDateTime();
        QTest::addRow("array") << R"({"t":[1795756620]})"_ba << QDateTime();
    }

    void timeClaim()
    {
        QFETCH(QByteArray, claims);
        QFETCH(QDateTime, expected);
        const auto jwt = Jwt::decode(makeToken(parseObject(claims.constData())));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        const auto time = jwt->timeClaim(u"t");
        QCOMPARE(time.has_value(), expected.isValid());
        if (time) {
            QCOMPARE(*time, expected);
            QCOMPARE(time->timeSpec(), Qt::UTC);
        }
    }

    void namedTimeClaims()
    {
        // v1 tokens may carry numbers as strings; both forms decode.
        const auto jwt = Jwt::decode(makeToken({{u"iat"_s, baseSeconds(-300)},
                                                {u"nbf"_s, QString::number(baseSeconds(-300))},
                                                {u"exp"_s, QString::number(baseSeconds(3600))}}));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->issuedAt().value_or(QDateTime()), BaseTime.addSecs(-300));
        QCOMPARE(jwt->notBefore().value_or(QDateTime()), BaseTime.addSecs(-300));
        QCOMPARE(jwt->expiresAt().value_or(QDateTime()), BaseTime.addSecs(3600));
    }

    void scopesRolesAndVersion()
    {
        const auto jwt =
            Jwt::decode(makeToken({{u"scp"_s, u"user_impersonation  Directory.Read.All "_s},
                                   {u"roles"_s, QJsonArray{u"Reader"_s, u"Writer"_s}},
                                   {u"ver"_s, u"2.0"_s}}));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->scopes(), (QStringList{u"user_impersonation"_s, u"Directory.Read.All"_s}));
        QCOMPARE(jwt->roles(), (QStringList{u"Reader"_s, u"Writer"_s}));
        QCOMPARE(jwt->version(), u"2.0"_s);
    }

    void isAppOnly_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<bool>("expected");
        QTest::addRow("idtyp app") << R"({"idtyp":"app","scp":"x"})"_ba << true;
        QTest::addRow("idtyp user wins over roles")
            << R"({"idtyp":"user","roles":["r"]})"_ba << false;
        QTest::addRow("v1 roles only") << R"({"roles":["r"],"oid":"o"})"_ba << true;
        QTest::addRow("roles and scp") << R"({"roles":["r"],"scp":"s"})"_ba << false;
        QTest::addRow("roles and upn") << R"({"roles":["r"],"upn":"u@x"})"_ba << false;
        QTest::addRow("roles and unique_name")
            << R"({"roles":["r"],"unique_name":"u@x"})"_ba << false;
        QTest::addRow("delegated") << R"({"scp":"user_impersonation","upn":"u@x"})"_ba << false;
        QTest::addRow("nothing") << R"({})"_ba << false;
    }

    void isAppOnly()
    {
        QFETCH(QByteArray, claims);
        QFETCH(bool, expected);
        const auto jwt = Jwt::decode(makeToken(parseObject(claims.constData())));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->isAppOnly(), expected);
    }

    void subjectName_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<QString>("expected");
        QTest::addRow("upn first")
            << R"({"email":"e@x","preferred_username":"p@x","unique_name":"n@x","upn":"u@x"})"_ba
            << u"u@x"_s;
        QTest::addRow("unique_name") << R"({"email":"e@x","unique_name":"n@x"})"_ba << u"n@x"_s;
        QTest::addRow("preferred_username")
            << R"({"email":"e@x","preferred_username":"p@x"})"_ba << u"p@x"_s;
        QTest::addRow("email") << R"({"email":"e@x"})"_ba << u"e@x"_s;
        QTest::addRow("empty upn falls through") << R"({"upn":"","email":"e@x"})"_ba << u"e@x"_s;
        QTest::addRow("none (app-only)") << R"({"appid":"a"})"_ba << QString();
    }

    void subjectName()
    {
        QFETCH(QByteArray, claims);
        QFETCH(QString, expected);
        const auto jwt = Jwt::decode(makeToken(parseObject(claims.constData())));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->subjectName(), expected);
    }

    void mfa_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("evidence");
        QTest::addRow("amr mfa") << R"({"amr":["pwd","mfa"]})"_ba << u"present"_s
                                 << u"amr contains \"mfa\""_s;
        QTest::addRow("amr ngcmfa (Windows Hello)")
            << R"({"amr":["ngcmfa"]})"_ba << u"present"_s << u"amr contains \"ngcmfa\""_s;
        QTest::addRow("mfa is the last of many elements")
            << R"({"amr":["pwd","rsa","wia","fed","mfa"]})"_ba << u"present"_s
            << u"amr contains \"mfa\""_s;
        QTest::addRow("amr as a single string")
            << R"({"amr":"mfa"})"_ba << u"present"_s << u"amr contains \"mfa\""_s;
        QTest::addRow("amr password only")
            << R"({"amr":["pwd"]})"_ba << u"absent"_s << u"amr is [\"pwd\"]: no MFA method"_s;
        QTest::addRow("amr without mfa element")
            << R"({"amr":["pwd","rsa","wiaormfa"]})"_ba << u"absent"_s
            << u"amr is [\"pwd\", \"rsa\", \"wiaormfa\"]: no MFA method"_s;
        QTest::addRow("amr empty")
            << R"({"amr":[]})"_ba << u"absent"_s << u"amr is []: no MFA method"_s;
        QTest::addRow("federated short name")
            << "{\"authenticationmethod\":\"http://schemas.microsoft.com/claims/multipleauthn\"}"_ba
            << u"present"_s
            << u"authenticationmethod is \"http://schemas.microsoft.com/claims/multipleauthn\""_s;
        QTest::addRow("federated full claim URI, https value")
            << "{\"http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationmethod\":\"https://schemas.microsoft.com/claims/multipleauthn\"}"_ba
            << u"present"_s
            << u"authenticationmethod is \"https://schemas.microsoft.com/claims/multipleauthn\""_s;
        QTest::addRow("federated array value")
            << "{\"authenticationmethod\":[\"urn:oasis:names:tc:SAML:2.0:ac:classes:Password\",\"http://schemas.microsoft.com/claims/multipleauthn\"]}"_ba
            << u"present"_s
            << u"authenticationmethod is \"http://schemas.microsoft.com/claims/multipleauthn\""_s;
        QTest::addRow("federated password only")
            << R"({"authenticationmethod":"urn:oasis:names:tc:SAML:2.0:ac:classes:Password"})"_ba
            << u"absent"_s
            << u"authenticationmethod is \"urn:oasis:names:tc:SAML:2.0:ac:classes:Password\": not multipleauthn"_s;
        QTest::addRow("amr without mfa but federated multipleauthn")
            << "{\"amr\":[\"fed\"],\"authenticationmethod\":\"http://schemas.microsoft.com/claims/multipleauthn\"}"_ba
            << u"present"_s
            << u"authenticationmethod is \"http://schemas.microsoft.com/claims/multipleauthn\""_s;
        QTest::addRow("neither mfa in amr nor federated")
            << R"({"amr":["fed"],"authenticationmethod":["a","b"]})"_ba << u"absent"_s
            << u"amr is [\"fed\"]: no MFA method; authenticationmethod is [\"a\", \"b\"]: not multipleauthn"_s;
        QTest::addRow("v2 access token")
            << R"({"ver":"2.0","scp":"user_impersonation"})"_ba << u"unknown"_s
            << u"no amr or authenticationmethod claim: cannot tell"_s;
        QTest::addRow("app-only token") << R"({"idtyp":"app","roles":["r"]})"_ba << u"unknown"_s
                                        << u"no amr or authenticationmethod claim: cannot tell"_s;
    }

    void mfa()
    {
        QFETCH(QByteArray, claims);
        QFETCH(QString, state);
        QFETCH(QString, evidence);
        const auto jwt = Jwt::decode(makeToken(parseObject(claims.constData())));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        const MfaVerdict verdict = jwt->mfa();
        QCOMPARE(mfaStateId(verdict.state), state);
        QCOMPARE(verdict.evidence, evidence);
    }

    void mfaStateIds()
    {
        QCOMPARE(mfaStateId(MfaVerdict::State::Present), u"present"_s);
        QCOMPARE(mfaStateId(MfaVerdict::State::Absent), u"absent"_s);
        QCOMPARE(mfaStateId(MfaVerdict::State::Unknown), u"unknown"_s);
        QCOMPARE(mfaStateId(MfaVerdict().state), u"unknown"_s);
    }

    void validity_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<qint64>("nowOffsetMs");
        QTest::addColumn<QString>("validity");
        QTest::addColumn<bool>("hasSeconds");
        QTest::addColumn<qint64>("seconds");
        const QJsonObject live{{u"nbf"_s, baseSeconds(-300)}, {u"exp"_s, baseSeconds(2520)}};
        QTest::addRow("valid for 42 min")
            << live << qint64(0) << u"valid"_s << true << qint64(2520);
        QTest::addRow("one second before expiry")
            << live << qint64(2519000) << u"valid"_s << true << qint64(1);
        QTest::addRow("at the expiry second")
            << live << qint64(2520000) << u"expired"_s << true << qint64(0);
        QTest::addRow("half a second past expiry")
            << live << qint64(2520500) << u"expired"_s << true << qint64(-1);
        QTest::addRow("expired an hour ago")
            << live << qint64(2520000 + 3600000) << u"expired"_s << true << qint64(-3600);
        QTest::addRow("before nbf")
            << live << qint64(-301000) << u"not-yet-valid"_s << true << qint64(2821);
        QTest::addRow("v1 strings") << QJsonObject{{u"nbf"_s, QString::number(baseSeconds(-300))},
                                                   {u"exp"_s, QString::number(baseSeconds(60))}}
                                    << qint64(0) << u"valid"_s << true << qint64(60);
        QTest::addRow("no exp") << QJsonObject{{u"iat"_s, baseSeconds(0)}} << qint64(0)
                                << u"no-expiry"_s << false << qint64(0);
        QTest::addRow("no exp, nbf ahead") << QJsonObject{{u"nbf"_s, baseSeconds(10)}} << qint64(0)
                                           << u"not-yet-valid"_s << false << qint64(0);
        QTest::addRow("unreadable exp") << QJsonObject{{u"exp"_s, u"soon"_s}} << qint64(0)
                                        << u"no-expiry"_s << false << qint64(0);
    }

    void validity()
    {
        QFETCH(QJsonObject, claims);
        QFETCH(qint64, nowOffsetMs);
        QFETCH(QString, validity);
        QFETCH(bool, hasSeconds);
        QFETCH(qint64, seconds);
        const auto jwt = Jwt::decode(makeToken(claims));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        const ManualClock clock(BaseTime.addMSecs(nowOffsetMs));
        QCOMPARE(validityName(jwt->validity(clock)), validity);
        const auto remaining = jwt->secondsUntilExpiry(clock);
        QCOMPARE(remaining.has_value(), hasSeconds);
        if (remaining)
            QCOMPARE(*remaining, seconds);
    }

    void validityFollowsTheClock()
    {
        using namespace std::chrono_literals;
        const auto jwt = Jwt::decode(makeToken({{u"exp"_s, baseSeconds(60)}}));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        ManualClock clock(BaseTime);
        QCOMPARE(validityName(jwt->validity(clock)), u"valid"_s);
        clock.advance(61s);
        QCOMPARE(validityName(jwt->validity(clock)), u"expired"_s);
        QCOMPARE(jwt->secondsUntilExpiry(clock).value_or(0), qint64(-1));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        const QString empty = u"The token is empty."_s;
        QTest::addRow("empty") << QString() << empty;
        QTest::addRow("whitespace only") << u" \t\r\n "_s << empty;
        QTest::addRow("Bearer and nothing") << u"Bearer   "_s << empty;
        QTest::addRow("oversized")
            << QString(Jwt::MaxInputSize + 1, u'a')
            << u"The token is 65537 characters long; the limit is 65536 characters."_s;
        QTest::addRow("oversized after Bearer")
            << u"Bearer "_s + QString(100000, u'a')
            << u"The token is 100000 characters long; the limit is 65536 characters."_s;
        QTest::addRow("JWE, 5 parts")
            << u"eyJhbGciOiJSU0EtT0FFUCJ9.a2V5.aXY.Y2lwaGVy.dGFn"_s
            << u"The token has 5 parts, so it is an encrypted token (JWE): it cannot be read "
               "without the recipient's key."_s;
        const QString count = u"A JWT has 3 parts separated by dots (header.payload.signature); "
                              "this token has %1. Refresh tokens and other opaque tokens cannot "
                              "be decoded."_s;
        QTest::addRow("1 part (opaque token)") << u"0AVYAabcdEFGH"_s << count.arg(1);
        QTest::addRow("2 parts") << u"eyJhIjoxfQ.eyJhIjoxfQ"_s << count.arg(2);
        QTest::addRow("4 parts") << u"a.b.c.d"_s << count.arg(4);
        QTest::addRow("6 parts") << u"a.b.c.d.e.f"_s << count.arg(6);
        QTest::addRow("empty header") << u".eyJhIjoxfQ.c2ln"_s
                                      << u"The header is empty: there is nothing before the "
                                         "first dot."_s;
        QTest::addRow("empty payload")
            << u"eyJhIjoxfQ..c2ln"_s
            << u"The payload is empty: there is nothing between the two dots."_s;
        const QString badChar = u"The %1 contains %2 at character %3 of the token, which cannot "
                                "appear in a JWT (only letters, digits, '-', '_' and two dots)."_s;
        QTest::addRow("punctuation in header")
            << u"ab!d.abcd.abcd"_s << badChar.arg(u"header"_s, u"'!' (U+0021)"_s, u"3"_s);
        QTest::addRow("standard base64 in payload")
            << u"abcd.ab+d.abcd"_s
            << badChar.arg(u"payload"_s, u"'+' (U+002B)"_s, u"8"_s)
                   + u" It looks like standard base64, not base64url."_s;
        QTest::addRow("non-ASCII in signature")
            << u"abcd.abcd.ab\u00e9d"_s
            << badChar.arg(u"signature"_s, u"'\u00e9' (U+00E9)"_s, u"13"_s);
        QTest::addRow("emoji in signature")
            << u"abcd.abcd.\U0001F600"_s
            << badChar.arg(u"signature"_s, u"'\U0001F600' (U+1F600)"_s, u"11"_s);
        QTest::addRow("NUL byte in header") << QStringView(u"ab\0d.abcd.abcd", 14).toString()
                                            << badChar.arg(u"header"_s, u"U+0000"_s, u"3"_s);
        QTest::addRow("line break inside payload (wrapped copy)")
            << u"abcd.ab\ncd.abcd"_s
            << badChar.arg(u"payload"_s, u"a line break (U+000A)"_s, u"8"_s);
        QTest::addRow("tab inside signature")
            << u"abcd.abcd.ab\tcd"_s << badChar.arg(u"signature"_s, u"a tab (U+0009)"_s, u"13"_s);
        QTest::addRow("space inside header")
            << u"ab d.abcd.abcd"_s << badChar.arg(u"header"_s, u"a space (U+0020)"_s, u"3"_s);
        QTest::addRow("quoted token")
            << u"\"abcd.abcd.abcd\""_s << badChar.arg(u"header"_s, u"'\"' (U+0022)"_s, u"1"_s);
        const QString badLength = u"The %1 is not valid base64url: its length (%2) leaves a last "
                                  "group of one character, which cannot encode a byte. Was the "
                                  "token cut short when it was copied?"_s;
        QTest::addRow("header length")
            << u"eyJhI.abcd.abcd"_s << badLength.arg(u"header"_s, u"5"_s);
        QTest::addRow("payload length") << u"abcd.a.abcd"_s << badLength.arg(u"payload"_s, u"1"_s);
        QTest::addRow("truncated signature")
            << u"abcd.abcd.abcdefghi"_s << badLength.arg(u"signature"_s, u"9"_s);
        QTest::addRow("bad padding")
            << u"eyJhIjoxfQ=.abcd.abcd"_s
            << u"The header is not valid base64url: the '=' padding at its end is wrong."_s;
        QTest::addRow("header not JSON")
            << rawToken("not json", "{}")
            << u"The header is not JSON: illegal value near byte 1 of the decoded header."_s;
        QTest::addRow("payload truncated JSON")
            << rawToken("{}", "{\"upn\":\"a@b")
            << u"The payload is not JSON: unterminated string near byte 12 of the decoded payload."_s;
        QTest::addRow("payload with trailing garbage")
            << rawToken("{}", R"({"a":1}x)")
            << u"The payload is not JSON: garbage at the end of the document near byte 7 of the "
               "decoded payload."_s;
        QTest::addRow("payload binary junk")
            << QString::fromLatin1("e30." + base64Url("\xff\xfe\x01\x02") + ".c2ln")
            << u"The payload is not JSON: illegal value near byte 1 of the decoded payload."_s;
        const QString notObject = u"The %1 is JSON but not an object: it is %2."_s;
        QTest::addRow("payload array")
            << rawToken("{}", "[1,2]") << notObject.arg(u"payload"_s, u"an array"_s);
        QTest::addRow("payload string")
            << rawToken("{}", R"("hello")") << notObject.arg(u"payload"_s, u"a string"_s);
        QTest::addRow("payload number")
            << rawToken("{}", "42") << notObject.arg(u"payload"_s, u"a number"_s);
        QTest::addRow("payload null")
            << rawToken("{}", "null") << notObject.arg(u"payload"_s, u"null"_s);
        QTest::addRow("header bool")
            << rawToken("true", "{}") << notObject.arg(u"header"_s, u"true or false"_s);
        QTest::addRow("header array")
            << rawToken("[]", "{}") << notObject.arg(u"header"_s, u"an array"_s);
    }

    void malformed()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const auto jwt = Jwt::decode(input);
        QVERIFY(!jwt.ok());
        QCOMPARE(jwt.error(), message);
    }

    void messagesNeverEchoTheToken()
    {
        // A real-looking payload that fails to parse: the message must not carry any of it.
        const QByteArray secretPayload = base64Url(R"({"upn":"secret@contoso.com","x":)");
        const QString token =
            u"eyJhbGciOiJSUzI1NiJ9."_s + QString::fromLatin1(secretPayload) + u".c2lnbmF0dXJl"_s;
        const auto jwt = Jwt::decode(token);
        QVERIFY(!jwt.ok());
        QVERIFY(jwt.error().startsWith(u"The payload is not JSON: "_s));
        QVERIFY(!jwt.error().contains(QString::fromLatin1(secretPayload.left(8))));
        QVERIFY(!jwt.error().contains(u"secret"_s));
        QVERIFY(!jwt.error().contains(u"eyJhbGciOiJSUzI1NiJ9"_s));
    }

    void acceptsExactlyMaxInputSize()
    {
        // Grow the signature so the whole token is exactly the limit.
        QString filler;
        QString token;
        for (;;) {
            const QString base = makeToken({{u"pad"_s, filler}}, defaultHeader(), {});
            const qsizetype signatureLength = Jwt::MaxInputSize - base.size();
            if (signatureLength % 4 != 1) {
                token = base + QString(signatureLength, u'A');
                break;
            }
            filler += u'x';
        }
        QCOMPARE(token.size(), Jwt::MaxInputSize);
        const auto jwt = Jwt::decode(QString(u"Bearer "_s + token + u"\n"_s));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QVERIFY(!jwt->signature().isEmpty());
        QVERIFY(!Jwt::decode(QString(token + u'A')).ok());
    }

    void hostileInputsNeverCrash_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("NUL") << QString(1, QChar(u'\0'));
        QTest::addRow("NULs and dots") << QStringView(u"\0.\0.\0", 5).toString();
        QTest::addRow("dot") << u"."_s;
        QTest::addRow("two dots") << u".."_s;
        QTest::addRow("three dots") << u"..."_s;
        QTest::addRow("four dots") << u"...."_s;
        QTest::addRow("a.b.c") << u"a.b.c"_s;
        QTest::addRow("ab.cd.ef") << u"ab.cd.ef"_s;
        QTest::addRow("padding only") << u"==.==.=="_s;
        QTest::addRow("Bearer alone") << u"Bearer"_s;
        QTest::addRow("Bearer no space") << u"Bearerabc.def.ghi"_s;
        QTest::addRow("lone high surrogate") << u"abcd.ab"_s + QChar(0xD800) + u"d.abcd"_s;
        QTest::addRow("lone low surrogate at end") << u"abcd.abcd."_s + QChar(0xDC00);
        QTest::addRow("only dots, oversized") << QString(Jwt::MaxInputSize * 2, u'.');
        QTest::addRow("many dots, under the limit") << QString(1000, u'.');
        QTest::addRow("latin-1 junk") << QString::fromLatin1("\xff\xfe\x80.\x81.\x82");
        QTest::addRow("deep nesting payload")
            << QString::fromLatin1("e30." + base64Url(QByteArray(40000, '[')) + ".c2ln");
        QTest::addRow("deep object nesting")
            << QString::fromLatin1("e30." + base64Url(QByteArray(5000, '{')) + ".c2ln");
        QTest::addRow("embedded NUL in JSON")
            << QString::fromLatin1("e30." + base64Url(QByteArray("{\"a\":\"\0\"}", 9)) + ".c2ln");
        QTest::addRow("unicode escape NUL") << rawToken("{}", R"({"a":"\u0000"})");
        QTest::addRow("huge numbers")
            << rawToken("{}", R"({"exp":1e308,"nbf":-1e308,"iat":"1e999","amr":1e300})");
        QTest::addRow("wrong types everywhere")
            << rawToken(R"({"alg":5,"kid":["k"]})",
                        R"({"amr":{"a":"mfa"},"scp":["x"],"roles":{"r":1},"idtyp":7,"upn":null,)"
                        R"("authenticationmethod":[{"v":1}],"exp":"soon","ver":2})");
    }

    void hostileInputsNeverCrash()
    {
        QFETCH(QString, input);
        const auto jwt = Jwt::decode(input);
        if (!jwt.ok()) {
            QVERIFY(!jwt.error().isEmpty());
            if (input.size() > 8)
                QVERIFY(!jwt.error().contains(input));
            return;
        }
        // Decoded: every accessor must still behave.
        const ManualClock clock(BaseTime);
        QVERIFY(!jwt->signingInput().isEmpty());
        (void)jwt->algorithm();
        (void)jwt->keyId();
        (void)jwt->scopes();
        (void)jwt->roles();
        (void)jwt->version();
        (void)jwt->isAppOnly();
        (void)jwt->subjectName();
        QVERIFY(!jwt->mfa().evidence.isEmpty());
        (void)jwt->validity(clock);
        (void)jwt->secondsUntilExpiry(clock);
        QVERIFY(!jwt->expiresAt() || jwt->expiresAt()->isValid());
    }

    void hostileValidTokensReadSafely()
    {
        const auto jwt = Jwt::decode(
            rawToken(R"({"alg":5,"kid":["k"]})",
                     R"({"amr":{"a":"mfa"},"scp":["x"],"roles":{"r":1},"idtyp":7,"upn":null,)"
                     R"("authenticationmethod":[{"v":1}],"exp":"soon","ver":2})"));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
        QCOMPARE(jwt->algorithm(), QString());
        QCOMPARE(jwt->keyId(), QString());
        QCOMPARE(jwt->scopes(), QStringList());
        QCOMPARE(jwt->roles(), QStringList());
        QCOMPARE(jwt->version(), u"2"_s);
        QCOMPARE(jwt->subjectName(), QString());
        QVERIFY(!jwt->expiresAt());
        // amr that is an object holds no method: present but no MFA element.
        QCOMPARE(mfaStateId(jwt->mfa().state), u"absent"_s);
        QCOMPARE(jwt->mfa().evidence,
                 u"amr is []: no MFA method; authenticationmethod is []: not multipleauthn"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Jwt)
#include "tst_jwt.moc"
