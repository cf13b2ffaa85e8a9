// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

namespace PCAuth::Ctl {

struct Context;

/// `pcauthctl keepalive [--profile P | --all]`: redeems each profile's refresh token for
/// Partner Center, which resets Entra's 90-day inactivity clock and stores the rotated token.
/// What a scheduled job runs (see `schedule`). With --all, profiles without consent are
/// skipped. Exit 0 all redeemed, 1 a warning (e.g. the rotated token was not saved), 2 a
/// profile failed (the catalogue's advice on stderr), 64 usage.
int runKeepalive(Context &context);

} // namespace PCAuth::Ctl
