// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The health dashboard driven as a user would, on the embedded sandbox and the real keychain:
// the rows a profile gets before and after consent, the countdown, refresh failures (revoked,
// 503), MFA missing, removal with confirmation, the actions' requests to other views, and the
// customer tenants with their checks. Widgets are found by objectName.
#include "accessmonitor.h"
#include "dashboardcontroller.h"
#include "dashboardpage.h"
#include "guifixture.h"
#include "healthmodel.h"

#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;
using namespace std::chrono_literals;

namespace {

/// h:mm:ss or m:ss, as a user reads a countdown (independent of the page's formatting code).
QString countdown(qint64 seconds)
{
    const QTime t = QTime(0, 0).addSecs(int(seconds));
    return u"expires in "_s + t.toString(seconds >= 3600 ? u"h:mm:ss"_s : u"m:ss"_s);
}

} // namespace

class tst_Dashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyStateOffersConsent();
    void profileWithoutTokenShowsConsentMissing();
    void healthyAfterConsent();
    void countdownFollowsTheClock();
    void revokedUserShowsRevokedAndKeepsTheRecord();
    void serviceUnavailableShowsTheErrorOnly();
    void tokenWithoutMfaIsFlagged();
    void timeMovesTheVerdict();
    void missingKeychainItemIsExplained();
    void removeAsksThenRemovesProfileAndKeychainItems();
    void consentActionIsNamedForWhatItDoes();
    void startConsentGoesToTheProfileWithoutConsent();
    void actionsEmitRequests_data();
    void actionsEmitRequests();
    void keyboardShortcuts();
    void expandingChecksTheCustomers();
    void customerRowActions();
    void testCallShowsTheAnswer();
    void customerInspectErrorStaysOnTheCustomer();
    void statusLineClearsAndErrorsMoveNothing();
    void selectedCustomerShowsItsResult();
    void customerListFailureIsShown();
    void customerLoadingCanBeCancelled();
    void checkAccessFillsTheAccessColumn();

private:
    QString cell(int row, int column, const QModelIndex &parent = {}) const
    {
        return m_model->index(row, column, parent).data().toString();
    }
    QString status(int row = 0) const { return cell(row, HealthModel::StatusColumn); }
    template<typename T>
    T *find(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }
    QTreeView *tree() const { return find<QTreeView>(u"healthTree"_s); }
    void selectProfile(int row = 0) { tree()->setCurrentIndex(m_model->index(row, 0)); }
    void consent(const QString &user = ServiceUser, const QString &password = ServicePassword,
                 const QString &otc = ServiceOtc, bool acceptWithoutMfa = false)
    {
        const ConsentResult result =
            m_fixture.consent(m_fixture.demoProfile(), user, password, otc, acceptWithoutMfa);
        QVERIFY2(result.ok, qPrintable(result.message));
    }
    /// The refresh-token record in the keychain (through the vault), or std::nullopt.
    std::optional<RefreshTokenRecord> record(SecretResult::Status *status = nullptr,
                                             QString profileId = QString())
    {
        if (profileId.isEmpty())
            profileId = m_fixture.demoProfile().id;
        return m_fixture.refreshTokenRecord(profileId, status);
    }
    void putFault(const QJsonObject &fault) { QVERIFY(m_fixture.putFault(fault)); }
    QModelIndex customerIndex(const QString &name) const
    {
        const QModelIndex parent = m_model->index(0, 0);
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            if (cell(row, HealthModel::NameColumn, parent) == name)
                return m_model->index(row, 0, parent);
        }
        return {};
    }
    void expandAndWaitForChecks();

    std::unique_ptr<ManualClock> m_clock;
    GuiFixture m_fixture;
    std::unique_ptr<DashboardPage> m_page;
    HealthModel *m_model = nullptr;
};

