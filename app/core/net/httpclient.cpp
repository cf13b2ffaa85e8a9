// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "net/httpclient.h"

#include "cloud/cloud.h"

#include <limits>

#include <QAuthenticator>
#include <QElapsedTimer>
#include <QHstsPolicy>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace PCAuth {

namespace {
Q_LOGGING_CATEGORY(lcHttp, "pcauth.net.http")

QString secondsText(milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 4);
}

// What Qt pools connections by: scheme, host and port.
QString hostKey(const QUrl &url)
{
    const int defaultPort = url.scheme() == "https"_L1 ? 443 : 80;
    return u"%1://%2:%3"_s.arg(url.scheme(), url.host()).arg(url.port(defaultPort));
}

// An extra manager that behaves like `model` for everything HttpClient relies on. No cookie jar
// and no cache are shared: the client sends its own headers and never reads from a cache.
std::unique_ptr<QNetworkAccessManager> copyNetwork(QNetworkAccessManager *model)
{
    auto copy = std::make_unique<QNetworkAccessManager>();
    copy->setProxy(model->proxy());
    copy->setRedirectPolicy(model->redirectPolicy());
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    copy->setTransferTimeout(model->transferTimeoutAsDuration());
#else
    copy->setTransferTimeout(model->transferTimeout());
#endif
    copy->setStrictTransportSecurityEnabled(model->isStrictTransportSecurityEnabled());
    copy->addStrictTransportSecurityHosts(model->strictTransportSecurityHosts());
    // Whoever answers proxy credentials for the injected manager answers them for all.
    QObject::connect(copy.get(), &QNetworkAccessManager::proxyAuthenticationRequired, model,
                     &QNetworkAccessManager::proxyAuthenticationRequired);
    return copy;
}
} // namespace

struct HttpClient::Job
{
    JobId id = 0;
    HttpRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    QMetaObject::Connection contextWatch;
    QElapsedTimer sinceSend;
    QElapsedTimer sinceStart; // started by the first attempt: the total timeout's clock
    std::chrono::milliseconds totalTimeout{0}; // the policy's when the first attempt started
    int attempts = 0;
    QNetworkReply *reply = nullptr;
    int network = -1; // index into m_networks of the current attempt
    QString hostKey;
    QByteArray buffer;
    bool requestSent = false; // the server may have acted on this attempt
    QString tlsMessage;
    QTimer connectTimer;
    QTimer totalTimer;
    QTimer retryTimer;
};

HttpClient::HttpClient(QNetworkAccessManager *network, RetryPolicy policy, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_networks{network}
    , m_policy(policy)
    , m_clock(&clock)
{
    m_policy.maxAttempts = std::max(1, m_policy.maxAttempts);
    m_policy.maxParallel = std::max(1, m_policy.maxParallel);
    const int managers = (m_policy.maxParallel + ConnectionsPerManager - 1) / ConnectionsPerManager;
    for (int i = 1; i < managers; ++i) {
        m_ownedNetworks.push_back(copyNetwork(network));
        m_networks.push_back(m_ownedNetworks.back().get());
    }
    m_load.resize(m_networks.size());
}

HttpClient::~HttpClient()
{
    for (auto &entry : m_jobs) {
        QObject::disconnect(entry.second->contextWatch);
        abortAttempt(*entry.second);
    }
}

void HttpClient::send(HttpRequest request, QObject *context, Callback done)
{
    auto job = std::make_unique<Job>();
    Job &j = *job;
    j.id = m_nextId++;
    j.request = std::move(request);
    j.context = context;
    j.hasContext = context != nullptr;
    j.done = std::move(done);
    j.sinceSend.start();
    const JobId id = j.id;
    for (QTimer *t : {&j.connectTimer, &j.totalTimer, &j.retryTimer}) {
        t->setSingleShot(true);
        t->setTimerType(Qt::PreciseTimer); // coarse timers may fire early: Retry-After forbids it
    }
    connect(&j.connectTimer, &QTimer::timeout, this, [this, id] {
        if (Job *found = findJob(id))
            onConnectTimeout(*found);
    });
    connect(&j.totalTimer, &QTimer::timeout, this, [this, id] {
        if (Job *found = findJob(id))
            onTotalTimeout(*found);
    });
    connect(&j.retryTimer, &QTimer::timeout, this, [this, id] { enqueue(id); });
    if (context) {
        j.contextWatch = connect(context, &QObject::destroyed, this, [this, id] {
            const auto it = m_jobs.find(id);
            if (it == m_jobs.end())
                return;
            abortAttempt(*it->second);
            m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
            m_stats.queued = int(m_queue.size());
            m_jobs.erase(it);
            pump();
        });
    }
    m_jobs.emplace(id, std::move(job));
    ++m_stats.requests;

    const QString problem = validateEndpoint(
        j.request.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment), tr("The request URL"));
    if (!problem.isEmpty()) {
        HttpResponse refused;
        refused.failure = HttpResponse::Failure::Refused;
        refused.message = problem;
        finishLater(j, std::move(refused));
        return;
    }
    enqueue(id);
}

