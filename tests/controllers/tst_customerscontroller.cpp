// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The customers view's work without a widget, on the embedded sandbox: choose a profile,
// load page by page, filter, check access of some rows or all, cancel, and meet the error
// states (faults and rate limits of the sandbox, no refresh token). What the controller holds
// is compared with what the sandbox's scenario holds.
#include "customerscenario.h"
#include "customerscontroller.h"
#include "customersmodel.h"
#include "guifixture.h"
#include "nowidgets.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

using Work = CustomersController::Work;

class tst_CustomersController : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_fixture;
    std::unique_ptr<CustomersController> m_controller;

    bool startController(int extraCustomers = 0, bool consent = true)
    {
        m_controller.reset();
        if (!startCustomers(m_fixture, extraCustomers, consent))
            return false;
        m_controller = std::make_unique<CustomersController>(*m_fixture.services);
        return true;
    }

    /// Loads and waits until the controller is idle again.
    bool load()
    {
        m_controller->load();
        return QTest::qWaitFor([this] { return !m_controller->isBusy(); }, 15000);
    }

    QStringList shownColumn(int column) const
    {
        QStringList values;
        const QAbstractItemModel *model = m_controller->proxy();
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

    int rowOf(const QString &name) const
    {
        const CustomersModel *model = m_controller->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->customer(row).companyName == name)
                return row;
        }
        return -1;
    }

    void addFault(const QJsonObject &fault) { QVERIFY(Test::addFault(m_fixture, fault)); }

