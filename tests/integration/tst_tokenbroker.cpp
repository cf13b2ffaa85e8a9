// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The token broker against the in-process sandbox: refresh with rotation kept in the keychain,
// customer tenants, errors that keep the last good token, one redemption per key, the 5-minute
// renewal, a keychain that refuses the rotated token, and app-only tokens. The refresh token
// comes from a real consent walked through the sandbox's forms.
#include "session/keepalive.h"
#include "session/tokenbroker.h"
#include "sessionfixture.h"
#include "token/jwt.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using PCAuth::AccessTokenResult;
using PCAuth::Protocol;
using PCAuth::SecretResult;
using PCAuth::TokenBroker;
using PCAuth::TokenKey;
using namespace PCAuth::Test;

namespace {

QString customerTenant(const PCAuth::Sandbox::Scenario &scenario, bool consented)
{
    for (const PCAuth::Sandbox::Tenant &t : scenario.customers) {
        if (t.consented(WebAppId) == consented)
            return t.id;
    }
    return {};
}

/// Every log line of the test, to show that no token or secret reaches a log.
QStringList &logLines()
{
    static QStringList lines;
    return lines;
}

QtMessageHandler previousHandler = nullptr;

void collectLog(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    logLines().append(text);
    if (previousHandler)
        previousHandler(type, context, text);
}

} // namespace

class tst_TokenBroker : public QObject
{
    Q_OBJECT

    SessionFixture m_fx;

    qint64 refreshCount() const
    {
        return m_fx.server->context().state.counters.value(u"token.grant.refresh_token"_s);
    }

    static AccessTokenResult get(TokenBroker &broker, const TokenKey &key)
    {
        std::optional<AccessTokenResult> got;
        QObject context;
        broker.accessToken(key, &context, [&got](const AccessTokenResult &r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10000)) {
            AccessTokenResult timedOut;
            timedOut.message = u"TEST: no answer"_s;
            return timedOut;
        }
        return *got;
    }

    /// A profile with a consented refresh token (svc-pcauth, with MFA).
    PCAuth::Profile consented(const QString &name, Protocol protocol = Protocol::V2)
    {
        const PCAuth::Profile profile =
            m_fx.addProfile(name, PCAuth::CredentialKind::Secret, protocol);
        const PCAuth::ConsentResult result =
            m_fx.consent(profile, ServiceUser, ServicePassword, ServiceOtc);
        if (!result.ok)
            qWarning("consent: %s", qPrintable(result.message));
        return profile;
    }

    void start(SessionFixture::Store store)
    {
        const QString error = m_fx.start(store);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        logLines().clear();
        previousHandler = qInstallMessageHandler(collectLog);
    }
    void cleanup()
    {
        qInstallMessageHandler(previousHandler);
        m_fx.cleanup();
    }

