// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "application.h"
#include "appservices.h"
#include "mainwindow.h"
#include "tokeninspectorpage.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    // Qt WebEngine (the consent view) needs a shared GL context, set before the app exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const PCAuth::LaunchOptions options = PCAuth::initApplication(app);
    if (options.exitCode)
        return *options.exitCode;

    PCAuth::AppOptions appOptions;
    appOptions.configDir = options.configDir;
    appOptions.sandbox = options.sandbox;
    PCAuth::AppServices services(appOptions);
    PCAuth::MainWindow window(services);
    QObject::connect(&services, &PCAuth::AppServices::ready, &window,
                     [&window](const QString &problem) {
                         if (!problem.isEmpty())
                             QMessageBox::warning(&window, window.windowTitle(), problem);
                     });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &services,
                     [&services] { services.shutdown(); });
    if (!options.inspectToken.isEmpty())
        window.tokenInspector()->setToken(options.inspectToken);
    window.show();
    services.start();
    return app.exec();
}