void HttpClient::cancelAll()
{
    std::map<JobId, std::unique_ptr<Job>> jobs;
    jobs.swap(m_jobs);
    m_queue.clear();
    m_stats.queued = 0;
    for (auto &entry : jobs) {
        QObject::disconnect(entry.second->contextWatch);
        abortAttempt(*entry.second);
    }
    QPointer<HttpClient> self(this);
    for (auto &entry : jobs) {
        Job &job = *entry.second;
        ++m_stats.failures;
        HttpResponse r;
        r.failure = HttpResponse::Failure::Cancelled;
        r.message = tr("The request to %1 was cancelled.").arg(job.request.url.host());
        r.attempts = job.attempts;
        r.elapsed = milliseconds(job.sinceSend.elapsed());
        if (job.done && (!job.hasContext || job.context))
            job.done(r);
        if (!self)
            return;
    }
}

void HttpClient::enqueue(JobId id)
{
    m_queue.push_back(id);
    m_stats.queued = int(m_queue.size());
    pump();
}

void HttpClient::pump()
{
    while (m_stats.inFlight < m_policy.maxParallel && !m_queue.empty()) {
        const JobId id = m_queue.front();
        m_queue.pop_front();
        const auto it = m_jobs.find(id);
        if (it != m_jobs.end())
            startAttempt(*it->second);
    }
    m_stats.queued = int(m_queue.size());
}

void HttpClient::startAttempt(Job &job)
{
    ++job.attempts;
    ++m_stats.attempts;
    if (job.attempts > 1)
        ++m_stats.retries;
    if (!job.sinceStart.isValid()) {
        job.sinceStart.start();
        job.totalTimeout = m_policy.totalTimeout;
        job.totalTimer.start(job.totalTimeout);
    }
    job.buffer.clear();
    job.requestSent = false;
    job.tlsMessage.clear();

    QNetworkRequest nr(job.request.url);
    for (const auto &h : std::as_const(job.request.headers))
        nr.setRawHeader(h.first, h.second);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    job.hostKey = hostKey(job.request.url);
    job.network = pickNetwork(job.hostKey);
    ++m_load[size_t(job.network)][job.hostKey];
    QNetworkReply *reply = m_networks[size_t(job.network)]->sendCustomRequest(
        nr, job.request.method, job.request.body);
    job.reply = reply;
    ++m_stats.inFlight;
    m_stats.maxInFlight = std::max(m_stats.maxInFlight, m_stats.inFlight);
    job.connectTimer.start(std::min(m_policy.connectTimeout, remaining(job)));
    watchReply(job);
}

// The manager with the fewest attempts in flight to this host; the injected one on a tie.
int HttpClient::pickNetwork(const QString &key) const
{
    int best = 0;
    int bestLoad = std::numeric_limits<int>::max();
    for (size_t i = 0; i < m_load.size(); ++i) {
        const auto it = m_load[i].find(key);
        const int load = it == m_load[i].end() ? 0 : it->second;
        if (load < bestLoad) {
            best = int(i);
            bestLoad = load;
        }
    }
    return best;
}

HttpClient::Job *HttpClient::findJob(JobId id) const
{
    const auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : it->second.get();
}

void HttpClient::watchReply(Job &job)
{
    QNetworkReply *reply = job.reply;
    const JobId id = job.id;
    const auto withJob = [this, id](auto &&fn) {
        return [this, id, fn] {
            if (Job *found = findJob(id))
                fn(*found);
        };
    };
    const auto sent = [](Job &j) {
        j.requestSent = true;
        j.connectTimer.stop();
    };
    connect(reply, &QNetworkReply::requestSent, this, withJob(sent));
    connect(reply, &QNetworkReply::metaDataChanged, this, withJob([this, sent](Job &j) {
                sent(j);
                const qint64 length =
                    j.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
                if (length > MaxResponseBytes)
                    onReadyRead(j); // refuses it before the body arrives
            }));
    connect(reply, &QNetworkReply::readyRead, this, withJob([this](Job &j) { onReadyRead(j); }));
    connect(reply, &QNetworkReply::finished, this, withJob([this](Job &j) { onFinished(j); }));
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        Job *found = findJob(id);
        if (!found)
            return;
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        found->tlsMessage = texts.join(u"; "_s); // and never ignoreSslErrors()
    });
