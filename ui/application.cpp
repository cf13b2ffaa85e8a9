// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "application.h"

#include "appsettings.h"
#include "startupprobe.h"
#include "support/translations.h"
#include "support/versioninfo.h"
#include "token/jwt.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace PCAuth {

bool installTranslations(QApplication &app, const QString &locale)
{
    if (locale == "en"_L1)
        return true; // the source text, with its plural forms installed by initApplication()
    auto *own = new QTranslator(&app);
    if (!own->load(u"pcauth_"_s + locale, u":/i18n"_s)) {
        delete own;
        return false;
    }
    QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

void installWindowIcon()
{
    QApplication::setWindowIcon(QIcon(u":/icons/pcauth.svg"_s));
}

namespace {

/// Runs its work once, in the event loop, after the first paint of the widget it watches.
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget &widget, std::function<void()> work)
        : QObject(&widget)
        , m_work(std::move(work))
    {
        widget.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_work) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                const std::function<void()> work = std::exchange(m_work, nullptr);
                deleteLater();
                work();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_work;
};

} // namespace

void runAfterFirstPaint(QWidget &widget, std::function<void()> work)
{
    new FirstPaintWatcher(widget, std::move(work));
}

LaunchOptions initApplication(QApplication &app)
{
    QApplication::setApplicationName(u"pcauth"_s);
    QApplication::setApplicationDisplayName(u"PCAuth"_s);
    QApplication::setOrganizationName(u"PCAuth"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(PCAUTH_VERSION_STRING));
    QApplication::setDesktopFileName(u"io.github.pcauth.PCAuth"_s);

    // English plural forms ("1 day", "2 days"; the source text has one form), installed
    // first so that a language's own translator, installed after it, is asked first.
    installEnglishPlurals(app);

    // The language chosen in Settings, else the first of the system's UI languages that
    // PCAuth is translated to.
    const AppSettings settings;
    const QString language = settings.language();
    if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
        installTranslations(app, language);
    } else {
        for (const QString &name : QLocale().uiLanguages()) {
            const QString locale = QLocale(name).name();
            if (installTranslations(app, locale)
                || installTranslations(app, locale.section(u'_', 0, 0)))
                break;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "PCAuth::main",
        "Partner consent, token health and test calls for Microsoft CSP partners."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        {u"v"_s, u"version"_s},
        QApplication::translate("PCAuth::main",
                                "Show versions of PCAuth, Qt, QtKeychain and OpenSSL."));
    parser.addOption(versionOption);
    const QCommandLineOption inspectOption(
        u"inspect"_s,
        QApplication::translate("PCAuth::main",
                                "Open the Token Inspector on the token in FILE (- reads standard "
                                "input, e.g. from pcauthctl token --show-token)."),
        u"FILE"_s);
    parser.addOption(inspectOption);
    const QCommandLineOption sandboxOption(
        u"sandbox"_s,
        QApplication::translate("PCAuth::main",
                                "Run on an embedded sandbox (a stand-in for Entra ID, Partner "
                                "Center and Graph on 127.0.0.1) with a demo profile: try "
                                "everything without a Microsoft tenant."));
    parser.addOption(sandboxOption);
    const QCommandLineOption sandboxUrlOption(
        u"sandbox-url"_s,
        QApplication::translate("PCAuth::main",
                                "As --sandbox, on a pcauth-sandbox already running at URL (the "
                                "address it prints), e.g. one started with --customers 5000 or "
                                "--latency-ms 200."),
        u"URL"_s);
    parser.addOption(sandboxUrlOption);
    const QCommandLineOption configOption(
        u"config-dir"_s,
        QApplication::translate("PCAuth::main",
                                "Read and write profiles in DIR (as pcauthctl --config-dir)."),
        u"DIR"_s);
    parser.addOption(configOption);
    // For bench_startup only, hence hidden from --help.
    QCommandLineOption exitWhenShownOption(u"exit-when-shown"_s,
                                           u"Print the start-up time and quit."_s);
    exitWhenShownOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitWhenShownOption);
    // For the package checks (packaging/debian/check-deb.sh), hence hidden too.
    QCommandLineOption checkConsentBrowserOption(u"check-consent-browser"_s,
                                                 u"Load the embedded sign-in browser and quit."_s);
    checkConsentBrowserOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(checkConsentBrowserOption);
    parser.process(app);

    LaunchOptions options;
    options.sandboxUrl = QUrl(parser.value(sandboxUrlOption));
    options.sandbox =
        parser.isSet(sandboxOption) || parser.isSet(sandboxUrlOption) || settings.sandboxMode();
    options.exitWhenShown = parser.isSet(exitWhenShownOption);
    options.checkConsentBrowser = parser.isSet(checkConsentBrowserOption);
    options.configDir = parser.value(configOption);
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(versionReport() + u'\n'), stdout);
        options.exitCode = 0;
        return options;
    }
    if (parser.isSet(inspectOption)) {
        const QString path = parser.value(inspectOption);
        QFile file;
        const bool opened = path == u"-"_s
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            std::fputs(
                qPrintable(QApplication::translate("PCAuth::main", "pcauth: cannot read %1: %2\n")
                               .arg(path, file.errorString())),
                stderr);
            options.exitCode = 2;
            return options;
        }
        // One byte past the inspector's limit, so an oversized file is reported as such.
        options.inspectToken = QString::fromUtf8(file.read(Jwt::MaxInputSize + 1));
    }
    return options;
}

} // namespace PCAuth
