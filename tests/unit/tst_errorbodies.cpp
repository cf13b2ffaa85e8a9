// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Reading the error bodies of Entra ID, Partner Center and Microsoft Graph (and errors on the
// redirect) into a ServiceError, and what a body that cannot be read becomes.
#include "errorbodysamples.h"
#include "errors/errorbodies.h"
#include "errors/errorcatalogue.h"

#include <optional>

#include <QTest>

using namespace PCAuth;
using namespace PCAuth::Test;
using namespace Qt::StringLiterals;

class tst_ErrorBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entraV2BodyKeepsEveryField();
    void entraV1BodyWithIdsOnlyInTheDescription();
    void aadstsComesFromTheDescriptionBeforeErrorCodes();
    void partnerCenterCodeAsNumberOrString_data();
    void partnerCenterCodeAsNumberOrString();
    void partnerCenterNewerBody();
    void partnerCenterThrottleBodyAndRetryAfterHeader();
    void graphBody();
    void parseDetectsTheShape_data();
    void parseDetectsTheShape();
    void malformedBodies_data();
    void malformedBodies();
    void hugeBodyIsTruncatedOnACharacterBoundary();
    void redirectErrorReadsIdsFromDescription();
};

void tst_ErrorBodies::entraV2BodyKeepsEveryField()
{
    const QByteArray body =
        entraBody(u"invalid_grant"_s, 50076, u"Due to a configuration change."_s);
    const ServiceError e = ErrorBodies::parseEntra(body, 400);
    QCOMPARE(e.source, ServiceError::Source::Entra);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.error, u"invalid_grant"_s);
    QCOMPARE(e.aadsts, 50076);
    QCOMPARE(e.errorCodes, QList<int>{50076});
    QVERIFY(
        e.description.startsWith(u"AADSTS50076: Due to a configuration change.\r\nTrace ID: "_s));
    QCOMPARE(e.traceId, kTrace);
    QCOMPARE(e.correlationId, kCorrelation);
    QCOMPARE(e.timestamp, kTime);
}

void tst_ErrorBodies::entraV1BodyWithIdsOnlyInTheDescription()
{
    // v1 endpoint of older tenants: error_codes as strings, ids only inside the description.
    const QByteArray body =
        R"({"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.\r\nTrace ID: 11111111-2222-3333-4444-555555555555\r\nCorrelation ID: 66666666-7777-8888-9999-000000000000\r\nTimestamp: 2026-11-27 05:00:01Z","error_codes":["70008"]})"_ba;
    const ServiceError e = ErrorBodies::parse(body, 400);
    QCOMPARE(e.source, ServiceError::Source::Entra);
    QCOMPARE(e.aadsts, 70008);
    QCOMPARE(e.errorCodes, QList<int>{70008});
    QCOMPARE(e.traceId, u"11111111-2222-3333-4444-555555555555"_s);
    QCOMPARE(e.correlationId, u"66666666-7777-8888-9999-000000000000"_s);
    QCOMPARE(e.timestamp, u"2026-11-27 05:00:01Z"_s);
    QCOMPARE(ErrorCatalogue::advise(e).category, ErrorCategory::RefreshTokenExpired);
}

void tst_ErrorBodies::aadstsComesFromTheDescriptionBeforeErrorCodes()
{
    ServiceError e = ErrorBodies::parseEntra(
        R"({"error":"invalid_grant","error_description":"Something failed.","error_codes":[50173]})"_ba,
        400);
    QCOMPARE(e.aadsts, 50173); // no prefix: error_codes[0]
    e = ErrorBodies::parseEntra(
        R"({"error":"invalid_grant","error_description":"AADSTS50076: MFA.","error_codes":[50173]})"_ba,
        400);
    QCOMPARE(e.aadsts, 50076);
}

void tst_ErrorBodies::partnerCenterCodeAsNumberOrString_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("number")
        << R"({"code":10001,"description":"MFA required","data":[],"source":"PartnerFD"})"_ba;
    QTest::addRow("string")
        << R"({"code":"10001","description":"MFA required","data":[],"source":"PartnerFD"})"_ba;
    QTest::addRow("padded string") << R"({"code":" 10001 ","description":"MFA required"})"_ba;
}

