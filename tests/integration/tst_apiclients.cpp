// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Partner Center, Graph and Key Vault clients against the real sandbox, with real app-only
// tokens from its token endpoint. A raw loopback server shows the exact headers of every
// attempt, which the sandbox does not report.
#include "api/graphclient.h"
#include "api/keyvaultclient.h"
#include "api/partnercenterclient.h"
#include "net/httpclient.h"
#include "rawhttpserver.h"
#include "sandboxserver.h"
#include "sandboxstate.h"
#include "sandboxtokensource.h"

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using PCAuth::ApiResult;
using PCAuth::ErrorCategory;

namespace {

const QString PartnerCenterResource = u"https://api.partnercenter.microsoft.com"_s;
const QString GraphResource = u"https://graph.microsoft.com"_s;
const QString VaultResource = u"https://vault.azure.net"_s;

PCAuth::RetryPolicy fastPolicy()
{
    PCAuth::RetryPolicy p;
    p.baseDelay = 20ms;
    p.maxDelay = 200ms;
    p.totalTimeout = 8s;
    return p;
}

} // namespace

class tst_ApiClients : public QObject
{
    Q_OBJECT

    std::unique_ptr<PCAuth::Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<PCAuth::HttpClient> m_http;
    std::unique_ptr<PCAuth::Test::SandboxTokenSource> m_pcToken;
    std::unique_ptr<PCAuth::PartnerCenterClient> m_pc;

    QUrl endpoint(const QString &path) const
    {
        QUrl u = m_server->baseUrl();
        u.setPath(path);
        return u;
    }

