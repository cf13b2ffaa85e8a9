// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The partner consent against the in-process sandbox and the real keychain (run inside a
// private D-Bus session with an unlocked gnome-keyring, see packaging/dev.sh). The test is
// the browser: it walks the sandbox's sign-in forms and follows the redirect.
#include "errors/errorcatalogue.h"
#include "sessionfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using PCAuth::ConsentFlow;
using PCAuth::ConsentResult;
using PCAuth::MfaEvidence;
using PCAuth::Protocol;
using PCAuth::SecretResult;
using namespace PCAuth::Test;

class tst_Consent : public QObject
{
    Q_OBJECT

    SessionFixture m_fx;

    /// The app has not been consented in the partner tenant yet: the consent page is shown.
    void withdrawConsent(const QString &clientId)
    {
        const auto r = m_fx.client->send(
            "DELETE"_ba,
            m_fx.client->url(u"/_sandbox/tenants/%1/consents/%2"_s.arg(PartnerTenantId, clientId)));
        QVERIFY2(r.status / 100 == 2, r.body.constData());
    }

    void expectNothingStored(const PCAuth::Profile &profile)
    {
        SecretResult::Status status = SecretResult::Status::Ok;
        QVERIFY(!m_fx.record(profile.id, &status));
        QCOMPARE(status, SecretResult::Status::NotFound);
    }

private Q_SLOTS:
    void init()
    {
        const QString error = m_fx.start(SessionFixture::Store::Keychain);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { m_fx.cleanup(); }

    void loopbackConsent_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<PCAuth::CredentialKind>("credential");
        QTest::addRow("v2 web app, secret") << Protocol::V2 << PCAuth::CredentialKind::Secret;
        QTest::addRow("v1 web app, certificate")
            << Protocol::V1 << PCAuth::CredentialKind::Certificate;
        QTest::addRow("v2 public client") << Protocol::V2 << PCAuth::CredentialKind::None;
    }
    void loopbackConsent()
    {
        QFETCH(Protocol, protocol);
        QFETCH(PCAuth::CredentialKind, credential);
        const PCAuth::Profile profile = m_fx.addProfile(u"Loopback"_s, credential, protocol);
        QVERIFY(!profile.id.isEmpty());
        withdrawConsent(profile.clientId);
        ConsentFlow flow(*m_fx.vault, *m_fx.http, PCAuth::Clock::system(), nullptr);
        QSignalSpy spy(&flow, &ConsentFlow::finished);
        const PCAuth::Expected<QUrl> url = flow.startLoopback(profile, 30s, ServiceUser);
        QVERIFY2(url.ok(), qPrintable(url.error()));
        QCOMPARE(flow.redirectUri().host(), u"localhost"_s);
        QVERIFY(flow.redirectUri().port() > 0);

        const BrowserResult browsed =
            m_fx.browse(url.value(), ServiceUser, ServicePassword, ServiceOtc);
        QCOMPARE(browsed.pages, (QStringList{u"login"_s, u"mfa"_s, u"consent"_s}));
        QCOMPARE(browsed.location.port(), flow.redirectUri().port());
        // The browser follows the redirect to the loopback receiver.
        const PCAuth::SandboxTest::Reply landing = m_fx.client->send("GET"_ba, browsed.location);
        QCOMPARE(landing.status, 200);
        QVERIFY(!spy.isEmpty() || spy.wait(10000));
        const auto result = spy.constFirst().constFirst().value<ConsentResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.upn, ServiceUser);
        QCOMPARE(result.tenant, PartnerTenantId);
        QCOMPARE(result.mfa, MfaEvidence::Present);
        QCOMPARE(result.storedIn, m_fx.vault->backendName());
        QVERIFY2(result.message.contains(u"amr contains \"mfa\""_s), qPrintable(result.message));

