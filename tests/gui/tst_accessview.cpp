// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The Access view on the embedded sandbox and the real keychain, driven by clicks: Check all
// profiles, the profile list with each profile's headline, the GDAP timeline and table (its
// markers, sorting by days left, the 30-day window), Export CSV, and Grant consent enabled
// only for a selection that lacks consent, asking with the right targets. The functions run
// in declaration order and share the page.
#include "access/accesscontroller.h"
#include "access/accessmodels.h"
#include "access/accesspage.h"
#include "access/gdaptimeline.h"
#include "accessmonitor.h"
#include "guifixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

class tst_AccessView : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_fixture;
    std::unique_ptr<AccessPage> m_page;
    QString m_demoId;
    QString m_helpdeskId;

    template<typename T>
    T *widget(const QString &name) const
    {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }

    QTableView *gdapTable() const { return widget<QTableView>(u"gdapTable"_s); }
    QTableView *customersTable() const { return widget<QTableView>(u"customersTable"_s); }

    int rowOf(const QAbstractItemModel *model, int column, const QString &text) const
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, column).data().toString() == text)
                return row;
        }
        return -1;
    }

    void click(const QString &button)
    {
        auto *b = widget<QPushButton>(button);
        QVERIFY(b);
        QVERIFY2(b->isEnabled(), qPrintable(button));
        QTest::mouseClick(b, Qt::LeftButton);
    }

    /// Selects the customers' rows named, as with Ctrl+click.
    void selectCustomers(const QStringList &names)
    {
        QTableView *table = customersTable();
        table->clearSelection();
        for (const QString &name : names) {
            const int row = rowOf(table->model(), AccessCustomersModel::CustomerColumn, name);
            QVERIFY2(row >= 0, qPrintable(name));
            const QModelIndex index =
                table->model()->index(row, AccessCustomersModel::CustomerColumn);
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              table->visualRect(index).center());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_demoId = m_fixture.demoProfile().id;
        QVERIFY(m_fixture.consent(m_fixture.demoProfile()).ok);
        const Profile helpdesk = m_fixture.addProfileWithoutConsent(u"Helpdesk"_s);
        m_helpdeskId = helpdesk.id;
        QVERIFY(m_fixture.consent(helpdesk, HelpdeskUser, HelpdeskPassword, HelpdeskOtc).ok);
        m_page = std::make_unique<AccessPage>(*m_fixture.services);
        m_page->resize(1100, 720);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_fixture.stop();
    }

    void beforeACheck()
    {
        auto *list = widget<QListView>(u"profilesList"_s);
        QCOMPARE(list->model()->rowCount(), 2);
        QVERIFY(list->model()->index(0, 0).data().toString().contains(u"Not checked yet"_s));
        QVERIFY(!widget<QPushButton>(u"exportButton"_s)->isEnabled());
        QVERIFY(!widget<QPushButton>(u"grantConsentButton"_s)->isEnabled());
        QVERIFY(!widget<QPushButton>(u"cancelButton"_s)->isEnabled());
        QVERIFY(widget<QLabel>(u"statusLabel"_s)->text().startsWith(u"Not checked yet"_s));
        QVERIFY(!widget<QLabel>(u"statusLabel"_s)->accessibleName().isEmpty());
    }

    void checkAllShowsEachProfilesHeadline()
    {
        click(u"checkAllButton"_s);
        QVERIFY(widget<QPushButton>(u"cancelButton"_s)->isEnabled());
        QVERIFY(QTest::qWaitFor([this] { return !m_fixture.services->access().isCheckingAny(); },
                                60000));
        QTRY_VERIFY(!widget<QPushButton>(u"cancelButton"_s)->isEnabled());
        auto *list = widget<QListView>(u"profilesList"_s);
        const QString helpdesk =
            list->model()
                ->index(m_page->controller()->profiles()->rowOf(m_helpdeskId), 0)
                .data()
                .toString();
        QVERIFY2(helpdesk.startsWith(u"Helpdesk\n"_s), qPrintable(helpdesk));
        QVERIFY2(helpdesk.contains(u"probably not in the Admin Agents group"_s),
                 qPrintable(helpdesk));
        const QString demo = list->model()
                                 ->index(m_page->controller()->profiles()->rowOf(m_demoId), 0)
                                 .data()
                                 .toString();
        QVERIFY2(demo.startsWith(AppServices::sandboxProfileName() + u"\n"_s), qPrintable(demo));
        QVERIFY(!demo.contains(u"Admin Agents"_s));
        QVERIFY(!demo.contains(u"Not checked yet"_s));
        QVERIFY(!list->model()->index(0, 0).data(Qt::DecorationRole).isNull());
        QVERIFY(widget<QLabel>(u"statusLabel"_s)->text().startsWith(u"Checked "_s));
    }

    void choosingAProfileShowsItsReport()
    {
        auto *list = widget<QListView>(u"profilesList"_s);
        const int helpdesk = m_page->controller()->profiles()->rowOf(m_helpdeskId);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(helpdesk, 0)).center());
        QCOMPARE(m_page->controller()->profileId(), m_helpdeskId);
        QCOMPARE(gdapTable()->model()->rowCount(), 0); // no "no relationship" per customer
        auto *app = widget<QTableView>(u"appHealthTable"_s);
        QVERIFY(rowOf(app->model(), AppHealthModel::FindingColumn,
                      app->model()->index(0, AppHealthModel::FindingColumn).data().toString())
                >= 0);
        const int demo = m_page->controller()->profiles()->rowOf(m_demoId);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(demo, 0)).center());
        QCOMPARE(m_page->controller()->profileId(), m_demoId);
        QVERIFY(gdapTable()->model()->rowCount() > 10);
    }

    void timelineMarksNorthwindWithin30Days()
    {
        auto *timeline = widget<GdapTimeline>(u"timeline"_s);
        QVERIFY(timeline->isVisible());
        QVERIFY(!timeline->accessibleName().isEmpty());
        const GdapModel *model = m_page->controller()->gdap();
        const int northwind = rowOf(model, GdapModel::CustomerColumn, u"Northwind Traders"_s);
        QVERIFY(northwind >= 0);
        QRectF marker;
        for (const GdapTimeline::Marker &m : timeline->markers()) {
            if (m.row == northwind)
                marker = m.rect;
        }
        QVERIFY(marker.isValid());
        // Within the first third of the strip (30 of 90 days), right of today.
        const QRectF strip = timeline->rect();
        QVERIFY(marker.center().x() < strip.left() + strip.width() / 3.0 + 20);
        QCOMPARE(timeline->rowAt(marker.center()), northwind);
        QVERIFY(timeline->markerText(northwind).startsWith(
            u"Northwind Traders: Northwind Traders support, ends "_s));
        QVERIFY(timeline->markerText(northwind).endsWith(u"(%1)"_s.arg(daysLeftText(5))));
        // Fabrikam ends in 400 days: not on the strip.
        const int fabrikam = rowOf(model, GdapModel::CustomerColumn, u"Fabrikam"_s);
        for (const GdapTimeline::Marker &m : timeline->markers())
            QVERIFY(m.row != fabrikam);

        // A click on the marker selects its row in the table.
        gdapTable()->clearSelection();
        QTest::mouseClick(timeline, Qt::LeftButton, {}, marker.center().toPoint());
        const QModelIndex current = gdapTable()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.siblingAtColumn(GdapModel::CustomerColumn).data().toString(),
                 u"Northwind Traders"_s);
        QVERIFY(gdapTable()->selectionModel()->isRowSelected(current.row()));
    }

    void sortByDaysLeftAndTheWindow()
    {
        QTableView *table = gdapTable();
        QHeaderView *header = table->horizontalHeader();
        // Twice a click: descending, then ascending.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(GdapModel::DaysLeftColumn) + 10,
                                 header->height() / 2));
        if (header->sortIndicatorOrder() != Qt::AscendingOrder)
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(GdapModel::DaysLeftColumn) + 10,
                       header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(GdapModel::DaysLeftColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        // Ended relationships first (most days ago first), then Blue Yonder (2), Northwind (5).
        QStringList notEnded;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString days =
                table->model()->index(row, GdapModel::DaysLeftColumn).data().toString();
            if (!days.startsWith(u"ended"_s) && !days.isEmpty())
                notEnded << table->model()->index(row, GdapModel::CustomerColumn).data().toString();
        }
        QCOMPARE(notEnded.mid(0, 2),
                 QStringList({u"Blue Yonder Airlines"_s, u"Northwind Traders"_s}));

        auto *window = widget<QComboBox>(u"windowCombo"_s);
        const int all = table->model()->rowCount();
        window->setCurrentIndex(window->findText(u"30 days"_s));
        QCOMPARE(m_page->controller()->windowDays(), 30);
        QVERIFY(table->model()->rowCount() < all);
        QVERIFY(rowOf(table->model(), GdapModel::CustomerColumn, u"Northwind Traders"_s) >= 0);
        QCOMPARE(rowOf(table->model(), GdapModel::CustomerColumn, u"Fabrikam"_s), -1);
        QVERIFY(widget<QLabel>(u"gdapCountLabel"_s)->text().contains(u" of "_s));
        window->setCurrentIndex(window->findText(u"All"_s));
        QCOMPARE(table->model()->rowCount(), all);
    }

    void exportCsvWritesNorthwind()
    {
        QVERIFY(widget<QPushButton>(u"exportButton"_s)->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gdap.csv"_s);
        QCOMPARE(m_page->exportCsvTo(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("customer,customer_tenant_id,"));
        QVERIFY(csv.contains("\r\nNorthwind Traders,"));
        QVERIFY(csv.contains(",Northwind Traders support,"));
        // A folder that does not exist: the banner says so.
        QVERIFY(!m_page->exportCsvTo(dir.filePath(u"missing/gdap.csv"_s)).isEmpty());
    }

    void grantConsentOnlyForCustomersWithoutConsent()
    {
        m_page->showCustomers();
        QVERIFY(customersTable()->isVisible());
        auto *grant = widget<QPushButton>(u"grantConsentButton"_s);
        QSignalSpy requested(m_page.get(), &AccessPage::grantConsentRequested);

        selectCustomers({u"Northwind Traders"_s});
        QVERIFY(!grant->isEnabled());
        selectCustomers({u"Northwind Traders"_s, u"Wide World Importers"_s});
        QVERIFY(grant->isEnabled());
        QTest::mouseClick(grant, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), m_demoId);
        const auto targets = requested.at(0).at(1).value<QList<ConsentTarget>>();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0).name, u"Wide World Importers"_s);
        QVERIFY(!targets.at(0).tenantId.isEmpty());
        QCOMPARE(targets.at(0).replace, false);
        // The Grant consent dialog opens for exactly those targets (its own tests drive it).
        QDialog *dialog = nullptr;
        QTRY_VERIFY([&dialog] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->isVisible() && w->inherits("PCAuth::GrantConsentDialog"))
                    dialog = qobject_cast<QDialog *>(w);
            return dialog != nullptr;
        }());
        dialog->reject(); // nothing sent: Grant was never clicked
        QTRY_VERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(tst_AccessView)
#include "tst_accessview.moc"
