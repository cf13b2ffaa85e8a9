// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "consolerequest.h"
#include "profiles/profile.h"

#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>

namespace PCAuth {

class AccessTokenSource;
class AppServices;
class HttpClient;
struct ApiResult;

namespace Console {
class RecordingNetwork;
} // namespace Console

/// The request console without a window: the profiles to choose from, the request being
/// built (profile, tenant, service, method, path, body, preset), sending it and the answer.
/// The request console page binds its widgets to it; tests drive it without a widget.
///
///   send() -> check profile, tenant, path and body -> broker token (profile, tenant, the
///        service's audience) -> sendApiRequest (the engine's headers) -> RecordingNetwork
///        notes the headers -> the answer's properties; an error also in message().
///
/// The console has its own HttpClient over a RecordingNetwork, with one attempt per request:
/// a console shows what the service answered (a 429 with its Retry-After, a 503), it does
/// not hide it behind retries. Tokens still come from the shared broker. A request without
/// an answer (no token, timeout) clears the previous answer, which would otherwise read as
/// its own; a cancel leaves it.
///
/// The request in flight is owned by a context object; cancel() deletes it (the token
/// request and the call are dropped without callbacks). Every send() ends with exactly one
/// finished(): at once when its fields are refused or a request is already running, else
/// with the answer, its failure or the cancel.
class ConsoleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)
    Q_PROPERTY(QString profileId READ profileId WRITE selectProfile NOTIFY profileIdChanged)
    Q_PROPERTY(QString tenant READ tenant WRITE setTenant NOTIFY requestChanged)
    Q_PROPERTY(int target READ target WRITE setTarget NOTIFY requestChanged)
    Q_PROPERTY(QString method READ method WRITE setMethod NOTIFY requestChanged)
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY requestChanged)
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY requestChanged)
    Q_PROPERTY(bool bodyAllowed READ bodyAllowed NOTIFY requestChanged)
    Q_PROPERTY(int preset READ preset WRITE applyPreset NOTIFY presetChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool canSend READ canSend NOTIFY busyChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString bodyProblem READ bodyProblem NOTIFY bodyProblemChanged)
    Q_PROPERTY(bool canCopyCurl READ canCopyCurl NOTIFY responseChanged)
    Q_PROPERTY(bool hasResponse READ hasResponse NOTIFY responseChanged)
    Q_PROPERTY(int responseStatus READ responseStatus NOTIFY responseChanged)
    Q_PROPERTY(QString requestIdName READ requestIdName NOTIFY responseChanged)
    Q_PROPERTY(QString requestIdValue READ requestIdValue NOTIFY responseChanged)
    Q_PROPERTY(QString correlationIdName READ correlationIdName NOTIFY responseChanged)
    Q_PROPERTY(QString correlationIdValue READ correlationIdValue NOTIFY responseChanged)
    Q_PROPERTY(QString requestHeadersText READ requestHeadersText NOTIFY responseChanged)
    Q_PROPERTY(QString responseHeadersText READ responseHeadersText NOTIFY responseChanged)
    Q_PROPERTY(QString responseBody READ responseBody NOTIFY responseChanged)
    Q_PROPERTY(bool responseBodyEmpty READ responseBodyEmpty NOTIFY responseChanged)

