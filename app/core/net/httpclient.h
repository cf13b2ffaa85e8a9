// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "net/httptypes.h"
#include "support/clock.h"

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include <QObject>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace PCAuth {

/// The one way the engine talks HTTP. Every service client sits on it, so the rules of the
/// network issue live in one place:
///
///   send() -> validate URL -> queue (FIFO, at most maxParallel in flight) -> attempt
///      attempt -> 2xx/4xx ............................................ -> done(response)
///              -> 429 ........ wait Retry-After (never less) ...........-> attempt
///              -> 5xx, timeout, dropped (idempotent only), refused ... -> backoff -> attempt
///              -> TLS error, too large, budget exhausted ................-> done(failure)
///
/// - Plain http is refused before any traffic unless the host is loopback (validateEndpoint).
/// - TLS errors are fatal: ignoreSslErrors() is never called, anywhere.
/// - Qt itself resends a request once, whatever its method, when a fresh connection closes
///   before any answer; the retry rules above apply on top of that.
/// - Redirects are not followed: a bearer token must not follow a 3xx to another host.
/// - Logs show method, redacted URL (no query), status, attempts and time; never a body or a
///   header value, so tokens and secrets cannot reach them.
/// - maxParallel is what really reaches the wire, also over HTTP/1.1: one QNetworkAccessManager
///   opens at most 6 HTTP/1.1 connections per host and port and silently queues the rest (Qt 6.4
///   has no setting for it; QHttp1Configuration arrives in 6.5). So the client spreads attempts
///   over ceil(maxParallel / 6) managers: the injected one first, plus extra ones it owns, made
///   with the injected one's proxy, redirect policy, transfer timeout and HSTS settings as they
///   are at construction (no cookie jar, no cache: the client uses neither). Each attempt goes
///   to the manager with the fewest attempts in flight to its scheme, host and port. Over
///   HTTP/2 (Graph over TLS) one manager would do; the extra ones then only cost a handshake.
///
/// Asynchronous on the thread that owns it; no nested event loops. `done` runs once, on that
/// thread, unless `context` was destroyed first (the request is then aborted). Destroying the
/// client aborts everything without calling back: its owners are going away too.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    using Callback = std::function<void(const HttpResponse &)>;

    /// Counters for the soak test and the benchmarks; never reset by the client.
    struct Stats
    {
        qint64 requests = 0; // logical requests accepted by send()
        qint64 attempts = 0; // requests put on the wire
        qint64 retries = 0; // attempts after the first
        qint64 throttled = 0; // 429 answers received
        qint64 failures = 0; // logical requests that ended with a Failure other than None
        int inFlight = 0; // attempts on the wire now
        int maxInFlight = 0; // high-water mark of inFlight
        int queued = 0; // waiting for a slot now
    };

    /// `network` is not owned and must outlive the client; it carries the first connections
    /// to each host (see above for the extra managers). `clock` (not owned, must outlive the
    /// client) is the "now" a Retry-After date is read against.
    explicit HttpClient(QNetworkAccessManager *network, RetryPolicy policy = {},
                        const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~HttpClient() override;

    void send(HttpRequest request, QObject *context, Callback done);
    /// Ends every request now with Failure::Cancelled (callbacks run before this returns).
    void cancelAll();

    const Stats &stats() const { return m_stats; }

Q_SIGNALS:
    /// `host` answered 429 to one of the requests; the client waits out its Retry-After before
    /// trying again (or gives up and says so in the response). For a "throttled" notice: the
    /// request's caller hears nothing until the request ends.
    void throttled(const QString &host);

public:
    const RetryPolicy &policy() const { return m_policy; }
    /// The total timeout of requests whose first attempt starts after this call (a setting
    /// changed while PCAuth runs); requests under way keep theirs.
    void setTotalTimeout(std::chrono::milliseconds timeout) { m_policy.totalTimeout = timeout; }

    static constexpr qint64 MaxResponseBytes = 16 * 1024 * 1024;
    /// Qt's fixed number of HTTP/1.1 connections per host and port in one manager.
    static constexpr int ConnectionsPerManager = 6;
    /// How many network managers the client spreads attempts over (the injected one included).
    int networkCount() const { return int(m_networks.size()); }

private:
    struct Job;
    using JobId = quint64;

    void enqueue(JobId id);
    void pump();
    Job *findJob(JobId id) const;
    void startAttempt(Job &job);
    void watchReply(Job &job);
    void onReadyRead(Job &job);
    void onFinished(Job &job);
    void onConnectTimeout(Job &job);
    void onTotalTimeout(Job &job);
    bool scheduleRetry(Job &job, const HttpResponse &last, std::chrono::milliseconds wait);
    void handleAnswer(Job &job, HttpResponse response, const QByteArray &retryAfter);
    void handleTransportError(Job &job, HttpResponse response, bool serverMayHaveActed);
    void abortAttempt(Job &job);
    void finish(JobId id, HttpResponse response);
    void finishLater(Job &job, HttpResponse response);
    std::chrono::milliseconds remaining(const Job &job) const;
    int pickNetwork(const QString &hostKey) const;

    /// One per manager, index as in m_networks: attempts in flight per "scheme://host:port".
    using HostLoad = std::map<QString, int>;

    std::vector<QNetworkAccessManager *> m_networks; // [0] is the injected one, never owned
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_ownedNetworks;
    std::vector<HostLoad> m_load;
    RetryPolicy m_policy;
    const Clock *m_clock;
    Stats m_stats;
    JobId m_nextId = 1;
    std::map<JobId, std::unique_ptr<Job>> m_jobs;
    std::deque<JobId> m_queue;
};

} // namespace PCAuth
