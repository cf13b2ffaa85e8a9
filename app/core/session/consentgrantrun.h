// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "access/consent.h"
#include "api/partnercenterclient.h"
#include "profiles/profile.h"
#include "support/job.h"

#include <memory>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>

namespace PCAuth {

class AccessTokenSource;
class CustomerHealthCheck;
class HttpClient;
class TokenBroker;

/// A customer to grant the app's consent in. `replace`: the app is already consented there
/// (with other scopes): its consent is removed first (DELETE), then granted again (POST).
struct ConsentTarget
{
    QString tenantId;
    QString name;
    bool replace = false;
};

/// One request a grant sends, as it will go on the wire (path relative to Partner Center's
/// endpoint; the body of a POST).
struct PlannedRequest
{
    QString tenantId;
    QByteArray method;
    QString path;
    QByteArray body;

    QJsonObject toJson() const;
};

struct ConsentGrantResult
{
    enum class Outcome { Granted, Failed, NotSent };

    ConsentTarget target;
    Outcome outcome = Outcome::NotSent;
    int status = 0; // the last answer's HTTP status
    QString message; // for the user: what happened
    QStringList requestIds; // MS-RequestId of each request sent
    QString correlationId;
    /// The consent as the re-check found it (NotChecked without a re-check).
    ConsentFinding after;

    /// "granted", "failed", "not-sent".
    static QString outcomeId(Outcome outcome);
    QJsonObject toJson() const;
};

/// "Grant consent" for many customers at once, from the partner side: Partner Center's
/// applicationconsents (PROTOCOL.md §8) with the profile's app+user token, then a re-check of
/// those customers' consent (the consent check of AccessCheckRun).
///
///  - preview() gives exactly the requests start() sends for the same targets.
///  - At most requestsPerSecond() requests start per second (Partner Center allows about 50
///    per second per app) and at most MaxInFlight are on the wire; a 429 is retried by the
///    HTTP client after its Retry-After.
///  - A target with `replace` gets DELETE, then POST once the DELETE was answered (204, or
///    404 when there was nothing to remove).
///
///     start(targets) --> progress / customerDone --> (re-check) --> finished(results)
///
/// A Job: cancel() sends nothing more, drops the answers still due (those customers end
/// Failed, the unsent ones NotSent) and skips the re-check; finished() follows once.
class ConsentGrantRun final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentGrantRun)
public:
    static constexpr int MaxRequestsPerSecond = 50;
    static constexpr int MaxInFlight = 8;
    /// Microsoft Graph's app id, the resource of the default grant.
    static inline const QString GraphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");

    /// `broker` and `http` must outlive the run.
    ConsentGrantRun(TokenBroker &broker, HttpClient &http, Profile profile, QObject *parent);
    ~ConsentGrantRun() override;

    /// What to grant; by default Microsoft Graph's Directory.Read.All.
    void setGrants(const QList<ApplicationGrant> &grants) { m_grants = grants; }
    const QList<ApplicationGrant> &grants() const { return m_grants; }
    /// Clamped to 1..MaxRequestsPerSecond.
    void setRequestsPerSecond(int n);
    int requestsPerSecond() const { return m_perSecond; }
    /// Re-check the customers' consent after granting (default on).
    void setRecheck(bool on) { m_recheck = on; }
    /// The scopes the re-check requires; by default those of the Graph grant.
    void setRequiredScopes(const QStringList &scopes) { m_requiredScopes = scopes; }

    QList<PlannedRequest> preview(const QList<ConsentTarget> &targets) const;
    /// Starts; ignored while running. finished() always comes later.
    void start(const QList<ConsentTarget> &targets);
    const QList<ConsentGrantResult> &results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total);
    void customerDone(int index, const PCAuth::ConsentGrantResult &result);
    void finished(const QList<PCAuth::ConsentGrantResult> &results);

private:
    struct Step
    {
        int index = 0;
        bool remove = false; // DELETE, else POST
    };

    bool abort() override;
    void pump();
    void send(const Step &step);
    void answered(const Step &step, const ApiResult &result);
    void customerFinished(int index);
    void startRecheck();
    void finish();
    QStringList requiredScopes() const;

    TokenBroker &m_broker;
    HttpClient &m_http;
    Profile m_profile;
    QList<ApplicationGrant> m_grants;
    QStringList m_requiredScopes;
    int m_perSecond = MaxRequestsPerSecond;
    bool m_recheck = true;

    QList<ConsentGrantResult> m_results;
    QList<bool> m_sent; // per customer: a request went out
    QList<Step> m_queue;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_pumpQueued = false;
    QElapsedTimer m_sinceLastSend;
    std::unique_ptr<AccessTokenSource> m_tokens;
    std::unique_ptr<PartnerCenterClient> m_client;
    CustomerHealthCheck *m_check = nullptr;
    std::unique_ptr<QObject> m_context; // dies first: drops the answers still due
    std::shared_ptr<void> m_changes;
};

} // namespace PCAuth
