// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PCAuth {

class ConsentBrowserFactory;

/// Finds and loads the consent-browser plugin (the embedded sign-in browser, Qt WebEngine)
/// when the first embedded sign-in needs it; it then stays loaded. Looked for, in order:
///  - only the file PCAUTH_CONSENT_BROWSER names, when that is set (tests, a moved plugin);
///  - next to the executable (the build tree, Windows);
///  - where the installed layout puts it, relative to the executable (Linux
///    ../lib/pcauth, macOS ../PlugIns/pcauth inside the bundle).
class ConsentBrowserLoader
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::ConsentBrowserLoader)

public:
    /// The plugin's file name without prefix or suffix (libpcauth_consentbrowser.so,
    /// pcauth_consentbrowser.dll).
    static QString baseName();
    /// The candidate files, without suffix, in the order they are tried.
    static QStringList candidates();
    /// The plugin's factory, loading the plugin on the first call; nullptr when it cannot be
    /// loaded, and then `problem` says why and what to do instead.
    static ConsentBrowserFactory *factory(QString *problem = nullptr);
    /// The file factory() loaded; empty before.
    static QString loadedFile();

    /// `pcauth --check-consent-browser`: loads the plugin, opens an embedded browser on a
    /// blank page and says on stdout what happened. 0 when the page loaded, else 1.
    static int selfTest();
};

} // namespace PCAuth