#endif
}

void HttpClient::onReadyRead(Job &job)
{
    if (!job.reply)
        return;
    job.buffer += job.reply->readAll();
    const qint64 announced = job.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (job.buffer.size() <= MaxResponseBytes && announced <= MaxResponseBytes)
        return;
    abortAttempt(job);
    HttpResponse r;
    r.failure = HttpResponse::Failure::TooLarge;
    r.message = tr("The answer from %1 is larger than %2 MiB; PCAuth refuses it.")
                    .arg(job.request.url.host())
                    .arg(MaxResponseBytes / (1024 * 1024));
    finish(job.id, std::move(r));
}

void HttpClient::onConnectTimeout(Job &job)
{
    abortAttempt(job);
    HttpResponse r;
    r.failure = HttpResponse::Failure::Timeout;
    r.message = tr("Could not connect to %1 within %2 s.")
                    .arg(job.request.url.host(), secondsText(m_policy.connectTimeout));
    handleTransportError(job, std::move(r), false);
}

void HttpClient::onTotalTimeout(Job &job)
{
    abortAttempt(job);
    job.retryTimer.stop();
    m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), job.id), m_queue.end());
    HttpResponse r;
    r.failure = HttpResponse::Failure::Timeout;
    r.message = tr("No answer from %1 within %2 s (attempts: %3).")
                    .arg(job.request.url.host(), secondsText(job.totalTimeout))
                    .arg(job.attempts);
    finish(job.id, std::move(r));
}

void HttpClient::abortAttempt(Job &job)
{
    job.connectTimer.stop();
    if (!job.reply)
        return;
    QNetworkReply *reply = job.reply;
    job.reply = nullptr;
    reply->disconnect(this);
    // Aborting from inside one of the reply's own signals upsets QNetworkReply ("must only be
    // called once"); nothing listens any more, so the abort can wait for the event loop.
    QTimer::singleShot(0, reply, [reply] {
        reply->abort();
        reply->deleteLater();
    });
    --m_stats.inFlight;
    HostLoad &load = m_load[size_t(job.network)];
    const auto it = load.find(job.hostKey);
    if (it != load.end() && --it->second <= 0)
        load.erase(it);
    job.network = -1;
}

std::chrono::milliseconds HttpClient::remaining(const Job &job) const
{
    if (!job.sinceStart.isValid())
        return m_policy.totalTimeout;
    return std::max(milliseconds(0), job.totalTimeout - milliseconds(job.sinceStart.elapsed()));
}

void HttpClient::finishLater(Job &job, HttpResponse response)
{
    const JobId id = job.id;
    QTimer::singleShot(0, this, [this, id, r = std::move(response)]() mutable {
        if (m_jobs.count(id))
            finish(id, std::move(r));
    });
}

// Callers must not touch `this` after finish(): the callback may delete the client.
void HttpClient::finish(JobId id, HttpResponse response)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    QObject::disconnect(job->contextWatch);
    abortAttempt(*job);
    job->totalTimer.stop();
    job->retryTimer.stop();
    response.attempts = job->attempts;
    response.elapsed = milliseconds(job->sinceSend.elapsed());
    if (response.failure != HttpResponse::Failure::None)
        ++m_stats.failures;
    const QString line =
        u"%1 %2 -> %3 (attempts: %4, %5 ms)"_s
            .arg(QString::fromLatin1(job->request.method),
                 HttpPolicy::redactedUrl(job->request.url),
                 response.failure == HttpResponse::Failure::None ? QString::number(response.status)
                                                                 : response.message)
            .arg(response.attempts)
            .arg(response.elapsed.count());
    if (response.failure == HttpResponse::Failure::None)
        qCDebug(lcHttp).noquote() << line;
    else
        qCWarning(lcHttp).noquote() << line;
    pump();
    // The job's timers may be the very sender of this call: release the job from the event
    // loop, never inside their own signal. Dropped unrun if the client goes first.
    std::shared_ptr<Job> keep(std::move(job));
    QTimer::singleShot(0, this, [keep] {});
    if (keep->done && (!keep->hasContext || keep->context))
        keep->done(response);
}

