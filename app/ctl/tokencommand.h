// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

namespace PCAuth::Ctl {

struct Context;

/// `pcauthctl token --profile P --audience A [--tenant T] [--app-only] [--show-token]`.
/// Without --show-token only the redacted form is printed, so a token never lands in a log by
/// accident. Exit 0 with a token, 1 with a token and a warning (e.g. the rotated refresh token
/// could not be saved), 2 without a token (the catalogue's advice on stderr), 64 usage.
int runToken(Context &context);

} // namespace PCAuth::Ctl