    template<typename Call>
    std::optional<ApiResult> wait(Call call)
    {
        std::optional<ApiResult> out;
        call([&out](const ApiResult &r) { out = r; });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 9000);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_server =
            std::make_unique<PCAuth::Sandbox::SandboxServer>(PCAuth::Sandbox::Scenario::demo());
        QString error;
        QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_http = std::make_unique<PCAuth::HttpClient>(&m_network, fastPolicy());
        m_pcToken = std::make_unique<PCAuth::Test::SandboxTokenSource>(*m_http, m_server->baseUrl(),
                                                                       PartnerCenterResource);
        m_pc =
            std::make_unique<PCAuth::PartnerCenterClient>(*m_http, endpoint(u"/pc"_s), *m_pcToken);
    }

    void cleanup()
    {
        m_pc.reset();
        m_pcToken.reset();
        m_http.reset();
        m_server.reset();
    }

    void partnerCenterHeaders()
    {
        PCAuth::Test::RawHttpServer raw;
        QVERIFY(raw.start());
        raw.addAnswer(200, R"({"companyName":"Contoso Partner"})"_ba);
        PCAuth::Test::SandboxTokenSource fixed(*m_http, m_server->baseUrl(), PartnerCenterResource);
        fixed.setFixedToken(u"header-test-token"_s);
        PCAuth::PartnerCenterClient pc(
            *m_http, QUrl(u"http://127.0.0.1:%1/pc"_s.arg(raw.serverPort())), fixed);
        pc.setCorrelationId(u"6f1c2f0e-0000-4000-8000-00000000c0de"_s);
        const auto r = wait([&](auto done) { pc.legalBusinessProfile(this, done); });
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->errorMessage()));
        QCOMPARE(raw.requests().size(), 1);
        QVERIFY(raw.requests().first().startsWith(
            "GET /pc/v1/profiles/legalbusiness?vettingVersion=Current HTTP/1.1"));
        QCOMPARE(raw.header(0, "Authorization"), "Bearer header-test-token"_ba);
        QCOMPARE(raw.header(0, "Accept"), "application/json"_ba);
        QCOMPARE(raw.header(0, "MS-Contract-Version"), "v1"_ba);
        QCOMPARE(raw.header(0, "X-Locale"), "en-US"_ba);
        QCOMPARE(raw.header(0, "MS-CorrelationId"), "6f1c2f0e-0000-4000-8000-00000000c0de"_ba);
        QCOMPARE(QString::fromLatin1(raw.header(0, "MS-RequestId")), r->requestId);
        QVERIFY(!QUuid::fromString(r->requestId).isNull());
        QCOMPARE(r->json.object().value("companyName"_L1).toString(), u"Contoso Partner"_s);
    }

    void customerIdIsOnePathSegment()
    {
        PCAuth::Test::RawHttpServer raw;
        QVERIFY(raw.start());
        raw.addAnswer(200, R"({"id":"x"})"_ba);
        PCAuth::PartnerCenterClient pc(
            *m_http, QUrl(u"http://127.0.0.1:%1/pc"_s.arg(raw.serverPort())), *m_pcToken);
        const auto r = wait([&](auto done) { pc.customer(u"a/b c?d"_s, this, done); });
        QVERIFY(r);
        QCOMPARE(raw.requests().size(), 1);
        const QByteArray line = raw.requests().first().left(raw.requests().first().indexOf('\r'));
        QCOMPARE(line, "GET /pc/v1/customers/a%2Fb%20c%3Fd HTTP/1.1"_ba);
    }

    void requestIdIsKeptOnRetries()
    {
        PCAuth::Test::RawHttpServer raw;
        QVERIFY(raw.start());
        raw.addAnswer(503,
                      R"({"code":503,"description":"busy","data":[],"source":"PartnerFD"})"_ba);
        raw.addAnswer(503,
                      R"({"code":503,"description":"busy","data":[],"source":"PartnerFD"})"_ba);
        raw.addAnswer(200, R"({"items":[]})"_ba);
        PCAuth::PartnerCenterClient pc(
            *m_http, QUrl(u"http://127.0.0.1:%1/pc"_s.arg(raw.serverPort())), *m_pcToken);
        // Two logical requests: each keeps its id across its retries; they differ from each other.
        const auto first = wait([&](auto done) { pc.get(u"/v1/customers/x"_s, this, done); });
        const auto second = wait([&](auto done) { pc.get(u"/v1/customers/y"_s, this, done); });
        QVERIFY(first && second);
        QCOMPARE(first->status, 200);
        QCOMPARE(first->attempts, 3);
        QCOMPARE(raw.requests().size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(QString::fromLatin1(raw.header(i, "MS-RequestId")), first->requestId);
        QCOMPARE(QString::fromLatin1(raw.header(3, "MS-RequestId")), second->requestId);
        QVERIFY(first->requestId != second->requestId);
        QCOMPARE(m_pcToken->fetches(), 1); // one token, reused by retries and calls
    }

    void sandboxEchoesIdsAfterRetries()
    {
        auto &faults = m_server->context().state.faults;
        PCAuth::Sandbox::FaultRule rule;
        rule.pathContains = u"/pc/v1/profiles/legalbusiness"_s;
        rule.status = 503;
        rule.remaining = 2;
        faults = {rule};
        const auto r = wait([&](auto done) { m_pc->legalBusinessProfile(this, done); });
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->errorMessage()));
        QCOMPARE(r->attempts, 3);
        const auto header = [&r](const QByteArray &name) {
            for (const auto &h : r->headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return QString::fromLatin1(h.second);
            return QString();
        };
        QCOMPARE(header("MS-RequestId"), r->requestId);
        QCOMPARE(header("MS-CorrelationId"), r->correlationId);
        QCOMPARE(r->json.object().value("vettingStatus"_L1).toString(), u"Authorized"_s);
    }

    // The sandbox's own Partner Center rate limiter: 429, Retry-After and the documented body.
    void rateLimitIsWaitedOut()
    {
        m_server->context().scenario.partnerCenterRateLimit = {1, 2};
        const auto first = wait([&](auto done) { m_pc->legalBusinessProfile(this, done); });
        QElapsedTimer timer;
        timer.start();
        const auto second = wait([&](auto done) { m_pc->legalBusinessProfile(this, done); });
        QVERIFY(first && second);
        QVERIFY2(first->ok() && second->ok(), qPrintable(second->errorMessage()));
        QCOMPARE(first->attempts, 1);
        QCOMPARE(second->attempts, 2);
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_server->context().state.counters.value(u"pc.throttled"_s), 1);
    }

    void customerPaging_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("pages");
        QTest::addRow("size 3: 9 pages") << 3 << 9;
        QTest::addRow("size 7: 4 pages") << 7 << 4;
        QTest::addRow("size 25: 1 page") << 25 << 1;
        QTest::addRow("size 24: 2 pages") << 24 << 2;
    }

    void customerPaging()
    {
        QFETCH(int, pageSize);
        QFETCH(int, pages);
        const auto &expected = m_server->context().scenario.customers;
        QCOMPARE(expected.size(), 25);
        QList<int> progress;
        std::optional<PCAuth::CustomerList> out;
        m_pc->listCustomers(
            pageSize, this, [&progress](int n) { progress << n; },
            [&out](const PCAuth::CustomerList &l) { out = l; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 9000);
        QVERIFY2(out->ok(), qPrintable(out->errorMessage()));
        QCOMPARE(out->pages, pages);
        QCOMPARE(progress.size(), pages);
        QCOMPARE(progress.last(), 25);
        QCOMPARE(out->customers.size(), expected.size());
        QSet<QString> seen;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const PCAuth::Customer &c = out->customers.at(i);
            QCOMPARE(c.id, expected.at(i).id);
            QCOMPARE(c.tenantId, expected.at(i).id);
            QCOMPARE(c.domain, expected.at(i).domain);
            QCOMPARE(c.companyName, expected.at(i).name);
            QCOMPARE(c.relationship, u"reseller"_s);
            seen.insert(c.id);
        }
        QCOMPARE(seen.size(), expected.size()); // each customer exactly once
    }

    void customerPagingStopsOnError()
    {
        PCAuth::Sandbox::FaultRule rule;
        rule.pathContains = u"/pc/v1/customers"_s;
        rule.status = 403;
        rule.remaining = -1;
        std::optional<PCAuth::CustomerList> out;
        int pagesBefore = 0;
        m_pc->listCustomers(
            10, this,
            [&](int) {
                ++pagesBefore;
                m_server->context().state.faults = {rule}; // the second page fails
            },
            [&out](const PCAuth::CustomerList &l) { out = l; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 9000);
        QCOMPARE(pagesBefore, 1);
        QVERIFY(!out->ok());
        QCOMPARE(out->customers.size(), 10);
        QCOMPARE(out->result.status, 403);
        QVERIFY(out->errorMessage().contains(out->result.requestId));
    }

    void errorBodiesMapToCategories_data()
    {
        QTest::addColumn<QString>("customerId");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<ErrorCategory>("category");
        QTest::addRow("no relationship") << u"00000000-0000-4000-8000-000000000001"_s << 403
                                         << u"20002"_s << ErrorCategory::NoRelationship;
        QTest::addRow("not a GUID") << u"not-a-guid"_s << 400 << u"600"_s << ErrorCategory::Unknown;
    }

    void errorBodiesMapToCategories()
    {
        QFETCH(QString, customerId);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(ErrorCategory, category);
        const auto r = wait([&](auto done) { m_pc->customer(customerId, this, done); });
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE(r->status, status);
        QVERIFY(r->error);
        QCOMPARE(r->error->source, PCAuth::ServiceError::Source::PartnerCenter);
        QCOMPARE(r->error->error, code);
        QCOMPARE(PCAuth::ErrorCatalogue::advise(*r->error).category, category);
        const QString message = r->errorMessage();
        QVERIFY2(message.contains(PCAuth::ErrorCatalogue::describe(*r->error)),
                 qPrintable(message));
        QVERIFY2(message.contains(r->requestId) && message.contains(r->correlationId),
                 qPrintable(message));
    }

    void throttledAnswerCarriesRetryAfter()
    {
        PCAuth::Sandbox::FaultRule rule;
        rule.pathContains = u"/pc/v1/customers"_s;
        rule.status = 429;
        rule.retryAfter = 300; // beyond the client's 120 s: handed back, not waited for
        rule.remaining = -1;
        m_server->context().state.faults = {rule};
        const auto r = wait([&](auto done) { m_pc->get(u"/v1/customers?size=5"_s, this, done); });
        QVERIFY(r);
        QCOMPARE(r->status, 429);
        QVERIFY(r->error);
        QCOMPARE(PCAuth::ErrorCatalogue::advise(*r->error).category, ErrorCategory::Throttled);
        QCOMPARE(r->error->retryAfterSeconds, std::optional<int>(300));
        QVERIFY2(r->errorMessage().contains(u"Try again after"_s), qPrintable(r->errorMessage()));
    }

    void unauthorizedTokenIsReported()
    {
        PCAuth::Test::SandboxTokenSource bad(*m_http, m_server->baseUrl(), PartnerCenterResource);
        bad.setFixedToken(u"not-a-jwt"_s);
        PCAuth::PartnerCenterClient pc(*m_http, endpoint(u"/pc"_s), bad);
        const auto r = wait([&](auto done) { pc.legalBusinessProfile(this, done); });
        QVERIFY(r);
        QCOMPARE(r->status, 401);
        QVERIFY(r->error);
        QCOMPARE(r->error->error, u"10000"_s);
        QCOMPARE(r->attempts, 1);
    }

    void missingTokenFailsWithoutTraffic()
    {
        PCAuth::Test::SandboxTokenSource none(*m_http, m_server->baseUrl(), PartnerCenterResource);
        none.setFailure(u"Sign in again: the refresh token was revoked."_s);
        PCAuth::PartnerCenterClient pc(*m_http, endpoint(u"/pc"_s), none);
        const qint64 before = m_http->stats().attempts;
        const auto r = wait([&](auto done) { pc.organizationProfile(this, done); });
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE(r->message, u"No access token: Sign in again: the refresh token was revoked."_s);
        QCOMPARE(m_http->stats().attempts, before);
    }

    void malformedBodyIsAnError()
    {
        PCAuth::Sandbox::FaultRule rule;
        rule.pathContains = u"/graph/"_s;
        rule.malformed = true;
        rule.remaining = -1;
        m_server->context().state.faults = {rule};
        PCAuth::Test::SandboxTokenSource graphToken(*m_http, m_server->baseUrl(), GraphResource);
        PCAuth::GraphClient graph(*m_http, endpoint(u"/graph"_s), graphToken);
        const auto r = wait([&](auto done) { graph.organization(this, done); });
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QVERIFY(!r->ok());
        QVERIFY(r->error);
        QCOMPARE(r->error->error, u"malformed_response"_s);
        const QString message = r->errorMessage();
        QVERIFY2(message.contains(PCAuth::ErrorCatalogue::describe(*r->error)),
                 qPrintable(message));
        QVERIFY2(message.contains(u"The answer from 127.0.0.1 (HTTP 200) is not valid JSON"_s),
                 qPrintable(message));
    }

    void graphCalls_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("values"); // entries in "value"; -1: an error
        QTest::addRow("organization") << u"organization"_s << 200 << 1;
        QTest::addRow("domains") << u"domains"_s << 200 << 2;
        QTest::addRow("users?$top=1") << u"users"_s << 200 << 1;
        QTest::addRow("me with an app-only token") << u"me"_s << 400 << -1;
    }

    void graphCalls()
    {
        QFETCH(QString, call);
        QFETCH(int, status);
        QFETCH(int, values);
        PCAuth::Test::SandboxTokenSource graphToken(*m_http, m_server->baseUrl(), GraphResource);
        PCAuth::GraphClient graph(*m_http, endpoint(u"/graph"_s), graphToken);
        const auto r = wait([&](auto done) {
            if (call == "organization"_L1)
                graph.organization(this, done);
            else if (call == "domains"_L1)
                graph.domains(this, done);
            else if (call == "users"_L1)
                graph.firstUser(this, done);
            else
                graph.me(this, done);
        });
        QVERIFY(r);
        QCOMPARE(r->status, status);
        if (values < 0) {
            QVERIFY(r->error);
            QCOMPARE(r->error->source, PCAuth::ServiceError::Source::Graph);
            QVERIFY2(r->errorMessage().contains(u"only valid with delegated authentication"_s),
                     qPrintable(r->errorMessage()));
            return;
        }
        QVERIFY2(r->ok(), qPrintable(r->errorMessage()));
        QCOMPARE(r->json.object().value("value"_L1).toArray().size(), values);
    }

    void keyVaultSecretName_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("name");
        QTest::addRow("domain") << u"contosopartner.onmicrosoft.com"_s
                                << u"contosopartneronmicrosoftcom"_s;
        QTest::addRow("GUID") << u"85e218cc-78c2-590a-af13-dac153a09623"_s
                              << u"85e218cc-78c2-590a-af13-dac153a09623"_s;
        QTest::addRow("user-style") << u"admin@contoso.example"_s << u"admincontosoexample"_s;
    }

    void keyVaultSecretName()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, name);
        QCOMPARE(PCAuth::keyVaultSecretName(tenant), name);
        QCOMPARE(PCAuth::KeyVaultClient::validateSecretName(name), QString());
    }

    void keyVaultRoundTrip()
    {
        PCAuth::Test::SandboxTokenSource vaultToken(*m_http, m_server->baseUrl(), VaultResource);
        PCAuth::KeyVaultClient vault(*m_http, vaultToken);
        const QUrl vaultUrl = endpoint(u"/vault"_s);
        const QString canary = u"1.SBX.canary-refresh-token-for-export"_s;
        const auto put = wait([&](auto done) {
            vault.exportRefreshToken(vaultUrl, u"contosopartner.onmicrosoft.com"_s, canary, this,
                                     done);
        });
        QVERIFY(put);
        QVERIFY2(put->ok(), qPrintable(put->errorMessage()));
        QVERIFY(put->json.object().value("id"_L1).toString().contains(
            u"/secrets/contosopartneronmicrosoftcom/"_s));
        const auto got = wait([&](auto done) {
            vault.getSecret(vaultUrl, u"contosopartneronmicrosoftcom"_s, this, done);
        });
        QVERIFY(got);
        QVERIFY2(got->ok(), qPrintable(got->errorMessage()));
        QCOMPARE(got->json.object().value("value"_L1).toString(), canary);

        const auto missing =
            wait([&](auto done) { vault.getSecret(vaultUrl, u"no-such-secret"_s, this, done); });
        QVERIFY(missing);
        QCOMPARE(missing->status, 404);
        QVERIFY(missing->error);
        QCOMPARE(missing->error->error, u"SecretNotFound"_s);
        QVERIFY(!missing->errorMessage().contains(canary));
    }

    void keyVaultRefusesBadNamesWithoutTraffic()
    {
        PCAuth::Test::SandboxTokenSource vaultToken(*m_http, m_server->baseUrl(), VaultResource);
        PCAuth::KeyVaultClient vault(*m_http, vaultToken);
        const qint64 before = m_http->stats().requests;
        const auto r = wait([&](auto done) {
            vault.putSecret(endpoint(u"/vault"_s), u"bad name/.."_s, u"x"_s, this, done);
        });
        QVERIFY(r);
        QCOMPARE(r->failure, PCAuth::HttpResponse::Failure::Refused);
        QCOMPARE(r->message, u"The Key Vault secret name \"bad name/..\" is not valid: use 1 to "
                             "127 letters, digits and dashes."_s);
        QCOMPARE(m_http->stats().requests, before);
    }
};

QTEST_GUILESS_MAIN(tst_ApiClients)
#include "tst_apiclients.moc"
