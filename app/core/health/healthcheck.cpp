// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "health/healthcheck.h"

#include "api/accesstokensource.h"
#include "api/graphclient.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// Forwards to the customer's token source and remembers why it failed, so a token problem
/// (consent missing) is told apart from a Graph problem (no role).
class RecordingTokenSource final : public AccessTokenSource
{
public:
    explicit RecordingTokenSource(std::unique_ptr<AccessTokenSource> inner)
        : m_inner(std::move(inner))
    { }

    void accessToken(QObject *context, std::function<void(const Expected<QString> &)> done) override
    {
        if (!m_inner) {
            m_failure = CustomerHealthCheck::tr("There is no token source for this tenant.");
            done(fail(m_failure));
            return;
        }
        m_inner->accessToken(context, [this, done](const Expected<QString> &token) {
            if (!token.ok())
                m_failure = token.error();
            done(token);
        });
    }

    QString failure() const { return m_failure; }

private:
    std::unique_ptr<AccessTokenSource> m_inner;
    QString m_failure;
};

/// The Entra error a token message names ("AADSTS65001: …" or "AADSTS65001 · trace id …").
std::optional<ServiceError> errorFromTokenMessage(const QString &message)
{
    static const QRegularExpression aadsts(u"AADSTS(\\d{4,9})"_s);
    const QRegularExpressionMatch m = aadsts.match(message);
    if (!m.hasMatch())
        return std::nullopt;
    ServiceError e;
    e.source = ServiceError::Source::Entra;
    e.aadsts = m.captured(1).toInt();
    e.errorCodes = {e.aadsts};
    e.description = message;
    return e;
}

bool isConsentError(const ServiceError &e)
{
    return e.aadsts == 65001 || e.aadsts == 90099
           || ErrorCatalogue::advise(e).category == ErrorCategory::ConsentMissing;
}

QString organizationName(const ApiResult &result)
{
    return result.json.object()
        .value("value"_L1)
        .toArray()
        .at(0)
        .toObject()
        .value("displayName"_L1)
        .toString();
}

} // namespace

/// One customer in flight. `context` is declared last so it dies first: its death aborts the
/// requests before the objects their callbacks point at go away.
struct CustomerHealthCheck::Check
{
    int index = 0;
    QElapsedTimer timer;
    std::unique_ptr<RecordingTokenSource> tokens;
    std::unique_ptr<GraphClient> graph;
    std::unique_ptr<QObject> context;
};

int HealthCheckSummary::count(CustomerHealth::Status status) const
{
    switch (status) {
    case CustomerHealth::Status::Ok:
        return ok;
    case CustomerHealth::Status::ConsentMissing:
        return consentMissing;
    case CustomerHealth::Status::NoAccess:
        return noAccess;
    case CustomerHealth::Status::Throttled:
        return throttled;
    case CustomerHealth::Status::Failed:
        return failed;
    }
    return 0;
}

QString HealthCheckSummary::text() const
{
    const QString seconds = QString::number(double(wallTime.count()) / 1000.0, 'f', 1);
    QString line = CustomerHealthCheck::tr("%n customers checked in %1 s: %2 ok, %3 consent "
                                           "missing, %4 no access, %5 throttled, %6 failed",
                                           nullptr, total)
                       .arg(seconds)
                       .arg(ok)
                       .arg(consentMissing)
                       .arg(noAccess)
                       .arg(throttled)
                       .arg(failed);
    if (notChecked > 0)
        line += CustomerHealthCheck::tr(" (%1 not checked: cancelled)").arg(notChecked);
    return line;
}

CustomerHealthCheck::CustomerHealthCheck(HttpClient &http, QUrl graphEndpoint,
                                         TokenSourceFactory tokens, QObject *parent)
    : Job(parent)
    , m_http(http)
    , m_graph(std::move(graphEndpoint))
    , m_tokens(std::move(tokens))
{ }

CustomerHealthCheck::~CustomerHealthCheck() = default;

QString CustomerHealthCheck::concurrencyProblem(int n)
{
    if (n >= 1 && n <= MaxConcurrency)
        return QString();
    return tr("The concurrency must be between 1 and %1 customers at a time; %2 was given.")
        .arg(MaxConcurrency)
        .arg(n);
}

void CustomerHealthCheck::setConcurrency(int n)
{
    m_concurrency = std::clamp(n, 1, MaxConcurrency);
}

