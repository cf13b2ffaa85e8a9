// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "application.h"
#include "appservices.h"
#include "consent/consentbrowserloader.h"
#include "mainwindow.h"
#include "tokeninspectorpage.h"

#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>

// A window-modal box that does not block: open(), never exec().
static void showProblem(QWidget &window, const QString &problem)
{
    auto *box = new QMessageBox(QMessageBox::Warning, window.windowTitle(), problem,
                                QMessageBox::Ok, &window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

int main(int argc, char *argv[])
{
    // Start-up time for --exit-when-shown where the OS does not say when the process started.
    QElapsedTimer sinceMain;
    sinceMain.start();
    // Qt WebEngine (the consent view's plugin, loaded on first use) needs a shared GL context,
    // which must be asked for before the app exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const PCAuth::LaunchOptions options = PCAuth::initApplication(app);
    if (options.exitCode)
        return *options.exitCode;
    if (options.checkConsentBrowser)
        return PCAuth::ConsentBrowserLoader::selfTest();

    PCAuth::AppOptions appOptions;
    appOptions.configDir = options.configDir;
    appOptions.sandbox = options.sandbox;
    appOptions.sandboxUrl = options.sandboxUrl;
    PCAuth::AppServices services(appOptions);
    PCAuth::MainWindow window(services);
    QObject::connect(&services, &PCAuth::AppServices::ready, &window,
                     [&window, &options](const QString &problem) {
                         if (problem.isEmpty())
                             return;
                         // The benchmark must end on its own: no modal box there.
                         if (options.exitWhenShown)
                             std::fputs(qPrintable(problem + u'\n'), stderr);
                         else
                             showProblem(window, problem);
                     });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &services,
                     [&services] { services.shutdown(); });
    if (!options.inspectToken.isEmpty())
        window.tokenInspector()->setToken(options.inspectToken);
    if (options.exitWhenShown)
        PCAuth::exitWhenShown(window, sinceMain);
    window.show();
    // Neither the window icon (Qt's SVG engine) nor the services' start (in sandbox mode the
    // sandbox and the keychain) is needed to show the window: they wait for its first paint.
    PCAuth::runAfterFirstPaint(window, [&services] {
        PCAuth::installWindowIcon();
        services.start();
    });
    return app.exec();
}
