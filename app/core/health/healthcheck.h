// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/partnercenterclient.h"
#include "errors/errorcatalogue.h"
#include "support/job.h"

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace PCAuth {

class AccessTokenSource;
class GraphClient;
class HttpClient;

/// The outcome of one customer's check: can the partner, with this profile, read the
/// customer's directory through Graph? What a partner admin must do next is in `action`.
struct CustomerHealth
{
    enum class Status {
        Ok, // a Graph token for the tenant and GET /v1.0/organization worked
        ConsentMissing, // AADSTS65001/90099: the app has no consent in the customer tenant
        NoAccess, // Graph answered 401/403: no GDAP role that may read the directory
        Throttled, // still 429 after the HTTP layer's retries
        Failed // anything else, and customers not checked because the run was cancelled
    };

    QString customerId; // Partner Center customer id
    QString tenantId;
    QString name;
    Status status = Status::Failed;
    QString reason; // one sentence: what was found
    QString action; // what to do; empty when Ok
    std::optional<ServiceError> error; // what the service said, when it said something
    QString tokenFailure; // why no token for the tenant could be had; empty when one was
    std::chrono::milliseconds elapsed{0}; // token plus Graph call, retries included
    bool checked = false; // false: cancelled before an answer came
};

/// Counts per status and the wall time of one run.
struct HealthCheckSummary
{
    int total = 0;
    int ok = 0;
    int consentMissing = 0;
    int noAccess = 0;
    int throttled = 0;
    int failed = 0; // not-checked customers included
    int notChecked = 0;
    std::chrono::milliseconds wallTime{0};

    int count(CustomerHealth::Status status) const;
    /// One line for humans: "25 customers checked in 1.4 s: 22 ok, 3 consent missing, ...".
    QString text() const;
};

/// Checks many customer tenants the way a partner admin would by hand: a Graph token for the
/// tenant, then GET /v1.0/organization, at most `concurrency` customers at a time.
///
/// Why a token-source factory rather than the broker: the checker needs nothing but "a token
/// for this tenant", so the broker (TokenBroker::source) plugs in in the product and tests or
/// benchmarks can feed it tokens fetched straight from the sandbox.
///
/// AccessTokenSource reports a failed token as a message only. The broker writes Entra's
/// errors with ErrorCatalogue::describe(), which names the code ("AADSTS65001 · trace id
/// …"); the checker reads the AADSTS number back from that text to classify the failure.
///
/// The effective parallelism is also bounded by the HttpClient's RetryPolicy::maxParallel and,
/// over HTTP/1.1, by Qt's six connections per host: give the client at least `concurrency`.
///
/// Asynchronous, on the owning thread; results come in input order whatever order the
/// answers arrive in. Signals are emitted from inside the check's own callbacks: delete the
/// check from a handler only with deleteLater().
///
/// Delegated tokens are expected (the partner's refresh token redeemed in the customer tenant):
/// an app-only token in a tenant without the app gives AADSTS700016, which is Failed, not
/// ConsentMissing.
class CustomerHealthCheck final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerHealthCheck)
public:
    using TokenSourceFactory =
        std::function<std::unique_ptr<AccessTokenSource>(const QString &customerTenant)>;

    /// What a customer's check asks Graph once it has a client for the tenant: one or more
    /// calls, then `done` with the answer that classifies the customer. `index` is the
    /// customer's in start()'s list. The client and `context` live until `done` is called,
    /// or the check is cancelled (then nothing more is called back).
    using Probe =
        std::function<void(GraphClient &graph, int index, QObject *context, ApiCallback done)>;

    static constexpr int DefaultConcurrency = 8;
    static constexpr int MaxConcurrency = 64;

    /// `graphEndpoint`: cloud.endpoint(Service::Graph). `http` must outlive the check.
    CustomerHealthCheck(HttpClient &http, QUrl graphEndpoint, TokenSourceFactory tokens,
                        QObject *parent);
    ~CustomerHealthCheck() override;

    /// Empty when 1 <= n <= MaxConcurrency, else a message for the user naming the setting.
    static QString concurrencyProblem(int n);
    /// Clamped to 1..MaxConcurrency; takes effect for the next start().
    void setConcurrency(int n);
    /// Replaces GET /v1.0/organization (the default) for the next start().
    void setProbe(Probe probe) { m_probe = std::move(probe); }
    int concurrency() const { return m_concurrency; }

    /// Starts a run; ignored while one is running. finished() always comes later, from the
    /// event loop, never from inside start().
    void start(const QList<Customer> &customers);
    // cancel() (see Job) starts nothing more and abandons the checks in flight (their
    // requests are aborted). Unchecked customers end as Failed with checked == false.

    const QList<CustomerHealth> &results() const { return m_results; }
    HealthCheckSummary summary() const;
    /// The most customer checks that were in flight at once during the last run.
    int maxInFlight() const { return m_maxInFlight; }

    static HealthCheckSummary summarize(const QList<CustomerHealth> &results,
                                        std::chrono::milliseconds wallTime);
    /// Stable ids for JSON: "ok", "consent-missing", "no-access", "throttled", "failed".
    static QString statusId(CustomerHealth::Status status);
    /// Translatable display text.
    static QString statusLabel(CustomerHealth::Status status);

Q_SIGNALS:
    void progress(int done, int total);
    void customerChecked(int index, const PCAuth::CustomerHealth &health);
    void finished(const QList<PCAuth::CustomerHealth> &results);

private:
    struct Check;

    bool abort() override;
    void launchMore();
    void launch(int index);
    void completed(int index, const ApiResult &result);
    void record(int index, CustomerHealth health);
    void queueFinish();
    void finishRun();
    void scheduleCleanup();
    CustomerHealth classify(const Customer &customer, const ApiResult &result,
                            const QString &tokenFailure) const;

    HttpClient &m_http;
    QUrl m_graph;
    TokenSourceFactory m_tokens;
    Probe m_probe;
    int m_concurrency = DefaultConcurrency;

    QList<Customer> m_customers;
    QList<CustomerHealth> m_results;
    std::map<int, std::unique_ptr<Check>> m_inFlight;
    std::vector<std::unique_ptr<Check>> m_done; // deleted after their callbacks returned
    int m_next = 0;
    int m_finished = 0;
    int m_maxInFlight = 0;
    bool m_cleanupQueued = false;
    bool m_launching = false;
    quint64 m_run = 0;
    QElapsedTimer m_wall;
    std::chrono::milliseconds m_wallTime{0};
};

} // namespace PCAuth
