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
#include "customerscenario.h"
#include "dashboard/dashboardcontroller.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/healthmodel.h"
#include "grantconsentcontroller.h"
#include "grantconsentdialog.h"
#include "guifixture.h"
#include "session/customercheckrun.h"
#include "support/translations.h"

#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

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
        if (!startCustomers(m_fixture, extraCustomers, consent))
            return false;
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

    void addFault(const QJsonObject &fault) { QVERIFY(Test::addFault(m_fixture, fault)); }

    /// The shown row's centre in the table's viewport.
    QPoint rowCentre(int row) const
    {
        return table()->visualRect(table()->model()->index(row, 0)).center();
    }

    /// Right-clicks the shown row as a user does (the press selects it, the context-menu
    /// event the platform sends opens the menu) and waits for the menu.
    QMenu *rightClickRow(int row)
    {
        QWidget *viewport = table()->viewport();
        const QPoint at = rowCentre(row);
        QTest::mouseClick(viewport, Qt::RightButton, {}, at);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
        QCoreApplication::sendEvent(viewport, &event);
        QMenu *menu = m_page->contextMenu();
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
            return nullptr;
        return menu;
    }

    /// Clicks the menu's action named `name`.
    static void clickAction(QMenu *menu, const QString &name)
    {
        QAction *action = menu->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY(action->isEnabled());
        // Chosen with the keyboard: Qt 6.8's menu takes a synthetic click only after the pointer
        // has moved a drag distance inside it, which offscreen events do not reliably do.
        menu->setActiveAction(action);
        QTest::keyClick(menu, Qt::Key_Return);
        QTRY_VERIFY(!menu->isVisible());
    }

    /// The model's text of the rows, tab-separated, one line each.
    QString rowsText(const QList<int> &shownRows, const QList<int> &columns) const
    {
        QStringList lines;
        for (const int row : shownRows) {
            QStringList cells;
            for (const int column : columns)
                cells << table()->model()->index(row, column).data().toString();
            lines << cells.join(u'\t');
        }
        return lines.join(u'\n');
    }

    /// The page shows the 25 customers and the results of the dashboard's check.
    void verifyShowsTheDashboardsCheck()
    {
        QStringList names;
        for (const SandboxCustomer &e : scenarioCustomers(m_fixture))
            names << e.name;
        QCOMPARE(shownColumn(CustomersModel::NameColumn), names);
        QCOMPARE(text(u"countLabel"_s), countText(25, 25));
        QCOMPARE(table()
                     ->model()
                     ->index(shownRowOf(u"Fabrikam"_s), CustomersModel::AccessColumn)
                     .data()
                     .toString(),
                 u"OK"_s);
        QCOMPARE(table()
                     ->model()
                     ->index(shownRowOf(u"Wide World Importers"_s), CustomersModel::AccessColumn)
                     .data()
                     .toString(),
                 u"Consent missing"_s);
        QCOMPARE(shownColumn(CustomersModel::AccessColumn).count(QString()), 0);
        QVERIFY2(text(u"statusLabel"_s).startsWith(u"25 customers as listed at "_s),
                 qPrintable(text(u"statusLabel"_s)));
        QCOMPARE(banner(), QString());
        QCOMPARE(widget<QPushButton>(u"loadButton"_s)->text(), u"Re&load"_s);
    }

    /// Where a widget of the page is, in the page.
    QPoint placeOf(const QString &name) const
    {
        const QWidget *w = widget<QWidget>(name);
        return w->mapTo(m_page.get(), QPoint(0, 0));
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
        // The table shows the controller's rows (their columns: tst_customerscontroller).
        QStringList names;
        for (const SandboxCustomer &e : scenarioCustomers(m_fixture))
            names << e.name;
        QCOMPARE(shownColumn(CustomersModel::NameColumn), names);
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

    void filterNarrowsAsYouType_data() { addFilterQueries(); }

    void filterNarrowsAsYouType()
    {
        QFETCH(QString, query);
        QVERIFY(startPage());
        QVERIFY(load());
        const QList<SandboxCustomer> all = scenarioCustomers(m_fixture);
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
            const QStringList expected = filtered(all, typed);
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

    // Graph faults (403, 429): tst_customerscontroller.
    void checkAccess_data() { addAccessChecks(false); }

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
        QVERIFY(text(u"statusLabel"_s).startsWith(u"1 customer"_s));
        QVERIFY(text(u"statusLabel"_s).contains(u" checked in "_s));
        // Reason and advice: in the tooltip and, for the current row, in the banner.
        const QString tooltip = access.data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.startsWith(label + u": "_s), qPrintable(tooltip));
        QCOMPARE(banner(), customer + u": "_s + tooltip);
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
        QCOMPARE(text(u"statusLabel"_s), u"0 of 25 customers checked"_s);
        auto *progress = widget<QProgressBar>(u"progressBar"_s);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 25);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 2, 15000);
        QCOMPARE(text(u"statusLabel"_s), u"%1 of 25 customers checked"_s.arg(progress->value()));
        QTest::mouseClick(widget<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 15000);
        QVERIFY(text(u"statusLabel"_s).startsWith(u"Check cancelled: "_s));
        QVERIFY(!progress->isVisible());
        QVERIFY(widget<QPushButton>(u"checkAllButton"_s)->isEnabled());
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
        QCOMPARE(text(u"statusLabel"_s), u"%1 customers read"_s.arg(m_page->model().rowCount()));
        QTest::keyClick(table(), Qt::Key_Escape); // the page's Cancel shortcut
        QVERIFY(!m_page->isBusy());
        const int kept = m_page->model().rowCount();
        QCOMPARE(text(u"statusLabel"_s), u"Loading cancelled after %1 customers."_s.arg(kept));
        QCOMPARE(text(u"countLabel"_s), countText(kept, kept));
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
        const PCAuth::Expected<Profile> added = addSecondProfile(m_fixture);
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
    void startsWithWhatTheDashboardChecked()
    {
        // The page exists before the dashboard's check, as in the main window.
        QVERIFY(startPage());
        QCOMPARE(text(u"countLabel"_s), u"No customers loaded"_s);
        {
            // The dashboard lists and checks every customer of the profile.
            DashboardPage dashboard(*m_fixture.services);
            dashboard.resize(1000, 600);
            dashboard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
            auto *tree = dashboard.findChild<QTreeView *>(u"healthTree"_s);
            tree->setCurrentIndex(dashboard.model()->index(0, 0));
            auto *check = dashboard.findChild<QToolButton *>(u"checkCustomersButton"_s);
            QTRY_VERIFY(check->isEnabled());
            QSignalSpy finished(dashboard.controller(), &DashboardController::workFinished);
            QTest::mouseClick(check, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        }
        // From here on, listing the customers again would fail: what the page shows comes
        // from what the app already knows.
        QVERIFY(m_fixture.putFault(
            QJsonObject{{u"path"_s, u"/pc/v1/customers"_s}, {u"status"_s, 500}, {u"times"_s, -1}}));
        verifyShowsTheDashboardsCheck();
        // A page made afterwards starts with it too.
        m_page = std::make_unique<CustomersPage>(*m_fixture.services);
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        verifyShowsTheDashboardsCheck();
    }

    void contextMenuOnARow()
    {
        QVERIFY(startPage());
        QVERIFY(load());
        const int row = shownRowOf(u"Fabrikam"_s);
        const QList<SandboxCustomer> all = scenarioCustomers(m_fixture);
        const auto fabrikam = std::find_if(all.cbegin(), all.cend(), [](const SandboxCustomer &c) {
            return c.name == u"Fabrikam"_s;
        });
        QVERIFY(fabrikam != all.cend());
        QClipboard *clipboard = QGuiApplication::clipboard();

        QMenu *menu = rightClickRow(row);
        QVERIFY(menu);
        clickAction(menu, u"copyTenantAction"_s);
        QCOMPARE(clipboard->text(), fabrikam->tenantId);

        QVERIFY((menu = rightClickRow(row)));
        clickAction(menu, u"copyDomainAction"_s);
        QCOMPARE(clipboard->text(), fabrikam->domain);

        QSignalSpy testCall(m_fixture.services.get(), &AppServices::testCallRequested);
        QVERIFY((menu = rightClickRow(row)));
        clickAction(menu, u"testCallAction"_s);
        QCOMPARE(testCall.size(), 1);
        QCOMPARE(testCall.constFirst().at(0).toString(), m_fixture.demoProfile().id);
        QCOMPARE(testCall.constFirst().at(1).toString(), fabrikam->tenantId);

        QVERIFY((menu = rightClickRow(row)));
        clickAction(menu, u"checkRowsAction"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 15000);
        QCOMPARE(table()->model()->index(row, CustomersModel::AccessColumn).data().toString(),
                 u"OK"_s);
        QCOMPARE(shownColumn(CustomersModel::AccessColumn).count(QString()), 24);
    }

    void grantConsentWhereTheCheckFoundItMissing()
    {
        QVERIFY(startPage());
        QVERIFY(load());
        QTest::mouseClick(widget<QPushButton>(u"checkAllButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 15000);
        const int missing = shownRowOf(u"Wide World Importers"_s);
        const int ok = shownRowOf(u"Fabrikam"_s);
        const auto access = [this](int row) {
            return table()->model()->index(row, CustomersModel::AccessColumn).data().toString();
        };
        QCOMPARE(access(missing), u"Consent missing"_s);
        QCOMPARE(access(ok), u"OK"_s);

        // Nothing to grant where the app is consented.
        QMenu *menu = rightClickRow(ok);
        QVERIFY(menu);
        auto *grant = menu->findChild<QAction *>(u"grantConsentAction"_s);
        QVERIFY(grant);
        QVERIFY(!grant->isEnabled());
        menu->hide();

        // Where it is missing: the Grant consent dialog, for exactly that customer.
        QVERIFY((menu = rightClickRow(missing)));
        QVERIFY(grant->isEnabled());
        clickAction(menu, u"grantConsentAction"_s);
        GrantConsentDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<GrantConsentDialog *>()) && dialog->isVisible());
        const QList<ConsentTarget> targets = dialog->controller().targets();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0).name, u"Wide World Importers"_s);
        QCOMPARE(targets.at(0).tenantId,
                 table()->model()->index(missing, CustomersModel::TenantColumn).data().toString());
        QCOMPARE(targets.at(0).replace, false);

        // Granted through the sandbox's Partner Center: the row is checked again, and Graph
        // now answers there.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"grantButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(access(missing), u"OK"_s, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 15000);
        dialog->reject();
    }

    void ctrlCCopiesTheSelectedRows()
    {
        QVERIFY(startPage());
        QVERIFY(load());
        table()->setFocus();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rowCentre(1));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCentre(3));
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        const QList<int> every{CustomersModel::NameColumn, CustomersModel::DomainColumn,
                               CustomersModel::TenantColumn, CustomersModel::RelationshipColumn,
                               CustomersModel::AccessColumn};
        QCOMPARE(QGuiApplication::clipboard()->text(), rowsText({1, 3}, every));
        QVERIFY(QGuiApplication::clipboard()->text().contains(u'\t'));
        // Only the columns shown, in the order shown.
        table()->horizontalHeader()->hideSection(CustomersModel::RelationshipColumn);
        table()->horizontalHeader()->moveSection(
            table()->horizontalHeader()->visualIndex(CustomersModel::TenantColumn), 0);
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 rowsText({1, 3}, {CustomersModel::TenantColumn, CustomersModel::NameColumn,
                                   CustomersModel::DomainColumn, CustomersModel::AccessColumn}));
    }

    void domainAndTenantIdAreNotCut()
    {
        QVERIFY(startPage());
        QVERIFY(load());
        const QHeaderView *header = table()->horizontalHeader();
        const QFontMetrics metrics = table()->fontMetrics();
        // The item delegate's text margins.
        const int margins =
            2 * (table()->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table()) + 1);
        for (const SandboxCustomer &c : scenarioCustomers(m_fixture)) {
            QVERIFY2(metrics.horizontalAdvance(c.domain) + margins
                         <= header->sectionSize(CustomersModel::DomainColumn),
                     qPrintable(c.domain));
            QVERIFY2(metrics.horizontalAdvance(c.tenantId) + margins
                         <= header->sectionSize(CustomersModel::TenantColumn),
                     qPrintable(c.tenantId));
        }
        // The Access column is as wide as its words, not the rest of the table.
        QVERIFY(header->sectionSize(CustomersModel::AccessColumn)
                < header->sectionSize(CustomersModel::DomainColumn));
        QVERIFY(header->sectionSize(CustomersModel::NameColumn) > 0);
        QVERIFY(header->length() <= table()->viewport()->width());
    }

    void checkAllChecksWhatTheFilterShows()
    {
        QVERIFY(startPage());
        QVERIFY(load());
        auto *checkAll = widget<QPushButton>(u"checkAllButton"_s);
        QCOMPARE(checkAll->text(), u"Chec&k all"_s);
        auto *filter = widget<QLineEdit>(u"filterEdit"_s);
        filter->setFocus();
        QTest::keyClicks(filter, u"fabrikam"_s);
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(checkAll->text(), u"Chec&k 1 shown"_s);
        QVERIFY2(checkAll->toolTip().contains(u"of 25 loaded"_s), qPrintable(checkAll->toolTip()));
        QTest::mouseClick(checkAll, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 15000);
        int checked = 0;
        for (int row = 0; row < m_page->model().rowCount(); ++row)
            checked += m_page->model().health(row) ? 1 : 0;
        QCOMPARE(checked, 1);
        QCOMPARE(table()->model()->index(0, CustomersModel::AccessColumn).data().toString(),
                 u"OK"_s);
        // Nothing matches: nothing to check.
        QTest::keyClicks(filter, u"zzqq"_s);
        QVERIFY(!checkAll->isEnabled());
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Backspace);
        QCOMPARE(checkAll->text(), u"Chec&k all"_s);
        QVERIFY(checkAll->isEnabled());
    }

    void progressSpeaksLikeTheDashboard()
    {
        QVERIFY(startPage());
        m_page->setPageSize(5);
        addFault(QJsonObject{
            {u"path"_s, u"/pc/v1/customers"_s}, {u"latencyMs"_s, 200}, {u"times"_s, 3}});
        QTest::mouseClick(widget<QPushButton>(u"loadButton"_s), Qt::LeftButton);
        QCOMPARE(text(u"statusLabel"_s),
                 CustomerCheckRun::listStartText(AppServices::sandboxProfileName()));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model().rowCount() >= 5, 15000);
        QCOMPARE(text(u"statusLabel"_s),
                 CustomerCheckRun::listProgressText(m_page->model().rowCount()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 15000);
        addFault(QJsonObject{{u"path"_s, u"/graph/"_s}, {u"latencyMs"_s, 200}, {u"times"_s, -1}});
        QTest::mouseClick(widget<QPushButton>(u"checkAllButton"_s), Qt::LeftButton);
        QCOMPARE(text(u"statusLabel"_s), CustomerCheckRun::checkProgressText(0, 25));
        QTest::mouseClick(widget<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 15000);
    }

    void oneCustomerCheckedIsSingular()
    {
        // English plural forms, as the app installs them.
        QVERIFY(installEnglishPlurals(*QCoreApplication::instance()));
        if (CustomerHealthCheck::tr("%n customers checked in %1 s: %2 ok, %3 consent missing, "
                                    "%4 no access, %5 throttled, %6 failed",
                                    nullptr, 1)
                .startsWith(u"1 customers"_s))
            QSKIP("The English plural forms of this text are not generated yet (lupdate).");
        QVERIFY(startPage());
        QVERIFY(load());
        selectShownRow(shownRowOf(u"Fabrikam"_s));
        QTest::mouseClick(widget<QPushButton>(u"checkSelectedButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 15000);
        QVERIFY2(text(u"statusLabel"_s).startsWith(u"1 customer checked in "_s),
                 qPrintable(text(u"statusLabel"_s)));
    }

    void anErrorDoesNotMoveTheControls()
    {
        QVERIFY(startPage(0, false));
        const QStringList controls{u"profileCombo"_s,   u"loadButton"_s,     u"filterEdit"_s,
                                   u"customersTable"_s, u"checkAllButton"_s, u"statusLabel"_s};
        QList<QPoint> before;
        for (const QString &name : controls)
            before << placeOf(name);
        QVERIFY(load()); // no refresh token: an error
        QVERIFY(!banner().isEmpty());
        QVERIFY(widget<QWidget>(u"bannerFrame"_s)->height() > 0);
        for (qsizetype i = 0; i < controls.size(); ++i)
            QVERIFY2(placeOf(controls.at(i)) == before.at(i), qPrintable(controls.at(i)));
    }
};

QTEST_MAIN(tst_Customers)
#include "tst_customers.moc"
