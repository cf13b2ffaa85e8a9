// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "errors/errorbodies.h"
#include "errors/errorcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace PCAuth;
using namespace Qt::StringLiterals;

namespace {

const QString kTrace = u"0b5e2d4c-5a6f-4e0b-9b0a-1c2d3e4f5a00"_s;
const QString kCorrelation = u"7c1f9a2e-3b4d-4c5e-8f60-718293a4b5c6"_s;
const QString kTime = u"2026-11-27 05:12:44Z"_s;

/// An Entra token-endpoint error as login.microsoftonline.com sends it (v2 shape: error_uri,
/// numbers in error_codes, ids repeated at the end of the description).
QByteArray entraBody(const QString &error, int aadsts, const QString &message)
{
    const QString description = u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\n"
                                "Timestamp: %5"_s.arg(aadsts)
                                    .arg(message, kTrace, kCorrelation, kTime);
    QJsonObject o{
        {u"error"_s, error},
        {u"error_description"_s, description},
        {u"error_codes"_s, QJsonArray{aadsts}},
        {u"timestamp"_s, kTime},
        {u"trace_id"_s, kTrace},
        {u"correlation_id"_s, kCorrelation},
        {u"error_uri"_s, u"https://login.microsoftonline.com/error?code=%1"_s.arg(aadsts)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_ErrorCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- stored form (vault index) ------------------------------------------------------

    void jsonRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addRow("Entra revoked")
            << entraBody(u"invalid_grant"_s, 50173, u"The provided grant has expired."_s) << 400;
        QTest::addRow("Partner Center")
            << json({{u"code"_s, 10001}, {u"description"_s, u"Token has expired."_s}}) << 401;
        QTest::addRow("Graph") << json(
            {{u"error"_s,
              QJsonObject{{u"code"_s, u"Authorization_RequestDenied"_s},
                          {u"message"_s, u"Insufficient privileges."_s},
                          {u"innerError"_s, QJsonObject{{u"request-id"_s, kTrace},
                                                        {u"client-request-id"_s, kCorrelation},
                                                        {u"date"_s, kTime}}}}}})
                               << 403;
        QTest::addRow("unrecognised body") << "<html>Bad gateway</html>"_ba << 502;
    }
    void jsonRoundTrip()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const ServiceError error = ErrorBodies::parse(body, status);
        const QJsonObject stored = toJson(error);
        QVERIFY(!stored.contains(u"raw"_s));
        const std::optional<ServiceError> back = serviceErrorFromJson(stored);
        QVERIFY(back.has_value());
        QCOMPARE(back->source, error.source);
        QCOMPARE(back->httpStatus, error.httpStatus);
        QCOMPARE(back->error, error.error);
        QCOMPARE(back->aadsts, error.aadsts);
        QCOMPARE(back->errorCodes, error.errorCodes);
        QCOMPARE(back->description,
                 error.description.section(QLatin1Char('\n'), 0, 0).remove(QLatin1Char('\r')));
        QCOMPARE(back->traceId, error.traceId);
        QCOMPARE(back->correlationId, error.correlationId);
        QCOMPARE(back->timestamp, error.timestamp);
        QVERIFY(back->raw.isEmpty());
        // What the user is told is the same after the round trip.
        QCOMPARE(back->key(), error.key());
        QCOMPARE(ErrorCatalogue::advise(*back).category, ErrorCatalogue::advise(error).category);
    }

    void jsonDescriptionCut()
    {
        ServiceError error;
        error.source = ServiceError::Source::Entra;
        error.description = QString(600, QLatin1Char('x')) + u"\nTrace ID: abc"_s;
        error.raw = u"{\"refresh_token\":\"CANARY\"}"_s;
        const QJsonObject stored = toJson(error);
        QCOMPARE(stored.value(u"description"_s).toString(), QString(500, QLatin1Char('x')));
        QVERIFY(!QJsonDocument(stored).toJson().contains("CANARY"));
    }

    void jsonRejected_data()
    {
        QTest::addColumn<QJsonObject>("stored");
        QTest::addRow("empty") << QJsonObject();
        QTest::addRow("unknown source") << QJsonObject{{u"source"_s, u"smtp"_s}};
        QTest::addRow("source not text") << QJsonObject{{u"source"_s, 1}};
    }
    void jsonRejected()
    {
        QFETCH(QJsonObject, stored);
        QVERIFY(!serviceErrorFromJson(stored).has_value());
    }

    void everyCatalogueCode_data();
    void everyCatalogueCode();
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
    void describeKnownErrorIsExplanationActionIds();
    void describeUnknownCodeKeepsServiceTextAndIds();
    void describeGenericMatchQuotesTheService();
    void describeWrongCloudHint();
    void describeRedirectMismatchNamesTheUri();
    void redirectErrorReadsIdsFromDescription();
    void categoryIdsAreStable_data();
    void categoryIdsAreStable();
};

void tst_ErrorCatalogue::everyCatalogueCode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("explanation");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("wrongCloud");

