// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto.h"
#include "httpadapter.h"
#include "scenario.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

namespace PCAuth::Sandbox {

constexpr qint64 FlowLifetimeSeconds = 3600; // the sign-in forms must be finished within an hour
constexpr qint64 CodeLifetimeSeconds = 600; // authorization codes are short-lived (10 min)

// Sandbox time: real time plus an offset that tests advance (90-day expiry in a second).
class SandboxClock final
{
public:
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(m_offset); }
    void advance(qint64 seconds) { m_offset += seconds; }
    qint64 offsetSeconds() const { return m_offset; }

private:
    qint64 m_offset = 0;
};

// What an /authorize request asked for; kept with the sign-in flow and then the code.
struct AuthRequest
{
    int version = 2; // 1 = /oauth2/authorize, 2 = /oauth2/v2.0/authorize
    QString tenantSegment; // as in the URL: GUID, domain, organizations or common
    QString clientId;
    QString redirectUri;
    QString state;
    QString nonce;
    QString codeChallenge;
    QString codeChallengeMethod;
    QString resource; // v1
    QString scope; // v2
    QString loginHint;
    QString prompt;
    QString amrValues;
    QString responseMode; // only "query" (or none) is supported
};

// The server-side state between the HTML forms, keyed by a random form token (`flowToken`).
struct SignInFlow
{
    AuthRequest request;
    QString step; // "login", "mfa", "consent"
    QString userOid;
    QString tenantId; // resolved tenant of the sign-in
    bool mfaDone = false;
    QDateTime created;
    QDateTime authTime;
};

struct AuthCode
{
    AuthRequest request;
    QString userOid;
    QString tenantId;
    bool mfa = false;
    QDateTime issued;
    QDateTime authTime;
    bool used = false;
};

// Refresh tokens are opaque server-side records keyed by the SHA-256 of the token string.
struct RefreshTokenRecord
{
    QString userOid;
    QString clientId;
    QString tenantId; // tenant of issue
    QString scope;
    QDateTime issued;
    QDateTime authTime;
    bool mfa = false;
    bool revoked = false;
};

// One fault rule: applies to requests whose path contains `pathContains` (and method, if set).
struct FaultRule
{
    QString pathContains;
    QByteArray method;
    int latencyMs = 0;
    int status = 0; // 429, 500, 503 ... (0 = answer normally)
    int retryAfter = 0;
    bool drop = false;
    bool malformed = false;
    // With `status`: answer an Entra-shaped error with this AADSTS number (and `error`,
    // default invalid_grant) instead of the generic injected body.
    int aadsts = 0;
    QString error;
    int remaining = -1; // applications left; -1 = unlimited
    // The share of matching requests it applies to (0 < p <= 1). Rules below 1 share one roll
    // per request, in order, so "429 at 0.05, 503 at 0.02" faults 7% of requests, never both.
    double probability = 1.0;

    QJsonObject toJson() const;
    static std::optional<FaultRule> fromJson(const QJsonObject &o, QString *error);
};

struct SandboxState
{
    SandboxClock clock;
    QHash<QString, SignInFlow> flows;
    QHash<QString, AuthCode> codes;
    QHash<QByteArray, RefreshTokenRecord> refreshTokens;
    QList<FaultRule> faults;
    QMap<QString, qint64> counters;
    QHash<QString, QList<QDateTime>> rateWindows; // per rate-limit key, recent request times
    QRandomGenerator faultRandom{0x5eed}; // the roll of probabilistic fault rules; seedable
    // Retry-After kept: request identity (see SandboxServer::handle) -> the monotonic time in
    // ms before which the same request again is early (counted as retryAfter.early).
    QHash<QByteArray, qint64> retryNotBefore;

    void count(const QString &key, qint64 by = 1) { counters[key] += by; }
    // Bounds memory under load (benchmarks start thousands of sign-ins): once there are more
    // than `threshold` flows or codes, forget those older than their lifetime.
    void purgeStale(int threshold = 1000);
    static QByteArray tokenKey(const QByteArray &refreshToken);
};

// Everything a handler needs; the server owns one.
struct SandboxContext
{
    Scenario scenario;
    SandboxState state;
    RsaKey signingKey;
    QByteArray kid;
    QString baseUrl; // http://127.0.0.1:PORT
    int defaultLatencyMs = 0;
};

} // namespace PCAuth::Sandbox