void CustomerHealthCheck::start(const QList<Customer> &customers)
{
    if (isRunning())
        return;
    m_customers = customers;
    m_results = QList<CustomerHealth>(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i) {
        CustomerHealth &h = m_results[i];
        h.customerId = customers.at(i).id;
        h.tenantId = customers.at(i).tenantId;
        h.name = customers.at(i).companyName;
    }
    m_next = 0;
    m_finished = 0;
    m_maxInFlight = 0;
    m_wallTime = std::chrono::milliseconds(0);
    begin();
    ++m_run;
    m_wall.start();
    if (customers.isEmpty()) {
        queueFinish();
        return;
    }
    launchMore();
}

bool CustomerHealthCheck::abort()
{
    m_next = int(m_customers.size()); // nothing new starts
    m_inFlight.clear(); // aborts the requests; their callbacks do not run
    const QString reason = tr("Not checked: the health check was cancelled.");
    for (CustomerHealth &h : m_results) {
        if (!h.checked) {
            h.status = CustomerHealth::Status::Failed;
            h.reason = reason;
        }
    }
    m_finished = int(m_customers.size());
    queueFinish();
    return true;
}

void CustomerHealthCheck::launchMore()
{
    // A source that fails at once completes the check inside launch(): no recursion then.
    if (m_launching)
        return;
    m_launching = true;
    while (isRunning() && m_next < m_customers.size() && int(m_inFlight.size()) < m_concurrency)
        launch(m_next++);
    m_launching = false;
    if (isRunning() && m_finished == m_customers.size())
        queueFinish();
}

void CustomerHealthCheck::launch(int index)
{
    auto check = std::make_unique<Check>();
    Check &c = *check;
    c.index = index;
    c.timer.start();
    c.context = std::make_unique<QObject>();
    c.tokens = std::make_unique<RecordingTokenSource>(
        m_tokens ? m_tokens(m_customers.at(index).tenantId) : nullptr);
    c.graph = std::make_unique<GraphClient>(m_http, m_graph, *c.tokens);
    m_inFlight.emplace(index, std::move(check));
    m_maxInFlight = std::max(m_maxInFlight, int(m_inFlight.size()));
    ApiCallback done = [this, index](const ApiResult &result) { completed(index, result); };
    if (m_probe)
        m_probe(*c.graph, index, c.context.get(), std::move(done));
    else
        c.graph->organization(c.context.get(), std::move(done));
}

void CustomerHealthCheck::completed(int index, const ApiResult &result)
{
    auto it = m_inFlight.find(index);
    if (it == m_inFlight.end())
        return;
    std::unique_ptr<Check> check = std::move(it->second);
    m_inFlight.erase(it);
    CustomerHealth health = classify(m_customers.at(index), result, check->tokens->failure());
    health.elapsed = std::chrono::milliseconds(check->timer.elapsed());
    m_done.push_back(std::move(check)); // we are inside its callback: delete it later
    scheduleCleanup();
    record(index, std::move(health));
    launchMore();
}

void CustomerHealthCheck::record(int index, CustomerHealth health)
{
    CustomerHealth &slot = m_results[index];
    health.customerId = slot.customerId;
    health.tenantId = slot.tenantId;
    health.name = slot.name;
    health.checked = true;
    slot = std::move(health);
    ++m_finished;
    Q_EMIT customerChecked(index, slot);
    Q_EMIT progress(m_finished, int(m_customers.size()));
}

void CustomerHealthCheck::queueFinish()
{
    // Tagged with the run: a start() from a finished() handler must not be ended by a
    // finish queued for the previous run.
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        this,
        [this, run] {
            if (run == m_run)
                finishRun();
        },
        Qt::QueuedConnection);
}

void CustomerHealthCheck::finishRun()
{
    if (!end())
        return;
    m_wallTime = std::chrono::milliseconds(m_wall.elapsed());
    Q_EMIT finished(m_results);
}

void CustomerHealthCheck::scheduleCleanup()
{
    if (m_cleanupQueued)
        return;
    m_cleanupQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_cleanupQueued = false;
            m_done.clear();
        },
        Qt::QueuedConnection);
}

HealthCheckSummary CustomerHealthCheck::summary() const
{
    const std::chrono::milliseconds wall =
        isRunning() ? std::chrono::milliseconds(m_wall.elapsed()) : m_wallTime;
    return summarize(m_results, wall);
}