    const auto entra = [](const char *error, int code, const char *msg) {
        return entraBody(QString::fromLatin1(error), code, QString::fromLatin1(msg));
    };
    // clang-format off
    QTest::addRow("interaction_required alone")
        << json({{u"error"_s, u"interaction_required"_s}, {u"error_description"_s, u"Interaction is required."_s}})
        << 400 << u"interaction_required"_s << u"mfa-required"_s << u"Multi-factor authentication is required"_s << u"consent again"_s << false;
    QTest::addRow("AADSTS50076 over invalid_grant") << entra("invalid_grant", 50076, "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '...'.")
        << 400 << u"AADSTS50076"_s << u"mfa-required"_s << u"Multi-factor authentication is required"_s << u"complete multi-factor authentication"_s << false;
    QTest::addRow("AADSTS50079") << entra("interaction_required", 50079, "Due to a configuration change made by your administrator, you must enroll in multi-factor authentication.")
        << 400 << u"AADSTS50079"_s << u"mfa-registration-required"_s << u"register security information"_s << u"multipleauthn"_s << false;
    QTest::addRow("AADSTS50072") << entra("interaction_required", 50072, "User needs to enroll for second factor authentication.")
        << 400 << u"AADSTS50072"_s << u"mfa-registration-required"_s << u"register security information"_s << u"Register security info"_s << false;
    QTest::addRow("AADSTS50078") << entra("invalid_grant", 50078, "Presented multi-factor authentication has expired due to policies configured by your administrator.")
        << 400 << u"AADSTS50078"_s << u"sign-in-again"_s << u"proof has expired"_s << u"Sign in again"_s << false;
    QTest::addRow("AADSTS700082") << entra("invalid_grant", 700082, "The refresh token has expired due to inactivity. The token was issued on 2026-08-01 and was inactive for 90.00:00:00.")
        << 400 << u"AADSTS700082"_s << u"refresh-token-expired"_s << u"not used for 90 days"_s << u"keep-alive"_s << false;
    QTest::addRow("AADSTS70008") << entra("invalid_grant", 70008, "The provided authorization code or refresh token has expired due to inactivity.")
        << 400 << u"AADSTS70008"_s << u"refresh-token-expired"_s << u"not used for 90 days"_s << u"partner consent again"_s << false;
    QTest::addRow("AADSTS70043") << entra("invalid_grant", 70043, "The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.")
        << 400 << u"AADSTS70043"_s << u"sign-in-again"_s << u"sign-in frequency"_s << u"review the sign-in frequency policy"_s << false;
    QTest::addRow("AADSTS50173") << entra("invalid_grant", 50173, "The provided grant has expired due to it being revoked, a fresh auth token is needed.")
        << 400 << u"AADSTS50173"_s << u"revoked"_s << u"was revoked"_s << u"Sign in again"_s << false;
    QTest::addRow("AADSTS50132") << entra("invalid_grant", 50132, "The session is not valid due to password expiration or recent password change.")
        << 400 << u"AADSTS50132"_s << u"revoked"_s << u"password was changed"_s << u"Sign in again"_s << false;
    QTest::addRow("AADSTS50133") << entra("invalid_grant", 50133, "Session is invalid due to expiration or recent password change.")
        << 400 << u"AADSTS50133"_s << u"revoked"_s << u"password was changed"_s << u"Sign in again"_s << false;
    QTest::addRow("AADSTS50055") << entra("invalid_grant", 50055, "The password is expired.")
        << 400 << u"AADSTS50055"_s << u"revoked"_s << u"password has expired"_s << u"Change the password"_s << false;
    QTest::addRow("AADSTS65001") << entra("invalid_grant", 65001, "The user or administrator has not consented to use the application with ID '...'.")
        << 400 << u"AADSTS65001"_s << u"consent-missing"_s << u"not been granted consent"_s << u"GDAP"_s << false;
    QTest::addRow("AADSTS90099") << entra("invalid_grant", 90099, "The application '...' has not been authorized in the tenant '...'. Applications must be authorized to access the customer tenant before partner delegated administrators can use them.")
        << 400 << u"AADSTS90099"_s << u"consent-missing"_s << u"delegated admin"_s << u"Pre-consent"_s << false;
    QTest::addRow("AADSTS530034") << entra("invalid_grant", 530034, "Delegated admin access is blocked due to risk in the home tenant.")
        << 400 << u"AADSTS530034"_s << u"delegated-admin-blocked"_s << u"risk detected"_s << u"Resolve the risk"_s << false;
    QTest::addRow("AADSTS700007") << entra("invalid_grant", 700007, "Refresh token issued to a different client id.")
        << 400 << u"AADSTS700007"_s << u"wrong-client"_s << u"different application"_s << u"client id"_s << false;
    QTest::addRow("AADSTS50011") << entra("invalid_request", 50011, "The redirect URI specified in the request does not match the redirect URIs configured for the application.")
        << 400 << u"AADSTS50011"_s << u"redirect-mismatch"_s << u"redirect URI sent does not match"_s << u"http://localhost"_s << false;
    QTest::addRow("AADSTS7000215") << entra("invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.")
        << 401 << u"AADSTS7000215"_s << u"client-credentials"_s << u"take a minute to replicate"_s << u"certificate"_s << false;
    QTest::addRow("AADSTS7000222") << entra("invalid_client", 7000222, "The provided client secret keys for app '...' are expired.")
        << 401 << u"AADSTS7000222"_s << u"client-credentials"_s << u"secret has expired"_s << u"take a minute to replicate"_s << false;
    QTest::addRow("AADSTS700016") << entra("unauthorized_client", 700016, "Application with identifier '...' was not found in the directory '...'.")
        << 400 << u"AADSTS700016"_s << u"wrong-tenant-or-cloud"_s << u"application was not found"_s << u"cloud"_s << true;
    QTest::addRow("AADSTS90002") << entra("invalid_request", 90002, "Tenant '...' not found.")
        << 400 << u"AADSTS90002"_s << u"wrong-tenant-or-cloud"_s << u"tenant was not found"_s << u"tenant id"_s << true;
    QTest::addRow("AADSTS90038") << entra("invalid_request", 90038, "Tenant '...' is in a different cloud.")
        << 400 << u"AADSTS90038"_s << u"wrong-tenant-or-cloud"_s << u"another cloud"_s << u"cloud of the profile"_s << true;
    QTest::addRow("AADSTS53003") << entra("invalid_grant", 53003, "Access has been blocked by Conditional Access policies.")
        << 400 << u"AADSTS53003"_s << u"conditional-access"_s << u"Conditional Access policy"_s << u"admin to review"_s << false;
    QTest::addRow("AADSTS50020") << entra("invalid_request", 50020, "User account from identity provider does not exist in tenant.")
        << 400 << u"AADSTS50020"_s << u"wrong-account"_s << u"guest or external"_s << u"member account"_s << false;
    QTest::addRow("AADSTS50177") << entra("invalid_request", 50177, "User account is from an external tenant.")
        << 400 << u"AADSTS50177"_s << u"wrong-account"_s << u"guest or external"_s << u"member account"_s << false;
    QTest::addRow("PC 401 code 10001")
        << json({{u"code"_s, 10001}, {u"description"_s, u"MFA required"_s}, {u"data"_s, QJsonArray{}}, {u"source"_s, u"PartnerFD"_s}})
        << 401 << u"PC10001"_s << u"mfa-required"_s << u"no multi-factor authentication claim"_s << u"prompt=login"_s << false;
    QTest::addRow("PC 403 code 20002")
        << json({{u"code"_s, u"20002"_s}, {u"description"_s, u"No relationship found"_s}, {u"data"_s, QJsonArray{}}, {u"source"_s, u"PartnerFD"_s}})
        << 403 << u"PC20002"_s << u"no-relationship"_s << u"no commerce relationship"_s << u"customer relationship"_s << false;
    QTest::addRow("invalid_grant, unknown AADSTS") << entra("invalid_grant", 9002313, "Invalid request. Request is malformed or invalid.")
        << 400 << u"AADSTS9002313"_s << u"refresh-token-expired"_s << u"invalid or has expired"_s << u"partner consent again"_s << false;
    QTest::addRow("invalid_grant, no code")
        << json({{u"error"_s, u"invalid_grant"_s}, {u"error_description"_s, u"Bad refresh token."_s}})
        << 400 << u"invalid_grant"_s << u"refresh-token-expired"_s << u"invalid or has expired"_s << u"partner consent again"_s << false;
    QTest::addRow("invalid_client, no code")
        << json({{u"error"_s, u"invalid_client"_s}, {u"error_description"_s, u"Client authentication failed."_s}})
        << 401 << u"invalid_client"_s << u"client-credentials"_s << u"credentials were rejected"_s << u"secret or certificate"_s << false;
    QTest::addRow("PC 429 body")
        << R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."})"_ba
        << 429 << u"HTTP429"_s << u"throttled"_s << u"throttling"_s << u"Wait 57 seconds"_s << false;
    QTest::addRow("429 without body") << QByteArray() << 429 << u"HTTP429"_s << u"throttled"_s << u"throttling"_s << u"Retry-After"_s << false;
    QTest::addRow("503 HTML page") << "<html><body>Service Unavailable</body></html>"_ba << 503
        << u"HTTP503"_s << u"service-unavailable"_s << u"temporary problem (HTTP 503)"_s << u"Try again in a few minutes"_s << false;
    QTest::addRow("Entra temporarily_unavailable")
        << json({{u"error"_s, u"temporarily_unavailable"_s}, {u"error_description"_s, u"The server is temporarily too busy."_s}})
        << 503 << u"temporarily_unavailable"_s << u"service-unavailable"_s << u"temporary problem"_s << u"Try again"_s << false;
    QTest::addRow("Entra server_error")
        << json({{u"error"_s, u"server_error"_s}, {u"error_description"_s, u"AADSTS90033: A transient error has occurred."_s}})
        << 500 << u"AADSTS90033"_s << u"service-unavailable"_s << u"temporary problem"_s << u"Try again"_s << false;
    QTest::addRow("consent_required on the redirect shape")
        << json({{u"error"_s, u"consent_required"_s}, {u"error_description"_s, u"The user has not consented."_s}})
        << 400 << u"consent_required"_s << u"consent-missing"_s << u"not been granted consent"_s << u"accept the requested permissions"_s << false;
    // clang-format on
}

