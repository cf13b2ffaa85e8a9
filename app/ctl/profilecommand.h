// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

namespace PCAuth::Ctl {

struct Context;

/// `pcauthctl profile add|list|show|remove|set-secret|set-certificate`. A value that fails
/// validation is a usage error (exit 64) whose message begins with the field's name; a keychain or
/// file problem exits 2. The client secret comes only from standard input (--secret-stdin), the
/// certificate only from a file, so neither ever appears in the process list. set-secret and
/// set-certificate replace the app credential of a profile (tested with Entra first) and keep its
/// refresh token.
int runProfile(Context &context);

} // namespace PCAuth::Ctl