void HttpClient::onFinished(Job &job)
{
    QNetworkReply *reply = job.reply;
    job.buffer += reply->readAll();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString().replace(
        job.request.url.toString(), HttpPolicy::redactedUrl(job.request.url));
    HttpResponse r;
    if (statusAttr.isValid() && error != QNetworkReply::OperationCanceledError) {
        r.status = statusAttr.toInt();
        for (const auto &h : reply->rawHeaderPairs())
            r.headers.append({h.first, h.second});
    }
    const bool sent = job.requestSent;
    abortAttempt(job); // detaches and deletes the finished reply
    if (r.status != 0) {
        r.body = std::move(job.buffer);
        const QByteArray retryAfter = r.header("Retry-After");
        handleAnswer(job, std::move(r), retryAfter);
        return;
    }
    const QString host = job.request.url.host();
    if (error == QNetworkReply::SslHandshakeFailedError || !job.tlsMessage.isEmpty()) {
        r.failure = HttpResponse::Failure::Tls;
        r.message = tr("The secure connection to %1 failed: %2. PCAuth never ignores certificate "
                       "errors: check the system clock and any proxy that inspects TLS.")
                        .arg(host, job.tlsMessage.isEmpty() ? errorText : job.tlsMessage);
        finish(job.id, std::move(r));
        return;
    }
    r.failure = HttpResponse::Failure::Connection;
    bool serverMayHaveActed = sent;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        r.message = tr("%1 refused the connection.").arg(host);
        serverMayHaveActed = false;
        break;
    case QNetworkReply::HostNotFoundError:
        r.message = tr("The host %1 was not found (DNS).").arg(host);
        serverMayHaveActed = false;
        break;
    case QNetworkReply::RemoteHostClosedError:
        r.message = tr("%1 closed the connection before answering.").arg(host);
        break;
    default:
        r.message = tr("The request to %1 failed: %2").arg(host, errorText);
        break;
    }
    handleTransportError(job, std::move(r), serverMayHaveActed);
}

void HttpClient::handleAnswer(Job &job, HttpResponse response, const QByteArray &retryAfterValue)
{
    const QString host = job.request.url.host();
    const QDateTime now = m_clock->now();
    const std::optional<seconds> retryAfter = HttpPolicy::parseRetryAfter(retryAfterValue, now);
    const bool throttled = response.status == 429;
    if (throttled) {
        ++m_stats.throttled;
        Q_EMIT this->throttled(host);
    }
    const bool retryable =
        throttled // the server refused before acting: always safe
        || (HttpPolicy::isRetryableStatus(response.status) && job.request.idempotent);
    if (!retryable) {
        finish(job.id, std::move(response));
        return;
    }
    if (retryAfter && *retryAfter > m_policy.maxRetryAfter) {
        const QString when = now.addSecs(retryAfter->count()).toString(u"HH:mm:ss"_s);
        response.message = tr("%1 asked to wait %2 s before retrying (HTTP %3), longer than "
                              "PCAuth waits (%4 s). Try again after %5 UTC.")
                               .arg(host)
                               .arg(retryAfter->count())
                               .arg(response.status)
                               .arg(m_policy.maxRetryAfter.count())
                               .arg(when);
        finish(job.id, std::move(response));
        return;
    }
    // Never sooner than Retry-After; without one, exponential backoff with full jitter.
    const milliseconds wait = retryAfter ? duration_cast<milliseconds>(*retryAfter)
                                         : HttpPolicy::backoff(m_policy, job.attempts);
    if (scheduleRetry(job, response, wait))
        return;
    if (throttled || retryAfter) {
        const seconds waitSeconds = retryAfter ? *retryAfter : duration_cast<seconds>(wait);
        response.message =
            tr("%1 is still busy (HTTP %2; attempts: %3). Try again after %4 UTC.")
                .arg(host)
                .arg(response.status)
                .arg(job.attempts)
                .arg(now.addSecs(std::max<qint64>(1, waitSeconds.count())).toString(u"HH:mm:ss"_s));
    }
    finish(job.id, std::move(response));
}

void HttpClient::handleTransportError(Job &job, HttpResponse response, bool serverMayHaveActed)
{
    // A request the server may have acted on is sent again only when doing it twice is harmless.
    const bool retryable = job.request.idempotent || !serverMayHaveActed;
    if (retryable && scheduleRetry(job, response, HttpPolicy::backoff(m_policy, job.attempts)))
        return;
    if (job.attempts > 1)
        response.message += u' ' + tr("(attempts: %1)").arg(job.attempts);
    finish(job.id, std::move(response));
}

bool HttpClient::scheduleRetry(Job &job, const HttpResponse &last, milliseconds wait)
{
    if (job.attempts >= m_policy.maxAttempts || wait >= remaining(job))
        return false;
    qCInfo(lcHttp).noquote() << u"%1 %2 -> %3; attempt %4 in %5 ms"_s
                                    .arg(QString::fromLatin1(job.request.method),
                                         HttpPolicy::redactedUrl(job.request.url),
                                         last.failure == HttpResponse::Failure::None
                                             ? QString::number(last.status)
                                             : last.message)
                                    .arg(job.attempts + 1)
                                    .arg(wait.count());
    job.retryTimer.start(wait);
    return true;
}

} // namespace PCAuth
