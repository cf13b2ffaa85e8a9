// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The customers view on the embedded sandbox, driven as a user would: choose a profile, load,
// type in the filter, select rows and check access, cancel, and meet the error states
// (faults and rate limits of the sandbox, no refresh token). What the page shows is compared
// with what the sandbox's scenario holds.
#include "customers/customerloader.h"
#include "customers/customersmodel.h"
#include "customers/customerspage.h"
#include "guifixture.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

struct SandboxCustomer
{
    QString name;
    QString domain;
    QString tenantId;
};

} // namespace

class tst_Customers : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_fixture;
    std::unique_ptr<CustomersPage> m_page;

    template<typename T>
    T *widget(const QString &name) const
    {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    QString text(const QString &labelName) const { return widget<QLabel>(labelName)->text(); }
    QString banner() const
    {
        return widget<QWidget>(u"bannerFrame"_s)->isVisible() ? text(u"bannerLabel"_s) : QString();
    }
    QTableView *table() const { return widget<QTableView>(u"customersTable"_s); }

    /// Starts the services and makes the page (shown, as the user would see it).
    bool startPage(int extraCustomers = 0, bool consent = true)
    {
        m_page.reset();
        const QString problem = m_fixture.start(extraCustomers);
        if (!problem.isEmpty()) {
            qWarning("fixture: %s", qPrintable(problem));
            return false;
        }
        if (consent && !m_fixture.consent(m_fixture.demoProfile()).ok) {
            qWarning("consent failed");
            return false;
        }
        m_page = std::make_unique<CustomersPage>(*m_fixture.services);
        m_page->resize(1000, 600);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get());
    }

    /// Clicks Load and waits until the page is idle again.
    bool load()
    {
        QTest::mouseClick(widget<QPushButton>(u"loadButton"_s), Qt::LeftButton);
        return QTest::qWaitFor([this] { return !m_page->isBusy(); }, 15000);
    }

    QList<SandboxCustomer> scenarioCustomers()
    {
        QList<SandboxCustomer> out;
        for (const Sandbox::Tenant &t : std::as_const(m_fixture.sandbox().scenario.customers))
            out.append({t.name, t.domain, t.id});
        return out;
    }

    QStringList shownColumn(int column) const
    {
        QStringList values;
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

    int shownRowOf(const QString &name) const
    {
        return int(shownColumn(CustomersModel::NameColumn).indexOf(name));
    }

    void selectShownRow(int row)
    {
        table()->setFocus();
        table()->selectionModel()->setCurrentIndex(table()->model()->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    }

    void addFault(const QJsonObject &fault)
    {
        const auto reply = m_fixture.client->postJson(
            u"/_sandbox/faults"_s, QJsonObject{{u"faults"_s, QJsonArray{fault}}});
        QVERIFY2(reply.status == 200 || reply.status == 204,
                 qPrintable(QString::number(reply.status)));
    }

    QString countText(int shown, int total) const
    {
        return u"%1 of %2 customers"_s.arg(QLocale().toString(shown), QLocale().toString(total));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_page.reset();
        m_fixture.stop();
    }

    void loadsTheDemoCustomersAfterConsent()
    {
        QVERIFY(startPage());
        const auto *combo = widget<QComboBox>(u"profileCombo"_s);
        QCOMPARE(combo->currentText(), AppServices::sandboxProfileName());
        QCOMPARE(text(u"countLabel"_s), u"No customers loaded"_s);
        QVERIFY(load());
        QCOMPARE(banner(), QString());
        const QList<SandboxCustomer> expected = scenarioCustomers();
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
        QCOMPARE(text(u"countLabel"_s), countText(25, 25));
        QCOMPARE(text(u"statusLabel"_s), u"Loaded 25 customers."_s);
        QCOMPARE(widget<QPushButton>(u"loadButton"_s)->text(), u"Re&load"_s);
        QVERIFY(!widget<QProgressBar>(u"progressBar"_s)->isVisible());
    }

    void showProfileSelectsAndLoads()
    {
        QVERIFY(startPage());
        m_page->showProfile(m_fixture.demoProfile().id);
        QVERIFY(m_page->isBusy());
        QVERIFY(widget<QPushButton>(u"cancelButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 15000);
        QCOMPARE(table()->model()->rowCount(), 25);
    }

    void pagesAppendRowsUntilAllAreListedWithoutDuplicates()
    {
        QVERIFY(startPage(130));
        m_page->setPageSize(40);
        QList<int> pageSizes;
        connect(&m_page->model(), &QAbstractItemModel::rowsInserted, this,
                [&pageSizes](const QModelIndex &, int first, int last) {
                    pageSizes << last - first + 1;
                });
        QVERIFY(load());
        QCOMPARE(pageSizes, QList<int>({40, 40, 40, 35}));
        const QList<SandboxCustomer> expected = scenarioCustomers();
        QCOMPARE(expected.size(), 155);
        const QStringList tenants = shownColumn(CustomersModel::TenantColumn);
        QCOMPARE(tenants.size(), 155);
        QCOMPARE(QSet<QString>(tenants.cbegin(), tenants.cend()).size(), 155);
        QCOMPARE(tenants.constLast(), expected.constLast().tenantId);
        QCOMPARE(text(u"statusLabel"_s), u"Loaded 155 customers."_s);
        QCOMPARE(text(u"countLabel"_s), countText(155, 155));

        // A customer sent twice (e.g. on two pages) is listed once.
        QCOMPARE(
            m_page->model().append({m_page->model().customer(0), m_page->model().customer(154)}),
            0);
        QCOMPARE(table()->model()->rowCount(), 155);

        // Reloading replaces the rows rather than appending a second copy.
        pageSizes.clear();
        QVERIFY(load());
        QCOMPARE(table()->model()->rowCount(), 155);
    }

    void filterNarrowsAsYouType_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("name, other case") << u"NORTHWIND"_s;
        QTest::addRow("part of a name") << u"coffee"_s;
        QTest::addRow("domain") << u".onmicrosoft.com"_s;
        QTest::addRow("tenant id") << u"-4"_s;
        QTest::addRow("nothing matches") << u"zzqq"_s;
    }

    void filterNarrowsAsYouType()
    {
        QFETCH(QString, query);
        QVERIFY(startPage());
        QVERIFY(load());
        const QList<SandboxCustomer> all = scenarioCustomers();
        // The last customer is selected; it stays selected while it matches.
        const SandboxCustomer &selected = all.constLast();
        selectShownRow(int(all.size()) - 1);
        auto *filter = widget<QLineEdit>(u"filterEdit"_s);
        QCOMPARE(filter->placeholderText(), u"Filter by name, domain or tenant id"_s);
        filter->setFocus();
        QString typed;
        for (const QChar c : std::as_const(query)) {
            QTest::keyClick(filter, c.toLatin1());
            typed += c;
            QStringList expected;
            for (const SandboxCustomer &e : all)
                if (e.name.contains(typed, Qt::CaseInsensitive)
                    || e.domain.contains(typed, Qt::CaseInsensitive)
                    || e.tenantId.contains(typed, Qt::CaseInsensitive))
                    expected << e.name;
            QCOMPARE(shownColumn(CustomersModel::NameColumn), expected);
            QCOMPARE(text(u"countLabel"_s), countText(int(expected.size()), 25));
            const QModelIndexList chosen = table()->selectionModel()->selectedRows();
            QStringList chosenNames;
            for (const QModelIndex &index : chosen)
                chosenNames << index.data().toString();
            QCOMPARE(chosenNames,
                     expected.contains(selected.name) ? QStringList{selected.name} : QStringList());
        }
        // Clearing restores every row.
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Backspace);
        QCOMPARE(table()->model()->rowCount(), 25);
        QCOMPARE(text(u"countLabel"_s), countText(25, 25));
    }

    void ctrlFFocusesTheFilter()
    {
        QVERIFY(startPage(0, false));
        m_page->activateWindow();
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(widget<QLineEdit>(u"filterEdit"_s)->hasFocus());
    }

    void checkAccess_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("statusId");
        QTest::addColumn<QJsonObject>("fault"); // on the Graph call
        QTest::addRow("consented") << u"Fabrikam"_s << u"OK"_s << u"ok"_s << QJsonObject();
        QTest::addRow("no consent") << u"Wide World Importers"_s << u"Consent missing"_s
                                    << u"consent-missing"_s << QJsonObject();
        QTest::addRow("Graph 403")
            << u"Fabrikam"_s << u"No access"_s << u"no-access"_s
            << QJsonObject{{u"path"_s, u"/graph/"_s}, {u"status"_s, 403}, {u"times"_s, -1}};
        QTest::addRow("Graph 429 after retries")
            << u"Fabrikam"_s << u"Throttled"_s << u"throttled"_s
            << QJsonObject{{u"path"_s, u"/graph/"_s},
                           {u"status"_s, 429},
                           {u"retryAfter"_s, 1},
                           {u"times"_s, -1}};
    }

    void checkAccess()
    {
        QFETCH(QString, customer);
        QFETCH(QString, label);
        QFETCH(QString, statusId);
        QFETCH(QJsonObject, fault);
        QVERIFY(startPage());
        QVERIFY(load());
        if (!fault.isEmpty())
            addFault(fault);
        const int row = shownRowOf(customer);
        QVERIFY2(row >= 0, qPrintable(shownColumn(0).join(u", "_s)));
        selectShownRow(row);
        auto *check = widget<QPushButton>(u"checkSelectedButton"_s);
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 15000);
        const QModelIndex access = table()->model()->index(row, CustomersModel::AccessColumn);
        QCOMPARE(access.data().toString(), label);
        QCOMPARE(access.data(CustomersModel::StatusIdRole).toString(), statusId);
        // Only the selected row was checked.
        QCOMPARE(shownColumn(CustomersModel::AccessColumn).count(QString()), 24);
        const QString summary = text(u"statusLabel"_s);
        QVERIFY2(summary.startsWith(u"1 customers checked in "_s), qPrintable(summary));
        const QString counted = u"1 "_s + label.toLower(); // "1 ok", "1 consent missing", ...
        QVERIFY2(summary.contains(counted), qPrintable(summary));
        // Reason and advice: in the tooltip and, for the current row, in the banner.
        const QString tooltip = access.data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.startsWith(label + u": "_s), qPrintable(tooltip));
        QCOMPARE(banner(), customer + u": "_s + tooltip);
        if (statusId == "consent-missing"_L1) {
            const QStringList lines = tooltip.split(u'\n');
            QCOMPARE(lines.size(), 2); // what was found, then what to do
            QVERIFY2(lines.at(1).contains(u"consent"_s, Qt::CaseInsensitive), qPrintable(tooltip));
        }
        // Moving to an unchecked row takes the explanation away.
        selectShownRow(row == 0 ? 1 : 0);
        QCOMPARE(banner(), QString());
    }

    void bulkCheckCanBeCancelled()
    {
        QVERIFY(startPage());
        QVERIFY(load());
        addFault(QJsonObject{{u"path"_s, u"/graph/"_s}, {u"latencyMs"_s, 300}, {u"times"_s, -1}});
        auto *spin = widget<QSpinBox>(u"concurrencySpin"_s);
        spin->setValue(2);
        QTest::mouseClick(widget<QPushButton>(u"checkAllButton"_s), Qt::LeftButton);
        QVERIFY(m_page->isBusy());
        QCOMPARE(text(u"statusLabel"_s), u"Checked 0 of 25"_s);
        auto *progress = widget<QProgressBar>(u"progressBar"_s);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 25);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 2, 15000);
        QCOMPARE(text(u"statusLabel"_s), u"Checked %1 of 25"_s.arg(progress->value()));
        QTest::mouseClick(widget<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 15000);
        const int unchecked = int(shownColumn(CustomersModel::AccessColumn).count(QString()));
        QVERIFY2(unchecked > 0 && unchecked < 24, qPrintable(QString::number(unchecked)));
        QCOMPARE(text(u"statusLabel"_s),
                 u"Check cancelled: %1 of 25 customers checked."_s.arg(25 - unchecked));
        QVERIFY(!progress->isVisible());
        QVERIFY(widget<QPushButton>(u"checkAllButton"_s)->isEnabled());
    }

    void loadFaults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("inBanner");
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
        QFETCH(QString, inBanner);
        QFETCH(int, applied);
        QVERIFY(startPage());
        addFault(fault);
        QVERIFY(load());
        QCOMPARE(table()->model()->rowCount(), rows);
        const QJsonObject counters =
            m_fixture.client->get(u"/_sandbox/counters"_s).json().value("counters"_L1).toObject();
        QCOMPARE(counters.value("faults.applied"_L1).toInt(), applied);
        if (inBanner.isEmpty()) {
            QCOMPARE(banner(), QString());
            QCOMPARE(text(u"statusLabel"_s), u"Loaded 25 customers."_s);
            return;
        }
        QVERIFY2(banner().contains(inBanner), qPrintable(banner()));
        QVERIFY2(banner().contains(u"correlation id"_s), qPrintable(banner()));
        QCOMPARE(text(u"statusLabel"_s), u"Loading stopped after 0 customers."_s);
    }

    void rateLimitOnALaterPageKeepsTheRowsRead()
    {
        QVERIFY(startPage());
        m_page->setPageSize(10);
        // One Partner Center request per 10 minutes: page 1 passes, page 2 gets a 429 whose
        // Retry-After is longer than the engine waits.
        const auto reply = m_fixture.client->send(
            "PUT"_ba, m_fixture.services->sandboxUrl().resolved(QUrl(u"/_sandbox/ratelimits"_s)),
            R"({"partnerCenter":{"requests":1,"perSeconds":600}})"_ba, {}, "application/json"_ba);
        QVERIFY2(reply.status == 200 || reply.status == 204,
                 qPrintable(QString::number(reply.status)));
        QVERIFY(load());
        QCOMPARE(table()->model()->rowCount(), 10);
        QVERIFY2(banner().contains(u"429"_s)
                     || banner().contains(u"throttl"_s, Qt::CaseInsensitive),
                 qPrintable(banner()));
        QCOMPARE(text(u"statusLabel"_s), u"Loading stopped after 10 customers."_s);
        QCOMPARE(text(u"countLabel"_s), countText(10, 10));
    }

    void loadingCanBeCancelledAndKeepsTheRowsRead()
    {
        QVERIFY(startPage());
        m_page->setPageSize(5);
        addFault(QJsonObject{
            {u"path"_s, u"/pc/v1/customers"_s}, {u"latencyMs"_s, 300}, {u"times"_s, -1}});
        QTest::mouseClick(widget<QPushButton>(u"loadButton"_s), Qt::LeftButton);
        QVERIFY(m_page->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model().rowCount() >= 5, 15000);
        QCOMPARE(text(u"statusLabel"_s),
                 u"Loaded %1 customers..."_s.arg(m_page->model().rowCount()));
        QTest::keyClick(table(), Qt::Key_Escape); // the page's Cancel shortcut
        QVERIFY(!m_page->isBusy());
        const int kept = m_page->model().rowCount();
        QVERIFY2(kept >= 5 && kept < 25, qPrintable(QString::number(kept)));
        QCOMPARE(text(u"statusLabel"_s), u"Loading cancelled after %1 customers."_s.arg(kept));
        QCOMPARE(text(u"countLabel"_s), countText(kept, kept));
        QTest::qWait(700); // a page in flight would have arrived by now: none may
        QCOMPARE(m_page->model().rowCount(), kept);
        QVERIFY(widget<QPushButton>(u"loadButton"_s)->isEnabled());
        QVERIFY(!widget<QPushButton>(u"cancelButton"_s)->isEnabled());
    }

    void revokedRefreshTokenIsExplained()
    {
        QVERIFY(startPage());
        const auto revoked =
            m_fixture.client->post(u"/_sandbox/users/%1/revoke"_s.arg(ServiceUser), QByteArray());
        QCOMPARE(revoked.status, 200);
        QVERIFY(load());
        QCOMPARE(m_page->model().rowCount(), 0);
        QVERIFY2(banner().contains(u"AADSTS50173"_s), qPrintable(banner()));
        QVERIFY2(banner().contains(u"consent"_s), qPrintable(banner()));
    }

    void withoutRefreshTokenTheBannerSaysToRunTheConsent()
    {
        QVERIFY(startPage(0, false));
        auto *combo = widget<QComboBox>(u"profileCombo"_s);
        QCOMPARE(combo->currentText(),
                 u"%1 (no refresh token)"_s.arg(AppServices::sandboxProfileName()));
        QVERIFY(load());
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY2(banner().contains(u"run the partner consent"_s), qPrintable(banner()));
        auto *consent = widget<QPushButton>(u"consentButton"_s);
        QVERIFY(consent->isVisible());
        QSignalSpy requested(m_fixture.services.get(), &AppServices::consentRequested);
        QTest::mouseClick(consent, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), m_fixture.demoProfile().id);

        // After the consent (the vault announces it) the profile loads.
        QVERIFY(m_fixture.consent(m_fixture.demoProfile()).ok);
        QCOMPARE(combo->currentText(), AppServices::sandboxProfileName());
        QVERIFY(load());
        QCOMPARE(table()->model()->rowCount(), 25);
        QCOMPARE(banner(), QString());
    }

    void profilesWithARefreshTokenComeFirst()
    {
        QVERIFY(startPage(0, false));
        Profile second = m_fixture.demoProfile();
        second.name = u"Second partner"_s;
        second.clientId = PublicAppId;
        second.credential = CredentialKind::None;
        const PCAuth::Expected<Profile> added = m_fixture.services->profiles().add(second);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        auto *combo = widget<QComboBox>(u"profileCombo"_s);
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(1), u"Second partner (no refresh token)"_s);
        QVERIFY(m_fixture.consent(added.value()).ok);
        QCOMPARE(combo->itemText(0), u"Second partner"_s);
        QCOMPARE(combo->itemText(1),
                 u"%1 (no refresh token)"_s.arg(AppServices::sandboxProfileName()));
    }

    void concurrencyIsSavedInTheSettings()
    {
        QVERIFY(startPage(0, false));
        auto *spin = widget<QSpinBox>(u"concurrencySpin"_s);
        QCOMPARE(spin->value(), m_fixture.services->settings().concurrency());
        const int wanted = spin->value() == 12 ? 13 : 12;
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QString::number(wanted));
        QCOMPARE(spin->value(), wanted);
        QCOMPARE(m_fixture.services->settings().concurrency(), wanted);
        QCOMPARE(AppSettings().concurrency(), wanted); // in the settings store, not just memory
        CustomersPage another(*m_fixture.services);
        QCOMPARE(another.findChild<QSpinBox *>(u"concurrencySpin"_s)->value(), wanted);
        m_fixture.services->settings().setConcurrency(5); // e.g. from the settings page
        QCOMPARE(spin->value(), 5);
    }
};

QTEST_MAIN(tst_Customers)
#include "tst_customers.moc"
