// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The catalogue: the advice and the message for each known error, and the stable category ids.
#include "errorbodysamples.h"
#include "errors/errorbodies.h"
#include "errors/errorcatalogue.h"

#include <QJsonArray>
#include <QTest>

using namespace PCAuth;
using namespace PCAuth::Test;
using namespace Qt::StringLiterals;

class tst_ErrorCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCatalogueCode_data();
    void everyCatalogueCode();
    void describeKnownErrorIsExplanationActionIds();
    void describeUnknownCodeKeepsServiceTextAndIds();
    void describeGenericMatchQuotesTheService();
    void describeWrongCloudHint();
    void describeRedirectMismatchNamesTheUri();
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
    QTest::addRow("PC 401 code 900421")
        << json({{u"code"_s, 900421}, {u"description"_s, u"MFA required: the access token has no multi-factor authentication claim."_s}, {u"data"_s, QJsonArray{}}, {u"source"_s, u"PartnerFD"_s}})
        << 401 << u"PC900421"_s << u"mfa-required"_s << u"app-only calls are not affected"_s << u"partner consent and complete multi-factor"_s << false;
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
