// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "crypto/clientassertion.h"
#include "crypto/clientcertificate.h"
#include "testcrypto.h"
#include "token/jwt.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace PCAuth;
using namespace PCAuth::Test;
using namespace Qt::StringLiterals;

namespace {

const QString ClientId = u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s;
const QByteArray Passphrase = "correct horse battery staple"_ba;

QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 27), QTime(6, 0), QTimeZone::utc());
}

QUrl tokenEndpoint()
{
    return QUrl(u"https://login.microsoftonline.com/contosopartner.onmicrosoft.com/oauth2/v2.0/"
                "token"_s);
}

} // namespace

class TestClientAssertion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsPem_data();
    void loadsPem();
    void refusesPem_data();
    void refusesPem();
    void loadsPkcs12_data();
    void loadsPkcs12();
    void refusesPkcs12_data();
    void refusesPkcs12();
    void thumbprintsMatchOpenSsl();
    void reportsValidityDates();
    void toPemRoundTrips();
    void assertionVerifiesWithCertificateKey();
    void assertionLifetimeIsClamped_data();
    void assertionLifetimeIsClamped();
    void assertionRefusesBadInput_data();
    void assertionRefusesBadInput();
    void assertionForLoopbackSandbox();

private:
    OpenSsl::Ptr<EVP_PKEY> m_key;
    OpenSsl::Ptr<EVP_PKEY> m_otherKey;
    OpenSsl::Ptr<EVP_PKEY> m_ecKey;
    OpenSsl::Ptr<X509> m_certificate;
    OpenSsl::Ptr<X509> m_ecCertificate;
    OpenSsl::Ptr<X509> m_expiredCertificate;
};

void TestClientAssertion::initTestCase()
{
    m_key = makeRsaKey();
    m_otherKey = makeRsaKey();
    m_ecKey = makeEcKey();
    QVERIFY(m_key && m_otherKey && m_ecKey);
    m_certificate = makeCertificate(m_key.get(), "pcauth-test");
    m_ecCertificate = makeCertificate(m_ecKey.get(), "pcauth-ec");
    m_expiredCertificate =
        makeCertificate(m_key.get(), "pcauth-expired", "20190101000000Z", "20200101000000Z");
    QVERIFY(m_certificate && m_ecCertificate && m_expiredCertificate);
}

void TestClientAssertion::loadsPem_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QByteArray>("passphrase");
    const QByteArray certificate = certificatePem(m_certificate.get());
    QTest::addRow("certificate, then PKCS#8 key")
        << certificate + privateKeyPem(m_key.get()) << QByteArray();
    QTest::addRow("key first, then certificate")
        << privateKeyPem(m_key.get()) + certificate << QByteArray();
    QTest::addRow("traditional RSA PRIVATE KEY")
        << certificate + traditionalKeyPem(m_key.get()) << QByteArray();
    QTest::addRow("encrypted key with its passphrase")
        << certificate + encryptedKeyPem(m_key.get(), Passphrase) << Passphrase;
    QTest::addRow("passphrase given, key not encrypted")
        << certificate + privateKeyPem(m_key.get()) << Passphrase;
}

void TestClientAssertion::loadsPem()
{
    QFETCH(QByteArray, pem);
    QFETCH(QByteArray, passphrase);
    const auto loaded = ClientCertificate::fromPem(pem, passphrase);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->subject(), u"CN=pcauth-test,O=Contoso"_s);
    QCOMPARE(loaded->x5t(), base64UrlBytes(sha1Thumbprint(m_certificate.get())));
}

