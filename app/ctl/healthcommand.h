// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

namespace PCAuth::Ctl {

struct Context;

/// `pcauthctl health [--profile P] [--customers] [--concurrency N] [--access]`: for each
/// profile (or the one named) the refresh token is redeemed for Partner Center and its
/// TokenHealth report is shown (status, reasons, days left as an estimate). With --customers every
/// customer tenant is checked too (a Graph token and GET /v1.0/organization, N at a time, default
/// 8). With
/// --access the access checks of `pcauthctl access` run too (with --customers, the app's
/// consent in every customer) and their report is the profile's "access" in --json.
///
/// Exit codes: 0 everything healthy; 1 warnings (expiring soon, MFA not proven, state
/// unknown, customers without consent); 2 failures (expired, revoked or missing consent of
/// a profile; a customer check that failed for another reason); 64 usage.
int runHealth(Context &context);

} // namespace PCAuth::Ctl
