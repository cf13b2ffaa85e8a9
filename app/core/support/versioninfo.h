// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PCAuth {

/// "PCAuth 0.1.0" plus the run-time versions of Qt, QtKeychain and OpenSSL, one per line:
/// what support asks for first, printed by `--version` and the About dialog.
QString versionReport();

} // namespace PCAuth
