// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consentbrowserloader.h"

#include "consentbrowser.h"

#include <cstdio>

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPluginLoader>
#include <QPointer>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

struct Loaded
{
    QPointer<QObject> root;
    QString file;
};

Loaded &loaded()
{
    static Loaded instance;
    return instance;
}

} // namespace

QString ConsentBrowserLoader::baseName()
{
    return u"pcauth_consentbrowser"_s;
}

QStringList ConsentBrowserLoader::candidates()
{
    const QString chosen = qEnvironmentVariable("PCAUTH_CONSENT_BROWSER");
    if (!chosen.isEmpty())
        return {chosen};
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList dirs{appDir};
    const QString installed =
        QDir::cleanPath(appDir + u'/' + QStringLiteral(PCAUTH_CONSENT_BROWSER_RELATIVE_DIR));
    if (!dirs.contains(installed))
        dirs << installed;
    QStringList files;
    for (const QString &dir : std::as_const(dirs))
        files << dir + u'/' + baseName();
    return files;
}

QString ConsentBrowserLoader::loadedFile()
{
    return loaded().root ? loaded().file : QString();
}

ConsentBrowserFactory *ConsentBrowserLoader::factory(QString *problem)
{
    Loaded &state = loaded();
    if (state.root)
        return qobject_cast<ConsentBrowserFactory *>(state.root.data());
    QStringList failures;
    for (const QString &candidate : candidates()) {
        QPluginLoader loader(candidate);
        QObject *root = loader.instance();
        if (auto *factory = qobject_cast<ConsentBrowserFactory *>(root)) {
            state.root = root;
            state.file = loader.fileName();
            return factory;
        }
        // A file that is there but does not load (a library of WebEngine missing, another
        // version) is worth saying; a folder without it is not.
        if (QFileInfo::exists(loader.fileName()))
            failures << (root ? tr("%1 is not PCAuth's consent browser.").arg(loader.fileName())
                              : loader.errorString());
        if (root)
            loader.unload();
    }
    if (problem) {
        *problem =
            failures.isEmpty()
                ? tr("The embedded sign-in browser is not installed (%1 was not found). Sign in "
                     "with \"Open in system browser instead\".")
                      .arg(baseName())
                : tr("The embedded sign-in browser could not be loaded: %1 Sign in with \"Open "
                     "in system browser instead\".")
                      .arg(failures.join(u' '));
    }
    return nullptr;
}

int ConsentBrowserLoader::selfTest()
{
    QString problem;
    ConsentBrowserFactory *browsers = factory(&problem);
    if (!browsers) {
        std::fprintf(stdout, "consent browser: %s\n", qPrintable(problem));
        return 1;
    }
    std::fprintf(stdout, "consent browser: loaded %s\n", qPrintable(loadedFile()));
    std::fflush(stdout);
    QWidget window;
    QEventLoop loop;
    bool ok = false;
    ConsentBrowser::Handlers handlers;
    handlers.loadFinished = [&](bool finished) {
        ok = finished;
        loop.quit();
    };
    ConsentBrowser *browser =
        browsers->createBrowser(QUrl(u"https://redirect.invalid/"_s), handlers, &window);
    browser->load(QUrl(u"about:blank"_s));
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    browser->clearHandlers();
    delete browser->widget();
    std::fprintf(stdout, "consent browser: %s\n",
                 ok ? "a blank page loaded" : "a blank page did not load within 60 s");
    return ok ? 0 : 1;
}

} // namespace PCAuth
