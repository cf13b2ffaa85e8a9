// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The Access view's work without a widget, on the embedded sandbox and the real keychain:
// the demo profile consented by the partner's service account and a second profile signed in
// as helpdesk.agent (outside Admin Agents), both checked by the app's AccessMonitor. What the
// models show is what the demo scenario holds (app/sandbox/scenarios/demo.json). The
// functions run in declaration order and share the fixture.
#include "accesscontroller.h"
#include "accessmodels.h"
#include "accessmonitor.h"
#include "accesssummary.h"
#include "guifixture.h"
#include "nowidgets.h"

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

int gdapRowOf(const QAbstractItemModel *model, const QString &customer)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, GdapModel::CustomerColumn).data().toString() == customer)
            return row;
    }
    return -1;
}

} // namespace

class tst_AccessController : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_fixture;
    std::unique_ptr<AccessController> m_controller;
    QString m_demoId;
    QString m_helpdeskId;

    AccessMonitor &monitor() { return m_fixture.services->access(); }

    bool waitIdle(int timeoutMs = 60000)
    {
        return QTest::qWaitFor([this] { return !monitor().isCheckingAny(); }, timeoutMs);
    }

    QString headlineOf(const QString &profileId) const
    {
        const AccessProfilesModel *m = m_controller->profiles();
        return m->index(m->rowOf(profileId), AccessProfilesModel::HeadlineColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_demoId = m_fixture.demoProfile().id;
        QVERIFY(m_fixture.consent(m_fixture.demoProfile()).ok);
        m_controller = std::make_unique<AccessController>(*m_fixture.services);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_fixture.stop();
    }

    void notCheckedYet()
    {
        QCOMPARE(m_controller->profiles()->rowCount(), 1);
        QCOMPARE(m_controller->profileId(), m_demoId);
        QCOMPARE(headlineOf(m_demoId), u"Not checked yet"_s);
        QVERIFY(
            m_controller->profiles()->index(0, 0).data(AccessRoles::StatusId).toString().isEmpty());
        QCOMPARE(m_controller->gdap()->rowCount(), 0);
        QVERIFY(m_controller->gdapCsv().isEmpty());
        QVERIFY(m_controller->statusText().startsWith(u"Not checked yet"_s));
    }

    void checkShowsTheDemoFacts()
    {
        QSignalSpy reports(m_controller.get(), &AccessController::reportChanged);
        m_controller->check();
        QVERIFY(m_controller->isChecking());
        QCOMPARE(headlineOf(m_demoId), u"Checking…"_s);
        QVERIFY(waitIdle());
        QVERIFY(!m_controller->isChecking());
        QCOMPARE(reports.size(), 1);
        QVERIFY2(m_controller->statusText().startsWith(u"Checked "_s),
                 qPrintable(m_controller->statusText()));

        // The demo profile: problems (an expired relationship, a missing consent).
        const QModelIndex demo = m_controller->profiles()->index(0, 0);
        QCOMPARE(demo.data(AccessRoles::StatusId).toString(), u"problem"_s);
        QVERIFY(!headlineOf(m_demoId).isEmpty());
        // No finding about the sign-in: the worst customer's finding, named.
        QVERIFY2(headlineOf(m_demoId).startsWith(u"Tailspin Toys: "_s),
                 qPrintable(headlineOf(m_demoId)));

        // Northwind Traders: a relationship ending in 5 days, a warning.
        const GdapModel *gdap = m_controller->gdap();
        const int northwind = gdapRowOf(gdap, u"Northwind Traders"_s);
        QVERIFY(northwind >= 0);
        QCOMPARE(gdap->row(northwind).daysLeft, std::optional<int>(5));
        QCOMPARE(gdap->index(northwind, GdapModel::DaysLeftColumn).data().toString(),
                 daysLeftText(5));
        QVERIFY(daysLeftText(5).startsWith(u"5 day"_s));
        QCOMPARE(gdap->index(northwind, GdapModel::StatusColumn).data(AccessRoles::StatusId),
                 QVariant(u"warning"_s));
        QCOMPARE(gdap->index(northwind, GdapModel::RelationshipColumn).data().toString(),
                 u"Northwind Traders support"_s);
        QCOMPARE(gdap->index(northwind, GdapModel::RolesColumn).data().toString(),
                 u"Directory Readers, User Administrator"_s);
        // Lamna Healthcare has no relationship: a row that says so.
        const int lamna = gdapRowOf(gdap, u"Lamna Healthcare"_s);
        QVERIFY(lamna >= 0);
        QCOMPARE(gdap->index(lamna, GdapModel::RelationshipColumn).data().toString(),
                 u"No relationship"_s);
        QCOMPARE(gdap->index(lamna, 0).data(AccessRoles::StatusId), QVariant(u"problem"_s));

        // Wide World Importers: the app is not consented there.
        const AccessCustomersModel *customers = m_controller->customers();
        const int wwi = customers->rowOf(u"Wide World Importers"_s);
        QVERIFY(wwi >= 0);
        QCOMPARE(customers->index(wwi, AccessCustomersModel::ConsentColumn).data().toString(),
                 consentStateLabel(ConsentState::NoGrant));
        QCOMPARE(customers->index(wwi, 0).data(AccessRoles::StatusId), QVariant(u"problem"_s));
        const int fabrikam = customers->rowOf(u"Fabrikam"_s);
        QCOMPARE(customers->index(fabrikam, AccessCustomersModel::ConsentColumn).data().toString(),
                 consentStateLabel(ConsentState::Consented));

        // The app's secret that ends in 10 days, in the app-health panel.
        const AppHealthModel *app = m_controller->appHealth();
        int soon = -1;
        for (int row = 0; row < app->rowCount(); ++row) {
            if (app->verdict(row).evidence.value("displayName"_L1).toString()
                == "pcauth-sandbox rotation due"_L1)
                soon = row;
        }
        QVERIFY(soon >= 0);
        QCOMPARE(app->index(soon, AppHealthModel::CheckColumn).data().toString(),
                 u"Client secret \"pcauth-sandbox rotation due\""_s);
        QVERIFY2(app->index(soon, AppHealthModel::EndsColumn)
                     .data()
                     .toString()
                     .endsWith(u"(%1)"_s.arg(daysLeftText(10))),
                 qPrintable(app->index(soon, AppHealthModel::EndsColumn).data().toString()));
        QCOMPARE(app->index(soon, 0).data(AccessRoles::StatusId), QVariant(u"warning"_s));
        // No secret value anywhere in the panel, only the hint Graph gives.
        for (int row = 0; row < app->rowCount(); ++row)
            QVERIFY(!app->index(row, 0).data(Qt::ToolTipRole).toString().contains(u"NotASecret"_s));
    }

    void windowAndSorting()
    {
        GdapFilterProxy *proxy = m_controller->gdapProxy();
        const int all = proxy->rowCount();
        m_controller->setWindowDays(30);
        QVERIFY(proxy->rowCount() < all);
        QVERIFY(gdapRowOf(proxy, u"Northwind Traders"_s) >= 0);
        QCOMPARE(gdapRowOf(proxy, u"Fabrikam"_s), -1); // ends in 400 days
        QCOMPARE(gdapRowOf(proxy, u"Lamna Healthcare"_s), -1); // no relationship, no end
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const int days =
                proxy->index(row, GdapModel::DaysLeftColumn).data(AccessRoles::Sort).toInt();
            QVERIFY2(days <= 30, qPrintable(QString::number(days)));
        }
        // By days left: the ended ones, then Blue Yonder (2 days), then Northwind (5).
        proxy->sort(GdapModel::DaysLeftColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, GdapModel::DaysLeftColumn).data(AccessRoles::Sort).toInt() >= 0)
                order << proxy->index(row, GdapModel::CustomerColumn).data().toString();
        }
        QCOMPARE(order.value(0), u"Blue Yonder Airlines"_s);
        QCOMPARE(order.value(1), u"Northwind Traders"_s);
        m_controller->setWindowDays(0);
        QCOMPARE(proxy->rowCount(), all);
    }

    void grantConsentTargetsTheCustomersWithoutConsent()
    {
        const AccessCustomersModel *customers = m_controller->customers();
        const int wwi = customers->rowOf(u"Wide World Importers"_s);
        const int northwind = customers->rowOf(u"Northwind Traders"_s);
        QSignalSpy requested(m_controller.get(), &AccessController::grantConsentRequested);

        m_controller->setSelectedCustomers({northwind});
        QVERIFY(!m_controller->canGrantConsent());
        m_controller->requestGrantConsent();
        QCOMPARE(requested.size(), 0);

        m_controller->setSelectedCustomers({northwind, wwi});
        QVERIFY(m_controller->canGrantConsent());
        m_controller->requestGrantConsent();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), m_demoId);
        const auto targets = requested.at(0).at(1).value<QList<ConsentTarget>>();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0).name, u"Wide World Importers"_s);
        QCOMPARE(targets.at(0).tenantId, customers->customer(wwi).customer.tenantId);
        QCOMPARE(targets.at(0).replace, false);
    }

    void csvExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gdap.csv"_s);
        QCOMPARE(m_controller->exportGdapCsv(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("customer,"));
        QVERIFY(csv.contains("\r\nNorthwind Traders,"));
        QCOMPARE(csv, m_controller->gdapCsv());
        QVERIFY(!m_controller->exportGdapCsv(dir.filePath(u"no/such/folder.csv"_s)).isEmpty());
    }

    void cancelKeepsThePreviousReport()
    {
        const QDateTime before = monitor().report(m_demoId)->checkedAt;
        const int rows = m_controller->gdap()->rowCount();
        QSignalSpy reports(m_controller.get(), &AccessController::reportChanged);
        m_controller->check();
        QVERIFY(m_controller->isChecking());
        m_controller->cancel();
        QVERIFY(waitIdle());
        QVERIFY(!m_controller->isChecking());
        QCOMPARE(reports.size(), 0);
        QCOMPARE(monitor().report(m_demoId)->checkedAt, before);
        QCOMPARE(m_controller->gdap()->rowCount(), rows);
        QVERIFY(m_controller->statusText().startsWith(u"Checked "_s));
    }

    void helpdeskAgentIsNamedOnceNotPerCustomer()
    {
        const Profile helpdesk = m_fixture.addProfileWithoutConsent(u"Helpdesk"_s);
        QVERIFY(!helpdesk.id.isEmpty());
        m_helpdeskId = helpdesk.id;
        QTRY_COMPARE(m_controller->profiles()->rowCount(), 2);
        const ConsentResult consented =
            m_fixture.consent(helpdesk, HelpdeskUser, HelpdeskPassword, HelpdeskOtc);
        QVERIFY2(consented.ok, qPrintable(consented.message));

        m_controller->checkAll();
        QVERIFY(monitor().isChecking(m_helpdeskId));
        QVERIFY(waitIdle());
        QVERIFY2(headlineOf(m_helpdeskId).contains(u"probably not in the Admin Agents group"_s),
                 qPrintable(headlineOf(m_helpdeskId)));
        QVERIFY(headlineOf(m_demoId) != headlineOf(m_helpdeskId));
        // The dashboard's Access column leads with the same finding, not with the customers
        // that follow from it.
        for (const QString &id : {m_demoId, m_helpdeskId}) {
            const AccessCell cell = profileAccessCell(monitor().report(id));
            const ReportHeadline chosen = reportHeadline(*monitor().report(id));
            QVERIFY(chosen.partner && chosen.customer);
            const QString partner = accessHeadline(*chosen.partner);
            QVERIFY2(cell.headline.startsWith(partner) != chosen.customerFirst,
                     qPrintable(cell.headline));
        }
        QVERIFY2(profileAccessCell(monitor().report(m_helpdeskId))
                     .headline.startsWith(headlineOf(m_helpdeskId)),
                 qPrintable(profileAccessCell(monitor().report(m_helpdeskId)).headline));

        m_controller->setProfileId(m_helpdeskId);
        QVERIFY(monitor().report(m_helpdeskId));
        QVERIFY(!monitor().report(m_helpdeskId)->customers.isEmpty());
        QCOMPARE(m_controller->gdap()->rowCount(), 0); // no "no relationship" per customer
        bool listEmpty = false;
        for (int row = 0; row < m_controller->appHealth()->rowCount(); ++row)
            listEmpty =
                listEmpty || m_controller->appHealth()->verdict(row).check == "gdap-list-empty"_L1;
        QVERIFY(listEmpty);
        m_controller->setProfileId(m_demoId);
        QVERIFY(gdapRowOf(m_controller->gdap(), u"Northwind Traders"_s) >= 0);
    }

    void consentResultsUpdateTheCustomerRow()
    {
        const AccessCustomersModel *customers = m_controller->customers();
        const int wwi = customers->rowOf(u"Wide World Importers"_s);
        ConsentGrantResult result;
        result.target = ConsentTarget{customers->customer(wwi).customer.tenantId.toUpper(),
                                      u"Wide World Importers"_s, false};
        result.outcome = ConsentGrantResult::Outcome::Granted;
        result.after.state = ConsentState::Consented;
        result.after.verdict = AccessVerdict{u"consent"_s, AccessStatus::Ok, u"Consented."_s,
                                             QString(), QJsonObject()};
        // Without a re-check nothing changes: the grant's word is not Graph's.
        ConsentGrantResult unchecked = result;
        unchecked.after = ConsentFinding();
        QSignalSpy reports(m_controller.get(), &AccessController::reportChanged);
        monitor().applyConsentResults(m_demoId, {unchecked});
        QCOMPARE(reports.size(), 0);

        monitor().applyConsentResults(m_demoId, {result});
        QCOMPARE(reports.size(), 1);
        const int row = customers->rowOf(u"Wide World Importers"_s);
        QCOMPARE(customers->index(row, AccessCustomersModel::ConsentColumn).data().toString(),
                 consentStateLabel(ConsentState::Consented));
        m_controller->setSelectedCustomers({row});
        QVERIFY(!m_controller->canGrantConsent());
    }

    void removingAProfileDropsItsRowAndReport()
    {
        QVERIFY(monitor().report(m_helpdeskId));
        QVERIFY(m_fixture.services->profiles().remove(m_helpdeskId).ok());
        QTRY_COMPARE(m_controller->profiles()->rowCount(), 1);
        QCOMPARE(m_controller->profiles()->rowOf(m_helpdeskId), -1);
        QVERIFY(!monitor().report(m_helpdeskId));
        QVERIFY(!monitor().reportedProfiles().contains(m_helpdeskId));
    }

    void removingAProfileWhileItIsCheckedDropsTheCheck()
    {
        const Profile other = m_fixture.addProfileWithoutConsent(u"Short-lived"_s);
        QVERIFY(m_fixture.consent(other).ok);
        QSignalSpy finished(&monitor(), &AccessMonitor::checkFinished);
        monitor().check(other.id);
        QVERIFY(monitor().isChecking(other.id));
        QVERIFY(m_fixture.services->profiles().remove(other.id).ok());
        QTRY_VERIFY(!monitor().isChecking(other.id));
        QCOMPARE(finished.size(), 1);
        QTest::qWait(1500); // the check's answers would have come by now
        QVERIFY(!monitor().report(other.id));
        QCOMPARE(m_controller->profiles()->rowOf(other.id), -1);
    }
};

QTEST_GUILESS_MAIN(tst_AccessController)
#include "tst_accesscontroller.moc"