private Q_SLOTS:
    void cleanup()
    {
        m_controller.reset();
        m_fixture.stop();
    }

    void loadsTheDemoCustomersAfterConsent()
    {
        QVERIFY(startController());
        QCOMPARE(m_controller->profiles().size(), 1);
        QCOMPARE(m_controller->profiles().constFirst().text, AppServices::sandboxProfileName());
        QCOMPARE(m_controller->profileId(), m_fixture.demoProfile().id);
        QCOMPARE(m_controller->countText(), u"No customers loaded"_s);
        QVERIFY(!m_controller->isLoaded());
        QSignalSpy finished(m_controller.get(), &CustomersController::workFinished);
        QVERIFY(load());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<Work>(), Work::Load);
        QCOMPARE(m_controller->message(), QString());
        const QList<SandboxCustomer> expected = scenarioCustomers(m_fixture);
        QCOMPARE(expected.size(), 25);
        QStringList names, domains, tenants;
        for (const SandboxCustomer &e : expected) {
            names << e.name;
            domains << e.domain;
            tenants << e.tenantId;
        }
        QCOMPARE(shownColumn(CustomersModel::NameColumn), names);
        QCOMPARE(shownColumn(CustomersModel::DomainColumn), domains);
        QCOMPARE(shownColumn(CustomersModel::TenantColumn), tenants);
        QCOMPARE(shownColumn(CustomersModel::RelationshipColumn), QStringList(25, u"reseller"_s));
        QCOMPARE(shownColumn(CustomersModel::AccessColumn), QStringList(25, QString()));
        QCOMPARE(m_controller->countText(), countText(25, 25));
        QCOMPARE(m_controller->statusText(), u"Loaded 25 customers."_s);
        QCOMPARE(m_controller->loadedProfileId(), m_fixture.demoProfile().id);
        QVERIFY(m_controller->isLoaded());
        QVERIFY(!m_controller->isProgressVisible());
    }

    void showProfileSelectsAndLoads()
    {
        QVERIFY(startController());
        m_controller->showProfile(m_fixture.demoProfile().id);
        QVERIFY(m_controller->isBusy());
        QVERIFY(m_controller->isLoading());
        QVERIFY(m_controller->isProgressVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 15000);
        QCOMPARE(m_controller->proxy()->rowCount(), 25);
        m_controller->showProfile(u"no-such-profile"_s);
        QCOMPARE(m_controller->message(), u"The profile to show no longer exists."_s);
        QCOMPARE(m_controller->proxy()->rowCount(), 25);
    }

    void pagesAppendRowsUntilAllAreListedWithoutDuplicates()
    {
        QVERIFY(startController(130));
        m_controller->setPageSize(40);
        QList<int> pageSizes;
        connect(m_controller->model(), &QAbstractItemModel::rowsInserted, this,
                [&pageSizes](const QModelIndex &, int first, int last) {
                    pageSizes << last - first + 1;
                });
        QVERIFY(load());
        QCOMPARE(pageSizes, QList<int>({40, 40, 40, 35}));
        const QList<SandboxCustomer> expected = scenarioCustomers(m_fixture);
        QCOMPARE(expected.size(), 155);
        const QStringList tenants = shownColumn(CustomersModel::TenantColumn);
        QCOMPARE(tenants.size(), 155);
        QCOMPARE(QSet<QString>(tenants.cbegin(), tenants.cend()).size(), 155);
        QCOMPARE(tenants.constLast(), expected.constLast().tenantId);
        QCOMPARE(m_controller->statusText(), u"Loaded 155 customers."_s);
        QCOMPARE(m_controller->countText(), countText(155, 155));

        // A customer sent twice (e.g. on two pages) is listed once.
        CustomersModel *model = m_controller->model();
        QCOMPARE(model->append({model->customer(0), model->customer(154)}), 0);
        QCOMPARE(m_controller->proxy()->rowCount(), 155);

        // Reloading replaces the rows rather than appending a second copy.
        pageSizes.clear();
        QVERIFY(load());
        QCOMPARE(m_controller->proxy()->rowCount(), 155);
    }

    void filterNarrowsAsYouType_data() { addFilterQueries(); }

    void filterNarrowsAsYouType()
    {
        QFETCH(QString, query);
        QVERIFY(startController());
        QVERIFY(load());
        const QList<SandboxCustomer> all = scenarioCustomers(m_fixture);
        QSignalSpy count(m_controller.get(), &CustomersController::countChanged);
        QString typed;
        for (const QChar c : std::as_const(query)) {
            typed += c;
            m_controller->setFilterText(typed);
            const QStringList expected = filtered(all, typed);
            QCOMPARE(shownColumn(CustomersModel::NameColumn), expected);
            QCOMPARE(m_controller->countText(), countText(int(expected.size()), 25));
        }
        QCOMPARE(count.size(), query.size());
        // Spaces around the text do not count; clearing restores every row.
        m_controller->setFilterText(u"  "_s + query + u" "_s);
        QCOMPARE(m_controller->filterText(), query.toCaseFolded());
        m_controller->setFilterText(QString());
        QCOMPARE(m_controller->proxy()->rowCount(), 25);
        QCOMPARE(m_controller->countText(), countText(25, 25));
    }

    void filterAndSortFollowTheRowsAsTheyArrive()
    {
        QVERIFY(startController(130));
        m_controller->setPageSize(40);
        CustomerFilterProxy *proxy = m_controller->proxy();
        // Filtered and sorted before the first row arrives: each page is merged in.
        m_controller->setFilterText(u"TO"_s);
        proxy->sort(CustomersModel::NameColumn, Qt::DescendingOrder);
        QVERIFY(load());
        const QList<SandboxCustomer> all = scenarioCustomers(m_fixture);
        const auto sorted = [](QStringList names, Qt::SortOrder order) {
            std::stable_sort(names.begin(), names.end(),
                             [order](const QString &a, const QString &b) {
                                 const int c = a.compare(b, Qt::CaseInsensitive);
                                 return order == Qt::AscendingOrder ? c < 0 : c > 0;
                             });
            return names;
        };
        QStringList expected = sorted(filtered(all, u"to"_s), Qt::DescendingOrder);
        QVERIFY(expected.size() > 1 && expected.size() < all.size());
        QCOMPARE(shownColumn(CustomersModel::NameColumn), expected);
        // Narrowing, then widening again, keeps the order.
        m_controller->setFilterText(u"toy"_s);
        QCOMPARE(shownColumn(CustomersModel::NameColumn),
                 sorted(filtered(all, u"toy"_s), Qt::DescendingOrder));
        m_controller->setFilterText(QString());
        QStringList every;
        for (const SandboxCustomer &c : all)
            every << c.name;
        QCOMPARE(shownColumn(CustomersModel::NameColumn), sorted(every, Qt::DescendingOrder));
        // Back to Partner Center's order.
        proxy->sort(-1);
        QCOMPARE(shownColumn(CustomersModel::NameColumn), every);
        // A check result reaches the row wherever it is shown.
        m_controller->setFilterText(u"fabrikam"_s);
        QCOMPARE(proxy->rowCount(), 1);
        QSignalSpy changed(proxy, &QAbstractItemModel::dataChanged);
        m_controller->checkRows({rowOf(u"Fabrikam"_s)});
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 15000);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(proxy->index(0, CustomersModel::AccessColumn).data().toString(), u"OK"_s);
    }

    void checkAccess_data() { addAccessChecks(true); }

    void checkAccess()
    {
        QFETCH(QString, customer);
        QFETCH(QString, label);
        QFETCH(QString, statusId);
        QFETCH(QJsonObject, fault);
        QVERIFY(startController());
        QVERIFY(load());
        if (!fault.isEmpty())
            addFault(fault);
        const int row = rowOf(customer);
        QVERIFY(row >= 0);
        m_controller->setCurrentRow(row);
        QSignalSpy finished(m_controller.get(), &CustomersController::workFinished);
        m_controller->checkRows({row, row}); // a row selected twice is checked once
        QVERIFY(m_controller->isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 15000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<Work>(), Work::Check);
        const QModelIndex access = m_controller->model()->index(row, CustomersModel::AccessColumn);
        QCOMPARE(access.data().toString(), label);
        QCOMPARE(access.data(CustomersModel::StatusIdRole).toString(), statusId);
        // Only that row was checked.
        QCOMPARE(shownColumn(CustomersModel::AccessColumn).count(QString()), 24);
        const QString summary = m_controller->statusText();
        QVERIFY2(summary.startsWith(u"1 customer"_s) && summary.contains(u" checked in "_s),
                 qPrintable(summary));
        const QString counted = u"1 "_s + label.toLower(); // "1 ok", "1 consent missing", ...
        QVERIFY2(summary.contains(counted), qPrintable(summary));
        // Reason and advice: in the tooltip and, for the current row, in the message.
        const QString tooltip = access.data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.startsWith(label + u": "_s), qPrintable(tooltip));
        QCOMPARE(m_controller->message(), customer + u": "_s + tooltip);
        QCOMPARE(m_controller->messageKind(), statusId == "ok"_L1
                                                  ? CustomersController::MessageKind::Information
                                                  : CustomersController::MessageKind::Warning);
        if (statusId == "consent-missing"_L1) {
            const QStringList lines = tooltip.split(u'\n');
            QCOMPARE(lines.size(), 2); // what was found, then what to do
            QVERIFY2(lines.at(1).contains(u"consent"_s, Qt::CaseInsensitive), qPrintable(tooltip));
        }
        // Moving to an unchecked row takes the explanation away.
        m_controller->setCurrentRow(row == 0 ? 1 : 0);
        QCOMPARE(m_controller->message(), QString());
    }

    void grantConsentTargetsTheRowsWhereConsentIsMissing()
    {
        QVERIFY(startController());
        QVERIFY(load());
        const int missing = rowOf(u"Wide World Importers"_s);
        const int ok = rowOf(u"Fabrikam"_s);
        QSignalSpy requested(m_controller.get(), &CustomersController::grantConsentRequested);
        // Not checked yet: nothing known to be missing, nothing asked for.
        QVERIFY(m_controller->consentTargets({missing, ok}).isEmpty());
        m_controller->requestGrantConsent({missing, ok});
        QCOMPARE(requested.size(), 0);

        m_controller->checkRows({missing, ok});
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 15000);
        const QList<ConsentTarget> targets = m_controller->consentTargets({missing, ok});
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0).name, u"Wide World Importers"_s);
        QCOMPARE(targets.at(0).tenantId, m_controller->model()->customer(missing).tenantId);
        QVERIFY(!targets.at(0).replace);
        QVERIFY(m_controller->consentTargets({ok}).isEmpty());

        m_controller->requestGrantConsent({missing, ok});
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().at(0).toString(), m_fixture.demoProfile().id);
        QCOMPARE(requested.constFirst().at(1).value<QList<ConsentTarget>>().size(), 1);

        // Checking those customers again goes by tenant, whatever their rows.
        QSignalSpy finished(m_controller.get(), &CustomersController::workFinished);
        m_controller->recheckTenants({targets.at(0).tenantId, u"not-listed"_s});
        QVERIFY(m_controller->isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 15000);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(m_controller->statusText().startsWith(u"1 customer"_s),
                 qPrintable(m_controller->statusText()));
    }

    void checkWithoutRowsAsksForSome()
    {
        QVERIFY(startController());
        QVERIFY(load());
        QSignalSpy finished(m_controller.get(), &CustomersController::workFinished);
        m_controller->checkRows({});
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(m_controller->message(), u"Select one or more customers to check first."_s);
        QCOMPARE(m_controller->messageKind(), CustomersController::MessageKind::Warning);
        QCOMPARE(finished.size(), 0);
    }

    void bulkCheckCanBeCancelled()
    {
        QVERIFY(startController());
        QVERIFY(load());
        addFault(QJsonObject{{u"path"_s, u"/graph/"_s}, {u"latencyMs"_s, 300}, {u"times"_s, -1}});
        m_controller->setConcurrency(2);
        QSignalSpy finished(m_controller.get(), &CustomersController::workFinished);
        m_controller->checkAll();
        QVERIFY(m_controller->isBusy());
        QCOMPARE(m_controller->statusText(), u"0 of 25 customers checked"_s);
        QVERIFY(m_controller->isProgressVisible());
        QCOMPARE(m_controller->progressMaximum(), 25);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->progressValue() >= 2, 15000);
        QCOMPARE(m_controller->statusText(),
                 u"%1 of 25 customers checked"_s.arg(m_controller->progressValue()));
        m_controller->checkAll(); // one piece of work at a time
        m_controller->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 15000);
        QCOMPARE(finished.size(), 1);
        const int unchecked = int(shownColumn(CustomersModel::AccessColumn).count(QString()));
        QVERIFY2(unchecked > 0 && unchecked < 24, qPrintable(QString::number(unchecked)));
        QCOMPARE(m_controller->statusText(),
                 u"Check cancelled: %1 of 25 customers checked."_s.arg(25 - unchecked));
        QVERIFY(!m_controller->isProgressVisible());
    }

    void loadFaults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("inMessage");
        QTest::addColumn<int>("applied"); // answers the sandbox faulted
        const QString path = u"/pc/v1/customers"_s;
        QTest::addRow("503 once: retried")
            << QJsonObject{{u"path"_s, path}, {u"status"_s, 503}, {u"times"_s, 1}} << 25
            << QString() << 1;
        QTest::addRow("429 twice: retried after Retry-After") << QJsonObject{{u"path"_s, path},
                                                                             {u"status"_s, 429},
                                                                             {u"retryAfter"_s, 1},
                                                                             {u"times"_s, 2}}
                                                              << 25 << QString() << 2;
        QTest::addRow("503 always")
            << QJsonObject{{u"path"_s, path}, {u"status"_s, 503}, {u"times"_s, -1}} << 0
            << u"HTTP 503"_s << 4; // the engine's 4 attempts
        QTest::addRow("403") << QJsonObject{{u"path"_s, path}, {u"status"_s, 403}, {u"times"_s, -1}}
                             << 0 << u"HTTP 403"_s << 1; // not retried
        QTest::addRow("401") << QJsonObject{{u"path"_s, path}, {u"status"_s, 401}, {u"times"_s, -1}}
                             << 0 << u"HTTP 401"_s << 1;
    }

    void loadFaults()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, rows);
        QFETCH(QString, inMessage);
        QFETCH(int, applied);
        QVERIFY(startController());
        addFault(fault);
        QVERIFY(load());
        QCOMPARE(m_controller->proxy()->rowCount(), rows);
        const QJsonObject counters =
            m_fixture.client->get(u"/_sandbox/counters"_s).json().value("counters"_L1).toObject();
        QCOMPARE(counters.value("faults.applied"_L1).toInt(), applied);
        const QString message = m_controller->message();
        if (inMessage.isEmpty()) {
            QCOMPARE(message, QString());
            QCOMPARE(m_controller->statusText(), u"Loaded 25 customers."_s);
            return;
        }
        QVERIFY2(message.contains(inMessage), qPrintable(message));
        QVERIFY2(message.contains(u"correlation id"_s), qPrintable(message));
        QCOMPARE(m_controller->messageKind(), CustomersController::MessageKind::Error);
        QCOMPARE(m_controller->statusText(), u"Loading stopped after 0 customers."_s);
    }

    void rateLimitOnALaterPageKeepsTheRowsRead()
    {
        QVERIFY(startController());
        m_controller->setPageSize(10);
        // One Partner Center request per 10 minutes: page 1 passes, page 2 gets a 429 whose
        // Retry-After is longer than the engine waits.
        const auto reply = m_fixture.client->send(
            "PUT"_ba, m_fixture.services->sandboxUrl().resolved(QUrl(u"/_sandbox/ratelimits"_s)),
            R"({"partnerCenter":{"requests":1,"perSeconds":600}})"_ba, {}, "application/json"_ba);
        QVERIFY2(reply.status == 200 || reply.status == 204,
                 qPrintable(QString::number(reply.status)));
        QVERIFY(load());
        QCOMPARE(m_controller->proxy()->rowCount(), 10);
        const QString message = m_controller->message();
        QVERIFY2(message.contains(u"429"_s) || message.contains(u"throttl"_s, Qt::CaseInsensitive),
                 qPrintable(message));
        QCOMPARE(m_controller->statusText(), u"Loading stopped after 10 customers."_s);
        QCOMPARE(m_controller->countText(), countText(10, 10));
    }

    void loadingCanBeCancelledAndKeepsTheRowsRead()
    {
        QVERIFY(startController());
        m_controller->setPageSize(5);
        addFault(QJsonObject{
            {u"path"_s, u"/pc/v1/customers"_s}, {u"latencyMs"_s, 300}, {u"times"_s, -1}});
        QSignalSpy finished(m_controller.get(), &CustomersController::workFinished);
        m_controller->load();
        QVERIFY(m_controller->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->model()->rowCount() >= 5, 15000);
        QCOMPARE(m_controller->statusText(),
                 u"%1 customers read"_s.arg(m_controller->model()->rowCount()));
        m_controller->cancel();
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(finished.size(), 1);
        const int kept = m_controller->model()->rowCount();
        QVERIFY2(kept >= 5 && kept < 25, qPrintable(QString::number(kept)));
        QCOMPARE(m_controller->statusText(), u"Loading cancelled after %1 customers."_s.arg(kept));
        QCOMPARE(m_controller->countText(), countText(kept, kept));
        QVERIFY(m_controller->isLoaded());
        QTest::qWait(700); // a page in flight would have arrived by now: none may
        QCOMPARE(m_controller->model()->rowCount(), kept);
        QCOMPARE(finished.size(), 1);
    }

    void revokedRefreshTokenIsExplained()
    {
        QVERIFY(startController());
        const auto revoked =
            m_fixture.client->post(u"/_sandbox/users/%1/revoke"_s.arg(ServiceUser), QByteArray());
        QCOMPARE(revoked.status, 200);
        QSignalSpy tokenChanged(m_fixture.services.get(), &AppServices::tokenChanged);
        QVERIFY(load());
        QCOMPARE(m_controller->model()->rowCount(), 0);
        const QString message = m_controller->message();
        QVERIFY2(message.contains(u"AADSTS50173"_s), qPrintable(message));
        QVERIFY2(message.contains(u"consent"_s), qPrintable(message));
        // The broker recorded the failure: every view hears of it.
        QCOMPARE(tokenChanged.size(), 1);
        QCOMPARE(tokenChanged.constFirst().constFirst().toString(), m_fixture.demoProfile().id);
    }

    void withoutRefreshTokenTheMessageSaysToRunTheConsent()
    {
        QVERIFY(startController(0, false));
        QCOMPARE(m_controller->profiles().constFirst().text,
                 u"%1 (no refresh token)"_s.arg(AppServices::sandboxProfileName()));
        QVERIFY(load());
        QCOMPARE(m_controller->model()->rowCount(), 0);
        QVERIFY2(m_controller->message().contains(u"run the partner consent"_s),
                 qPrintable(m_controller->message()));
        QVERIFY(m_controller->offersConsent());
        QSignalSpy requested(m_fixture.services.get(), &AppServices::consentRequested);
        m_controller->requestConsent();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), m_fixture.demoProfile().id);

        // After the consent (the vault announces it) the profile loads.
        QVERIFY(m_fixture.consent(m_fixture.demoProfile()).ok);
        QCOMPARE(m_controller->profiles().constFirst().text, AppServices::sandboxProfileName());
        QVERIFY(load());
        QCOMPARE(m_controller->model()->rowCount(), 25);
        QCOMPARE(m_controller->message(), QString());
        QVERIFY(!m_controller->offersConsent());
    }

    void profilesWithARefreshTokenComeFirst()
    {
        QVERIFY(startController(0, false));
        QSignalSpy profiles(m_controller.get(), &CustomersController::profilesChanged);
        const PCAuth::Expected<Profile> added = addSecondProfile(m_fixture);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(profiles.size(), 1); // the profile store announced the new profile
        QCOMPARE(m_controller->profiles().size(), 2);
        QCOMPARE(m_controller->profiles().at(1).text, u"Second partner (no refresh token)"_s);
        QVERIFY(m_fixture.consent(added.value()).ok);
        QCOMPARE(m_controller->profiles().at(0).text, u"Second partner"_s);
        QCOMPARE(m_controller->profiles().at(1).text,
                 u"%1 (no refresh token)"_s.arg(AppServices::sandboxProfileName()));
        // The choice stays with the profile, wherever it moved.
        QCOMPARE(m_controller->profileId(), m_fixture.demoProfile().id);
    }

    void choosingAnotherProfileDropsTheRows()
    {
        QVERIFY(startController());
        QVERIFY(load());
        QCOMPARE(m_controller->model()->rowCount(), 25);
        m_controller->setProfileId(u"another"_s);
        QCOMPARE(m_controller->model()->rowCount(), 0);
        QCOMPARE(m_controller->statusText(), QString());
        QCOMPARE(m_controller->loadedProfileId(), QString());
        QVERIFY(!m_controller->isLoaded());
        QCOMPARE(m_controller->countText(), u"No customers loaded"_s);
    }

    void concurrencyIsSavedInTheSettings()
    {
        QVERIFY(startController(0, false));
        QCOMPARE(m_controller->concurrency(), m_fixture.services->settings().concurrency());
        const int wanted = m_controller->concurrency() == 12 ? 13 : 12;
        m_controller->setConcurrency(wanted);
        QCOMPARE(m_controller->concurrency(), wanted);
        QCOMPARE(m_fixture.services->settings().concurrency(), wanted);
        QCOMPARE(AppSettings().concurrency(), wanted); // in the settings store, not just memory
        CustomersController another(*m_fixture.services);
        QCOMPARE(another.concurrency(), wanted);
        QSignalSpy changed(m_controller.get(), &CustomersController::concurrencyChanged);
        m_fixture.services->settings().setConcurrency(5); // e.g. from the settings page
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_controller->concurrency(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_CustomersController)
#include "tst_customerscontroller.moc"
