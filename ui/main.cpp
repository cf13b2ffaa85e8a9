// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "application.h"
#include "mainwindow.h"
#include "support/clock.h"
#include "tokeninspectorpage.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Qt WebEngine (the consent view) needs a shared GL context, set before the app exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const PCAuth::LaunchOptions options = PCAuth::initApplication(app);
    if (options.exitCode)
        return *options.exitCode;

    PCAuth::MainWindow window(PCAuth::Clock::system());
    if (!options.inspectToken.isEmpty())
        window.tokenInspector()->setToken(options.inspectToken);
    window.show();
    return app.exec();
}