HealthCheckSummary CustomerHealthCheck::summarize(const QList<CustomerHealth> &results,
                                                  std::chrono::milliseconds wallTime)
{
    HealthCheckSummary s;
    s.total = int(results.size());
    s.wallTime = wallTime;
    for (const CustomerHealth &h : results) {
        switch (h.status) {
        case CustomerHealth::Status::Ok:
            ++s.ok;
            break;
        case CustomerHealth::Status::ConsentMissing:
            ++s.consentMissing;
            break;
        case CustomerHealth::Status::NoAccess:
            ++s.noAccess;
            break;
        case CustomerHealth::Status::Throttled:
            ++s.throttled;
            break;
        case CustomerHealth::Status::Failed:
            ++s.failed;
            break;
        }
        if (!h.checked)
            ++s.notChecked;
    }
    return s;
}

CustomerHealth CustomerHealthCheck::classify(const Customer &customer, const ApiResult &result,
                                             const QString &tokenFailure) const
{
    using Status = CustomerHealth::Status;
    CustomerHealth h;
    if (!tokenFailure.isEmpty()) {
        h.status = Status::Failed;
        h.reason = tr("No Graph token for this tenant: %1").arg(tokenFailure);
        h.tokenFailure = tokenFailure;
        h.error = errorFromTokenMessage(tokenFailure);
        if (h.error) {
            const ErrorAdvice advice = ErrorCatalogue::advise(*h.error);
            h.action = advice.action;
            if (isConsentError(*h.error)) {
                h.status = Status::ConsentMissing;
                h.reason = advice.explanation;
            } else if (advice.category == ErrorCategory::Throttled) {
                h.status = Status::Throttled;
            }
        }
        return h;
    }
    if (result.ok()) {
        h.status = Status::Ok;
        const QString org = organizationName(result);
        h.reason = org.isEmpty() ? tr("Graph answered for this tenant.")
                                 : tr("Graph answered for this tenant (\"%1\").").arg(org);
        return h;
    }
    h.error = result.error;
    const int status = result.error ? result.error->httpStatus : result.status;
    if (result.error && (status == 401 || status == 403)) {
        h.status = Status::NoAccess;
        h.reason =
            tr("Graph refused the token for %1 (HTTP %2): the partner has no admin role "
               "that may read this customer's directory.")
                .arg(customer.companyName.isEmpty() ? customer.tenantId : customer.companyName)
                .arg(status);
        h.action = tr("Check the GDAP relationship with this customer: a security group the "
                      "account belongs to needs a role that reads the directory, such as "
                      "Directory Readers.");
        return h;
    }
    if (status == 429) {
        h.status = Status::Throttled;
        h.reason = tr("Graph was still throttling after %1 attempts.").arg(result.attempts);
        h.action = result.error && result.error->retryAfterSeconds.value_or(0) > 0
                       ? tr("Check this customer again in %1 seconds, or lower the concurrency.")
                             .arg(*result.error->retryAfterSeconds)
                       : tr("Check this customer again later, or lower the concurrency.");
        return h;
    }
    h.status = Status::Failed;
    h.reason = result.errorMessage();
    if (result.error)
        h.action = ErrorCatalogue::advise(*result.error).action;
    return h;
}

QString CustomerHealthCheck::statusId(CustomerHealth::Status status)
{
    switch (status) {
    case CustomerHealth::Status::Ok:
        return u"ok"_s;
    case CustomerHealth::Status::ConsentMissing:
        return u"consent-missing"_s;
    case CustomerHealth::Status::NoAccess:
        return u"no-access"_s;
    case CustomerHealth::Status::Throttled:
        return u"throttled"_s;
    case CustomerHealth::Status::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

QString CustomerHealthCheck::statusLabel(CustomerHealth::Status status)
{
    switch (status) {
    case CustomerHealth::Status::Ok:
        return tr("OK");
    case CustomerHealth::Status::ConsentMissing:
        return tr("Consent missing");
    case CustomerHealth::Status::NoAccess:
        return tr("No access");
    case CustomerHealth::Status::Throttled:
        return tr("Throttled");
    case CustomerHealth::Status::Failed:
        return tr("Failed");
    }
    return tr("Failed");
}

} // namespace PCAuth