void TestClientAssertion::refusesPem_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("error");
    const QByteArray certificate = certificatePem(m_certificate.get());
    const QByteArray encrypted = encryptedKeyPem(m_key.get(), Passphrase);
    QTest::addRow("encrypted key, no passphrase")
        << certificate + encrypted << QByteArray()
        << u"The private key is encrypted: give its passphrase."_s;
    QTest::addRow("encrypted key, wrong passphrase")
        << certificate + encrypted << "Tr0ub4dor&3"_ba
        << u"The passphrase does not decrypt the private key: check the passphrase."_s;
    QTest::addRow("key of another certificate")
        << certificate + privateKeyPem(m_otherKey.get()) << QByteArray()
        << u"The private key does not belong to the certificate (the certificate holds another "
           "public key): use the key created with this certificate."_s;
    QTest::addRow("EC key and certificate")
        << certificatePem(m_ecCertificate.get()) + privateKeyPem(m_ecKey.get()) << QByteArray()
        << u"The private key is of type EC, not RSA: client assertions are signed RS256, which "
           "needs an RSA key. Create the certificate with an RSA key of 2048 bits or more."_s;
    QTest::addRow("certificate only") << certificate << QByteArray()
                                      << u"The PEM text holds no private key: put the "
                                         "certificate and its private key in one PEM file."_s;
    QTest::addRow("key only") << privateKeyPem(m_key.get()) << QByteArray()
                              << u"The PEM text holds no certificate (no \"BEGIN CERTIFICATE\" "
                                 "block): put the certificate and its private key in one PEM "
                                 "file."_s;
    QTest::addRow("damaged certificate")
        << "-----BEGIN CERTIFICATE-----\nTUlJQg==\n-----END CERTIFICATE-----\n"_ba
               + privateKeyPem(m_key.get())
        << QByteArray() << u"The certificate in the PEM text is damaged: it cannot be read."_s;
    QTest::addRow("damaged key")
        << certificate + "-----BEGIN PRIVATE KEY-----\nTUlJQg==\n-----END PRIVATE KEY-----\n"_ba
        << QByteArray()
        << u"The private key in the PEM text is damaged or in an unsupported format."_s;
    QTest::addRow("empty") << QByteArray() << QByteArray()
                           << u"The PEM text holds no certificate (no \"BEGIN CERTIFICATE\" "
                              "block): put the certificate and its private key in one PEM "
                              "file."_s;
}

void TestClientAssertion::refusesPem()
{
    QFETCH(QByteArray, pem);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, error);
    const auto loaded = ClientCertificate::fromPem(pem, passphrase);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error(), error);
    if (!passphrase.isEmpty())
        QVERIFY(!loaded.error().contains(QString::fromLatin1(passphrase)));
}

void TestClientAssertion::loadsPkcs12_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addRow("with a password") << Passphrase;
    QTest::addRow("with an empty password") << QByteArray("");
}

void TestClientAssertion::loadsPkcs12()
{
    QFETCH(QByteArray, password);
    const QByteArray pfx = pkcs12(m_key.get(), m_certificate.get(), password);
    QVERIFY(!pfx.isEmpty());
    const auto loaded = ClientCertificate::fromPkcs12(pfx, password);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->subject(), u"CN=pcauth-test,O=Contoso"_s);
    QCOMPARE(loaded->x5t(), base64UrlBytes(sha1Thumbprint(m_certificate.get())));
    const auto signature = loaded->signRs256("payload"_ba);
    QVERIFY2(signature.ok(), qPrintable(signature.error()));
    QVERIFY(verifyRs256(X509_get0_pubkey(m_certificate.get()), "payload"_ba, signature.value()));
}

void TestClientAssertion::refusesPkcs12_data()
{
    QTest::addColumn<QByteArray>("pfx");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("error");
    const QByteArray pfx = pkcs12(m_key.get(), m_certificate.get(), Passphrase);
    QTest::addRow("wrong password")
        << pfx << "hunter2-wrong"_ba
        << u"The PFX password is wrong: the file's integrity check fails with it."_s;
    QTest::addRow("no password given")
        << pfx << QByteArray() << u"The PFX file is protected by a password: give it."_s;
    QTest::addRow("PEM, not PFX") << certificatePem(m_certificate.get()) << Passphrase
                                  << u"The file is not a PKCS#12 (PFX) file: it cannot be read."_s;
    QTest::addRow("EC key") << pkcs12(m_ecKey.get(), m_ecCertificate.get(), Passphrase)
                            << Passphrase
                            << u"The private key is of type EC, not RSA: client assertions are "
                               "signed RS256, which needs an RSA key. Create the certificate "
                               "with an RSA key of 2048 bits or more."_s;
}

void TestClientAssertion::refusesPkcs12()
{
    QFETCH(QByteArray, pfx);
    QFETCH(QByteArray, password);
    QFETCH(QString, error);
    const auto loaded = ClientCertificate::fromPkcs12(pfx, password);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error(), error);
    QVERIFY(!loaded.error().contains(QString::fromLatin1(Passphrase)));
    if (!password.isEmpty())
        QVERIFY(!loaded.error().contains(QString::fromLatin1(password)));
}

