// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The request console's work without a widget: ConsoleController on the app's sandbox
// services and the real keychain. Presets, a Partner Center call with its ids and headers,
// refusals before sending, an answer that never came, a profile without a consent, cancel,
// "Copy as curl" and prepare(), each with exactly one finished() per send().
#include "consolecontroller.h"
#include "errors/errorcatalogue.h"
#include "guifixture.h"
#include "session/workspace.h"
#include "vault/keychainstore.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

constexpr int Timeout = 15000;

int presetNamed(const char *path)
{
    return Console::presetIndex(path);
}

/// What the catalogue says about an error the service gives, as the user must read it.
QString catalogueAdvice(int status, std::optional<int> retryAfter = std::nullopt)
{
    ServiceError error;
    error.httpStatus = status;
    error.retryAfterSeconds = retryAfter;
    const ErrorAdvice advice = ErrorCatalogue::advise(error);
    return advice.explanation + u'\n' + advice.action;
}

} // namespace

class tst_ConsoleController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_profile = m_fixture.demoProfile();
        QVERIFY(!m_profile.id.isEmpty());
        const ConsentResult consent = m_fixture.consent(m_profile);
        QVERIFY2(consent.ok, qPrintable(consent.message));
        m_fresh = m_fixture.addProfileWithoutConsent(u"No consent yet"_s);
        QVERIFY(!m_fresh.id.isEmpty());
    }

    void cleanupTestCase() { m_fixture.stop(); }

    void init()
    {
        m_controller = std::make_unique<ConsoleController>(*m_fixture.services);
        m_controller->setCtlProgram(QStringLiteral(PCAUTHCTL_EXE));
        m_controller->selectProfile(m_profile.id);
    }

    void cleanup()
    {
        m_controller.reset();
        QCOMPARE(m_fixture.client->send("DELETE"_ba, m_fixture.client->url(u"/_sandbox/faults"_s))
                     .status,
                 200);
    }

    void profilesAreListedAndFollowChanges()
    {
        QCOMPARE(m_controller->profiles().size(), 2);
        QCOMPARE(m_controller->profileId(), m_profile.id);
        QVERIFY(m_controller->canSend());
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(m_controller->message(), QString());
        m_controller->selectProfile(u"no such profile"_s); // ignored
        QCOMPARE(m_controller->profileId(), m_profile.id);
        QSignalSpy profiles(m_controller.get(), &ConsoleController::profilesChanged);
        Q_EMIT m_fixture.services->profilesChanged();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(m_controller->profileId(), m_profile.id); // kept
    }

    void presetsFillTheRequest_data()
    {
        QTest::addColumn<QByteArray>("presetPath");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("bodyAllowed");
        QTest::addRow("customers")
            << "/v1/customers?size=20"_ba << QString() << int(Console::Target::PartnerCenter)
            << u"GET"_s << u"/v1/customers?size=20"_s << false;
        QTest::addRow("application consent")
            << "/v1/customers/{customer}/applicationconsents"_ba << u"fabrikam.onmicrosoft.com"_s
            << int(Console::Target::PartnerCenter) << u"POST"_s
            << u"/v1/customers/fabrikam.onmicrosoft.com/applicationconsents"_s << true;
        QTest::addRow("graph users")
            << "/v1.0/users?$top=1"_ba << u"fabrikam.onmicrosoft.com"_s
            << int(Console::Target::Graph) << u"GET"_s << u"/v1.0/users?$top=1"_s << false;
        QTest::addRow("arm") << "/subscriptions?api-version=2022-12-01"_ba << QString()
                             << int(Console::Target::Arm) << u"GET"_s
                             << u"/subscriptions?api-version=2022-12-01"_s << false;
    }

    void presetsFillTheRequest()
    {
        QFETCH(QByteArray, presetPath);
        QFETCH(QString, tenant);
        m_controller->setTenant(tenant);
        QSignalSpy preset(m_controller.get(), &ConsoleController::presetChanged);
        const int index = presetNamed(presetPath.constData());
        QVERIFY(index >= 0);
        m_controller->applyPreset(index);
        QCOMPARE(m_controller->preset(), index);
        QCOMPARE(preset.size(), 1);
        QTEST(m_controller->target(), "target");
        QTEST(m_controller->method(), "method");
        QTEST(m_controller->path(), "path");
        QTEST(m_controller->bodyAllowed(), "bodyAllowed");
        if (m_controller->bodyAllowed())
            QVERIFY(QJsonDocument::fromJson(m_controller->body().toUtf8()).isObject());
        else
            QCOMPARE(m_controller->body(), QString());
    }

    void partnerCenterCustomersAnswerWithIdsAndHeaders()
    {
        m_controller->applyPreset(presetNamed("/v1/customers?size=20"));
        QVERIFY(!m_controller->canCopyCurl());
        QVERIFY(!m_controller->hasResponse());
        const QList<QVariant> outcome = sendAndWait();
        QCOMPARE(outcome, QList<QVariant>{true});
        QVERIFY2(m_controller->statusText().startsWith(u"HTTP 200 OK · "_s),
                 qPrintable(m_controller->statusText()));
        QCOMPARE(m_controller->message(), QString());
        QCOMPARE(m_controller->responseStatus(), 200);
        QCOMPARE(m_controller->requestIdName(), u"MS-RequestId:"_s);
        QCOMPARE(m_controller->correlationIdName(), u"MS-CorrelationId:"_s);
        const QString requestId = m_controller->requestIdValue();
        const QString correlationId = m_controller->correlationIdValue();
        QVERIFY(!requestId.isEmpty() && !correlationId.isEmpty());
        // Header names are case-insensitive; Qt 6.7 and later (QHttpHeaders) report them in
        // lower case.
        const QStringList received = m_controller->responseHeadersText().split(u'\n');
        QVERIFY2(received.contains(u"MS-RequestId: "_s + requestId, Qt::CaseInsensitive),
                 qPrintable(received.join(u'|')));
        QVERIFY(received.contains(u"MS-CorrelationId: "_s + correlationId, Qt::CaseInsensitive));
        const QStringList sent = m_controller->requestHeadersText().split(u'\n');
        QCOMPARE(sent.constFirst(), u"GET "_s + m_fixture.services->sandboxUrl().toString()
                                        + u"/pc/v1/customers?size=20"_s);
        QVERIFY(sent.contains(u"MS-RequestId: "_s + requestId, Qt::CaseInsensitive));
        QVERIFY(sent.contains(u"MS-CorrelationId: "_s + correlationId, Qt::CaseInsensitive));
        QVERIFY(sent.contains(u"MS-Contract-Version: v1"_s, Qt::CaseInsensitive));
        QVERIFY(sent.contains(u"X-Locale: en-US"_s, Qt::CaseInsensitive));
        const QString token = brokerToken();
        QVERIFY(token.size() > 100);
        // The name in any case, the redacted value exactly.
        const QString redacted = u"Bearer "_s + token.left(6) + u"\u2026("_s
                                 + QString::number(token.size()) + u" chars)"_s;
        QVERIFY(std::any_of(sent.cbegin(), sent.cend(), [&redacted](const QString &line) {
            return line.startsWith(u"Authorization: "_s, Qt::CaseInsensitive)
                   && line.mid(15) == redacted;
        }));
        QVERIFY(!m_controller->requestHeadersText().contains(token.mid(6, 40)));

        const QString body = m_controller->responseBody();
        const QJsonDocument parsed = QJsonDocument::fromJson(body.toUtf8());
        QCOMPARE(parsed.object().value(u"items"_s).toArray().size(), 20);
        QCOMPARE(body, QString::fromUtf8(parsed.toJson(QJsonDocument::Indented)));
        QVERIFY(!m_controller->responseBodyEmpty());
        QVERIFY(m_controller->canCopyCurl());
        QVERIFY(!m_controller->isBusy());
    }

    void graphCallTakesTheCustomerTenantsToken()
    {
        m_controller->prepare(m_profile.id, u"fabrikam.onmicrosoft.com"_s);
        QCOMPARE(m_controller->target(), int(Console::Target::Graph));
        QCOMPARE(sendAndWait(), QList<QVariant>{true});
        QVERIFY2(m_controller->statusText().startsWith(u"HTTP 200 OK"_s),
                 qPrintable(m_controller->statusText()));
        QCOMPARE(m_controller->requestIdName(), u"client-request-id:"_s);
        QCOMPARE(m_controller->correlationIdName(),
                 u"Correlation id (not sent to this service):"_s);
        const QJsonArray organizations =
            QJsonDocument::fromJson(m_controller->responseBody().toUtf8())
                .object()
                .value(u"value"_s)
                .toArray();
        QCOMPARE(organizations.first().toObject().value(u"displayName"_s).toString(),
                 u"Fabrikam"_s);
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("message"); // starts with this; empty: none
        QTest::addColumn<QString>("bodyProblem"); // starts with this; empty: none
        QTest::addRow("URL outside the cloud")
            << int(Console::Target::Url) << u"GET"_s << u"https://example.com/v1.0/domains"_s
            << QString() << QString() << u"URL: example.com is not an endpoint of the cloud "_s
            << QString();
        QTest::addRow("path without a slash")
            << int(Console::Target::PartnerCenter) << u"GET"_s << u"v1/customers"_s << QString()
            << QString() << u"Path: give a path that starts with /"_s << QString();
        QTest::addRow("tenant with a space")
            << int(Console::Target::Graph) << u"GET"_s << u"/v1.0/organization"_s << QString()
            << u"fabrikam partner.com"_s << u"Tenant: "_s << QString();
        QTest::addRow("body not JSON")
            << int(Console::Target::PartnerCenter) << u"POST"_s << u"/v1/customers"_s
            << u"{\"a\": }"_s << QString() << QString() << u"Body: not valid JSON: "_s;
    }

    void refusedBeforeSending()
    {
        QFETCH(int, target);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(QString, tenant);
        QFETCH(QString, message);
        QFETCH(QString, bodyProblem);
        m_controller->setTarget(target);
        m_controller->setMethod(method);
        m_controller->setPath(path);
        m_controller->setBody(body);
        m_controller->setTenant(tenant);
        QSignalSpy finished(m_controller.get(), &ConsoleController::finished);
        QSignalSpy busy(m_controller.get(), &ConsoleController::busyChanged);
        m_controller->send();
        QCOMPARE(finished.size(), 1); // at once
        QCOMPARE(finished.constFirst(), QList<QVariant>{false});
        QVERIFY(busy.isEmpty());
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(m_controller->statusText(), QString()); // nothing was sent
        QVERIFY(!m_controller->canCopyCurl());
        QVERIFY2(m_controller->message().startsWith(message)
                     && m_controller->message().isEmpty() == message.isEmpty(),
                 qPrintable(m_controller->message()));
        if (message.endsWith(u'.'))
            QCOMPARE(m_controller->message(), message);
        QVERIFY2(m_controller->bodyProblem().startsWith(bodyProblem)
                     && m_controller->bodyProblem().isEmpty() == bodyProblem.isEmpty(),
                 qPrintable(m_controller->bodyProblem()));
        if (!bodyProblem.isEmpty()) {
            QVERIFY(m_controller->bodyProblem().endsWith(u". Nothing was sent."_s));
            m_controller->setMethod(u"GET"_s); // another method clears the problem
            QCOMPARE(m_controller->bodyProblem(), QString());
        }
    }

    void requestWithoutAnswerClearsTheLastResponse()
    {
        m_controller->applyPreset(presetNamed("/v1/customers?size=20"));
        QCOMPARE(sendAndWait(), QList<QVariant>{true});
        QVERIFY(!m_controller->responseBody().isEmpty());
        QVERIFY(!m_controller->requestIdValue().isEmpty());
        addFault(
            QJsonObject{{u"path"_s, u"/pc/v1/customers"_s}, {u"drop"_s, true}, {u"times"_s, -1}});
        QCOMPARE(sendAndWait(), QList<QVariant>{false});
        QCOMPARE(m_controller->statusText(), u"No answer."_s);
        QVERIFY(!m_controller->message().isEmpty());
        // The earlier answer is gone: it would read as this request's.
        QVERIFY(!m_controller->hasResponse());
        QCOMPARE(m_controller->responseStatus(), 0);
        QCOMPARE(m_controller->responseBody(), QString());
        QCOMPARE(m_controller->requestIdValue(), QString());
        QCOMPARE(m_controller->correlationIdValue(), QString());
        QCOMPARE(m_controller->responseHeadersText(), QString());
    }

    void fullUrlOnTheCloudIsSent()
    {
        const QString url =
            m_profile.cloud()->endpoint(Service::Graph).toString() + u"/v1.0/domains"_s;
        m_controller->setTarget(int(Console::Target::Url));
        m_controller->setPath(url);
        QCOMPARE(sendAndWait(), QList<QVariant>{true});
        QVERIFY2(m_controller->statusText().startsWith(u"HTTP 200 OK"_s),
                 qPrintable(m_controller->statusText()));
        const QJsonArray domains = QJsonDocument::fromJson(m_controller->responseBody().toUtf8())
                                       .object()
                                       .value(u"value"_s)
                                       .toArray();
        QVERIFY(!domains.isEmpty());
        QCOMPARE(m_controller->requestHeadersText().section(u'\n', 0, 0), u"GET "_s + url);
    }

    void serviceFaultsShowStatusAndAdvice_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("advice");
        QTest::addRow("429") << QJsonObject{{u"path"_s, u"/pc/v1/customers"_s},
                                            {u"status"_s, 429},
                                            {u"retryAfter"_s, 30},
                                            {u"times"_s, 1}}
                             << u"HTTP 429 Too Many Requests"_s << catalogueAdvice(429, 30);
        QTest::addRow("503") << QJsonObject{{u"path"_s, u"/pc/v1/customers"_s},
                                            {u"status"_s, 503},
                                            {u"times"_s, 1}}
                             << u"HTTP 503 Service Unavailable"_s << catalogueAdvice(503);
        QTest::addRow("malformed JSON") << QJsonObject{{u"path"_s, u"/pc/v1/customers"_s},
                                                       {u"malformed"_s, true},
                                                       {u"times"_s, 1}}
                                        << u"HTTP 200 OK"_s << u"is not valid JSON"_s;
    }

    void serviceFaultsShowStatusAndAdvice()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(QString, status);
        QFETCH(QString, advice);
        addFault(fault);
        m_controller->applyPreset(presetNamed("/v1/customers?size=20"));
        QCOMPARE(sendAndWait(), QList<QVariant>{true});
        QVERIFY2(m_controller->statusText().startsWith(status + u" · "_s),
                 qPrintable(m_controller->statusText()));
        const QString problem = m_controller->message();
        QVERIFY2(problem.contains(advice), qPrintable(problem));
        // Support needs the ids of a failed call as much as of a good one.
        QVERIFY(problem.contains(m_controller->requestIdValue()));
        QVERIFY(!m_controller->responseBody().isEmpty());
    }

    void serviceErrorsShowStatusAndMessage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("lines");
        QTest::addRow("404 unknown path")
            << u"/v1/nosuchresource"_s << u"HTTP 404 Not Found"_s
            << QStringList{u"No operation GET /v1/nosuchresource"_s,
                           u"Check the details below; quote the ids to Microsoft support."_s};
        ServiceError noRelationship;
        noRelationship.source = ServiceError::Source::PartnerCenter;
        noRelationship.httpStatus = 403;
        noRelationship.error = u"20002"_s;
        const ErrorAdvice advice = ErrorCatalogue::advise(noRelationship);
        QTest::addRow("403 customer without relationship")
            << u"/v1/customers/00000000-0000-4000-8000-000000000001"_s << u"HTTP 403 Forbidden"_s
            << QStringList{advice.explanation, advice.action};
    }

    void serviceErrorsShowStatusAndMessage()
    {
        QFETCH(QString, path);
        QFETCH(QString, status);
        QFETCH(QStringList, lines);
        QVERIFY(lines.size() == 2 && !lines.contains(QString()));
        m_controller->setTarget(int(Console::Target::PartnerCenter));
        m_controller->setPath(path);
        QCOMPARE(sendAndWait(), QList<QVariant>{true});
        QVERIFY2(m_controller->statusText().startsWith(status + u" · "_s),
                 qPrintable(m_controller->statusText()));
        const QStringList shown = m_controller->message().split(u'\n');
        QCOMPARE(shown.mid(0, 2), lines);
        QCOMPARE(shown.constLast(),
                 u"Request id: %1 · correlation id: %2"_s.arg(m_controller->requestIdValue(),
                                                              m_controller->correlationIdValue()));
    }

    void profileWithoutRefreshTokenSaysToRunConsent()
    {
        m_controller->selectProfile(m_fresh.id);
        QCOMPARE(m_controller->profileId(), m_fresh.id);
        m_controller->applyPreset(presetNamed("/v1/customers?size=20"));
        QCOMPARE(sendAndWait(), QList<QVariant>{false});
        QVERIFY2(m_controller->message().contains(
                     u"Run the partner consent for profile \"No consent yet\"."_s),
                 qPrintable(m_controller->message()));
        QCOMPARE(m_controller->statusText(), u"No answer."_s);
        QVERIFY(!m_controller->canCopyCurl()); // nothing reached the wire
        QVERIFY(!m_controller->hasResponse());
    }

    void cancelDropsTheAnswer()
    {
        addFault(QJsonObject{
            {u"path"_s, u"/pc/v1/customers"_s}, {u"latencyMs"_s, 1500}, {u"times"_s, 1}});
        m_controller->applyPreset(presetNamed("/v1/customers?size=20"));
        QSignalSpy finished(m_controller.get(), &ConsoleController::finished);
        m_controller->send();
        QVERIFY(m_controller->isBusy());
        QVERIFY(!m_controller->canSend());
        QVERIFY2(m_controller->statusText().startsWith(u"Sending GET "_s),
                 qPrintable(m_controller->statusText()));
        m_controller->send(); // one request at a time: refused at once
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst(), QList<QVariant>{false});
        QVERIFY(m_controller->isBusy());
        m_controller->cancel();
        QCOMPARE(finished.size(), 2);
        QCOMPARE(m_controller->statusText(), u"Cancelled."_s);
        QCOMPARE(m_controller->message(),
                 u"The request was cancelled; any answer to it is ignored."_s);
        QVERIFY(!m_controller->isBusy());
        QVERIFY(m_controller->canSend());
        m_controller->cancel(); // nothing to cancel
        QTest::qWait(2500); // past the answer's delay: it never arrives
        QCOMPARE(finished.size(), 2);
        QCOMPARE(m_controller->statusText(), u"Cancelled."_s);
        QVERIFY(!m_controller->hasResponse());
    }

    void copyAsCurlHasNoToken()
    {
        QCOMPARE(m_controller->curlCommand(), QString());
        m_controller->applyPreset(presetNamed("/v1/customers?size=20"));
        QCOMPARE(sendAndWait(), QList<QVariant>{true});
        const QString curl = m_controller->curlCommand();
        const QString token = brokerToken();
        QVERIFY(token.size() > 100);
        QVERIFY(!curl.contains(token));
        QVERIFY(!curl.contains(token.left(20)));
        QVERIFY2(curl.contains(u"-H \"Authorization: Bearer $TOKEN\""_s), qPrintable(curl));
        QVERIFY2(
            curl.contains(u"'MS-CorrelationId: "_s + m_controller->correlationIdValue() + u'\'',
                          Qt::CaseInsensitive), // Qt 6.7+ gives header names in lower case
            qPrintable(curl));
        QVERIFY(curl.startsWith(u"# "_s));
        // pcauthctl finds the profile where this app keeps it: its folder, its keychain.
        Workspace &workspace = m_fixture.services->workspace();
        QVERIFY2(curl.contains(u"TOKEN=\"$(PCAUTH_KEYCHAIN_SERVICE='%1' '%2' --config-dir '%3' "
                               "token --profile '%4' --audience 'partner-center' "
                               "--show-token)\" &&"_s.arg(workspace.keychain().service(),
                                                          QStringLiteral(PCAUTHCTL_EXE),
                                                          workspace.configDir(), m_profile.name)),
                 qPrintable(curl));
        QVERIFY(curl.contains(u"curl -sS -i -X GET '"_s
                              + m_fixture.services->sandboxUrl().toString()
                              + u"/pc/v1/customers?size=20'"_s));
    }

    /// The copied text, pasted into a shell as it is: pcauthctl fetches the token (the
    /// sandbox's profile in its temporary folder and this test's keychain service), curl
    /// calls the service with it.
    void copiedCurlRunsAsCopied_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QByteArray>("preset");
        QTest::addColumn<QString>("expected");
        QTest::addRow("partner center")
            << QString() << QByteArray("/v1/customers?size=20") << u"\"companyName\""_s;
        QTest::addRow("graph in a customer")
            << u"fabrikam.onmicrosoft.com"_s << QByteArray("/v1.0/organization")
            << u"\"displayName\""_s;
    }

    void copiedCurlRunsAsCopied()
    {
        QFETCH(QString, tenant);
        QFETCH(QByteArray, preset);
        m_controller->setTenant(tenant);
        m_controller->applyPreset(presetNamed(preset.constData()));
        QCOMPARE(sendAndWait(), QList<QVariant>{true});
        QCOMPARE(m_controller->responseStatus(), 200);
        const QString curl = m_controller->curlCommand();
        QProcess shell;
        shell.setProgram(u"bash"_s);
        shell.setArguments({u"-c"_s, curl});
        shell.start();
        // The sandbox answers in this process: wait with its event loop running.
        QVERIFY(shell.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 60000);
        const QString out = QString::fromUtf8(shell.readAllStandardOutput());
        const QString err = QString::fromUtf8(shell.readAllStandardError());
        QVERIFY2(shell.exitCode() == 0, qPrintable(err + out));
        QVERIFY2(out.startsWith(u"HTTP/1.1 200"_s), qPrintable(out.left(400) + err));
        QFETCH(QString, expected);
        QVERIFY2(out.contains(expected), qPrintable(out.left(400)));
        // The token went from pcauthctl to curl, never through the copied text.
        QVERIFY(!curl.contains(u"eyJ"_s));
    }

    void prepareSelectsProfileTenantAndPreset_data()
    {
        QTest::addColumn<bool>("freshProfile");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QByteArray>("preset");
        QTest::addRow("partner tenant") << true << QString() << "/v1/customers?size=20"_ba;
        QTest::addRow("customer tenant")
            << false << u" northwindtraders.onmicrosoft.com "_s << "/v1.0/organization"_ba;
    }

    void prepareSelectsProfileTenantAndPreset()
    {
        QFETCH(bool, freshProfile);
        QFETCH(QString, tenant);
        QFETCH(QByteArray, preset);
        const QString id = freshProfile ? m_fresh.id : m_profile.id;
        m_controller->selectProfile(freshProfile ? m_profile.id : m_fresh.id);
        m_controller->setTenant(u"stale.example"_s);
        m_controller->prepare(id, tenant);
        QCOMPARE(m_controller->profileId(), id);
        QCOMPARE(m_controller->tenant(), tenant.trimmed());
        QCOMPARE(m_controller->preset(), presetNamed(preset.constData()));
        QCOMPARE(m_controller->path(), QString::fromLatin1(preset));
    }

    // Last: it revokes the consent the other tests use.
    void revokedRefreshTokenSaysToSignInAgain()
    {
        QCOMPARE(
            m_fixture.client->post(u"/_sandbox/users/%1/revoke"_s.arg(ServiceUser), QByteArray())
                .status,
            200);
        m_fixture.services->broker().forget(m_profile.id); // as the dashboard would on refresh
        m_controller->applyPreset(presetNamed("/v1/customers?size=20"));
        QCOMPARE(sendAndWait(), QList<QVariant>{false});
        ServiceError revoked;
        revoked.source = ServiceError::Source::Entra;
        revoked.error = u"invalid_grant"_s;
        revoked.aadsts = 50173;
        const ErrorAdvice advice = ErrorCatalogue::advise(revoked);
        const QString problem = m_controller->message();
        QVERIFY2(problem.contains(advice.explanation) && problem.contains(advice.action),
                 qPrintable(problem));
        QVERIFY(problem.contains(u"AADSTS50173"_s));
        QCOMPARE(m_controller->statusText(), u"No answer."_s);
    }

private:
    /// send() and the arguments of its one finished().
    QList<QVariant> sendAndWait()
    {
        QSignalSpy finished(m_controller.get(), &ConsoleController::finished);
        m_controller->send();
        if (finished.isEmpty() && !finished.wait(Timeout))
            return {u"TEST: no finished()"_s};
        QTest::qWait(20);
        if (finished.size() != 1)
            return {u"TEST: finished() %1 times"_s.arg(finished.size())};
        return finished.constFirst();
    }

    void addFault(const QJsonObject &fault)
    {
        const auto reply = m_fixture.client->postJson(
            u"/_sandbox/faults"_s, QJsonObject{{u"faults"_s, QJsonArray{fault}}});
        QCOMPARE(reply.status, 200);
    }

    /// The Partner Center access token the broker holds for the demo profile (the one sent).
    QString brokerToken()
    {
        return m_fixture.brokerToken(TokenKey::delegated(m_profile.id, QString(), PartnerCenter),
                                     Timeout);
    }

    GuiFixture m_fixture;
    Profile m_profile;
    Profile m_fresh;
    std::unique_ptr<ConsoleController> m_controller;
};

QTEST_GUILESS_MAIN(tst_ConsoleController)
#include "tst_consolecontroller.moc"