void tst_ErrorBodies::partnerCenterCodeAsNumberOrString()
{
    QFETCH(QByteArray, body);
    const ServiceError e = ErrorBodies::parsePartnerCenter(body, 401);
    QCOMPARE(e.source, ServiceError::Source::PartnerCenter);
    QCOMPARE(e.error, u"10001"_s);
    QCOMPARE(e.key(), u"PC10001"_s);
    QCOMPARE(e.description, u"MFA required"_s);
    QCOMPARE(ErrorCatalogue::advise(e).category, ErrorCategory::MfaRequired);
}

void tst_ErrorBodies::partnerCenterNewerBody()
{
    const QByteArray body =
        R"({"code":"20002","description":"","message":"The partner does not have a relationship with the customer.","errorName":"RelationshipNotFound","isRetryable":false,"correlationId":"c0ffee00-0000-4000-8000-000000000001","data":[],"source":"PartnerFD"})"_ba;
    const ServiceError e = ErrorBodies::parse(body, 403);
    QCOMPARE(e.source, ServiceError::Source::PartnerCenter);
    QCOMPARE(e.key(), u"PC20002"_s);
    QCOMPARE(e.description, u"The partner does not have a relationship with the customer."_s);
    QCOMPARE(e.correlationId, u"c0ffee00-0000-4000-8000-000000000001"_s);
    QCOMPARE(ErrorCatalogue::describe(e).split(u'\n').constLast(),
             u"Partner Center code 20002 · correlation id c0ffee00-0000-4000-8000-000000000001"_s);
}

void tst_ErrorBodies::partnerCenterThrottleBodyAndRetryAfterHeader()
{
    ServiceError e = ErrorBodies::parse(
        R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."})"_ba, 0);
    QCOMPARE(e.source, ServiceError::Source::PartnerCenter);
    QCOMPARE(e.httpStatus, 429); // from the body when the caller had none
    QCOMPARE(e.retryAfterSeconds, std::optional<int>(57));
    QCOMPARE(ErrorCatalogue::advise(e).category, ErrorCategory::Throttled);
    e.retryAfterSeconds = 120; // the Retry-After header, set by the HTTP layer, wins
    QVERIFY2(ErrorCatalogue::advise(e).action.startsWith(u"Wait 120 seconds"_s),
             qPrintable(ErrorCatalogue::advise(e).action));
}

void tst_ErrorBodies::graphBody()
{
    const QByteArray body =
        R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"date":"2026-11-27T05:20:11","request-id":"aaaa1111-0000-4000-8000-000000000002","client-request-id":"bbbb2222-0000-4000-8000-000000000003"}}})"_ba;
    const ServiceError e = ErrorBodies::parseGraph(body, 403);
    QCOMPARE(e.source, ServiceError::Source::Graph);
    QCOMPARE(e.key(), u"Authorization_RequestDenied"_s);
    QCOMPARE(e.description, u"Insufficient privileges to complete the operation."_s);
    QCOMPARE(e.traceId, u"aaaa1111-0000-4000-8000-000000000002"_s);
    QCOMPARE(e.correlationId, u"bbbb2222-0000-4000-8000-000000000003"_s);
    QCOMPARE(e.timestamp, u"2026-11-27T05:20:11"_s);
    QCOMPARE(ErrorCatalogue::describe(e),
             u"Insufficient privileges to complete the operation.\n"
             "Check the details below; quote the ids to Microsoft support.\n"
             "Authorization_RequestDenied · request id aaaa1111-0000-4000-8000-000000000002 · "
             "client request id bbbb2222-0000-4000-8000-000000000003 · time 2026-11-27T05:20:11"_s);
}

