// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The one shape of the engine's long operations (support/job.h), held by every job: exactly
// one finished signal per start, never inside start() or cancel(); cancel() ends a running job
// with wasCancelled(); cancelling one that is not running does nothing; deleting the context
// stops it silently. On the sandbox in-process.
#include "api/customerlisting.h"
#include "api/partnercenterclient.h"
#include "session/accesscheckrun.h"
#include "session/consentflow.h"
#include "session/consentgrantrun.h"
#include "session/credentialreplacement.h"
#include "session/customercheckrun.h"
#include "session/keepalive.h"
#include "session/tokenbroker.h"
#include "sessionfixture.h"

#include <functional>
#include <memory>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

/// A job of one kind, made under `context`, with a spy on its own finished signal and the
/// call that starts it.
struct Made
{
    Job *job = nullptr;
    std::unique_ptr<QSignalSpy> finished;
    std::function<void()> start;
    /// What takes a started job to its end, when that needs more than waiting.
    std::function<void()> drive;
};

using Maker = std::function<Made(QObject *context)>;

} // namespace

Q_DECLARE_METATYPE(Maker)

class tst_Jobs : public QObject
{
    Q_OBJECT

    SessionFixture m_fx;
    std::unique_ptr<TokenBroker> m_broker;
    std::unique_ptr<AccessTokenSource> m_tokens;
    std::unique_ptr<PartnerCenterClient> m_client;
    Profile m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_fx.start(SessionFixture::Store::Memory);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_profile = m_fx.addProfile(u"Jobs"_s);
        const ConsentResult consent =
            m_fx.consent(m_profile, ServiceUser, ServicePassword, ServiceOtc);
        QVERIFY2(consent.ok, qPrintable(consent.message));
        m_broker =
            std::make_unique<TokenBroker>(*m_fx.profiles, *m_fx.vault, *m_fx.http, Clock::system());
        const Cloud cloud = m_profile.cloud().value();
        m_tokens = m_broker->source(TokenKey::partnerCenter(m_profile.id, cloud));
        m_client = std::make_unique<PartnerCenterClient>(
            *m_fx.http, cloud.endpoint(Service::PartnerCenter), *m_tokens, nullptr);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_tokens.reset();
        m_broker.reset();
        m_fx.cleanup();
    }

    void oneShape_data()
    {
        QTest::addColumn<Maker>("make");
        QTest::addRow("customer listing") << Maker([this](QObject *context) {
            auto *job = new CustomerListing(*m_client, 10, context);
            return Made{job,
                        std::make_unique<QSignalSpy>(job, &CustomerListing::finished),
                        [job] { job->start(); },
                        {}};
        });
        QTest::addRow("customer health check") << Maker([this](QObject *context) {
            auto *job = CustomerCheckRun::newCheck(*m_broker, *m_fx.http, m_profile.id,
                                                   m_profile.cloud().value(), context);
            QList<Customer> customers;
            for (const Sandbox::Tenant &t : m_fx.server->context().scenario.customers) {
                Customer c;
                c.id = t.id;
                c.tenantId = t.id;
                c.companyName = t.name;
                customers << c;
            }
            return Made{job,
                        std::make_unique<QSignalSpy>(job, &CustomerHealthCheck::finished),
                        [job, customers] { job->start(customers); },
                        {}};
        });
        QTest::addRow("customer check run") << Maker([this](QObject *context) {
            auto *job = new CustomerCheckRun(*m_broker, *m_fx.http, m_profile, 4, context);
            return Made{job,
                        std::make_unique<QSignalSpy>(job, &CustomerCheckRun::finished),
                        [job] { job->start(); },
                        {}};
        });
        QTest::addRow("partner consent") << Maker([this](QObject *context) {
            auto *job = new ConsentFlow(*m_fx.vault, *m_fx.http, Clock::system(), context);
            Made made{job,
                      std::make_unique<QSignalSpy>(job, &ConsentFlow::finished),
                      [this, job] { QVERIFY(job->start(m_profile, ServiceUser).ok()); },
                      {}};
            made.drive = [this, job] {
                job->complete(
                    m_fx.browse(job->authorizationUrl(), ServiceUser, ServicePassword, ServiceOtc)
                        .location);
            };
            return made;
        });
        QTest::addRow("credential replacement") << Maker([this](QObject *context) {
            auto *job = new CredentialReplacement(*m_fx.profiles, *m_fx.vault, *m_fx.http,
                                                  *m_broker, Clock::system(), context);
            ClientCredential same;
            same.kind = CredentialKind::Secret;
            same.secret = WebAppSecret;
            return Made{job,
                        std::make_unique<QSignalSpy>(job, &CredentialReplacement::finished),
                        [this, job, same] { job->start(m_profile.id, same); },
                        {}};
        });
        QTest::addRow("access check run") << Maker([this](QObject *context) {
            AccessCheckOptions options;
            options.concurrency = 4;
            auto *job = new AccessCheckRun(*m_broker, *m_fx.http, Clock::system(), m_profile,
                                           options, context);
            return Made{job,
                        std::make_unique<QSignalSpy>(job, &AccessCheckRun::finished),
                        [job] { job->start(); },
                        {}};
        });
        QTest::addRow("consent grant run") << Maker([this](QObject *context) {
            auto *job = new ConsentGrantRun(*m_broker, *m_fx.http, m_profile, context);
            const Sandbox::Tenant &customer = m_fx.server->context().scenario.customers.first();
            const QList<ConsentTarget> targets{{customer.id, customer.name, true}};
            return Made{job,
                        std::make_unique<QSignalSpy>(job, &ConsentGrantRun::finished),
                        [job, targets] { job->start(targets); },
                        {}};
        });
        QTest::addRow("keep-alive") << Maker([this](QObject *context) {
            auto *job = new KeepAliveRun(*m_fx.vault, *m_broker, context);
            return Made{job,
                        std::make_unique<QSignalSpy>(job, &KeepAliveRun::finished),
                        [this, job] { job->start({m_profile}, false); },
                        {}};
        });
    }

    void oneShape()
    {
        QFETCH(Maker, make);
        // Runs to the end: one finished, not inside start(), not cancelled.
        {
            QObject context;
            Made made = make(&context);
            QCOMPARE(made.job->parent(), &context);
            made.start();
            QVERIFY(made.job->isRunning());
            QCOMPARE(made.finished->size(), 0);
            if (made.drive)
                made.drive();
            QVERIFY(!made.finished->isEmpty() || made.finished->wait(15000));
            QVERIFY(!made.job->isRunning());
            QVERIFY(!made.job->wasCancelled());
            made.job->cancel(); // not running: nothing happens
            QTest::qWait(100);
            QCOMPARE(made.finished->size(), 1);
            QVERIFY(!made.job->wasCancelled());
        }
        // Cancelled: finished follows later, once, and says so.
        {
            QObject context;
            Made made = make(&context);
            made.start();
            made.job->cancel();
            QCOMPARE(made.finished->size(), 0);
            QVERIFY(made.job->wasCancelled());
            made.job->cancel(); // twice is once
            QVERIFY(made.finished->wait(15000));
            QTest::qWait(200);
            QCOMPARE(made.finished->size(), 1);
            QVERIFY(!made.job->isRunning());
            QVERIFY(made.job->wasCancelled());
        }
        // Its context deleted: nothing more, no crash.
        {
            auto context = std::make_unique<QObject>();
            Made made = make(context.get());
            made.start();
            QSignalSpy destroyed(made.job, &QObject::destroyed);
            context.reset();
            QCOMPARE(destroyed.size(), 1);
            QTest::qWait(300);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Jobs)
#include "tst_jobs.moc"
