// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "consolerequest.h"
#include "profiles/profile.h"

#include <memory>
#include <optional>

#include <QPointer>
#include <QWidget>

namespace Ui {
class RequestConsolePage;
}

namespace PCAuth {

class AccessTokenSource;
class AppServices;
class HttpClient;
struct ApiResult;

namespace Console {
class BodySearch;
class RecordingNetwork;
} // namespace Console

/// Sends one request of the user's choosing to Partner Center, Graph or ARM with a profile's
/// token and shows everything support asks for: status, MS-RequestId and MS-CorrelationId,
/// the headers sent (token redacted) and received, and the body (pretty JSON, searchable).
///
///   Send -> check path and JSON body -> broker token (profile, tenant, service's audience)
///        -> sendApiRequest (the engine's headers) -> RecordingNetwork notes the headers
///        -> answer shown; an error also in the banner with the catalogue's advice.
///
/// The console has its own HttpClient over a RecordingNetwork, with one attempt per request:
/// a console shows what the service answered (a 429 with its Retry-After, a 503), it does
/// not hide it behind retries. Tokens still come from the shared broker. A request without
/// an answer (no token, timeout, cancelled) leaves the previous answer on screen.
class RequestConsolePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestConsolePage)
public:
    explicit RequestConsolePage(AppServices &services, QWidget *parent = nullptr);
    ~RequestConsolePage() override;

    /// Selects the profile and tenant (empty: the partner tenant) and a fitting preset:
    /// Partner Center customers for the partner tenant, Graph organization for a customer.
    void prepare(const QString &profileId, const QString &tenantId);

private:
    /// A request whose fields were checked, ready for the broker and the wire.
    struct Outgoing
    {
        Profile profile;
        Console::ResolvedTarget target;
        QString tokenTenant; // empty: the partner tenant
        HttpRequest request;
    };

    void setupShortcuts();
    void reloadProfiles();
    /// Checks profile, tenant, path and body; shows the first problem and gives nothing.
    std::optional<Outgoing> checkFields();
    void applyPreset(int comboIndex);
    void updateBodyState();
    void send();
    void cancel();
    void finished(const ApiResult &result, const Console::ResolvedTarget &target);
    void showResponse(const ApiResult &result, const Console::ResolvedTarget &target);
    void showError(const QString &message);
    void setBusy(bool busy);
    void copyAsCurl();

    AppServices &m_services;
    std::unique_ptr<Ui::RequestConsolePage> m_ui;
    Console::RecordingNetwork *m_network;
    std::unique_ptr<HttpClient> m_http;
    /// The token source of the last request (the broker's, for its profile/tenant/audience).
    std::unique_ptr<AccessTokenSource> m_tokens;
    Console::BodySearch *m_search;
    /// Context of the request in flight; deleting it cancels the token request and the call.
    QPointer<QObject> m_pending;
    /// The last request that reached the wire, for "Copy as curl" (token already redacted).
    Console::SentRequest m_lastSent;
    QString m_lastProfileName;
    QString m_lastTenant;
    QString m_lastAudience;
};

} // namespace PCAuth
