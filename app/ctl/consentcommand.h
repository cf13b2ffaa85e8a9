// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

namespace PCAuth::Ctl {

struct Context;

/// `pcauthctl consent --profile P [--browser system|print] [--timeout S] [--login-hint UPN]
/// [--accept-without-mfa]`: the partner consent through the system browser and a loopback
/// redirect on 127.0.0.1. With `print` the authorization URL is printed on stdout (one line,
/// flushed) for the user, or a test, to open; the command then waits for the redirect.
/// Exit 0 when the refresh token is stored, 2 when the consent failed, 64 usage.
int runConsent(Context &context);

} // namespace PCAuth::Ctl