void tst_ErrorBodies::parseDetectsTheShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ServiceError::Source>("source");
    QTest::addRow("entra") << entraBody(u"invalid_grant"_s, 50173, u"Revoked."_s)
                           << ServiceError::Source::Entra;
    QTest::addRow("partner center") << R"({"code":10001,"description":"MFA required"})"_ba
                                    << ServiceError::Source::PartnerCenter;
    QTest::addRow("graph") << R"({"error":{"code":"InvalidAuthenticationToken","message":"x"}})"_ba
                           << ServiceError::Source::Graph;
    QTest::addRow("other json") << R"({"detail":"nope"})"_ba << ServiceError::Source::Http;
}

void tst_ErrorBodies::parseDetectsTheShape()
{
    QFETCH(QByteArray, body);
    QTEST(ErrorBodies::parse(body, 400).source, "source");
}

void tst_ErrorBodies::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("firstLine");

    QTest::addRow("empty") << QByteArray() << 400
                           << u"The service answered with HTTP status 400 (Bad Request)."_s;
    QTest::addRow("plain text") << "Forbidden"_ba << 403
                                << u"The service answered with HTTP status 403 (Forbidden)."_s;
    QTest::addRow("truncated json")
        << R"({"error":"invalid_gr)"_ba << 401
        << u"The service answered with HTTP status 401 (Unauthorized)."_s;
    QTest::addRow("json array") << "[1,2,3]"_ba << 418
                                << u"The service answered with HTTP status 418."_s;
    QTest::addRow("json null") << "null"_ba << 0
                               << u"The service sent an error without an HTTP status."_s;
    QTest::addRow("error is a number")
        << R"({"error":42})"_ba << 400
        << u"The service answered with HTTP status 400 (Bad Request)."_s;
    QTest::addRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5) << 400
                            << u"The service answered with HTTP status 400 (Bad Request)."_s;
    QTest::addRow("wrong types inside an Entra body")
        << R"({"error":"invalid_request","error_description":17,"error_codes":"x","trace_id":[1]})"_ba
        << 400 << u"The service answered with HTTP status 400 (Bad Request)."_s;
}

void tst_ErrorBodies::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const ServiceError e = ErrorBodies::parse(body, status);
    QCOMPARE(e.aadsts, 0);
    QCOMPARE(ErrorCatalogue::advise(e).category, ErrorCategory::Unknown);
    const QStringList lines = ErrorCatalogue::describe(e).split(u'\n');
    QTEST(lines.value(0), "firstLine");
    QCOMPARE(lines.value(1), u"Check the details below; quote the ids to Microsoft support."_s);
}

void tst_ErrorBodies::hugeBodyIsTruncatedOnACharacterBoundary()
{
    // 3 MB of two-byte characters, with the byte limit falling inside one of them.
    const QByteArray body = "x"_ba + QString(1500 * 1000, u'é').toUtf8();
    const ServiceError e = ErrorBodies::parse(body, 502);
    QCOMPARE(e.source, ServiceError::Source::Http);
    QVERIFY(e.raw.endsWith(u'…'));
    QVERIFY(!e.raw.contains(QChar::ReplacementCharacter));
    QVERIFY(e.raw.toUtf8().size() <= 2048 + 3);
    const QString message = ErrorCatalogue::describe(e);
    QVERIFY(message.startsWith(u"The service had a temporary problem (HTTP 502)."_s));
    QVERIFY(message.size() < 1000);
}

void tst_ErrorBodies::redirectErrorReadsIdsFromDescription()
{
    const ServiceError e = ErrorBodies::fromEntraRedirect(
        u"consent_required"_s,
        u"AADSTS65001: The user or administrator has not consented to use the application.\r\n"
        "Trace ID: t-1\r\nCorrelation ID: c-2\r\nTimestamp: 2026-11-27 05:30:00Z"_s);
    QCOMPARE(e.source, ServiceError::Source::Entra);
    QCOMPARE(e.key(), u"AADSTS65001"_s);
    QCOMPARE(e.traceId, u"t-1"_s);
    QCOMPARE(e.correlationId, u"c-2"_s);
    QCOMPARE(e.timestamp, u"2026-11-27 05:30:00Z"_s);
    QCOMPARE(ErrorCatalogue::advise(e).category, ErrorCategory::ConsentMissing);
}

QTEST_GUILESS_MAIN(tst_ErrorBodies)
#include "tst_errorbodies.moc"