void tst_ErrorCatalogue::everyCatalogueCode()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, key);
    const ServiceError error = ErrorBodies::parse(body, status);
    QCOMPARE(error.key(), key);
    const ErrorAdvice advice = ErrorCatalogue::advise(error);
    QTEST(ErrorCatalogue::categoryId(advice.category), "category");
    QFETCH(QString, explanation);
    QFETCH(QString, action);
    QVERIFY2(advice.explanation.contains(explanation), qPrintable(advice.explanation));
    QVERIFY2(advice.action.contains(action), qPrintable(advice.action));
    QTEST(advice.wrongCloudHint, "wrongCloud");
    // One line each: they are shown in a status bar and in a table cell.
    QVERIFY(!advice.explanation.contains(u'\n'));
    QVERIFY(!advice.action.contains(u'\n'));
    // The full message leads with the explanation and the action.
    const QStringList lines = ErrorCatalogue::describe(error).split(u'\n');
    QCOMPARE(lines.value(0), advice.explanation);
    QVERIFY(lines.contains(advice.action));
}

void tst_ErrorCatalogue::entraV2BodyKeepsEveryField()
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

void tst_ErrorCatalogue::entraV1BodyWithIdsOnlyInTheDescription()
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

void tst_ErrorCatalogue::aadstsComesFromTheDescriptionBeforeErrorCodes()
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