        const auto record = m_fx.record(profile.id);
        QVERIFY(record);
        QCOMPARE(record->mfa, MfaEvidence::Present);
        QCOMPARE(record->acceptedWithoutMfa, false);
        QCOMPARE(record->upn, ServiceUser);
        QCOMPARE(record->clientId, profile.clientId);
        QCOMPARE(record->tenant, PartnerTenantId);
        QCOMPARE(record->obtainedVia, u"consent-system-browser"_s);
        QVERIFY(!record->refreshToken.isEmpty());
        QVERIFY(!result.message.contains(record->refreshToken));
        // The index mirrors it for health, without the token.
        const auto entry = m_fx.vault->index().entry(profile.id, PCAuth::SecretKind::RefreshToken);
        QVERIFY(entry.ok() && entry->stored);
    }

    void loopbackIgnoresRequestsWithoutTheState()
    {
        const PCAuth::Profile profile = m_fx.addProfile(u"Hostile"_s);
        ConsentFlow flow(*m_fx.vault, *m_fx.http, PCAuth::Clock::system(), nullptr);
        QSignalSpy spy(&flow, &ConsentFlow::finished);
        const PCAuth::Expected<QUrl> url = flow.startLoopback(profile, 30s, ServiceUser);
        QVERIFY2(url.ok(), qPrintable(url.error()));
        // Another local process knows the port but not the state.
        const QStringList hostile{u"code=a&code=b"_s, u"code=a&state=x&state=y"_s, u"code=a"_s,
                                  u"code=a&state=wrong"_s, u"error=access_denied"_s};
        for (const QString &query : hostile) {
            QUrl forged = flow.redirectUri();
            forged.setQuery(query);
            const PCAuth::SandboxTest::Reply r = m_fx.client->send("GET"_ba, forged);
            QCOMPARE(r.status, 400);
            QVERIFY2(r.body.contains("PCAuth is still waiting"), r.body.constData());
            QTest::qWait(50);
            QVERIFY2(spy.isEmpty(), qPrintable(query));
            QVERIFY(flow.isRunning());
        }
        const BrowserResult browsed =
            m_fx.browse(url.value(), ServiceUser, ServicePassword, ServiceOtc);
        QCOMPARE(m_fx.client->send("GET"_ba, browsed.location).status, 200);
        QVERIFY(!spy.isEmpty() || spy.wait(10000));
        const auto result = spy.constFirst().constFirst().value<ConsentResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(m_fx.record(profile.id));
    }

    void withoutMfa_data()
    {
        QTest::addColumn<bool>("askForMfa");
        QTest::addColumn<bool>("accept");
        QTest::addColumn<bool>("stored");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("MFA asked: Entra refuses the sign-in")
            << true << false << false << u"AADSTS50076"_s;
        QTest::addRow("not asked: PCAuth refuses the token")
            << false << false << false
            << u"shows no multi-factor authentication (amr is [\"pwd\"]: no MFA method)"_s;
        QTest::addRow("accepted without MFA: stored and flagged")
            << false << true << true << u"WITHOUT evidence of MFA"_s;
    }
    void withoutMfa()
    {
        QFETCH(bool, askForMfa);
        QFETCH(bool, accept);
        QFETCH(bool, stored);
        QFETCH(QString, messagePart);
        const PCAuth::Profile profile = m_fx.addProfile(u"No MFA"_s);
        const ConsentResult result =
            m_fx.consent(profile, NoMfaUser, NoMfaPassword, QString(), askForMfa, accept);
        QCOMPARE(result.ok, stored);
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
        if (!stored)
            return expectNothingStored(profile);
        QCOMPARE(result.mfa, MfaEvidence::Absent);
        const auto record = m_fx.record(profile.id);
        QVERIFY(record);
        QCOMPARE(record->mfa, MfaEvidence::Absent);
        QCOMPARE(record->acceptedWithoutMfa, true);
        QCOMPARE(record->obtainedVia, u"consent-manual"_s);
        // Health flags it.
        const PCAuth::HealthReport health =
            PCAuth::evaluateHealth(record->tokenMetadata(), PCAuth::Clock::system());
        QCOMPARE(health.status, PCAuth::HealthStatus::MfaMissing);
    }

    void cancelled()
    {
        const PCAuth::Profile profile = m_fx.addProfile(u"Cancel"_s);
        withdrawConsent(profile.clientId);
        ConsentFlow flow(*m_fx.vault, *m_fx.http, PCAuth::Clock::system(), nullptr);
        QSignalSpy spy(&flow, &ConsentFlow::finished);
        const PCAuth::Expected<QUrl> url = flow.start(profile);
        QVERIFY(url.ok());
        const BrowserResult browsed =
            m_fx.browse(url.value(), ServiceUser, ServicePassword, ServiceOtc, u"cancel"_s);
        QVERIFY(browsed.location.isValid());
        flow.complete(browsed.location);
        QVERIFY(!spy.isEmpty() || spy.wait(5000));
        const auto result = spy.constFirst().constFirst().value<ConsentResult>();
        QCOMPARE(result.ok, false);
        QVERIFY(result.error.has_value());
        QCOMPARE(result.error->error, u"access_denied"_s);
        QVERIFY2(result.message.contains(u"cancel"_s, Qt::CaseInsensitive)
                     || result.message.contains(u"declin"_s, Qt::CaseInsensitive),
                 qPrintable(result.message));
        expectNothingStored(profile);
    }

    /// Once the redirect with the code is handed in, the code is being redeemed and the token
    /// stored: a cancel then must not report "cancelled, nothing stored" while it is stored.
    void cancelAfterTheRedirectStillStores()
    {
        const PCAuth::Profile profile = m_fx.addProfile(u"Late cancel"_s);
        ConsentFlow flow(*m_fx.vault, *m_fx.http, PCAuth::Clock::system(), nullptr);
        QSignalSpy spy(&flow, &ConsentFlow::finished);
        const PCAuth::Expected<QUrl> url = flow.start(profile, ServiceUser);
        QVERIFY2(url.ok(), qPrintable(url.error()));
        const BrowserResult browsed =
            m_fx.browse(url.value(), ServiceUser, ServicePassword, ServiceOtc);
        QVERIFY(browsed.location.isValid());
        QSignalSpy redeeming(&flow, &ConsentFlow::redeeming);
        QVERIFY(flow.isCancellable());
        flow.complete(browsed.location);
        QCOMPARE(redeeming.size(), 1);
        QVERIFY(flow.isRunning());
        QVERIFY(!flow.isCancellable());
        flow.cancel();
        QVERIFY(!spy.isEmpty() || spy.wait(10000));
        QCOMPARE(spy.size(), 1);
        const auto result = spy.constFirst().constFirst().value<ConsentResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY2(!result.message.contains(u"cancelled"_s), qPrintable(result.message));
        const auto record = m_fx.record(profile.id);
        QVERIFY(record);
        QCOMPARE(record->upn, ServiceUser);
        QVERIFY(!record->refreshToken.isEmpty());
    }

    void wrongState()
    {
        const PCAuth::Profile profile = m_fx.addProfile(u"State"_s);
        ConsentFlow flow(*m_fx.vault, *m_fx.http, PCAuth::Clock::system(), nullptr);
        QSignalSpy spy(&flow, &ConsentFlow::finished);
        const PCAuth::Expected<QUrl> url = flow.start(profile);
        QVERIFY(url.ok());
        const BrowserResult browsed =
            m_fx.browse(url.value(), ServiceUser, ServicePassword, ServiceOtc);
        QUrl forged = browsed.location;
        QUrlQuery query(forged);
        query.removeAllQueryItems(u"state"_s);
        query.addQueryItem(u"state"_s, u"another-sign-in"_s);
        forged.setQuery(query);
        const qint64 redeemed =
            m_fx.server->context().state.counters.value(u"token.grant.authorization_code"_s);
        flow.complete(forged);
        QVERIFY(!spy.isEmpty() || spy.wait(5000));
        const auto result = spy.constFirst().constFirst().value<ConsentResult>();
        QCOMPARE(result.ok, false);
        QVERIFY2(result.message.contains(u"state"_s, Qt::CaseInsensitive)
                     || result.message.contains(u"another sign-in"_s, Qt::CaseInsensitive),
                 qPrintable(result.message));
        QCOMPARE(m_fx.server->context().state.counters.value(u"token.grant.authorization_code"_s),
                 redeemed);
        QVERIFY(!result.message.contains(query.queryItemValue(u"code"_s)));
        expectNothingStored(profile);
    }
};

QTEST_GUILESS_MAIN(tst_Consent)
#include "tst_consent.moc"
