// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "cloud/cloud.h"
#include "errors/errorcatalogue.h"
#include "net/httptypes.h"

#include <chrono>
#include <functional>
#include <optional>

#include <QJsonDocument>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace PCAuth {

class AccessTokenSource;
class HttpClient;

/// The outcome of one API call, as the UI and pcauthctl show it. Exactly one of these holds:
///  - ok(): a 2xx answer whose body (if any) is JSON, in `json`;
///  - `error`: the service answered with an error body (mapped by the error catalogue), or a
///    2xx body that is not JSON;
///  - `message` only: no answer (transport failure, refused URL, no access token).
/// The ids are always filled: support asks for them.
struct ApiResult
{
    int status = 0;
    QJsonDocument json;
    QByteArray rawBody;
    HttpHeaders headers;
    QString requestId; // MS-RequestId / client-request-id: the same on every retry
    QString correlationId; // MS-CorrelationId: one per user operation
    std::optional<ServiceError> error;
    HttpResponse::Failure failure = HttpResponse::Failure::None;
    QString message; // transport, throttling or token problem, for the user
    int attempts = 0;
    std::chrono::milliseconds elapsed{0};

    bool ok() const;
    /// Empty when ok(); otherwise what to tell the user: the message, the catalogue's
    /// description of `error`, and the request and correlation ids.
    QString errorMessage() const;
};

using ApiCallback = std::function<void(const ApiResult &)>;

/// The services differ in how they name the request id and how their error bodies look.
enum class ApiKind { PartnerCenter, Graph, KeyVault };

/// The request shape of a service: Partner Center's MS-* headers; Graph's (also Azure AD
/// Graph); Azure's x-ms-client-request-id with OData error bodies (ARM and Key Vault).
ApiKind apiKindOf(Service service);
/// The header that carries the request id for `kind` ("MS-RequestId", "client-request-id",
/// "x-ms-client-request-id").
QString requestIdHeader(ApiKind kind);

/// One API call: access token, the service's headers, HttpClient, answer mapped to ApiResult.
/// `correlationId` empty: a new one. Shared by the three clients; not for other callers.
void sendApiRequest(HttpClient &http, AccessTokenSource &tokens, ApiKind kind, HttpRequest request,
                    const QString &correlationId, QObject *context, ApiCallback done);

/// Fills `result` from an HTTP answer (no transport failure): status, body, headers, and
/// either the JSON of a 2xx body or the service's error (mapped by the error catalogue; a
/// 2xx body that is not JSON is an error too). `result.correlationId` must already be set.
/// Used by sendApiRequest; public so that the fuzz target maps hostile answers the same way.
void mapApiAnswer(ApiResult &result, const HttpResponse &response, ApiKind kind, const QUrl &url);

/// `base` plus "/v1/customers?size=5": the path is appended to the base's path (a sandbox or
/// proxy endpoint may carry one), the query is taken as written.
QUrl apiUrl(const QUrl &base, const QString &pathAndQuery);

/// A fresh GUID without braces, for request and correlation ids.
QString newRequestId();

} // namespace PCAuth
