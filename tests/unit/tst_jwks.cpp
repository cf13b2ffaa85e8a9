// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "crypto/jwks.h"
#include "testcrypto.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace PCAuth;
using namespace PCAuth::Test;
using namespace Qt::StringLiterals;

class TestJwks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesRsaKeys();
    void verifiesSignatures_data();
    void verifiesSignatures();
    void unknownKidSaysFetchAgain();
    void readsKeyFromX5cCertificate();
    void skipsUnusableKeysWithNotes();
    void parseErrors_data();
    void parseErrors();
    void notJson_data();
    void notJson();

private:
    OpenSsl::Ptr<EVP_PKEY> m_keyA;
    OpenSsl::Ptr<EVP_PKEY> m_keyB;
    OpenSsl::Ptr<EVP_PKEY> m_smallKey;
    OpenSsl::Ptr<X509> m_certificateA;
};

void TestJwks::initTestCase()
{
    m_keyA = makeRsaKey();
    m_keyB = makeRsaKey();
    m_smallKey = makeRsaKey(1024);
    QVERIFY(m_keyA && m_keyB && m_smallKey);
    m_certificateA = makeCertificate(m_keyA.get(), "jwks-test");
    QVERIFY(m_certificateA);
}

void TestJwks::parsesRsaKeys()
{
    const auto set = JsonWebKeySet::parse(
        jwksJson({rsaJwk(m_keyB.get(), u"b"_s), rsaJwk(m_keyA.get(), u"a"_s)}));
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QCOMPARE(set->keyIds(), (QStringList{u"a"_s, u"b"_s}));
    QVERIFY(set->contains(u"a"_s));
    QVERIFY(!set->contains(u"c"_s));
    QCOMPARE(set->notes(), QStringList());
}

void TestJwks::verifiesSignatures_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("valid");
    QTest::addRow("signed by a, checked with a") << "a"
                                                 << "a"
                                                 << "" << true;
    QTest::addRow("signed by b, checked with b") << "b"
                                                 << "b"
                                                 << "" << true;
    QTest::addRow("signed by b, checked with a") << "b"
                                                 << "a"
                                                 << "" << false;
    QTest::addRow("input altered") << "a"
                                   << "a"
                                   << "input" << false;
    QTest::addRow("signature bit flipped") << "a"
                                           << "a"
                                           << "flip" << false;
    QTest::addRow("signature truncated") << "a"
                                         << "a"
                                         << "truncate" << false;
    QTest::addRow("signature empty") << "a"
                                     << "a"
                                     << "empty" << false;
}

void TestJwks::verifiesSignatures()
{
    QFETCH(QString, signer);
    QFETCH(QString, kid);
    QFETCH(QString, change);
    QFETCH(bool, valid);
    const auto set = JsonWebKeySet::parse(
        jwksJson({rsaJwk(m_keyA.get(), u"a"_s), rsaJwk(m_keyB.get(), u"b"_s)}));
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QByteArray input = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0"_ba;
    QByteArray signature = signRs256((signer == u"a" ? m_keyA : m_keyB).get(), input);
    if (change == u"input")
        input.append('x');
    else if (change == u"flip")
        signature[10] = char(signature.at(10) ^ 0x01);
    else if (change == u"truncate")
        signature.chop(1);
    else if (change == u"empty")
        signature.clear();
    const auto result = set->verifyRs256(input, signature, kid);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), valid);
}

void TestJwks::unknownKidSaysFetchAgain()
{
    const auto set = JsonWebKeySet::parse(jwksJson({rsaJwk(m_keyA.get(), u"a"_s)}));
    QVERIFY2(set.ok(), qPrintable(set.error()));
    const auto result = set->verifyRs256("x.y"_ba, signRs256(m_keyA.get(), "x.y"_ba), u"zzz"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), u"The signing key zzz is not in the key set: the keys may have "
                             "rotated; fetch the JWKS again."_s);
}

void TestJwks::readsKeyFromX5cCertificate()
{
    const QJsonObject x5cOnly{{u"kty"_s, u"RSA"_s},
                              {u"kid"_s, u"c"_s},
                              {u"x5c"_s, QJsonArray{QString::fromLatin1(
                                             certificateDer(m_certificateA.get()).toBase64())}}};
    const auto set = JsonWebKeySet::parse(jwksJson({x5cOnly}));
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QCOMPARE(set->keyIds(), QStringList{u"c"_s});
    const auto good = set->verifyRs256("data"_ba, signRs256(m_keyA.get(), "data"_ba), u"c"_s);
    QVERIFY(good.ok() && good.value());
    const auto other = set->verifyRs256("data"_ba, signRs256(m_keyB.get(), "data"_ba), u"c"_s);
    QVERIFY(other.ok() && !other.value());
}

