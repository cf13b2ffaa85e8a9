// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "startupprobe.h"

#include <functional>
#include <optional>

#include <QString>
#include <QUrl>

class QApplication;
class QElapsedTimer;
class QWidget;

namespace PCAuth {

/// What the command line asked for.
struct LaunchOptions
{
    /// Set when the process should end now (--version, --help, an unreadable --inspect file).
    std::optional<int> exitCode;
    /// A token to open in the Token Inspector (--inspect FILE|-).
    QString inspectToken;
    /// --sandbox: run on an embedded pcauth-sandbox with a demo profile.
    bool sandbox = false;
    /// --sandbox-url URL: sandbox mode on a pcauth-sandbox already running there.
    QUrl sandboxUrl;
    /// --config-dir DIR (else PCAUTH_CONFIG_DIR or the user's folder).
    QString configDir;
    /// Hidden --exit-when-shown (the start-up benchmark): print "shown <ms>" once the main
    /// window has been painted, then quit.
    bool exitWhenShown = false;
    /// Hidden --check-consent-browser (packaging checks): load the consent-browser plugin,
    /// open a blank page in it, say what happened and quit.
    bool checkConsentBrowser = false;
};

/// Names the application, installs translations for the UI language (the Settings choice,
/// else the system's) and handles the command line. The window icon is left to
/// installWindowIcon(). --sandbox is also on when the user chose
/// "Start on the sandbox next time" in Settings.
LaunchOptions initApplication(QApplication &app);

/// Sets the application's window icon. An SVG, so it loads Qt's SVG icon engine: called after
/// the main window's first paint, which does not need it.
void installWindowIcon();

/// Runs `work` once, from the event loop, after `widget` was first painted: what the first
/// paint does not need waits for it.
void runAfterFirstPaint(QWidget &widget, std::function<void()> work);

/// Loads PCAuth's and Qt's own translations for `locale` (e.g. "de", "zh_CN").
/// Returns false when PCAuth has no translation for it (English is then used).
bool installTranslations(QApplication &app, const QString &locale);

} // namespace PCAuth