void tst_ErrorCatalogue::partnerCenterCodeAsNumberOrString_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("number")
        << R"({"code":10001,"description":"MFA required","data":[],"source":"PartnerFD"})"_ba;
    QTest::addRow("string")
        << R"({"code":"10001","description":"MFA required","data":[],"source":"PartnerFD"})"_ba;
    QTest::addRow("padded string") << R"({"code":" 10001 ","description":"MFA required"})"_ba;
}

void tst_ErrorCatalogue::partnerCenterCodeAsNumberOrString()
{
    QFETCH(QByteArray, body);
    const ServiceError e = ErrorBodies::parsePartnerCenter(body, 401);
    QCOMPARE(e.source, ServiceError::Source::PartnerCenter);
    QCOMPARE(e.error, u"10001"_s);
    QCOMPARE(e.key(), u"PC10001"_s);
    QCOMPARE(e.description, u"MFA required"_s);
    QCOMPARE(ErrorCatalogue::advise(e).category, ErrorCategory::MfaRequired);
}

void tst_ErrorCatalogue::partnerCenterNewerBody()
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

void tst_ErrorCatalogue::partnerCenterThrottleBodyAndRetryAfterHeader()
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

void tst_ErrorCatalogue::graphBody()
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

void tst_ErrorCatalogue::parseDetectsTheShape_data()
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