void TestClientAssertion::thumbprintsMatchOpenSsl()
{
    const auto loaded = ClientCertificate::fromPem(certificatePem(m_certificate.get())
                                                   + privateKeyPem(m_key.get()));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const QByteArray der = certificateDer(m_certificate.get());
    const QByteArray sha1 = sha1Thumbprint(m_certificate.get());
    QCOMPARE(sha1.size(), 20);
    QCOMPARE(sha1, QCryptographicHash::hash(der, QCryptographicHash::Sha1));
    QCOMPARE(loaded->x5t(), base64UrlBytes(sha1));
    QCOMPARE(loaded->x5t().size(), 27); // 20 bytes, unpadded base64url
    QCOMPARE(loaded->x5tS256(),
             base64UrlBytes(QCryptographicHash::hash(der, QCryptographicHash::Sha256)));
    QCOMPARE(loaded->thumbprintHex(), QString::fromLatin1(sha1.toHex().toUpper()));
}

void TestClientAssertion::reportsValidityDates()
{
    const auto current = ClientCertificate::fromPem(certificatePem(m_certificate.get())
                                                    + privateKeyPem(m_key.get()));
    QVERIFY2(current.ok(), qPrintable(current.error()));
    QCOMPARE(current->notBefore(), QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(current->notAfter(), QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc()));

    // Expired certificates load: the caller warns, and Entra has the last word.
    const auto expired = ClientCertificate::fromPem(certificatePem(m_expiredCertificate.get())
                                                    + privateKeyPem(m_key.get()));
    QVERIFY2(expired.ok(), qPrintable(expired.error()));
    QCOMPARE(expired->notAfter(), QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(expired->notAfter() < testNow());
}

void TestClientAssertion::toPemRoundTrips()
{
    const auto original = ClientCertificate::fromPem(
        certificatePem(m_certificate.get()) + encryptedKeyPem(m_key.get(), Passphrase), Passphrase);
    QVERIFY2(original.ok(), qPrintable(original.error()));
    const QByteArray pem = original->toPem();
    QVERIFY(pem.contains("-----BEGIN CERTIFICATE-----"));
    QVERIFY(pem.contains("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(!pem.contains("ENCRYPTED"));
    const auto reloaded = ClientCertificate::fromPem(pem);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.error()));
    QCOMPARE(reloaded->x5t(), original->x5t());
    const auto signature = reloaded->signRs256("data"_ba);
    QVERIFY(signature.ok());
    QVERIFY(verifyRs256(X509_get0_pubkey(m_certificate.get()), "data"_ba, signature.value()));
}

void TestClientAssertion::assertionVerifiesWithCertificateKey()
{
    const auto certificate = ClientCertificate::fromPkcs12(
        pkcs12(m_key.get(), m_certificate.get(), Passphrase), Passphrase);
    QVERIFY2(certificate.ok(), qPrintable(certificate.error()));
    const ManualClock clock(testNow());
    const auto assertion = makeClientAssertion(*certificate, ClientId, tokenEndpoint(), clock);
    QVERIFY2(assertion.ok(), qPrintable(assertion.error()));

    const auto jwt = Jwt::decode(assertion.value());
    QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
    QVERIFY(
        verifyRs256(X509_get0_pubkey(m_certificate.get()), jwt->signingInput(), jwt->signature()));
    QVERIFY(!verifyRs256(m_otherKey.get(), jwt->signingInput(), jwt->signature()));

    QCOMPARE(jwt->header().keys(), (QStringList{u"alg"_s, u"typ"_s, u"x5t"_s}));
    QCOMPARE(jwt->algorithm(), u"RS256"_s);
    QCOMPARE(jwt->header().value(u"typ").toString(), u"JWT"_s);
    QCOMPARE(jwt->header().value(u"x5t").toString(),
             QString::fromLatin1(base64UrlBytes(sha1Thumbprint(m_certificate.get()))));

    QCOMPARE(jwt->claims().keys(),
             (QStringList{u"aud"_s, u"exp"_s, u"iat"_s, u"iss"_s, u"jti"_s, u"nbf"_s, u"sub"_s}));
    QCOMPARE(jwt->stringClaim(u"aud"),
             u"https://login.microsoftonline.com/contosopartner.onmicrosoft.com/oauth2/v2.0/"
             "token"_s);
    QCOMPARE(jwt->stringClaim(u"iss"), ClientId);
    QCOMPARE(jwt->stringClaim(u"sub"), ClientId);
    QCOMPARE(jwt->issuedAt(), std::optional<QDateTime>(testNow()));
    QCOMPARE(jwt->notBefore(), std::optional<QDateTime>(testNow()));
    QCOMPARE(jwt->expiresAt(), std::optional<QDateTime>(testNow().addSecs(600)));
    const QString jti = jwt->stringClaim(u"jti");
    QVERIFY(!QUuid::fromString(jti).isNull());

    // A fresh jti every time: Entra refuses a replayed assertion.
    const auto second = makeClientAssertion(*certificate, ClientId, tokenEndpoint(), clock);
    QVERIFY(second.ok());
    QVERIFY(Jwt::decode(second.value())->stringClaim(u"jti") != jti);
}

void TestClientAssertion::assertionLifetimeIsClamped_data()
{
    QTest::addColumn<qint64>("requested");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("5 minutes") << qint64(300) << qint64(300);
    QTest::addRow("10 minutes, the maximum") << qint64(600) << qint64(600);
    QTest::addRow("1 hour is clamped to 10 minutes") << qint64(3600) << qint64(600);
    QTest::addRow("10 seconds is raised to 1 minute") << qint64(10) << qint64(60);
    QTest::addRow("zero is raised to 1 minute") << qint64(0) << qint64(60);
    QTest::addRow("negative is raised to 1 minute") << qint64(-30) << qint64(60);
}

void TestClientAssertion::assertionLifetimeIsClamped()
{
    QFETCH(qint64, requested);
    QFETCH(qint64, expected);
    const auto certificate = ClientCertificate::fromPem(certificatePem(m_certificate.get())
                                                        + privateKeyPem(m_key.get()));
    QVERIFY2(certificate.ok(), qPrintable(certificate.error()));
    const ManualClock clock(testNow());
    const auto assertion = makeClientAssertion(*certificate, ClientId, tokenEndpoint(), clock,
                                               std::chrono::seconds(requested));
    QVERIFY2(assertion.ok(), qPrintable(assertion.error()));
    const auto jwt = Jwt::decode(assertion.value());
    QCOMPARE(jwt->expiresAt(), std::optional<QDateTime>(testNow().addSecs(expected)));
}

void TestClientAssertion::assertionRefusesBadInput_data()
{
    QTest::addColumn<bool>("withCertificate");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<QString>("error");
    QTest::addRow("no certificate") << false << ClientId << tokenEndpoint()
                                    << u"No certificate is loaded to sign the client assertion."_s;
    QTest::addRow("empty client id") << true << u"  "_s << tokenEndpoint()
                                     << u"The client id is empty: the client assertion needs it."_s;
    QTest::addRow("http endpoint")
        << true << ClientId << QUrl(u"http://login.microsoftonline.com/x/oauth2/token"_s)
        << u"The client assertion cannot be made: The token endpoint uses http:// with host "
           "login.microsoftonline.com: tokens would cross the network unencrypted. Use https://; "
           "http:// is allowed only for loopback hosts (localhost, 127.0.0.1, ::1)."_s;
    QTest::addRow("relative endpoint")
        << true << ClientId << QUrl(u"/x/oauth2/token"_s)
        << u"The client assertion cannot be made: The token endpoint must be an absolute URL "
           "starting with https://."_s;
}

void TestClientAssertion::assertionRefusesBadInput()
{
    QFETCH(bool, withCertificate);
    QFETCH(QString, clientId);
    QFETCH(QUrl, endpoint);
    QFETCH(QString, error);
    ClientCertificate certificate;
    if (withCertificate) {
        const auto loaded = ClientCertificate::fromPem(certificatePem(m_certificate.get())
                                                       + privateKeyPem(m_key.get()));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        certificate = loaded.value();
    }
    const ManualClock clock(testNow());
    const auto assertion = makeClientAssertion(certificate, clientId, endpoint, clock);
    QVERIFY(!assertion.ok());
    QCOMPARE(assertion.error(), error);
}

void TestClientAssertion::assertionForLoopbackSandbox()
{
    // A sandbox on loopback speaks plain http; the audience is that exact URL.
    const auto loaded = ClientCertificate::fromPem(certificatePem(m_certificate.get())
                                                   + privateKeyPem(m_key.get()));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const QUrl endpoint(u"http://127.0.0.1:8443/contoso.example/oauth2/v2.0/token"_s);
    const ManualClock clock(testNow());
    const auto assertion = makeClientAssertion(loaded.value(), ClientId, endpoint, clock);
    QVERIFY2(assertion.ok(), qPrintable(assertion.error()));
    QCOMPARE(Jwt::decode(assertion.value())->stringClaim(u"aud"), endpoint.toString());
}

QTEST_GUILESS_MAIN(TestClientAssertion)
#include "tst_clientassertion.moc"
