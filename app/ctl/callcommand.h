// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

namespace PCAuth::Ctl {

struct Context;

/// `pcauthctl call --profile P [--tenant T] METHOD PATH_OR_URL [--data JSON]`: one API call
/// with the profile's delegated token. A path is relative to Partner Center, or to Graph when
/// it starts with /v1.0 or /beta; a full URL must be on an endpoint of the profile's cloud,
/// because the bearer token must not go anywhere else. Prints the status, the request and
/// correlation ids and the body as indented JSON. Exit 0 on 2xx, 2 otherwise, 64 usage.
int runCall(Context &context);

/// `pcauthctl customers --profile P`: every customer of the partner, through all pages.
/// Progress on stderr only when it is a terminal. Exit 0, or 2 with the reason.
int runCustomers(Context &context);

} // namespace PCAuth::Ctl
