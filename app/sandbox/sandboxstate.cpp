// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "sandboxstate.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

QByteArray SandboxState::tokenKey(const QByteArray &refreshToken)
{
    return QCryptographicHash::hash(refreshToken, QCryptographicHash::Sha256);
}

void SandboxState::purgeStale(int threshold)
{
    const QDateTime now = clock.now();
    if (flows.size() > threshold) {
        for (auto it = flows.begin(); it != flows.end();)
            it = it->created.secsTo(now) > FlowLifetimeSeconds ? flows.erase(it) : std::next(it);
    }
    if (codes.size() > threshold) {
        for (auto it = codes.begin(); it != codes.end();)
            it = it->issued.secsTo(now) > CodeLifetimeSeconds ? codes.erase(it) : std::next(it);
    }
}

QJsonObject FaultRule::toJson() const
{
    return QJsonObject{{"path"_L1, pathContains},
                       {"method"_L1, QString::fromLatin1(method)},
                       {"latencyMs"_L1, latencyMs},
                       {"status"_L1, status},
                       {"retryAfter"_L1, retryAfter},
                       {"drop"_L1, drop},
                       {"malformed"_L1, malformed},
                       {"times"_L1, remaining},
                       {"probability"_L1, probability},
                       {"aadsts"_L1, aadsts},
                       {"error"_L1, error}};
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &o, QString *error)
{
    FaultRule r;
    r.pathContains = o.value("path"_L1).toString();
    r.method = o.value("method"_L1).toString().toUpper().toLatin1();
    r.latencyMs = o.value("latencyMs"_L1).toInt(0);
    r.status = o.value("status"_L1).toInt(0);
    r.retryAfter = o.value("retryAfter"_L1).toInt(0);
    r.drop = o.value("drop"_L1).toBool(false);
    r.malformed = o.value("malformed"_L1).toBool(false);
    r.remaining = o.value("times"_L1).toInt(-1);
    r.probability = o.value("probability"_L1).toDouble(1.0);
    r.aadsts = o.value("aadsts"_L1).toInt(0);
    r.error = o.value("error"_L1).toString(u"invalid_grant"_s);
    if (r.pathContains.isEmpty()) {
        *error = u"fault.path is required (a substring of the request path)"_s;
        return std::nullopt;
    }
    if (r.latencyMs < 0 || r.latencyMs > 600000) {
        *error = u"fault.latencyMs must be between 0 and 600000"_s;
        return std::nullopt;
    }
    if (!(r.probability > 0.0 && r.probability <= 1.0)) {
        *error = u"fault.probability must be above 0 and at most 1"_s;
        return std::nullopt;
    }
    if (r.aadsts != 0 && (r.status < 400 || r.status > 499)) {
        *error = u"fault.aadsts needs a 4xx status (Entra answers 400 or 401)"_s;
        return std::nullopt;
    }
    if (r.status != 0 && (r.status < 400 || r.status > 599)) {
        *error = u"fault.status must be 0 or an HTTP error status (400-599)"_s;
        return std::nullopt;
    }
    return r;
}

} // namespace PCAuth::Sandbox
