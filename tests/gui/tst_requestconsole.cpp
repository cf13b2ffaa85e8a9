// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The request console page driven as a user would, against the embedded sandbox and the real
// keychain: that its fields, buttons, shortcuts and views follow ConsoleController (presets,
// an answer with its ids and headers, refusals, a request without an answer, Ctrl+Return and
// Cancel, search in the body, "Copy as curl", prepare()). What the controller decides (calls,
// faults, errors, tokens) is tested without a widget in tests/controllers. Widgets are found
// by objectName; assertions are on what the page shows.
#include "console/consolecontroller.h"
#include "console/requestconsolepage.h"
#include "guifixture.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

constexpr int Timeout = 15000;

const QString PartnerCenterService = u"Partner Center"_s;
const QString GraphService = u"Microsoft Graph"_s;
const QString CustomersPreset = u"Partner Center: customers"_s;

} // namespace

class tst_RequestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_profile = m_fixture.demoProfile();
        QVERIFY(!m_profile.id.isEmpty());
        const ConsentResult consent = m_fixture.consent(m_profile);
        QVERIFY2(consent.ok, qPrintable(consent.message));
        // A second profile that never had a consent: no refresh token in the keychain.
        m_fresh = m_fixture.addProfileWithoutConsent(u"No consent yet"_s);
        QVERIFY(!m_fresh.id.isEmpty());
    }

    void cleanupTestCase() { m_fixture.stop(); }

    void init()
    {
        m_page = std::make_unique<RequestConsolePage>(*m_fixture.services);
        m_page->resize(900, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        combo(u"profileCombo"_s)->setCurrentIndex(combo(u"profileCombo"_s)->findData(m_profile.id));
    }

    void cleanup()
    {
        m_page.reset();
        QCOMPARE(m_fixture.client->send("DELETE"_ba, m_fixture.client->url(u"/_sandbox/faults"_s))
                     .status,
                 200);
    }

    void presetsFillTheFields_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("bodyEditable");
        QTest::addRow("customers") << CustomersPreset << QString() << PartnerCenterService
                                   << u"GET"_s << u"/v1/customers?size=20"_s << false;
        QTest::addRow("legal business")
            << u"Partner Center: legal business profile"_s << QString() << PartnerCenterService
            << u"GET"_s << u"/v1/profiles/legalbusiness?vettingVersion=Current"_s << false;
        QTest::addRow("application consent")
            << u"Partner Center: application consent in a customer"_s
            << u"fabrikam.onmicrosoft.com"_s << PartnerCenterService << u"POST"_s
            << u"/v1/customers/fabrikam.onmicrosoft.com/applicationconsents"_s << true;
        QTest::addRow("graph users")
            << u"Graph: first user"_s << u"fabrikam.onmicrosoft.com"_s << GraphService << u"GET"_s
            << u"/v1.0/users?$top=1"_s << false;
        QTest::addRow("arm") << u"Azure Resource Manager: subscriptions"_s << QString()
                             << u"Azure Resource Manager"_s << u"GET"_s
                             << u"/subscriptions?api-version=2022-12-01"_s << false;
    }

    void presetsFillTheFields()
    {
        QFETCH(QString, preset);
        QFETCH(QString, tenant);
        QTest::keyClicks(edit(u"tenantEdit"_s), tenant);
        choosePreset(preset);
        QTEST(combo(u"serviceCombo"_s)->currentText(), "service");
        QTEST(combo(u"methodCombo"_s)->currentText(), "method");
        QTEST(edit(u"pathEdit"_s)->text(), "path");
        auto *body = text(u"bodyEdit"_s);
        QTEST(body->isEnabled(), "bodyEditable");
        // A preset with a body fills it with JSON the console would accept.
        if (body->isEnabled())
            QVERIFY(QJsonDocument::fromJson(body->toPlainText().toUtf8()).isObject());
    }

    void partnerCenterCustomersShowsIdsHeadersAndPrettyJson()
    {
        choosePreset(CustomersPreset);
        send();
        QVERIFY2(label(u"statusLabel"_s).startsWith(u"HTTP 200 OK · "_s),
                 qPrintable(label(u"statusLabel"_s)));
        QVERIFY(!m_page->findChild<QLabel *>(u"errorLabel"_s)->isVisible());
        QCOMPARE(label(u"requestIdName"_s), u"MS-RequestId:"_s);
        const QString requestId = label(u"requestIdValue"_s);
        const QString correlationId = label(u"correlationIdValue"_s);
        QVERIFY(!requestId.isEmpty() && !correlationId.isEmpty());
        // Header names are case-insensitive; Qt 6.7 and later (QHttpHeaders) report them in
        // lower case.
        const QStringList received = text(u"responseHeadersView"_s)->toPlainText().split(u'\n');
        QVERIFY2(received.contains(u"MS-RequestId: "_s + requestId, Qt::CaseInsensitive),
                 qPrintable(received.join(u'|')));
        QVERIFY(received.contains(u"MS-CorrelationId: "_s + correlationId, Qt::CaseInsensitive));
        const QStringList sent = text(u"requestHeadersView"_s)->toPlainText().split(u'\n');
        QCOMPARE(sent.constFirst(), u"GET "_s + m_fixture.services->sandboxUrl().toString()
                                        + u"/pc/v1/customers?size=20"_s);
        QVERIFY(sent.contains(u"MS-RequestId: "_s + requestId, Qt::CaseInsensitive));
        QVERIFY(sent.contains(u"MS-CorrelationId: "_s + correlationId, Qt::CaseInsensitive));
        QVERIFY(sent.contains(u"MS-Contract-Version: v1"_s, Qt::CaseInsensitive));
        QVERIFY(sent.contains(u"X-Locale: en-US"_s, Qt::CaseInsensitive));

        const QString body = text(u"bodyView"_s)->toPlainText();
        const QJsonDocument parsed = QJsonDocument::fromJson(body.toUtf8());
        QCOMPARE(parsed.object().value(u"items"_s).toArray().size(), 20);
        QCOMPARE(body, QString::fromUtf8(parsed.toJson(QJsonDocument::Indented)));
        QVERIFY(body.count(u'\n') > 40);
    }

    void searchFindsAndCountsMatches()
    {
        choosePreset(CustomersPreset);
        send();
        auto *view = text(u"bodyView"_s);
        const QString body = view->toPlainText();
        const int expected = int(body.count(u"companyname"_s, Qt::CaseInsensitive));
        QVERIFY(expected >= 20);

        QTest::keySequence(view, QKeySequence::Find); // Ctrl+F
        auto *search = edit(u"searchEdit"_s);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"companyName"_s);
        QCOMPARE(label(u"searchCountLabel"_s), u"1 of %1"_s.arg(expected));
        QCOMPARE(view->textCursor().selectedText(), u"companyName"_s);
        const int first = view->textCursor().selectionStart();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(label(u"searchCountLabel"_s), u"2 of %1"_s.arg(expected));
        QVERIFY(view->textCursor().selectionStart() > first);
        QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier); // wraps to the last
        QCOMPARE(label(u"searchCountLabel"_s), u"%1 of %1"_s.arg(expected));
        QCOMPARE(view->extraSelections().size(), expected);

        search->clear();
        QTest::keyClicks(search, u"no such text anywhere"_s);
        QCOMPARE(label(u"searchCountLabel"_s), u"No matches"_s);
        QVERIFY(view->extraSelections().isEmpty());
    }

    void urlOutsideTheCloudIsRefused()
    {
        chooseService(u"Full URL"_s);
        edit(u"pathEdit"_s)->setText(u"https://example.com/v1.0/domains"_s);
        button(u"sendButton"_s)->click();
        QCOMPARE(label(u"errorLabel"_s),
                 u"URL: example.com is not an endpoint of the cloud %1; the access token is "
                 "only sent to the cloud's own services."_s.arg(m_profile.cloud()->displayName()));
        QCOMPARE(label(u"statusLabel"_s), u"No request sent yet."_s);
        QVERIFY(!button(u"copyCurlButton"_s)->isEnabled());
    }

    void invalidJsonBodyIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("line");
        QTest::addRow("missing value") << u"{\"applicationId\": }"_s << 1;
        QTest::addRow("trailing comma, third line") << u"{\n  \"a\": 1,\n}"_s << 3;
        QTest::addRow("unterminated string") << u"{\"a\": \"b"_s << 1;
        QTest::addRow("not JSON at all") << u"applicationId=1"_s << 1;
    }

    void invalidJsonBodyIsRefusedBeforeSending()
    {
        QFETCH(QString, body);
        QFETCH(int, line);
        choosePreset(u"Partner Center: application consent in a customer"_s);
        auto *editor = text(u"bodyEdit"_s);
        editor->setPlainText(body); // keyClicks cannot type line breaks
        button(u"sendButton"_s)->click();
        auto *problem = m_page->findChild<QLabel *>(u"bodyErrorLabel"_s);
        QVERIFY(problem->isVisible());
        // The parser's own words (they differ between Qt versions), and where it stopped.
        QJsonParseError error{};
        (void)QJsonDocument::fromJson(body.toUtf8(), &error);
        const QString start = u"Body: not valid JSON: %1 at line %2, column "_s.arg(
            error.errorString(), QString::number(line));
        QVERIFY2(problem->text().startsWith(start), qPrintable(problem->text()));
        QVERIFY2(problem->text().endsWith(u". Nothing was sent."_s), qPrintable(problem->text()));
        QCOMPARE(label(u"statusLabel"_s), u"No request sent yet."_s);
        QVERIFY(!button(u"cancelButton"_s)->isEnabled());
        QVERIFY(!button(u"copyCurlButton"_s)->isEnabled());
    }

    void failedRequestClearsTheAnswerAndMovesNothing()
    {
        choosePreset(CustomersPreset);
        send();
        QVERIFY(!text(u"bodyView"_s)->toPlainText().isEmpty());
        QVERIFY(!label(u"requestIdValue"_s).isEmpty());
        // Where the controls are before the error: none of them may move when it shows.
        const auto where = [this](const QString &name) {
            const QWidget *w = m_page->findChild<QWidget *>(name);
            return QRect(w->mapTo(m_page.get(), QPoint(0, 0)), w->size());
        };
        const QStringList controls{u"sendButton"_s, u"copyCurlButton"_s, u"pathEdit"_s,
                                   u"profileCombo"_s, u"statusLabel"_s};
        QList<QRect> before;
        for (const QString &name : controls)
            before << where(name);
        const QPoint tabs = where(u"resultTabs"_s).topLeft();
        addFault(
            QJsonObject{{u"path"_s, u"/pc/v1/customers"_s}, {u"drop"_s, true}, {u"times"_s, -1}});
        send();
        QCOMPARE(label(u"statusLabel"_s), u"No answer."_s);
        QTRY_VERIFY(m_page->findChild<QWidget *>(u"errorBanner"_s)->isVisible());
        QVERIFY(!label(u"errorLabel"_s).isEmpty());
        // The earlier answer is gone, not left to read as this one's.
        QCOMPARE(text(u"bodyView"_s)->toPlainText(), QString());
        QCOMPARE(text(u"bodyView"_s)->placeholderText(), u"(no answer)"_s);
        QCOMPARE(label(u"requestIdValue"_s), QString());
        QCOMPARE(label(u"correlationIdValue"_s), QString());
        QCoreApplication::processEvents(); // the layout after the banner showed
        for (qsizetype i = 0; i < controls.size(); ++i)
            QVERIFY2(where(controls.at(i)) == before.at(i), qPrintable(controls.at(i)));
        QCOMPARE(where(u"resultTabs"_s).topLeft(), tabs);
    }

    void ctrlReturnSendsAndCancelStops()
    {
        addFault(QJsonObject{
            {u"path"_s, u"/pc/v1/customers"_s}, {u"latencyMs"_s, 8000}, {u"times"_s, 1}});
        choosePreset(CustomersPreset);
        QTest::keyClick(edit(u"pathEdit"_s), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(button(u"cancelButton"_s)->isEnabled());
        QVERIFY(!button(u"sendButton"_s)->isEnabled());
        QVERIFY(label(u"statusLabel"_s).startsWith(u"Sending GET "_s));
        button(u"cancelButton"_s)->click();
        QCOMPARE(label(u"statusLabel"_s), u"Cancelled."_s);
        QVERIFY(button(u"sendButton"_s)->isEnabled());
        QVERIFY(!button(u"cancelButton"_s)->isEnabled());
    }

    void copyAsCurlPutsTheCommandOnTheClipboard()
    {
        QVERIFY(!button(u"copyCurlButton"_s)->isEnabled());
        choosePreset(CustomersPreset);
        send();
        QVERIFY(button(u"copyCurlButton"_s)->isEnabled());
        QGuiApplication::clipboard()->setText(u"something else"_s);
        const QString caption = button(u"copyCurlButton"_s)->text();
        const QRect place = button(u"copyCurlButton"_s)->geometry();
        button(u"copyCurlButton"_s)->click();
        // The button says it worked, in its own place, then reads as before.
        QCOMPARE(button(u"copyCurlButton"_s)->text(), u"Copied"_s);
        QCOMPARE(button(u"copyCurlButton"_s)->geometry(), place);
        QTRY_COMPARE_WITH_TIMEOUT(button(u"copyCurlButton"_s)->text(), caption, 10000);
        const QString curl = QGuiApplication::clipboard()->text();
        QCOMPARE(curl, m_page->controller().curlCommand());
        QVERIFY2(curl.contains(u"-H \"Authorization: Bearer $TOKEN\""_s), qPrintable(curl));
        QVERIFY2(curl.contains(u"'MS-CorrelationId: "_s + label(u"correlationIdValue"_s) + u'\'',
                               Qt::CaseInsensitive), // Qt 6.7+ gives header names in lower case
                 qPrintable(curl));
    }

    void prepareSelectsProfileTenantAndPreset_data()
    {
        QTest::addColumn<bool>("freshProfile");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("path");
        QTest::addRow("partner tenant")
            << true << QString() << CustomersPreset << u"/v1/customers?size=20"_s;
        QTest::addRow("customer tenant") << false << u"northwindtraders.onmicrosoft.com"_s
                                         << u"Graph: organization"_s << u"/v1.0/organization"_s;
    }

    void prepareSelectsProfileTenantAndPreset()
    {
        QFETCH(bool, freshProfile);
        QFETCH(QString, tenant);
        const QString id = freshProfile ? m_fresh.id : m_profile.id;
        // Start from the other profile, so that the selection has to change.
        combo(u"profileCombo"_s)
            ->setCurrentIndex(
                combo(u"profileCombo"_s)->findData(freshProfile ? m_profile.id : m_fresh.id));
        edit(u"tenantEdit"_s)->setText(u"stale.example"_s);
        m_page->prepare(id, tenant);
        QCOMPARE(combo(u"profileCombo"_s)->currentData().toString(), id);
        QCOMPARE(edit(u"tenantEdit"_s)->text(), tenant);
        QTEST(combo(u"presetCombo"_s)->currentText(), "preset");
        QTEST(edit(u"pathEdit"_s)->text(), "path");
    }

private:
    QComboBox *combo(const QString &name) { return m_page->findChild<QComboBox *>(name); }
    QLineEdit *edit(const QString &name) { return m_page->findChild<QLineEdit *>(name); }
    QPlainTextEdit *text(const QString &name) { return m_page->findChild<QPlainTextEdit *>(name); }
    QPushButton *button(const QString &name) { return m_page->findChild<QPushButton *>(name); }
    QString label(const QString &name) { return m_page->findChild<QLabel *>(name)->text(); }

    void choosePreset(const QString &name)
    {
        const int index = combo(u"presetCombo"_s)->findText(name);
        QVERIFY2(index > 0, qPrintable(name));
        combo(u"presetCombo"_s)->setCurrentIndex(index);
    }

    void chooseService(const QString &name)
    {
        const int index = combo(u"serviceCombo"_s)->findText(name);
        QVERIFY2(index >= 0, qPrintable(name));
        combo(u"serviceCombo"_s)->setCurrentIndex(index);
    }

    /// Clicks Send and waits until the page is no longer busy.
    void send()
    {
        QVERIFY(button(u"sendButton"_s)->isEnabled());
        button(u"sendButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!button(u"cancelButton"_s)->isEnabled(), Timeout);
    }

    void addFault(const QJsonObject &fault)
    {
        const auto reply = m_fixture.client->postJson(
            u"/_sandbox/faults"_s, QJsonObject{{u"faults"_s, QJsonArray{fault}}});
        QCOMPARE(reply.status, 200);
    }

    GuiFixture m_fixture;
    Profile m_profile;
    Profile m_fresh;
    std::unique_ptr<RequestConsolePage> m_page;
};

QTEST_MAIN(tst_RequestConsole)
#include "tst_requestconsole.moc"
