// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// pcauth_screenshots OUTDIR: drives the real app on its embedded sandbox as a user would and
// saves the README's screenshots (dashboard, consent wizard mid-sign-in, customers, the Access
// view's GDAP relationships and customers, request console, token inspector). Names after
// OUTDIR take only those screenshots ("access-gdap access-customers"). Run under Xvfb by
// packaging/screenshots/take.sh: the screen is grabbed as X11 shows it, WebEngine content included.
// Only the sandbox's public demo data appears; access tokens are shown redacted, as the app always
// does.
#include "access/accesscontroller.h"
#include "access/accessmodels.h"
#include "access/accesspage.h"
#include "accessmonitor.h"
#include "consent/consentwizard.h"
#include "console/requestconsolepage.h"
#include "customers/customersmodel.h"
#include "customers/customerspage.h"
#include "dashboard/dashboardpage.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "support/translations.h"
#include "tokeninspectorpage.h"

#include <cstdio>

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

QString g_outDir;
QStringList g_only; // empty: every screenshot
int g_failures = 0;

bool wanted(const QString &name)
{
    return g_only.isEmpty() || g_only.contains(name);
}

void say(const QString &text)
{
    std::fprintf(stderr, "screenshots: %s\n", qPrintable(text));
}

void shoot(const QString &name)
{
    if (!wanted(name))
        return;
    QTest::qWait(400); // let the last paint (and WebEngine's compositor) finish
    const QPixmap pixmap = QGuiApplication::primaryScreen()->grabWindow(0);
    const QString path = g_outDir + u'/' + name + u".png"_s;
    if (pixmap.isNull() || !pixmap.save(path)) {
        say(u"could not write "_s + path);
        ++g_failures;
        return;
    }
    say(u"wrote "_s + path);
}

bool waitFor(const std::function<bool()> &condition, const QString &what, int ms = 20000)
{
    if (QTest::qWaitFor(condition, ms))
        return true;
    say(u"timed out waiting for "_s + what);
    ++g_failures;
    return false;
}