void TestJwks::skipsUnusableKeysWithNotes()
{
    QJsonObject encryption = rsaJwk(m_keyB.get(), u"enc"_s);
    encryption.insert(u"use"_s, u"enc"_s);
    QJsonObject rs384 = rsaJwk(m_keyB.get(), u"rs384"_s);
    rs384.insert(u"alg"_s, u"RS384"_s);
    QJsonObject noKid = rsaJwk(m_keyB.get(), QString());
    noKid.remove(u"kid"_s);
    const QJsonObject ec{{u"kty"_s, u"EC"_s}, {u"kid"_s, u"ec"_s}, {u"crv"_s, u"P-256"_s}};
    const QJsonArray keys{ec,
                          encryption,
                          rs384,
                          noKid,
                          rsaJwk(m_smallKey.get(), u"small"_s),
                          rsaJwk(m_keyA.get(), u"a"_s),
                          rsaJwk(m_keyB.get(), u"a"_s)};
    const auto set = JsonWebKeySet::parse(jwksJson(keys));
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QCOMPARE(set->keyIds(), QStringList{u"a"_s});
    const QStringList expected{
        u"key 1 (kid \"ec\"): not an RSA key (kty \"EC\"): skipped"_s,
        u"key 2 (kid \"enc\"): not a signing key (use \"enc\"): skipped"_s,
        u"key 3 (kid \"rs384\"): meant for alg \"RS384\", not RS256: skipped"_s,
        u"key 4: no kid, so no token can name it: skipped"_s,
        u"key 5 (kid \"small\"): an RSA key of 1024 bits, under the 2048-bit minimum: skipped"_s,
        u"key 7 (kid \"a\"): a second key with this kid: skipped"_s,
    };
    QCOMPARE(set->notes(), expected);
    // The first key with a kid wins: a signature by the duplicate's key does not verify.
    const auto result = set->verifyRs256("d"_ba, signRs256(m_keyB.get(), "d"_ba), u"a"_s);
    QVERIFY(result.ok() && !result.value());
}

void TestJwks::parseErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QJsonObject good = rsaJwk(m_keyA.get(), u"a"_s);
    const auto withMember = [&good](const QString &name, const QJsonValue &value) {
        QJsonObject key = good;
        if (value.isUndefined())
            key.remove(name);
        else
            key.insert(name, value);
        return jwksJson({key});
    };
    QTest::addRow("array, not object") << "[]"_ba << u"The key set (JWKS) is not a JSON object."_s;
    QTest::addRow("no keys") << R"({"issuer": "x"})"_ba
                             << u"The key set (JWKS) has no \"keys\" array."_s;
    QTest::addRow("keys not an array")
        << R"({"keys": {}})"_ba << u"The key set (JWKS) has no \"keys\" array."_s;
    QTest::addRow("empty keys") << R"({"keys": []})"_ba
                                << u"The key set (JWKS) has an empty \"keys\" array: the "
                                   "authority publishes no signing keys."_s;
    QTest::addRow("key not an object")
        << R"({"keys": ["a"]})"_ba << u"The key set's key 1 is not a JSON object."_s;
    QTest::addRow("n with '+' (base64, not base64url)")
        << withMember(u"n"_s, u"ab+cd"_s)
        << u"The key set's key 1 (kid \"a\"): \"n\" is not valid base64url."_s;
    QTest::addRow("n empty") << withMember(u"n"_s, u""_s)
                             << u"The key set's key 1 (kid \"a\"): \"n\" is not valid "
                                "base64url."_s;
    QTest::addRow("e with padding inside")
        << withMember(u"e"_s, u"AQ=B"_s)
        << u"The key set's key 1 (kid \"a\"): \"e\" is not valid base64url."_s;
    QTest::addRow("e not a string")
        << withMember(u"e"_s, 65537)
        << u"The key set's key 1 (kid \"a\"): \"e\" is missing or not a string."_s;
    QTest::addRow("n missing, no x5c")
        << withMember(u"n"_s, QJsonValue::Undefined)
        << u"The key set's key 1 (kid \"a\"): \"n\" is missing or not a string."_s;
    const QJsonObject badX5c{{u"kty"_s, u"RSA"_s},
                             {u"kid"_s, u"x"_s},
                             {u"x5c"_s, QJsonArray{u"bm90IGEgY2VydGlmaWNhdGU="_s}}};
    QTest::addRow("x5c not a certificate")
        << jwksJson({badX5c})
        << u"The key set's key 1 (kid \"x\"): \"x5c\" does not hold a readable certificate."_s;
    QTest::addRow("only unusable keys")
        << jwksJson({QJsonObject{{u"kty"_s, u"EC"_s}, {u"kid"_s, u"ec"_s}}})
        << u"The key set (JWKS) has no usable RSA signing key (key 1 (kid \"ec\"): not an RSA "
           "key (kty \"EC\"): skipped)."_s;
    QTest::addRow("too large") << QByteArray(JsonWebKeySet::MaxInputSize + 1, ' ')
                               << u"The key set is larger than 1048576 bytes: refused."_s;
}

void TestJwks::parseErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto set = JsonWebKeySet::parse(json);
    QVERIFY(!set.ok());
    QCOMPARE(set.error(), error);
}

void TestJwks::notJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::addRow("HTML error page") << "<html>Service unavailable</html>"_ba << u"illegal value"_s;
    QTest::addRow("truncated") << R"({"keys": [)"_ba << u"unterminated array"_s;
}

/// The parser's own words (Qt's text, which may change between Qt versions) follow a fixed
/// lead that tells the user which document was broken, and the byte where it broke.
void TestJwks::notJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const auto set = JsonWebKeySet::parse(json);
    QVERIFY(!set.ok());
    const QRegularExpression shape(
        u"^The key set \\(JWKS\\) is not valid JSON: %1 at byte \\d+\\.$"_s.arg(problem));
    QVERIFY2(shape.match(set.error()).hasMatch(), qPrintable(set.error()));
}

QTEST_GUILESS_MAIN(TestJwks)
#include "tst_jwks.moc"
