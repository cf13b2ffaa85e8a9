// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

class QApplication;

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
    /// --config-dir DIR (else PCAUTH_CONFIG_DIR or the user's folder).
    QString configDir;
};

/// Names the application, installs translations for the UI language and handles the
/// command line.
LaunchOptions initApplication(QApplication &app);

/// Loads PCAuth's and Qt's own translations for `locale` (e.g. "de", "zh_CN").
/// Returns false when PCAuth has no translation for it (English is then used).
bool installTranslations(QApplication &app, const QString &locale);

} // namespace PCAuth