void tst_ErrorCatalogue::parseDetectsTheShape()
{
    QFETCH(QByteArray, body);
    QTEST(ErrorBodies::parse(body, 400).source, "source");
}

void tst_ErrorCatalogue::malformedBodies_data()
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

void tst_ErrorCatalogue::malformedBodies()
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

void tst_ErrorCatalogue::hugeBodyIsTruncatedOnACharacterBoundary()
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

void tst_ErrorCatalogue::describeKnownErrorIsExplanationActionIds()
{
    const ServiceError e = ErrorBodies::parse(
        entraBody(u"invalid_grant"_s, 50076, u"Due to a configuration change."_s), 400);
    QCOMPARE(ErrorCatalogue::describe(e),
             u"Multi-factor authentication is required now (a Conditional Access or security "
             "policy asks for it).\n"
             "Run the partner consent again and complete multi-factor authentication.\n"
             "AADSTS50076 · trace id "_s
                 + kTrace + u" · correlation id "_s + kCorrelation + u" · time "_s + kTime);
}

void tst_ErrorCatalogue::describeUnknownCodeKeepsServiceTextAndIds()
{
    const ServiceError e =
        ErrorBodies::parse(entraBody(u"invalid_request"_s, 900144,
                                     u"The request body must contain the following "
                                     "parameter: 'client_id'."_s),
                           400);
    QCOMPARE(e.key(), u"AADSTS900144"_s);
    QCOMPARE(ErrorCatalogue::advise(e).category, ErrorCategory::Unknown);
    QCOMPARE(ErrorCatalogue::describe(e),
             u"The request body must contain the following parameter: 'client_id'.\n"
             "Check the details below; quote the ids to Microsoft support.\n"
             "AADSTS900144 · trace id "_s
                 + kTrace + u" · correlation id "_s + kCorrelation + u" · time "_s + kTime);
}

