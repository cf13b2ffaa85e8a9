// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "errors/errorbodies.h"
#include "errors/errorcatalogue.h"
#include "support/redaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace PCAuth;
using namespace Qt::StringLiterals;

class tst_Redaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodyKeepsNoCredential_data();
    void bodyKeepsNoCredential();
    void textRules_data();
    void textRules();
    void documentAtAnyDepth();
    void bodyCutOnACharacterBoundary();
    // What a ServiceError keeps of a body and what describe() shows of it.
    void describeNeverShowsCredentials();
    void redactionKeepsErrorCodes();
};

void tst_Redaction::bodyKeepsNoCredential_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept"); // what must still be there
    // clang-format off
    QTest::addRow("token success body")
        << R"({"token_type":"Bearer","access_token":"eyJ0eXAiSECRETAT","refresh_token":"0.AAAASECRETRT","id_token":"eyJSECRETID"})"_ba
        << u"SECRET"_s << u"\"refresh_token\":\"[redacted]\""_s;
    QTest::addRow("form echo")
        << "grant_type=refresh_token&refresh_token=0.AAAASECRET&client_secret=S3CRET~x"_ba
        << u"SECRET"_s << u"client_secret=[redacted]"_s;
    QTest::addRow("client assertion and verifier")
        << R"({"client_assertion":"eyJhbGciOiJSUzI1NiJ9.SECRETCA","Code_Verifier":"SECRETCV"})"_ba
        << u"SECRET"_s << u"\"Code_Verifier\":\"[redacted]\""_s;
    QTest::addRow("Graph error code kept")
        << R"({"error":{"code":"Authorization_RequestDenied","innerError":{"code":"x-inner-code","refresh_token":"SECRETNESTED"}}})"_ba
        << u"SECRET"_s << u"\"code\":\"x-inner-code\""_s;
    QTest::addRow("numeric code kept")
        << R"({"code":600,"description":"Customer not found"})"_ba << u"[redacted]"_s << u"\"code\":600"_s;
    // clang-format on
}

void tst_Redaction::bodyKeepsNoCredential()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString shown = Redaction::redactBody(body, 2048);
    QVERIFY2(!shown.contains(secret), qPrintable(shown));
    QVERIFY2(shown.contains(kept), qPrintable(shown));
}

void tst_Redaction::textRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("redacted");
    QTest::addRow("cut member, escaped name")
        << u"{\"access\\u005ftoken\":\"0.AAAA-cut"_s << u"{\"access\\u005ftoken\":\"[redacted]\""_s;
    QTest::addRow("bare value") << u"{\"refresh_token\": 0.AAAA, \"a\": 1"_s
                                << u"{\"refresh_token\": \"[redacted]\", \"a\": 1"_s;
    QTest::addRow("percent-encoded form name") << u"grant_type=x&refresh%5Ftoken=0.AAAA-form"_s
                                               << u"grant_type=x&refresh%5Ftoken=[redacted]"_s;
    QTest::addRow("code in a URL") << u"see https://localhost/cb?code=0.AAAA-code&state=s"_s
                                   << u"see https://localhost/cb?code=[redacted]&state=s"_s;
    QTest::addRow("other names kept")
        << u"{\"error\":\"invalid_grant\"} state=s"_s << u"{\"error\":\"invalid_grant\"} state=s"_s;
}

void tst_Redaction::textRules()
{
    QFETCH(QString, text);
    QTEST(Redaction::redactText(text), "redacted");
}

void tst_Redaction::documentAtAnyDepth()
{
    const QJsonObject document{
        {u"code"_s, u"0.AQ-an-authorization-code"_s},
        {u"items"_s, QJsonArray{QJsonObject{{u"ID_TOKEN"_s, u"eyJ-secret"_s},
                                            {u"code"_s, u"kept-nested-code"_s}}}},
        {u"error"_s, u"invalid_grant"_s}};
    const QJsonObject expected{
        {u"code"_s, u"[redacted]"_s},
        {u"items"_s, QJsonArray{QJsonObject{{u"ID_TOKEN"_s, u"[redacted]"_s},
                                            {u"code"_s, u"kept-nested-code"_s}}}},
        {u"error"_s, u"invalid_grant"_s}};
    QCOMPARE(Redaction::redactDocument(document).toObject(), expected);
    const QJsonArray array{QJsonObject{{u"code"_s, u"nested-in-an-array"_s}}};
    QCOMPARE(Redaction::redactDocument(array).toArray(), array);
}

void tst_Redaction::bodyCutOnACharacterBoundary()
{
    const QByteArray body = "x"_ba + QString(100, u'é').toUtf8();
    const QString shown = Redaction::redactBody(body, 50);
    QVERIFY(shown.endsWith(u'…'));
    QVERIFY(!shown.contains(QChar::ReplacementCharacter));
    QCOMPARE(shown, u"x"_s + QString(24, u'é') + u"…"_s);
    QCOMPARE(Redaction::redactBody("short"_ba, 50), u"short"_s);
}

void tst_Redaction::describeNeverShowsCredentials()
{
    // A success body passed here by mistake, and a form echo: the values must not survive.
    const QByteArray tokenBody =
        R"({"token_type":"Bearer","access_token":"eyJ0eXAiSECRETAT","refresh_token":"0.AAAASECRETRT","id_token":"eyJSECRETID"})"_ba;
    const ServiceError e = ErrorBodies::parse(tokenBody, 200);
    const QString message = ErrorCatalogue::describe(e);
    QVERIFY2(!message.contains(u"SECRET"_s), qPrintable(message));
    QVERIFY(!e.raw.contains(u"SECRET"_s));
    QVERIFY(e.raw.contains(u"\"refresh_token\":\"[redacted]\""_s));

    const ServiceError form = ErrorBodies::parse(
        "grant_type=refresh_token&refresh_token=0.AAAASECRET&client_secret=S3CRET~x"_ba, 400);
    QVERIFY2(!form.raw.contains(u"SECRET"_s) && !form.raw.contains(u"S3CRET"_s),
             qPrintable(form.raw));
}

void tst_Redaction::redactionKeepsErrorCodes()
{
    // A top-level "code" string is an authorization code; Graph's error.code and Partner
    // Center's numeric code are what the admin quotes to support, and stay readable.
    const QByteArray graph =
        R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges.","innerError":{"code":"x-inner-code"}}})"_ba;
    const QString shown = ErrorCatalogue::describe(ErrorBodies::parseEntra(graph, 418));
    QVERIFY2(shown.contains(u"\"code\":\"Authorization_RequestDenied\""_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"\"code\":\"x-inner-code\""_s), qPrintable(shown));
    const ServiceError numeric =
        ErrorBodies::parseEntra(R"({"code":600,"description":"Customer not found"})"_ba, 418);
    QVERIFY2(numeric.raw.contains(u"\"code\":600"_s), qPrintable(numeric.raw));
    const ServiceError authCode =
        ErrorBodies::parseEntra(R"({"code":"0.AQ-an-authorization-code"})"_ba, 418);
    QCOMPARE(authCode.raw, u"{\"code\":\"[redacted]\"}"_s);
}

QTEST_GUILESS_MAIN(tst_Redaction)
#include "tst_redaction.moc"
