// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The main window and its Token Inspector page, driven as a user would: paste a token,
// read the verdicts, watch the countdown. Widgets are found by objectName.
#include "appservices.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "support/clock.h"
#include "testtokens.h"
#include "tokeninspectorpage.h"
#include "utctime.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;
using namespace std::chrono_literals;

namespace {

const QDateTime start = PCAuth::Test::utcDateTime(QDate(2026, 11, 27), QTime(9, 0));

QStringList column(const QTableWidget *table, int col)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row)
        values << (table->item(row, col) ? table->item(row, col)->text() : QString());
    return values;
}

} // namespace

class tst_TokenInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(start);
        AppOptions options;
        options.configDir = m_dir.path();
        options.clock = m_clock.get();
        m_services = std::make_unique<AppServices>(options);
        m_window = std::make_unique<MainWindow>(*m_services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(m_window->tokenInspector());
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_clock.reset();
    }

    void navigationListsEveryViewAndSwitchesPages()
    {
        auto *navigation = m_window->findChild<QListWidget *>(u"navigationList"_s);
        auto *stack = m_window->findChild<QStackedWidget *>(u"pageStack"_s);
        QVERIFY(navigation && stack);
        QStringList titles;
        for (int row = 0; row < navigation->count(); ++row)
            titles << navigation->item(row)->text();
        QCOMPARE(titles,
                 QStringList({u"Dashboard"_s, u"Customers"_s, u"Access"_s, u"Request console"_s,
                              u"App-only test"_s, u"Token inspector"_s, u"Settings"_s}));
        QCOMPARE(stack->currentWidget()->objectName(), u"tokenInspectorPage"_s);
        navigation->setCurrentRow(0);
        QCOMPARE(stack->currentWidget()->objectName(), u"dashboardPage"_s);
    }

    // The source text has one form ("%n days"); the English plural file gives "1 day".
    void englishPluralsAreInstalled()
    {
        QTranslator plurals;
        QVERIFY(plurals.load(u"pcauth_en"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&plurals);
        const auto days = [](int n) {
            return QCoreApplication::translate("PCAuth::TokenHealth", "%n days (estimate)", nullptr,
                                               n);
        };
        const QString one = days(1);
        const QString three = days(3);
        QCoreApplication::removeTranslator(&plurals);
        QCOMPARE(one, u"1 day (estimate)"_s);
        QCOMPARE(three, u"3 days (estimate)"_s);
    }

    void webEngineIsNotStartedAtStartUp()
    {
        QTest::qWait(200);
        const QStringList children = childProcessNames();
        QVERIFY2(!children.contains(u"QtWebEngineProcess"_s), qPrintable(children.join(u", "_s)));
    }

    void pastedMfaTokenShowsVerdictAccountAndClaims()
    {
        typeToken(makeJwt(partnerCenterClaims(start, 3600, true)));
        QVERIFY2(label(u"mfaValue"_s).startsWith(u"Yes: "_s), qPrintable(label(u"mfaValue"_s)));
        QCOMPARE(label(u"subjectValue"_s), u"svc-integration@contosopartner.onmicrosoft.com"_s);
        QCOMPARE(label(u"audienceValue"_s), u"https://api.partnercenter.microsoft.com"_s);
        QCOMPARE(label(u"tenantValue"_s), u"11111111-2222-3333-4444-555555555555"_s);
        QCOMPARE(label(u"expiryValue"_s), u"Valid, expires 2026-11-27 10:00:00 UTC (in 1 h)"_s);

        const auto *claims =
            m_window->tokenInspector()->findChild<QTableWidget *>(u"claimsTable"_s);
        const QStringList names = column(claims, 0);
        for (const QString &name : {u"aud"_s, u"amr"_s, u"upn"_s, u"exp"_s, u"tid"_s})
            QVERIFY2(names.contains(name), qPrintable(names.join(u", "_s)));
        const qsizetype amrRow = names.indexOf(u"amr"_s);
        QCOMPARE(claims->item(int(amrRow), 1)->text(), u"pwd, mfa"_s);
        QVERIFY2(claims->item(int(amrRow), 2)->text().startsWith(u"Authentication methods: "_s),
                 qPrintable(claims->item(int(amrRow), 2)->text()));

        const auto *header =
            m_window->tokenInspector()->findChild<QTableWidget *>(u"headerTable"_s);
        QVERIFY(column(header, 0).contains(u"alg"_s));
        QVERIFY(column(header, 1).contains(u"RS256"_s));
    }

    void tokenWithoutMfaIsFlagged()
    {
        typeToken(makeJwt(partnerCenterClaims(start, 3600, false)));
        QVERIFY2(label(u"mfaValue"_s).startsWith(u"No: "_s), qPrintable(label(u"mfaValue"_s)));
        QVERIFY(label(u"mfaValue"_s).contains(u"Partner Center refuses"_s));
    }

    void countdownFollowsTheClockUntilExpiry()
    {
        typeToken(makeJwt(partnerCenterClaims(start, 600, true)));
        QCOMPARE(label(u"expiryValue"_s), u"Valid, expires 2026-11-27 09:10:00 UTC (in 10 min)"_s);
        m_clock->advance(5min);
        QTRY_COMPARE_WITH_TIMEOUT(label(u"expiryValue"_s),
                                  u"Valid, expires 2026-11-27 09:10:00 UTC (in 5 min)"_s, 3000);
        m_clock->advance(6min);
        QTRY_COMPARE_WITH_TIMEOUT(label(u"expiryValue"_s),
                                  u"Expired 2026-11-27 09:10:00 UTC (1 min ago)"_s, 3000);
    }

    void malformedTokenExplainsAndClearsPreviousResult()
    {
        typeToken(makeJwt(partnerCenterClaims(start, 3600, true)));
        QVERIFY(m_window->tokenInspector()->findChild<QTableWidget *>(u"claimsTable"_s)->rowCount()
                > 0);
        typeToken(u"abc.def"_s);
        QVERIFY2(label(u"messageLabel"_s).startsWith(u"This is not a readable token: "_s),
                 qPrintable(label(u"messageLabel"_s)));
        QCOMPARE(
            m_window->tokenInspector()->findChild<QTableWidget *>(u"claimsTable"_s)->rowCount(), 0);
        QVERIFY(label(u"mfaValue"_s).isEmpty());
    }

    void clearButtonEmptiesEverything()
    {
        typeToken(makeJwt(partnerCenterClaims(start, 3600, true)));
        QTest::mouseClick(m_window->tokenInspector()->findChild<QPushButton *>(u"clearButton"_s),
                          Qt::LeftButton);
        QVERIFY(m_window->tokenInspector()
                    ->findChild<QPlainTextEdit *>(u"tokenEdit"_s)
                    ->toPlainText()
                    .isEmpty());
        QCOMPARE(label(u"messageLabel"_s), u"No token yet."_s);
        QCOMPARE(
            m_window->tokenInspector()->findChild<QTableWidget *>(u"claimsTable"_s)->rowCount(), 0);
    }

    void everyInteractiveWidgetIsNamedForAccessibility()
    {
        const auto widgets = m_window->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_window.get()))
                continue;
            if (qobject_cast<const QAbstractButton *>(widget)
                || qobject_cast<const QAbstractItemView *>(widget)
                || qobject_cast<const QPlainTextEdit *>(widget)) {
                QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
                QVERIFY2(!widget->accessibleName().isEmpty()
                             || !widget->property("text").toString().isEmpty(),
                         qPrintable(widget->objectName()));
            }
        }
    }

private:
    void typeToken(const QString &token)
    {
        auto *edit = m_window->tokenInspector()->findChild<QPlainTextEdit *>(u"tokenEdit"_s);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, token);
    }

    QString label(const QString &name) const
    {
        const auto *widget = m_window->tokenInspector()->findChild<QLabel *>(name);
        return widget ? widget->text() : u"<no label %1>"_s.arg(name);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_TokenInspector)
#include "tst_tokeninspector.moc"
