// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

class QCoreApplication;

namespace PCAuth {

/// Installs the English plural forms of PCAuth's messages ("1 day", "2 days": the source text
/// has one form for every count) on `app`, for pcauth and pcauthctl alike. Install it before
/// any other language's translator, which is then asked first. False if the resource is
/// missing (the messages then read "1 days").
bool installEnglishPlurals(QCoreApplication &app);

} // namespace PCAuth
