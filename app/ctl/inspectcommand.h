// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

namespace PCAuth::Ctl {

struct Context;

/// `pcauthctl inspect [TOKEN|-] [--explain]`: decodes a token for display.
/// Exit 0 when the token decodes (even if expired: the verdict is in the output),
/// 2 when it does not, with the reason on stderr.
int runInspect(Context &context);

} // namespace PCAuth::Ctl