    void rotationPersisted_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addRow("v2") << Protocol::V2;
        QTest::addRow("v1") << Protocol::V1;
    }
    void rotationPersisted()
    {
        QFETCH(Protocol, protocol);
        start(SessionFixture::Store::Keychain);
        const PCAuth::Profile profile = consented(u"Rotation"_s, protocol);
        const auto before = m_fx.record(profile.id);
        QVERIFY(before);
        PCAuth::ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(60));
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);

        const AccessTokenResult pc =
            get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter));
        QVERIFY2(pc.ok(), qPrintable(pc.message));
        QCOMPARE(pc.fromCache, false);
        QCOMPARE(pc.warning, QString());
        const auto jwt = PCAuth::Jwt::decode(pc.accessToken);
        QCOMPARE(jwt->stringListClaim(u"aud"), QStringList{PartnerCenter});
        QCOMPARE(jwt->stringClaim(u"tid"), PartnerTenantId);
        const auto afterPc = m_fx.record(profile.id);
        QVERIFY(afterPc);
        QVERIFY(afterPc->refreshToken != before->refreshToken);
        QCOMPARE(afterPc->lastRedeemedAt, clock.now());
        QCOMPARE(afterPc->issuedAt, clock.now());
        QCOMPARE(afterPc->upn, before->upn);
        QCOMPARE(afterPc->mfa, before->mfa);

        clock.advance(120s);
        const QString customer = customerTenant(m_fx.server->context().scenario, true);
        const AccessTokenResult graph =
            get(broker, TokenKey::delegated(profile.id, customer, Graph));
        QVERIFY2(graph.ok(), qPrintable(graph.message));
        const auto graphJwt = PCAuth::Jwt::decode(graph.accessToken);
        QCOMPARE(graphJwt->stringListClaim(u"aud"), QStringList{Graph});
        QCOMPARE(graphJwt->stringClaim(u"tid"), customer);
        const auto afterGraph = m_fx.record(profile.id);
        QVERIFY(afterGraph->refreshToken != afterPc->refreshToken);
        QCOMPARE(afterGraph->lastRedeemedAt, clock.now());
        QCOMPARE(broker.metadata(profile.id).lastRedeemedAt, clock.now());
        const QStringList secrets{before->refreshToken,     afterPc->refreshToken,
                                  afterGraph->refreshToken, pc.accessToken,
                                  graph.accessToken,        QString::fromLatin1(WebAppSecret)};
        for (const QString &line : std::as_const(logLines())) {
            for (const QString &secret : secrets)
                QVERIFY2(!line.contains(secret), "a token or secret reached the log");
        }
        QVERIFY(!logLines().isEmpty()); // the HTTP layer did log the requests
    }

    /// Customer tenants the app is consented in (a Graph token there works).
    QStringList consentedCustomers(int n) const
    {
        QStringList ids;
        for (const PCAuth::Sandbox::Tenant &t : m_fx.server->context().scenario.customers)
            if (t.consented(WebAppId) && ids.size() < n)
                ids.append(t.id);
        return ids;
    }

    int refreshTokenWrites(const QString &profileId) const
    {
        int n = 0;
        for (const QString &key : m_fx.memory->log(MemorySecretStore::Operation::Write))
            n += key.contains(profileId) && key.endsWith(u"refresh-token"_s) ? 1 : 0;
        return n;
    }

    /// Redeems for every tenant at once; the results in the order of `tenants`.
    static QList<AccessTokenResult> redeemTogether(TokenBroker &broker, const QString &profileId,
                                                   const QStringList &tenants)
    {
        QList<std::optional<AccessTokenResult>> got(tenants.size());
        QObject context;
        for (int i = 0; i < tenants.size(); ++i)
            broker.accessToken(TokenKey::delegated(profileId, tenants.at(i), Graph), &context,
                               [&got, i](const AccessTokenResult &r) { got[i] = r; });
        (void)QTest::qWaitFor(
            [&got] {
                return std::all_of(got.cbegin(), got.cend(),
                                   [](const auto &r) { return r.has_value(); });
            },
            15000);
        QList<AccessTokenResult> results;
        for (const auto &r : got) {
            AccessTokenResult none;
            none.message = u"TEST: no answer"_s;
            results.append(r.value_or(none));
        }
        return results;
    }

    // A burst of redemptions (parallel, or under a hold as a customer check takes one) keeps
    // the newest rotated token in memory and stores it once, at its end: one keychain write
    // for many customers, and that write is the newest token, which redeems.
    void burstStoresTheNewestOnce_data()
    {
        QTest::addColumn<bool>("hold");
        QTest::addRow("parallel redemptions") << false;
        QTest::addRow("under a hold (customer check)") << true;
    }
    void burstStoresTheNewestOnce()
    {
        QFETCH(bool, hold);
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Burst"_s);
        const auto before = m_fx.record(profile.id);
        QVERIFY(before);
        PCAuth::ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(60));
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
        const QStringList customers = consentedCustomers(6);
        QVERIFY(customers.size() >= 3);
        const int writesBefore = refreshTokenWrites(profile.id);
        const qint64 redeemedBefore = refreshCount();

        std::shared_ptr<void> held = hold ? broker.holdChanges(profile.id) : nullptr;
        for (const AccessTokenResult &r : redeemTogether(broker, profile.id, customers))
            QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(refreshCount() - redeemedBefore, qint64(customers.size())); // each rotated
        // Health already shows the burst's last redemption.
        QCOMPARE(broker.metadata(profile.id).lastRedeemedAt, clock.now());
        if (hold) {
            QVERIFY(broker.hasPendingTokens());
            QCOMPARE(refreshTokenWrites(profile.id), writesBefore);
            QCOMPARE(m_fx.record(profile.id)->refreshToken, before->refreshToken);
            held.reset(); // the run ends
        }
        QVERIFY(QTest::qWaitFor([&broker] { return !broker.hasPendingTokens(); }, 5000));
        QCOMPARE(refreshTokenWrites(profile.id) - writesBefore, 1);
        const auto after = m_fx.record(profile.id);
        QVERIFY(after);
        QVERIFY(after->refreshToken != before->refreshToken);
        QCOMPARE(after->lastRedeemedAt, clock.now());
        TokenBroker next(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
        const AccessTokenResult pc = get(next, TokenKey::delegated(profile.id, {}, PartnerCenter));
        QVERIFY2(pc.ok(), qPrintable(pc.message));
    }

    // A run reads its profile once; an edit made meanwhile by another process (here: the
    // profile now names another app) is seen by the next request after the run.
    void profileEditedElsewhereSeenByTheNextRun()
    {
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Edited elsewhere"_s);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        const QStringList customers = consentedCustomers(3);
        QVERIFY(customers.size() >= 3);
        std::shared_ptr<void> held = broker.holdChanges(profile.id);
        const AccessTokenResult first =
            get(broker, TokenKey::delegated(profile.id, customers.at(0), Graph));
        QVERIFY2(first.ok(), qPrintable(first.message));

        PCAuth::ProfileStore elsewhere(m_fx.dir->filePath(u"config"_s));
        PCAuth::Profile edited = profile;
        edited.clientId = PublicAppId;
        const PCAuth::Expected<bool> updated = elsewhere.update(edited);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));

        // The run goes on with the profile it started with.
        const AccessTokenResult second =
            get(broker, TokenKey::delegated(profile.id, customers.at(1), Graph));
        QVERIFY2(second.ok(), qPrintable(second.message));
        held.reset(); // the run ends
        QVERIFY(QTest::qWaitFor([&broker] { return !broker.hasPendingTokens(); }, 5000));

        const AccessTokenResult next =
            get(broker, TokenKey::delegated(profile.id, customers.at(2), Graph));
        QCOMPARE(next.ok(), false);
        QVERIFY2(next.message.contains(u"but the profile uses app %1"_s.arg(PublicAppId)),
                 qPrintable(next.message));
    }

    // The process dies mid-burst, before the newest token was stored: what the keychain holds
    // (the token before the burst) still redeems, because a rotation does not end the token
    // it replaces (PROTOCOL.md §2). Nothing but that token's fresh clock is lost.
    void crashMidBurstKeepsARedeemableToken()
    {
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Crash"_s);
        const auto before = m_fx.record(profile.id);
        QVERIFY(before);
        PCAuth::ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(60));
        const int writesBefore = refreshTokenWrites(profile.id);
        {
            std::shared_ptr<void> held; // outlives the broker: nothing stores at the end
            TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
            held = broker.holdChanges(profile.id);
            for (const QString &tenant : consentedCustomers(3)) {
                const AccessTokenResult r =
                    get(broker, TokenKey::delegated(profile.id, tenant, Graph));
                QVERIFY2(r.ok(), qPrintable(r.message));
            }
            QVERIFY(broker.hasPendingTokens());
        } // the "crash": the broker goes without savePending()
        QTest::qWait(100);
        QCOMPARE(refreshTokenWrites(profile.id), writesBefore);
        QCOMPARE(m_fx.record(profile.id)->refreshToken, before->refreshToken);
        TokenBroker restarted(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
        const AccessTokenResult pc =
            get(restarted, TokenKey::delegated(profile.id, {}, PartnerCenter));
        QVERIFY2(pc.ok(), qPrintable(pc.message));
        QVERIFY(m_fx.record(profile.id)->refreshToken != before->refreshToken); // stored again
    }

    // A burst whose last redemption fails (a customer without consent, answering last) stores
    // the burst's newest token before that failure is reported; savePending() after it has
    // nothing left to do.
    void burstEndingInAFailureStillStores()
    {
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Failing last"_s);
        const auto before = m_fx.record(profile.id);
        PCAuth::ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(60));
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
        const QString refusing = customerTenant(m_fx.server->context().scenario, false);
        QVERIFY(!refusing.isEmpty());
        const QJsonObject slow{{u"path"_s, u"/%1/oauth2/v2.0/token"_s.arg(refusing)},
                               {u"latencyMs"_s, 800}};
        QCOMPARE(
            m_fx.client->postJson(u"/_sandbox/faults"_s, {{u"faults"_s, QJsonArray{slow}}}).status,
            200);
        const QStringList tenants = consentedCustomers(3) << refusing;
        const int writesBefore = refreshTokenWrites(profile.id);
        int writesWhenFailed = -1;
        QList<std::optional<AccessTokenResult>> got(tenants.size());
        QObject context;
        for (int i = 0; i < tenants.size(); ++i)
            broker.accessToken(TokenKey::delegated(profile.id, tenants.at(i), Graph), &context,
                               [&, i](const AccessTokenResult &r) {
                                   got[i] = r;
                                   if (!r.ok())
                                       writesWhenFailed = refreshTokenWrites(profile.id);
                               });
        QVERIFY(QTest::qWaitFor([&got] { return got.last().has_value(); }, 15000));
        for (int i = 0; i + 1 < tenants.size(); ++i)
            QVERIFY(got.at(i).has_value() && got.at(i)->ok());
        QVERIFY(!got.last()->ok());
        QCOMPARE(writesWhenFailed - writesBefore, 1); // stored before the failure was told
        QVERIFY(!broker.hasPendingTokens());
        QCOMPARE(refreshTokenWrites(profile.id) - writesBefore, 1);
        QVERIFY(m_fx.record(profile.id)->refreshToken != before->refreshToken);
        m_fx.client->send("DELETE"_ba, m_fx.client->url(u"/_sandbox/faults"_s));
    }

    void forgetPartnerTenantKeepsCustomerTokens()
    {
        // "Refresh now" must reach Entra for the partner token, and must not cost every
        // customer a new redemption on the next customer check.
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Forget"_s);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        const QString customer = customerTenant(m_fx.server->context().scenario, true);
        QVERIFY(get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter)).ok());
        QVERIFY(get(broker, TokenKey::delegated(profile.id, customer, Graph)).ok());
        const qint64 redemptions = refreshCount();

        broker.forgetPartnerTenant(profile.id);
        const AccessTokenResult partner =
            get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter));
        QVERIFY2(partner.ok(), qPrintable(partner.message));
        QCOMPARE(partner.fromCache, false);
        const AccessTokenResult graph =
            get(broker, TokenKey::delegated(profile.id, customer, Graph));
        QVERIFY(graph.ok());
        QCOMPARE(graph.fromCache, true);
        QCOMPARE(refreshCount(), redemptions + 1);

        broker.forget(profile.id); // everything
        QCOMPARE(get(broker, TokenKey::delegated(profile.id, customer, Graph)).fromCache, false);
        QCOMPARE(refreshCount(), redemptions + 2);
    }

    void keepAliveRedeemsOnlyThePartnerToken()
    {
        // The rule the tray, "Refresh now" and `pcauthctl keepalive` share (KeepAliveRun): the
        // partner token is redeemed at Entra, cached customer tokens stay; a profile without
        // consent is skipped when asked, failed otherwise.
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Keep alive"_s);
        const PCAuth::Profile fresh = m_fx.addProfile(u"No consent"_s);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        const QString customer = customerTenant(m_fx.server->context().scenario, true);
        QVERIFY(get(broker, TokenKey{profile.id, {}, PartnerCenter}).ok());
        QVERIFY(get(broker, TokenKey{profile.id, customer, Graph}).ok());
        const qint64 redemptions = refreshCount();

        for (const bool skipWithoutConsent : {true, false}) {
            PCAuth::KeepAliveRun run(*m_fx.vault, broker, nullptr);
            QSignalSpy finished(&run, &PCAuth::KeepAliveRun::finished);
            run.start({profile, fresh}, skipWithoutConsent);
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.size(), 1);
            QCOMPARE(run.count(PCAuth::KeepAliveRun::Status::Ok), 1);
            QCOMPARE(run.count(PCAuth::KeepAliveRun::Status::Skipped), skipWithoutConsent ? 1 : 0);
            QCOMPARE(run.count(PCAuth::KeepAliveRun::Status::Failed), skipWithoutConsent ? 0 : 1);
        }
        QCOMPARE(refreshCount(), redemptions + 2); // the partner token, each time at Entra
        QCOMPARE(get(broker, TokenKey{profile.id, customer, Graph}).fromCache, true);
        QCOMPARE(refreshCount(), redemptions + 2);
    }

    void redemptionsAreAnnounced()
    {
        // The views hear of a changed token from the broker, not from whoever asked: once
        // per redemption, before the caller's answer; a cached token changed nothing; a run
        // over many customers is one change when its hold ends.
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Announced"_s);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        QSignalSpy changed(&broker, &TokenBroker::tokenChanged);
        qsizetype heardBeforeAnswer = -1;
        QObject context;
        broker.accessToken(TokenKey::delegated(profile.id, {}, PartnerCenter), &context,
                           [&](const AccessTokenResult &) { heardBeforeAnswer = changed.size(); });
        QTRY_COMPARE(heardBeforeAnswer, 1);
        QCOMPARE(changed.constFirst().constFirst().toString(), profile.id);
        QVERIFY(get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter)).fromCache);
        QCOMPARE(changed.size(), 1);

        // A failed redemption is a change too: its error is recorded for health.
        const QJsonObject fault{
            {u"path"_s, u"/token"_s}, {u"status"_s, 400}, {u"aadsts"_s, 50173}, {u"times"_s, 1}};
        QCOMPARE(
            m_fx.client->postJson(u"/_sandbox/faults"_s, {{u"faults"_s, QJsonArray{fault}}}).status,
            200);
        broker.forgetPartnerTenant(profile.id);
        QVERIFY(!get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter)).ok());
        QCOMPARE(changed.size(), 2);

        QStringList customers;
        for (const PCAuth::Sandbox::Tenant &t : m_fx.server->context().scenario.customers) {
            if (t.consented(WebAppId) && customers.size() < 3)
                customers << t.id;
        }
        QCOMPARE(customers.size(), 3);
        {
            const std::shared_ptr<void> hold = broker.holdChanges(profile.id);
            std::shared_ptr<void> nested = broker.holdChanges(profile.id);
            for (const QString &customer : std::as_const(customers))
                QVERIFY(get(broker, TokenKey::delegated(profile.id, customer, Graph)).ok());
            nested.reset();
            QCOMPARE(changed.size(), 2);
        }
        QCOMPARE(changed.size(), 3);
        // A hold with nothing redeemed announces nothing.
        broker.holdChanges(profile.id).reset();
        QCOMPARE(changed.size(), 3);
    }

    void errorsKeepLastGoodToken_data()
    {
        QTest::addColumn<bool>("revoke");
        QTest::addColumn<bool>("customerWithoutConsent");
        QTest::addColumn<int>("aadsts");
        QTest::addColumn<PCAuth::HealthStatus>("health");
        QTest::addRow("customer without consent")
            << false << true << 65001 << PCAuth::HealthStatus::Healthy;
        QTest::addRow("revoked") << true << false << 50173 << PCAuth::HealthStatus::Revoked;
    }
    void errorsKeepLastGoodToken()
    {
        QFETCH(bool, revoke);
        QFETCH(bool, customerWithoutConsent);
        QFETCH(int, aadsts);
        QFETCH(PCAuth::HealthStatus, health);
        start(SessionFixture::Store::Keychain);
        const PCAuth::Profile profile = consented(u"Errors"_s);
        PCAuth::ManualClock clock(QDateTime::currentDateTimeUtc());
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
        QVERIFY(get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter)).ok());
        const auto good = m_fx.record(profile.id);
        QVERIFY(good);
        if (revoke) {
            // Tokens issued before the revocation are refused; let a second pass first.
            m_fx.server->context().state.clock.advance(5);
            const auto r = m_fx.client->post(u"/_sandbox/users/%1/revoke"_s.arg(ServiceUser), {});
            QCOMPARE(r.status, 200);
        }
        clock.advance(60s);
        const TokenKey key{profile.id,
                           customerWithoutConsent
                               ? customerTenant(m_fx.server->context().scenario, false)
                               : QString(),
                           Graph}; // not the cached Partner Center token
        const AccessTokenResult result = get(broker, key);
        QCOMPARE(result.ok(), false);
        QVERIFY(result.error.has_value());
        QCOMPARE(result.error->aadsts, aadsts);
        QCOMPARE(result.message, PCAuth::ErrorCatalogue::describe(*result.error));
        QVERIFY2(result.message.contains(PCAuth::ErrorCatalogue::advise(*result.error).action),
                 qPrintable(result.message));
        const auto after = m_fx.record(profile.id);
        QVERIFY(after);
        QCOMPARE(after->refreshToken, good->refreshToken);
        QCOMPARE(after->lastRedeemedAt, good->lastRedeemedAt);
        QCOMPARE(PCAuth::evaluateHealth(broker.metadata(profile.id), clock).status, health);
        // A new broker on the same vault, as a second process would have, sees the same.
        const TokenBroker later(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
        const PCAuth::TokenMetadata seen = later.metadata(profile.id);
        QCOMPARE(PCAuth::evaluateHealth(seen, clock).status, health);
        QCOMPARE(seen.lastError.has_value(), revoke);
        if (revoke) {
            QCOMPARE(seen.lastError->aadsts, aadsts);
            QCOMPARE(seen.lastErrorAt, clock.now());
        }
    }

    void transientFailuresKeepLastGoodToken_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<qint64>("advanceSandboxDays");
        QTest::addColumn<int>("aadsts");
        QTest::addColumn<PCAuth::HealthStatus>("health");
        const QString path = u"/oauth2/v2.0/token"_s;
        QTest::addRow("503 storm") << QJsonObject{{u"path"_s, path}, {u"status"_s, 503}}
                                   << qint64(0) << 0 << PCAuth::HealthStatus::Healthy;
        QTest::addRow("429 storm")
            << QJsonObject{{u"path"_s, path}, {u"status"_s, 429}, {u"retryAfter"_s, 1}} << qint64(0)
            << 0 << PCAuth::HealthStatus::Healthy;
        QTest::addRow("dropped connections") << QJsonObject{{u"path"_s, path}, {u"drop"_s, true}}
                                             << qint64(0) << 0 << PCAuth::HealthStatus::Healthy;
        QTest::addRow("unused for 91 days")
            << QJsonObject{} << qint64(91) << 700082 << PCAuth::HealthStatus::Expired;
    }
    void transientFailuresKeepLastGoodToken()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(qint64, advanceSandboxDays);
        QFETCH(int, aadsts);
        QFETCH(PCAuth::HealthStatus, health);
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Transient"_s);
        const auto good = m_fx.record(profile.id);
        QVERIFY(good);
        if (!fault.isEmpty()) {
            QCOMPARE(
                m_fx.client->postJson(u"/_sandbox/faults"_s, {{u"faults"_s, QJsonArray{fault}}})
                    .status,
                200);
        }
        m_fx.server->context().state.clock.advance(advanceSandboxDays * 86400);
        PCAuth::ManualClock clock(QDateTime::currentDateTimeUtc());
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
        const AccessTokenResult result =
            get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter));
        QCOMPARE(result.ok(), false);
        QVERIFY(!result.message.isEmpty());
        if (aadsts) {
            QVERIFY(result.error.has_value());
            QCOMPARE(result.error->aadsts, aadsts);
        }
        // Whatever went wrong, the stored refresh token is the last good one.
        QCOMPARE(*m_fx.record(profile.id), *good);
        QCOMPARE(PCAuth::evaluateHealth(broker.metadata(profile.id), clock).status, health);
        if (!fault.isEmpty()) {
            // Once the service is back, the same stored token works.
            QCOMPARE(m_fx.client->send("DELETE"_ba, m_fx.client->url(u"/_sandbox/faults"_s)).status,
                     200);
            QVERIFY(get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter)).ok());
        }
    }

    void successClearsRecordedError()
    {
        start(SessionFixture::Store::Keychain);
        const PCAuth::Profile profile = consented(u"Cleared"_s);
        PCAuth::ManualClock clock(QDateTime::currentDateTimeUtc());
        {
            TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
            m_fx.server->context().state.clock.advance(5);
            const auto r = m_fx.client->post(u"/_sandbox/users/%1/revoke"_s.arg(ServiceUser), {});
            QCOMPARE(r.status, 200);
            QVERIFY(!get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter)).ok());
        }
        TokenBroker second(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
        QCOMPARE(PCAuth::evaluateHealth(second.metadata(profile.id), clock).status,
                 PCAuth::HealthStatus::Revoked);
        // The admin consents again; the new token works and the error is gone for everyone.
        m_fx.server->context().state.clock.advance(5);
        const PCAuth::ConsentResult again =
            m_fx.consent(profile, ServiceUser, ServicePassword, ServiceOtc);
        QVERIFY2(again.ok, qPrintable(again.message));
        // Put the error back as an older process that failed meanwhile would have.
        const auto old = second.metadata(profile.id);
        QVERIFY(!old.lastError.has_value()); // storing the new token dropped it
        PCAuth::ServiceError revoked;
        revoked.source = PCAuth::ServiceError::Source::Entra;
        revoked.error = u"invalid_grant"_s;
        revoked.aadsts = 50173;
        QVERIFY(m_fx.vault->recordError(profile.id, revoked, clock.now()).value());
        QCOMPARE(PCAuth::evaluateHealth(second.metadata(profile.id), clock).status,
                 PCAuth::HealthStatus::Revoked);
        clock.advance(60s);
        const AccessTokenResult result =
            get(second, TokenKey::delegated(profile.id, {}, PartnerCenter));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
        const TokenBroker third(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
        const PCAuth::TokenMetadata seen = third.metadata(profile.id);
        QVERIFY(!seen.lastError.has_value());
        QVERIFY(!seen.lastErrorAt.isValid());
        QCOMPARE(seen.lastRedeemedAt, clock.now());
        QCOMPARE(PCAuth::evaluateHealth(seen, clock).status, PCAuth::HealthStatus::Healthy);
    }

    void oneRedemptionPerKey()
    {
        start(SessionFixture::Store::Keychain);
        const PCAuth::Profile profile = consented(u"Single flight"_s);
        PCAuth::ManualClock clock(QDateTime::currentDateTimeUtc());
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, clock);
        const TokenKey key = TokenKey::delegated(profile.id, {}, PartnerCenter);
        const qint64 before = refreshCount();
        QList<AccessTokenResult> results;
        QObject context;
        for (int i = 0; i < 10; ++i)
            broker.accessToken(key, &context,
                               [&results](const AccessTokenResult &r) { results.append(r); });
        QVERIFY(QTest::qWaitFor([&results] { return results.size() == 10; }, 10000));
        QCOMPARE(refreshCount() - before, 1);
        const QString token = results.constFirst().accessToken;
        QVERIFY(!token.isEmpty());
        for (const AccessTokenResult &r : std::as_const(results)) {
            QCOMPARE(r.accessToken, token);
            QCOMPARE(r.fromCache, false);
        }
        const QDateTime expiresAt = results.constFirst().expiresAt;
        QVERIFY(expiresAt > clock.now().addSecs(600));

        QCOMPARE(get(broker, key).fromCache, true);
        clock.setNow(expiresAt.addSecs(-6 * 60));
        const AccessTokenResult still = get(broker, key);
        QCOMPARE(still.fromCache, true);
        QCOMPARE(still.accessToken, token);
        QCOMPARE(refreshCount() - before, 1);

        clock.setNow(expiresAt.addSecs(-4 * 60));
        const AccessTokenResult renewed = get(broker, key);
        QVERIFY2(renewed.ok(), qPrintable(renewed.message));
        QCOMPARE(renewed.fromCache, false);
        QCOMPARE(refreshCount() - before, 2);
        QCOMPARE(broker.metadata(profile.id).accessTokenExpiresAt, renewed.expiresAt);
    }

    void malformedSuccessBody()
    {
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Malformed"_s);
        const auto before = m_fx.record(profile.id);
        QVERIFY(before);
        const QJsonObject fault{
            {u"path"_s, u"/oauth2/v2.0/token"_s}, {u"malformed"_s, true}, {u"times"_s, 1}};
        QCOMPARE(
            m_fx.client->postJson(u"/_sandbox/faults"_s, {{u"faults"_s, QJsonArray{fault}}}).status,
            200);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        const AccessTokenResult result =
            get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter));
        QCOMPARE(result.ok(), false);
        QVERIFY2(result.message.startsWith(u"The token endpoint answered with success but its "
                                           "body is not a JSON object ("_s),
                 qPrintable(result.message));
        QVERIFY(result.message.endsWith(u"bytes), so no token could be read."_s));
        QCOMPARE(*m_fx.record(profile.id), *before);
        // The next request is answered normally and works with the same stored token.
        QVERIFY(get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter)).ok());
    }

    void rotatedTokenNotSaved()
    {
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Refusing store"_s);
        const auto before = m_fx.record(profile.id);
        QVERIFY(before);
        m_fx.memory->failNext(MemorySecretStore::Operation::Write,
                              PCAuth::SecretResult::Status::AccessDenied);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        const AccessTokenResult result =
            get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY2(result.warning.startsWith(u"The new refresh token could not be saved: "_s),
                 qPrintable(result.warning));
        // The vault's own account of what the keychain holds: here, the previous token.
        QVERIFY2(result.warning.contains(u"the previous one is kept"_s),
                 qPrintable(result.warning));
        QVERIFY(result.warning.contains(m_fx.memory->backendName()));
        const auto after = m_fx.record(profile.id);
        QVERIFY(after);
        QCOMPARE(*after, *before);
        QVERIFY(!result.warning.contains(before->refreshToken));
    }

    void storedForAnotherApp()
    {
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Other app"_s);
        auto record = m_fx.record(profile.id);
        QVERIFY(record);
        record->clientId = PublicAppId;
        QVERIFY(m_fx.wait([&](QObject *c, PCAuth::SecretStore::Callback d) {
                        m_fx.vault->storeRefreshToken(profile.id, *record, c, d);
                    })
                    .ok());
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        const qint64 before = refreshCount();
        const AccessTokenResult result =
            get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter));
        QCOMPARE(result.ok(), false);
        QVERIFY2(result.message.contains(u"was issued to app %1, but the profile uses app %2"_s.arg(
                     PublicAppId, WebAppId)),
                 qPrintable(result.message));
        QVERIFY(result.message.contains(u"AADSTS700007"_s));
        QCOMPARE(refreshCount(), before);
    }

    void noConsentYet()
    {
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = m_fx.addProfile(u"Fresh"_s);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        const AccessTokenResult result =
            get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter));
        QCOMPARE(result.ok(), false);
        QVERIFY2(result.message.endsWith(u"Run the partner consent for profile \"Fresh\"."_s),
                 qPrintable(result.message));
    }

    // ---- the lifecycle: a refresh under way never overwrites what happened meanwhile ----

    /// Parks the next refresh-token redemption in the sandbox for `ms`; returns once the
    /// broker's request has reached it (the sandbox has already answered it, late).
    void parkNextRedemption(TokenBroker &broker, const TokenKey &key, QObject *context,
                            std::optional<AccessTokenResult> &got, int ms = 3000)
    {
        const QJsonObject fault{
            {u"path"_s, u"/oauth2/v2.0/token"_s}, {u"latencyMs"_s, ms}, {u"times"_s, 1}};
        QCOMPARE(
            m_fx.client->postJson(u"/_sandbox/faults"_s, {{u"faults"_s, QJsonArray{fault}}}).status,
            200);
        const qint64 before = refreshCount();
        broker.accessToken(key, context, [&got](const AccessTokenResult &r) { got = r; });
        QVERIFY(QTest::qWaitFor([&] { return refreshCount() > before; }, 5000));
        QVERIFY(!got);
    }

    void refreshUnderWayKeepsANewConsent()
    {
        // The user runs consent again (here: to fix a token without MFA) while a bulk check
        // or a keep-alive redeems the old one. The old token's successor must not land on
        // top of the new consent.
        start(SessionFixture::Store::Keychain);
        const PCAuth::Profile profile = m_fx.addProfile(u"Consent again"_s);
        QVERIFY(m_fx.consent(profile, NoMfaUser, NoMfaPassword, QString(), false, true).ok);
        QCOMPARE(m_fx.record(profile.id)->mfa, PCAuth::MfaEvidence::Absent);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        QObject context;
        std::optional<AccessTokenResult> got;
        parkNextRedemption(broker, TokenKey::delegated(profile.id, {}, PartnerCenter), &context,
                           got);

        const PCAuth::ConsentResult again =
            m_fx.consent(profile, ServiceUser, ServicePassword, ServiceOtc);
        QVERIFY2(again.ok, qPrintable(again.message));
        QVERIFY(!got); // still parked
        const auto consented = m_fx.record(profile.id);
        QVERIFY(consented);
        QCOMPARE(consented->upn, ServiceUser);

        QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 15000));
        QVERIFY2(got->ok(), qPrintable(got->message));
        // The waiter got a token of the new consent, redeemed once more.
        QCOMPARE(PCAuth::Jwt::decode(got->accessToken)->subjectName(), ServiceUser);
        const auto held = m_fx.record(profile.id);
        QVERIFY(held);
        QCOMPARE(held->upn, ServiceUser);
        QCOMPARE(held->mfa, PCAuth::MfaEvidence::Present);
        QCOMPARE(held->consentId, consented->consentId);
        QVERIFY(!held->consentId.isEmpty());
        // Cached now, from the new consent.
        const AccessTokenResult cached =
            get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter));
        QCOMPARE(cached.fromCache, true);
        QCOMPARE(cached.accessToken, got->accessToken);
    }

    void removalDuringRefreshDoesNotComeBack()
    {
        start(SessionFixture::Store::Keychain);
        const PCAuth::Profile profile = consented(u"Removed meanwhile"_s);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        QObject context;
        std::optional<AccessTokenResult> got;
        parkNextRedemption(broker, TokenKey::delegated(profile.id, {}, PartnerCenter), &context,
                           got);

        QVERIFY(m_fx.wait([&](QObject *c, PCAuth::SecretStore::Callback d) {
                        m_fx.vault->removeProfile(profile.id, c, d);
                    })
                    .ok());
        QVERIFY(m_fx.profiles->remove(profile.id));

        QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 15000));
        QCOMPARE(got->ok(), false);
        QVERIFY2(got->message.contains(u"was removed"_s), qPrintable(got->message));
        SecretResult::Status status = SecretResult::Status::Ok;
        QVERIFY(!m_fx.record(profile.id, &status));
        QCOMPARE(status, SecretResult::Status::NotFound);
        QVERIFY(!m_fx.vault->index().profileIds()->contains(profile.id));
    }

    void customerErrorsStayOnTheCustomer_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("aadsts");
        QTest::addColumn<bool>("recorded"); // on the partner's refresh token
        QTest::addRow("unknown invalid_grant (50105)") << u"invalid_grant"_s << 50105 << false;
        QTest::addRow("customer's MFA policy (50076)")
            << u"interaction_required"_s << 50076 << false;
        QTest::addRow("customer's Conditional Access (53003)")
            << u"access_denied"_s << 53003 << false;
        QTest::addRow("no service principal (700016)")
            << u"unauthorized_client"_s << 700016 << false;
        QTest::addRow("revoked (50173)") << u"invalid_grant"_s << 50173 << true;
        QTest::addRow("90 days unused (700082)") << u"invalid_grant"_s << 700082 << true;
        QTest::addRow("another app's token (700007)") << u"invalid_grant"_s << 700007 << true;
    }

    void customerErrorsStayOnTheCustomer()
    {
        QFETCH(QString, error);
        QFETCH(int, aadsts);
        QFETCH(bool, recorded);
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Customer errors"_s);
        const QString customer = customerTenant(m_fx.server->context().scenario, true);
        const QJsonObject fault{{u"path"_s, u"/%1/oauth2/v2.0/token"_s.arg(customer)},
                                {u"status"_s, 400},
                                {u"aadsts"_s, aadsts},
                                {u"error"_s, error},
                                {u"times"_s, 1}};
        QCOMPARE(
            m_fx.client->postJson(u"/_sandbox/faults"_s, {{u"faults"_s, QJsonArray{fault}}}).status,
            200);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        const AccessTokenResult result =
            get(broker, TokenKey::delegated(profile.id, customer, Graph));
        QCOMPARE(result.ok(), false);
        QCOMPARE(result.error->aadsts, aadsts);
        const PCAuth::TokenMetadata seen = broker.metadata(profile.id);
        QCOMPARE(seen.lastError.has_value(), recorded);
        if (recorded)
            QCOMPARE(seen.lastError->aadsts, aadsts);
    }

    void mfaEvidenceFollowsTheTokens_data()
    {
        QTest::addColumn<bool>("signedInWithMfa");
        QTest::addRow("the record says MFA, the tokens carry none") << false;
        QTest::addRow("the record says no MFA, the tokens carry it") << true;
    }

    void mfaEvidenceFollowsTheTokens()
    {
        QFETCH(bool, signedInWithMfa);
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = m_fx.addProfile(u"MFA evidence"_s);
        const PCAuth::ConsentResult consent =
            signedInWithMfa
                ? m_fx.consent(profile, ServiceUser, ServicePassword, ServiceOtc)
                : m_fx.consent(profile, NoMfaUser, NoMfaPassword, QString(), false, true);
        QVERIFY2(consent.ok, qPrintable(consent.message));
        const PCAuth::MfaEvidence truth =
            signedInWithMfa ? PCAuth::MfaEvidence::Present : PCAuth::MfaEvidence::Absent;
        PCAuth::RefreshTokenRecord stale = *m_fx.record(profile.id);
        QCOMPARE(stale.mfa, truth);
        stale.mfa = signedInWithMfa ? PCAuth::MfaEvidence::Absent : PCAuth::MfaEvidence::Present;
        QVERIFY(m_fx.wait([&](QObject *c, PCAuth::SecretStore::Callback d) {
                        m_fx.vault->storeRefreshToken(profile.id, stale, c, d);
                    })
                    .ok());

        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        QVERIFY(get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter)).ok());
        QCOMPARE(m_fx.record(profile.id)->mfa, truth);
        QCOMPARE(broker.metadata(profile.id).mfa, truth);
    }

    void tokenGoesOnlyToItsAuthority()
    {
        // An edited cloud file (or profile) points the profile at another sign-in host: the
        // refresh token and the app's secret are not sent there.
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = consented(u"Authority"_s);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        QVERIFY(!m_fx.record(profile.id)->authority.isEmpty());
        QFile file(m_fx.cloudFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QJsonObject cloud = QJsonDocument::fromJson(original).object();
        QJsonObject endpoints = cloud.value(u"endpoints"_s).toObject();
        QUrl elsewhere(endpoints.value(u"authority"_s).toString());
        QVERIFY(elsewhere.isValid());
        elsewhere.setHost(u"localhost"_s);
        endpoints.insert(u"authority"_s, elsewhere.toString());
        cloud.insert(u"endpoints"_s, endpoints);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(cloud).toJson());
        file.close();
        const qint64 before = refreshCount();
        const qint64 requests = m_fx.server->context().state.counters.value(u"requests.total"_s);

        for (const bool appOnly : {false, true}) {
            const AccessTokenResult result =
                get(broker, TokenKey{profile.id, {}, PartnerCenter, appOnly});
            QCOMPARE(result.ok(), false);
            QVERIFY2(result.message.contains(u"was issued by"_s)
                         && result.message.contains(elsewhere.host()),
                     qPrintable(result.message));
        }
        QCOMPARE(refreshCount(), before);
        QCOMPARE(m_fx.server->context().state.counters.value(u"requests.total"_s), requests);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(original);
        file.close();
        QVERIFY(get(broker, TokenKey::delegated(profile.id, {}, PartnerCenter)).ok());
    }

    void appOnly_data()
    {
        QTest::addColumn<PCAuth::CredentialKind>("credential");
        QTest::addColumn<Protocol>("protocol");
        QTest::addRow("secret v2") << PCAuth::CredentialKind::Secret << Protocol::V2;
        QTest::addRow("secret v1") << PCAuth::CredentialKind::Secret << Protocol::V1;
        QTest::addRow("certificate v2") << PCAuth::CredentialKind::Certificate << Protocol::V2;
    }
    void appOnly()
    {
        QFETCH(PCAuth::CredentialKind, credential);
        QFETCH(Protocol, protocol);
        start(SessionFixture::Store::Keychain);
        const PCAuth::Profile profile = m_fx.addProfile(u"App only"_s, credential, protocol);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        const TokenKey key = TokenKey::appOnlyFor(profile.id, {}, PartnerCenter);
        const AccessTokenResult result = get(broker, key);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const auto jwt = PCAuth::Jwt::decode(result.accessToken);
        QVERIFY(jwt.ok());
        QVERIFY(!jwt->roles().isEmpty());
        QCOMPARE(jwt->stringClaim(u"scp"), QString());
        QVERIFY(jwt->isAppOnly());
        QCOMPARE(get(broker, key).fromCache, true);
        SecretResult::Status status = SecretResult::Status::Ok;
        QVERIFY(!m_fx.record(profile.id, &status));
        QCOMPARE(status, SecretResult::Status::NotFound);
    }

    void appOnlyPublicClient()
    {
        start(SessionFixture::Store::Memory);
        const PCAuth::Profile profile = m_fx.addProfile(u"Public"_s, PCAuth::CredentialKind::None);
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, *m_fx.http, PCAuth::Clock::system());
        const AccessTokenResult result =
            get(broker, TokenKey::appOnlyFor(profile.id, {}, PartnerCenter));
        QCOMPARE(result.message, u"Profile \"Public\" is a public client: app-only tokens need a "
                                 "client secret or a certificate."_s);
    }
};

QTEST_GUILESS_MAIN(tst_TokenBroker)
#include "tst_tokenbroker.moc"