void tst_ErrorCatalogue::describeGenericMatchQuotesTheService()
{
    const ServiceError e = ErrorBodies::parse(
        entraBody(u"invalid_grant"_s, 54005, u"OAuth2 Authorization code was already redeemed."_s),
        400);
    const QStringList lines = ErrorCatalogue::describe(e).split(u'\n');
    QCOMPARE(lines.value(2),
             u"The service said: OAuth2 Authorization code was already redeemed."_s);
}

void tst_ErrorCatalogue::describeWrongCloudHint()
{
    const ServiceError e = ErrorBodies::parse(
        entraBody(u"invalid_request"_s, 90002, u"Tenant 'contoso.cn' not found."_s), 400);
    const QStringList lines = ErrorCatalogue::describe(e).split(u'\n');
    QCOMPARE(lines.value(0), u"The tenant was not found."_s);
    QCOMPARE(lines.value(1), u"Wrong cloud selected?"_s);
    QCOMPARE(lines.value(2), u"Check the tenant id and the cloud of the profile."_s);
}

void tst_ErrorCatalogue::describeRedirectMismatchNamesTheUri()
{
    const ServiceError e = ErrorBodies::parse(
        entraBody(u"invalid_request"_s, 50011,
                  u"The redirect URI 'http://localhost:53117/' specified in the request does not "
                  "match the redirect URIs configured for the application 'abc'."_s),
        400);
    QCOMPARE(
        ErrorCatalogue::advise(e).action,
        u"Register this exact redirect URI in the app registration: http://localhost:53117/"_s);
}

void tst_ErrorCatalogue::redirectErrorReadsIdsFromDescription()
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

void tst_ErrorCatalogue::categoryIdsAreStable_data()
{
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<QString>("id");
    QTest::addRow("MfaRequired") << ErrorCategory::MfaRequired << u"mfa-required"_s;
    QTest::addRow("MfaRegistrationRequired")
        << ErrorCategory::MfaRegistrationRequired << u"mfa-registration-required"_s;
    QTest::addRow("SignInAgain") << ErrorCategory::SignInAgain << u"sign-in-again"_s;
    QTest::addRow("RefreshTokenExpired")
        << ErrorCategory::RefreshTokenExpired << u"refresh-token-expired"_s;
    QTest::addRow("Revoked") << ErrorCategory::Revoked << u"revoked"_s;
    QTest::addRow("ConsentMissing") << ErrorCategory::ConsentMissing << u"consent-missing"_s;
    QTest::addRow("DelegatedAdminBlocked")
        << ErrorCategory::DelegatedAdminBlocked << u"delegated-admin-blocked"_s;
    QTest::addRow("WrongClient") << ErrorCategory::WrongClient << u"wrong-client"_s;
    QTest::addRow("RedirectMismatch") << ErrorCategory::RedirectMismatch << u"redirect-mismatch"_s;
    QTest::addRow("ClientCredentials")
        << ErrorCategory::ClientCredentials << u"client-credentials"_s;
    QTest::addRow("WrongTenantOrCloud")
        << ErrorCategory::WrongTenantOrCloud << u"wrong-tenant-or-cloud"_s;
    QTest::addRow("ConditionalAccess")
        << ErrorCategory::ConditionalAccess << u"conditional-access"_s;
    QTest::addRow("WrongAccount") << ErrorCategory::WrongAccount << u"wrong-account"_s;
    QTest::addRow("NoRelationship") << ErrorCategory::NoRelationship << u"no-relationship"_s;
    QTest::addRow("Throttled") << ErrorCategory::Throttled << u"throttled"_s;
    QTest::addRow("ServiceUnavailable")
        << ErrorCategory::ServiceUnavailable << u"service-unavailable"_s;
    QTest::addRow("Unknown") << ErrorCategory::Unknown << u"unknown"_s;
}

void tst_ErrorCatalogue::categoryIdsAreStable()
{
    QFETCH(ErrorCategory, category);
    QTEST(ErrorCatalogue::categoryId(category), "id");
}

QTEST_GUILESS_MAIN(tst_ErrorCatalogue)
#include "tst_errorcatalogue.moc"