void tst_Dashboard::init()
{
    m_clock = std::make_unique<ManualClock>(startTime());
    const QString problem = m_fixture.start(0, m_clock.get());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_fixture.services->settings().setWarningDays(14);
    m_page = std::make_unique<DashboardPage>(*m_fixture.services);
    m_model = m_page->model();
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_Dashboard::cleanup()
{
    if (m_fixture.client)
        m_fixture.client->send("DELETE"_ba, m_fixture.client->url(u"/_sandbox/faults"_s));
    m_page.reset();
    m_fixture.stop();
}

void tst_Dashboard::emptyStateOffersConsent()
{
    // A fresh config folder outside sandbox mode: no profile at all.
    QTemporaryDir dir;
    AppOptions options;
    options.configDir = dir.path();
    options.keychainService = u"pcauth-test-gui-empty-%1"_s.arg(QCoreApplication::applicationPid());
    options.clock = m_clock.get();
    AppServices services(options);
    DashboardPage page(services);
    page.show();
    const auto *stack = page.findChild<QStackedWidget *>(u"contentStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyPage"_s);
    QCOMPARE(page.findChild<QLabel *>(u"emptyTitleLabel"_s)->text(), u"No profile yet"_s);
    QSignalSpy consent(&services, &AppServices::consentRequested);
    auto *button = page.findChild<QPushButton *>(u"emptyConsentButton"_s);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(consent.size(), 1);
    QCOMPARE(consent.constFirst().constFirst().toString(), QString());
    // Nothing applies without a row.
    QVERIFY(!page.findChild<QToolButton *>(u"refreshButton"_s)->isEnabled());
    QVERIFY(!page.findChild<QToolButton *>(u"removeButton"_s)->isEnabled());
}

void tst_Dashboard::profileWithoutTokenShowsConsentMissing()
{
    QCOMPARE(find<QStackedWidget>(u"contentStack"_s)->currentWidget()->objectName(), u"treePage"_s);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, HealthModel::NameColumn), AppServices::sandboxProfileName());
    QCOMPARE(status(), u"Consent missing"_s);
    QCOMPARE(m_model->index(0, HealthModel::StatusColumn).data(Qt::UserRole).toString(),
             u"consent-missing"_s);
    QCOMPARE(cell(0, HealthModel::LastErrorColumn),
             u"No partner consent has been recorded: there is no refresh token. Run the partner "
             "consent."_s);
    QCOMPARE(cell(0, HealthModel::AccessTokenColumn), u"none"_s);
    QCOMPARE(cell(0, HealthModel::DaysLeftColumn), QString());
    QVERIFY(!m_model->hasChildren(m_model->index(0, 0)));
    selectProfile();
    QVERIFY(find<QLabel>(u"detailsLabel"_s)
                ->text()
                .contains(u"What to do: Run the partner consent."_s));
    QVERIFY(!find<QToolButton>(u"refreshButton"_s)->isEnabled());
    QVERIFY(!find<QToolButton>(u"inspectButton"_s)->isEnabled());
    QVERIFY(!find<QToolButton>(u"testCallButton"_s)->isEnabled());
    QVERIFY(!find<QToolButton>(u"checkCustomersButton"_s)->isEnabled());
    QVERIFY(find<QToolButton>(u"consentAgainButton"_s)->isEnabled());
    QVERIFY(find<QToolButton>(u"removeButton"_s)->isEnabled());
}

