// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "httpadapter.h"
#include "sandboxstate.h"

#include <functional>

namespace PCAuth::Sandbox {

// Test controls under /_sandbox/ (loopback clients only): cloud.json, the effective scenario,
// the sandbox clock, user revocation and password change, consent grant/withdrawal, tenant MFA
// policy, rate limits, Partner Center MFA enforcement, GDAP relationships, security group
// membership, app secret dates, fault rules and counters. Bodies are JSON.
class Controls final
{
public:
    using Stats = std::function<QJsonObject()>;
    Controls(SandboxContext &ctx, Stats stats);

    HttpResponse handle(const HttpRequest &req, const QStringList &segments);

    // The custom-cloud document the app reads (GET /_sandbox/cloud.json).
    static QJsonObject cloudJson(const QString &baseUrl);

private:
    HttpResponse clock(const HttpRequest &req);
    HttpResponse user(const HttpRequest &req, const QStringList &s);
    HttpResponse tenant(const HttpRequest &req, const QStringList &s);
    HttpResponse appSecrets(const HttpRequest &req, const QStringList &s);
    HttpResponse faults(const HttpRequest &req);
    HttpResponse counters(const HttpRequest &req);
    HttpResponse rateLimits(const HttpRequest &req);
    HttpResponse relationship(const HttpRequest &req, const QStringList &s);
    HttpResponse groupMember(const HttpRequest &req, const QStringList &s);
    HttpResponse mfaEnforcement(const HttpRequest &req);
    // {"endsInDays": N} (from the sandbox clock) or {"endDateTime": ISO 8601}.
    std::optional<QDateTime> endDateFrom(const QJsonObject &body) const;

    SandboxContext &m_ctx;
    Stats m_stats;
};

} // namespace PCAuth::Sandbox