public:
    explicit ConsoleController(AppServices &services, QObject *parent = nullptr);
    ~ConsoleController() override;

    /// The profiles to choose from, as last loaded.
    const QList<Profile> &profiles() const { return m_profiles; }
    QString profileId() const { return m_profileId; }
    QString tenant() const { return m_tenant; }
    /// A Console::Target.
    int target() const { return int(m_target); }
    QString method() const { return m_method; }
    QString path() const { return m_path; }
    QString body() const { return m_body; }
    /// The method may carry a body (POST, PUT, PATCH).
    bool bodyAllowed() const;
    /// The index in Console::presets() of the preset last applied; -1: none yet.
    int preset() const { return m_preset; }

    bool isBusy() const { return !m_pending.isNull(); }
    bool canSend() const { return !isBusy() && !m_profiles.isEmpty(); }
    /// "Sending GET …", "HTTP 200 OK · 35 ms", "No answer.", "Cancelled."; empty before the
    /// first request.
    QString statusText() const { return m_statusText; }
    /// The problem to show (an error); empty when there is none.
    QString message() const { return m_message; }
    /// What is wrong with the JSON body; empty when nothing is.
    QString bodyProblem() const { return m_bodyProblem; }

    /// A request reached the wire: curlCommand() has something to say.
    bool canCopyCurl() const { return !m_lastSent.method.isEmpty(); }
    /// What "Copy as curl" copies (the token is never in it, pcauthctl fetches one when the
    /// command runs); empty before a request was sent.
    QString curlCommand() const;
    /// The pcauthctl the copied command runs; by default the one beside this program, else
    /// the PATH's (KeepAliveSchedule::defaultProgram()). Tests name theirs.
    void setCtlProgram(const QString &program) { m_ctlProgram = program; }

    bool hasResponse() const { return m_responseStatus != 0; }
    int responseStatus() const { return m_responseStatus; }
    QString requestIdName() const { return m_requestIdName; }
    QString requestIdValue() const { return m_requestIdValue; }
    QString correlationIdName() const { return m_correlationIdName; }
    QString correlationIdValue() const { return m_correlationIdValue; }
    /// The request line and the headers sent (the token redacted).
    QString requestHeadersText() const { return m_requestHeadersText; }
    QString responseHeadersText() const { return m_responseHeadersText; }
    /// The body as a person reads it: indented JSON when it is JSON, else the text.
    QString responseBody() const { return m_responseBody; }
    /// The last answer had no body at all.
    bool responseBodyEmpty() const { return m_responseBodyEmpty; }
    /// The answer in a line: how many items a list holds and the first names in it
    /// ("25 items: Fabrikam, Northwind Traders, …"), else the start of the body; the
    /// message when it was an error; empty without an answer.
    QString responseSummary() const;
    /// "GET https://…" of the last request that reached the wire; empty before one.
    QString lastRequestLine() const;

public Q_SLOTS:
    /// Loads the profiles again, keeping the chosen one when it still exists.
    void reloadProfiles();
    /// An empty or unknown id is ignored once profiles exist.
    void selectProfile(const QString &profileId);
    void setTenant(const QString &tenant);
    void setTarget(int target);
    void setMethod(const QString &method);
    void setPath(const QString &path);
    void setBody(const QString &body);
    /// Fills service, method, path (with the tenant) and body from Console::presets()[index].
    void applyPreset(int index);
    /// Selects the profile and tenant (empty: the partner tenant) and a fitting preset:
    /// Partner Center customers for the partner tenant, Graph organization for a customer.
    void prepare(const QString &profileId, const QString &tenantId);
    void send();
    /// Drops the request in flight; any answer to it is ignored.
    void cancel();

Q_SIGNALS:
    void profilesChanged();
    void profileIdChanged();
    void requestChanged();
    void presetChanged();
    void busyChanged();
    void statusChanged();
    void messageChanged();
    void bodyProblemChanged();
    void responseChanged();
    /// Once per send(): `answered` when the service answered (whatever the status).
    void finished(bool answered);

private:
    /// A request whose fields were checked, ready for the broker and the wire.
    struct Outgoing
    {
        Profile profile;
        Console::ResolvedTarget target;
        QString tokenTenant; // empty: the partner tenant
        HttpRequest request;
    };

    std::optional<Outgoing> checkFields();
    void onAnswer(const ApiResult &result, const Console::ResolvedTarget &target);
    void showResponse(const ApiResult &result, const Console::ResolvedTarget &target);
    void clearResponse();
    void setStatus(const QString &text);
    void setMessage(const QString &text);
    void setBodyProblem(const QString &text);

    AppServices &m_services;
    Console::RecordingNetwork *m_network;
    std::unique_ptr<HttpClient> m_http;
    /// The token source of the last request (the broker's, for its profile/tenant/audience).
    std::unique_ptr<AccessTokenSource> m_tokens;
    /// Context of the request in flight; deleting it cancels the token request and the call.
    QPointer<QObject> m_pending;

    QList<Profile> m_profiles;
    QString m_profileId;
    QString m_tenant;
    Console::Target m_target = Console::Target::PartnerCenter;
    QString m_method = QStringLiteral("GET");
    QString m_path;
    QString m_body;
    int m_preset = -1;

    QString m_statusText;
    QString m_message;
    QString m_bodyProblem;

    /// The last request that reached the wire, for "Copy as curl" (token already redacted).
    Console::SentRequest m_lastSent;
    QString m_lastProfileName;
    QString m_lastTenant;
    QString m_lastAudience;
    QString m_ctlProgram;

    int m_responseStatus = 0;
    QString m_requestIdName;
    QString m_requestIdValue;
    QString m_correlationIdName;
    QString m_correlationIdValue;
    QString m_requestHeadersText;
    QString m_responseHeadersText;
    QString m_responseBody;
    bool m_responseBodyEmpty = false;
};

} // namespace PCAuth
