// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace PCAuth {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// How hard HttpClient tries. The defaults suit Partner Center: its throttling windows are
/// about a minute, so a Retry-After beyond two minutes means "come back later", not "wait".
struct RetryPolicy
{
    int maxAttempts = 4; // attempts per logical request, the first one included
    std::chrono::milliseconds baseDelay{500}; // backoff before the 2nd attempt (before jitter)
    std::chrono::milliseconds maxDelay{std::chrono::seconds(30)}; // backoff ceiling
    /// Per attempt: from the start of the attempt until the request has been written. HttpClient
    /// spreads attempts over enough network managers that none queues inside Qt (6 HTTP/1.1
    /// connections per host each), so this clock measures the connection, not Qt's queue.
    std::chrono::milliseconds connectTimeout{std::chrono::seconds(10)};
    /// Per logical request: from its first attempt until its answer, retries and waits included.
    std::chrono::milliseconds totalTimeout{std::chrono::seconds(60)};
    int maxParallel = 8; // requests in flight per client; the rest wait in FIFO order
    std::chrono::seconds maxRetryAfter{120}; // a longer Retry-After gives up instead of waiting
};

/// One logical request. `idempotent` says whether the server may safely see it twice: GET,
/// PUT and DELETE are; a POST is not unless the caller knows better.
///
/// Token endpoint POSTs may be marked idempotent: if a refresh-token redemption timed out after
/// Entra rotated the token, the old refresh token stays valid for its own lifetime (PROTOCOL.md
/// §2C), so sending it again yields a fresh pair instead of an error. The only cost is one
/// unused rotated token on the server.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    bool idempotent = true;

    void setHeader(const QByteArray &name, const QByteArray &value);
};

/// The answer to a logical request, after any retries. Either an HTTP status (any status, the
/// caller interprets 4xx/5xx bodies) or a transport failure with a message for the user.
struct HttpResponse
{
    enum class Failure {
        None, // an HTTP answer arrived; see status
        Timeout, // connect or total timeout
        Connection, // refused, reset, dropped, host not found
        Tls, // certificate or handshake problem; never retried, never ignored
        Refused, // the URL is not allowed (plain http to a non-loopback host, bad URL)
        TooLarge, // the body exceeded HttpClient::MaxResponseBytes
        Cancelled // cancelAll() or the context object died
    };

    int status = 0;
    QByteArray body;
    HttpHeaders headers;
    Failure failure = Failure::None;
    /// Empty for a plain HTTP answer. Set for every failure, and when a 429 was not retried
    /// because its Retry-After was too long (it then says when to try again).
    QString message;
    int attempts = 0;
    std::chrono::milliseconds elapsed{0};

    /// Case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool ok() const { return failure == Failure::None && status >= 200 && status < 300; }
};

namespace HttpPolicy {
/// Seconds from `now` until the Retry-After value (delta-seconds or an HTTP date); nullopt when
/// absent or unreadable. A date in the past gives 0.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);
/// Full-jitter exponential backoff: uniform in [0, min(maxDelay, baseDelay * 2^(retry-1))].
/// `retry` counts from 1 (the wait before the second attempt).
std::chrono::milliseconds backoff(const RetryPolicy &policy, int retry);
/// Whether a status is worth another attempt: 5xx but 501 (not implemented) and 505.
bool isRetryableStatus(int status);
/// What logs may show of a URL: scheme, host, port and path; never the query, fragment or
/// user info (tokens and codes travel in queries).
QString redactedUrl(const QUrl &url);
} // namespace HttpPolicy

} // namespace PCAuth