QVariant runJs(QWebEngineView *view, const QString &script)
{
    std::optional<QVariant> result;
    view->page()->runJavaScript(script, [&result](const QVariant &value) { result = value; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 5000);
    return result.value_or(QVariant());
}

QString sandboxPage(QWebEngineView *view)
{
    return runJs(view, u"document.body ? document.body.getAttribute('data-page') : ''"_s)
        .toString();
}

void dashboard(MainWindow &window)
{
    window.showPage(window.dashboard());
    auto *tree = window.findChild<QTreeView *>(u"healthTree"_s);
    if (tree && tree->model()->rowCount() > 0) {
        const QModelIndex first = tree->model()->index(0, 0);
        tree->setCurrentIndex(first);
        tree->expand(first);
        waitFor([tree, first] { return tree->model()->rowCount(first) > 3; },
                u"the customer rows"_s);
        // "65 customers checked in 24.6 s: ..." once the checks are done.
        const auto *progress = window.dashboard()->findChild<QLabel *>(u"progressLabel"_s);
        waitFor([progress] { return progress && progress->text().contains(u" checked in "_s); },
                u"the customer checks"_s, 90000);
        for (int c = 0; c < tree->model()->columnCount(); ++c)
            tree->resizeColumnToContents(c);
    }
    shoot(u"dashboard"_s);
}

void customers(MainWindow &window, GuiFixture &fixture, const QString &profileId)
{
    Q_EMIT fixture.services->customersRequested(profileId);
    CustomersPage *page = window.customers();
    waitFor([page] { return !page->isBusy() && page->model().rowCount() > 0; }, u"the customers"_s);
    if (auto *check = page->findChild<QPushButton *>(u"checkAllButton"_s)) {
        check->click();
        waitFor([page] { return !page->isBusy(); }, u"the access checks"_s, 60000);
    }
    shoot(u"customers"_s);
}

/// The Access view after a check of both profiles: the demo profile's app health and GDAP
/// timeline (Northwind's relationship ends in 5 days), then its customers with Wide World
/// Importers (no consent) selected.
void access(MainWindow &window, GuiFixture &fixture, const QString &profileId)
{
    AccessPage *page = window.access();
    window.showPage(page);
    if (auto *check = page->findChild<QPushButton *>(u"checkAllButton"_s))
        check->click();
    waitFor([&fixture] { return !fixture.services->access().isCheckingAny(); },
            u"the access checks"_s, 90000);
    page->controller()->setProfileId(profileId);
    page->showGdap();
    if (auto *table = page->findChild<QTableView *>(u"gdapTable"_s))
        table->sortByColumn(GdapModel::DaysLeftColumn, Qt::AscendingOrder);
    shoot(u"access-gdap"_s);
    page->showCustomers();
    if (auto *table = page->findChild<QTableView *>(u"customersTable"_s)) {
        const int row = page->controller()->customers()->rowOf(u"Wide World Importers"_s);
        const QModelIndex index = table->model()->index(row, 0);
        table->setCurrentIndex(index);
        table->selectRow(index.row());
        table->scrollTo(index);
    }
    shoot(u"access-customers"_s);
}

void console(MainWindow &window, GuiFixture &fixture, const QString &profileId)
{
    Q_EMIT fixture.services->testCallRequested(profileId, QString());
    auto *send = window.requestConsole()->findChild<QPushButton *>(u"sendButton"_s);
    if (!send) {
        say(u"no sendButton"_s);
        ++g_failures;
        return;
    }
    send->click();
    auto *status = window.requestConsole()->findChild<QLabel *>(u"statusLabel"_s);
    waitFor([status] { return status && status->text().contains(u"200"_s); },
            u"the console's answer"_s);
    shoot(u"request-console"_s);
}

void inspector(GuiFixture &fixture, const QString &profileId)
{
    std::optional<AccessTokenResult> token;
    QObject context;
    fixture.services->broker().accessToken(
        TokenKey::delegated(profileId, {}, u"https://api.partnercenter.microsoft.com"_s), &context,
        [&token](const AccessTokenResult &r) { token = r; });
    waitFor([&token] { return token.has_value(); }, u"an access token"_s);
    if (token && token->ok())
        Q_EMIT fixture.services->inspectTokenRequested(token->accessToken);
    shoot(u"token-inspector"_s);
}

void consentWizard(MainWindow &window, const QString &profileId)
{
    ConsentWizard *wizard = window.openConsent(profileId);
    waitFor([wizard] { return QTest::qWaitForWindowExposed(wizard, 100); }, u"the wizard"_s);
    wizard->resize(980, 700);
    wizard->move(window.geometry().center() - QPoint(490, 350));
    wizard->next();
    wizard->next();
    QWebEngineView *view = nullptr;
    waitFor(
        [&] {
            view = wizard->findChild<QWebEngineView *>(u"signInView"_s);
            return view && sandboxPage(view) == "login"_L1;
        },
        u"the sign-in page"_s);
    if (!view)
        return;
    runJs(view,
          u"document.getElementById('login').value = '%1';"
          "document.getElementById('passwd').value = '%2';"
          "document.getElementById('signin-form').submit();"_s.arg(ServiceUser, ServicePassword));
    waitFor([view] { return sandboxPage(view) == "mfa"_L1; }, u"the MFA page"_s);
    runJs(view, u"document.getElementById('otc').value = '246';"_s);
    shoot(u"consent-wizard"_s);
    wizard->reject();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-dev-shm-usage");
    QApplication app(argc, argv);
    PCAuth::installEnglishPlurals(app); // as the app does: "1 day", "2 days"
    if (argc < 2) {
        std::fputs("usage: pcauth_screenshots OUTDIR [NAME...]\n", stderr);
        return 64;
    }
    g_outDir = QString::fromLocal8Bit(argv[1]);
    for (int i = 2; i < argc; ++i)
        g_only << QString::fromLocal8Bit(argv[i]);

    GuiFixture fixture;
    const QString problem = fixture.start(40);
    if (!problem.isEmpty()) {
        say(problem);
        return 1;
    }
    MainWindow window(*fixture.services);
    window.resize(1260, 780);
    window.move(10, 10);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        say(u"the main window was not shown"_s);
        return 1;
    }
    const Profile demo = fixture.demoProfile();

    if (wanted(u"consent-wizard"_s))
        consentWizard(window, demo.id); // before the consent: the wizard as a new user sees it
    const ConsentResult consent = fixture.consent(demo);
    if (!consent.ok) {
        say(u"consent failed: "_s + consent.message);
        return 1;
    }
    if (wanted(u"dashboard"_s))
        dashboard(window);
    if (wanted(u"customers"_s))
        customers(window, fixture, demo.id);
    if (wanted(u"access-gdap"_s) || wanted(u"access-customers"_s)) {
        // A second profile signed in by a helpdesk agent outside Admin Agents.
        const Profile helpdesk = fixture.addProfileWithoutConsent(u"Helpdesk agent"_s);
        if (!fixture.consent(helpdesk, HelpdeskUser, HelpdeskPassword, HelpdeskOtc).ok) {
            say(u"the helpdesk consent failed"_s);
            ++g_failures;
        }
        access(window, fixture, demo.id);
    }
    if (wanted(u"request-console"_s))
        console(window, fixture, demo.id);
    if (wanted(u"token-inspector"_s))
        inspector(fixture, demo.id);
    fixture.stop();
    return g_failures == 0 ? 0 : 1;
}
