// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The app's services in sandbox mode on a sandbox of the user's own (`pcauth --sandbox-url`,
// e.g. a pcauth-sandbox started with --customers 5000): no embedded sandbox, the demo profile
// on that one, everything the app asks for answered there; an address that is no http(s) URL
// is refused with a message that says what to give.
#include "api/customerlisting.h"
#include "api/partnercenterclient.h"
#include "guifixture.h"
#include "sandboxserver.h"
#include "scenario.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

class tst_AppServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnAGivenSandbox()
    {
        // The user's own sandbox, with customers the embedded one would not have.
        Sandbox::Scenario scenario = Sandbox::Scenario::demo();
        scenario.addGeneratedCustomers(40);
        const qsizetype customers = scenario.customers.size();
        Sandbox::SandboxServer own(std::move(scenario));
        QString error;
        QVERIFY2(own.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));

        GuiFixture fixture;
        // Given with a trailing slash, as a user may type it.
        const QString problem = fixture.start(0, nullptr, QUrl(own.baseUrl().toString() + u"/"_s));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        AppServices &services = *fixture.services;
        QVERIFY(services.isSandbox());
        QCOMPARE(services.sandbox(), nullptr);
        QCOMPARE(services.sandboxUrl(), own.baseUrl());

        // The demo profile's cloud file points at the given sandbox.
        const Profile demo = fixture.demoProfile();
        QVERIFY(!demo.id.isEmpty());
        QFile cloudFile(demo.customCloudFile);
        QVERIFY(cloudFile.open(QIODevice::ReadOnly));
        const QByteArray cloudText = cloudFile.readAll();
        QVERIFY2(cloudText.contains(own.baseUrl().toString().toUtf8()), cloudText.constData());

        // A consent and the customer list come from it.
        const qint64 before = own.context().state.counters.value(u"requests.total"_s);
        const ConsentResult consent = fixture.consent(demo);
        QVERIFY2(consent.ok, qPrintable(consent.message));
        const Cloud cloud = demo.cloud().value();
        const std::unique_ptr<AccessTokenSource> tokens =
            services.broker().source(TokenKey::partnerCenter(demo.id, cloud));
        PartnerCenterClient client(services.http(), cloud.endpoint(Service::PartnerCenter), *tokens,
                                   nullptr);
        CustomerListing listing(client, 500, nullptr);
        QSignalSpy listed(&listing, &CustomerListing::finished);
        listing.start();
        QVERIFY(listed.wait(15000));
        const CustomerList list = listed.constFirst().constFirst().value<CustomerList>();
        QVERIFY2(list.ok(), qPrintable(list.errorMessage()));
        QCOMPARE(list.customers.size(), customers);
        QVERIFY(own.context().state.counters.value(u"requests.total"_s) > before);
        fixture.stop();
    }

    void refusesAnAddressThatIsNoUrl_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("no scheme") << u"127.0.0.1:8080"_s;
        QTest::newRow("ftp") << u"ftp://127.0.0.1:8080"_s;
        QTest::newRow("no host") << u"http://"_s;
    }

    void refusesAnAddressThatIsNoUrl()
    {
        QFETCH(QString, address);
        GuiFixture fixture;
        const QString problem = fixture.start(0, nullptr, QUrl(address));
        QVERIFY2(problem.contains(u"is not an http:// or https:// URL"_s), qPrintable(problem));
        QVERIFY2(problem.contains(u"pcauth-sandbox prints"_s), qPrintable(problem));
        QCOMPARE(fixture.services->sandbox(), nullptr);
        fixture.stop();
    }
};

QTEST_GUILESS_MAIN(tst_AppServices)
#include "tst_appservices.moc"