void tst_Dashboard::healthyAfterConsent()
{
    consent();
    QTRY_COMPARE(status(), u"Healthy"_s);
    QCOMPARE(m_model->index(0, HealthModel::StatusColumn).data(Qt::UserRole).toString(),
             u"healthy"_s);
    QCOMPARE(cell(0, HealthModel::MfaColumn), u"MFA"_s);
    QCOMPARE(cell(0, HealthModel::AccountColumn), ServiceUser);
    QCOMPARE(cell(0, HealthModel::DaysLeftColumn), u"90 days (estimate)"_s);
    QCOMPARE(cell(0, HealthModel::LastErrorColumn), QString());
    QVERIFY(m_model->hasChildren(m_model->index(0, 0)));
    selectProfile();
    for (const QString &button : {u"refreshButton"_s, u"inspectButton"_s, u"testCallButton"_s,
                                  u"checkCustomersButton"_s, u"removeButton"_s})
        QVERIFY2(find<QToolButton>(button)->isEnabled(), qPrintable(button));
    // Refresh now records a use: last refresh becomes "now" and the window restarts.
    m_clock->advance(days(10));
    m_model->reload();
    QCOMPARE(cell(0, HealthModel::DaysLeftColumn), u"80 days (estimate)"_s);
    QTest::mouseClick(find<QToolButton>(u"refreshButton"_s), Qt::LeftButton);
    QTRY_COMPARE(cell(0, HealthModel::DaysLeftColumn), u"90 days (estimate)"_s);
    QCOMPARE(cell(0, HealthModel::LastRefreshColumn), u"just now"_s);
    QCOMPARE(m_model->index(0, HealthModel::LastRefreshColumn).data(Qt::ToolTipRole).toString(),
             m_clock->now().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC (now)"_s);
}

void tst_Dashboard::countdownFollowsTheClock()
{
    consent();
    QCOMPARE(cell(0, HealthModel::AccessTokenColumn), u"none"_s);
    selectProfile();
    QSignalSpy inspect(m_fixture.services.get(), &AppServices::inspectTokenRequested);
    QTest::mouseClick(find<QToolButton>(u"inspectButton"_s), Qt::LeftButton);
    QTRY_COMPARE(inspect.size(), 1);
    const QDateTime expiresAt =
        m_fixture.services->broker().metadata(m_fixture.demoProfile().id).accessTokenExpiresAt;
    QVERIFY(expiresAt.isValid());
    QTRY_COMPARE(cell(0, HealthModel::AccessTokenColumn),
                 countdown(m_clock->now().secsTo(expiresAt)));
    const QString before = cell(0, HealthModel::AccessTokenColumn);
    m_clock->advance(125s); // the 1 s timer repaints the column
    QTRY_COMPARE(cell(0, HealthModel::AccessTokenColumn),
                 countdown(m_clock->now().secsTo(expiresAt)));
    QVERIFY(cell(0, HealthModel::AccessTokenColumn) != before);
    m_clock->setNow(expiresAt);
    QTRY_COMPARE(cell(0, HealthModel::AccessTokenColumn), u"expired"_s);
}

void tst_Dashboard::revokedUserShowsRevokedAndKeepsTheRecord()
{
    consent();
    const auto revoke =
        m_fixture.client->postJson(u"/_sandbox/users/%1/revoke"_s.arg(ServiceUser), QJsonObject{});
    QCOMPARE(revoke.status, 200);
    selectProfile();
    QSignalSpy changed(m_fixture.services.get(), &AppServices::tokenChanged);
    QTest::mouseClick(find<QToolButton>(u"refreshButton"_s), Qt::LeftButton);
    // Busy while it runs: the row shows it and the buttons wait.
    QVERIFY(!find<QToolButton>(u"refreshButton"_s)->isEnabled());
    QVERIFY(!m_model->index(0, HealthModel::NameColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(m_model->index(0, HealthModel::NameColumn).data(Qt::ToolTipRole).toString(),
             u"Working\u2026"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status(), u"Revoked"_s, 15000);
    QCOMPARE(m_model->index(0, HealthModel::StatusColumn).data(Qt::UserRole).toString(),
             u"revoked"_s);
    QVERIFY(!changed.isEmpty());
    const auto *banner = find<QLabel>(u"messageBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"AADSTS50173"_s), qPrintable(banner->text()));
    QVERIFY(cell(0, HealthModel::LastErrorColumn)
                .contains(u"run the partner consent to get a new refresh token"_s));
    QVERIFY(find<QLabel>(u"detailsLabel"_s)
                ->text()
                .contains(u"What to do: Sign in again: run the partner consent to get a new "
                          "refresh token."_s));
    // The stored token stays unchanged: tst_dashboardcontroller checks it.
    QVERIFY(find<QToolButton>(u"refreshButton"_s)->isEnabled());
    QVERIFY(m_model->index(0, HealthModel::NameColumn).data(Qt::DecorationRole).isNull());
}

void tst_Dashboard::serviceUnavailableShowsTheErrorOnly()
{
    consent();
    putFault(QJsonObject{{u"path"_s, u"/token"_s}, {u"status"_s, 503}, {u"times"_s, -1}});
    selectProfile();
    QTest::mouseClick(find<QToolButton>(u"refreshButton"_s), Qt::LeftButton);
    const auto *banner = find<QLabel>(u"messageBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY(!banner->text().isEmpty());
    // The cell shows the message on one line, so that its row keeps the others' height.
    QCOMPARE(cell(0, HealthModel::LastErrorColumn), QString(banner->text()).replace(u'\n', u' '));
    QVERIFY(find<QLabel>(u"detailsLabel"_s)->text().contains(banner->text()));
    QVERIFY(status() != u"Revoked"_s);
    QVERIFY(status() != u"Expired"_s);
    // Once the service is back, the next refresh clears the message.
    m_fixture.client->send("DELETE"_ba, m_fixture.client->url(u"/_sandbox/faults"_s));
    QTest::mouseClick(find<QToolButton>(u"refreshButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, HealthModel::LastRefreshColumn), u"just now"_s, 15000);
    QCOMPARE(cell(0, HealthModel::LastErrorColumn), QString());
    QVERIFY(!banner->isVisible());
    QCOMPARE(status(), u"Healthy"_s);
}

void tst_Dashboard::tokenWithoutMfaIsFlagged()
{
    consent(NoMfaUser, NoMfaPassword, QString(), true);
    QTRY_COMPARE(status(), u"MFA missing"_s);
    QCOMPARE(m_model->index(0, HealthModel::StatusColumn).data(Qt::UserRole).toString(),
             u"mfa-missing"_s);
    QCOMPARE(cell(0, HealthModel::MfaColumn), u"No MFA"_s);
    QCOMPARE(cell(0, HealthModel::AccountColumn), NoMfaUser);
    QVERIFY(!cell(0, HealthModel::LastErrorColumn).isEmpty());
}

void tst_Dashboard::timeMovesTheVerdict()
{
    consent();
    QCOMPARE(status(), u"Healthy"_s);
    // No event but the passing time: the page judges the stored dates again.
    m_clock->advance(days(80));
    QTRY_COMPARE(status(), u"Expiring soon"_s);
    QCOMPARE(cell(0, HealthModel::DaysLeftColumn), u"10 days (estimate)"_s);
    QCOMPARE(cell(0, HealthModel::LastRefreshColumn), u"not yet (consent 80 d ago)"_s);
    m_clock->advance(days(11));
    QTRY_COMPARE(status(), u"Expired"_s);
    QCOMPARE(m_model->index(0, HealthModel::StatusColumn).data(Qt::UserRole).toString(),
             u"expired"_s);
    QVERIFY(cell(0, HealthModel::LastErrorColumn).startsWith(u"The refresh token was "_s));
    selectProfile();
    QVERIFY(find<QLabel>(u"detailsLabel"_s)
                ->text()
                .contains(u"What to do: Run the partner consent again"_s));
}

void tst_Dashboard::missingKeychainItemIsExplained()
{
    consent();
    const Profile profile = m_fixture.demoProfile();
    // Someone deleted the item in the keychain (the index still says it is stored).
    QObject context;
    std::optional<SecretResult> removed;
    m_fixture.services->workspace().keychain().remove(
        m_fixture.services->vault().key(profile.id, SecretKind::RefreshToken), &context,
        [&removed](const SecretResult &r) { removed = r; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
    selectProfile();
    QTest::mouseClick(find<QToolButton>(u"refreshButton"_s), Qt::LeftButton);
    const auto *banner = find<QLabel>(u"messageBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"although one was stored"_s), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(u"Run the partner consent for profile"_s));
    // The cell shows the message on one line, so that its row keeps the others' height.
    QCOMPARE(cell(0, HealthModel::LastErrorColumn), QString(banner->text()).replace(u'\n', u' '));
    QVERIFY(status() != u"Revoked"_s);
}

void tst_Dashboard::removeAsksThenRemovesProfileAndKeychainItems()
{
    consent();
    QVERIFY(record());
    selectProfile();
    QSignalSpy profilesChanged(m_fixture.services.get(), &AppServices::profilesChanged);
    // Cancel first: nothing happens.
    QTest::mouseClick(find<QToolButton>(u"removeButton"_s), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = find<QMessageBox>(u"removeConfirmation"_s)) && box->isVisible());
    QVERIFY(box->text().contains(AppServices::sandboxProfileName()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!find<QMessageBox>(u"removeConfirmation"_s));
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(record());
    // Then confirm.
    QTest::mouseClick(find<QToolButton>(u"removeButton"_s), Qt::LeftButton);
    QTRY_VERIFY((box = find<QMessageBox>(u"removeConfirmation"_s)) && box->isVisible());
    box->findChild<QPushButton *>(u"confirmRemoveButton"_s)->click();
    QTRY_COMPARE(m_model->rowCount(), 0);
    QCOMPARE(profilesChanged.size(), 1);
    QCOMPARE(find<QStackedWidget>(u"contentStack"_s)->currentWidget()->objectName(),
             u"emptyPage"_s);
}

void tst_Dashboard::consentActionIsNamedForWhatItDoes()
{
    selectProfile();
    auto *button = find<QToolButton>(u"consentAgainButton"_s);
    QCOMPARE(button->text().remove(u'&'), u"Sign in and consent"_s);
    QCOMPARE(button->accessibleName(), u"Sign in and consent"_s);
    consent();
    QTRY_COMPARE(status(), u"Healthy"_s);
    QCOMPARE(button->text().remove(u'&'), u"Run consent again"_s);
    QCOMPARE(button->accessibleName(), u"Run consent again"_s);
}

void tst_Dashboard::startConsentGoesToTheProfileWithoutConsent()
{
    AppServices *services = m_fixture.services.get();
    QSignalSpy requested(services, &AppServices::consentRequested);
    auto *start = find<QToolButton>(u"newConsentButton"_s);
    const QString demoId = m_fixture.demoProfile().id;
    // The demo profile says "Consent missing": the first button is for it, not a new profile.
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.takeFirst().constFirst().toString(), demoId);

    // Consented, with a second profile that is not: that one, whichever row is selected.
    consent();
    const Profile second = m_fixture.addProfileWithoutConsent(u"Second profile"_s);
    QVERIFY(!second.id.isEmpty());
    QTRY_COMPARE(m_model->rowCount(), 2);
    selectProfile(0);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.takeFirst().constFirst().toString(), second.id);

    // Every profile has its consent: a new profile.
    const ConsentResult result = m_fixture.consent(second);
    QVERIFY2(result.ok, qPrintable(result.message));
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.takeFirst().constFirst().toString(), QString());
}

void tst_Dashboard::actionsEmitRequests_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<bool>("withProfileId");
    QTest::addRow("consent again") << u"consentAgainButton"_s << u"consent"_s << true;
    QTest::addRow("new consent") << u"newConsentButton"_s << u"consent"_s << false;
    QTest::addRow("inspect") << u"inspectButton"_s << u"inspect"_s << true;
}

void tst_Dashboard::actionsEmitRequests()
{
    QFETCH(QString, button);
    QFETCH(QString, signal);
    QFETCH(bool, withProfileId);
    consent();
    selectProfile();
    AppServices *services = m_fixture.services.get();
    QSignalSpy consentSpy(services, &AppServices::consentRequested);
    QSignalSpy testCallSpy(services, &AppServices::testCallRequested);
    QSignalSpy inspectSpy(services, &AppServices::inspectTokenRequested);
    QTest::mouseClick(find<QToolButton>(button), Qt::LeftButton);
    const QString id = withProfileId ? m_fixture.demoProfile().id : QString();
    if (signal == "consent"_L1) {
        QCOMPARE(consentSpy.size(), 1);
        QCOMPARE(consentSpy.constFirst().constFirst().toString(), id);
    } else if (signal == "testCall"_L1) {
        QCOMPARE(testCallSpy.size(), 1);
        QCOMPARE(testCallSpy.constFirst().at(0).toString(), id);
        QCOMPARE(testCallSpy.constFirst().at(1).toString(), QString());
    } else {
        QTRY_COMPARE(inspectSpy.size(), 1); // the token: tst_dashboardcontroller
    }
    const int total = int(consentSpy.size() + testCallSpy.size() + inspectSpy.size());
    QCOMPARE(total, 1);
}

void tst_Dashboard::keyboardShortcuts()
{
    consent();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    selectProfile();
    tree()->setFocus();
    // Enter inspects the current row.
    QSignalSpy inspect(m_fixture.services.get(), &AppServices::inspectTokenRequested);
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_COMPARE(inspect.size(), 1);
    // F5 refreshes.
    m_clock->advance(std::chrono::hours(24));
    m_model->reload();
    QCOMPARE(cell(0, HealthModel::DaysLeftColumn), u"89 days (estimate)"_s);
    QTest::keyClick(tree(), Qt::Key_F5);
    QTRY_COMPARE(cell(0, HealthModel::DaysLeftColumn), u"90 days (estimate)"_s);
    // Delete asks to remove.
    QTest::keyClick(tree(), Qt::Key_Delete);
    QTRY_VERIFY(find<QMessageBox>(u"removeConfirmation"_s));
    find<QMessageBox>(u"removeConfirmation"_s)->button(QMessageBox::Cancel)->click();
    // The context menu offers the row actions.
    QStringList texts;
    for (const QAction *action : tree()->actions())
        texts << action->text().remove(u'&');
    QCOMPARE(texts, (QStringList{u"Refresh now"_s, u"Run consent again"_s, u"Test call"_s,
                                 u"Inspect token"_s, u"Remove"_s, u"Replace credential\u2026"_s,
                                 u"Check customers"_s, u"Check access"_s}));
}

void tst_Dashboard::expandAndWaitForChecks()
{
    tree()->expand(m_model->index(0, 0));
    const QModelIndex parent = m_model->index(0, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(parent), 25, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                if (m_model->index(row, HealthModel::StatusColumn, parent)
                        .data(Qt::UserRole)
                        .toString()
                    == "pending"_L1)
                    return false;
            }
            return true;
        }(),
        15000);
    // The last result can arrive before the run has ended: wait for its end too (Cancel goes).
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(u"cancelButton"_s)->isHidden(), 15000);
}

void tst_Dashboard::expandingChecksTheCustomers()
{
    consent();
    expandAndWaitForChecks();
    QVERIFY(tree()->isExpanded(m_model->index(0, 0)));
    const QModelIndex wide = customerIndex(u"Wide World Importers"_s);
    QVERIFY(wide.isValid());
    QCOMPARE(wide.siblingAtColumn(HealthModel::StatusColumn).data().toString(),
             u"Consent missing"_s);
    QCOMPARE(wide.siblingAtColumn(HealthModel::StatusColumn).data(Qt::UserRole).toString(),
             u"consent-missing"_s);
    QVERIFY(!wide.siblingAtColumn(HealthModel::LastErrorColumn).data().toString().isEmpty());
    const QModelIndex fabrikam = customerIndex(u"Fabrikam"_s);
    QVERIFY(fabrikam.isValid());
    QCOMPARE(fabrikam.siblingAtColumn(HealthModel::StatusColumn).data().toString(), u"OK"_s);
    QCOMPARE(fabrikam.siblingAtColumn(HealthModel::LastErrorColumn).data().toString(), QString());
    // The summary says what was found.
    QTRY_VERIFY(find<QLabel>(u"progressLabel"_s)->text().startsWith(u"25 customers checked"_s));
    QVERIFY(!find<QPushButton>(u"cancelButton"_s)->isVisible());
    // Selecting the customer explains it.
    tree()->setCurrentIndex(wide);
    QVERIFY(find<QLabel>(u"detailsLabel"_s)->text().contains(u"Wide World Importers"_s));
    QVERIFY(find<QLabel>(u"detailsLabel"_s)->text().contains(u"What to do: "_s));
}

// The details of a customer selected while the check runs follow its result when it comes.
void tst_Dashboard::selectedCustomerShowsItsResult()
{
    consent();
    putFault(QJsonObject{{u"path"_s, u"/graph/v1.0/organization"_s}, {u"latencyMs"_s, 1500}});
    tree()->expand(m_model->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(customerIndex(u"Fabrikam"_s).isValid(), 15000);
    const QModelIndex fabrikam = customerIndex(u"Fabrikam"_s);
    tree()->setCurrentIndex(fabrikam);
    auto *details = find<QLabel>(u"detailsLabel"_s);
    QVERIFY2(details->text().contains(u"Not checked yet"_s), qPrintable(details->text()));
    QTRY_COMPARE_WITH_TIMEOUT(fabrikam.siblingAtColumn(HealthModel::StatusColumn).data().toString(),
                              u"OK"_s, 15000);
    QVERIFY2(details->text().contains(u"OK: "_s), qPrintable(details->text()));
    QVERIFY(!details->text().contains(u"Not checked yet"_s));
}

void tst_Dashboard::customerRowActions()
{
    consent();
    expandAndWaitForChecks();
    const QModelIndex fabrikam = customerIndex(u"Fabrikam"_s);
    tree()->setCurrentIndex(fabrikam);
    const QString tenant = m_model->rowInfo(fabrikam).tenantId;
    QVERIFY(!tenant.isEmpty());
    QVERIFY(!find<QToolButton>(u"refreshButton"_s)->isEnabled());
    QVERIFY(!find<QToolButton>(u"removeButton"_s)->isEnabled());
    QVERIFY(!find<QToolButton>(u"consentAgainButton"_s)->isEnabled());
    // Test call sends Graph's organization call in the customer's tenant and shows it.
    QTest::mouseClick(find<QToolButton>(u"testCallButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(find<QMessageBox>(u"testCallResult"_s), 15000);
    auto *box = find<QMessageBox>(u"testCallResult"_s);
    QVERIFY2(box->text().contains(u"GET "_s) && box->text().contains(u"/graph/v1.0/organization"_s),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"HTTP 200 OK"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"1 item"_s) && box->text().contains(u"Fabrikam"_s),
             qPrintable(box->text()));
    // ...and the console continues from there, with the same request.
    QSignalSpy testCall(m_fixture.services.get(), &AppServices::testCallRequested);
    box->findChild<QPushButton *>(u"openInConsoleButton"_s)->click();
    QCOMPARE(testCall.size(), 1);
    QCOMPARE(testCall.constFirst().at(0).toString(), m_fixture.demoProfile().id);
    QCOMPARE(testCall.constFirst().at(1).toString(), tenant);
    QTRY_VERIFY(!find<QMessageBox>(u"testCallResult"_s));
    QSignalSpy inspect(m_fixture.services.get(), &AppServices::inspectTokenRequested);
    QTest::mouseClick(find<QToolButton>(u"inspectButton"_s), Qt::LeftButton);
    QTRY_COMPARE(inspect.size(), 1); // the token: tst_dashboardcontroller
}

void tst_Dashboard::testCallShowsTheAnswer()
{
    consent();
    selectProfile();
    QSignalSpy opened(m_fixture.services.get(), &AppServices::testCallRequested);
    QTest::mouseClick(find<QToolButton>(u"testCallButton"_s), Qt::LeftButton);
    // The call is sent, not only prepared: Partner Center's customer list of the partner.
    QVERIFY(!find<QToolButton>(u"testCallButton"_s)->isEnabled());
    QVERIFY(find<QLabel>(u"progressLabel"_s)->text().startsWith(u"Test call for "_s));
    QTRY_VERIFY_WITH_TIMEOUT(find<QMessageBox>(u"testCallResult"_s), 15000);
    const QString text = find<QMessageBox>(u"testCallResult"_s)->text();
    QVERIFY2(text.contains(u"/pc/v1/customers?size=20"_s), qPrintable(text));
    QVERIFY2(text.contains(u"HTTP 200 OK"_s), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"\\d+ items: "_s)), qPrintable(text));
    QCOMPARE(opened.size(), 0); // the console only when asked
    QCOMPARE(find<QLabel>(u"progressLabel"_s)->text(), QString());
    QVERIFY(find<QToolButton>(u"testCallButton"_s)->isEnabled());
    find<QMessageBox>(u"testCallResult"_s)->button(QMessageBox::Close)->click();
    QTRY_VERIFY(!find<QMessageBox>(u"testCallResult"_s));
    QCOMPARE(opened.size(), 0);
}

void tst_Dashboard::customerInspectErrorStaysOnTheCustomer()
{
    consent();
    // Ten days after the consent, the customer checks redeem the refresh token: the partner's
    // row counts them as the refresh they are.
    m_clock->advance(days(10));
    m_model->reload();
    QCOMPARE(cell(0, HealthModel::DaysLeftColumn), u"80 days (estimate)"_s);
    expandAndWaitForChecks();
    QTRY_COMPARE(cell(0, HealthModel::LastRefreshColumn), u"just now"_s);
    QCOMPARE(cell(0, HealthModel::DaysLeftColumn), u"90 days (estimate)"_s);
    QVERIFY2(cell(0, HealthModel::AccessTokenColumn).startsWith(u"expires in "_s),
             qPrintable(cell(0, HealthModel::AccessTokenColumn)));
    const QModelIndex wide = customerIndex(u"Wide World Importers"_s);
    QVERIFY(wide.isValid());
    tree()->setCurrentIndex(wide);
    const int profileHeight = tree()->visualRect(m_model->index(0, 0)).height();
    QSignalSpy finished(m_page->controller(), &DashboardController::workFinished);
    QTest::mouseClick(find<QToolButton>(u"inspectButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    // The customer's row says why (no consent there)...
    QTRY_VERIFY(wide.siblingAtColumn(HealthModel::LastErrorColumn)
                    .data()
                    .toString()
                    .contains(u"AADSTS65001"_s));
    QVERIFY(find<QLabel>(u"detailsLabel"_s)->text().contains(u"Last action failed: "_s));
    // ...the partner's row stays healthy with no error, and no banner is left behind.
    QCOMPARE(status(), u"Healthy"_s);
    QCOMPARE(cell(0, HealthModel::LastErrorColumn), QString());
    QCOMPARE(tree()->visualRect(m_model->index(0, 0)).height(), profileHeight);
    QVERIFY(!find<QWidget>(u"messageBannerFrame"_s)->isVisible());
    selectProfile();
    QVERIFY(!find<QLabel>(u"detailsLabel"_s)->text().contains(u"Last action failed"_s));
}

void tst_Dashboard::statusLineClearsAndErrorsMoveNothing()
{
    consent();
    selectProfile();
    const auto where = [this](const QWidget *w) {
        return QRect(w->mapTo(m_page.get(), QPoint(0, 0)), w->size());
    };
    const QRect refresh = where(find<QToolButton>(u"refreshButton"_s));
    const QRect firstRow = tree()->visualRect(m_model->index(0, 0));
    const QPoint treeAt = where(tree()).topLeft();
    // A refresh that fails: the banner shows, the status line is empty once it ended.
    putFault(QJsonObject{{u"path"_s, u"/token"_s}, {u"status"_s, 503}, {u"times"_s, -1}});
    QTest::mouseClick(find<QToolButton>(u"refreshButton"_s), Qt::LeftButton);
    QVERIFY(find<QLabel>(u"progressLabel"_s)->text().startsWith(u"Refreshing "_s));
    QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(u"messageBannerFrame"_s)->isVisible(), 15000);
    QTRY_COMPARE(find<QLabel>(u"progressLabel"_s)->text(), QString());
    QCoreApplication::processEvents();
    // Nothing the user clicks moved.
    QCOMPARE(where(find<QToolButton>(u"refreshButton"_s)), refresh);
    QCOMPARE(where(tree()).topLeft(), treeAt);
    QCOMPARE(tree()->visualRect(m_model->index(0, 0)), firstRow);
    // Success: the status line clears too.
    m_fixture.clearFaults();
    QTest::mouseClick(find<QToolButton>(u"refreshButton"_s), Qt::LeftButton);
    QTRY_VERIFY(find<QToolButton>(u"refreshButton"_s)->isEnabled());
    QCOMPARE(find<QLabel>(u"progressLabel"_s)->text(), QString());
    QVERIFY(!find<QWidget>(u"messageBannerFrame"_s)->isVisible());
}

void tst_Dashboard::customerListFailureIsShown()
{
    consent();
    putFault(QJsonObject{{u"path"_s, u"/pc/v1/customers"_s}, {u"status"_s, 500}, {u"times"_s, -1}});
    tree()->expand(m_model->index(0, 0));
    const QModelIndex parent = m_model->index(0, 0);
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, HealthModel::NameColumn, parent),
                              u"Customers could not be read"_s, 15000);
    QCOMPARE(m_model->rowCount(parent), 1);
    const QString problem = cell(0, HealthModel::LastErrorColumn, parent);
    QVERIFY(!problem.isEmpty());
    QVERIFY(find<QLabel>(u"messageBanner"_s)->isVisible());
    QCOMPARE(find<QLabel>(u"messageBanner"_s)->text(), problem);
    // The profile itself is not judged by a Partner Center failure.
    QCOMPARE(status(), u"Healthy"_s);
    // "Check customers" tries again once the service answers.
    m_fixture.client->send("DELETE"_ba, m_fixture.client->url(u"/_sandbox/faults"_s));
    selectProfile();
    QTRY_VERIFY(find<QToolButton>(u"checkCustomersButton"_s)->isEnabled());
    QTest::mouseClick(find<QToolButton>(u"checkCustomersButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(parent), 25, 15000);
}

void tst_Dashboard::customerLoadingCanBeCancelled()
{
    consent();
    putFault(QJsonObject{{u"path"_s, u"/pc/v1/customers"_s}, {u"latencyMs"_s, 10000}});
    tree()->expand(m_model->index(0, 0));
    auto *cancel = find<QPushButton>(u"cancelButton"_s);
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(find<QProgressBar>(u"progressBar"_s)->isVisible());
    QVERIFY(!find<QToolButton>(u"checkCustomersButton"_s)->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    const QModelIndex parent = m_model->index(0, 0);
    QTRY_COMPARE(cell(0, HealthModel::NameColumn, parent), u"Customers could not be read"_s);
    QCOMPARE(cell(0, HealthModel::LastErrorColumn, parent),
             u"Reading the customers was cancelled."_s);
    QVERIFY(!cancel->isVisible());
    QVERIFY(!find<QLabel>(u"messageBanner"_s)->isVisible()); // the user's choice, no error
    QVERIFY(find<QToolButton>(u"checkCustomersButton"_s)->isEnabled());
}

void tst_Dashboard::checkAccessFillsTheAccessColumn()
{
    consent();
    expandAndWaitForChecks();
    const QModelIndex parent = m_model->index(0, 0);
    const auto access = [&](const QString &customer, int role = Qt::DisplayRole) {
        const QModelIndex row = customer.isEmpty() ? parent : customerIndex(customer);
        return row.siblingAtColumn(HealthModel::AccessColumn).data(role);
    };
    // The column is the last one; before a check it says so.
    QCOMPARE(m_model->columnCount(), HealthModel::LastErrorColumn + 2);
    QCOMPARE(m_model->headerData(HealthModel::AccessColumn, Qt::Horizontal).toString(),
             u"Access"_s);
    QCOMPARE(access(QString()).toString(), u"Not checked"_s);
    QCOMPARE(access(QString(), Qt::UserRole).toString(), u"not-checked"_s);
    QCOMPARE(access(u"Northwind Traders"_s).toString(), u"Not checked"_s);

    selectProfile();
    auto *button = find<QToolButton>(u"checkAccessButton"_s);
    QVERIFY(button && button->isEnabled());
    QCOMPARE(button->accessibleName(), u"Check access"_s);
    button->click();
    // While it runs: disabled, said in the row and in the progress line.
    QVERIFY(!button->isEnabled());
    QCOMPARE(access(QString()).toString(), u"Checking\u2026"_s);
    QVERIFY2(find<QLabel>(u"progressLabel"_s)->text().startsWith(u"Checking the access of"_s),
             qPrintable(find<QLabel>(u"progressLabel"_s)->text()));
    QVERIFY(find<QPushButton>(u"cancelButton"_s)->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(access(QString(), Qt::UserRole).toString(), u"problem"_s, 60000);
    QVERIFY2(QRegularExpression(u"^Problem: \\d+ customers need attention; App secret expires in "_s
                                u"10 days$"_s)
                 .match(access(QString()).toString())
                 .hasMatch(),
             qPrintable(access(QString()).toString()));
    QVERIFY(access(QString(), Qt::ToolTipRole)
                .toString()
                .contains(u"Wide World Importers: The app is not consented"_s));
    QVERIFY(!access(QString(), Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(access(u"Northwind Traders"_s).toString(), u"Needs attention: GDAP ends in 5 days"_s);
    QCOMPARE(access(u"Northwind Traders"_s, Qt::UserRole).toString(), u"warning"_s);
    QVERIFY(access(u"Northwind Traders"_s, Qt::ToolTipRole)
                .toString()
                .contains(u"will not extend automatically"_s));
    QCOMPARE(access(u"Wide World Importers"_s).toString(), u"Problem: The app is not consented"_s);
    QCOMPARE(access(u"Fabrikam"_s).toString(), u"OK"_s);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(find<QLabel>(u"progressLabel"_s)->text().startsWith(u"Access of Contoso (sandbox)"_s));
    QVERIFY(find<QLabel>(u"detailsLabel"_s)->text().contains(u"Access: Problem"_s));
    const QString shots = qEnvironmentVariable("PCAUTH_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(m_page->grab().save(shots + u"/dashboard-access-profile.png"_s));
    // The column stays readable next to the others.
    tree()->setCurrentIndex(customerIndex(u"Northwind Traders"_s));
    const QRect rect = tree()->visualRect(
        customerIndex(u"Northwind Traders"_s).siblingAtColumn(HealthModel::AccessColumn));
    QVERIFY(rect.isValid());
    // On screen it stands next to Status, wide enough for a customer's finding.
    QCOMPARE(tree()->header()->visualIndex(HealthModel::AccessColumn),
             tree()->header()->visualIndex(HealthModel::StatusColumn) + 1);
    QVERIFY(tree()->viewport()->rect().contains(rect));
    QVERIFY(tree()->fontMetrics().horizontalAdvance(access(u"Northwind Traders"_s).toString())
                + tree()->style()->pixelMetric(QStyle::PM_SmallIconSize) + 16
            < rect.width());
    if (!shots.isEmpty())
        QVERIFY(m_page->grab().save(shots + u"/dashboard-access.png"_s));
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
