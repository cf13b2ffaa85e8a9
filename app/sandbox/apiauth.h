// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "httpadapter.h"
#include "sandboxstate.h"

namespace PCAuth::Sandbox {

// A bearer token that the resource APIs accepted: signed by this sandbox, for their audience,
// inside its lifetime (sandbox clock). Each API turns a failure into its own error shape.
struct BearerToken
{
    QJsonObject claims;
    QString tenantId;
    QString clientId;
    QString userOid; // empty for app-only tokens
    bool appOnly = true;
    bool mfa = false;
};

struct BearerCheck
{
    enum class Failure { None, Missing, Malformed, BadSignature, WrongAudience, Expired };
    Failure failure = Failure::None;
    QString message; // for the error body; never contains the token
    BearerToken token;
    bool ok() const { return failure == Failure::None; }
};

// `audiences` lists accepted `aud` values: the resource URI and its app id.
BearerCheck checkBearer(const SandboxContext &ctx, const HttpRequest &req,
                        const QStringList &audiences);

} // namespace PCAuth::Sandbox
